"""Scrapy glue: hand each item to the plain pipeline functions, off the reactor thread."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from datetime import timedelta

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from sqlalchemy.exc import DBAPIError

from crawler.items import ArticleItem, FeedStateItem
from pipelines.store import models as store
from pipelines.config import load_config, load_settings
from pipelines.sources.health import record_article, record_polls

log = logging.getLogger(__name__)

POLL_BATCH = 100  # poll records written per transaction (a killed cycle only re-polls those)


class WarmIngest:
    """The extraction pool and the ingestor, kept from one cycle to the next by a long-lived crawl process.

    A one-shot cycle builds both and throws them away; `crawl_main --serve` hands one of these to
    every cycle it runs (setting BASEWATCH_WARM), so the workers stay warm and the gazetteer and the
    story index are built once. The server is restarted on a config change, so the config they
    were built from is the one in force.
    """

    def __init__(self) -> None:
        self.config = None
        self.pool = None
        self.ingestor = None

    def __deepcopy__(self, memo) -> WarmIngest:
        return self  # each crawler deep-copies its settings: this one object is shared, not copied

    def forget(self) -> None:
        """After a failed set-up: the next cycle builds everything afresh."""
        self.close()
        self.config = self.ingestor = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None


class StorePipeline:
    """Extract in a process pool; dedup, detect, file incidents and queue alerts in one writer thread.

    The heavy part (gazetteer, story index, extraction workers) is built only when the first feed
    with new entries arrives: a cycle where every feed answered 304 needs none of it.
    """

    def __init__(self, config_dir: str, database_url: str, stats, settings=None, warm: WarmIngest | None = None):
        self.config_dir = config_dir
        self.database_url = database_url
        # settings.yaml only: the 500 sources of sources.yaml are read when articles need them.
        self.settings = settings or load_settings_for(config_dir, database_url)
        self.config = None
        self.stats = stats
        # One writer thread: SQLite wants a single writer, and the story index is not thread-safe.
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="basewatch-writer")
        self.pool = None
        self.ingestor = None
        self.warm = warm  # a long-lived crawl process's pool and ingestor, or None: build and close them here
        self._setup: asyncio.Future | None = None  # the extraction workers started
        self._ingest_ready: asyncio.Future | None = None  # then the gazetteer and the story index loaded
        self._setup_started = 0.0
        self._setup_failed = False
        # Polls that brought new entries are recorded only once the cycle ran to its end: a cycle
        # killed halfway leaves those sources due and their validators unchanged, so the next
        # poll (on any node) sees the same entries again instead of a 304.
        self._deferred: list[FeedStateItem] = []
        self._batch: list[FeedStateItem] = []  # other polls, written POLL_BATCH at a time
        self._ran_to_end = False
        # Per (source, feed): articles handed to the store, those it failed to store, and its last error.
        # A feed keeps its old validators unless every new entry was stored (or the outlet answers 304
        # next time and the entry is never seen again).
        self._seen: Counter[tuple[str, str | None]] = Counter()
        self._not_stored: Counter[tuple[str, str | None]] = Counter()
        self._store_error: dict[tuple[str, str | None], str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        config_dir = crawler.settings.get("BASEWATCH_CONFIG")
        database_url = crawler.settings.get("BASEWATCH_DATABASE_URL")
        if not database_url:
            raise NotConfigured("BASEWATCH_DATABASE_URL is not set")
        pipeline = cls(config_dir, database_url, crawler.stats, crawler.settings.get("BASEWATCH_SETTINGS"),
                       crawler.settings.get("BASEWATCH_WARM"))
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    def spider_idle(self, spider) -> None:
        """Nothing left to fetch: the cycle is finishing normally, not being stopped."""
        self._ran_to_end = True

    def open_spider(self, spider) -> None:
        # The cycle runner migrated the database already: no Alembic import and check here.
        self.engine = store.open_engine(self.database_url, create=False)
        self.sessions = store.session_factory(self.engine)

    def _start_setup(self) -> asyncio.Future:
        """Start the extraction workers, then build the ingest side, once, in the writer thread.

        The future returned is the workers': pages are extracted while the gazetteer and the story
        index load, and every ingest queues behind both in the writer thread.
        """
        if self._setup is None:
            self._setup_started = time.monotonic()
            self._setup = asyncio.wrap_future(self.writer.submit(self._setup_step, self._start_pool))
            self._ingest_ready = asyncio.wrap_future(self.writer.submit(self._setup_step, self._build_ingest))
            for future in (self._setup, self._ingest_ready):  # a failure is logged once, by _setup_step
                future.add_done_callback(lambda done: done.cancelled() or done.exception())
        return self._setup

    def _setup_step(self, step) -> None:
        if self._setup_failed:
            raise RuntimeError("article ingest is not prepared")  # the step before failed, and said why
        try:
            step()
        except BaseException:
            self._setup_failed = True
            self.stats.set_value("basewatch/ingest_setup_failed", 1)
            log.exception("could not prepare article ingest; feeds with new entries stay due")
            raise

    def _start_pool(self) -> None:
        from pipelines.extract.workers import ExtractionPool

        warm = self.warm
        if warm is not None and warm.pool is not None:
            if warm.pool.running:
                self.config, self.pool = warm.config, warm.pool
                return
            warm.close()
        self.config = load_config(self.config_dir, database_url=self.database_url, with_sources=False)
        crawl = self.config.settings.crawl
        self.pool = ExtractionPool(workers=crawl.extraction_workers, timeout=crawl.extraction_timeout_seconds)
        self.pool.start()  # here, not on the reactor thread when the first page arrives
        if warm is not None:
            warm.config, warm.pool = self.config, self.pool

    def _build_ingest(self) -> None:
        from pipelines.ingest import Ingestor
        from pipelines.setup_cache import cached_gazetteer

        warm = self.warm
        if warm is not None and warm.ingestor is not None:
            self.ingestor = warm.ingestor  # its story index takes in other nodes' articles before each ingest
        else:
            self.ingestor = Ingestor(self.config, cached_gazetteer(self.config.bases_path))
            with self.sessions() as session:
                loaded = self.ingestor.load_index(session, days=self.config.settings.dedup.window_days,
                                                   now=store.utcnow())
            log.info("story index rebuilt from %d stored signatures", loaded)
            if warm is not None:
                warm.ingestor = self.ingestor
        self.stats.set_value("basewatch/ingest_setup_seconds", round(time.monotonic() - self._setup_started, 3))

    def close_spider(self, spider) -> None:
        self.writer.shutdown(wait=True)  # after a setup still running, too: its pool is closed below
        if self.warm is None:
            if self.pool is not None:
                self.pool.close()
        elif self._setup_failed:
            self.warm.forget()
        self._flush_polls()
        if self._ran_to_end and not self._setup_failed:
            self._write_polls([self._with_store_outcome(item) for item in self._deferred])
            if self.ingestor is not None:
                self._prune_fetched_urls()
        elif self._deferred:
            log.warning("cycle %s: %d feed(s) with new entries stay due", "could not store articles"
                        if self._setup_failed else "stopped early", len(self._deferred))
        self.engine.dispose()

    def _prune_fetched_urls(self) -> None:
        """Fetched URLs are kept for the dedup window: the table stays the size of a few weeks of news."""
        from pipelines.dedup.fetched_urls import prune

        before = store.utcnow() - timedelta(days=self.config.settings.dedup.window_days)
        try:
            with self.sessions.begin() as session:
                self.stats.set_value("basewatch/fetched_urls_pruned", prune(session, before=before))
        except Exception as exc:  # forgetting later is harmless
            log.warning("old fetched URLs not pruned: %s", database_error(exc))

    def _with_store_outcome(self, item: FeedStateItem) -> FeedStateItem:
        """A feed with new entries the store failed to keep is recorded as failed: no new validators."""
        key = (item.source_id, item.feed_url)
        failed = self._not_stored[key]
        if not failed:
            return item
        self.stats.inc_value("basewatch/feeds_not_stored")
        total = max(item.new_entries or 0, self._seen[key])
        log.error("source %s: %d of %d new entries of %s not stored; its validators are kept",
                  item.source_id, failed, total, item.feed_url)
        return replace(item, error=f"{failed} of {total} new entries not stored: {self._store_error[key]}")

    def process_item(self, item, spider):
        """A poll record is queued synchronously (no coroutine per 304); an article is a coroutine."""
        if isinstance(item, FeedStateItem):
            if self._brings_entries(item):
                self._start_setup()  # overlaps with the article downloads that follow
                self._deferred.append(item)
            else:
                self._batch.append(item)
                if len(self._batch) >= POLL_BATCH:
                    batch, self._batch = self._batch, []
                    self.writer.submit(self._write_polls, batch)  # one writer thread: order is kept
            return item
        if isinstance(item, ArticleItem):
            return deferred_from_coro(self._process_article(item))
        return item

    async def _process_article(self, item: ArticleItem) -> ArticleItem:
        await self._start_setup()
        extracted, error = await self._extract(item)
        await self._ingest_ready
        await asyncio.get_running_loop().run_in_executor(self.writer, self._ingest, item, extracted, error)
        return item

    @staticmethod
    def _brings_entries(item: FeedStateItem) -> bool:
        new_entries = item.new_entries  # None: a sitemap index, whose children follow
        return item.status == 200 and item.error is None and (new_entries is None or new_entries > 0)

    async def _extract(self, item: ArticleItem):
        if item.extracted is not None:  # a channel message: its text came with the listing, no page to read
            from pipelines.sources.telegram import with_language

            return await asyncio.to_thread(with_language, item.extracted, item.language), None
        if item.html is None:
            return None, item.fetch_error or "no page"
        try:
            # Ingest takes the feed entry's date first: with one, the page's date is not searched for.
            extracted = await asyncio.wrap_future(self.pool.submit(item.html, item.url, item.fetched_at,
                                                                   search_date=item.entry_published is None))
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

    def _flush_polls(self) -> None:
        batch, self._batch = self._batch, []
        self._write_polls(batch)

    def _write_polls(self, items: list[FeedStateItem]) -> None:
        if not items:
            return
        polls = [dict(source_id=item.source_id, feed_url=item.feed_url, status=item.status,
                      polled_at=item.polled_at, etag=item.etag, last_modified=item.last_modified,
                      entries=item.entries, error=item.error,
                      new_entries=item.new_entries,
                      ttl_minutes=item.ttl_minutes,
                      max_age_seconds=item.max_age_seconds,
                      retry_after_until=item.retry_after_until) for item in items]
        schedule = self.settings.schedule
        try:
            with self.sessions.begin() as session:
                record_polls(session, polls, schedule=schedule)
        except Exception:
            if len(polls) == 1:
                self.stats.inc_value("basewatch/poll_record_error")
                log.exception("source %s: poll of %s not recorded", polls[0]["source_id"], polls[0]["feed_url"])
                return
            log.warning("a batch of %d poll records failed; recording them one by one", len(polls), exc_info=True)
            for item in items:
                self._write_polls([item])

    def _ingest(self, item: ArticleItem, extracted, error: str | None) -> None:
        from pipelines.ingest import FetchedArticle

        fetched = FetchedArticle(source_id=item.source_id, url=item.url, fetched_at=item.fetched_at,
                                 entry_title=item.entry_title, entry_summary=item.entry_summary,
                                 entry_published=item.entry_published, language=item.language,
                                 final_url=item.final_url)
        key = (item.source_id, item.feed_url)
        self._seen[key] += 1
        try:
            with self.sessions.begin() as session:
                result = self.ingestor.ingest(session, fetched, extracted, extraction_error=error,
                                              now=store.utcnow())
                if result.article_id is not None:
                    record_article(session, item.source_id, at=item.fetched_at, extraction_ok=error is None)
        except Exception as exc:
            # One bad article is logged with its source and skipped; the transaction rolled back,
            # and its feed is recorded as failed at the end of the cycle.
            self.stats.inc_value("basewatch/ingest_error")
            self.stats.inc_value("basewatch/entries_not_stored")
            self._not_stored[key] += 1
            self._store_error[key] = database_error(exc)
            if isinstance(exc, DBAPIError):  # the database refused (locked, full): its words are enough
                log.error("source %s: could not store %s: %s", item.source_id, item.url, self._store_error[key])
            else:
                log.exception("source %s: could not store %s", item.source_id, item.url)
            return
        self.ingestor.remember(result)
        if result.article_id is None:
            return
        self.stats.inc_value("basewatch/articles_stored")
        self.stats.inc_value("basewatch/reports", result.reports)
        self.stats.inc_value("basewatch/incidents_new", len(result.new_incidents))
        self.stats.inc_value("basewatch/alerts_queued", result.alerts_queued)


def database_error(exc: BaseException) -> str:
    """The database's own words ("database is locked"), without SQLAlchemy's statement and parameters."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return (lines[0] if lines else type(cause).__name__)[:200]


def load_settings_for(config_dir: str | None, database_url: str):
    """settings.yaml of the config directory, with the cycle's database URL."""
    from pathlib import Path

    from pipelines.config_models import DEFAULT_CONFIG_DIR

    settings = load_settings(Path(config_dir or DEFAULT_CONFIG_DIR) / "settings.yaml")
    return settings.model_copy(update={"database_url": database_url})
