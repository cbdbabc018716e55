"""The daemon's crawl processes, each in its own process group: tracked, so a SIGTERM stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_running: set[subprocess.Popen] = set()  # crawl processes alive now, idle or in a cycle
_running_lock = threading.Lock()


def terminate(process: subprocess.Popen) -> None:
    """SIGTERM the whole process group (Scrapy and its extraction workers), then SIGKILL."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def tracked(process: subprocess.Popen) -> Iterator[subprocess.Popen]:
    """While the block runs, `stop_all` stops this process too."""
    track(process)
    try:
        yield process
    finally:
        untrack(process)


def track(process: subprocess.Popen) -> None:
    with _running_lock:
        _running.add(process)


def untrack(process: subprocess.Popen) -> None:
    with _running_lock:
        _running.discard(process)


def stop_all() -> None:
    """Called on SIGTERM: stop every tracked process group, in parallel."""
    with _running_lock:
        processes = list(_running)
    for process in processes:
        threading.Thread(target=terminate, args=(process,), daemon=True).start()
