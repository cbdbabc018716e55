"""Cycle throughput with 1, 2 and 3 nodes sharing one PostgreSQL: sources polled per second.

Each node is a loop of `basewatch crawl --once` processes (what cron would run) against the same
database; every cycle claims at most --chunk due sources with a lease. The farm serves --feeds
outlets on 127.0.0.1, one new article each. Prints a table and the ratio to one node.

    python bench/scale.py --postgres postgresql+psycopg://basewatch:basewatch@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import yaml
from sqlalchemy import create_engine, func, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from feedfarm import FeedFarm  # noqa: E402
from pipelines.store import models as store  # noqa: E402


def _database(admin_url: str) -> tuple[str, str]:
    name = f"bw_scale_{uuid.uuid4().hex[:10]}"
    with create_engine(admin_url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin_url.rsplit("/", 1)[0] + "/" + name, name


def _drop(admin_url: str, name: str) -> None:
    with create_engine(admin_url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _node(config_dir: Path, done: threading.Event, cycles: list[int]) -> None:
    while not done.is_set():
        subprocess.run([sys.executable, "-m", "crawler.cli", "--config", str(config_dir), "crawl", "--once"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        cycles.append(1)


def run(nodes: int, *, feeds: int, chunk: int, admin_url: str, workdir: Path) -> tuple[float, int]:
    url, name = _database(admin_url)
    try:
        with FeedFarm(feeds, strikes=0) as farm:
            config_dir = workdir / f"config-{nodes}"
            config_dir.mkdir(parents=True, exist_ok=True)
            settings = {"database_url": url, "smtp": {"host": "127.0.0.1", "port": 9},
                        "crawl": {"max_sources_per_cycle": chunk, "extraction_workers": 1,
                                  "cycle_timeout_seconds": 600}}
            (config_dir / "settings.yaml").write_text(yaml.safe_dump(settings))
            (config_dir / "sources.yaml").write_text(yaml.safe_dump({"sources": farm.source_entries(600)}))
            (config_dir / "alerts.yaml").write_text("recipients: []\n")
            engine = store.open_engine(url)  # migrate once before the clock starts
            done, cycles = threading.Event(), []
            started = time.monotonic()
            threads = [threading.Thread(target=_node, args=(config_dir, done, cycles)) for _ in range(nodes)]
            for thread in threads:
                thread.start()
            while True:
                with engine.connect() as conn:
                    polled = conn.scalar(select(func.count()).where(store.Source.last_success_at.is_not(None)))
                if polled >= feeds:
                    break
                time.sleep(0.5)
            elapsed = time.monotonic() - started
            done.set()
            for thread in threads:
                thread.join()
            engine.dispose()
            return elapsed, len(cycles)
    finally:
        _drop(admin_url, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", default=os.environ.get("BASEWATCH_TEST_POSTGRES"),
                        help="admin URL of a PostgreSQL server (default $BASEWATCH_TEST_POSTGRES)")
    parser.add_argument("--feeds", type=int, default=600)
    parser.add_argument("--chunk", type=int, default=100, help="crawl.max_sources_per_cycle")
    parser.add_argument("--nodes", default="1,2,3")
    args = parser.parse_args()
    if not args.postgres:
        parser.error("a PostgreSQL admin URL is needed (--postgres or BASEWATCH_TEST_POSTGRES); see .ci/postgres.sh")
    print(f"{args.feeds} feeds, {args.chunk} sources per cycle, {os.cpu_count()} cores")
    print(f"{'nodes':>5} {'wall s':>8} {'cycles':>7} {'sources/s':>10} {'vs 1 node':>10}")
    baseline = None
    with tempfile.TemporaryDirectory(prefix="basewatch-scale-") as tmp:
        for nodes in [int(n) for n in args.nodes.split(",")]:
            elapsed, cycles = run(nodes, feeds=args.feeds, chunk=args.chunk, admin_url=args.postgres,
                                  workdir=Path(tmp))
            rate = args.feeds / elapsed
            baseline = baseline or rate
            print(f"{nodes:>5} {elapsed:>8.1f} {cycles:>7} {rate:>10.1f} {rate / baseline:>9.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
