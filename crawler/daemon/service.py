"""`basewatch run`: APScheduler jobs that crawl due sources and send the outbox, until SIGTERM."""

from __future__ import annotations

import logging
import math
import signal
import threading
from datetime import datetime, timedelta
from pathlib import Path

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import SchedulerNotRunningError
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler.daemon.crawl_server import CrawlServer
from crawler.daemon.cycle import CycleResult, run_cycle
from crawler.daemon.process_group import stop_all
from pipelines.store import models as store
from pipelines.config_models import Config
from pipelines.config import load_config
from pipelines.errors import ConfigError
from pipelines.alerts.sender import deliver

log = logging.getLogger(__name__)

# A cycle's fixed cost (planning; for a new crawl process, its start and imports) stays under about this
# share of the time: the next cycle waits until that cost buys a batch of sources, not one.
OVERHEAD_SHARE = 0.2
MIN_WAIT_SECONDS = 1.0  # the job must have returned before the scheduler runs it again
FIRST_BATCH = 500  # sources in a cycle before any cycle measured what one costs
MIN_BATCH = 100  # fewer would spend more on cycles than on polls, whatever the measurement says
COST_MEMORY = 0.5  # weight of earlier cycles in the cost per source: one slow cycle does not rule


def next_wake(now: datetime, *, next_due: datetime | None, tick_seconds: float,
              fixed_cost_seconds: float, cycle_seconds: float = 0.0) -> datetime:
    """When the crawl job runs next: when the next source falls due, within the fixed-cost floor and the tick.

    The floor counts from the start of the cycle that just ended (`cycle_seconds` ago): after a
    long cycle the fixed cost was already a small share, and waiting would only make sources late.
    """
    latest = now + timedelta(seconds=tick_seconds)
    if next_due is None:
        return latest
    floor = fixed_cost_seconds / OVERHEAD_SHARE - cycle_seconds
    soonest = now + timedelta(seconds=max(MIN_WAIT_SECONDS, floor))
    return min(latest, max(next_due, soonest))


def fixed_cost(result: CycleResult) -> float | None:
    """Seconds a cycle spent before its first request (parent planning, process start, imports)."""
    stats = result.stats
    if "basewatch/t/first_request" not in stats:
        return None
    return stats["basewatch/t/first_request"] + stats.get("basewatch/t/planned_in_parent", 0.0)


def batch_size(*, fixed_seconds: float | None, per_source_seconds: float | None, limit: int,
               timeout_seconds: float) -> int:
    """Sources in the next cycle: enough that its fixed cost stays OVERHEAD_SHARE of it, within `limit`.

    Batches no bigger than that leave the rest of what is due to other nodes sharing the database,
    and a batch is expected to take at most half the cycle's hard time limit.
    """
    if fixed_seconds is None or not per_source_seconds:
        return min(limit, FIRST_BATCH)
    amortised = math.ceil(fixed_seconds * (1 - OVERHEAD_SHARE) / OVERHEAD_SHARE / per_source_seconds)
    in_time = int(max(0.0, timeout_seconds / 2 - fixed_seconds) / per_source_seconds)
    return min(limit, max(MIN_BATCH, min(amortised, in_time)))


class CycleCost:
    """What cycles cost as measured: the fixed part (see cycle_overhead) and the rest per source polled."""

    def __init__(self) -> None:
        self.fixed: float | None = None
        self._work = self._polled = 0.0  # decaying sums: the cost per source weighs recent cycles most

    def observe(self, result: CycleResult) -> None:
        overhead = cycle_overhead(result)
        if overhead is None or not result.sources:
            return
        self.fixed = overhead
        self._work = COST_MEMORY * self._work + max(0.0, result.seconds - overhead)
        self._polled = COST_MEMORY * self._polled + result.sources

    @property
    def per_source(self) -> float | None:
        return self._work / self._polled if self._polled else None


def cycle_overhead(result: CycleResult) -> float | None:
    """Seconds of a cycle that do not grow with its batch: the fixed cost, plus the ingest set-up when it ran."""
    fixed = fixed_cost(result)
    if fixed is None:
        return None
    return fixed + result.stats.get("basewatch/ingest_setup_seconds", 0.0)


class Daemon:
    """Holds the last good config; a bad edit is reported and the old config stays in force."""

    def __init__(self, config_dir: str | None, database_url: str | None, *, log_format: str | None = None):
        self.config_dir = config_dir
        self.database_url = database_url
        self.log_format = log_format
        self.config: Config = load_config(config_dir, database_url=database_url)
        self._files = self._file_stamps()
        self.stopping = threading.Event()
        self._engine_lock = threading.Lock()  # the crawl job and the outbox job both send
        self._engine = self._engine_url = self._session_factory = None
        self.cycle_metrics = None  # set when metrics are served
        self.scheduler = None  # set by run_daemon: the crawl job moves its own next run earlier
        self.fixed_cost_seconds = 1.0  # until a cycle has measured it
        self.cost = CycleCost()  # sizes each batch
        self._synced: Config | None = None  # the config whose sources a cycle wrote to the database
        self.crawl_server = CrawlServer()  # one crawl process for cycle after cycle; a new one per config

    def _file_stamps(self) -> tuple:
        """Size and modification time of every file the config is read from."""
        base = Path(self.config.directory)
        stamps = []
        for path in (base / "settings.yaml", base / "sources.yaml", base / "alerts.yaml", base / "bases.yaml",
                     self.config.bases_path, self.config.bases_path.with_name("places.yaml")):
            try:
                stat = path.stat()
                stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
            except OSError:
                stamps.append((str(path), None, None))
        return tuple(stamps)

    def reload(self, *, force: bool = False) -> None:
        """Read the config again when one of its files changed (every tick), or always (SIGHUP)."""
        stamps = self._file_stamps()
        if not force and stamps == self._files:
            return  # parsing hundreds of sources every tick is CPU and garbage for nothing
        try:
            self.config = load_config(self.config_dir, database_url=self.database_url)
        except ConfigError as exc:
            log.error("config not reloaded, the previous one stays in force: %s", exc)
        except Exception as exc:  # in a SIGHUP handler an exception would end the daemon: keep the last good config
            log.error("config not reloaded, the previous one stays in force: %s: %s", type(exc).__name__, exc)
        self._files = stamps  # a bad edit is reported once, not every tick

    def crawl_job(self) -> None:
        """Cycles back to back while due sources remain, each over one leased batch; then the next wake.

        After downtime that is every overdue source, once. Capacity follows the cost of a poll, not
        `max_sources_per_cycle` times the tick: each batch is sized from the cost measured so far
        (batch_size), and what it leaves is shared with the other nodes.
        """
        result = None
        while not self.stopping.is_set():
            self.reload()
            try:
                config = self.config
                crawl = config.settings.crawl
                batch = batch_size(fixed_seconds=self.cost.fixed, per_source_seconds=self.cost.per_source,
                                   limit=crawl.max_sources_per_cycle, timeout_seconds=crawl.cycle_timeout_seconds)
                result = run_cycle(config, log_format=self.log_format, watch_parent=True,
                                   sync=self._synced is not config, limit=batch, server=self.crawl_server)
                self._synced = config
            except Exception:
                log.exception("crawl cycle failed")
                result = None
                break
            ok = not result.timed_out and result.returncode in (0, None)
            if self.cycle_metrics is not None and not self.stopping.is_set():
                self.cycle_metrics.observe(seconds=result.seconds, ok=ok, at=store.utcnow())
            log.info("crawl cycle done", extra={"sources": result.sources, "seconds": round(result.seconds, 2),
                                                "ok": ok, "requests": result.stats.get("downloader/request_count", 0),
                                                "due": result.due, "left": result.left, "batch": batch})
            self.fixed_cost_seconds = fixed_cost(result) or self.fixed_cost_seconds
            self.cost.observe(result)
            self.send_job()
            # Go on only while this node's batches make progress on what was due: a failed cycle,
            # or sources other nodes hold, wait for the next wake.
            if not (ok and result.sources and 0 < result.left < result.due):
                break
        if result is None:
            self.send_job()
        else:
            self._wake_at_next_due(result)

    def _wake_at_next_due(self, result: CycleResult) -> None:
        """Run the crawl job again when the next source falls due, if that is before the next tick."""
        if self.scheduler is None or self.stopping.is_set():
            return
        wake = next_wake(store.utcnow(), next_due=result.next_due,
                         tick_seconds=self.config.settings.schedule.tick_seconds,
                         fixed_cost_seconds=self.fixed_cost_seconds, cycle_seconds=result.seconds)
        try:
            job = self.scheduler.get_job("crawl")
            if job is not None and job.next_run_time is not None and wake < job.next_run_time:
                job.modify(next_run_time=wake)
        except (JobLookupError, SchedulerNotRunningError):
            pass  # shutting down

    def _sessions(self):
        """One engine for the daemon's life (per database URL), not a new pool every half minute."""
        url = self.config.settings.database_url
        with self._engine_lock:
            if self._engine_url != url:
                if self._engine is not None:
                    self._engine.dispose()
                self._engine, self._engine_url = store.open_engine(url), url
                self._session_factory = store.session_factory(self._engine)
            return self._session_factory

    def send_job(self) -> None:
        if self.stopping.is_set():
            return
        try:
            result = deliver(self._sessions(), self.config)
            if result.sent or result.failed:
                log.info("outbox: sent %d, failed %d, pending %d", result.sent, result.failed, result.pending)
        except Exception:
            log.exception("sending the outbox failed")


def start_metrics(daemon: Daemon):
    """Serve /metrics and /healthz when `metrics.enabled`; a busy port is logged, not fatal."""
    settings = daemon.config.settings
    if not settings.metrics.enabled:
        return None
    from crawler.daemon.metrics import MetricsServer, build

    registry, cycles = build(settings.database_url, interval_seconds=settings.schedule.tick_seconds,
                             started_at=store.utcnow(), unhealthy_after_cycles=settings.metrics.unhealthy_after_cycles)
    try:
        server = MetricsServer(registry, cycles, host=settings.metrics.host, port=settings.metrics.port).start()
    except OSError as exc:
        log.error("metrics not served on %s:%s: %s", settings.metrics.host, settings.metrics.port, exc)
        return None
    daemon.cycle_metrics = cycles
    log.info("metrics on http://%s:%s/metrics, health on /healthz", settings.metrics.host, server.port)
    return server


def run_daemon(config_dir: str | None, database_url: str | None, *, log_format: str | None = None) -> int:
    daemon = Daemon(config_dir, database_url, log_format=log_format)
    schedule = daemon.config.settings.schedule
    # The database holds the schedule; the job store is memory. A restart after long downtime runs
    # one cycle at once (every overdue source, once), never a burst of missed runs.
    scheduler = BlockingScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1})
    daemon.scheduler = scheduler
    scheduler.add_job(daemon.crawl_job, IntervalTrigger(seconds=schedule.tick_seconds, timezone="UTC"),
                      id="crawl", misfire_grace_time=schedule.tick_seconds, next_run_time=store.utcnow())
    scheduler.add_job(daemon.send_job, IntervalTrigger(seconds=schedule.outbox_seconds, timezone="UTC"),
                      id="outbox", misfire_grace_time=schedule.outbox_seconds)
    server = start_metrics(daemon)

    def stop(signum, _frame) -> None:
        log.info("signal %s: stopping (the running cycle is stopped too)", signum)
        daemon.stopping.set()
        stop_all()  # the cycle in flight and an idle crawl server, whole process groups
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, lambda *_: daemon.reload(force=True))
    log.info("basewatch daemon: %d sources, tick %ss", len(daemon.config.sources), schedule.tick_seconds)
    try:
        scheduler.start()
    finally:
        daemon.crawl_server.stop()
        if server is not None:
            server.stop()
    log.info("basewatch daemon stopped")
    return 0
