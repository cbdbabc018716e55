"""Bad outlets (malformed feeds, dead hosts, pages with no text) never stop the others or lose data."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from conftest import BACKENDS, DEMO, FIXTURES, demo_sources, fresh_database, sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from crawler.offline.replay import ReplayServer
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.sources.feeds import parse_feed


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _source(source_id: str, feed: str) -> dict:
    return {"id": source_id, "name": source_id.replace("-", " ").title(), "country": "IQ", "language": "en",
            "feeds": [feed]}


@pytest.fixture(scope="module", params=BACKENDS)
def cycle(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    with fresh_database(request.param, tmp) as database, ReplayServer(DEMO / "site", FIXTURES / "outlets") as site:
        good = [s for s in demo_sources(site.base) if s["id"] == "levant-wire"]
        sources = good + [
            _source("broken-feed", f"{site.base}/broken-feed/feed.xml"),
            _source("half-feed", f"{site.base}/half-feed/feed.xml"),
            _source("script-only", f"{site.base}/script-only/feed.xml"),
            _source("dead-host", f"http://127.0.0.1:{_closed_port()}/feed.xml"),
        ]
        config = load_config(write_config(tmp / "config", database=database, smtp_port=_closed_port(),
                                          sources=sources, recipients=[{"email": "desk@basewatch.test"}]))
        result = run_cycle(config, only={s["id"] for s in sources})
        yield result, sessions_for(config)


def _article(sessions, suffix):
    with sessions() as session:
        return session.scalars(select(store.Article).where(store.Article.url.like(f"%{suffix}"))).one_or_none()


def _source_row(sessions, source_id):
    with sessions() as session:
        return session.get(store.Source, source_id)


def test_cycle_finishes_and_good_source_is_stored(cycle):
    result, sessions = cycle
    assert result.returncode == 0 and not result.timed_out
    assert _article(sessions, "/rockets-victory-base.html").text
    assert _source_row(sessions, "levant-wire").error_streak == 0


def test_malformed_feed_is_recorded_against_its_source(cycle):
    _, sessions = cycle
    broken = _source_row(sessions, "broken-feed")
    assert broken.error_streak == 1 and "malformed" in broken.last_error
    assert broken.next_poll_at is not None, "retried later, never dropped"


def test_partly_broken_feed_keeps_the_entries_that_parse(cycle):
    _, sessions = cycle
    assert "bus routes" in _article(sessions, "/bus-routes.html").text


def test_dead_host_is_an_error_not_a_crash(cycle):
    _, sessions = cycle
    dead = _source_row(sessions, "dead-host")
    assert dead.error_streak == 1 and dead.last_error


def test_page_without_text_keeps_feed_entry_and_is_still_analysed(cycle):
    _, sessions = cycle
    article = _article(sessions, "/script-only/rocket-attack.html")
    assert article.text == "" and not article.extraction_ok
    assert "Ain al-Asad" in article.summary and "<p>" not in article.summary
    with sessions() as session:
        reports = session.scalars(select(store.Report).where(store.Report.article_id == article.id)).all()
    assert [r.attack_type for r in reports] == ["rocket"]
    assert _source_row(sessions, "script-only").extraction_failures >= 1


def test_missing_page_keeps_feed_entry(cycle):
    _, sessions = cycle
    article = _article(sessions, "/script-only/gone.html")
    assert article.summary.startswith("The regional parliament") and "404" in (article.extraction_error or "")


@pytest.mark.parametrize("body", [b"", b"\x00\x01\x02binary", b"<html><body>not a feed</body></html>",
                                  b"<?xml version='1.0'?><rss><channel><item><title>x</title></item>"])
def test_parse_feed_never_raises(body):
    parsed = parse_feed(body)
    assert parsed.entries == () and parsed.error


def test_parse_feed_reads_rss_and_atom_dates_as_utc():
    rss = (b"<?xml version='1.0'?><rss version='2.0'><channel><language>ar-IQ</language><ttl>20</ttl>"
           b"<item><title>T</title><link>http://127.0.0.1/x</link>"
           b"<pubDate>Mon, 02 Mar 2026 03:00:00 +0300</pubDate></item></channel></rss>")
    parsed = parse_feed(rss)
    assert parsed.error is None and parsed.ttl_minutes == 20
    (entry,) = parsed.entries
    assert entry.published.isoformat() == "2026-03-02T00:00:00+00:00" and entry.language == "ar"
    atom = (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><title>A</title>"
            b"<link rel='alternate' href='http://127.0.0.1/a'/><updated>2026-03-02T01:30:00-05:00</updated>"
            b"</entry></feed>")
    (entry,) = parse_feed(atom).entries
    assert entry.url == "http://127.0.0.1/a" and entry.published.hour == 6
