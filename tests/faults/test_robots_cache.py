"""robots.txt across cycles: a good one is reused while fresh, a 5xx or unreachable one never is."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from conftest import sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from helpers import FaultServer, closed_port, page, rss, static
from pipelines.store import models as store
from pipelines.config import load_config

pytestmark = pytest.mark.timeout(180)


def _feed(server: FaultServer, slug: str, count: int) -> None:
    """A feed whose entry count the test raises between cycles (each new entry a new article)."""
    state = {"count": count}

    def feed(handler) -> None:
        items = [{"title": f"{slug} story {n}", "link": f"{server.base}/{slug}/{n}.html"}
                 for n in range(1, state["count"] + 1)]
        handler.reply(200, rss(items), "application/rss+xml")

    server.routes["/feed.xml"] = feed
    server.routes["*"] = lambda h: h.reply(200, page(f"{slug} story", [f"A {slug} article with enough words."] * 4))
    server.state = state


def test_robots_txt_is_cached_across_cycles_but_never_a_5xx(tmp_path):
    with FaultServer() as ok, FaultServer() as gone, FaultServer() as broken, FaultServer() as private:
        ok.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        gone.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /\n", "text/html", 404)  # 4xx: allow all
        broken.routes["/robots.txt"] = static(b"oops", "text/plain", 503)
        private.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /\n", "text/plain")
        for slug, server in (("ok", ok), ("gone", gone), ("broken", broken), ("private", private)):
            _feed(server, slug, 1)
        sources = [{"id": slug, "name": slug, "country": "IQ", "language": "en", "feeds": [f"{server.base}/feed.xml"]}
                   for slug, server in (("ok", ok), ("gone", gone), ("broken", broken), ("private", private))]
        config = load_config(write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                          smtp_port=closed_port(), sources=sources, recipients=[],
                                          crawl={"download_timeout_seconds": 5}))
        everyone = {s["id"] for s in sources}
        first = run_cycle(config, only=everyone)
        broken_asked = broken.hits("/robots.txt")  # a 503 is retried once within the cycle
        for server in (ok, gone, broken, private):
            server.state["count"] = 2  # one new entry each: article pages are fetched in cycle two
        second = run_cycle(config, only=everyone)
        assert first.returncode == 0 and second.returncode == 0
        assert ok.hits("/robots.txt") == 1 and gone.hits("/robots.txt") == 1, "fetched once, then reused"
        assert second.stats.get("robotstxt/cache_hit", 0) == 3, "ok, gone and private from the cache"
        assert broken_asked >= 1 and broken.hits("/robots.txt") == 2 * broken_asked, \
            "a 5xx robots.txt is asked again every cycle"
        assert broken.hits("/feed.xml") == 0 and private.hits("/feed.xml") == 0, "the cached rules still apply"
        assert ok.hits("/feed.xml") == 2 and gone.hits("/feed.xml") == 2
        assert ok.hits("/ok/2.html") == 1 and gone.hits("/gone/2.html") == 1, "articles after a cached allow"
        sessions = sessions_for(config)
        with sessions() as session:
            cached = {row.origin: row.status for row in session.scalars(select(store.RobotsTxt))}
            assert cached == {ok.base: 200, gone.base: 404, private.base: 200}
            assert session.get(store.Source, "broken").error_streak == 2
            assert "robots.txt" in session.get(store.Source, "broken").last_error
        # Older than a day: fetched again, and now the outlet forbids the feed.
        ok.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /\n", "text/plain")
        with sessions.begin() as session:
            session.execute(update(store.RobotsTxt).values(fetched_at=store.utcnow() - timedelta(hours=25)))
        third = run_cycle(config, only={"ok"})
        assert third.returncode == 0
        assert ok.hits("/robots.txt") == 2 and ok.hits("/feed.xml") == 2, "stale rules refreshed and obeyed"
