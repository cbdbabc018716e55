"""Items the spiders yield: a fetched article (or its feed entry alone), and a feed's poll state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class ArticleItem:
    source_id: str
    url: str
    fetched_at: datetime
    html: str | None = None  # None when the page could not be fetched
    fetch_error: str | None = None
    entry_title: str | None = None
    entry_summary: str | None = None
    entry_published: datetime | None = None
    language: str | None = None
    feed_url: str | None = None  # the feed that listed it: its validators wait until all its entries are stored
    final_url: str | None = None  # after redirects: remembered, so an entry linking there is not fetched again
    extracted: object | None = None  # a pipelines.records.Extracted the listing itself gave (a channel message)


@dataclass
class FeedStateItem:
    """A poll's outcome plus what the schedule needs: new entries and the outlet's own hints."""

    source_id: str
    feed_url: str
    status: int | None  # HTTP status; None when the request failed outright
    polled_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    entries: int | None = None
    error: str | None = None
    kind: str = "feed"
    new_entries: int | None = None  # None: a sitemap index, whose children follow
    ttl_minutes: int | None = None  # the outlet's own hints for the schedule
    max_age_seconds: int | None = None
    retry_after_until: datetime | None = None
