"""From replayed outlet feeds to alert emails: real HTTP server, real SMTP server, real SQLite."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from conftest import BACKENDS, DEMO, demo_sources, fresh_database, read_mail, sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.alerts.sender import send_pending

WATCH = "watch@basewatch.test"
IRAQ = "iraq@basewatch.test"
RECIPIENTS = [{"email": WATCH}, {"email": IRAQ, "countries": ["IQ"]},
              {"email": "digest@basewatch.test", "mode": "digest"}]
SEED_LIKE = "six-operations-overnight"
NEGATIVES = ("brigade-rotation-ain-al-asad", "minister-visits-harir", "telecom-customer-base", "database-ministry")


@pytest.fixture(scope="module", params=BACKENDS)
def crawled(request, tmp_path_factory):
    """Two cycles over the demo outlets (new items published between them), mail sent after each."""
    from crawler.offline.mailsink import MailSink
    from crawler.offline.replay import ReplayServer

    tmp = tmp_path_factory.mktemp("e2e")
    with fresh_database(request.param, tmp) as database, ReplayServer(DEMO / "site") as site, \
            MailSink(tmp / "mail") as sink:
        config = load_config(write_config(tmp / "config", database=database, smtp_port=sink.port,
                                          sources=demo_sources(site.base), recipients=RECIPIENTS))
        sessions = sessions_for(config)
        everyone = {source.id for source in config.sources}
        first = run_cycle(config, only=everyone)
        send_pending(sessions, config.settings.smtp)
        after_first = list(sink.messages())
        site.publish(DEMO / "site-update")
        second = run_cycle(config, only=everyone)
        send_pending(sessions, config.settings.smtp)
        third = run_cycle(config, only=everyone)  # nothing new: feeds answer 304
        send_pending(sessions, config.settings.smtp)
        yield {"config": config, "sessions": sessions, "sink": sink, "site": site,
               "after_first": after_first, "cycles": (first, second, third)}


def _mails(crawled):
    return [read_mail(path) for path in crawled["sink"].messages()]


def _incidents_of(session, slug):
    rows = session.execute(
        select(store.Incident, store.Report)
        .join(store.Report, store.Report.incident_id == store.Incident.id)
        .join(store.Article, store.Report.article_id == store.Article.id)
        .where(store.Article.url.like(f"%/{slug}.html"))
    ).all()
    return rows


def test_cycles_complete(crawled):
    assert all(cycle.returncode == 0 and not cycle.timed_out for cycle in crawled["cycles"])


def test_seed_like_article_gives_one_incident_per_site(crawled):
    with crawled["sessions"]() as session:
        rows = _incidents_of(session, SEED_LIKE)
    reports_per_base = Counter(report.base_id for _, report in rows)
    incidents = {incident.id: incident for incident, _ in rows}
    assert len(rows) >= 6, "six attacks in the article"
    assert len(incidents) == 4, "four sites: Qasrok, Ain al-Asad, Erbil, Al-Tanf"
    assert max(reports_per_base.values()) == 3, "Ain al-Asad was attacked three times"
    assert {incident.country for incident in incidents.values()} == {"IQ", "SY"}


def test_one_alert_per_recipient_per_incident(crawled):
    mails = _mails(crawled)
    keys = Counter((m["X-Basewatch-Incident"], m["To"], m["In-Reply-To"] is None) for m in mails)
    assert keys and max(keys.values()) == 1, "no alert delivered twice"
    with crawled["sessions"]() as session:
        rows = _incidents_of(session, SEED_LIKE)
    for incident in {incident.id: incident for incident, _ in rows}.values():
        first_alerts = [m for m in mails if m["X-Basewatch-Incident"] == str(incident.id) and m["In-Reply-To"] is None]
        expected = {WATCH, IRAQ} if incident.country == "IQ" else {WATCH}
        assert {m["To"] for m in first_alerts} == expected
    assert not any(m["To"] == "digest@basewatch.test" for m in mails), "digest readers get no immediate mail"


def test_alert_says_what_where_and_why(crawled):
    with crawled["sessions"]() as session:
        ain = next(incident for incident, report in _incidents_of(session, SEED_LIKE)
                   if report.base and "Asad" in report.base)
    mail = next(m for m in _mails(crawled) if m["X-Basewatch-Incident"] == str(ain.id) and m["To"] == WATCH)
    assert mail["Subject"].startswith("[basewatch] ") and "Ain al-Asad" in mail["Subject"]
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "Ain al-Asad" in text and "Resistance Watch" in text and SEED_LIKE in text
    assert "openstreetmap.org" in text and "<mark>" in html


def test_negatives_make_no_reports(crawled):
    with crawled["sessions"]() as session:
        for slug in NEGATIVES:
            article = session.scalars(select(store.Article).where(store.Article.url.like(f"%/{slug}.html"))).one()
            assert article.text, f"{slug} was extracted"
            assert not _incidents_of(session, slug), f"{slug} is not a strike report"


def test_syndicated_copy_joins_the_story_and_does_not_alert(crawled):
    with crawled["sessions"]() as session:
        wire = session.scalars(select(store.Article).where(store.Article.url.like("%/rockets-victory-base.html"))).one()
        copy = session.scalars(select(store.Article).where(store.Article.url.like("%/victory-base-rocket-attack.html"))).one()
        assert copy.story_id == wire.story_id
        incidents = {incident.id for incident, _ in _incidents_of(session, "rockets-victory-base")}
        incidents |= {incident.id for incident, _ in _incidents_of(session, "victory-base-rocket-attack")}
    assert len(incidents) == 1
    firsts = [m for m in _mails(crawled) if m["X-Basewatch-Incident"] in {str(i) for i in incidents}
              and m["In-Reply-To"] is None]
    assert sorted(m["To"] for m in firsts) == sorted([WATCH, IRAQ])


def test_update_is_threaded_under_the_first_alert(crawled):
    mails = _mails(crawled)
    updates = [m for m in mails if m["In-Reply-To"]]
    assert updates, "the follow-up with casualties and a claim is a material update"
    by_id = {m["Message-ID"]: m for m in mails}
    for update in updates:
        first = by_id[update["In-Reply-To"]]
        assert first["To"] == update["To"]
        assert update["References"] == first["Message-ID"]
        assert update["Subject"].startswith("Re: [basewatch] ")
        assert update["Subject"].split(" - ")[0] == "Re: " + first["Subject"].split(" - ")[0]
        assert "wounded" in update.get_body(("plain",)).get_content()


def test_second_and_third_cycles_resend_nothing(crawled):
    after_first = {read_mail(p)["Message-ID"] for p in crawled["after_first"]}
    all_ids = [m["Message-ID"] for m in _mails(crawled)]
    assert len(all_ids) == len(set(all_ids))
    assert after_first <= set(all_ids)
    with crawled["sessions"]() as session:
        assert not session.scalars(select(store.Outbox).where(store.Outbox.status != "sent")).all()


def test_unchanged_feeds_are_not_refetched(crawled):
    feed_requests = [r for r in crawled["site"].requests if r[1].endswith("feed.xml")]
    assert any(status == 304 for _, _, status in feed_requests), "conditional GET answered 304"
    article_gets = Counter(path for method, path, status in crawled["site"].requests
                           if method == "GET" and path.endswith(".html"))
    assert article_gets and max(article_gets.values()) == 1, "each article page fetched once"


def _add_source(session) -> None:
    """The one outlet the stored articles of these index tests belong to."""
    session.add(store.Source(id="s", name="S", country="IQ", language="en", kind="regional",
                             error_streak=0, articles_total=0, extraction_failures=0))
    session.flush()


def test_signatures_of_an_older_dedup_version_are_signed_again(tmp_path):
    """A daemon upgraded in place keeps folding copies into the stories stored before the upgrade."""
    from pipelines.config import load_config
    from pipelines.ingest import Ingestor

    config = load_config(write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                      smtp_port=25, sources=[], recipients=[]))
    sessions = sessions_for(config)
    text = " ".join([
        "The council voted on Tuesday to extend the bus network to the northern suburbs next spring.",
        "Three new lines will link the old market, the university hospital and the industrial zone.",
        "Fares stay the same for students and pensioners, the transport department said after the vote.",
        "Work on the new depot starts in March, and the first buses are expected to run in September.",
        "Residents of the suburbs have asked for better connections for years, councillors said.",
    ])
    with sessions.begin() as session:
        _add_source(session)
        session.add(store.Article(source_id="s", url="http://127.0.0.1/a", canonical_url="http://127.0.0.1/a",
                                  text=text, signature=b"OLD-FORMAT", story_id="7", fetched_at=store.utcnow()))
    ingestor = Ingestor(config)
    with sessions() as session:
        assert ingestor.load_index(session, now=store.utcnow()) == 1
    from pipelines.dedup import stories as dedup

    assert ingestor.index.find_story(dedup.signature(text), text=text) is not None


def test_story_index_holds_only_the_configured_window(tmp_path):
    """Copies of a story older than dedup.window_days start a new story; nothing older is indexed."""
    from pipelines.dedup import stories as dedup
    from pipelines.config import load_config
    from pipelines.ingest import Ingestor

    config = load_config(write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                      smtp_port=25, sources=[], recipients=[], dedup={"window_days": 3}))
    assert config.settings.dedup.window_days == 3
    sessions = sessions_for(config)
    now = store.utcnow()
    texts = {
        1: " ".join([
            "Engineers finished the new bridge over the river on Sunday after two years of work downtown.",
            "The span carries two tram tracks, a cycle lane and wide pavements on both sides of the road.",
            "Traffic on the old crossing fell by half within hours, the roads office said on Monday.",
            "The mayor thanked residents for their patience during the long closures of the riverside road.",
        ]),
        5: " ".join([
            "The city library reopened its reading rooms after a renovation that added a children's wing.",
            "Shelves for forty thousand more books were built, and the old card catalogue went to a museum.",
            "Opening hours are longer on weekdays, and the cafe on the ground floor is open on Sundays too.",
            "Librarians expect the number of visitors to double before the end of the school year.",
        ]),
    }
    with sessions.begin() as session:
        _add_source(session)
        for days_old, text in texts.items():
            url = f"http://127.0.0.1/{days_old}"
            session.add(store.Article(source_id="s", url=url, canonical_url=url, text=text,
                                      signature=dedup.signature(text), fetched_at=now - timedelta(days=days_old)))
    ingestor = Ingestor(config)
    with sessions() as session:
        assert ingestor.load_index(session, days=config.settings.dedup.window_days, now=now) == 1
        assert ingestor.refresh_index(session) == 0, "a refresh does not bring the old article back"
    assert ingestor.index.find_story(dedup.signature(texts[1])) is not None
    assert ingestor.index.find_story(dedup.signature(texts[5])) is None


VICTORY_PAGES = ("site/levant-wire/rockets-victory-base.html", "site/mesopotamia-daily/victory-base-rocket-attack.html",
                 "site-update/levant-wire/victory-base-contractors-wounded.html")


@pytest.mark.parametrize("day", [6, 7])  # a Sunday and a Monday: the demo's attack is told on either side of midnight
def test_demo_reports_of_one_attack_state_one_day_at_any_hour(day):
    """The demo's pages date themselves by the replay clock, so their weekdays must follow it too.

    The Victory-base pages once said "late on Monday" whatever the clock: run between Monday 00:00
    and 05:00, the first reports, published on Sunday evening, dated the attack a week back and the
    follow-up filed a second incident instead of an update under the first alert.
    """
    from datetime import UTC, datetime

    from crawler.offline.replay import ReplayServer
    from pipelines.detect.detector import detect
    from pipelines.extract.article import extract

    for hour in range(24):
        now = datetime(2026, 12, day, hour, tzinfo=UTC)
        replay = ReplayServer(DEMO / "site", now=now)
        try:
            days = set()
            for page in VICTORY_PAGES:
                extracted = extract(replay.render(DEMO / page), f"http://127.0.0.1/{page}", fetched_at=now)
                detection = detect(extracted.text, title=extracted.title, published=extracted.published)
                days |= {report.event_date for report in detection.reports}
        finally:
            replay.httpd.server_close()
        assert len(days) == 1 and None not in days, (now, days)
