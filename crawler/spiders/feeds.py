"""The config-driven feed spider: poll each due feed conditionally, follow new entries."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import scrapy
from scrapy.http import Response
from sqlalchemy import select
from twisted.python.failure import Failure

from crawler.items import ArticleItem, FeedStateItem
from pipelines import store
from pipelines.dedup import canonical_url
from pipelines.feeds import FeedEntry, parse_feed

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


def _describe(failure: Failure) -> str:
    """One line for the database: the HTTP status when there was a response, else the error."""
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]


class FeedSpider(scrapy.Spider):
    """Reads a cycle plan (due sources and their feed validators) written by the cycle runner."""

    name = "feeds"
    custom_settings = {"HTTPERROR_ALLOWED_CODES": [304]}

    def __init__(self, plan: str, database_url: str, max_entries: int = 200, **kwargs):
        super().__init__(**kwargs)
        with open(plan, encoding="utf-8") as handle:
            self.plan = json.load(handle)
        self.max_entries = int(max_entries)
        self.engine = store.open_engine(database_url, create=False)

    async def start(self):
        for source in self.plan:
            for feed in source["feeds"]:
                headers = {}
                if feed.get("etag"):
                    headers["If-None-Match"] = feed["etag"]
                if feed.get("last_modified"):
                    headers["If-Modified-Since"] = feed["last_modified"]
                yield scrapy.Request(
                    feed["url"], headers=headers, callback=self.parse_feed, errback=self.feed_failed,
                    dont_filter=True, meta={"source_id": source["source_id"], "language": source["language"],
                                            "feed_url": feed["url"]},
                )

    def _known(self, urls: list[str]) -> set[str]:
        """Canonical URLs already stored: each article page is fetched once."""
        if not urls:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(select(store.Article.canonical_url).where(store.Article.canonical_url.in_(urls)))
            return {row[0] for row in rows}

    def parse_feed(self, response: Response):
        meta = response.meta
        state = FeedStateItem(source_id=meta["source_id"], feed_url=meta["feed_url"], status=response.status,
                              polled_at=_now(), etag=response.headers.get("ETag", b"").decode("latin-1") or None,
                              last_modified=response.headers.get("Last-Modified", b"").decode("latin-1") or None)
        if response.status == 304:
            self.crawler.stats.inc_value("basewatch/feed_not_modified")
            yield state
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        parsed = parse_feed(response.body, content_type=content_type, max_entries=self.max_entries)
        state.entries = len(parsed.entries)
        state.error = parsed.error
        if parsed.error:
            log.warning("source %s: feed %s: %s", meta["source_id"], meta["feed_url"], parsed.error)
            self.crawler.stats.inc_value("basewatch/feed_malformed")
        yield state
        by_canonical: dict[str, FeedEntry] = {}
        for entry in parsed.entries:
            by_canonical.setdefault(canonical_url(entry.url), entry)
        known = self._known(list(by_canonical))
        for canonical, entry in by_canonical.items():
            if canonical in known:
                continue
            self.crawler.stats.inc_value("basewatch/entries_new")
            yield scrapy.Request(
                entry.url, callback=self.parse_article, errback=self.article_failed,
                meta={"source_id": meta["source_id"], "entry": entry,
                      "language": entry.language or meta["language"]},
            )

    def feed_failed(self, failure: Failure):
        meta = failure.request.meta
        response = getattr(failure.value, "response", None)
        error = _describe(failure)
        log.warning("source %s: feed %s failed: %s", meta["source_id"], meta["feed_url"], error)
        yield FeedStateItem(source_id=meta["source_id"], feed_url=meta["feed_url"],
                            status=response.status if response is not None else None,
                            polled_at=_now(), error=error)

    def _article(self, meta: dict, url: str, **fields) -> ArticleItem:
        entry: FeedEntry = meta["entry"]
        return ArticleItem(source_id=meta["source_id"], url=url, fetched_at=_now(), entry_title=entry.title,
                           entry_summary=entry.summary, entry_published=entry.published,
                           language=meta["language"], **fields)

    def parse_article(self, response: Response):
        if not hasattr(response, "text"):
            yield self._article(response.meta, response.meta["entry"].url,
                                fetch_error=f"not a text page: {response.headers.get('Content-Type')}")
            return
        # Keep the feed's link as the article URL: redirects to consent walls are common.
        yield self._article(response.meta, response.meta["entry"].url, html=response.text)

    def article_failed(self, failure: Failure):
        """Nothing is thrown away: the entry's title and summary are still stored and analysed."""
        meta = failure.request.meta
        error = _describe(failure)
        log.warning("source %s: article %s failed: %s", meta["source_id"], failure.request.url, error)
        yield self._article(meta, meta["entry"].url, fetch_error=error)
