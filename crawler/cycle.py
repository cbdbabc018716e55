"""One crawl cycle: pick due sources, run Scrapy in a subprocess with a hard time limit."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from pipelines import store
from pipelines.config import Config
from pipelines.sources import due_plans, sync_sources

log = logging.getLogger(__name__)


@dataclass
class CycleResult:
    sources: int
    returncode: int | None  # None when nothing was due
    timed_out: bool = False


def _terminate(process: subprocess.Popen) -> None:
    """SIGTERM the whole process group (Scrapy and its extraction workers), then SIGKILL."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def run_cycle(config: Config, *, now: datetime | None = None, only: set[str] | None = None,
              timeout: float | None = None, log_level: str = "INFO") -> CycleResult:
    """Sources that are due (or named in `only`) are polled by a fresh Scrapy process."""
    now = now or store.utcnow()
    engine = store.open_engine(config.settings.database_url)
    sessions = store.session_factory(engine)
    with sessions.begin() as session:
        sync_sources(session, config.sources)
        plans = due_plans(session, config.sources, now=now, only=only)
    engine.dispose()
    if not plans:
        log.info("no source is due")
        return CycleResult(0, None)
    timeout = timeout or config.settings.crawl.cycle_timeout_seconds
    with tempfile.TemporaryDirectory(prefix="basewatch-cycle-") as tmp:
        plan_path = Path(tmp) / "plan.json"
        plan_path.write_text(json.dumps([asdict(plan) for plan in plans]), encoding="utf-8")
        command = [sys.executable, "-m", "crawler.crawl_main", "--config", config.directory,
                   "--database", config.settings.database_url, "--plan", str(plan_path),
                   "--log-level", log_level]
        log.info("crawl cycle: %d source(s) due", len(plans))
        process = subprocess.Popen(command, start_new_session=True)
        try:
            returncode = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            log.error("crawl cycle exceeded %ss; stopping it", timeout)
            _terminate(process)
            return CycleResult(len(plans), process.returncode, timed_out=True)
        except BaseException:
            _terminate(process)
            raise
    if returncode != 0:
        log.error("crawl cycle exited with code %s", returncode)
    return CycleResult(len(plans), returncode)
