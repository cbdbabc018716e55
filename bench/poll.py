"""Poll 500 local feeds: wall time and bytes of an unchanged (304) cycle and a 10%-changed one; daemon RSS over cycles.

Each feed is its own host (127.0.x.y on loopback, one asyncio server per address), as 500 outlets
would be, so per-host politeness applies as in production. Prints figures; asserts nothing.

    .venv/bin/python bench/poll.py [--feeds 500] [--memory-cycles 100] [--memory-feeds 50]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.cycle import run_cycle  # noqa: E402
from crawler.daemon import Daemon  # noqa: E402
from pipelines.config import load_config  # noqa: E402


def _address(index: int) -> str:
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


class Outlets:
    """Feeds with ETag/Last-Modified and 304s; `publish(i)` adds an item to feed i."""

    def __init__(self, count: int):
        self.count = count
        self.items = {i: 1 for i in range(count)}
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self.bytes_out = 0
        self.requests = 0

    def feed(self, index: int) -> bytes:
        host = f"http://{_address(index)}:{self.port}"
        items = "".join(f"<item><title>Outlet {index} story {n}</title><link>{host}/a/{n}.html</link>"
                        f"<description>Story {n} of outlet {index}.</description></item>"
                        for n in range(self.items[index], 0, -1))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {index}</title>{items}'
                f"</channel></rss>").encode()

    async def handle(self, reader, writer) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1]
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        index = int(headers.get("host", "").split(":")[0].split(".")[2]) - 1
        index = index * 250 + int(headers["host"].split(":")[0].split(".")[3]) - 1
        status, body, extra = 200, b"", ""
        if path == "/robots.txt":
            body, kind = b"User-agent: *\nDisallow:\n", "text/plain"
        elif path == "/feed.xml":
            body, kind = self.feed(index), "application/rss+xml"
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            extra = f"ETag: {etag}\r\nLast-Modified: Mon, 02 Mar 2026 00:00:00 GMT\r\n"
            if headers.get("if-none-match") == etag:
                status, body = 304, b""
        else:
            body = (f"<html><body><article><h1>Outlet {index}</h1>"
                    + "<p>The council met on Monday to discuss roads, schools and the budget.</p>" * 8
                    + "</article></body></html>").encode()
            kind = "text/html; charset=utf-8"
        reason = {200: "OK", 304: "Not Modified"}[status]
        response = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
                    f"{extra}Connection: close\r\n\r\n").encode() + body
        self.bytes_out += len(response)
        self.requests += 1
        writer.write(response)
        await writer.drain()
        writer.close()

    def start(self) -> Outlets:
        async def serve() -> None:
            first = await asyncio.start_server(self.handle, _address(0), 0)
            self.port = first.sockets[0].getsockname()[1]
            for index in range(1, self.count):
                await asyncio.start_server(self.handle, _address(index), self.port)

        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(serve(), self.loop).result(60)
        return self

    def url(self, index: int) -> str:
        return f"http://{_address(index)}:{self.port}/feed.xml"


def _config(directory: Path, outlets: Outlets, count: int):
    sources = [{"id": f"outlet-{i}", "name": f"Outlet {i}", "country": "IQ", "language": "en",
                "feeds": [outlets.url(i)]} for i in range(count)]
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}))
    (directory / "settings.yaml").write_text(yaml.safe_dump({
        "database_url": f"sqlite:///{directory / 'bench.db'}",
        "smtp": {"host": "127.0.0.1", "port": 9, "timeout_seconds": 2},
        "crawl": {"cycle_timeout_seconds": 900}, "metrics": {"enabled": False}}))
    (directory / "alerts.yaml").write_text(yaml.safe_dump({"recipients": []}))
    return load_config(directory)


def _cycle(config, outlets: Outlets, label: str) -> None:
    before_bytes, before_requests = outlets.bytes_out, outlets.requests
    result = run_cycle(config, only={s.id for s in config.sources}, log_level="WARNING")
    stats = result.stats
    print(f"{label:<28} wall {result.seconds:6.1f} s  requests {outlets.requests - before_requests:5d}  "
          f"bytes served {outlets.bytes_out - before_bytes:9d}  received {stats.get('downloader/response_bytes', 0):9d}  "
          f"feeds parsed {stats.get('basewatch/parsed/feed', 0):4d}  304s {stats.get('basewatch/feed_not_modified', 0):4d}  "
          f"articles {stats.get('basewatch/entries_new', 0):4d}", flush=True)
    phases = {key.removeprefix("basewatch/t/"): value for key, value in stats.items() if key.startswith("basewatch/t/")}
    order = ["planned_in_parent", "imported", "spider_opened", "first_request", "last_response", "idle", "closed", "exit"]
    print("    phases (s; parent planning, then since the cycle process started): "
          + "  ".join(f"{name} {phases[name]:.2f}" for name in order if name in phases)
          + (f"  pipeline open {stats['basewatch/pipeline_open_seconds']:.2f}" if "basewatch/pipeline_open_seconds" in stats else ""),
          flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--memory-cycles", type=int, default=100)
    parser.add_argument("--memory-feeds", type=int, default=500)
    args = parser.parse_args()
    outlets = Outlets(max(args.feeds, args.memory_feeds)).start()
    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
        config = _config(Path(tmp), outlets, args.feeds)
        print(f"{args.feeds} feeds, each on its own loopback host; 2 CPUs: {psutil.cpu_count()}")
        _cycle(config, outlets, "first poll (all new)")
        _cycle(config, outlets, "unchanged (all 304)")
        for index in range(0, args.feeds, 10):
            outlets.items[index] += 1
        _cycle(config, outlets, "10% changed")
        _cycle(config, outlets, "unchanged again")
        if args.memory_cycles:
            mem_dir = Path(tmp) / "memory"
            mem_dir.mkdir()
            _config(mem_dir, outlets, args.memory_feeds)
            daemon = Daemon(str(mem_dir), None)
            me = psutil.Process()
            everyone = {s.id for s in daemon.config.sources}
            samples = []
            for number in range(args.memory_cycles):
                run_cycle(daemon.config, only=everyone, log_level="WARNING")
                daemon.send_job()
                samples.append(me.memory_info().rss)
                if number % 10 == 9:
                    print(f"  cycle {number + 1:3d}: daemon RSS {samples[-1] / 2**20:6.1f} MiB", flush=True)
            first, last = samples[min(1, len(samples) - 1)], samples[-1]
            print(f"daemon RSS over {len(samples)} cycles of {args.memory_feeds} feeds: after cycle 2 "
                  f"{first / 2**20:.1f} MiB, last {last / 2**20:.1f} MiB, max {max(samples) / 2**20:.1f} MiB, "
                  f"growth {100 * (last - first) / first:+.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
