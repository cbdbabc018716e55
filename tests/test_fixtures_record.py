"""Recorded source fixtures parse; `basewatch fixtures record` works against a local server and never overwrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from crawler.cli.main import main
from crawler.offline.replay import ReplayServer
from pipelines.sources.sitemaps import parse_sitemap
from pipelines.sources.sections import section_entries
from pipelines.config import load_sources
from pipelines.sources.feeds import parse_feed

ROOT = Path(__file__).resolve().parents[1]
RECORDED = Path(__file__).resolve().parent / "fixtures" / "sources"
SITE = Path(__file__).resolve().parent / "fixtures" / "discover" / "arabic-links"
UA = "basewatch-test/1 (fixtures)"

RECORDED_IDS = sorted(p.name for p in RECORDED.iterdir() if (p / "meta.json").is_file()) if RECORDED.is_dir() else []


def assert_valid_recording(directory: Path, source_ids: set[str]) -> dict:
    """What every recording must hold: a known source, a listing that parses, the files meta.json names."""
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    assert meta["source_id"] == directory.name and meta["source_id"] in source_ids
    assert meta["recorded_at"] and meta["listing"]["fetched_at"] and meta["listing"]["url"].startswith("http")
    body = (directory / meta["listing"]["file"]).read_bytes()
    listing = meta["listing"]
    if listing["kind"] == "feed":
        parsed = parse_feed(body, content_type=listing["content_type"])
        assert parsed.entries, f"{directory.name}: the recorded feed yields no entries"
    elif listing["kind"] == "sitemap":
        assert parse_sitemap(body).locs, f"{directory.name}: the recorded sitemap lists no URLs"
    elif listing["kind"] == "channel":
        from pipelines.sources.telegram import parse_preview

        channel = listing["url"].rstrip("/").rsplit("/", 1)[-1]
        assert parse_preview(body, channel).messages, f"{directory.name}: the recorded preview shows no messages"
    else:
        links = section_entries(body, listing["final_url"], listing["article_pattern"] or ".")
        assert links, f"{directory.name}: the recorded section page has no article links"
    for page in meta["pages"]:
        assert page["url"].startswith("http") and page["fetched_at"]
        if page["file"]:
            assert (directory / page["file"]).stat().st_size > 0
    return meta


@pytest.mark.parametrize("source_id", RECORDED_IDS or [
    pytest.param(None, marks=pytest.mark.skip(reason="no fixtures recorded yet: run `basewatch fixtures record ID` "
                                                     "on a machine with internet access"))])
def test_recorded_fixture_parses(source_id):
    ids = {s.id for s in load_sources(ROOT / "config" / "sources.yaml")}
    assert_valid_recording(RECORDED / source_id, ids)


@pytest.fixture(scope="module")
def site():
    with ReplayServer(SITE) as server:
        yield server


def _config(tmp_path: Path, feeds: list[str], sitemaps: list[str] = (), sections: list[dict] = ()) -> Path:
    directory = tmp_path / "config"
    directory.mkdir(exist_ok=True)
    (directory / "settings.yaml").write_text(yaml.safe_dump({"crawl": {"user_agent": UA}}), encoding="utf-8")
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": [
        {"id": "wadi", "name": "Wadi News", "country": "IQ", "language": "ar", "feeds": feeds,
         "sitemaps": list(sitemaps), "sections": list(sections)}]}), encoding="utf-8")
    return directory


def _record(config: Path, out: Path, *extra: str) -> int:
    return main(["--config", str(config), "fixtures", "record", "wadi", "--out", str(out), "--timeout", "5", *extra])


def test_record_saves_feed_pages_and_meta(tmp_path, site, capsys):
    config = _config(tmp_path, [site.base + "/missing-feed.xml", site.base + "/akhbar/feed.xml"])
    out = tmp_path / "recorded"
    assert _record(config, out, "--pages", "3") == 0
    assert "1 page(s) failed" in capsys.readouterr().out  # the third article has no page on the site
    meta = assert_valid_recording(out / "wadi", {"wadi"})
    assert meta["listing"]["url"] == site.base + "/akhbar/feed.xml"
    assert meta["skipped_listings"] == [site.base + "/missing-feed.xml: not_found"]
    assert meta["user_agent"] == UA
    assert [p["file"] for p in meta["pages"]] == ["page-01.html", "page-02.html", None]
    assert meta["pages"][2]["status"] == 404
    assert "مجلس المحافظة" in (out / "wadi" / "page-01.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["wadi"]  # no temporary folder left behind


def test_record_never_overwrites_without_force(tmp_path, site, capsys):
    config = _config(tmp_path, [site.base + "/akhbar/feed.xml"])
    out = tmp_path / "recorded"
    assert _record(config, out, "--pages", "1") == 0
    marker = out / "wadi" / "hand-edited.txt"
    marker.write_text("keep me", encoding="utf-8")
    capsys.readouterr()
    assert _record(config, out, "--pages", "1") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds a recording; pass --force" in err
    assert marker.exists()
    assert _record(config, out, "--pages", "2", "--force") == 0
    assert not marker.exists()
    assert len(assert_valid_recording(out / "wadi", {"wadi"})["pages"]) == 2


def test_record_falls_back_to_the_news_sitemap(tmp_path, site):
    config = _config(tmp_path, [site.base + "/nope.xml"], [site.base + "/sitemaps/news-latest.xml"])
    out = tmp_path / "recorded"
    assert _record(config, out, "--pages", "1") == 0
    meta = assert_valid_recording(out / "wadi", {"wadi"})
    assert (meta["listing"]["kind"], meta["listing"]["file"]) == ("sitemap", "sitemap.xml")


def test_record_errors_are_one_line(tmp_path, site, capsys):
    config = _config(tmp_path, [site.base + "/nope.xml", site.base + "/index.html"])
    out = tmp_path / "recorded"
    assert _record(config, out) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("basewatch: error: source wadi: nothing answered with entries")
    assert "not_found" in err and "not_a_feed" in err and "\n" not in err
    assert not (out / "wadi").exists()
    assert main(["--config", str(config), "fixtures", "record", "nobody", "--out", str(out)]) == 2
    assert "unknown source id: nobody" in capsys.readouterr().err


def test_record_falls_back_to_a_section_page(tmp_path, site):
    config = _config(tmp_path, [], sections=[{"url": site.base + "/index.html", "article_pattern": r"/akhbar/2026/"}])
    out = tmp_path / "recorded"
    assert _record(config, out, "--pages", "2") == 0
    meta = assert_valid_recording(out / "wadi", {"wadi"})
    assert (meta["listing"]["kind"], meta["listing"]["article_pattern"]) == ("section", r"/akhbar/2026/")
    assert [p["file"] for p in meta["pages"]] == ["page-01.html", "page-02.html"]
