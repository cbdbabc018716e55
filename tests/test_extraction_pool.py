"""The extraction pool: started on the thread that asks for it, before any page; workers replaced rarely."""

from __future__ import annotations

import os

import psutil

from pipelines.extract.workers import ExtractionPool

PAGE = ("<html lang='en'><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
        "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, the port "
        "authority said, and fishing boats queued at dawn to unload their catch.</p></article></body></html>")


def _pool_processes() -> set[int]:
    """The fork server and its workers: every process below this one."""
    return {child.pid for child in psutil.Process().children(recursive=True)}


def _workers() -> list[psutil.Process]:
    """The processes the fork server forked. The fork server is one per test process: an earlier
    test's pool may have started it, and it stays, so only its children tell this pool's story."""
    servers = [child for child in psutil.Process().children() if "forkserver" in " ".join(child.cmdline())]
    return [worker for server in servers for worker in server.children()]


def test_start_brings_up_the_fork_server_and_every_worker_before_the_first_page():
    before = _pool_processes()
    with ExtractionPool(workers=2, timeout=60) as pool:
        assert _pool_processes() == before, "nothing runs until the pool is started"
        assert pool.start().result(timeout=120) is True
        assert len(_workers()) == 2, "the fork server runs and both workers are already forked"
        extracted = pool.submit(PAGE, "https://example.org/harbour").result(timeout=120)
    assert "northern pier" in extracted.text


def test_a_worker_serves_hundreds_of_pages_before_it_is_replaced():
    # A replacement warms its caches again on its first pages: at 200 tasks a cycle of 500 pages paid that four times.
    with ExtractionPool(workers=2, timeout=60) as pool:
        pids = {future.result(timeout=120) for future in [pool._pool.schedule(os.getpid) for _ in range(600)]}
    assert len(pids) <= 2  # two workers, none replaced (trivial tasks may all go to one)
