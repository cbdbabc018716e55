"""Source leases: several daemons on one database poll each due source once; a dead node's lease expires."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from pipelines.store import models as store
from pipelines.sources.leases import claim_sources, release_sources

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
IDS = [f"outlet-{n:03d}" for n in range(60)]


def _sessions(database_url):
    sessions = store.session_factory(store.open_engine(database_url))
    with sessions.begin() as session:
        for source_id in IDS:
            session.add(store.Source(id=source_id, name=source_id, country="IQ", language="ar", kind="regional",
                                     error_streak=0, articles_total=0, extraction_failures=0))
    return sessions


def test_claims_are_disjoint_and_expire(database_url):
    sessions = _sessions(database_url)
    lease = timedelta(minutes=15)
    first = claim_sources(sessions, IDS[:40], owner="node-a", now=NOW, lease=lease)
    second = claim_sources(sessions, IDS[20:], owner="node-b", now=NOW, lease=lease)
    assert first == set(IDS[:40]) and second == set(IDS[40:])
    # node-a is killed: it never releases; after the lease, node-b takes its sources.
    later = claim_sources(sessions, IDS, owner="node-b", now=NOW + lease + timedelta(seconds=1), lease=lease)
    assert later == set(IDS)
    release_sources(sessions, owner="node-b")
    with sessions() as session:
        assert not session.scalars(select(store.Source).where(store.Source.lease_owner.is_not(None))).all()
    assert claim_sources(sessions, IDS[:5], owner="node-c", now=NOW, lease=lease) == set(IDS[:5])


def test_three_processes_racing_for_the_same_sources(database_url):
    _sessions(database_url)
    code = ("import sys, json; from datetime import datetime, timedelta, UTC; from pipelines.store import models as store; "
            "from pipelines.sources.leases import claim_sources; "
            "s = store.session_factory(store.open_engine(sys.argv[1])); "
            f"ids = {IDS!r}; "
            "got = claim_sources(s, ids, owner=sys.argv[2], now=datetime(2026, 5, 1, 12, tzinfo=UTC), "
            "lease=timedelta(minutes=5)); print(json.dumps(sorted(got)))")
    procs = [subprocess.Popen([sys.executable, "-c", code, database_url, f"node-{n}"], stdout=subprocess.PIPE)
             for n in range(3)]
    import json

    claimed = [set(json.loads(p.communicate(timeout=120)[0])) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    union = set().union(*claimed)
    assert union == set(IDS), "every source is claimed by someone"
    assert sum(len(c) for c in claimed) == len(IDS), "and by no more than one node"


def test_claim_limit_splits_the_work(database_url):
    sessions = _sessions(database_url)
    lease = timedelta(minutes=5)
    a = claim_sources(sessions, IDS, owner="node-a", now=NOW, lease=lease, limit=25)
    b = claim_sources(sessions, IDS, owner="node-b", now=NOW, lease=lease, limit=25)
    c = claim_sources(sessions, IDS, owner="node-c", now=NOW, lease=lease, limit=25)
    assert (len(a), len(b), len(c)) == (25, 25, 10)
    assert a | b | c == set(IDS) and not (a & b or b & c or a & c)


def test_leases_of_a_dead_process_on_this_host_are_freed(database_url):
    from pipelines.sources.leases import host_name, release_dead_local_leases

    sessions = _sessions(database_url)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = host_name()
    lease = timedelta(hours=1)
    claim_sources(sessions, IDS[:10], owner=f"{host}:{dead.pid}:abc123", now=NOW, lease=lease)
    claim_sources(sessions, IDS[10:20], owner=f"{host}:{os.getpid()}:def456", now=NOW, lease=lease)
    claim_sources(sessions, IDS[20:30], owner=f"elsewhere:{dead.pid}:aaaaaa", now=NOW, lease=lease)
    assert release_dead_local_leases(sessions) == 1
    assert claim_sources(sessions, IDS, owner="next", now=NOW, lease=lease) == set(IDS[:10]) | set(IDS[30:])
