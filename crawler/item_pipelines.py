"""Scrapy glue: hand each item to the plain pipeline functions, off the reactor thread."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.items import ArticleItem, FeedStateItem
from pipelines import store
from pipelines.config import load_config
from pipelines.detect import load_gazetteer
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.sources import record_article, record_poll
from pipelines.workers import ExtractionPool

log = logging.getLogger(__name__)


class StorePipeline:
    """Extract in a process pool; dedup, detect, file incidents and queue alerts in one writer thread."""

    def __init__(self, config_dir: str, database_url: str, stats):
        self.config = load_config(config_dir, database_url=database_url)
        self.stats = stats
        # One writer thread: SQLite wants a single writer, and the story index is not thread-safe.
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="basewatch-writer")
        self.pool: ExtractionPool | None = None
        # Polls that brought new entries are recorded only once the cycle ran to its end: a cycle
        # killed halfway leaves those sources due and their validators unchanged, so the next
        # poll (on any node) sees the same entries again instead of a 304.
        self._deferred: list[FeedStateItem] = []
        self._ran_to_end = False

    @classmethod
    def from_crawler(cls, crawler):
        config_dir = crawler.settings.get("BASEWATCH_CONFIG")
        database_url = crawler.settings.get("BASEWATCH_DATABASE_URL")
        if not database_url:
            raise NotConfigured("BASEWATCH_DATABASE_URL is not set")
        pipeline = cls(config_dir, database_url, crawler.stats)
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    def spider_idle(self, spider) -> None:
        """Nothing left to fetch: the cycle is finishing normally, not being stopped."""
        self._ran_to_end = True

    def open_spider(self, spider) -> None:
        opened = time.monotonic()
        crawl = self.config.settings.crawl
        self.engine = store.open_engine(self.config.settings.database_url)
        self.sessions = store.session_factory(self.engine)
        gazetteer = load_gazetteer(self.config.bases_path)
        self.ingestor = Ingestor(self.config, gazetteer)
        with self.sessions() as session:
            loaded = self.ingestor.load_index(session, now=store.utcnow())
        log.info("story index rebuilt from %d stored signatures", loaded)
        self.pool = ExtractionPool(workers=crawl.extraction_workers, timeout=crawl.extraction_timeout_seconds)
        self.stats.set_value("basewatch/pipeline_open_seconds", round(time.monotonic() - opened, 3))

    def close_spider(self, spider) -> None:
        if self.pool is not None:
            self.pool.close()
        self.writer.shutdown(wait=True)
        if self._ran_to_end:
            for item in self._deferred:
                self._write_poll(item)
        elif self._deferred:
            log.warning("cycle stopped early: %d feed(s) with new entries stay due", len(self._deferred))
        self.engine.dispose()

    async def process_item(self, item, spider):
        loop = asyncio.get_running_loop()
        if isinstance(item, FeedStateItem):
            await loop.run_in_executor(self.writer, self._record_feed, item)
        elif isinstance(item, ArticleItem):
            extracted, error = await self._extract(item)
            await loop.run_in_executor(self.writer, self._ingest, item, extracted, error)
        return item

    async def _extract(self, item: ArticleItem):
        if item.html is None:
            return None, item.fetch_error or "no page"
        try:
            extracted = await asyncio.wrap_future(self.pool.submit(item.html, item.url, item.fetched_at))
        except (FutureTimeout, TimeoutError):
            self.stats.inc_value("basewatch/extraction_timeout")
            log.warning("source %s: extraction of %s exceeded its time limit", item.source_id, item.url)
            return None, "extraction timed out"
        except Exception as exc:  # a worker crash must not stop the cycle
            self.stats.inc_value("basewatch/extraction_error")
            log.warning("source %s: extraction of %s failed: %r", item.source_id, item.url, exc)
            return None, f"extraction failed: {exc!r}"[:500]
        if not extracted.text:
            self.stats.inc_value("basewatch/extraction_empty")
            log.info("source %s: no article text in %s; keeping the feed entry", item.source_id, item.url)
            return extracted, "no text extracted"
        return extracted, None

    def _record_feed(self, item: FeedStateItem) -> None:
        new_entries = getattr(item, "new_entries", None)  # None: a sitemap index, whose children follow
        if item.status == 200 and item.error is None and (new_entries is None or new_entries > 0):
            self._deferred.append(item)
            return
        self._write_poll(item)

    def _write_poll(self, item: FeedStateItem) -> None:
        with self.sessions.begin() as session:
            record_poll(session, source_id=item.source_id, feed_url=item.feed_url, status=item.status,
                        polled_at=item.polled_at, etag=item.etag, last_modified=item.last_modified,
                        entries=item.entries, error=item.error,
                        new_entries=getattr(item, "new_entries", None),
                        ttl_minutes=getattr(item, "ttl_minutes", None),
                        max_age_seconds=getattr(item, "max_age_seconds", None),
                        retry_after_until=getattr(item, "retry_after_until", None),
                        schedule=self.config.settings.schedule)

    def _ingest(self, item: ArticleItem, extracted, error: str | None) -> None:
        fetched = FetchedArticle(source_id=item.source_id, url=item.url, fetched_at=item.fetched_at,
                                 entry_title=item.entry_title, entry_summary=item.entry_summary,
                                 entry_published=item.entry_published, language=item.language)
        try:
            with self.sessions.begin() as session:
                result = self.ingestor.ingest(session, fetched, extracted, extraction_error=error,
                                              now=store.utcnow())
                if result.article_id is not None:
                    record_article(session, item.source_id, at=item.fetched_at, extraction_ok=error is None)
        except Exception:
            # One bad article is logged with its source and skipped; the transaction rolled back.
            self.stats.inc_value("basewatch/ingest_error")
            log.exception("source %s: could not store %s", item.source_id, item.url)
            return
        self.ingestor.remember(result)
        if result.article_id is None:
            return
        self.stats.inc_value("basewatch/articles_stored")
        self.stats.inc_value("basewatch/reports", result.reports)
        self.stats.inc_value("basewatch/incidents_new", len(result.new_incidents))
        self.stats.inc_value("basewatch/alerts_queued", result.alerts_queued)
