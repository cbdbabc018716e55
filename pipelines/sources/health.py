"""Sources in the database: copy config in, pick the due ones, record each poll's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipelines.store import models as store
from pipelines.config_models import ScheduleSettings, SourceConfig

MAX_BACKOFF = timedelta(hours=12)
MAX_RETRY_AFTER = timedelta(hours=24)  # a host asking for longer is capped, never obeyed forever
SHRINK, GROW = 0.7, 1.3  # adaptive interval steps: after new entries, after none
EWMA_WEIGHT = 0.3  # weight of the newest gap in the usual gap between new articles
MIN_GAP = timedelta(minutes=1)  # articles of one poll arrive together: not a gap
QUIET_FACTOR = 6  # quiet: no new article for this many usual gaps ...
QUIET_FLOOR = timedelta(hours=6)  # ... and at least this long
FAILING_EXTRACTIONS = 3  # consecutive failed extractions after earlier successes


@dataclass(frozen=True)
class FeedPlan:
    url: str
    etag: str | None
    last_modified: str | None
    kind: str = "feed"  # feed | sitemap | section | telegram (whose etag is the highest message id stored)
    article_pattern: str | None = None  # sections: which links are articles
    max_links: int = 50


@dataclass(frozen=True)
class SourcePlan:
    """What one cycle should poll for one source."""

    source_id: str
    language: str
    feeds: tuple[FeedPlan, ...]


def _configured(source: SourceConfig) -> dict[str, tuple[str, object]]:
    """URL -> (kind, section config or None), for every feed, sitemap and section of a source."""
    urls: dict[str, tuple[str, object]] = {}
    for feed in source.feeds:
        urls.setdefault(feed.url, ("feed", None))
    for sitemap in source.sitemaps:
        urls.setdefault(sitemap.url, ("sitemap", None))
    for section in source.sections:
        urls.setdefault(section.url, ("section", section))
    if source.channel:
        from pipelines.sources.telegram import preview_url

        urls.setdefault(preview_url(source.channel), ("telegram", None))  # its etag column keeps the last id
    return urls


def _feeds_by_source(session: Session, source_ids) -> dict[str, list[store.Feed]]:
    """Every feed row of these sources, in id order, with one query (per 500 ids)."""
    ids = list(source_ids)
    feeds: dict[str, list[store.Feed]] = {source_id: [] for source_id in ids}
    for start in range(0, len(ids), 500):
        for feed in session.scalars(select(store.Feed).where(store.Feed.source_id.in_(ids[start:start + 500]))
                                    .order_by(store.Feed.id)):
            feeds[feed.source_id].append(feed)
    return feeds


def sync_sources(session: Session, sources: tuple[SourceConfig, ...]) -> None:
    """Config is the truth for what a source is; the database keeps its state."""
    configured = {source.id: source for source in sources}
    rows = {row.id: row for row in session.scalars(select(store.Source))}  # one query, not one per source
    for row in rows.values():
        if row.id not in configured:
            row.enabled = False  # removed from config: kept for history, never polled
    feeds = _feeds_by_source(session, [source.id for source in sources if source.id in rows])
    for source in sources:
        row = rows.get(source.id)
        if row is None:
            row = rows[source.id] = store.Source(id=source.id, error_streak=0, articles_total=0,
                                                 extraction_failures=0, extraction_fail_streak=0)
            session.add(row)
        _set(row, name=source.name, country=source.country, language=source.language, kind=source.kind,
             enabled=source.enabled)
        if row.interval_minutes != source.interval_minutes:
            row.poll_interval_minutes = None  # the operator changed the interval: start adapting afresh
            row.interval_minutes = source.interval_minutes
    session.flush()  # new sources before their feeds (no ORM relationship orders the inserts)
    for source in sources:
        known = {feed.url: feed for feed in feeds.get(source.id, ())}
        for url, (kind, _) in _configured(source).items():
            if url not in known:
                session.add(store.Feed(source_id=source.id, url=url, kind=kind))
            elif known[url].kind != kind:
                known[url].kind = kind
    session.flush()


def _set(row, **values) -> None:
    """Assign only what changed: an unchanged config makes no UPDATE at all."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def due_plans(session: Session, sources: tuple[SourceConfig, ...], *, now: datetime,
              only: set[str] | None = None) -> list[SourcePlan]:
    """Sources whose next poll time has come (or the ones asked for by name)."""
    wanted = [source for source in sources if source.enabled and (only is None or source.id in only)]
    rows = {row.id: row for row in session.scalars(select(store.Source))}
    due = [source for source in wanted if only is not None or source.id not in rows
           or rows[source.id].next_poll_at is None or rows[source.id].next_poll_at <= now]
    feeds = _feeds_by_source(session, [source.id for source in due])
    plans = []
    for source in due:
        configured = _configured(source)
        plan_feeds = []
        for feed in feeds[source.id]:
            if feed.url not in configured:
                continue
            kind, section = configured[feed.url]
            plan_feeds.append(FeedPlan(feed.url, feed.etag, feed.last_modified, kind=kind,
                                       article_pattern=getattr(section, "article_pattern", None),
                                       max_links=getattr(section, "max_links", 50)))
        if plan_feeds:
            plans.append(SourcePlan(source.id, source.language, tuple(plan_feeds)))
    return plans


def adapt_interval(current: float, *, new_entries: int | None, schedule: ScheduleSettings | None) -> int:
    """Sooner for outlets that publish often, later for quiet ones, within the configured bounds."""
    if schedule is None or not schedule.adaptive or new_entries is None:
        return round(current)
    step = SHRINK if new_entries > 0 else GROW
    low, high = schedule.min_interval_minutes, max(schedule.min_interval_minutes, schedule.max_interval_minutes)
    return round(min(max(current * step, low), high))


def record_poll(session: Session, *, source_id: str, feed_url: str, status: int | None, polled_at: datetime,
                etag: str | None, last_modified: str | None, entries: int | None, error: str | None,
                new_entries: int | None = None, ttl_minutes: int | None = None,
                max_age_seconds: int | None = None, retry_after_until: datetime | None = None,
                schedule: ScheduleSettings | None = None) -> None:
    """Keep the validators for conditional GET and move the source's schedule on."""
    feed = session.scalar(select(store.Feed).where(store.Feed.source_id == source_id, store.Feed.url == feed_url))
    source = session.get(store.Source, source_id)
    if feed is None or source is None:
        return
    _apply_poll(feed, source, status=status, polled_at=polled_at, etag=etag, last_modified=last_modified,
                entries=entries, error=error, new_entries=new_entries, ttl_minutes=ttl_minutes,
                max_age_seconds=max_age_seconds, retry_after_until=retry_after_until, schedule=schedule)


def record_polls(session: Session, polls: list[dict], *, schedule: ScheduleSettings | None = None) -> None:
    """Many polls (each the keyword arguments of record_poll) with two reads, in the caller's transaction."""
    source_ids = list({poll["source_id"] for poll in polls})
    sources: dict[str, store.Source] = {}
    for start in range(0, len(source_ids), 500):
        sources.update((row.id, row) for row in session.scalars(
            select(store.Source).where(store.Source.id.in_(source_ids[start:start + 500]))))
    feeds = {(feed.source_id, feed.url): feed
             for rows in _feeds_by_source(session, source_ids).values() for feed in rows}
    # A source with several feeds failing in one cycle failed once, not once per feed: its error
    # streak counts cycles. A source succeeded when any of its feeds answered; the failing feed
    # keeps its own error. Polls of one source split across two batches still count apart.
    answered = {poll["source_id"] for poll in polls if _succeeded(poll.get("status"), poll.get("error"))}
    counted: set[str] = set()
    for poll in polls:
        outcome = {key: value for key, value in poll.items() if key not in ("source_id", "feed_url")}
        source_id = poll["source_id"]
        source, feed = sources.get(source_id), feeds.get((source_id, poll["feed_url"]))
        if feed is None or source is None:
            continue
        first_failure = source_id not in answered and source_id not in counted
        if _succeeded(poll.get("status"), poll.get("error")) or first_failure:
            counted.add(source_id)
            _apply_poll(feed, source, schedule=schedule, **outcome)
        else:  # this feed's state only: the source's cycle is already told by another feed
            _apply_feed(feed, **{key: outcome.get(key) for key in _FEED_FIELDS})
            if poll.get("retry_after_until") is not None:
                source.retry_after_until = min(poll["retry_after_until"], poll["polled_at"] + MAX_RETRY_AFTER)


def _succeeded(status: int | None, error: str | None) -> bool:
    return error is None and status in (200, 304)


_FEED_FIELDS = ("status", "polled_at", "etag", "last_modified", "entries", "error", "new_entries", "ttl_minutes",
                "max_age_seconds")


def _apply_feed(feed: store.Feed, *, status: int | None, polled_at: datetime, etag: str | None,
                last_modified: str | None, entries: int | None, error: str | None, new_entries: int | None,
                ttl_minutes: int | None, max_age_seconds: int | None) -> None:
    """One feed's own state after a poll: validators, entries, its last status and error."""
    feed.last_status, feed.last_polled_at = status, polled_at
    feed.last_error = error[:1000] if error else None
    if status == 200 and error is None:
        feed.etag = _validator(etag, store.Feed.etag)
        feed.last_modified = _validator(last_modified, store.Feed.last_modified)
        feed.last_entries = entries
        feed.last_new_entries = new_entries
        feed.ttl_minutes = ttl_minutes
    if status == 200 or (status == 304 and max_age_seconds is not None):
        feed.max_age_seconds = max_age_seconds  # a 304 without Cache-Control keeps the last one


def _apply_poll(feed: store.Feed, source: store.Source, *, status: int | None, polled_at: datetime,
                etag: str | None, last_modified: str | None, entries: int | None, error: str | None,
                new_entries: int | None = None, ttl_minutes: int | None = None,
                max_age_seconds: int | None = None, retry_after_until: datetime | None = None,
                schedule: ScheduleSettings | None = None) -> None:
    _apply_feed(feed, status=status, polled_at=polled_at, etag=etag, last_modified=last_modified, entries=entries,
                error=error, new_entries=new_entries, ttl_minutes=ttl_minutes, max_age_seconds=max_age_seconds)
    source.last_polled_at = polled_at
    if retry_after_until is not None:
        source.retry_after_until = min(retry_after_until, polled_at + MAX_RETRY_AFTER)
    if error is None and status in (200, 304):
        source.error_streak = 0
        source.last_success_at = polled_at
        source.last_error = None
        interval = adapt_interval(source.poll_interval_minutes or source.interval_minutes,
                                  new_entries=0 if status == 304 else new_entries, schedule=schedule)
        source.poll_interval_minutes = interval
        delay = timedelta(minutes=interval)
        # The outlet's own hints are lower bounds: never poll sooner than <ttl> or max-age allow.
        if feed.ttl_minutes:
            delay = max(delay, timedelta(minutes=min(feed.ttl_minutes, 24 * 60)))
        if feed.max_age_seconds:
            delay = max(delay, timedelta(seconds=min(feed.max_age_seconds, 24 * 3600)))
    else:
        source.error_streak += 1
        source.last_error = (error or f"HTTP {status}")[:1000]
        # Failing sources back off but are never silently dropped.
        base = timedelta(minutes=source.poll_interval_minutes or source.interval_minutes)
        delay = min(base * 2 ** min(source.error_streak - 1, 10), MAX_BACKOFF)
    next_poll = polled_at + delay
    if source.retry_after_until is not None and source.retry_after_until > next_poll:
        next_poll = source.retry_after_until
    source.next_poll_at = next_poll


def _validator(value: str | None, column) -> str | None:
    """A validator too long for its column is not kept: a cut one would never match."""
    return value if value is None or len(value) <= column.type.length else None


def record_article(session: Session, source_id: str, *, at: datetime, extraction_ok: bool) -> None:
    """Count the article and keep the usual gap between new articles (an EWMA) for quiet detection."""
    source = session.get(store.Source, source_id)
    if source is None:
        return
    source.articles_total += 1
    if source.last_new_article_at is not None:
        gap = at - source.last_new_article_at
        if gap >= MIN_GAP:
            minutes = gap.total_seconds() / 60
            previous = source.gap_ewma_minutes
            source.gap_ewma_minutes = minutes if previous is None else (
                EWMA_WEIGHT * minutes + (1 - EWMA_WEIGHT) * previous)
    if source.last_new_article_at is None or at > source.last_new_article_at:
        source.last_new_article_at = at
    if extraction_ok:
        source.extraction_fail_streak = 0
    else:
        source.extraction_failures += 1
        source.extraction_fail_streak = (source.extraction_fail_streak or 0) + 1


def is_quiet(source: store.Source, now: datetime) -> bool:
    """Gone quiet: no new article for much longer than its usual gap."""
    if not source.enabled or source.last_new_article_at is None or not source.gap_ewma_minutes:
        return False
    limit = max(timedelta(minutes=source.gap_ewma_minutes) * QUIET_FACTOR, QUIET_FLOOR)
    return now - source.last_new_article_at > limit


def extraction_failing(source: store.Source) -> bool:
    """Extractions started failing: the last few failed although earlier ones worked."""
    streak = source.extraction_fail_streak or 0
    return source.enabled and streak >= FAILING_EXTRACTIONS and source.articles_total > streak


def health_flags(source: store.Source, now: datetime) -> list[str]:
    """What an operator should look at, in words; empty when the source is healthy."""
    flags = []
    if not source.enabled:
        return ["disabled"]
    if source.error_streak:
        flags.append(f"failing x{source.error_streak}")
    if source.retry_after_until is not None and source.retry_after_until > now:
        flags.append("asked to wait")
    if is_quiet(source, now):
        flags.append("quiet")
    if extraction_failing(source):
        flags.append("extraction failing")
    return flags
