"""The daemon's long-lived crawl process: cycle after cycle on warm extraction workers and ingest.

A fresh crawl process per cycle pays its imports, a fork server, cold workers and the ingest
set-up every time: seconds of CPU, whatever the cycle brings. The daemon keeps one process
(`crawl_main --serve`) instead and hands it each cycle's plan. The cycle's hard time limit stays
with the daemon: a cycle that runs over it is stopped by killing the whole process group, and
the next cycle starts a new process. So does a config reload (the process read the old one),
and so does age: a process is retired after MAX_CYCLES cycles or MAX_AGE_SECONDS, so that
whatever it accumulates stays bounded over months.
"""

from __future__ import annotations

import json
import logging
import os
import select
import subprocess
import threading
import time
from pathlib import Path

from crawler.daemon.process_group import terminate, track, untrack

log = logging.getLogger(__name__)

MAX_CYCLES = 200
MAX_AGE_SECONDS = 6 * 3600
STOP_SECONDS = 30  # for an idle server to close its workers after its input ended


class CrawlServer:
    """One `crawl_main --serve` process, started on first use and again whenever it cannot be reused."""

    def __init__(self, *, max_cycles: int = MAX_CYCLES, max_age_seconds: float = MAX_AGE_SECONDS):
        self.max_cycles, self.max_age_seconds = max_cycles, max_age_seconds
        self._process: subprocess.Popen | None = None
        self._replies: int | None = None  # the read end of the process's reply pipe
        self._config = None  # the config object it was started for: a reload makes a new one
        self._command: list[str] = []
        self._cycles = 0
        self._started = 0.0
        self.starts = 0  # processes started so far, for the daemon's logs and the tests
        self._lock = threading.Lock()  # the daemon's stop comes from another thread than its cycles

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def run(self, config, command: list[str], plan: Path, stats: Path, *, timeout: float) -> int | None:
        """Run one cycle: the crawl's exit code (0 or 1, as a one-shot process's), or None when it ran out of time."""
        with self._lock:
            return self._run(config, command, plan, stats, deadline=time.monotonic() + timeout)

    def _run(self, config, command: list[str], plan: Path, stats: Path, *, deadline: float) -> int | None:
        if not self._reusable(config, command):
            self._stop()
            self._start(config, command)
        request = (json.dumps({"plan": str(plan), "stats": str(stats)}) + "\n").encode()
        try:
            self._send(request)
        except OSError:  # it died while idle (killed, out of memory): start another for this cycle
            log.warning("the crawl server (pid %s) had exited; starting another", self._process.pid)
            self._discard()
            self._start(config, command)
            self._send(request)
        self._cycles += 1
        try:
            reply = self._read_reply(deadline)
        except BaseException:  # the daemon is stopping: the cycle stops with it
            self._discard()
            raise
        if reply is None:
            self._discard()
            return None
        if not reply:  # the process ended in the middle of the cycle
            try:
                code = self._process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                code = None
            log.error("the crawl server exited with code %s during a cycle", code)
            self._discard()
            return code or 1
        return int(json.loads(reply)["returncode"])

    def _send(self, request: bytes) -> None:
        self._process.stdin.write(request)
        self._process.stdin.flush()

    def _reusable(self, config, command: list[str]) -> bool:
        return (self._process is not None and self._process.poll() is None and self._config is config
                and self._command == command and self._cycles < self.max_cycles
                and time.monotonic() - self._started < self.max_age_seconds)

    def _start(self, config, command: list[str]) -> None:
        read_end, write_end = os.pipe()
        try:
            self._process = subprocess.Popen(command + ["--serve", "--reply-fd", str(write_end)],
                                             stdin=subprocess.PIPE, pass_fds=(write_end,), start_new_session=True)
        except BaseException:
            os.close(read_end)
            raise
        finally:
            os.close(write_end)
        track(self._process)
        self._replies, self._config, self._command = read_end, config, command
        self._cycles, self._started = 0, time.monotonic()
        self.starts += 1
        log.info("crawl server started (pid %s)", self._process.pid)

    def _read_reply(self, deadline: float) -> str | None:
        """The reply line; "" when the process closed its end first; None at the deadline."""
        received = b""
        while not received.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self._replies], [], [], remaining)[0]:
                return None
            chunk = os.read(self._replies, 4096)
            if not chunk:
                return ""
            received += chunk
        return received.decode()

    def stop(self) -> None:
        """End the process: its input closes and it shuts its workers down; killed if it does not."""
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        process = self._process
        if process is None:
            return
        try:
            process.stdin.close()
            process.wait(timeout=STOP_SECONDS)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self._discard()

    def _discard(self) -> None:
        """Kill whatever is left of the process group and forget it (after a timeout, a crash, or stop)."""
        process, self._process = self._process, None
        if process is not None:
            terminate(process)  # its workers too, even when the server itself already exited
            untrack(process)
            if process.stdin is not None:
                try:
                    process.stdin.close()
                except OSError:
                    pass
        if self._replies is not None:
            os.close(self._replies)
            self._replies = None
