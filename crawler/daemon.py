"""`basewatch run`: APScheduler jobs that crawl due sources and send the outbox, until SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler.cycle import run_cycle
from pipelines import store
from pipelines.config import Config, load_config
from pipelines.errors import ConfigError
from pipelines.sender import deliver

log = logging.getLogger(__name__)


class Daemon:
    """Holds the last good config; a bad edit is reported and the old config stays in force."""

    def __init__(self, config_dir: str | None, database_url: str | None):
        self.config_dir = config_dir
        self.database_url = database_url
        self.config: Config = load_config(config_dir, database_url=database_url)
        self._reload_requested = threading.Event()

    def reload(self) -> None:
        try:
            self.config = load_config(self.config_dir, database_url=self.database_url)
        except ConfigError as exc:
            log.error("config not reloaded, the previous one stays in force: %s", exc)

    def crawl_job(self) -> None:
        self.reload()
        try:
            run_cycle(self.config)
        except Exception:
            log.exception("crawl cycle failed")
        self.send_job()

    def send_job(self) -> None:
        try:
            sessions = store.session_factory(store.open_engine(self.config.settings.database_url))
            result = deliver(sessions, self.config)
            if result.sent or result.failed:
                log.info("outbox: sent %d, failed %d, pending %d", result.sent, result.failed, result.pending)
        except Exception:
            log.exception("sending the outbox failed")


def run_daemon(config_dir: str | None, database_url: str | None) -> int:
    daemon = Daemon(config_dir, database_url)
    schedule = daemon.config.settings.schedule
    scheduler = BlockingScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1})
    scheduler.add_job(daemon.crawl_job, IntervalTrigger(seconds=schedule.tick_seconds, timezone="UTC"),
                      id="crawl", misfire_grace_time=schedule.tick_seconds, next_run_time=store.utcnow())
    scheduler.add_job(daemon.send_job, IntervalTrigger(seconds=schedule.outbox_seconds, timezone="UTC"),
                      id="outbox", misfire_grace_time=schedule.outbox_seconds)

    def stop(signum, _frame) -> None:
        log.info("signal %s: stopping after the running job", signum)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, lambda *_: daemon.reload())
    log.info("basewatch daemon: %d sources, tick %ss", len(daemon.config.sources), schedule.tick_seconds)
    scheduler.start()
    return 0
