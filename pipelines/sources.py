"""Sources in the database: copy config in, pick the due ones, record each poll's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipelines import store
from pipelines.config import SourceConfig

MAX_BACKOFF = timedelta(hours=12)


@dataclass(frozen=True)
class FeedPlan:
    url: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class SourcePlan:
    """What one cycle should poll for one source."""

    source_id: str
    language: str
    feeds: tuple[FeedPlan, ...]


def sync_sources(session: Session, sources: tuple[SourceConfig, ...]) -> None:
    """Config is the truth for what a source is; the database keeps its state."""
    configured = {source.id: source for source in sources}
    for row in session.scalars(select(store.Source)):
        if row.id not in configured:
            row.enabled = False  # removed from config: kept for history, never polled
    for source in sources:
        row = session.get(store.Source, source.id)
        if row is None:
            row = store.Source(id=source.id, error_streak=0, articles_total=0, extraction_failures=0)
            session.add(row)
        row.name, row.country, row.language, row.kind = source.name, source.country, source.language, source.kind
        row.enabled = source.enabled
        row.interval_minutes = source.interval_minutes
        for feed in source.feeds:
            known = session.scalar(select(store.Feed).where(store.Feed.source_id == source.id,
                                                            store.Feed.url == feed.url))
            if known is None:
                session.add(store.Feed(source_id=source.id, url=feed.url, kind="feed"))
    session.flush()


def due_plans(session: Session, sources: tuple[SourceConfig, ...], *, now: datetime,
              only: set[str] | None = None) -> list[SourcePlan]:
    """Sources whose next poll time has come (or the ones asked for by name)."""
    plans = []
    for source in sources:
        if not source.enabled or (only is not None and source.id not in only):
            continue
        row = session.get(store.Source, source.id)
        if only is None and row.next_poll_at is not None and row.next_poll_at > now:
            continue
        configured = {feed.url for feed in source.feeds}
        feeds = tuple(
            FeedPlan(feed.url, feed.etag, feed.last_modified)
            for feed in session.scalars(select(store.Feed).where(store.Feed.source_id == source.id)
                                        .order_by(store.Feed.id))
            if feed.url in configured
        )
        if feeds:
            plans.append(SourcePlan(source.id, source.language, feeds))
    return plans


def record_poll(session: Session, *, source_id: str, feed_url: str, status: int | None, polled_at: datetime,
                etag: str | None, last_modified: str | None, entries: int | None, error: str | None) -> None:
    """Keep the validators for conditional GET and move the source's schedule on."""
    feed = session.scalar(select(store.Feed).where(store.Feed.source_id == source_id, store.Feed.url == feed_url))
    source = session.get(store.Source, source_id)
    if feed is None or source is None:
        return
    feed.last_status, feed.last_polled_at = status, polled_at
    if status == 200 and error is None:
        feed.etag, feed.last_modified, feed.last_entries = etag, last_modified, entries
    source.last_polled_at = polled_at
    if error is None and status in (200, 304):
        source.error_streak = 0
        source.last_success_at = polled_at
        source.last_error = None
        source.next_poll_at = polled_at + timedelta(minutes=source.interval_minutes)
    else:
        source.error_streak += 1
        source.last_error = (error or f"HTTP {status}")[:1000]
        # Failing sources back off but are never silently dropped.
        delay = min(timedelta(minutes=source.interval_minutes) * 2 ** min(source.error_streak - 1, 10), MAX_BACKOFF)
        source.next_poll_at = polled_at + delay


def record_article(session: Session, source_id: str, *, at: datetime, extraction_ok: bool) -> None:
    source = session.get(store.Source, source_id)
    if source is None:
        return
    source.articles_total += 1
    source.last_new_article_at = at
    if not extraction_ok:
        source.extraction_failures += 1
