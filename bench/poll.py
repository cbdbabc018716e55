"""Poll local feeds: cycle wall time and bytes (unchanged, 10% changed) against a bare Scrapy spider; daemon RSS; poll lag at scale.

Each feed is its own host (127.0.x.y on loopback, one asyncio server per address), as 500 outlets
would be, so per-host politeness applies as in production. Prints figures; asserts nothing.

    .venv/bin/python bench/poll.py [--feeds 500] [--runs 3] [--memory-cycles 100] [--memory-feeds 500]
        [--memory-changed 0.01] [--skip-cycles]
    .venv/bin/python bench/poll.py --feeds 10000 --changed 0.01 [--minutes 10] [--batch 500]

With --changed, `basewatch run` polls --feeds feeds due every 5 minutes for --minutes, while that
share of them publishes a story each interval; prints how late each poll came after its feed fell
due (median, 95th percentile, max) and the CPU the daemon and its cycles used.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

import psutil
import yaml
from sqlalchemy import select, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.daemon.cycle import run_cycle  # noqa: E402
from pipelines.store import models as store  # noqa: E402
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
        self.polls: dict[int, list[float]] = {}  # feed index -> monotonic times of its feed requests

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
            self.polls.setdefault(index, []).append(time.monotonic())
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


def _config(directory: Path, outlets: Outlets, count: int, *, interval_minutes: int = 60, **settings):
    sources = [{"id": f"outlet-{i}", "name": f"Outlet {i}", "country": "IQ", "language": "en",
                "feeds": [outlets.url(i)], "interval_minutes": interval_minutes} for i in range(count)]
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}))
    (directory / "settings.yaml").write_text(yaml.safe_dump({
        "database_url": f"sqlite:///{directory / 'bench.db'}",
        "smtp": {"host": "127.0.0.1", "port": 9, "timeout_seconds": 2},
        "crawl": {"cycle_timeout_seconds": 900}, "metrics": {"enabled": False}, **settings}))
    (directory / "alerts.yaml").write_text(yaml.safe_dump({"recipients": []}))
    return load_config(directory)


def _cycle(config, outlets: Outlets, label: str) -> float:
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
          + (f"  ingest setup {stats['basewatch/ingest_setup_seconds']:.2f}" if "basewatch/ingest_setup_seconds" in stats else "")
          + f"  | CPU s: planning {stats.get('basewatch/planning_cpu_seconds', 0):.2f}"
          f" cycle process {stats.get('basewatch/cpu_seconds', 0):.2f}", flush=True)
    return result.seconds


def _bare_scrapy(outlets: Outlets, count: int, directory: Path) -> float:
    """Wall seconds of bench/bare_spider.py sending each feed its current ETag (all 304), process start to exit."""
    feeds = [[outlets.url(i), '"' + hashlib.sha1(outlets.feed(i)).hexdigest()[:16] + '"'] for i in range(count)]
    path = directory / "bare-feeds.json"
    path.write_text(json.dumps(feeds))
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("bare_spider.py")), str(path)],
                          capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise RuntimeError(f"bare_spider.py failed: {done.stdout[-500:]} {done.stderr[-2000:]}")
    return seconds


def _cycle_processes(daemon: psutil.Process) -> list[psutil.Process]:
    """The daemon's crawl cycle (crawler.daemon.crawl_main) and everything it started (extraction workers)."""
    found = []
    try:
        for child in daemon.children():
            if "crawler.daemon.crawl_main" in (child.cmdline() or []):
                found.append(child)
                found.extend(child.children(recursive=True))
    except psutil.Error:
        pass
    return found


def _rss(processes: list[psutil.Process]) -> int:
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.Error:
            pass
    return total


class _DaemonLog:
    """Reads the daemon's JSON log as it grows: has a cycle that polled sources finished?"""

    def __init__(self, path: Path):
        self.path, self.offset, self.rest = path, 0, b""

    def cycle_done(self) -> bool:
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            data = handle.read()
        self.offset += len(data)
        *lines, self.rest = (self.rest + data).split(b"\n")
        done = False
        for line in lines:
            if b"crawl cycle done" in line:
                try:
                    done = done or json.loads(line).get("sources", 0) > 0
                except ValueError:
                    pass
        return done


def _memory(directory: Path, outlets: Outlets, *, feeds: int, cycles: int, changed: float) -> None:
    """`basewatch run` as operators run it (a subprocess, metrics served), for `cycles` crawl cycles.

    After each cycle every source is made due again (a second writer on the database), and a share
    of the feeds publish a story first, so each cycle polls all feeds and stores a few articles.
    Prints the daemon's RSS after each cycle and the cycle processes' peak RSS (sampled every 50 ms).
    """
    config = _config(directory, outlets, feeds, schedule={"tick_seconds": 1, "outbox_seconds": 30},
                     metrics={"enabled": True, "host": "127.0.0.1", "port": 0}, log_format="json")
    engine = store.open_engine(config.settings.database_url)
    sessions = store.session_factory(engine)
    log_path = directory / "daemon.log"
    root = Path(__file__).resolve().parents[1]
    with open(log_path, "ab") as out:
        process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--config", str(directory), "run"],
                                   cwd=root, stdout=out, stderr=out, start_new_session=True)
    log = _DaemonLog(log_path)
    daemon = psutil.Process(process.pid)
    step = max(1, round(1 / changed)) if changed > 0 else 0
    daemon_rss, cycle_peak, tree_peak, seconds = [], [], [], []
    print(f"daemon memory: {cycles} cycles of {feeds} feeds ({changed:.0%} changed per cycle), pid {process.pid}",
          flush=True)
    try:
        for number in range(cycles):
            if step:
                for index in range(number % step, feeds, step):
                    outlets.items[index] += 1
            with sessions.begin() as session:  # every source due now
                session.execute(update(store.Source).values(next_poll_at=store.utcnow() - timedelta(seconds=1)))
            started = time.monotonic()
            peak = tree = 0
            while not log.cycle_done():
                if process.poll() is not None:
                    raise RuntimeError(f"the daemon exited with {process.returncode}; see {log_path}")
                if time.monotonic() - started > 900:
                    raise RuntimeError(f"cycle {number + 1} did not finish in 900 s; see {log_path}")
                found = _cycle_processes(daemon)
                if found:
                    peak = max(peak, _rss(found[:1]))
                    tree = max(tree, _rss(found))
                time.sleep(0.05)
            seconds.append(time.monotonic() - started)
            daemon_rss.append(daemon.memory_info().rss)
            cycle_peak.append(peak)
            tree_peak.append(tree)
            if number % 10 == 9 or number == cycles - 1:
                print(f"  cycle {number + 1:3d}: daemon RSS {daemon_rss[-1] / 2**20:6.1f} MiB  cycle process peak "
                      f"{peak / 2**20:6.1f} MiB (with extraction workers {tree / 2**20:6.1f} MiB)  "
                      f"{seconds[-1]:5.1f} s", flush=True)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            code = "killed"
        engine.dispose()
    mib = 2**20
    base = daemon_rss[min(1, len(daemon_rss) - 1)]
    print(f"daemon RSS over {len(daemon_rss)} cycles of {feeds} feeds: after cycle 2 {base / mib:.1f} MiB, "
          f"last {daemon_rss[-1] / mib:.1f} MiB, min {min(daemon_rss) / mib:.1f}, max {max(daemon_rss) / mib:.1f} MiB, "
          f"growth {100 * (daemon_rss[-1] - base) / base:+.1f}% (max {100 * (max(daemon_rss) - base) / base:+.1f}%)")
    print(f"cycle process peak RSS: min {min(cycle_peak) / mib:.1f} MiB, max {max(cycle_peak) / mib:.1f} MiB; "
          f"with extraction workers max {max(tree_peak) / mib:.1f} MiB; cycle wall median "
          f"{sorted(seconds)[len(seconds) // 2]:.1f} s; daemon exit on SIGTERM: {code}", flush=True)


def _min_median_max(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    return ordered[0], ordered[len(ordered) // 2], ordered[-1]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def _schedule(directory: Path, outlets: Outlets, *, feeds: int, changed: float, minutes: float,
              interval_minutes: int = 5, batch: int | None = None) -> None:
    """`basewatch run` with every feed due each `interval_minutes`, at steady state; prints poll lag and CPU.

    Set-up, not measured: one cycle polls every (empty) feed once, fetching each host's robots.txt;
    then, as on a node that has run for a while, the feeds fall due at moments spread over the
    first interval. While the daemon runs, `changed` of the feeds publish one story per interval at
    random moments. The lag of a poll is how long after its feed fell due (the spread moment, then
    previous request + interval) it was requested; a feed overdue when the run ends counts with
    its lag so far.
    """
    interval = interval_minutes * 60
    crawl = {"cycle_timeout_seconds": 900, "allow_private_networks": ["127.0.0.0/8"]}
    schedule = {"adaptive": False, "min_interval_minutes": interval_minutes}
    for index in range(feeds):
        outlets.items[index] = 0
    setup_config = _config(directory, outlets, feeds, interval_minutes=interval_minutes,
                           schedule=schedule, crawl={**crawl, "max_sources_per_cycle": feeds})
    setup = run_cycle(setup_config, only={source.id for source in setup_config.sources}, log_level="WARNING")
    print(f"set-up: first poll of {setup.sources} feeds (robots.txt too) in one cycle, {setup.seconds:.0f} s",
          flush=True)
    if batch:
        crawl["max_sources_per_cycle"] = batch
    config = _config(directory, outlets, feeds, interval_minutes=interval_minutes, log_format="json",
                     schedule=schedule, crawl=crawl)
    tick = config.settings.schedule.tick_seconds
    print(f"schedule: {feeds} feeds due every {interval_minutes} min, {changed:.1%} publishing per interval, "
          f"{minutes:g} min of `basewatch run` (tick {tick} s, batches sized from the measured cost, at most "
          f"{config.settings.crawl.max_sources_per_cycle} sources per cycle); load average {' '.join(f'{x:.1f}' for x in psutil.getloadavg())}", flush=True)
    rng = random.Random(22)
    engine = store.open_engine(config.settings.database_url)
    due: dict[int, float] = {}
    with store.session_factory(engine).begin() as session:
        now, seeded = store.utcnow(), time.monotonic()
        for source in session.scalars(select(store.Source)):
            offset = rng.uniform(0, interval)
            source.next_poll_at = now + timedelta(seconds=offset)
            due[int(source.id.split("-")[1])] = seeded + offset
    engine.dispose()
    outlets.polls.clear()
    log_path = directory / "daemon.log"
    root = Path(__file__).resolve().parents[1]
    with open(log_path, "ab") as out:
        process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--config", str(directory), "run"],
                                   cwd=root, stdout=out, stderr=out, start_new_session=True)
    daemon = psutil.Process(process.pid)
    started = time.monotonic()
    per_story = interval / max(feeds * changed, 1e-9)
    next_story, published = started + rng.expovariate(1 / per_story), 0
    try:
        while time.monotonic() - started < minutes * 60:
            if process.poll() is not None:
                raise RuntimeError(f"the daemon exited with {process.returncode}; see {log_path}")
            while changed > 0 and time.monotonic() >= next_story:
                outlets.items[rng.randrange(feeds)] += 1  # the asyncio thread only reads it
                published += 1
                next_story += rng.expovariate(1 / per_story)
            time.sleep(0.2)
        ended, cpu = time.monotonic(), _tree_cpu(daemon)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
    _print_schedule(due, outlets.polls, started=started, ended=ended, interval=interval, log_path=log_path,
                    published=published, cpu=cpu, interval_minutes=interval_minutes)


def _print_schedule(due: dict[int, float], polls_at: dict[int, list[float]], *, started: float, ended: float,
                    interval: float, log_path: Path, published: int, cpu: float, interval_minutes: int) -> None:
    """The schedule run's figures: polls, cycles, lag after due (median, p95, max) and CPU per poll."""
    lags, overdue = [], 0
    for index, first_due in due.items():
        falls_due = first_due
        for at in polls_at.get(index, []):
            lags.append(max(0.0, at - falls_due))
            falls_due = at + interval
        if ended > falls_due:
            lags.append(ended - falls_due)  # due and not polled yet
            overdue += 1
    cycles = [json.loads(line) for line in log_path.read_bytes().splitlines() if b'"crawl cycle done"' in line]
    polls = sum(len(times) for times in polls_at.values())
    window = ended - started
    print(f"  {polls} polls in {window:.0f} s ({overdue} feeds overdue at the end, counted), {published} stories "
          f"published, {len(cycles)} cycles, {sum(1 for cycle in cycles if not cycle.get('ok'))} not ok")
    sizes = sorted(cycle.get("sources", 0) for cycle in cycles if cycle.get("sources"))
    if sizes:
        print(f"  sources per cycle: min {sizes[0]}  median {sizes[len(sizes) // 2]}  max {sizes[-1]}")
    print(f"  lag after due, s: median {_percentile(lags, 0.5):.1f}  p95 {_percentile(lags, 0.95):.1f}  "
          f"max {max(lags, default=float('nan')):.1f}  (over 60 s: {sum(1 for lag in lags if lag > 60)} of {len(lags)})")
    per_poll = cpu / max(polls, 1)
    cores = psutil.cpu_count()
    print(f"  CPU of the daemon and its cycles: {cpu:.0f} s in {window:.0f} s ({100 * cpu / window / cores:.0f}% of "
          f"{cores} cores), {1000 * per_poll:.1f} ms per poll: CPU alone would allow "
          f"{int(cores * interval / per_poll):,} feeds per {interval_minutes} min; load average "
          f"{' '.join(f'{x:.1f}' for x in psutil.getloadavg())}", flush=True)


def _tree_cpu(daemon: psutil.Process) -> float:
    """CPU seconds of the daemon, its finished cycles (reaped children) and the cycle running now."""
    total = 0.0
    try:
        times = daemon.cpu_times()
        total = times.user + times.system + times.children_user + times.children_system
        for child in daemon.children(recursive=True):
            child_times = child.cpu_times()
            total += child_times.user + child_times.system
    except psutil.Error:
        pass
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--memory-cycles", type=int, default=100)
    parser.add_argument("--memory-feeds", type=int, default=500)
    parser.add_argument("--memory-changed", type=float, default=0.01,
                        help="share of the memory run's feeds that publish a story before each cycle")
    parser.add_argument("--skip-cycles", action="store_true", help="only the daemon memory run")
    parser.add_argument("--runs", type=int, default=3,
                        help="unchanged cycles, each against the minimal Scrapy spider (bench/bare_spider.py)")
    parser.add_argument("--changed", type=float, default=None,
                        help="run the schedule bench instead: this share of feeds publishes a story per 5 minutes")
    parser.add_argument("--minutes", type=float, default=10, help="length of the schedule bench, after its set-up")
    parser.add_argument("--batch", type=int, default=None,
                        help="crawl.max_sources_per_cycle (the upper bound of a batch) in the schedule bench")
    args = parser.parse_args()
    if args.changed is not None:
        outlets = Outlets(args.feeds).start()
        with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
            _schedule(Path(tmp), outlets, feeds=args.feeds, changed=args.changed, minutes=args.minutes,
                      batch=args.batch)
        return 0
    outlets = Outlets(max(args.feeds, args.memory_feeds)).start()
    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
        config = _config(Path(tmp), outlets, args.feeds)
        print(f"{args.feeds} feeds, each on its own loopback host; CPUs: {psutil.cpu_count()}, "
              f"load average {' '.join(f'{x:.1f}' for x in psutil.getloadavg())}")
        if not args.skip_cycles:
            _cycle(config, outlets, "first poll (all new)")
            ratios = []
            for run in range(args.runs):
                ours = _cycle(config, outlets, "unchanged (all 304)")
                bare = _bare_scrapy(outlets, args.feeds, Path(tmp))
                ratios.append((ours, bare))
                print(f"    minimal Scrapy spider, same feeds and ETags: wall {bare:.1f} s; basewatch / bare "
                      f"{ours / bare:.2f}", flush=True)
            print(f"unchanged poll of {args.feeds} feeds, min/median/max wall s: basewatch "
                  f"{' / '.join(f'{v:.1f}' for v in _min_median_max([o for o, _ in ratios]))}, minimal Scrapy "
                  f"{' / '.join(f'{v:.1f}' for v in _min_median_max([b for _, b in ratios]))}, ratio "
                  f"{' / '.join(f'{v:.2f}' for v in _min_median_max([o / b for o, b in ratios]))}", flush=True)
            for index in range(0, args.feeds, 10):
                outlets.items[index] += 1
            _cycle(config, outlets, "10% changed")
            _cycle(config, outlets, "unchanged again")
        if args.memory_cycles:
            mem_dir = Path(tmp) / "memory"
            mem_dir.mkdir()
            _memory(mem_dir, outlets, feeds=args.memory_feeds, cycles=args.memory_cycles,
                    changed=args.memory_changed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
