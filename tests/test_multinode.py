"""Three daemons share one PostgreSQL: each feed polled once, no article twice, each alert once, a killed node's work taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import POSTGRES_ADMIN_URL, ROOT, fresh_database, read_mail, write_config
from crawler.offline.mailsink import MailSink
from pipelines.store import models as store

sys.path.insert(0, str(ROOT / "bench"))
from feedfarm import FeedFarm  # noqa: E402

pytestmark = [
    pytest.mark.skipif(POSTGRES_ADMIN_URL is None, reason="needs the PostgreSQL server that .ci/run starts"),
    pytest.mark.timeout(900),
]
FEEDS, STRIKES = 1000, 8
RECIPIENTS = [{"email": "desk@basewatch.test"}, {"email": "iraq@basewatch.test", "countries": ["IQ"]}]


def _start(config_dir: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", "--config", str(config_dir), "run"],
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def _wait_for(predicate, *, seconds: float, every: float = 2.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nodes")
    with fresh_database("postgresql", tmp) as database, FeedFarm(FEEDS, strikes=STRIKES) as farm, \
            MailSink(tmp / "mail") as sink:
        config_dir = write_config(
            tmp / "config", database=database, smtp_port=sink.port, sources=farm.source_entries(interval_minutes=600),
            recipients=RECIPIENTS,
            crawl={"cycle_timeout_seconds": 120, "lease_grace_seconds": 5, "max_sources_per_cycle": 100,
                   "extraction_workers": 1},
            schedule={"tick_seconds": 2, "outbox_seconds": 2},
        )
        engine = store.open_engine(database)
        sessions = store.session_factory(engine)
        nodes = [_start(config_dir, tmp / f"node{n}.log") for n in range(3)]
        victim = nodes[0]

        def victim_holds_leases() -> bool:
            with sessions() as session:
                return bool(session.scalar(select(func.count()).where(
                    store.Source.lease_owner.like(f"%:{victim.pid}:%"))))

        assert _wait_for(victim_holds_leases, seconds=240, every=0.5), "node 0 never claimed sources"
        with sessions() as session:
            orphaned = set(session.scalars(select(store.Source.id).where(
                store.Source.lease_owner.like(f"%:{victim.pid}:%"))))
        os.killpg(victim.pid, signal.SIGKILL)  # mid-cycle: its Scrapy process group dies with it
        victim.wait(timeout=30)

        def all_polled() -> bool:
            with sessions() as session:
                done = session.scalar(select(func.count()).where(store.Source.last_success_at.is_not(None)))
                pending = session.scalar(select(func.count()).where(store.Outbox.status == "pending"))
            return done == FEEDS and pending == 0 and len(sink.messages()) > 0

        finished = _wait_for(all_polled, seconds=600)
        for node in nodes[1:]:
            node.send_signal(signal.SIGTERM)
        for node in nodes[1:]:
            try:
                node.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(node.pid, signal.SIGKILL)
        logs = {n: (tmp / f"node{n}.log").read_text(errors="replace")[-3000:] for n in range(3)}
        assert finished, f"not every source was polled and every alert sent; logs: {logs}"
        yield {"sessions": sessions, "farm": farm, "sink": sink, "orphaned": orphaned}
        engine.dispose()


def test_every_feed_polled_and_only_crash_victims_twice(cluster):
    hits = cluster["farm"].hits
    orphaned_feeds = {f"/feeds/{int(source_id.split('-')[1])}.xml" for source_id in cluster["orphaned"]}
    for number in range(FEEDS):
        path = f"/feeds/{number}.xml"
        assert hits[path] >= 1
        if path not in orphaned_feeds:
            assert hits[path] == 1, f"{path} polled {hits[path]} times in one interval"


def test_no_article_stored_twice(cluster):
    with cluster["sessions"]() as session:
        urls = list(session.scalars(select(store.Article.canonical_url)))
    assert len(urls) == len(set(urls)) == FEEDS


def test_every_alert_sent_exactly_once(cluster):
    with cluster["sessions"]() as session:
        incidents = session.scalars(select(store.Incident)).all()
        sent = session.execute(select(store.Outbox.incident_id, store.Outbox.recipient)
                               .where(store.Outbox.status == "sent")).all()
    assert len(incidents) == STRIKES, "one incident per attacked base, none split across nodes"
    expected = sum(2 if incident.country == "IQ" else 1 for incident in incidents)
    assert len(sent) == len(set(sent)) == expected
    mails = [read_mail(path) for path in cluster["sink"].messages()]
    keys = Counter((mail["X-Basewatch-Incident"], mail["To"]) for mail in mails)
    assert len(mails) == expected and max(keys.values()) == 1
