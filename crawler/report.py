"""Terminal tables of sources and incidents (rich), for operators and the demo."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from pipelines import store
from pipelines.config import Config
from pipelines.mail import ATTACK_LABELS
from pipelines.sources import health_flags, sync_sources


# An error as stored (Twisted/Scrapy class names, HTTP statuses) and the words an operator groups it by.
_REASONS = (
    (re.compile(r"DNSLookupError|not resolve|Name or service not known|No address associated"), "DNS lookup failed"),
    (re.compile(r"ConnectionRefused|Connection refused"), "connection refused"),
    (re.compile(r"TimeoutError|TimedOut|timed out|took longer than"), "timed out"),
    (re.compile(r"SSL|TLS|certificate", re.I), "TLS handshake failed"),
    (re.compile(r"ResponseNeverReceived|ConnectionLost|ConnectionDone|ResponseFailed"), "connection dropped"),
    (re.compile(r"\brefused \S+ \((.+?) address"), r"address refused (\1)"),
    (re.compile(r"^(HTTP \d{3})"), r"\1"),
)


def failure_reason(error: str | None) -> str:
    """A stored poll error in the few words failures are grouped by ('DNS lookup failed')."""
    text = " ".join((error or "unknown error").split())
    for pattern, words in _REASONS:
        if match := pattern.search(text):
            reason = match.expand(words)
            break
    else:
        reason = text[:80]
    if "robots.txt unavailable" in text:
        reason += " (robots.txt unreachable, so disallowed)"
    return reason


@dataclass
class PollOutcome:
    """How the sources of one cycle fared, failures grouped by reason."""

    ok: list[str] = field(default_factory=list)
    failed: dict[str, list[str]] = field(default_factory=dict)  # reason -> source ids
    unreported: list[str] = field(default_factory=list)  # polled, but the cycle recorded nothing

    @property
    def failed_count(self) -> int:
        return sum(len(ids) for ids in self.failed.values())

    def summary(self) -> str:
        """'2 ok, 95 failed (93 DNS lookup failed, 2 HTTP 404)'."""
        text = f"{len(self.ok)} ok, {self.failed_count} failed"
        if self.failed:
            groups = sorted(self.failed.items(), key=lambda item: (-len(item[1]), item[0]))
            text += " (" + ", ".join(f"{len(ids)} {reason}" for reason, ids in groups) + ")"
        if self.unreported:
            text += f", {len(self.unreported)} not reported by the cycle"
        return text

    def details(self, limit: int = 8) -> list[str]:
        """One line per reason naming its sources (the first few)."""
        lines = []
        for reason, ids in sorted(self.failed.items(), key=lambda item: (-len(item[1]), item[0])):
            more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
            lines.append(f"  {len(ids)} failed: {reason}: {', '.join(sorted(ids)[:limit])}{more}")
        return lines


def poll_outcome(database_url: str, source_ids: list[str], since: datetime) -> PollOutcome:
    """Each source polled since `since`: succeeded, or failed and why."""
    outcome = PollOutcome()
    if not source_ids:
        return outcome
    engine = store.open_engine(database_url, create=False)
    try:
        with store.session_factory(engine)() as session:
            rows = session.scalars(select(store.Source).where(store.Source.id.in_(source_ids))).all()
    finally:
        engine.dispose()
    by_id = {row.id: row for row in rows}
    for source_id in source_ids:
        row = by_id.get(source_id)
        if row is None or row.last_polled_at is None or row.last_polled_at < since:
            outcome.unreported.append(source_id)
        elif row.error_streak:
            outcome.failed.setdefault(failure_reason(row.last_error), []).append(source_id)
        else:
            outcome.ok.append(source_id)
    return outcome


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def print_sources(config: Config, console: Console | None = None) -> None:
    console = console or Console(width=max(Console().width, 160))
    engine = store.open_engine(config.settings.database_url)
    sessions = store.session_factory(engine)
    with sessions.begin() as session:
        if not store.is_read_only(engine):  # a read-only database shows its sources as last stored
            sync_sources(session, config.sources)
        rows = session.scalars(select(store.Source).order_by(store.Source.id)).all()
    table = Table(title=f"{len(rows)} sources")
    for column in ("id", "country", "lang", "kind", "last success", "last new article", "articles",
                   "failed extractions", "errors", "next poll", "state"):
        table.add_column(column)
    now = store.utcnow()
    for row in rows:
        # Flags: failing, asked to wait (Retry-After), quiet (far past its usual gap), extraction failing.
        state = ", ".join(health_flags(row, now)) or ("never polled" if row.last_polled_at is None else "ok")
        if row.last_error and row.error_streak:
            state += f": {failure_reason(row.last_error)}"
        table.add_row(row.id, row.country, row.language, row.kind, _when(row.last_success_at),
                      _when(row.last_new_article_at), str(row.articles_total), str(row.extraction_failures),
                      str(row.error_streak), _when(row.next_poll_at), state)
    console.print(table)
    engine.dispose()


def incident_rows(database_url: str) -> list[store.Incident]:
    engine = store.open_engine(database_url)
    with store.session_factory(engine)() as session:
        rows = session.scalars(select(store.Incident).order_by(store.Incident.first_seen_at, store.Incident.id)).all()
    engine.dispose()
    return list(rows)


def print_incidents(database_url: str, console: Console | None = None) -> None:
    console = console or Console(width=max(Console().width, 130))
    rows = incident_rows(database_url)
    table = Table(title=f"{len(rows)} incidents")
    for column in ("#", "base", "country", "attack", "actor", "event", "reports", "sources", "alerted"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row.id), row.base or f"(unresolved) {row.region or ''}", row.country or "-",
                      ATTACK_LABELS.get(row.attack_type, row.attack_type), row.actor or "-",
                      row.event_date.isoformat() if row.event_date else _when(row.event_time),
                      str(row.report_count), f"{row.source_count} ({row.story_count} indep.)",
                      "yes" if row.alerted else "no")
    console.print(table)
