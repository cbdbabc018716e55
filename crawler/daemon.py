"""`basewatch run`: APScheduler jobs that crawl due sources and send the outbox, until SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler.cycle import run_cycle, stop_running_cycles
from pipelines import store
from pipelines.config import Config, load_config
from pipelines.errors import ConfigError
from pipelines.sender import deliver

log = logging.getLogger(__name__)


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

    def _file_stamps(self) -> tuple:
        """Size and modification time of every file the config is read from."""
        base = Path(self.config.directory)
        stamps = []
        for path in (base / "settings.yaml", base / "sources.yaml", base / "alerts.yaml", base / "bases.yaml",
                     self.config.bases_path):
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
        self._files = stamps  # a bad edit is reported once, not every tick

    def crawl_job(self) -> None:
        """One cycle over whatever is due: after downtime that is every overdue source, once."""
        if self.stopping.is_set():
            return
        self.reload()
        try:
            result = run_cycle(self.config, log_format=self.log_format, watch_parent=True)
        except Exception:
            log.exception("crawl cycle failed")
        else:
            ok = not result.timed_out and result.returncode in (0, None)
            if self.cycle_metrics is not None and not self.stopping.is_set():
                self.cycle_metrics.observe(seconds=result.seconds, ok=ok, at=store.utcnow())
            log.info("crawl cycle done", extra={"sources": result.sources, "seconds": round(result.seconds, 2),
                                                "ok": ok, "requests": result.stats.get("downloader/request_count", 0)})
        self.send_job()

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
    from crawler.metrics import MetricsServer, build

    registry, cycles = build(settings.database_url, interval_seconds=settings.schedule.tick_seconds,
                             started_at=store.utcnow())
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
    scheduler.add_job(daemon.crawl_job, IntervalTrigger(seconds=schedule.tick_seconds, timezone="UTC"),
                      id="crawl", misfire_grace_time=schedule.tick_seconds, next_run_time=store.utcnow())
    scheduler.add_job(daemon.send_job, IntervalTrigger(seconds=schedule.outbox_seconds, timezone="UTC"),
                      id="outbox", misfire_grace_time=schedule.outbox_seconds)
    server = start_metrics(daemon)

    def stop(signum, _frame) -> None:
        log.info("signal %s: stopping (the running cycle is stopped too)", signum)
        daemon.stopping.set()
        stop_running_cycles()
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, lambda *_: daemon.reload(force=True))
    log.info("basewatch daemon: %d sources, tick %ss", len(daemon.config.sources), schedule.tick_seconds)
    try:
        scheduler.start()
    finally:
        if server is not None:
            server.stop()
    log.info("basewatch daemon stopped")
    return 0
