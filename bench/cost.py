"""Cost per article against bare trafilatura on the same real pages, in one run: a crawl cycle and `basewatch extract`.

Pages: the 258 Fundus pages, then trafilatura's evaluation pages in file order, from
../shared/benchmarks (see their READMEs). Each run measures, side by side:

- a crawl cycle (`run_cycle`, fresh database) over --articles new articles listed by feeds on
  loopback hosts (127.0.x.y, --per-feed articles each), pages/s from the cycle's start to its
  end, against bare `trafilatura.extract` on the same pages in this process. Two ways: cold, a
  fresh crawl process as `basewatch crawl` runs one; and warm, as the daemon runs every cycle
  but its first: on its long-lived crawl process (crawl_server.CrawlServer), after one earlier
  cycle of --warmup other new pages on the same database;
- `basewatch extract --jsonl` on --pages pages, the whole command's wall time, against a bare
  trafilatura script reading the same JSON lines and writing one line per page.

    .venv/bin/python bench/cost.py [--runs 3] [--articles 500] [--warmup 20] [--pages 540] [--skip-cycle] [--skip-cli]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import psutil
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import trafilatura  # noqa: E402
from trafilatura.utils import decode_file  # noqa: E402

from crawler.daemon.crawl_server import CrawlServer  # noqa: E402
from crawler.daemon.cycle import run_cycle  # noqa: E402
from extraction import load_pages  # noqa: E402
from pipelines.config import load_config  # noqa: E402

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
# The same script both ways: read JSON lines, extract, write a line per page.
BARE = """
import json, sys, trafilatura
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    text = trafilatura.extract(record["html"], url=record["url"], include_comments=False)
    sys.stdout.write(json.dumps({"id": record["id"], "text": text}, ensure_ascii=False) + "\\n")
"""


def real_pages(count: int) -> list[tuple[str, str]]:
    """(url, html) of the Fundus pages, then the trafilatura evaluation pages, `count` in all."""
    pages = [(page.url, page.html) for page in load_pages(BENCHMARKS / "fundus")][:count]
    evaluation = BENCHMARKS / "trafilatura-eval"
    entries = json.loads((evaluation / "evaldata.json").read_text(encoding="utf-8"))
    for url, entry in sorted(entries.items(), key=lambda item: item[1]["file"]):
        if len(pages) >= count:
            break
        raw = gzip.decompress((evaluation / "html" / f"{entry['file']}.gz").read_bytes())
        pages.append((url, decode_file(raw)))
    return pages


def _address(index: int) -> str:
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


class Outlets:
    """Feeds on their own loopback hosts, each listing `per_feed` of the pages; counts article requests."""

    def __init__(self, pages: list[tuple[str, str]], per_feed: int):
        self.pages, self.per_feed = pages, per_feed
        self.feeds = (len(pages) + per_feed - 1) // per_feed
        self.articles = 0
        self.lock = threading.Lock()
        self.servers: list[ThreadingHTTPServer] = []

    def start(self) -> Outlets:
        handler = type("Handler", (_Handler,), {"outlets": self})
        port = 0
        for index in range(self.feeds):
            server = ThreadingHTTPServer((_address(index), port), handler)
            server.daemon_threads = True
            port = server.server_address[1]
            self.servers.append(server)
            threading.Thread(target=server.serve_forever, daemon=True).start()
        self.port = port
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def feed_url(self, index: int) -> str:
        return f"http://{_address(index)}:{self.port}/feed.xml"

    def feed(self, index: int) -> bytes:
        published = format_datetime(datetime.now(UTC) - timedelta(minutes=30), usegmt=True)
        items = "".join(
            f"<item><title>Story {n}</title><link>http://{_address(index)}:{self.port}/a/{n}.html</link>"
            f"<pubDate>{published}</pubDate><description>{escape(self.pages[n][0])}</description></item>"
            for n in range(index * self.per_feed, min(len(self.pages), (index + 1) * self.per_feed)))
        return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Outlet {index}</title>{items}</channel></rss>".encode()


class _Handler(BaseHTTPRequestHandler):
    outlets: Outlets

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        outlets = self.outlets
        host = self.headers.get("Host", "").split(":")[0].split(".")
        index = (int(host[2]) - 1) * 250 + int(host[3]) - 1
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/feed.xml":
            body, kind = outlets.feed(index), "application/rss+xml"
        else:
            with outlets.lock:
                outlets.articles += 1
            body, kind = outlets.pages[int(self.path.split("/")[-1].split(".")[0])][1].encode(), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def bare_pages_per_second(pages: list[tuple[str, str]]) -> float:
    """trafilatura.extract over the pages in this process (warmed up on the first)."""
    trafilatura.extract(pages[0][1], url=pages[0][0], include_comments=False)
    started = time.perf_counter()
    for url, html in pages:
        trafilatura.extract(html, url=url, include_comments=False)
    return len(pages) / (time.perf_counter() - started)


def bench_config(outlets: Outlets, directory: Path):
    """A config with one source per feed and a fresh SQLite database."""
    directory.mkdir()
    sources = [{"id": f"outlet-{i}", "name": f"Outlet {i}", "country": "IQ", "language": "en",
                "feeds": [outlets.feed_url(i)]} for i in range(outlets.feeds)]
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}))
    (directory / "settings.yaml").write_text(yaml.safe_dump({
        "database_url": f"sqlite:///{directory / 'bench.db'}", "smtp": {"host": "127.0.0.1", "port": 9},
        "crawl": {"cycle_timeout_seconds": 900, "allow_private_networks": ["127.0.0.0/8"]},
        "metrics": {"enabled": False}}))
    (directory / "alerts.yaml").write_text(yaml.safe_dump({"recipients": []}))
    return load_config(directory)


def cycle_pages_per_second(outlets: Outlets, config, feeds: range, server: CrawlServer | None = None) -> tuple[float, dict]:
    """One crawl cycle over these feeds: article pages fetched per second."""
    before, cpu = outlets.articles, _children_cpu()
    result = run_cycle(config, only={f"outlet-{i}" for i in feeds}, log_level="WARNING", server=server)
    fetched = outlets.articles - before
    return fetched / result.seconds, {"fetched": fetched, "seconds": result.seconds,
                                      "stored": result.stats.get("basewatch/articles_stored", 0),
                                      "cpu": result.stats.get("basewatch/cpu_seconds", 0),
                                      "tree_cpu": _children_cpu() - cpu}


def warm_cycle_pages_per_second(outlets: Outlets, config, feeds: range, warmup: range) -> tuple[float, dict]:
    """The daemon's way: one crawl process for both cycles; the second, over `feeds`, is measured."""
    server = CrawlServer()
    try:
        cycle_pages_per_second(outlets, config, warmup, server)
        return cycle_pages_per_second(outlets, config, feeds, server)
    finally:
        server.stop()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def command_seconds(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of a whole command (with the processes it reaped), output thrown away."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started, _children_cpu() - cpu


def _spread(values: list[float], digits: int = 2) -> str:
    return " / ".join(f"{value:.{digits}f}" for value in (min(values), statistics.median(values), max(values)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=500, help="new articles in the crawl cycle")
    parser.add_argument("--per-feed", type=int, default=10, help="articles listed by each feed")
    parser.add_argument("--warmup", type=int, default=20, help="other new articles in the warm process's first cycle")
    parser.add_argument("--pages", type=int, default=540, help="pages given to `basewatch extract`")
    parser.add_argument("--skip-cycle", action="store_true")
    parser.add_argument("--skip-cli", action="store_true")
    args = parser.parse_args()
    warmup_pages = -(-args.warmup // args.per_feed) * args.per_feed  # whole feeds, after the measured ones
    pages = real_pages(max(args.articles + warmup_pages, args.pages))
    print(f"{len(pages)} real pages; {psutil.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.1f}' for x in psutil.getloadavg())}", flush=True)
    cycle, warm, cycle_bare, cli, cli_bare = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-cost-") as tmp:
        jsonl = Path(tmp) / "pages.jsonl"
        with open(jsonl, "w", encoding="utf-8") as out:
            for number, (url, html) in enumerate(pages[:args.pages]):
                out.write(json.dumps({"id": number, "url": url, "html": html}, ensure_ascii=False) + "\n")
        outlets = Outlets(pages[:args.articles + warmup_pages], args.per_feed).start()
        measured = range(-(-args.articles // args.per_feed))
        warmup = range(len(measured), outlets.feeds)
        try:
            for run in range(1, args.runs + 1):
                if not args.skip_cycle:
                    rate, figures = cycle_pages_per_second(outlets, bench_config(outlets, Path(tmp) / f"cold-{run}"),
                                                           measured)
                    warm_rate, warm_figures = warm_cycle_pages_per_second(
                        outlets, bench_config(outlets, Path(tmp) / f"warm-{run}"), measured, warmup)
                    cycle.append(rate)
                    warm.append(warm_rate)
                    cycle_bare.append(bare_pages_per_second(pages[:args.articles]))
                    print(f"run {run}: cold cycle {rate:.1f} pages/s ({figures['fetched']} fetched, {figures['stored']} "
                          f"stored, {figures['seconds']:.1f} s, CPU s: cycle process {figures['cpu']:.1f}, with its workers "
                          f"{figures['tree_cpu']:.1f}), ratio {rate / cycle_bare[-1]:.2f}; warm cycle {warm_rate:.1f} "
                          f"pages/s ({warm_figures['fetched']} fetched, {warm_figures['stored']} stored, "
                          f"{warm_figures['seconds']:.1f} s, CPU s: crawl process {warm_figures['cpu']:.1f}), ratio "
                          f"{warm_rate / cycle_bare[-1]:.2f}; bare trafilatura {cycle_bare[-1]:.1f} pages/s", flush=True)
                if not args.skip_cli:
                    ours, ours_cpu = command_seconds([sys.executable, "-m", "crawler.cli", "extract", "--jsonl", str(jsonl)])
                    bare, bare_cpu = command_seconds([sys.executable, "-c", BARE, str(jsonl)])
                    cli.append(ours)
                    cli_bare.append(bare)
                    print(f"run {run}: basewatch extract --jsonl {ours:.1f} s ({ours_cpu:.0f} CPU s), bare trafilatura "
                          f"{bare:.1f} s ({bare_cpu:.0f} CPU s) on {args.pages} pages, ratio {ours / bare:.2f}", flush=True)
        finally:
            outlets.stop()
    print(f"\nmin / median / max of {args.runs} runs; load average now "
          f"{' '.join(f'{x:.1f}' for x in psutil.getloadavg())}")
    if cycle:
        print(f"cycle with {args.articles} new articles, pages/s: bare trafilatura {_spread(cycle_bare, 1)}; "
              f"cold (a fresh crawl process) {_spread(cycle, 1)}, ratio {_spread([a / b for a, b in zip(cycle, cycle_bare)])}; "
              f"warm (the daemon's crawl process, a later cycle) {_spread(warm, 1)}, ratio "
              f"{_spread([a / b for a, b in zip(warm, cycle_bare)])} (target >= 0.8)")
    if cli:
        print(f"basewatch extract --jsonl, {args.pages} pages, wall s: {_spread(cli, 1)}; bare trafilatura "
              f"{_spread(cli_bare, 1)}; ratio {_spread([a / b for a, b in zip(cli, cli_bare)])} (target <= 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
