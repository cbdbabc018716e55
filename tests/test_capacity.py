"""Capacity follows cost: the daemon polls every due source in back-to-back leased batches and wakes when the next one falls due."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from conftest import ROOT, write_config
from crawler.daemon.service import next_wake
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.sources.leases import claim_sources
from pipelines.sources.health import sync_sources

sys.path.insert(0, str(ROOT / "bench"))
from feedfarm import FeedFarm  # noqa: E402

pytestmark = pytest.mark.timeout(300)
HOUR = 3600  # the tick: no second tick comes while a test runs
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _config(tmp: Path, farm: FeedFarm, *, batch: int) -> Path:
    return write_config(tmp / "config", database=f"sqlite:///{tmp / 'db.sqlite'}", smtp_port=9,
                        sources=farm.source_entries(interval_minutes=600), recipients=[], log_format="json",
                        crawl={"max_sources_per_cycle": batch, "extraction_workers": 1},
                        schedule={"tick_seconds": HOUR, "outbox_seconds": HOUR, "adaptive": False},
                        metrics={"enabled": False})


def _daemon(config_dir: Path) -> tuple[subprocess.Popen, Path]:
    log = config_dir.parent / "daemon.log"
    with open(log, "ab") as out:
        process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--config", str(config_dir), "run"],
                                   cwd=ROOT, start_new_session=True, stdout=out, stderr=out)
    return process, log


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)


def _wait(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return predicate()


def _cycles(log: Path) -> list[dict]:
    lines = [json.loads(line) for line in log.read_text(errors="replace").splitlines() if line.startswith("{")]
    return [line for line in lines if line.get("message") == "crawl cycle done"]


def test_more_due_sources_than_one_batch_are_all_polled_before_the_next_tick(tmp_path):
    with FeedFarm(10) as farm:
        config_dir = _config(tmp_path, farm, batch=3)
        sessions = store.session_factory(store.open_engine(load_config(config_dir).settings.database_url))
        process, log = _daemon(config_dir)
        try:
            def all_polled() -> bool:
                with sessions() as session:
                    return session.scalar(select(func.count()).where(store.Source.last_success_at.is_not(None))) == 10

            done = _wait(all_polled, 200)
        finally:
            _stop(process)
        assert done, f"not every due source was polled within the first tick; log: {log.read_text()[-3000:]}"
        polled = [cycle["sources"] for cycle in _cycles(log) if cycle["sources"]]
        assert polled == [3, 3, 3, 1], "one leased batch of at most 3 per cycle, back to back"
        assert all(farm.hits[f"/feeds/{n}.xml"] == 1 for n in range(10)), "and no feed polled twice"


def test_the_daemon_wakes_when_the_next_source_falls_due_not_at_the_next_tick(tmp_path):
    with FeedFarm(2) as farm:
        config_dir = _config(tmp_path, farm, batch=10)
        config = load_config(config_dir)
        sessions = store.session_factory(store.open_engine(config.settings.database_url))
        with sessions.begin() as session:  # farm-0001 falls due well after the first cycle
            sync_sources(session, config.sources)
            session.execute(update(store.Source).where(store.Source.id == "farm-0001")
                            .values(next_poll_at=store.utcnow() + timedelta(seconds=45)))
        process, log = _daemon(config_dir)
        try:
            first = _wait(lambda: farm.hits["/feeds/0.xml"] == 1, 120)
            woke = _wait(lambda: farm.hits["/feeds/1.xml"] == 1, 200)
        finally:
            _stop(process)
        assert first
        assert woke, f"farm-0001 waited for the hourly tick; log: {log.read_text()[-3000:]}"
        assert [cycle["sources"] for cycle in _cycles(log) if cycle["sources"]] == [1, 1]


def test_a_bounded_claim_takes_the_most_overdue_sources_first(database_url):
    sessions = store.session_factory(store.open_engine(database_url))
    overdue = {"a-recent": timedelta(minutes=1), "b-never": None, "c-oldest": timedelta(hours=3),
               "d-older": timedelta(minutes=30)}
    with sessions.begin() as session:
        for source_id, late in overdue.items():
            session.add(store.Source(id=source_id, name=source_id, country="IQ", language="ar", kind="regional",
                                     error_streak=0, articles_total=0, extraction_failures=0,
                                     next_poll_at=None if late is None else NOW - late))
    claimed = claim_sources(sessions, list(overdue), owner="node-a", now=NOW, lease=timedelta(minutes=5), limit=3)
    assert claimed == {"b-never", "c-oldest", "d-older"}


@pytest.mark.parametrize("next_due, fixed_cost, expected", [
    (None, 2.0, NOW + timedelta(seconds=HOUR)),  # nothing scheduled: the tick
    (NOW + timedelta(hours=2), 2.0, NOW + timedelta(seconds=HOUR)),  # due after the tick: the tick
    (NOW + timedelta(minutes=3), 2.0, NOW + timedelta(minutes=3)),  # due before the tick: then
    (NOW + timedelta(seconds=3), 2.0, NOW + timedelta(seconds=10)),  # due at once: after 5x a cycle's fixed cost
    (NOW - timedelta(minutes=5), 0.0, NOW + timedelta(seconds=1)),  # overdue, no cost known: a second later
])
def test_next_wake(next_due, fixed_cost, expected):
    assert next_wake(NOW, next_due=next_due, tick_seconds=HOUR, fixed_cost_seconds=fixed_cost) == expected
