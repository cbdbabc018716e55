"""`basewatch sources check` against local servers: a replayed outlet and a server of odd answers."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from crawler.cli.main import main
from crawler.offline.replay import ReplayServer
from crawler.catalog.check import check_sources, check_url, fetch
from pipelines.sources.sitemaps import parse_sitemap
from pipelines.config_models import SourceConfig
from pipelines.store import models as store
from pipelines.netguard import Policy

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE = FIXTURES / "discover" / "arabic-links"
UA = "basewatch-test/1 (check; contact: ops@basewatch.test)"

SITEMAP = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
           b"<url><loc>http://127.0.0.1/a.html</loc></url><url><loc>http://127.0.0.1/b.html</loc></url></urlset>")
LOOPBACK_ALLOWED = Policy.build(allowed_networks=["127.0.0.0/8"])
CHALLENGE = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>checking</body></html>"


class OddServer:
    """A local server whose paths answer the ways real outlets do when things go wrong."""

    def __init__(self, target: str):
        self.target = target  # where redirects lead
        self.user_agents: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        handler = type("Handler", (_OddHandler,), {"odd": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> OddServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _OddHandler(BaseHTTPRequestHandler):
    odd: OddServer

    def log_message(self, format, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.odd.user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/moved":
            self._send(301, Location=self.odd.target)
        elif path == "/moved-twice":
            self._send(308, Location="/moved")
        elif path == "/to-file":
            self._send(302, Location="file:///etc/hostname")
        elif path == "/temporary":
            self._send(302, Location=self.odd.target)
        elif path == "/forbidden":
            self._send(403, b"<html><body>no</body></html>", Content_Type="text/html")
        elif path == "/too-many":
            self._send(429, b"slow down", Retry_After="120")
        elif path == "/legal":
            self._send(451, b"unavailable for legal reasons")
        elif path == "/challenge":
            self._send(503, CHALLENGE, Content_Type="text/html", Server="cloudflare")
        elif path == "/challenge-200":
            self._send(200, CHALLENGE, Content_Type="text/html")
        elif path == "/gone":
            self._send(410, b"gone")
        elif path == "/html":
            self._send(200, b"<html><head><title>Home</title></head><body><p>Welcome</p></body></html>",
                       Content_Type="text/html")
        elif path == "/broken":
            self._send(500, b"oops")
        elif path == "/loop":
            self._send(302, Location="/loop")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, b"late")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/sitemap.xml.gz":
            self._send(200, gzip.compress(SITEMAP), Content_Type="application/xml", Content_Encoding="gzip")
        elif path.startswith("/hold"):
            with self.odd._lock:
                self.odd.in_flight += 1
                self.odd.max_in_flight = max(self.odd.max_in_flight, self.odd.in_flight)
            time.sleep(0.2)
            with self.odd._lock:
                self.odd.in_flight -= 1
            self._send(404)
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def site():
    with ReplayServer(SITE) as server:
        yield server


@pytest.fixture(scope="module")
def odd(site):
    with OddServer(site.base + "/akhbar/feed.xml") as server:
        yield server


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def _check(kind, url, timeout=5.0):
    # The local servers stand in for outlets on the internet: loopback is an allowed network here.
    return check_url("x", kind, url, user_agent=UA, timeout=timeout, policy=LOOPBACK_ALLOWED)


def test_working_feed_sitemap_and_homepage(site):
    feed = _check("feed", site.base + "/akhbar/feed.xml")
    assert (feed.verdict, feed.status, feed.items, feed.final_url) == ("ok", 200, 3, None)
    assert "language ar" in feed.note
    sitemap = _check("sitemap", site.base + "/sitemaps/news-latest.xml")
    assert (sitemap.verdict, sitemap.items, sitemap.note) == ("ok", 2, "news sitemap")
    general = _check("sitemap", site.base + "/sitemaps/pages.xml")
    assert general.verdict == "ok" and "no news: namespace" in general.note
    index = _check("sitemap", site.base + "/sitemap_index.xml")
    assert index.items == 2 and "sitemap index" in index.note
    assert _check("homepage", site.base + "/").verdict == "ok"


@pytest.mark.parametrize("path, verdict, note", [
    ("/forbidden", "blocked", "HTTP 403"),
    ("/too-many", "blocked", "HTTP 429"),
    ("/legal", "blocked", "HTTP 451"),
    ("/challenge", "blocked", "Cloudflare"),
    ("/challenge-200", "blocked", "Cloudflare challenge"),
    ("/gone", "not_found", None),
    ("/nowhere", "not_found", None),
    ("/html", "not_a_feed", "an HTML page, not a feed"),
    ("/broken", "error", "HTTP 500"),
    ("/loop", "error", "redirect"),
])
def test_odd_answers_get_a_verdict(odd, path, verdict, note):
    check = _check("feed", odd.base + path)
    assert check.verdict == verdict
    if note:
        assert note in check.note


def test_permanent_and_temporary_redirects_report_the_final_url(odd, site):
    moved = _check("feed", odd.base + "/moved")
    assert (moved.verdict, moved.final_url, moved.items) == ("moved", site.base + "/akhbar/feed.xml", 3)
    twice = _check("feed", odd.base + "/moved-twice")
    assert (twice.verdict, twice.final_url) == ("moved", site.base + "/akhbar/feed.xml")
    temporary = _check("feed", odd.base + "/temporary")
    assert (temporary.verdict, temporary.final_url) == ("redirected", site.base + "/akhbar/feed.xml")


def test_time_is_bounded_for_slow_and_trickling_servers(odd):
    started = time.monotonic()
    slow = _check("feed", odd.base + "/slow", timeout=0.5)
    assert slow.verdict == "unreachable" and "timed out" in slow.note
    trickle = _check("feed", odd.base + "/trickle", timeout=0.5)
    assert trickle.verdict == "error" and "timed out" in trickle.note
    assert time.monotonic() - started < 2.5


def test_refused_connection_and_bad_scheme_never_raise():
    refused = _check("feed", closed_port_url())
    assert refused.verdict == "unreachable" and refused.status is None
    for weird in ("gopher://127.0.0.1/feed", "file:///etc/hostname"):
        check = _check("feed", weird)
        assert (check.verdict, check.note) == ("unreachable", "unreachable: not an http(s) URL")


def test_redirect_to_a_local_file_is_not_followed(odd):
    check = _check("feed", odd.base + "/to-file")
    assert (check.verdict, check.items) == ("error", None)
    assert check.note == "redirect to a non-http(s) URL not followed: file:///etc/hostname"


def test_gzip_sitemap_is_decompressed(odd):
    check = _check("sitemap", odd.base + "/sitemap.xml.gz")
    assert (check.verdict, check.items) == ("ok", 2)


def test_size_limit_marks_truncation(site):
    fetched = fetch(site.base + "/akhbar/feed.xml", user_agent=UA, max_bytes=100)
    assert fetched.truncated and len(fetched.body) == 100


def test_parse_sitemap_rejects_non_sitemaps():
    assert parse_sitemap(b"<html><body>hi</body></html>").kind is None
    assert parse_sitemap(b"").kind is None
    entity_bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                   b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&b;</loc></url></urlset>')
    assert "aaaaaaaaaa" not in "".join(parse_sitemap(entity_bomb).locs)


def test_check_judges_a_sitemap_as_the_crawler_reads_it():
    """One parser: links the spider would never follow (not http or https) leave `sources check` nothing to count."""
    from crawler.catalog.check import NOT_A_FEED, OK, Fetched, judge

    def sitemap(locs: str) -> Fetched:
        body = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + locs + '</urlset>').encode()
        return Fetched(url="https://outlet.example/news.xml", final_url="https://outlet.example/news.xml",
                       status=200, headers={"content-type": "application/xml"}, body=body)

    unusable = sitemap("<url><loc>/story/1</loc></url><url><loc>javascript:void(0)</loc></url>")
    usable = sitemap("<url><loc>https://outlet.example/story/1</loc><news:news><news:title>Depot fire</news:title>"
                     "</news:news></url>")
    assert judge("s", "sitemap", unusable).verdict == NOT_A_FEED
    check = judge("s", "sitemap", usable)
    assert (check.verdict, check.items, check.note) == (OK, 1, "news sitemap")


def _source(source_id: str, feeds=(), sitemaps=(), homepage=None, enabled=True, sections=()) -> SourceConfig:
    return SourceConfig(id=source_id, name=source_id, country="IQ", language="ar", homepage=homepage,
                        feeds=list(feeds), sitemaps=list(sitemaps), enabled=enabled, sections=list(sections))


def test_section_pages_count_the_links_their_pattern_matches(site):
    sources = [_source("sectioned", sections=[{"url": site.base + "/", "article_pattern": r"/akhbar/2026/"}]),
               _source("mismatched", sections=[{"url": site.base + "/", "article_pattern": r"/sport/"}])]
    good, bad = check_sources(sources, user_agent=UA, timeout=5)
    assert [(c.kind, c.verdict, c.items) for c in good.checks] == [("section", "ok", 2)]
    assert good.usable
    assert [(c.verdict, c.note) for c in bad.checks] == [("not_a_feed", "no link matches article_pattern")]
    assert not bad.usable


def test_check_sources_keeps_order_sends_user_agent_and_limits_per_host(site, odd):
    sources = [
        _source("good", [site.base + "/akhbar/feed.xml"], [site.base + "/sitemaps/news-latest.xml"], site.base + "/"),
        _source("walled", [odd.base + "/forbidden"], homepage=odd.base + "/challenge-200"),
        _source("busy", [odd.base + f"/hold{i}" for i in range(6)]),
    ]
    reports = check_sources(sources, user_agent=UA, timeout=5, workers=8, per_host=2)
    assert [r.source_id for r in reports] == ["good", "walled", "busy"]
    assert [c.kind for c in reports[0].checks] == ["feed", "sitemap", "homepage"]
    assert [r.usable for r in reports] == [True, False, False]
    assert [c.verdict for c in reports[1].checks] == ["blocked", "blocked"]
    assert set(odd.user_agents) == {UA}
    assert 1 <= odd.max_in_flight <= 2


def _config_dir(tmp_path: Path, sources: list[dict]) -> Path:
    directory = tmp_path / "config"
    directory.mkdir()
    (directory / "settings.yaml").write_text(yaml.safe_dump({
        "database_url": f"sqlite:///{tmp_path / 'db.sqlite'}", "crawl": {"user_agent": UA}}), encoding="utf-8")
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
    (directory / "alerts.yaml").write_text("recipients: []\n", encoding="utf-8")
    return directory


def test_cli_check_json_and_table(tmp_path, site, odd, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    config = _config_dir(tmp_path, [
        {"id": "wadi", "name": "Wadi", "country": "IQ", "language": "ar", "homepage": site.base + "/",
         "feeds": [site.base + "/akhbar/feed.xml", odd.base + "/moved"]},
        {"id": "gone-outlet", "name": "Gone", "country": "SY", "language": "ar", "enabled": False,
         "disabled_reason": "feed vanished", "feeds": [odd.base + "/gone"]},
    ])
    assert main(["--config", str(config), "sources", "check", "--json", "--timeout", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    wadi, gone = data["sources"]
    assert [c["verdict"] for c in wadi["checks"]] == ["ok", "moved", "ok"]
    assert wadi["checks"][1]["final_url"] == site.base + "/akhbar/feed.xml"
    assert (gone["enabled"], gone["usable"], gone["checks"][0]["verdict"]) == (False, False, "not_found")

    assert main(["--config", str(config), "sources", "check", "--source", "gone-outlet"]) == 0
    out = capsys.readouterr().out
    assert "gone-outlet (disabled)" in out and "not_found" in out and "wadi" not in out


def test_cli_check_unknown_source_is_a_one_line_usage_error(tmp_path, capsys):
    config = _config_dir(tmp_path, [{"id": "wadi", "name": "Wadi", "country": "IQ", "language": "ar",
                                     "feeds": ["http://127.0.0.1:9/feed.xml"]}])
    assert main(["--config", str(config), "sources", "check", "--source", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "basewatch: error: unknown source id(s): nope"


def test_plain_sources_still_prints_the_health_table(tmp_path, capsys):
    config = _config_dir(tmp_path, [{"id": "wadi", "name": "Wadi", "country": "IQ", "language": "ar",
                                     "feeds": ["http://127.0.0.1:9/feed.xml"]}])
    store.open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}").dispose()  # read commands never create a database
    assert main(["--config", str(config), "sources"]) == 0
    out = capsys.readouterr().out
    assert "1 sources" in out and "wadi" in out
