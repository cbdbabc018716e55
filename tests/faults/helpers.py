"""Small misbehaving HTTP servers on 127.0.0.1 for the fault suite: each path is a function."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from email.utils import format_datetime
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

Route = Callable[["FaultHandler"], None]


class FaultHandler(BaseHTTPRequestHandler):
    server_version = "basewatch-faults/1"
    protocol_version = "HTTP/1.0"
    routes: dict[str, Route]
    log: list[tuple[str, dict]]
    base: str

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.log.append((path, dict(self.headers.items())))
        route = self.routes.get(path) or self.routes.get("*")
        if route is None:
            self.reply(404, b"not found\n", "text/plain")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reply(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class FaultServer:
    """`routes` maps a path (or "*") to a function of the handler; `log` keeps (path, headers) of requests."""

    def __init__(self, routes: dict[str, Route] | None = None):
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[tuple[str, dict]] = []
        handler = type("Handler", (FaultHandler,), {"routes": self.routes, "log": self.log})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        handler.base = self.base

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def hits(self, path: str) -> int:
        return sum(1 for seen, _ in self.log if seen == path)

    def __enter__(self) -> FaultServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(items: list[dict], *, ttl: int | None = None, prolog: str = "") -> bytes:
    """An RSS 2.0 feed; each item has title, link and optional pubDate / description (raw strings)."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>t</title>']
    if ttl:
        parts.append(f"<ttl>{ttl}</ttl>")
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{item.get('raw_title') or escape(item['title'])}</title><link>{item['link']}</link>")
        if item.get("pubDate"):
            parts.append(f"<pubDate>{item['pubDate']}</pubDate>")
        if item.get("description"):
            parts.append(f"<description>{escape(item['description'])}</description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
            f"<body><article><h1>{escape(title)}</h1>{body}</article></body></html>").encode("utf-8")


def static(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
           headers: dict[str, str] | None = None) -> Route:
    return lambda handler: handler.reply(status, body, content_type, headers)


def stream(total: int, *, chunk: int = 1 << 16, content_type: str = "text/html", length: bool = False) -> Route:
    """A body of `total` bytes written in chunks, with or without Content-Length (then closed)."""
    def route(handler: FaultHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if length:
            handler.send_header("Content-Length", str(total))
        handler.end_headers()
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        sent = 0
        while sent < total:
            handler.wfile.write(block)
            sent += len(block)
    return route


def trickle(seconds_per_byte: float, *, limit: int = 30) -> Route:
    """One byte every few seconds (bounded, so the test ends even if the client never gives up)."""
    def route(handler: FaultHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        for _ in range(limit):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(seconds_per_byte)
    return route


def hang(seconds: float) -> Route:
    def route(handler: FaultHandler) -> None:
        time.sleep(seconds)
        handler.reply(200, b"User-agent: *\nDisallow:\n", "text/plain")
    return route


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, seconds: float, what: str):
    """The predicate's first true value, polled every 0.2 s; an AssertionError naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")
