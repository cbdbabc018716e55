"""terminate(): a crawl process group is stopped as a whole, its workers too, before the call returns."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from crawler.daemon.process_group import _live_members, terminate

# A leader that exits at once on SIGTERM, and a worker of its group that takes a while to handle it (as an
# extraction worker finishing a page does): the worker outlives the leader.
LEADER = textwrap.dedent("""
    import signal, subprocess, sys, time
    worker = subprocess.Popen([sys.executable, "-c",
        "import signal, time\\n"
        "signal.signal(signal.SIGTERM, lambda *a: (time.sleep(1.5), exit(0)))\\n"
        "print('ready', flush=True)\\n"
        "time.sleep(60)"], stdout=subprocess.PIPE)
    worker.stdout.readline()
    print(worker.pid, flush=True)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    time.sleep(60)
""")


def test_terminate_returns_only_when_the_workers_that_outlive_the_leader_have_ended():
    leader = subprocess.Popen([sys.executable, "-c", LEADER], stdout=subprocess.PIPE, text=True, start_new_session=True)
    worker = int(leader.stdout.readline())
    assert worker in _live_members(leader.pid)
    started = time.monotonic()
    terminate(leader)
    assert _live_members(leader.pid) == [], "a worker of the group still runs after terminate()"
    assert time.monotonic() - started < 10, "the worker ended on SIGTERM, no SIGKILL grace was needed"
