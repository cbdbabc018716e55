"""The config-driven spider: poll each due feed, news sitemap, section page or channel preview, follow new entries."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import scrapy
from scrapy.http import Response
from sqlalchemy import select
from twisted.python.failure import Failure

from crawler.items import ArticleItem, FeedStateItem
from pipelines.sources.sections import max_age_seconds, section_entries, utf8_text
from pipelines.store import models as store

if TYPE_CHECKING:
    from pipelines.sources.feeds import FeedEntry

# Feed, sitemap and URL parsing (feedparser, lxml, courlan) are imported at the first body to
# parse: a cycle where every feed answered 304 never needs them.

log = logging.getLogger(__name__)

FUTURE_SLACK = timedelta(hours=14)  # the furthest time zone ahead of UTC
MAX_CHILD_SITEMAPS = 3  # of an index, the most recently modified ones: news lives there
MAX_CHANNEL_PAGES = 5  # newer preview pages read in one poll of a channel (about 20 messages each)


def _now() -> datetime:
    return datetime.now(UTC)


def _describe(failure: Failure) -> str:
    """One line for the database: the HTTP status when there was a response, else the error."""
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]


def _header(response: Response, name: str) -> str | None:
    return response.headers.get(name, b"").decode("latin-1") or None


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

    def closed(self, reason: str) -> None:
        """Scrapy calls this at the end of the crawl: a long-lived crawl process runs many, each with its own engine."""
        self.engine.dispose()

    async def start(self):
        for source in self.plan:
            for feed in source["feeds"]:
                if feed.get("kind") == "telegram":
                    yield self._channel_request(source, feed)
                    continue
                headers = {}
                if feed.get("etag"):
                    headers["If-None-Match"] = feed["etag"]
                if feed.get("last_modified"):
                    headers["If-Modified-Since"] = feed["last_modified"]
                yield scrapy.Request(
                    feed["url"], headers=headers, callback=self.parse_feed, errback=self.feed_failed,
                    dont_filter=True, meta={"source_id": source["source_id"], "language": source["language"],
                                            "feed_url": feed["url"], "kind": feed.get("kind", "feed"),
                                            "article_pattern": feed.get("article_pattern"),
                                            "max_links": feed.get("max_links", 50)},
                )

    def _known(self, urls: list[str]) -> set[str]:
        """Canonical URLs already stored, or fetched under, redirected to or declared: each page is fetched once."""
        if not urls:
            return set()
        from pipelines.dedup.fetched_urls import known

        with self.engine.connect() as conn:
            rows = conn.execute(select(store.Article.canonical_url).where(store.Article.canonical_url.in_(urls)))
            return {row[0] for row in rows} | known(conn, urls)

    def _state(self, response: Response, **fields) -> FeedStateItem:
        meta = response.meta
        return FeedStateItem(source_id=meta["source_id"], feed_url=meta["feed_url"], status=response.status,
                             polled_at=_now(), etag=_header(response, "ETag"),
                             last_modified=_header(response, "Last-Modified"), kind=meta.get("kind", "feed"),
                             max_age_seconds=max_age_seconds(_header(response, "Cache-Control")), **fields)

    def parse_feed(self, response: Response):
        meta = response.meta
        kind = meta.get("kind", "feed")
        if response.status == 304:
            self.crawler.stats.inc_value("basewatch/feed_not_modified")
            yield self._state(response, new_entries=0)
            return
        self.crawler.stats.inc_value(f"basewatch/parsed/{kind}")
        try:
            entries, error, ttl, children = self._parse_listing(response, kind)
        except Exception as exc:  # a parser bug must not lose the poll: the source shows it as its error
            entries, error, ttl, children = (), f"could not parse the {kind}: {type(exc).__name__}: {exc}"[:500], None, ()
        if error:
            log.warning("source %s: %s %s: %s", meta["source_id"], kind, meta["feed_url"], error)
            self.crawler.stats.inc_value("basewatch/feed_malformed")
        new = self._new_entries(entries)
        yield self._state(response, entries=len(entries) + len(children), error=error, ttl_minutes=ttl,
                          new_entries=None if children else len(new))
        yield from self._follow(meta, new)
        # A sitemap index: read its newest children now (no validators are kept for them).
        newest = sorted(children, key=lambda child: child[1] or datetime.min.replace(tzinfo=UTC), reverse=True)
        for url, _ in newest[:MAX_CHILD_SITEMAPS]:
            yield scrapy.Request(url, callback=self.parse_child_sitemap, errback=self.child_failed,
                                 meta={**{k: meta[k] for k in ("source_id", "language", "feed_url")}})

    def _parse_listing(self, response: Response, kind: str) -> tuple:
        """(entries, error, ttl in minutes, child sitemaps) of a feed, news sitemap or section page."""
        meta = response.meta
        if kind == "sitemap":
            from pipelines.sources.sitemaps import parse_sitemap

            parsed = parse_sitemap(response.body, max_entries=self.max_entries)
            return parsed.entries, parsed.error, None, parsed.children
        if kind == "section":
            text = utf8_text(response.body) or getattr(response, "text", "")
            links = section_entries(text, response.url, meta["article_pattern"] or ".", max_links=meta["max_links"])
            return links, None, None, ()
        from pipelines.sources.feeds import parse_feed

        content_type = _header(response, "Content-Type")
        if content_type and utf8_text(response.body) is not None:
            content_type = content_type.split(";", 1)[0]  # valid UTF-8: do not trust a charset that may lie
        feed = parse_feed(response.body, content_type=content_type, max_entries=self.max_entries)
        return feed.entries, feed.error, feed.ttl_minutes, ()

    def _channel_request(self, source: dict, feed: dict) -> scrapy.Request:
        """A channel's preview: only messages after the highest id stored (kept in its feed's etag)."""
        last = int(feed["etag"]) if (feed.get("etag") or "").isdigit() else None
        meta = {"source_id": source["source_id"], "language": source["language"], "feed_url": feed["url"],
                "kind": "telegram", "channel": feed["channel"], "preview_base": feed["preview_base"]}
        return self._preview_request(meta, last)

    def _preview_request(self, meta: dict, last: int | None, *, pages: int = 1, seen: int = 0,
                         new: int = 0) -> scrapy.Request:
        from pipelines.sources.telegram import preview_url

        return scrapy.Request(preview_url(meta["channel"], base=meta["preview_base"], after=last),
                              callback=self.parse_channel, errback=self.feed_failed, dont_filter=True,
                              meta={**meta, "last_id": last, "pages": pages, "seen": seen, "new": new})

    def parse_channel(self, response: Response):
        """Each new message of a channel preview is an article whose text is already known: nothing to fetch.

        A channel that posted more than a page since the last poll is read on through its newer
        pages (up to MAX_CHANNEL_PAGES); its poll is recorded once, after the last page.
        """
        from pipelines.sources.telegram import as_extracted, parse_preview

        meta = response.meta
        self.crawler.stats.inc_value("basewatch/parsed/telegram")
        page = parse_preview(response.body, meta["channel"])
        if page.error:
            log.warning("source %s: channel %s: %s", meta["source_id"], meta["channel"], page.error)
            self.crawler.stats.inc_value("basewatch/feed_malformed")
        last = meta["last_id"]
        fresh = [message for message in page.messages if last is None or message.id > last]
        newest = max([message.id for message in fresh] + ([last] if last is not None else []), default=None)
        worded = [message for message in fresh if message.text]  # a photo without a caption says nothing
        known = self._known([message.url for message in worded])
        new = [message for message in worded if message.url not in known]
        horizon = _now() + FUTURE_SLACK
        for message in new:
            extracted = as_extracted(message)
            if message.published is not None and message.published > horizon:
                extracted = replace(extracted, published=None)  # a date in the future is a wrong date
            self.crawler.stats.inc_value("basewatch/entries_new")
            yield ArticleItem(source_id=meta["source_id"], url=message.url, fetched_at=_now(),
                              entry_published=extracted.published, language=meta["language"],
                              feed_url=meta["feed_url"], extracted=extracted)
        seen, new_total = meta["seen"] + len(page.messages), meta["new"] + len(new)
        # The first poll reads one page; later ones follow "newer" links while each page brings new ids.
        if (last is not None and not page.error and fresh and page.after is not None and page.after >= newest
                and meta["pages"] < MAX_CHANNEL_PAGES):
            yield self._preview_request(meta, newest, pages=meta["pages"] + 1, seen=seen, new=new_total)
            return
        yield replace(self._state(response, entries=seen, error=page.error, new_entries=new_total),
                      etag=None if newest is None else str(newest), last_modified=None)

    def parse_child_sitemap(self, response: Response):
        from pipelines.sources.sitemaps import parse_sitemap

        parsed = parse_sitemap(response.body, max_entries=self.max_entries)
        if parsed.error:
            log.warning("source %s: child sitemap %s: %s", response.meta["source_id"], response.url, parsed.error)
        yield from self._follow(response.meta, self._new_entries(parsed.entries))

    def child_failed(self, failure: Failure):
        log.warning("source %s: child sitemap %s failed: %s", failure.request.meta["source_id"],
                    failure.request.url, _describe(failure))
        return []

    def _new_entries(self, entries) -> list[FeedEntry]:
        from pipelines.dedup.urls import canonical_url

        by_canonical: dict[str, FeedEntry] = {}
        for entry in entries:
            by_canonical.setdefault(canonical_url(entry.url), entry)
        known = self._known(list(by_canonical))
        return [entry for canonical, entry in by_canonical.items() if canonical not in known]

    def _follow(self, meta: dict, entries: list[FeedEntry]):
        horizon = _now() + FUTURE_SLACK
        for entry in entries:
            if entry.published is not None and entry.published > horizon:
                entry = replace(entry, published=None)  # a date in the future is a wrong date: not trusted
            self.crawler.stats.inc_value("basewatch/entries_new")
            yield scrapy.Request(
                entry.url, callback=self.parse_article, errback=self.article_failed,
                meta={"source_id": meta["source_id"], "entry": entry, "feed_url": meta["feed_url"],
                      "language": entry.language or meta["language"]},
            )

    def feed_failed(self, failure: Failure):
        meta = failure.request.meta
        response = getattr(failure.value, "response", None)
        error = _describe(failure)
        log.warning("source %s: feed %s failed: %s", meta["source_id"], meta["feed_url"], error)
        yield FeedStateItem(source_id=meta["source_id"], feed_url=meta["feed_url"],
                            status=response.status if response is not None else None,
                            polled_at=_now(), error=error, kind=meta.get("kind", "feed"),
                            retry_after_until=meta.get("retry_after_until"))

    def _article(self, meta: dict, url: str, **fields) -> ArticleItem:
        entry: FeedEntry = meta["entry"]
        return ArticleItem(source_id=meta["source_id"], url=url, fetched_at=_now(), entry_title=entry.title,
                           entry_summary=entry.summary, entry_published=entry.published,
                           language=meta["language"], feed_url=meta.get("feed_url"), **fields)

    def parse_article(self, response: Response):
        if not hasattr(response, "text"):
            yield self._article(response.meta, response.meta["entry"].url,
                                fetch_error=f"not a text page: {response.headers.get('Content-Type')}")
            return
        # Keep the feed's link as the article URL: redirects to consent walls are common.
        html = utf8_text(response.body) or response.text
        yield self._article(response.meta, response.meta["entry"].url, html=html, final_url=response.url)

    def article_failed(self, failure: Failure):
        """Nothing is thrown away: the entry's title and summary are still stored and analysed."""
        meta = failure.request.meta
        error = _describe(failure)
        log.warning("source %s: article %s failed: %s", meta["source_id"], failure.request.url, error)
        yield self._article(meta, meta["entry"].url, fetch_error=error)
