"""Terminal tables of sources and incidents (rich), for operators and the demo."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from pipelines import store
from pipelines.config import Config
from pipelines.mail import ATTACK_LABELS
from pipelines.sources import health_flags, sync_sources


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
        state = ", ".join(health_flags(row, now)) or "ok"
        if row.last_error and row.error_streak:
            state += f": {row.last_error[:60]}"
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
