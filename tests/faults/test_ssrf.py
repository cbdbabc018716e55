"""Links and redirects to the operator's own network are refused: crawl, sources check, discover, fixtures record.

Two loopback servers on different ports stand in for an outlet on the internet ("public", the
configured origin) and a service on the operator's network ("internal"). `crawl.allow_private_networks`
is empty, so only the configured origin may be private.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import socket
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import sessions_for, write_config
from crawler.cli.main import main
from crawler.daemon.cycle import run_cycle
from helpers import FaultServer, closed_port, page, rss, static
from pipelines.store import models as store
from pipelines.config import load_config

pytestmark = pytest.mark.timeout(240)

SECRET = "Internal console: replication key 5be1-cafe, never for publication."
ROBOTS = {"/robots.txt": static(b"User-agent: *\nDisallow:\n", "text/plain")}
LOOPBACK = "loopback address 127.0.0.1"

# source id -> (the hostile link, given the two servers' bases and the internal port; what the refusal says)
CASES = {
    "loopback": (lambda pub, internal, port: f"{internal}/secret/loopback", LOOPBACK),
    "localhost": (lambda pub, internal, port: f"http://localhost:{port}/secret/localhost", "loopback address"),
    "decimal": (lambda pub, internal, port: f"http://2130706433:{port}/secret/decimal", LOOPBACK),
    "hex-short": (lambda pub, internal, port: f"http://0x7f.1:{port}/secret/hex-short", LOOPBACK),
    "dotted-short": (lambda pub, internal, port: f"http://127.1:{port}/secret/dotted-short", LOOPBACK),
    # The cloud metadata address (169.254.169.254) is refused by the same check; it is tested without a crawl in
    # tests/test_netguard.py, so that a broken guard could never send a request off this machine.
    "article-redirect": (lambda pub, internal, port: f"{pub}/article-redirect/hop.html", LOOPBACK),
}


@contextmanager
def stderr_into(path: Path):
    """File descriptor 2 (which the crawl subprocess inherits) goes to a file: the operator's log."""
    sys.stderr.flush()
    saved = os.dup(2)
    with path.open("wb") as handle:
        os.dup2(handle.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _feed(pub: str, slug: str, hostile: str) -> bytes:
    return rss([{"title": f"{slug} own story", "link": f"{pub}/{slug}/own.html"},
                {"title": f"{slug} linked story", "link": hostile,
                 "description": f"The {slug} feed's own summary of the linked story."}])


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ssrf")
    with FaultServer() as public, FaultServer() as internal:
        pub, port = public.base, internal.httpd.server_address[1]
        public.routes.update(ROBOTS)
        internal.routes["*"] = static(page("Internal console", [SECRET] * 3))
        internal.routes["/feed.xml"] = static(rss([{"title": "internal item", "link": f"{internal.base}/secret/item"}]),
                                              "application/rss+xml")
        sources = []
        for slug, (hostile, _) in CASES.items():
            public.routes[f"/{slug}/feed.xml"] = static(_feed(pub, slug, hostile(pub, internal.base, port)),
                                                        "application/rss+xml")
            public.routes[f"/{slug}/own.html"] = static(page(f"{slug} own story", [
                f"The {slug} desk wrote this story on its own site, long enough to be an article body.",
                "Council members met on Monday to discuss the budget and the new bus routes."] * 3))
            sources.append({"id": slug, "name": slug, "country": "IQ", "language": "en",
                            "homepage": f"{pub}/{slug}/", "feeds": [f"{pub}/{slug}/feed.xml"]})
        public.routes["/article-redirect/hop.html"] = static(
            b"", status=302, headers={"Location": f"{internal.base}/secret/article-redirect"})
        public.routes["/feed-redirect/feed.xml"] = static(b"", status=302, headers={"Location": f"{internal.base}/feed.xml"})
        sources.append({"id": "feed-redirect", "name": "feed-redirect", "country": "IQ", "language": "en",
                        "feeds": [f"{pub}/feed-redirect/feed.xml"]})
        # Another outlet whose homepage is the internal origin: trusted for that outlet alone, not for the others.
        public.routes["/other-outlet/feed.xml"] = static(rss([]), "application/rss+xml")
        sources.append({"id": "other-outlet", "name": "other-outlet", "country": "IQ", "language": "en",
                        "homepage": f"{internal.base}/", "feeds": [f"{pub}/other-outlet/feed.xml"]})
        config = load_config(write_config(
            tmp / "config", database=f"sqlite:///{tmp / 'db.sqlite'}", smtp_port=closed_port(), sources=sources,
            recipients=[], crawl={"allow_private_networks": [], "download_timeout_seconds": 5}))
        with stderr_into(tmp / "cycle.log"):
            result = run_cycle(config, only={s["id"] for s in sources})
        yield {"result": result, "sessions": sessions_for(config), "internal": internal, "public": public,
               "log": (tmp / "cycle.log").read_bytes().decode("utf-8", "replace")}


def _articles(crawled, source_id: str) -> list[store.Article]:
    with crawled["sessions"]() as session:
        return session.scalars(select(store.Article).where(store.Article.source_id == source_id)
                               .order_by(store.Article.id)).all()


@pytest.mark.parametrize("slug", list(CASES))
def test_crawl_refuses_a_link_to_an_internal_address(crawled, slug):
    said = CASES[slug][1]
    assert crawled["result"].returncode == 0
    (own,) = [a for a in _articles(crawled, slug) if a.url.endswith("/own.html")]
    (linked,) = [a for a in _articles(crawled, slug) if not a.url.endswith("/own.html")]
    # Stored: the source's own page in full; for the refused link, only what the feed itself said.
    assert own.extraction_ok and "own site" in own.text
    assert linked.title == f"{slug} linked story" and not linked.extraction_ok and not linked.text
    assert linked.summary == f"The {slug} feed's own summary of the linked story."
    assert "refused" in linked.extraction_error and said in linked.extraction_error
    with crawled["sessions"]() as session:
        assert not session.scalars(select(store.Article).where(store.Article.text.like("%replication key%"))).all()
    # Sent: nothing reached the internal server for this source.
    assert crawled["internal"].hits(f"/secret/{slug}") == 0
    # Seen: one log line naming the source, the URL and the address class.
    assert any(f"source {slug}: refused" in line and said in line for line in crawled["log"].splitlines())


def test_crawl_refuses_a_feed_that_redirects_to_an_internal_address(crawled):
    with crawled["sessions"]() as session:
        source = session.get(store.Source, "feed-redirect")
    assert source.error_streak == 1 and "refused" in source.last_error and LOOPBACK in source.last_error
    assert not _articles(crawled, "feed-redirect")
    assert crawled["internal"].hits("/feed.xml") == 0 and crawled["internal"].hits("/secret/item") == 0
    assert any("source feed-redirect: refused" in line for line in crawled["log"].splitlines())


def test_crawl_sends_nothing_at_all_to_the_internal_server(crawled):
    assert crawled["internal"].log == [], "not even a robots.txt request"
    stats = crawled["result"].stats
    assert stats.get("netguard/refused/loopback") == 7  # five links, one article hop, one feed hop
    assert crawled["public"].hits("/article-redirect/hop.html") == 1, "the public hop itself was fetched"


def _tool_config(tmp_path: Path, sources: list[dict]) -> Path:
    return write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
                        sources=sources, recipients=[], crawl={"allow_private_networks": []})


def test_sources_check_refuses_a_redirect_to_an_internal_address(tmp_path, capsys, caplog):
    with FaultServer() as public, FaultServer() as internal:
        internal.routes["/feed.xml"] = static(rss([{"title": SECRET, "link": f"{internal.base}/x"}]),
                                              "application/rss+xml")
        public.routes["/feed.xml"] = static(b"", status=302, headers={"Location": f"{internal.base}/feed.xml"})
        public.routes["/"] = static(page("Home", ["Welcome to the outlet."]))
        config = _tool_config(tmp_path, [{"id": "checked", "name": "Checked", "country": "IQ", "language": "en",
                                          "homepage": public.base + "/", "feeds": [public.base + "/feed.xml"]}])
        with caplog.at_level(logging.WARNING):
            assert main(["--config", str(config), "sources", "check", "--json", "--timeout", "5"]) == 0
    (report,) = json.loads(capsys.readouterr().out)["sources"]
    feed, home = report["checks"]
    assert (feed["verdict"], feed["status"], feed["items"]) == ("refused", None, None)
    assert feed["final_url"] == f"{internal.base}/feed.xml" and LOOPBACK in feed["note"]
    assert home["verdict"] == "ok" and not report["usable"]
    assert internal.log == []
    assert f"source checked: refused {internal.base}/feed.xml ({LOOPBACK})" in caplog.text


def test_discover_refuses_feed_links_and_robots_sitemaps_on_internal_addresses(tmp_path, capsys):
    with FaultServer() as public, FaultServer() as internal:
        port = internal.httpd.server_address[1]
        internal.routes["/feed.xml"] = static(rss([{"title": SECRET, "link": f"{internal.base}/x"}]),
                                              "application/rss+xml")
        internal.routes["/news-sitemap.xml"] = static(
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://x/1</loc></url></urlset>',
            "application/xml")
        public.routes["/"] = static(f'<html lang="en"><head><title>Outlet</title><link rel="alternate" '
                                    f'type="application/rss+xml" href="{internal.base}/feed.xml"></head>'
                                    f'<body><p>News.</p></body></html>'.encode())
        public.routes["/robots.txt"] = static(f"Sitemap: http://localhost:{port}/news-sitemap.xml\n".encode(),
                                              "text/plain")
        code = main(["--config", str(_tool_config(tmp_path, [])), "sources", "discover", public.base + "/",
                     "--timeout", "5"])
    entry = capsys.readouterr().out
    assert code == 1, "nothing usable found: the only feed and sitemap are internal"
    assert internal.log == []
    assert f"# refused, not fetched: {internal.base}/feed.xml ({LOOPBACK}" in entry
    assert f"# refused, not fetched: http://localhost:{port}/news-sitemap.xml (loopback address" in entry
    assert "- url:" not in entry and SECRET not in entry


def test_fixtures_record_refuses_internal_pages(tmp_path, capsys):
    with FaultServer() as public, FaultServer() as internal:
        internal.routes["*"] = static(page("Internal console", [SECRET] * 3))
        public.routes["/feed.xml"] = static(rss([
            {"title": "one", "link": f"{public.base}/1.html"},
            {"title": "two", "link": f"http://[::ffff:127.0.0.1]:{internal.httpd.server_address[1]}/secret/two"},
            {"title": "three", "link": f"{public.base}/hop.html"}]), "application/rss+xml")
        public.routes["/1.html"] = static(page("one", ["A page of the outlet itself."] * 3))
        public.routes["/hop.html"] = static(b"", status=302, headers={"Location": f"{internal.base}/secret/three"})
        config = _tool_config(tmp_path, [{"id": "rec", "name": "Rec", "country": "IQ", "language": "en",
                                          "feeds": [public.base + "/feed.xml"]}])
        out = tmp_path / "recorded"
        code = main(["--config", str(config), "fixtures", "record", "rec", "--out", str(out), "--pages", "3",
                     "--timeout", "5"])
    assert code == 0 and "(2 page(s) failed, see meta.json)" in capsys.readouterr().out
    meta = json.loads((out / "rec" / "meta.json").read_text(encoding="utf-8"))
    assert [p["file"] for p in meta["pages"]] == ["page-01.html", None, None]
    assert [p["error"] for p in meta["pages"]] == [None, "refused: ipv4-mapped address ::ffff:127.0.0.1",
                                                   f"refused: {LOOPBACK}"]
    assert meta["pages"][2]["final_url"] == f"{internal.base}/secret/three"
    assert not any(SECRET.encode() in path.read_bytes() for path in (out / "rec").iterdir())
    assert internal.log == []


REBINDING = Path(__file__).resolve().parent / "rebinding"


def _rebinding_dns():
    """tests/faults/rebinding/sitecustomize.py as a module, for the in-process tools."""
    spec = importlib.util.spec_from_file_location("rebinding_dns", REBINDING / "sitecustomize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_crawl_connects_only_to_the_address_it_checked(tmp_path, monkeypatch):
    """DNS rebinding: a name answers an allowed address (127.0.0.2, standing in for a public one) to the
    check, then the internal server's 127.0.0.1 to any later lookup. The crawl must connect to 127.0.0.2."""
    name = "rebind.basewatch.test"
    monkeypatch.setenv("BASEWATCH_TEST_REBIND", f"{name} 127.0.0.2 127.0.0.1")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REBINDING), os.environ.get("PYTHONPATH")])))
    with FaultServer() as public, FaultServer() as internal:
        public.routes.update(ROBOTS)
        internal.routes["*"] = static(page("Internal console", [SECRET] * 3))
        hostile = f"http://{name}:{internal.httpd.server_address[1]}/secret/rebind"
        public.routes["/rebind/feed.xml"] = static(_feed(public.base, "rebind", hostile), "application/rss+xml")
        public.routes["/rebind/own.html"] = static(page("rebind own story", [
            "The rebind desk wrote this story on its own site, long enough to be an article body."] * 4))
        config = load_config(write_config(
            tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
            sources=[{"id": "rebind", "name": "rebind", "country": "IQ", "language": "en",
                      "feeds": [f"{public.base}/rebind/feed.xml"]}],
            recipients=[], crawl={"allow_private_networks": ["127.0.0.2/32"], "download_timeout_seconds": 5}))
        with stderr_into(tmp_path / "cycle.log"):
            result = run_cycle(config, only={"rebind"})
    assert result.returncode == 0
    assert internal.log == [], "neither robots.txt nor the page was asked of the rebound address"
    with sessions_for(config)() as session:
        (linked,) = session.scalars(select(store.Article).where(store.Article.url == hostile)).all()
        assert linked.title == "rebind linked story" and not linked.text and not linked.extraction_ok
        assert not session.scalars(select(store.Article).where(store.Article.text.like("%replication key%"))).all()


def test_sources_check_connects_only_to_the_address_it_checked(tmp_path, capsys, monkeypatch):
    """The same rebinding name behind a redirect, for the urllib tools (sources check here)."""
    name = "rebind-check.basewatch.test"
    # monkeypatch remembers the real functions, so they come back after install() replaced them
    monkeypatch.setattr(socket, "getaddrinfo", socket.getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", socket.gethostbyname)
    _rebinding_dns().install(name, "127.0.0.2", "127.0.0.1")
    with FaultServer() as public, FaultServer() as internal:
        internal.routes["/feed.xml"] = static(rss([{"title": SECRET, "link": f"{internal.base}/x"}]),
                                              "application/rss+xml")
        target = f"http://{name}:{internal.httpd.server_address[1]}/feed.xml"
        public.routes["/feed.xml"] = static(b"", status=302, headers={"Location": target})
        config = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                              smtp_port=closed_port(), recipients=[], crawl={"allow_private_networks": ["127.0.0.2/32"]},
                              sources=[{"id": "checked", "name": "Checked", "country": "IQ", "language": "en",
                                        "feeds": [public.base + "/feed.xml"]}])
        assert main(["--config", str(config), "sources", "check", "--json", "--timeout", "5"]) == 0
    (feed,) = json.loads(capsys.readouterr().out)["sources"][0]["checks"]
    assert (feed["verdict"], feed["items"]) == ("unreachable", None), "connected to 127.0.0.2, where nothing listens"
    assert internal.log == []
