"""The daemon's crawl processes, each in its own process group: tracked, so a SIGTERM stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import psutil

GRACE_SECONDS = 10  # for the group to end after each signal
POLL_SECONDS = 0.05
_running: set[subprocess.Popen] = set()  # crawl processes alive now, idle or in a cycle
_running_lock = threading.Lock()


def terminate(process: subprocess.Popen) -> None:
    """SIGTERM the whole process group (Scrapy and its extraction workers), then SIGKILL; return once no
    member is left running. The workers outlive their leader by the time they take to handle the signal (on
    a loaded machine, long enough for a restarted server to find the old ones still there)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        if _group_ended(process, GRACE_SECONDS):
            return


def _group_ended(process: subprocess.Popen, seconds: float) -> bool:
    """Whether the leader and every other member of its group ended within `seconds`."""
    deadline = time.monotonic() + seconds
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return False
    while _live_members(process.pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(POLL_SECONDS)
    return True


def _live_members(group: int) -> list[int]:
    """The processes of a group that still run (a zombie waits only for its parent to read its status)."""
    found = []
    for member in psutil.process_iter():
        try:
            if os.getpgid(member.pid) == group and member.status() != psutil.STATUS_ZOMBIE:
                found.append(member.pid)
        except (ProcessLookupError, psutil.Error):
            continue
    return found


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
