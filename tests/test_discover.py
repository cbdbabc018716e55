"""`basewatch sources discover` against replayed sites: feeds, news sitemaps and a paste-ready entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crawler.cli.main import main
from crawler.catalog.discover import config_entry, discover, guess_country, guess_id
from crawler.offline.replay import ReplayServer
from pipelines.config import load_sources
from pipelines.errors import ConfigError

SITES = Path(__file__).resolve().parent / "fixtures" / "discover"
UA = "basewatch-test/1 (discover)"


def _load_entry(tmp_path: Path, entry: str):
    """The printed entry, pasted under `sources:`, through the project's own validation.

    A country left as the `XX  # TODO` placeholder is refused, naming the field, until the operator fills it in.
    """
    path = tmp_path / "sources.yaml"
    if "country: XX" in entry:
        path.write_text("sources:\n" + entry, encoding="utf-8")
        with pytest.raises(ConfigError, match="field 'country': unknown country 'XX'"):
            load_sources(path)
        entry = entry.replace("country: XX", "country: IQ")
    path.write_text("sources:\n" + entry, encoding="utf-8")
    (source,) = load_sources(path)
    return source


@pytest.fixture(scope="module")
def arabic_site():
    with ReplayServer(SITES / "arabic-links") as server:
        yield server


def test_finds_linked_feed_once_and_news_sitemap_through_robots_index(arabic_site, tmp_path):
    found = discover(arabic_site.base + "/", user_agent=UA, timeout=5)
    base = arabic_site.base
    # /rss.xml serves the same items as the linked feed: proposed once, under the linked URL
    assert [(f.url, f.via, f.items) for f in found.feeds] == [
        (base + "/akhbar/feed.xml", "<link rel=alternate> on the homepage", 3)]
    assert [(s.url, s.via, s.items) for s in found.sitemaps] == [
        (base + "/sitemaps/news-latest.xml", "a sitemap index", 2)]
    assert (found.language, found.site_name) == ("ar", "وادي نيوز")
    fetched = {path for method, path, status in arabic_site.requests}
    assert {"/robots.txt", "/sitemap_index.xml", "/rss.xml", "/feed", "/news-sitemap.xml"} <= fetched
    assert "/sitemaps/pages.xml" not in fetched  # index children without "news" are not fetched

    source = _load_entry(tmp_path, config_entry(found))
    assert source.id == "new-source"  # 127.0.0.1 says nothing about the outlet
    assert (source.language, source.kind, source.country) == ("ar", "regional", "IQ")  # as the operator filled it
    assert [f.url for f in source.feeds] == [base + "/akhbar/feed.xml"]
    assert [s.url for s in source.sitemaps] == [base + "/sitemaps/news-latest.xml"]
    assert source.enabled


def test_feed_under_the_homepage_folder_and_general_sitemap_is_not_proposed(tmp_path):
    with ReplayServer(SITES / "english-folder") as server:
        found = discover(server.base + "/english/index.html", user_agent=UA, timeout=5)
    assert [f.url for f in found.feeds] == [server.base + "/english/feed.xml"]
    assert found.sitemaps == ()
    assert found.general_sitemaps == (server.base + "/news-sitemap.xml",)
    entry = config_entry(found)
    assert "not a news sitemap (not polled)" in entry
    source = _load_entry(tmp_path, entry)
    assert (source.language, source.name) == ("en", "Northern Herald - English edition")


def test_nothing_found_prints_a_disabled_entry_and_exits_1(tmp_path, capsys):
    with ReplayServer(SITES / "bare") as server:
        code = main(["--config", str(tmp_path), "sources", "discover", server.base + "/", "--timeout", "5"])
    assert code == 1
    source = _load_entry(tmp_path, capsys.readouterr().out)
    assert not source.enabled and "no feed or news sitemap" in source.disabled_reason
    assert source.language == "xx"  # the page declares none: a TODO, not a guess


def test_unreachable_homepage_still_probes_paths(tmp_path):
    with ReplayServer(SITES / "english-folder") as server:  # no page at /, but /english/feed.xml answers
        found = discover(server.base + "/english/", user_agent=UA, timeout=5)
    assert found.note and found.note.startswith("homepage not_found")
    assert [f.url for f in found.feeds] == [server.base + "/english/feed.xml"]


def test_cli_discover_prints_paste_ready_yaml(tmp_path, arabic_site, capsys):
    (tmp_path / "settings.yaml").write_text(yaml.safe_dump({"crawl": {"user_agent": "ops-agent/2"}}),
                                            encoding="utf-8")
    before = len(arabic_site.requests)
    assert main(["--config", str(tmp_path), "sources", "discover", arabic_site.base + "/"]) == 0
    out = capsys.readouterr().out
    assert out.lstrip().startswith("# found by `basewatch sources discover")
    assert _load_entry(tmp_path, out).feeds
    assert len(arabic_site.requests) > before


@pytest.mark.parametrize("url", ["ftp://example.org/", "example.org", "https://"])
def test_cli_discover_rejects_non_http_urls(tmp_path, capsys, url):
    assert main(["--config", str(tmp_path), "sources", "discover", url]) == 2
    assert capsys.readouterr().err.startswith("basewatch: error: not an http(s) URL")


@pytest.mark.parametrize("url, slug, country", [
    ("https://www.rudaw.net/english", "rudaw-en", None),
    ("https://english.alarabiya.net/", "alarabiya-en", None),
    ("https://www.aa.com.tr/ar", "aa-ar", "TR"),
    ("https://www.haaretz.co.il/", "haaretz", "IL"),
    ("https://www.bbc.co.uk/persian", "bbc-fa", "GB"),
    ("https://en.royanews.tv/", "royanews-en", None),  # .tv is sold as a generic name
    ("https://shafaq.com/ar", "shafaq-ar", None),
    ("https://www.presstv.ir/", "presstv", "IR"),
])
def test_id_and_country_guesses(url, slug, country):
    assert guess_id(url) == slug
    assert guess_country(url) == country
