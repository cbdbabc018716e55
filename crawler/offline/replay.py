"""A local HTTP server replaying recorded outlets: feeds and pages from folders, on 127.0.0.1.

Files ending in .xml, .html, .txt are Jinja2 templates with `base` (this server's URL) and
`ago(hours)` (a UTC datetime that many hours before the server's fixed clock), so recorded
outlets keep realistic, recent dates. Later layers (`publish`) shadow earlier ones, which is
how a test or the demo "publishes" new items between two crawl cycles. ETag and
Last-Modified are served, and conditional requests get 304.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from jinja2 import Environment, StrictUndefined

TEMPLATED = {".xml", ".html", ".htm", ".txt", ".rss", ".atom"}
TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
         ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
         ".txt": "text/plain; charset=utf-8"}


class ReplayServer:
    """Serve layered folders on 127.0.0.1 in a background thread."""

    def __init__(self, *layers: str | Path, port: int = 0, now: datetime | None = None):
        self.layers = [Path(layer) for layer in layers]
        self.now = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
        self.requests: list[tuple[str, str, int]] = []  # (method, path, status) for tests
        self._env = Environment(undefined=StrictUndefined, autoescape=False)
        self._env.filters["rfc822"] = lambda value: format_datetime(value, usegmt=True)
        self._env.filters["iso"] = lambda value: value.isoformat().replace("+00:00", "Z")
        handler = type("Handler", (_Handler,), {"replay": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def publish(self, layer: str | Path) -> None:
        """Lay a folder over the others: its files now win."""
        self.layers.append(Path(layer))

    def find(self, path: str) -> Path | None:
        relative = path.lstrip("/") or "index.html"
        for layer in reversed(self.layers):
            candidate = (layer / relative).resolve()
            if layer.resolve() in candidate.parents and candidate.is_file():
                return candidate
        return None

    def render(self, file: Path) -> bytes:
        raw = file.read_bytes()
        if file.suffix not in TEMPLATED:
            return raw
        template = self._env.from_string(raw.decode("utf-8"))
        text = template.render(base=self.base, ago=lambda hours: self.now - timedelta(hours=hours))
        return text.encode("utf-8")

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="replay", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayServer
    server_version = "basewatch-replay/1"

    def log_message(self, format: str, *args) -> None:  # quiet: tests read self.replay.requests
        pass

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        self._serve(body=True)

    def _serve(self, *, body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        file = self.replay.find(path)
        if file is None:
            self._reply(404, b"not found\n", "text/plain")
            return
        content = self.replay.render(file)
        etag = '"' + hashlib.sha256(content).hexdigest()[:20] + '"'
        modified = self.replay.now - timedelta(minutes=1)
        if self.headers.get("If-None-Match") == etag or self._not_modified_since(modified):
            self._reply(304, b"", None, etag=etag, modified=modified)
            return
        content_type = TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self._reply(200, content if body else b"", content_type, etag=etag, modified=modified,
                    length=len(content))

    def _not_modified_since(self, modified: datetime) -> bool:
        since = self.headers.get("If-Modified-Since")
        if not since or self.headers.get("If-None-Match"):
            return False
        try:
            return parsedate_to_datetime(since) >= modified.replace(microsecond=0)
        except (TypeError, ValueError):
            return False

    def _reply(self, status: int, content: bytes, content_type: str | None, *, etag: str | None = None,
               modified: datetime | None = None, length: int | None = None) -> None:
        self.replay.requests.append((self.command, self.path, status))
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if etag:
            self.send_header("ETag", etag)
        if modified:
            self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
        self.send_header("Content-Length", str(length if length is not None else len(content)))
        self.end_headers()
        if content:
            self.wfile.write(content)
