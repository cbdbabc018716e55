"""Run extraction in worker processes with a per-page time limit, so one page cannot hang a cycle."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future
from datetime import datetime

from pebble import ProcessPool

from pipelines.extract.article import extract


def _ready() -> bool:
    """A task that does nothing: scheduling it starts the pool."""
    return True


class ExtractionPool:
    """A pool whose workers are killed and replaced when a page exceeds its time limit."""

    # A worker is replaced after this many pages, so a leak (lxml's, a parser's) stays bounded. Each
    # replacement forks from the fork server, but warms its own caches again on its first pages.
    MAX_TASKS = 1000

    def __init__(self, *, workers: int = 2, timeout: float = 20.0, max_tasks: int = MAX_TASKS):
        self.timeout = timeout
        # forkserver: never fork a process that runs a reactor and threads. The server imports
        # the extractor and loads its models once, so a new worker does not spend its first pages'
        # time limits on imports and models (seconds per worker, again after every max_tasks pages).
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipelines.extract.article", "pipelines.extract.warm"])
        self._pool = ProcessPool(max_workers=workers, max_tasks=max_tasks, context=context)

    def start(self) -> Future:
        """Start the fork server and the workers now, on this thread.

        pebble starts them on the first page scheduled, and that call waits seconds for the fork
        server's imports: on a crawl's reactor thread, every download would wait with it.
        """
        return self._pool.schedule(_ready)

    def submit(self, html: str, url: str, fetched_at: datetime | None = None, *, search_date: bool = True) -> Future:
        """A future of Extracted; it raises TimeoutError when the page took too long."""
        return self._pool.schedule(extract, args=(html, url), kwargs={"fetched_at": fetched_at, "search_date": search_date},
                                   timeout=self.timeout)

    @property
    def running(self) -> bool:
        """False once the pool was closed or broke down: a long-lived caller starts a new one."""
        return self._pool.active

    def close(self) -> None:
        self._pool.stop()
        self._pool.join(timeout=10)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
