"""One crawl cycle: pick due sources, run Scrapy in a subprocess with a hard time limit."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from crawler.daemon.crawl_server import CrawlServer
from crawler.daemon.process_group import terminate, tracked
from pipelines.store import models as store
from pipelines.config_models import Config
from pipelines.sources.leases import claim_sources, node_name, release_dead_local_leases, release_sources
from pipelines.netguard import origins, own_urls
from pipelines.sources.health import due_plans, sync_sources

log = logging.getLogger(__name__)


@dataclass
class CycleResult:
    sources: int
    returncode: int | None  # None when nothing was due
    timed_out: bool = False
    seconds: float = 0.0
    stats: dict = field(default_factory=dict)  # the Scrapy process's numeric stats
    due: int = 0  # sources due when the cycle planned (this node's and others')
    left: int = 0  # of those, still due afterwards: a batch limit or other nodes left them
    next_due: datetime | None = None  # the earliest next poll of any enabled source
    polled: list[str] = field(default_factory=list)  # the source ids this cycle polled, for its summary


def run_cycle(config: Config, *, now: datetime | None = None, only: set[str] | None = None,
              timeout: float | None = None, log_level: str = "INFO", log_format: str | None = None,
              watch_parent: bool = False, sync: bool = True, limit: int | None = None,
              server: CrawlServer | None = None) -> CycleResult:
    """Sources that are due (or named in `only`) are polled by a fresh Scrapy process, or by `server`'s.

    At most `limit` of them (default `crawl.max_sources_per_cycle`): the daemon sizes its batches,
    and passes its long-lived crawl server, whose workers and ingest stay warm between cycles.

    `sync=False` skips writing the config's sources into the database: the daemon passes it when
    this same config was synced by an earlier cycle (at 10,000 sources that is 0.5 s CPU a cycle).
    """
    started, cpu_started = time.monotonic(), time.process_time()
    now = now or store.utcnow()
    engine = store.open_engine(config.settings.database_url)
    sessions = store.session_factory(engine)
    with sessions.begin() as session:
        if sync:
            sync_sources(session, config.sources)
        plans = due_plans(session, config.sources, now=now, only=only)
    timeout = timeout or config.settings.crawl.cycle_timeout_seconds
    # Other daemons may share this database: poll only the sources this node holds a lease on.
    # The lease outlives the cycle's hard limit, so it expires only when this node died.
    release_dead_local_leases(sessions)
    owner = node_name()
    crawl = config.settings.crawl
    held = claim_sources(sessions, [plan.source_id for plan in plans], owner=owner, now=now,
                         lease=timedelta(seconds=timeout + crawl.lease_grace_seconds),
                         limit=limit or crawl.max_sources_per_cycle)
    held = _still_due(sessions, held, now=now, forced=only is not None)
    due = [plan.source_id for plan in plans]
    plans = [plan for plan in plans if plan.source_id in held]
    if not plans:
        try:
            log.info("no source is due")
            return _with_backlog(CycleResult(0, None, seconds=time.monotonic() - started), sessions, config,
                                 due, now=now)
        finally:
            engine.dispose()
    planned, planned_cpu = time.monotonic() - started, time.process_time() - cpu_started
    try:
        result = _crawl(config, plans, timeout=timeout, started=started, log_level=log_level,
                        log_format=log_format, watch_parent=watch_parent, server=server)
        result.polled = [plan.source_id for plan in plans]
        result.stats["basewatch/t/planned_in_parent"] = round(planned, 3)
        result.stats["basewatch/planning_cpu_seconds"] = round(planned_cpu, 3)
        return _with_backlog(result, sessions, config, due, now=now)
    finally:
        release_sources(sessions, owner=owner)
        engine.dispose()


def _with_backlog(result: CycleResult, sessions, config: Config, due: list[str], *, now: datetime) -> CycleResult:
    """What the scheduler needs next: how much of the due work is left, and when the next source falls due."""
    enabled = {source.id for source in config.sources if source.enabled}
    due_ids = set(due)
    with sessions() as session:
        rows = session.execute(select(store.Source.id, store.Source.next_poll_at)).all()
    upcoming = [next_poll or now for source_id, next_poll in rows if source_id in enabled]
    result.due = len(due_ids)
    result.left = sum(1 for source_id, next_poll in rows
                      if source_id in due_ids and (next_poll is None or next_poll <= now))
    result.next_due = min(upcoming, default=None)
    return result


def _still_due(sessions, held: set[str], *, now: datetime, forced: bool) -> set[str]:
    """Another node may have polled a source between our look and our claim: skip those."""
    if forced or not held:
        return held
    with sessions() as session:
        rows = session.execute(select(store.Source.id, store.Source.next_poll_at).where(store.Source.id.in_(held)))
        return {source_id for source_id, next_poll in rows if next_poll is None or next_poll <= now}


def _plan_with_origins(config: Config, plans: list) -> list[dict]:
    """Each source's plan plus its own origins, which the crawler's address guard trusts.

    A Telegram channel's preview is read from the configured preview host (https://t.me unless
    an operator or a test points it elsewhere), so that host is the channel's own origin.
    """
    by_id = {source.id: source for source in config.sources}
    preview_base = config.settings.crawl.telegram_base_url
    planned = []
    for plan in plans:
        source = by_id[plan.source_id]
        urls = own_urls(source) + ([preview_base] if source.channel else [])
        row = {**asdict(plan), "origins": sorted(origins(urls))}
        for feed in row["feeds"]:
            if feed["kind"] == "telegram":
                feed["channel"], feed["preview_base"] = source.channel, preview_base
        planned.append(row)
    return planned


def _crawl(config: Config, plans: list, *, timeout: float, started: float, log_level: str,
           log_format: str | None, watch_parent: bool, server: CrawlServer | None = None) -> CycleResult:
    """Run the Scrapy subprocess (or the crawl server) over the plans, within the hard time limit."""
    with tempfile.TemporaryDirectory(prefix="basewatch-cycle-") as tmp:
        plan_path = Path(tmp) / "plan.json"
        stats_path = Path(tmp) / "stats.json"
        plan_path.write_text(json.dumps(_plan_with_origins(config, plans)), encoding="utf-8")
        command = [sys.executable, "-m", "crawler.daemon.crawl_main", "--config", config.directory,
                   "--database", config.settings.database_url,
                   "--log-level", log_level, "--log-format", log_format or config.settings.log_format]
        if watch_parent:
            command.append("--watch-parent")
        log.info("crawl cycle: %d source(s) due", len(plans))
        if server is not None:
            returncode = server.run(config, command, plan_path, stats_path, timeout=timeout)
        else:
            returncode = _run_once(command + ["--plan", str(plan_path), "--stats", str(stats_path)], timeout)
        if returncode is None:
            log.error("crawl cycle exceeded %ss; stopped it", timeout)
            return CycleResult(len(plans), None, timed_out=True, seconds=time.monotonic() - started)
        try:
            stats = json.loads(stats_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stats = {}
    if returncode != 0:
        log.error("crawl cycle exited with code %s", returncode)
    return CycleResult(len(plans), returncode, seconds=time.monotonic() - started, stats=stats)


def _run_once(command: list[str], timeout: float) -> int | None:
    """A fresh crawl process for this one cycle: its exit code, or None when it ran out of time."""
    process = subprocess.Popen(command, start_new_session=True)
    with tracked(process):
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            terminate(process)
            return None
        except BaseException:
            terminate(process)
            raise
