"""Each article page is fetched once, whichever address a feed lists it under: link, final URL or canonical."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from conftest import sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from faults.helpers import FaultServer, page, rss, static
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.dedup.urls import canonical_url
from pipelines.dedup.fetched_urls import url_hash

pytestmark = pytest.mark.timeout(600)

CYCLES = 10
WORDS = ["The water board said repairs on the eastern pipeline would take about three weeks to finish.",
         "Residents of four districts will receive deliveries by truck until the work is complete."]


def _with_canonical(title: str, canonical: str) -> bytes:
    return page(title, WORDS * 2).replace(b"</head>", f'<link rel="canonical" href="{canonical}"></head>'.encode())


def test_one_fetch_per_article_over_ten_cycles(database_url, tmp_path):
    with FaultServer() as outlet:
        b = outlet.base
        polls = []

        def feed(handler) -> None:
            polls.append(1)
            n = len(polls)
            items = [  # tracking parameters that change every poll
                {"title": "One", "link": f"{b}/a/1.html?utm_source=rss&amp;utm_campaign=c{n}"},
                {"title": "Two", "link": f"{b}/go/2?utm_medium=feed{n}"},
                {"title": "Three", "link": f"{b}/a/3.html?ref=c{n}"},
            ]
            if n >= 3:  # later the outlet lists the same stories under the addresses the pages led to
                items += [{"title": "One again", "link": f"{b}/story/one?utm_source=c{n}"},
                          {"title": "Two again", "link": f"{b}/story/two.html"},
                          {"title": "Three again", "link": f"{b}/story/three"}]
            handler.reply(200, rss(items), "application/rss+xml")

        outlet.routes["/feed.xml"] = feed
        outlet.routes["/a/1.html"] = static(_with_canonical("One", f"{b}/story/one"))
        outlet.routes["/go/2"] = static(b"", status=301, headers={"Location": f"{b}/story/two.html?utm_source=go"})
        outlet.routes["/story/two.html"] = static(page("Two", WORDS * 2))
        outlet.routes["/a/3.html"] = static(_with_canonical("Three", f"{b}/story/three?utm_source=canonical"))
        for path in ("/story/one", "/story/three"):
            outlet.routes[path] = static(page("Again", WORDS * 2))
        config = load_config(write_config(
            tmp_path / "config", database=database_url, smtp_port=9, recipients=[],
            sources=[{"id": "water", "name": "Water", "country": "IQ", "language": "en", "feeds": [f"{b}/feed.xml"]}],
            crawl={"obey_robots_txt": False}))

        for _ in range(CYCLES):
            assert run_cycle(config, only={"water"}).returncode == 0

    assert len(polls) == CYCLES
    fetched = {path: outlet.hits(path) for path in
               ("/a/1.html", "/story/one", "/go/2", "/story/two.html", "/a/3.html", "/story/three")}
    assert fetched == {"/a/1.html": 1, "/story/one": 0, "/go/2": 1, "/story/two.html": 1,
                       "/a/3.html": 1, "/story/three": 0}
    with sessions_for(config)() as session:
        stored = session.scalars(select(store.Article.canonical_url)).all()
    assert sorted(url.rsplit("/", 1)[-1] for url in stored) == ["2", "one", "three"]


def test_urls_older_than_the_dedup_window_are_forgotten(database_url, tmp_path):
    with FaultServer() as outlet:
        b = outlet.base
        outlet.routes["/feed.xml"] = static(rss([{"title": "New", "link": f"{b}/new/1.html?utm_source=rss"}]),
                                            "application/rss+xml")
        outlet.routes["/new/1.html"] = static(_with_canonical("New", f"{b}/story/new"))
        config = load_config(write_config(
            tmp_path / "config", database=database_url, smtp_port=9, recipients=[],
            sources=[{"id": "water", "name": "Water", "country": "IQ", "language": "en", "feeds": [f"{b}/feed.xml"]}],
            crawl={"obey_robots_txt": False}, dedup={"window_days": 14}))
        sessions = sessions_for(config)
        now = store.utcnow()
        with sessions.begin() as session:
            for url, days in (("https://old.example/a", 15), ("https://recent.example/b", 13)):
                session.add(store.FetchedUrl(url_hash=url_hash(url), seen_at=now - timedelta(days=days)))
        assert run_cycle(config, only={"water"}).returncode == 0

    with sessions() as session:
        kept = set(session.scalars(select(store.FetchedUrl.url_hash)))
    assert kept == {url_hash(url) for url in ("https://recent.example/b", canonical_url(f"{b}/new/1.html"),
                                              canonical_url(f"{b}/story/new"))}


def test_a_page_is_searched_for_its_date_only_when_the_feed_entry_has_none(database_url, tmp_path):
    """The entry's date wins, so with one the page's date is not searched for; without one, it is."""
    with FaultServer() as outlet:
        b = outlet.base
        outlet.routes["/feed.xml"] = static(rss([
            {"title": "Dated", "link": f"{b}/2024/03/04/dated.html", "pubDate": "Wed, 06 Mar 2024 09:30:00 GMT"},
            {"title": "Undated", "link": f"{b}/2024/03/04/undated.html"},
        ]), "application/rss+xml")
        for path in ("/2024/03/04/dated.html", "/2024/03/04/undated.html"):
            outlet.routes[path] = static(page(path.rsplit("/", 1)[-1], WORDS * 2))
        config = load_config(write_config(
            tmp_path / "config", database=database_url, smtp_port=9, recipients=[],
            sources=[{"id": "water", "name": "Water", "country": "IQ", "language": "en", "feeds": [f"{b}/feed.xml"]}],
            crawl={"obey_robots_txt": False}))
        assert run_cycle(config, only={"water"}).returncode == 0
    with sessions_for(config)() as session:
        dated = dict(session.execute(select(store.Article.url, store.Article.published_at)).all())
    assert {url.rsplit("/", 1)[-1]: (value.year, value.month, value.day, value.hour) for url, value in dated.items()} == {
        "dated.html": (2024, 3, 6, 9), "undated.html": (2024, 3, 4, 0)}
