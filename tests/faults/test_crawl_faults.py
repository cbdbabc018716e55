"""One crawl cycle against many misbehaving outlets at once: each fault stays with its own source."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta

import brotli
import pytest
from sqlalchemy import select

from conftest import sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from helpers import (FaultServer, closed_port, hang, http_date, page, rss, static, stream, trickle)
from pipelines.store import models as store
from pipelines.config import load_config

pytestmark = pytest.mark.timeout(240)

STRIKE = ["Two rockets struck Ain al-Asad air base in western Iraq late on Tuesday, the Iraqi security media "
          "cell said in a statement, adding that no casualties were reported among the troops stationed there.",
          "The attack was the third on the base this month, officials said, as tensions rose in the region."]
ARABIC = "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق مساء الثلاثاء"
NOW = datetime.now(UTC)


def _items(base: str, slug: str, count: int = 2, **extra) -> list[dict]:
    return [{"title": f"{slug} story {n}", "link": f"{base}/{slug}/{n}.html", **extra} for n in range(1, count + 1)]


def _article_routes(server: FaultServer, slug: str, count: int = 2) -> None:
    for n in range(1, count + 1):
        server.routes[f"/{slug}/{n}.html"] = static(page(f"{slug} story {n}", [
            f"This is story {n} of the {slug} desk, with enough words to be an article body for the extractor.",
            "Officials met on Monday to discuss the budget and the new bus routes across the province."] * 3))


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10}">'
                                            for i in range(1, 10)]
    prolog = "<!DOCTYPE rss [" + "".join(entities) + "]>"
    return rss([{"raw_title": "&lol9;", "link": "http://127.0.0.1:9/laughs.html"}], prolog=prolog)


def _robots_ok() -> dict:
    return {"/robots.txt": static(b"User-agent: *\nDisallow: /private/\n", "text/plain")}


def _hostile_routes(site: FaultServer) -> None:
    """Feeds and pages that each break a crawler in their own way."""
    b = site.base
    site.routes.update(_robots_ok())
    site.routes["/good/feed.xml"] = static(rss(_items(b, "good")), "application/rss+xml")
    _article_routes(site, "good")
    # Malformed: a bad entity and an unclosed tag after two good items; the good ones are kept.
    broken = rss(_items(b, "malformed")).replace(b"</channel>", b"<item><title>bad & worse<b></title></channel>")
    site.routes["/malformed/feed.xml"] = static(broken, "application/rss+xml")
    _article_routes(site, "malformed")
    site.routes["/laughs/feed.xml"] = static(_billion_laughs(), "application/rss+xml")
    xxe = rss([{"raw_title": "&xxe;&net;", "link": f"{b}/xxe/1.html"}],
              prolog=f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
                     f'<!ENTITY net SYSTEM "{b}/xxe-probe">]>')
    site.routes["/xxe/feed.xml"] = static(xxe, "application/rss+xml")
    site.routes["/gzip-bomb/feed.xml"] = static(gzip.compress(b"\0" * 60_000_000, 9), "application/rss+xml",
                                                headers={"Content-Encoding": "gzip"})
    site.routes["/br-bomb/feed.xml"] = static(brotli.compress(b"\0" * 60_000_000, quality=5),
                                              "application/rss+xml", headers={"Content-Encoding": "br"})
    site.routes["/huge-feed/feed.xml"] = stream(50_000_000, content_type="application/rss+xml", length=True)
    site.routes["/huge-page/feed.xml"] = static(rss(_items(b, "huge-page", 1)), "application/rss+xml")
    site.routes["/huge-page/1.html"] = stream(50_000_000)  # no Content-Length: cut off while reading
    site.routes["/many/feed.xml"] = static(rss(_items(b, "many", 10_000)), "application/rss+xml")
    site.routes["*"] = lambda h: (h.reply(200, page("many", ["A short item page with some words."] * 3))
                                  if h.path.startswith("/many/") else h.reply(404, b"not found"))
    site.routes["/slow/feed.xml"] = trickle(2.0)
    site.routes["/loop/feed.xml"] = static(b"", status=302, headers={"Location": f"{b}/loop/again.xml"})
    site.routes["/loop/again.xml"] = static(b"", status=302, headers={"Location": f"{b}/loop/feed.xml"})
    site.routes["/charset/feed.xml"] = static(rss([{"title": "charset", "link": f"{b}/charset/1.html"}]),
                                              "application/rss+xml")
    site.routes["/charset/1.html"] = static(page("خبر", [ARABIC + "."] * 4), "text/html; charset=iso-8859-1")
    dates = [
        {"title": "future", "link": f"{b}/dates/future.html", "pubDate": "Sat, 01 Jan 2099 00:00:00 GMT"},
        {"title": "missing", "link": f"{b}/dates/missing.html"},
        {"title": "tehran", "link": f"{b}/dates/tehran.html", "pubDate": "Mon, 02 Mar 2026 03:30:00 +0330"},
        {"title": "pacific", "link": f"{b}/dates/pacific.html", "pubDate": "Sun, 01 Mar 2026 13:00:00 -1100"},
    ]
    site.routes["/dates/feed.xml"] = static(rss(dates), "application/rss+xml")
    for slug in ("future", "missing", "tehran", "pacific"):
        site.routes[f"/dates/{slug}.html"] = static(page(slug, [f"The {slug} item has plain words."] * 4))
    evil = "Rockets hit Ain al-Asad\r\nBcc: victim@evil.test\r\n<script>alert(1)</script>"
    site.routes["/evil/feed.xml"] = static(rss([{"title": evil, "link": f"{b}/evil/1.html",
                                                 "pubDate": http_date(NOW - timedelta(hours=1)),
                                                 "description": " ".join(STRIKE)}]), "application/rss+xml")
    site.routes["/evil/1.html"] = static(page(evil, STRIKE * 2))
    site.routes["/hang/feed.xml"] = static(rss(_items(b, "hang", 1)), "application/rss+xml")
    # Millions of nested inline elements: trafilatura takes far longer than the per-page limit.
    site.routes["/hang/1.html"] = static(b"<html><body>" + b"<div><span>w</span><a href='#'>x</a></div>" * 150_000
                                         + b"</body></html>")



def _refusing_routes(limited: FaultServer, unavailable: FaultServer, robots500: FaultServer, robots_slow: FaultServer,
                     robots404: FaultServer) -> datetime:
    """Servers that say no: rate limits, maintenance, robots.txt that fails; the time the 503 says to come back."""
    limited.routes.update(_robots_ok())
    limited.routes["/a.xml"] = static(b"slow down", "text/plain", 429, {"Retry-After": "3600"})
    limited.routes["/b.xml"] = static(b"slow down", "text/plain", 429, {"Retry-After": "3600"})
    later = NOW + timedelta(hours=2)
    unavailable.routes.update(_robots_ok())
    unavailable.routes["/feed.xml"] = static(b"maintenance", "text/plain", 503, {"Retry-After": http_date(later)})
    robots500.routes["/robots.txt"] = static(b"oops", "text/plain", 500)
    robots500.routes["/feed.xml"] = static(rss(_items(robots500.base, "r500", 1)), "application/rss+xml")
    robots_slow.routes["/robots.txt"] = hang(20)
    robots_slow.routes["/feed.xml"] = static(rss(_items(robots_slow.base, "rslow", 1)), "application/rss+xml")
    robots404.routes["/robots.txt"] = static(b"nope", "text/plain", 404)
    robots404.routes["/feed.xml"] = static(rss(_items(robots404.base, "r404", 1)), "application/rss+xml")
    _article_routes(robots404, "r404", 1)
    return later


def _validator_routes(validators: FaultServer) -> None:
    """A feed that answers 304 to the validators it gave."""
    validators.routes.update(_robots_ok())
    stamp = http_date(NOW - timedelta(hours=3))

    def conditional(handler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"' and handler.headers.get("If-Modified-Since") == stamp:
            handler.reply(304, b"", None, {"ETag": '"v1"', "Last-Modified": stamp})
        else:
            handler.reply(200, rss(_items(validators.base, "v", 1), ttl=90), "application/rss+xml",
                          {"ETag": '"v1"', "Last-Modified": stamp, "Cache-Control": "max-age=7200"})

    validators.routes["/feed.xml"] = conditional
    _article_routes(validators, "v", 1)


@pytest.fixture(scope="module")
def faults(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    with FaultServer() as site, FaultServer() as limited, FaultServer() as unavailable, \
            FaultServer() as robots500, FaultServer() as robots_slow, FaultServer() as robots404, \
            FaultServer() as validators:
        _hostile_routes(site)
        later = _refusing_routes(limited, unavailable, robots500, robots_slow, robots404)
        _validator_routes(validators)
        b = site.base

        def src(source_id: str, url: str) -> dict:
            return {"id": source_id, "name": source_id, "country": "IQ", "language": "en", "feeds": [url]}

        sources = [src(slug, f"{b}/{slug}/feed.xml") for slug in (
            "good", "malformed", "laughs", "xxe", "gzip-bomb", "br-bomb", "huge-feed", "huge-page", "many",
            "slow", "loop", "charset", "dates", "evil", "hang")]
        sources += [src("limited-a", f"{limited.base}/a.xml"), src("limited-b", f"{limited.base}/b.xml"),
                    src("unavailable", f"{unavailable.base}/feed.xml"),
                    src("robots500", f"{robots500.base}/feed.xml"), src("robots-slow", f"{robots_slow.base}/feed.xml"),
                    src("robots404", f"{robots404.base}/feed.xml"), src("validators", f"{validators.base}/feed.xml")]
        config = load_config(write_config(
            tmp / "config", database=f"sqlite:///{tmp / 'db.sqlite'}", smtp_port=closed_port(), sources=sources,
            recipients=[{"email": "desk@basewatch.test"}],
            crawl={"download_timeout_seconds": 5, "max_download_bytes": 8_000_000, "max_entries_per_feed": 12,
                   "extraction_timeout_seconds": 15, "cycle_timeout_seconds": 200}))
        started = store.utcnow()
        first = run_cycle(config, only={s["id"] for s in sources})
        validator_log = list(validators.log)
        second = run_cycle(config, only={"validators", "good"})
        yield {"config": config, "sessions": sessions_for(config), "site": site, "limited": limited,
               "robots500": robots500, "robots_slow": robots_slow, "robots404": robots404,
               "validators": validators, "validator_log": validator_log, "cycles": (first, second),
               "started": started, "later": later}


def _source(f, source_id):
    with f["sessions"]() as session:
        return session.get(store.Source, source_id)


def _articles(f, source_id):
    with f["sessions"]() as session:
        return session.scalars(select(store.Article).where(store.Article.source_id == source_id)
                               .order_by(store.Article.id)).all()


def test_cycles_finish_and_the_good_source_is_whole(faults):
    assert all(c.returncode == 0 and not c.timed_out for c in faults["cycles"])
    good = _articles(faults, "good")
    assert len(good) == 2 and all(a.text and a.extraction_ok for a in good)
    assert _source(faults, "good").error_streak == 0


def test_malformed_feed_keeps_the_entries_that_parse(faults):
    assert {a.url.rsplit("/", 1)[-1] for a in _articles(faults, "malformed")} == {"1.html", "2.html"}


@pytest.mark.parametrize("source_id", ["laughs", "xxe"])
def test_entity_feeds_are_refused_without_expansion_or_fetching(faults, source_id):
    row = _source(faults, source_id)
    assert row.error_streak == 1 and "entities" in row.last_error
    assert not _articles(faults, source_id)
    assert faults["site"].hits("/xxe-probe") == 0, "no external entity fetched"
    with faults["sessions"]() as session:
        assert not session.scalars(select(store.Article).where(store.Article.text.like("%root:%"))).all()


@pytest.mark.parametrize("source_id", ["gzip-bomb", "br-bomb", "huge-feed", "slow", "loop"])
def test_bombs_huge_slow_and_looping_feeds_fail_alone(faults, source_id):
    row = _source(faults, source_id)
    assert row.error_streak == 1 and row.last_error, "recorded as a failure"
    assert row.next_poll_at is not None and row.next_poll_at > faults["started"], "retried later, never dropped"
    assert not _articles(faults, source_id)


def test_huge_page_keeps_the_feed_entry(faults):
    (article,) = _articles(faults, "huge-page")
    assert not article.extraction_ok and article.title == "huge-page story 1"
    assert _source(faults, "huge-page").error_streak == 0


def test_ten_thousand_entries_are_capped(faults):
    articles = _articles(faults, "many")
    assert len(articles) == 12
    with faults["sessions"]() as session:
        feed = session.scalars(select(store.Feed).where(store.Feed.source_id == "many")).one()
    assert feed.last_entries == 12


def test_lying_charset_header_does_not_garble_text(faults):
    (article,) = _articles(faults, "charset")
    assert ARABIC[:20] in (article.text or "") + (article.title or "")


def test_future_missing_and_odd_zone_dates(faults):
    by_slug = {a.url.rsplit("/", 1)[-1].removesuffix(".html"): a for a in _articles(faults, "dates")}
    assert set(by_slug) == {"future", "missing", "tehran", "pacific"}
    assert by_slug["tehran"].published_at == datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    assert by_slug["pacific"].published_at == datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    future = by_slug["future"].published_at
    assert future is None or future.year < 2099, "a date in the future is not trusted"


def test_title_with_crlf_and_script_is_stored_as_data(faults):
    (article,) = _articles(faults, "evil")
    assert "Ain al-Asad" in (article.title or "")
    from email import message_from_bytes, policy

    from pipelines.alerts.mail import render

    with faults["sessions"]() as session:
        # The alert about this article: other sources' alerts may be queued before it.
        rows = session.scalars(select(store.Outbox).join(store.Report, store.Report.incident_id == store.Outbox.incident_id)
                               .where(store.Report.article_id == article.id)).all()
        assert rows, "the strike report queued an alert"
        message = render(session, rows[0], from_address="alerts@basewatch.test")
    raw = message.as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None and "\n" not in parsed["Subject"]
    html = parsed.get_body(("html",)).get_content()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html, "escaped in HTML, shown as data"
    head = raw.split(b"\n\n", 1)[0]
    assert b"<script>" not in head and b"victim@evil.test" not in head, "no header carries the title's lines"


def test_extraction_that_hangs_is_killed_and_marked_failed(faults):
    (article,) = _articles(faults, "hang")
    assert not article.extraction_ok and "timed out" in (article.extraction_error or "")
    assert article.title == "hang story 1", "the feed entry is kept"


def test_retry_after_is_honoured_per_host(faults):
    for source_id in ("limited-a", "limited-b"):
        row = _source(faults, source_id)
        assert row.next_poll_at >= faults["started"] + timedelta(minutes=59), source_id
        assert row.retry_after_until is not None
    assert faults["limited"].hits("/a.xml") + faults["limited"].hits("/b.xml") <= 2, "never retried at once"
    unavailable = _source(faults, "unavailable")
    assert unavailable.next_poll_at >= faults["later"] - timedelta(seconds=2)
    assert _source(faults, "good").next_poll_at < faults["started"] + timedelta(hours=1), "others unaffected"


def test_robots_txt_500_or_unreachable_means_disallow(faults):
    for source_id, server in (("robots500", "robots500"), ("robots-slow", "robots_slow")):
        assert faults[server].hits("/feed.xml") == 0, f"{source_id}: feed fetched despite no robots.txt"
        row = _source(faults, source_id)
        assert row.error_streak == 1 and "robots.txt" in row.last_error


def test_robots_txt_404_means_allow(faults):
    assert faults["robots404"].hits("/feed.xml") == 1
    assert len(_articles(faults, "robots404")) == 1


def test_etag_and_last_modified_round_trip(faults):
    first = [headers for path, headers in faults["validator_log"] if path == "/feed.xml"]
    later = [headers for path, headers in faults["validators"].log if path == "/feed.xml"][len(first):]
    assert len(first) == 1 and "If-None-Match" not in first[0]
    assert len(later) == 1 and later[0].get("If-None-Match") == '"v1"' and later[0].get("If-Modified-Since")
    second = faults["cycles"][1]
    assert second.stats.get("basewatch/feed_not_modified", 0) >= 1
    assert second.stats.get("basewatch/parsed/feed", 0) <= 1, "the unchanged feed is not parsed again"
    assert "basewatch/ingest_setup_seconds" not in second.stats, "no new entry: no extraction pool, no story index"
    assert "basewatch/ingest_setup_seconds" in faults["cycles"][0].stats
    row = _source(faults, "validators")
    assert row.next_poll_at >= row.last_polled_at + timedelta(minutes=119), "max-age and <ttl> are lower bounds"
    assert len(_articles(faults, "validators")) == 1
