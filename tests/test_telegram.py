"""Public Telegram channels as sources: the preview parser, and channels through the whole crawl cycle."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import BACKENDS, fresh_database, read_mail, sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from faults.helpers import FaultServer, page, rss, static
from telegram_host import Channels
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.dedup.urls import canonical_url
from pipelines.alerts.sender import send_pending
from pipelines.sources.telegram import channel_of, parse_preview, parse_views

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "telegram"
WATCH = "watch@basewatch.test"


def _fixture() -> bytes:
    return (FIXTURES / "preview.html").read_bytes()


# -- the parser ------------------------------------------------------------------------------------

def test_preview_messages_keep_text_lines_links_time_and_views():
    preview = parse_preview(_fixture(), "gulfwireflash")
    assert preview.error is None and preview.title == "Gulf Wire Flash"
    first = preview.messages[0]
    assert first.id == 4101 and first.url == "https://t.me/gulfwireflash/4101"
    assert first.text.splitlines()[:2] == ["URGENT | Sirens were heard over the port city shortly after midnight.",
                                           "Residents reported two loud blasts near the harbour."]
    assert "live page (https://gulfwire.example/live/881)" in first.text
    assert first.links == ("https://gulfwire.example/live/881", "https://gulfwire.example/map")
    assert first.published == datetime(2026, 12, 6, 0, 12, 40, tzinfo=UTC)
    assert first.views == 1200 and first.forwarded_from is None
    assert [message.views for message in preview.messages[1:5]] == [987, 15300, None, 2_000_000]


def test_forwarded_message_names_the_original_channel_and_time_is_utc():
    forwarded = parse_preview(_fixture(), "gulfwireflash").messages[1]
    assert forwarded.forwarded_from == "Front Media Office"
    assert forwarded.forwarded_url == "https://t.me/frontmedia_office/377"
    assert forwarded.published == datetime(2026, 12, 6, 0, 30, tzinfo=UTC)  # written as +03:00
    hidden = parse_preview(_fixture(), "gulfwireflash").messages[-1]
    assert hidden.forwarded_from == "A hidden sender" and hidden.forwarded_url is None
    assert hidden.published is None  # a datetime that is no date is not guessed


def test_media_captions_are_text_and_quoted_replies_are_not():
    by_id = {message.id: message for message in parse_preview(_fixture(), "gulfwireflash").messages}
    assert by_id[4103].text == "Smoke rising over the industrial zone, seen from the coastal road."
    assert by_id[4104].text == "فيديو: لحظة اعتراض مسيّرة فوق المدينة"
    assert by_id[4105].text == "Update: civil defence says the blasts were interceptions."
    assert by_id[4106].text == ""  # a photo without a caption


def test_only_the_channel_asked_for_and_its_pages():
    preview = parse_preview(_fixture(), "GulfWireFlash")  # usernames are case-insensitive
    assert [message.id for message in preview.messages] == [4101, 4102, 4103, 4104, 4105, 4106, 4107]
    assert preview.before == 4101 and preview.after == 4107
    assert parse_preview(_fixture(), "someoneelse").messages[0].url == "https://t.me/someoneelse/99"


@pytest.mark.parametrize("body", [
    b"", b"   ", b"\x00\xff\xfe<<<>>>", b"<html><body><p>Sign in to see this channel</p></body></html>",
    b"<div class='tgme_widget_message' data-post='gulfwireflash/x'>" * 3,
    ("<div class='tgme_widget_message' data-post='gulfwireflash/7'>" * 5000).encode(),
    b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>",
])
def test_hostile_or_foreign_pages_give_an_error_or_nothing_never_an_exception(body):
    preview = parse_preview(body, "gulfwireflash")
    assert preview.error is not None or all(message.id == 7 for message in preview.messages)
    if body.strip() == b"" or b"Sign in" in body:
        assert preview.error is not None and not preview.messages


def test_channel_names_and_views():
    assert channel_of("@front_media") == "front_media"
    assert channel_of("https://t.me/s/front_media") == "front_media"
    assert channel_of("t.me/front_media/377") == "front_media"
    assert channel_of("https://example.com/front_media") is None
    assert channel_of("ab") is None
    assert parse_views("3.4K") == 3400 and parse_views("12") == 12 and parse_views("lots") is None


def test_a_bad_channel_name_in_sources_yaml_names_the_source(tmp_path):
    from pipelines.config import load_sources
    from pipelines.errors import ConfigErrors

    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {id: flash, name: Flash, country: IQ, language: en, channel: 'no such!'}\n",
                    encoding="utf-8")
    with pytest.raises(ConfigErrors) as caught:
        load_sources(path)
    assert "channel" in str(caught.value) and "flash" in str(caught.value)


# -- channels through the crawl cycle --------------------------------------------------------------

STATEMENT = ("Statement of the Islamic Resistance in Iraq: in continuation of our operations, our mujahideen "
             "targeted Harir base in Erbil with a drone this morning, and the drone hit its target.")
OTHER_BASE = STATEMENT.replace("Harir base in Erbil", "Ain al-Asad air base in Anbar")
QUIET = [
    "The ministry of education moved the winter exams to the second week of January.",
    "Heavy rain is expected over the northern provinces tomorrow evening; drivers are asked to take care.",
    "The central bank kept its exchange rate unchanged after the weekly auction.",
    "A new bridge over the river opened to traffic after two years of work.",
    "The football federation named the squad for the regional cup.",
    "Flights resumed at the airport after fog lifted in the early afternoon.",
]


def _publish_phase_two(channels: Channels, server: FaultServer, now: datetime) -> None:
    """Each channel posts again (one burst of more than two pages); the outlet runs the statement as an article."""
    channels.posts["front_media_office"][1].extend([
        {"id": 378, "at": now - timedelta(minutes=5), "text": QUIET[3]},
        # The same communique wording about another installation: another story, another incident.
        {"id": 379, "at": now - timedelta(minutes=4), "text": "Statement No. 42\n" + OTHER_BASE}])
    channels.posts["gulf_wire_flash"][1].append({"id": 4102, "at": now - timedelta(minutes=4), "text": QUIET[4]})
    channels.posts["levant_relay"][1].append({"id": 902, "at": now - timedelta(minutes=3), "text": QUIET[5]})
    # A burst: more than two pages of new messages since the last poll, all read in one cycle.
    channels.posts["levant_relay"][1].extend(
        {"id": number, "at": now - timedelta(minutes=2), "text": f"Road bulletin {number}: the ring road "
         f"is open and traffic is normal at checkpoint {number - 900}."} for number in range(903, 947))
    article = f"{server.base}/news/statement.html"
    server.routes["/news/statement.html"] = static(page(
        "Armed group says it hit Harir base", ["The group published the following statement on its channel.",
                                               STATEMENT, "There was no immediate comment from officials."]))
    server.routes["/news/rss.xml"] = static(rss([{"title": "Armed group says it hit Harir base",
                                                  "link": article,
                                                  "pubDate": format_datetime(now - timedelta(minutes=2))}]),
                                            "application/rss+xml")


@pytest.fixture(scope="module", params=BACKENDS)
def replayed(request, tmp_path_factory):
    """Three channels and one outlet's RSS feed on one local server, crawled in two phases."""
    from crawler.offline.mailsink import MailSink

    tmp = tmp_path_factory.mktemp("telegram")
    now = datetime.now(UTC).replace(microsecond=0)
    channels = Channels()
    channels.posts = {
        "front_media_office": ("Front Media Office", [
            {"id": 375, "at": now - timedelta(hours=3), "text": QUIET[0]},
            {"id": 377, "at": now - timedelta(minutes=50), "text": "Statement No. 41\n" + STATEMENT},
        ]),
        "gulf_wire_flash": ("Gulf Wire Flash", [
            {"id": 4100, "at": now - timedelta(hours=2), "text": QUIET[1]},
            {"id": 4101, "at": now - timedelta(minutes=40), "text": "Statement No. 41\n" + STATEMENT,
             "forwarded": ("Front Media Office", "https://t.me/front_media_office/377")},
        ]),
        "levant_relay": ("Levant Relay", [
            {"id": 900, "at": now - timedelta(hours=4), "text": QUIET[2]},
            {"id": 901, "at": now - timedelta(minutes=30), "text": "Statement No. 41\n" + STATEMENT,
             "forwarded": ("Front Media Office", "https://t.me/front_media_office/377")},
        ]),
    }
    routes = {f"/s/{name}": channels.route(name) for name in channels.posts}
    routes["/news/rss.xml"] = static(rss([]), "application/rss+xml")
    # The channel that published first is polled last: the alert must still name it first.
    sources = [
        {"id": "levant-relay-tg", "name": "Levant Relay", "country": "IQ", "language": "en",
         "channel": "https://t.me/s/levant_relay"},
        {"id": "gulf-flash-tg", "name": "Gulf Wire Flash", "country": "IQ", "language": "en",
         "channel": "@gulf_wire_flash"},
        {"id": "front-media-tg", "name": "Front Media Office", "country": "IQ", "language": "en",
         "kind": "partisan", "channel": "front_media_office"},
    ]
    with FaultServer(routes) as server, MailSink(tmp / "mail") as sink, fresh_database(request.param, tmp) as database:
        sources.append({"id": "daily-outlet", "name": "Daily Outlet", "country": "IQ", "language": "en",
                        "feeds": [f"{server.base}/news/rss.xml"]})
        config = load_config(write_config(tmp / "config", database=database, smtp_port=sink.port,
                                          sources=sources, recipients=[{"email": WATCH}],
                                          crawl={"telegram_base_url": server.base}))
        sessions = sessions_for(config)
        everyone = {source.id for source in config.sources}
        first = run_cycle(config, only=everyone)
        send_pending(sessions, config.settings.smtp)
        with sessions() as session:
            after_first = set(session.scalars(select(store.Article.canonical_url)))
        asked_first = len(channels.asked)
        _publish_phase_two(channels, server, now)
        second = run_cycle(config, only=everyone)
        send_pending(sessions, config.settings.smtp)
        with sessions() as session:
            stored_second = session.scalar(select(func.count()).select_from(store.Article))
            mails_second = len(sink.messages())
        asked_second = channels.asked[asked_first:]
        # A restart that lost one channel's last id (a cycle killed before it was saved): the channel
        # is read from its latest page again, and nothing is stored or sent twice.
        with sessions.begin() as session:
            session.get(store.Feed, session.scalar(select(store.Feed.id).where(
                store.Feed.url == "https://t.me/s/front_media_office"))).etag = None
        asked_before_third = len(channels.asked)
        third = run_cycle(config, only=everyone)
        send_pending(sessions, config.settings.smtp)
        yield {"config": config, "sessions": sessions, "sink": sink, "server": server,
               "cycles": (first, second, third), "after_first": after_first, "asked_second": asked_second,
               "stored_second": stored_second, "mails_second": mails_second,
               "asked_third": channels.asked[asked_before_third:]}


def _articles(replayed) -> list[store.Article]:
    with replayed["sessions"]() as session:
        return list(session.scalars(select(store.Article).order_by(store.Article.id)))


def test_cycles_ingest_each_message_once_and_only_new_ones_the_second_time(replayed):
    first, second, _ = replayed["cycles"]
    assert first.returncode == 0 and second.returncode == 0
    assert replayed["after_first"] == {"https://t.me/front_media_office/375", "https://t.me/front_media_office/377",
                                       "https://t.me/gulf_wire_flash/4100", "https://t.me/gulf_wire_flash/4101",
                                       "https://t.me/levant_relay/900", "https://t.me/levant_relay/901"}
    urls = [article.canonical_url for article in _articles(replayed)]
    assert len(urls) == len(set(urls)) == 11 + 44
    assert set(urls) - replayed["after_first"] == {
        "https://t.me/front_media_office/378", "https://t.me/front_media_office/379",
        "https://t.me/gulf_wire_flash/4102",
        canonical_url(f"{replayed['server'].base}/news/statement.html")} | {
        f"https://t.me/levant_relay/{number}" for number in range(902, 947)}
    # The second poll asked each channel only for what came after the highest id it had stored,
    # and read the burst on through its newer pages.
    assert sorted(replayed["asked_second"]) == [
        "/s/front_media_office?after=377", "/s/gulf_wire_flash?after=4101",
        "/s/levant_relay?after=901", "/s/levant_relay?after=921", "/s/levant_relay?after=941"]


def test_the_highest_stored_id_is_kept_per_channel(replayed):
    with replayed["sessions"]() as session:
        rows = session.scalars(select(store.Feed).where(store.Feed.kind == "telegram"))
        feeds = {feed.url: feed.etag for feed in rows}
    assert feeds == {"https://t.me/s/front_media_office": "379", "https://t.me/s/gulf_wire_flash": "4102",
                     "https://t.me/s/levant_relay": "946"}


def test_messages_are_articles_with_their_text_time_and_no_page_fetch(replayed):
    server_paths = {path for path, _ in replayed["server"].log}
    assert not any(path.startswith("/front_media_office/") or path.startswith("/gulf_wire_flash/")
                   for path in server_paths)
    forward = next(article for article in _articles(replayed)
                   if article.canonical_url == "https://t.me/gulf_wire_flash/4101")
    assert forward.extraction_method == "telegram" and forward.extraction_ok
    assert forward.text.startswith("Statement No. 41\nStatement of the Islamic Resistance")
    assert forward.author == "Front Media Office" and forward.language == "en"
    assert forward.published_at is not None and forward.source_id == "gulf-flash-tg"


def test_a_forwarded_statement_and_the_outlet_article_are_one_story(replayed):
    articles = {article.url: article for article in _articles(replayed)}
    statement = [articles["https://t.me/front_media_office/377"], articles["https://t.me/gulf_wire_flash/4101"],
                 articles["https://t.me/levant_relay/901"],
                 articles[f"{replayed['server'].base}/news/statement.html"]]
    assert len({article.story_id for article in statement}) == 1
    other = articles["https://t.me/front_media_office/379"]
    assert other.story_id != statement[0].story_id and other.duplicate_of is None
    quiet = [article for article in articles.values() if article.text in QUIET]
    assert len(quiet) == len(QUIET)
    assert len({article.story_id for article in quiet}) == len(quiet)


def test_the_attack_is_one_incident_with_one_alert_naming_the_first_channel(replayed):
    with replayed["sessions"]() as session:
        incidents = {incident.base: incident for incident in session.scalars(select(store.Incident))}
        alerts = Counter(session.scalars(select(store.Outbox.incident_id).where(store.Outbox.kind == "alert")))
    assert set(incidents) == {"Harir Air Base", "Ain al-Asad Air Base"}  # the other statement is its own
    harir = incidents["Harir Air Base"]
    assert harir.story_count == 1  # forwards and the outlet's copy are not independent sources
    assert alerts[harir.id] == 1
    mails = [read_mail(path) for path in replayed["sink"].messages()]
    first_alerts = [mail for mail in mails if not mail["Subject"].startswith("Re:") and "Harir" in mail["Subject"]]
    assert len(first_alerts) == 1
    body = first_alerts[0].get_body(preferencelist=("plain",)).get_content()
    listed = [line.strip() for line in body.splitlines() if line.strip().startswith("- ")]
    assert listed and listed[0].startswith("- Front Media Office,")
    assert "https://t.me/front_media_office/377" in body


def test_a_lost_last_id_reads_the_latest_page_again_and_stores_nothing_twice(replayed):
    assert replayed["cycles"][2].returncode == 0
    assert sorted(replayed["asked_third"]) == ["/s/front_media_office", "/s/gulf_wire_flash?after=4102",
                                               "/s/levant_relay?after=946"]
    with replayed["sessions"]() as session:
        assert session.scalar(select(func.count()).select_from(store.Article)) == replayed["stored_second"]
        feed = session.scalar(select(store.Feed).where(store.Feed.url == "https://t.me/s/front_media_office"))
    assert feed.etag == "379"  # the last id is known again
    assert len(replayed["sink"].messages()) == replayed["mails_second"]


def test_the_catalog_lists_regional_channels_each_with_where_it_was_seen():
    from pipelines.config_models import DEFAULT_CONFIG_DIR
    from pipelines.config import load_sources

    path = DEFAULT_CONFIG_DIR / "sources.yaml"
    channels = [source for source in load_sources(path) if source.channel]
    assert len(channels) >= 15 and len({source.channel.lower() for source in channels}) == len(channels)
    languages = Counter(source.language for source in channels)
    assert languages["ar"] >= 3 and languages["fa"] >= 3 and languages["en"] >= 3
    assert all(source.enabled or source.disabled_reason for source in channels)
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.lstrip().startswith("channel: "):
            above = number - 1
            while lines[above].lstrip().startswith("#   "):
                above -= 1
            assert lines[above].lstrip().startswith("# seen in"), f"sources.yaml:{number + 1}"


# -- sources check and sources discover ----------------------------------------------------------------

def _preview_server():
    """The fixture channel's preview, a private channel (Telegram sends /s/NAME to the plain /NAME page)."""
    private = b"<html><head><meta property='og:title' content='Closed'></head><body>Join channel</body></html>"
    return FaultServer({"/s/gulfwireflash": static(_fixture()),
                        "/s/closed_circle": lambda handler: handler.reply(302, b"", None,
                                                                          {"Location": "/closed_circle"}),
                        "/closed_circle": static(private)})


def test_sources_check_reads_a_channel_preview_and_flags_a_private_one():
    from crawler.catalog.check import check_sources
    from pipelines.config_models import SourceConfig

    sources = [SourceConfig(id="flash-tg", name="Flash", country="IQ", language="en", channel="gulfwireflash"),
               SourceConfig(id="closed-tg", name="Closed", country="IQ", language="en", channel="closed_circle")]
    with _preview_server() as server:
        reports = check_sources(sources, user_agent="basewatch-test", timeout=5, allowed_networks=["127.0.0.0/8"],
                                telegram_base_url=server.base)
    flash, closed = (report.checks[0] for report in reports)
    assert (flash.kind, flash.verdict, flash.items) == ("channel", "ok", 7)
    assert flash.note == "Gulf Wire Flash: newest message 2026-12-06 01:45 UTC"
    assert reports[0].usable and not reports[1].usable
    assert closed.verdict == "not_a_feed" and "private channel" in closed.note


def test_sources_discover_t_me_link_prints_a_channel_entry(tmp_path, capsys):
    from crawler.cli.main import main
    from pipelines.config import load_sources

    with _preview_server() as server:
        (tmp_path / "settings.yaml").write_text(
            f"crawl:\n  telegram_base_url: {server.base}\n  allow_private_networks: ['127.0.0.0/8']\n",
            encoding="utf-8")
        found = main(["--config", str(tmp_path), "sources", "discover", "t.me/gulfwireflash", "--timeout", "5"])
        entry = capsys.readouterr().out
        closed = main(["--config", str(tmp_path), "sources", "discover", "https://t.me/closed_circle"])
        closed_entry = capsys.readouterr().out
    assert found == 0 and closed == 1
    assert "its public preview showed 7 messages" in entry
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + entry.replace("XX  #", "IQ  #") + closed_entry.replace("XX  #", "IQ  #"),
                    encoding="utf-8")
    source, private = load_sources(path)
    assert (source.id, source.name, source.channel, source.enabled) == (
        "gulfwireflash-tg", "Gulf Wire Flash (Telegram)", "gulfwireflash", True)
    assert source.language == "en"
    assert private.channel == "closed_circle" and not private.enabled


# -- the last id is a validator: kept only when every new message was stored --------------------------

def _one_channel(tmp_path, server, sink):
    source = {"id": "flash-tg", "name": "Flash", "country": "IQ", "language": "en", "channel": "gulf_wire_flash"}
    config = load_config(write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                      smtp_port=sink.port, sources=[source], recipients=[{"email": WATCH}],
                                      crawl={"telegram_base_url": server.base}))
    return config, sessions_for(config)


def _feed(sessions) -> store.Feed:
    with sessions() as session:
        return session.scalar(select(store.Feed).where(store.Feed.url == "https://t.me/s/gulf_wire_flash"))


def test_a_message_the_database_refuses_keeps_the_last_id_and_is_read_again(tmp_path, mail_sink):
    from sqlalchemy import text

    now = datetime.now(UTC).replace(microsecond=0)
    channels = Channels()
    channels.posts = {"gulf_wire_flash": ("Gulf Wire Flash", [
        {"id": 50 + index, "at": now - timedelta(minutes=30 - index), "text": line}
        for index, line in enumerate(QUIET[:3])])}
    with FaultServer({"/s/gulf_wire_flash": channels.route("gulf_wire_flash")}) as server:
        config, sessions = _one_channel(tmp_path, server, mail_sink)  # the schema is there: the database
        with sessions.begin() as session:  # refuses message 52 on the first poll
            session.execute(text("CREATE TRIGGER refuse_52 BEFORE INSERT ON articles WHEN NEW.url LIKE '%/52' "
                                 "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"))
        refused = run_cycle(config, only={"flash-tg"})
        after_refusal = _feed(sessions)
        with sessions.begin() as session:
            session.execute(text("DROP TRIGGER refuse_52"))
        run_cycle(config, only={"flash-tg"})
        with sessions() as session:
            urls = sorted(session.scalars(select(store.Article.url)))
    assert refused.returncode != 0 or after_refusal.last_error
    assert after_refusal.etag is None and "not stored" in (after_refusal.last_error or "")
    assert channels.asked[-1] == "/s/gulf_wire_flash"  # read from the latest page again, not after 52
    assert urls == ["https://t.me/gulf_wire_flash/50", "https://t.me/gulf_wire_flash/51",
                    "https://t.me/gulf_wire_flash/52"]
    assert _feed(sessions).etag == "52"


def test_a_429_from_the_preview_host_is_obeyed_and_keeps_the_last_id(tmp_path, mail_sink):
    now = datetime.now(UTC).replace(microsecond=0)
    channels = Channels()
    channels.posts = {"gulf_wire_flash": ("Gulf Wire Flash", [{"id": 60, "at": now, "text": QUIET[0]}])}
    routes = {"/s/gulf_wire_flash": channels.route("gulf_wire_flash")}
    with FaultServer(routes) as server:
        config, sessions = _one_channel(tmp_path, server, mail_sink)
        run_cycle(config, only={"flash-tg"})
        server.routes["/s/gulf_wire_flash"] = lambda handler: handler.reply(429, b"slow down", "text/plain",
                                                                            {"Retry-After": "900"})
        run_cycle(config, only={"flash-tg"})
    feed = _feed(sessions)
    with sessions() as session:
        source = session.get(store.Source, "flash-tg")
    assert feed.etag == "60" and feed.last_status == 429
    assert source.retry_after_until is not None
    assert source.retry_after_until - feed.last_polled_at >= timedelta(seconds=890)


def test_fixtures_record_saves_a_channel_preview_and_fetches_no_message_page(tmp_path):
    import json

    from crawler.catalog.fixtures_record import record_fixtures
    from pipelines.config_models import SourceConfig

    source = SourceConfig(id="flash-tg", name="Flash", country="IQ", language="en", channel="gulfwireflash")
    with _preview_server() as server:
        recording = record_fixtures(source, tmp_path, pages=3, user_agent="basewatch-test", timeout=5,
                                    allowed_networks=("127.0.0.0/8",), telegram_base_url=server.base)
        paths = [path for path, _ in server.log]
    assert paths == ["/s/gulfwireflash"] and recording.pages == 0
    assert (recording.directory / "preview.html").read_bytes() == _fixture()
    meta = json.loads((recording.directory / "meta.json").read_text(encoding="utf-8"))
    assert meta["listing"]["kind"] == "channel" and meta["listing"]["file"] == "preview.html"
    assert len(parse_preview((recording.directory / "preview.html").read_bytes(), "gulfwireflash").messages) == 7
    from test_fixtures_record import assert_valid_recording

    assert_valid_recording(recording.directory, {"flash-tg"})
