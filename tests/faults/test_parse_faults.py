"""Feeds and sitemaps whose bytes trip the parsers: odd character references, entities hidden from a byte scan."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from conftest import sessions_for, write_config
from crawler.cli.main import main
from crawler.daemon.cycle import run_cycle
from helpers import FaultServer, closed_port, static
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.sources.feeds import parse_feed

pytestmark = pytest.mark.timeout(240)

ENTITY_DOCTYPE = '<!DOCTYPE {root} [<!ENTITY desk "the night desk of the Entity Gazette">]>'

# (source id, raw channel title, raw item title, raw item description, stored title, stored summary fragment)
CHARREFS = [
    ("lone-high", "Wire", "Convoy &#xD800; report", "Trucks crossed the river.", "Convoy \ufffd report",
     "Trucks crossed"),
    ("lone-low", "Wire", "Convoy &#56832; report", "Trucks crossed the bridge.", "Convoy \ufffd report",
     "Trucks crossed"),
    ("pair", "Wire", "Market &#55357;&#56832; day", "Stalls opened early.", "Market \U0001F600 day", "Stalls"),
    ("pair-in-description", "Wire", "Harbour news", "Boats came home &#xD83D;&#xDE00; at dawn.", "Harbour news",
     "Boats came home \U0001F600 at dawn"),
    ("channel-title", "Evening &#xD800; Wire", "Bakery reopens", "The bakery on Main Street reopened.",
     "Bakery reopens", "bakery on Main Street"),
]

# News sitemaps: (source id, raw news:title, raw lastmod, stored title)
SITEMAP_FAULTS = [
    ("sitemap-pair", "Port &#55357;&#56832; reopens", "2026-03-01T10:00:00Z", "Port \U0001F600 reopens"),
    ("sitemap-lone-high", "Port &#xD800; reopens", "2026-03-01T10:00:00Z", "Port \ufffd reopens"),
    ("sitemap-far-date", "Port reopens", "9999-12-31T23:59:59-14:00", "Port reopens"),
]


def _sitemap(base: str, slug: str, title: str, lastmod: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"<url><loc>{base}/{slug}/1.html</loc><lastmod>{lastmod}</lastmod>"
            f"<news:news><news:title>{title}</news:title></news:news></url></urlset>").encode("utf-8")


def _feed(base: str, slug: str, channel_title: str, title: str, description: str) -> bytes:
    """RSS with the references written as they are: helpers.rss would escape the description's ampersands."""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{channel_title}</title>'
            f"<item><title>{title}</title><link>{base}/{slug}/1.html</link>"
            f"<description>{description}</description></item></channel></rss>").encode("utf-8")


def _entity_feeds(base: str) -> dict[str, tuple[bytes, str]]:
    """Entity declarations a byte scan of the prolog misses: (body, Content-Type) by source id."""
    item = f"<item><title>&desk; filed this</title><link>{base}/{{slug}}/1.html</link></item>"
    utf16 = (f'<?xml version="1.0" encoding="utf-16"?>{ENTITY_DOCTYPE.format(root="rss")}'
             f'<rss version="2.0"><channel><title>t</title>{item.format(slug="utf16-entity")}</channel></rss>')
    # The comment holds "<a", which the old guard took for the root element: the prolog seemed to end there.
    commented = (f'<?xml version="1.0" encoding="utf-8"?><!-- mirrored from <a href="/">the desk</a> -->'
                 f'{ENTITY_DOCTYPE.format(root="rss")}<rss version="2.0"><channel><title>t</title>'
                 f'{item.format(slug="comment-doctype")}</channel></rss>')
    sitemap = (f'<?xml version="1.0" encoding="utf-16"?>{ENTITY_DOCTYPE.format(root="urlset")}'
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
               f'<url><loc>{base}/sitemap-entity/1.html</loc><news:news><news:title>&desk; filed this</news:title>'
               '<news:publication_date>2026-03-01T10:00:00Z</news:publication_date></news:news></url></urlset>')
    return {"utf16-entity": (utf16.encode("utf-16"), "application/rss+xml"),
            "comment-doctype": (commented.encode("utf-8"), "application/rss+xml"),
            "sitemap-entity": (sitemap.encode("utf-16"), "application/xml")}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parse-faults")
    with FaultServer() as site:
        b = site.base
        site.routes["/robots.txt"] = static(b"User-agent: *\nDisallow:\n", "text/plain")
        # Article pages answer 404: what is stored is the feed entry's own title and summary.
        sources = []
        for slug, channel_title, title, description, *_ in CHARREFS:
            site.routes[f"/{slug}/feed.xml"] = static(_feed(b, slug, channel_title, title, description),
                                                      "application/rss+xml; charset=utf-8")
            sources.append({"id": slug, "name": slug, "country": "IQ", "language": "en",
                            "feeds": [f"{b}/{slug}/feed.xml"]})
        for slug, title, lastmod, _ in SITEMAP_FAULTS:
            site.routes[f"/{slug}/sitemap.xml"] = static(_sitemap(b, slug, title, lastmod), "application/xml")
            sources.append({"id": slug, "name": slug, "country": "IQ", "language": "en",
                            "sitemaps": [f"{b}/{slug}/sitemap.xml"]})
        for slug, (body, content_type) in _entity_feeds(b).items():
            site.routes[f"/{slug}/feed.xml"] = static(body, content_type)
            kind = "sitemaps" if slug.startswith("sitemap") else "feeds"
            sources.append({"id": slug, "name": slug, "country": "IQ", "language": "en",
                            kind: [f"{b}/{slug}/feed.xml"]})
        directory = write_config(tmp / "config", database=f"sqlite:///{tmp / 'db.sqlite'}", smtp_port=closed_port(),
                                 sources=sources, recipients=[],
                                 crawl={"download_timeout_seconds": 5, "cycle_timeout_seconds": 200})
        config = load_config(directory)
        result = run_cycle(config, only={s["id"] for s in sources})
        yield {"config": config, "directory": directory, "sessions": sessions_for(config), "result": result,
               "site": site}


def _source(crawled, source_id: str) -> store.Source:
    with crawled["sessions"]() as session:
        return session.get(store.Source, source_id)


def _articles(crawled, source_id: str) -> list[store.Article]:
    with crawled["sessions"]() as session:
        return session.scalars(select(store.Article).where(store.Article.source_id == source_id)).all()


@pytest.mark.parametrize("source_id, title, summary", [(c[0], c[4], c[5]) for c in CHARREFS])
def test_references_to_surrogates_never_lose_the_source(crawled, source_id, title, summary):
    assert crawled["result"].returncode == 0
    row = _source(crawled, source_id)
    assert row.last_polled_at is not None and row.error_streak == 0 and row.last_error is None, "poll recorded"
    (article,) = _articles(crawled, source_id)
    assert article.title == title
    assert summary in (article.summary or "")


@pytest.mark.parametrize("source_id, title", [(c[0], c[3]) for c in SITEMAP_FAULTS])
def test_sitemaps_with_odd_references_or_dates_keep_their_entries(crawled, source_id, title):
    row = _source(crawled, source_id)
    assert row.last_polled_at is not None and row.error_streak == 0 and row.last_error is None, "poll recorded"
    (article,) = _articles(crawled, source_id)
    assert article.title == title
    assert article.published_at is None or article.published_at.year == 2026, "a date past datetime's range is none"


@pytest.mark.parametrize("source_id", ["utf16-entity", "comment-doctype", "sitemap-entity"])
def test_entities_behind_utf16_or_a_comment_are_refused(crawled, source_id):
    row = _source(crawled, source_id)
    assert row.error_streak == 1 and "declares XML entities" in (row.last_error or "")
    assert not _articles(crawled, source_id), "nothing of a refused document is stored"
    with crawled["sessions"]() as session:
        assert not session.scalars(select(store.Article).where(store.Article.title.like("%night desk%"))).all()


def test_operator_sees_the_refusal_in_sources(crawled, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    assert main(["--config", str(crawled["directory"]), "sources"]) == 0
    lines = {line.split("│")[1].strip(): line for line in capsys.readouterr().out.splitlines() if line.count("│") > 2}
    for source_id in ("utf16-entity", "comment-doctype", "sitemap-entity"):
        assert "failing x1: refused: the" in lines[source_id] and "declares XML entities" in lines[source_id]
    assert "failing" not in lines["pair"] and lines["pair"].rstrip(" │").endswith("ok")


@pytest.mark.parametrize("body", [
    b'<rss version="2.0"><channel><item><title>&#55357;&#56832;</title><link>http://a/1</link></item></channel></rss>',
    b'<rss version="2.0"><channel><title>&#xD800;</title><item><title>x</title><link>http://a/1</link></item>'
    b"</channel></rss>",
    b'<rss version="2.0"><channel><item><title>far &#x110000; away</title><link>http://a/1</link></item></channel></rss>',
    b'<rss version="2.0"><channel><item><title>&#99999999999999999999999;</title><link>http://a/1</link></item>'
    b"</channel></rss>",
], ids=["pair", "lone-high-in-channel", "past-unicode", "huge-number"])
def test_parse_feed_never_raises_and_keeps_the_entry(body):
    parsed = parse_feed(body)
    assert parsed.error is None and [e.url for e in parsed.entries] == ["http://a/1"]
    assert parsed.entries[0].title in ("\U0001F600", "x", "far \ufffd away", "\ufffd")


SITEMAPS = {
    "utf8-entity": (f'<?xml version="1.0" encoding="utf-8"?>{ENTITY_DOCTYPE.format(root="urlset")}'
                    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                    '<url><loc>http://127.0.0.1:9/a.html</loc><news:news><news:title>&desk;</news:title></news:news>'
                    "</url></urlset>").encode("utf-8"),
}
SITEMAPS["utf16-entity"] = SITEMAPS["utf8-entity"].decode("utf-8").replace('"utf-8"', '"utf-16"').encode("utf-16")


def test_sources_check_refuses_sitemaps_the_crawler_refuses(tmp_path, capsys):
    with FaultServer({f"/{name}.xml": static(body, "application/xml") for name, body in SITEMAPS.items()}) as site:
        directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                 smtp_port=closed_port(), recipients=[],
                                 sources=[{"id": "gazette", "name": "Gazette", "country": "IQ", "language": "en",
                                           "sitemaps": [f"{site.base}/{name}.xml" for name in SITEMAPS]}])
        assert main(["--config", str(directory), "sources", "check", "--json", "--timeout", "5"]) == 0
    (report,) = json.loads(capsys.readouterr().out)["sources"]
    assert [(c["verdict"], c["note"]) for c in report["checks"]] == [
        ("not_a_feed", "refused: the sitemap declares XML entities (DOCTYPE with ENTITY)")] * 2
    assert report["usable"] is False
