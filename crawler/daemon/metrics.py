"""Prometheus metrics and /healthz on a local port; gauges are read from the database at scrape time."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select

from pipelines.store import models as store
from pipelines.sources.health import extraction_failing, is_quiet

log = logging.getLogger(__name__)


class DatabaseCollector:
    """Counts from the database, so every process (daemon, cron, dashboard) reports the same numbers."""

    def __init__(self, database_url: str):
        self.engine = store.open_engine(database_url)
        self.sessions = store.session_factory(self.engine)

    def collect(self):
        now = store.utcnow()
        try:
            with self.sessions() as session:
                articles = session.scalar(select(func.count(store.Article.id))) or 0
                failed = session.scalar(select(func.count(store.Article.id))
                                        .where(store.Article.extraction_ok.is_(False))) or 0
                reports = session.scalar(select(func.count(store.Report.id))) or 0
                incidents = session.scalar(select(func.count(store.Incident.id))) or 0
                outbox = dict(session.execute(select(store.Outbox.status, func.count(store.Outbox.id))
                                              .group_by(store.Outbox.status)).all())
                sources = session.scalars(select(store.Source).order_by(store.Source.id)).all()
        except Exception as exc:  # a locked or missing database must not break the scrape
            log.warning("metrics: database unavailable: %s", exc)
            up = GaugeMetricFamily("basewatch_database_up", "1 when the database answered the scrape")
            up.add_metric([], 0)
            yield up
            return
        up = GaugeMetricFamily("basewatch_database_up", "1 when the database answered the scrape")
        up.add_metric([], 1)
        yield up
        for name, doc, value in (
            ("basewatch_articles", "articles stored", articles),
            ("basewatch_articles_extraction_failed", "articles stored without extracted text", failed),
            ("basewatch_reports", "strike reports found", reports),
            ("basewatch_incidents", "incidents", incidents),
        ):
            gauge = GaugeMetricFamily(name, doc)
            gauge.add_metric([], value)
            yield gauge
        alerts = GaugeMetricFamily("basewatch_alerts", "outbox rows by status (pending, sent, failed)",
                                   labels=["status"])
        for status in ("pending", "sent", "failed"):
            alerts.add_metric([status], outbox.get(status, 0))
        yield alerts
        errors = GaugeMetricFamily("basewatch_source_error_streak", "consecutive failed polls", labels=["source"])
        articles_by = GaugeMetricFamily("basewatch_source_articles", "articles stored", labels=["source"])
        quiet = GaugeMetricFamily("basewatch_source_quiet", "1 when silent far longer than usual", labels=["source"])
        failing = GaugeMetricFamily("basewatch_source_extraction_failing", "1 when extractions started failing",
                                    labels=["source"])
        last_ok = GaugeMetricFamily("basewatch_source_last_success_timestamp_seconds", "last successful poll",
                                    labels=["source"])
        for row in sources:
            if not row.enabled:
                continue
            errors.add_metric([row.id], row.error_streak)
            articles_by.add_metric([row.id], row.articles_total)
            quiet.add_metric([row.id], int(is_quiet(row, now)))
            failing.add_metric([row.id], int(extraction_failing(row)))
            if row.last_success_at is not None:
                last_ok.add_metric([row.id], row.last_success_at.timestamp())
        yield from (errors, articles_by, quiet, failing, last_ok)


class CycleMetrics:
    """What only the daemon knows: how long cycles take, when one last succeeded, and whether any source did."""

    def __init__(self, registry: CollectorRegistry, *, interval_seconds: float, started_at: datetime,
                 sessions=None, unhealthy_after_cycles: int = 3):
        self.interval = timedelta(seconds=interval_seconds)
        self.started_at = started_at
        self.last_ok_at: datetime | None = None
        self.sessions = sessions  # to read which sources a cycle polled and how they fared
        self.unhealthy_after = unhealthy_after_cycles
        self.cycles_without_source = 0  # cycles in a row that polled sources and none succeeded
        self.failing: dict[str, list[str]] = {}  # reason -> source ids, from the last such cycle
        self.durations = Histogram("basewatch_cycle_duration_seconds", "wall time of crawl cycles",
                                   buckets=(1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 900), registry=registry)
        self.cycles = Counter("basewatch_cycles", "crawl cycles by outcome", ["outcome"], registry=registry)

    def observe(self, *, seconds: float, ok: bool, at: datetime) -> None:
        self.durations.observe(seconds)
        self.cycles.labels("ok" if ok else "failed").inc()
        if ok:
            self.last_ok_at = at
        self._count_sources(since=at - timedelta(seconds=seconds))

    def _count_sources(self, *, since: datetime) -> None:
        """A cycle that ran while every source it polled failed (the network is down) counts against health."""
        if self.sessions is None:
            return
        from crawler.cli.report import failure_reason

        try:
            with self.sessions() as session:
                rows = session.execute(select(store.Source.id, store.Source.error_streak, store.Source.last_error)
                                       .where(store.Source.last_polled_at >= since)).all()
        except Exception as exc:  # the database is down: the cycle itself failed and says so
            log.warning("health: cannot read the sources' polls: %s", exc)
            return
        if not rows:
            return  # nothing was due: no news either way
        if any(not streak for _, streak, _ in rows):
            self.cycles_without_source, self.failing = 0, {}
            return
        self.cycles_without_source += 1
        self.failing = {}
        for source_id, _, error in rows:
            self.failing.setdefault(failure_reason(error), []).append(source_id)

    def health(self, now: datetime) -> tuple[bool, dict]:
        """Unhealthy when no cycle succeeded for three intervals (counted from start before the first), or
        when the last `unhealthy_after_cycles` cycles polled sources and not one of them succeeded."""
        since = self.last_ok_at or self.started_at
        fresh = now - since <= 3 * self.interval
        sources_ok = self.cycles_without_source < self.unhealthy_after
        detail = {"status": "ok" if fresh and sources_ok else ("stale" if not fresh else "sources failing"),
                  "last_cycle_ok_at": self.last_ok_at.isoformat() if self.last_ok_at else None,
                  "started_at": self.started_at.isoformat(),
                  "interval_seconds": self.interval.total_seconds(),
                  "cycles_without_a_source_ok": self.cycles_without_source}
        if not sources_ok:
            detail["failing"] = {reason: sorted(ids) for reason, ids in self.failing.items()}
        return fresh and sources_ok, detail


class MetricsServer:
    """/metrics (Prometheus text) and /healthz (200 or 503, JSON) in a background thread."""

    def __init__(self, registry: CollectorRegistry, cycles: CycleMetrics, *, host: str, port: int):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    body, status, kind = generate_latest(server.registry), 200, CONTENT_TYPE_LATEST
                elif path == "/healthz":
                    healthy, detail = server.cycles.health(store.utcnow())
                    body, status, kind = json.dumps(detail).encode(), 200 if healthy else 503, "application/json"
                else:
                    body, status, kind = b"not found\n", 404, "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.registry, self.cycles = registry, cycles
        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="metrics", daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def start(self) -> MetricsServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def build(database_url: str, *, interval_seconds: float, started_at: datetime,
          unhealthy_after_cycles: int = 3) -> tuple[CollectorRegistry, CycleMetrics]:
    """A registry with the database collector and the daemon's cycle metrics."""
    registry = CollectorRegistry()
    collector = DatabaseCollector(database_url)
    registry.register(collector)
    return registry, CycleMetrics(registry, interval_seconds=interval_seconds, started_at=started_at,
                                  sessions=collector.sessions, unhealthy_after_cycles=unhealthy_after_cycles)
