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
from crawler.daemon import service as daemon_module
from crawler.daemon.cycle import CycleResult, run_cycle
from crawler.daemon.service import FIRST_BATCH, MIN_BATCH, CycleCost, Daemon, batch_size, next_wake
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


@pytest.mark.parametrize("next_due, fixed_cost, cycle, expected", [
    (None, 2.0, 0.0, NOW + timedelta(seconds=HOUR)),  # nothing scheduled: the tick
    (NOW + timedelta(hours=2), 2.0, 0.0, NOW + timedelta(seconds=HOUR)),  # due after the tick: the tick
    (NOW + timedelta(minutes=3), 2.0, 0.0, NOW + timedelta(minutes=3)),  # due before the tick: then
    (NOW + timedelta(seconds=3), 2.0, 0.0, NOW + timedelta(seconds=10)),  # due at once: after 5x a cycle's fixed cost
    (NOW + timedelta(seconds=3), 2.0, 4.0, NOW + timedelta(seconds=6)),  # ... counted from the last cycle's start
    (NOW + timedelta(seconds=3), 2.0, 30.0, NOW + timedelta(seconds=3)),  # a long cycle: when due, no wait
    (NOW - timedelta(minutes=5), 2.0, 30.0, NOW + timedelta(seconds=1)),  # overdue after a long cycle: a second later
    (NOW - timedelta(minutes=5), 0.0, 0.0, NOW + timedelta(seconds=1)),  # overdue, no cost known: a second later
])
def test_next_wake(next_due, fixed_cost, cycle, expected):
    assert next_wake(NOW, next_due=next_due, tick_seconds=HOUR, fixed_cost_seconds=fixed_cost,
                     cycle_seconds=cycle) == expected


def _measured(sources: int, seconds: float, *, first_request: float, planned: float = 0.0,
              ingest_setup: float | None = None) -> CycleResult:
    stats = {"basewatch/t/first_request": first_request, "basewatch/t/planned_in_parent": planned}
    if ingest_setup is not None:
        stats["basewatch/ingest_setup_seconds"] = ingest_setup
    return CycleResult(sources, 0, seconds=seconds, stats=stats)


@pytest.mark.parametrize("fixed, per_source, limit, timeout, expected", [
    (None, None, 10_000, 900, FIRST_BATCH),  # nothing measured yet
    (None, None, 3, 900, 3),  # ... within the configured limit
    (2.0, 0.004, 10_000, 900, 2000),  # fixed cost 20% of the cycle: 2 s for 8 s of polls
    (4.0, 0.004, 10_000, 900, 4000),  # a dearer cycle start: a bigger batch
    (2.0, 0.002, 10_000, 900, 4000),  # cheaper polls: a bigger batch
    (4.0, 0.004, 1500, 900, 1500),  # never above crawl.max_sources_per_cycle
    (100.0, 0.5, 10_000, 900, 700),  # slow outlets: the batch ends within half the hard time limit
    (0.5, 0.05, 10_000, 900, MIN_BATCH),  # cheap cycles still take a batch worth a process
])
def test_batch_size_follows_the_measured_cost(fixed, per_source, limit, timeout, expected):
    assert batch_size(fixed_seconds=fixed, per_source_seconds=per_source, limit=limit,
                      timeout_seconds=timeout) == expected


def test_cycle_cost_counts_the_ingest_set_up_as_fixed_and_weighs_recent_cycles_most():
    cost = CycleCost()
    cost.observe(CycleResult(0, None, seconds=0.3))  # nothing polled: nothing learnt
    assert cost.fixed is None and cost.per_source is None
    cost.observe(_measured(500, 10.0, first_request=2.5, planned=0.5, ingest_setup=1.0))
    assert cost.fixed == 4.0 and cost.per_source == pytest.approx(6.0 / 500)
    cost.observe(_measured(1000, 5.0, first_request=1.0))  # set-up skipped: no feed had new entries
    assert cost.fixed == 1.0
    assert cost.per_source == pytest.approx((0.5 * 6.0 + 4.0) / (0.5 * 500 + 1000))


def test_the_daemon_sizes_each_batch_from_the_cycles_before_it(tmp_path, monkeypatch):
    """The first batch is the cautious default; each later one comes from the cost measured so far."""
    monkeypatch.setattr(daemon_module, "FIRST_BATCH", 4)
    monkeypatch.setattr(daemon_module, "MIN_BATCH", 1)
    calls: list[tuple[int, CycleResult]] = []

    def recorded(config, **options):
        result = run_cycle(config, **options)
        calls.append((options["limit"], result))
        return result

    monkeypatch.setattr(daemon_module, "run_cycle", recorded)
    with FeedFarm(12) as farm:
        config_dir = _config(tmp_path, farm, batch=10_000)
        Daemon(str(config_dir), None).crawl_job()  # back to back until nothing is due
    assert calls[0][0] == 4 and calls[0][1].sources == 4
    cost = CycleCost()
    for (limit, result), (_next_limit, _next) in zip(calls, calls[1:]):
        cost.observe(result)
        assert _next_limit == batch_size(fixed_seconds=cost.fixed, per_source_seconds=cost.per_source,
                                         limit=10_000, timeout_seconds=240)
    assert sum(result.sources for _limit, result in calls) == 12
    assert all(farm.hits[f"/feeds/{n}.xml"] == 1 for n in range(12)), "each feed polled once"
