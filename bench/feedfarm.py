"""A farm of synthetic outlets on 127.0.0.1: N feeds, one new article each, some reporting strikes.

Used by bench/scale.py and the multi-node test. Feeds answer conditional GETs with 304 and the
server counts requests per path, so "every feed polled once" can be checked.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# (base as written, attack) pairs for the strike articles; every one is a different installation.
STRIKES = [
    ("Ain al-Asad air base", "rockets"), ("Al-Tanf garrison", "a drone"), ("Harir air base", "two drones"),
    ("Erbil air base", "a drone"), ("the Conoco field base", "rockets"), ("Tower 22", "a drone"),
    ("Victory base near Baghdad airport", "three rockets"), ("Shaddadi base", "rockets"),
]
NEUTRAL = [
    "The municipality opened a new water treatment plant that will serve forty thousand homes.",
    "Wheat farmers expect a better harvest after the winter rains, the agriculture ministry said.",
    "The national football team named a new coach ahead of the regional championship.",
    "Parliament postponed its vote on the budget to next week after a dispute over salaries.",
]


def _strike_text(number: int) -> tuple[str, str]:
    base, weapon = STRIKES[number % len(STRIKES)]
    title = f"{weapon.capitalize()} hit {base}"
    body = (f"Attackers struck {base} with {weapon} late last night, security officials said. "
            f"Sirens sounded across the installation and no casualties were reported.")
    return title, body


def _neutral_text(number: int) -> tuple[str, str]:
    sentence = NEUTRAL[number % len(NEUTRAL)]
    return f"Outlet {number} local news", f"{sentence} Report number {number} from the regional desk."


class FeedFarm:
    """`feeds` outlets; outlets whose number is below `strikes` carry a strike report."""

    def __init__(self, feeds: int, *, strikes: int = 0, now: datetime | None = None):
        self.feeds, self.strikes = feeds, strikes
        self.now = (now or datetime.now(UTC)).replace(microsecond=0)
        self.hits: Counter[str] = Counter()
        self.bytes_sent = 0
        self._lock = threading.Lock()
        farm = self
        handler = type("Handler", (_Handler,), {"farm": farm})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.request_queue_size = 256

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def feed_url(self, number: int) -> str:
        return f"{self.base}/feeds/{number}.xml"

    def source_entries(self, interval_minutes: int = 60) -> list[dict]:
        """Config entries for every outlet of the farm."""
        return [{"id": f"farm-{n:04d}", "name": f"Farm outlet {n}", "country": "IQ", "language": "en",
                 "feeds": [self.feed_url(n)], "interval_minutes": interval_minutes} for n in range(self.feeds)]

    def text(self, number: int) -> tuple[str, str]:
        return _strike_text(number) if number < self.strikes else _neutral_text(number)

    def feed(self, number: int) -> bytes:
        title, body = self.text(number)
        published = format_datetime(self.now - timedelta(minutes=30), usegmt=True)
        return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Farm {number}</title>"
                f"<link>{self.base}/</link><item><title>{title}</title>"
                f"<link>{self.base}/articles/{number}.html</link><pubDate>{published}</pubDate>"
                f"<description>{body[:80]}</description></item></channel></rss>").encode()

    def article(self, number: int) -> bytes:
        title, body = self.text(number)
        return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
                f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>"
                f"<p>{body}</p><p>Officials gave no further details. The investigation continues.</p></article>"
                f"<footer>Farm outlet {number}. All rights reserved.</footer></body></html>").encode()

    def start(self) -> FeedFarm:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FeedFarm:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    farm: FeedFarm

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        farm = self.farm
        with farm._lock:
            farm.hits[path] += 1
        try:
            kind, name = path.strip("/").split("/", 1)
            number = int(name.split(".", 1)[0])
        except ValueError:
            kind, number = "", -1
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if not 0 <= number < farm.feeds or kind not in ("feeds", "articles"):
            return self._send(404, b"not found", "text/plain")
        body = farm.feed(number) if kind == "feeds" else farm.article(number)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if kind == "feeds" and self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", None, etag)
        content_type = "application/rss+xml" if kind == "feeds" else "text/html; charset=utf-8"
        self._send(200, body, content_type, etag)

    def _send(self, status: int, body: bytes, content_type: str | None, etag: str | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        with self.farm._lock:
            self.farm.bytes_sent += len(body)
