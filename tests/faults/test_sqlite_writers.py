"""Two writers on one SQLite file (crawl and sender, as two processes do): nothing lost, nothing locked out."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pipelines.store import models as store
from pipelines.config_models import SourceConfig
from pipelines.sources.health import record_poll, sync_sources

pytestmark = pytest.mark.timeout(120)
ROUNDS = 150


def test_two_writers_commit_everything(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    source = SourceConfig(id="one", name="One", country="IQ", language="en", feeds=["http://127.0.0.1/feed.xml"])
    setup = store.session_factory(store.open_engine(url))
    with setup.begin() as session:
        sync_sources(session, (source,))
    errors: list[BaseException] = []
    start = datetime(2026, 3, 2, tzinfo=UTC)

    def poller() -> None:
        sessions = store.session_factory(store.open_engine(url))  # its own engine, as another process has
        try:
            for n in range(ROUNDS):
                with sessions.begin() as session:
                    record_poll(session, source_id="one", feed_url="http://127.0.0.1/feed.xml", status=200,
                                polled_at=start + timedelta(minutes=n), etag=f'"{n}"', last_modified=None,
                                entries=n, error=None, new_entries=0)
        except BaseException as exc:
            errors.append(exc)

    def writer() -> None:
        sessions = store.session_factory(store.open_engine(url))
        try:
            for n in range(ROUNDS):
                with sessions.begin() as session:
                    session.add(store.Article(source_id="one", url=f"http://127.0.0.1/{n}",
                                              canonical_url=f"http://127.0.0.1/{n}", text="x", fetched_at=start))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=poller), threading.Thread(target=writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(100)
    assert not errors, errors
    with setup() as session:
        assert session.scalar(select(func.count(store.Article.id))) == ROUNDS
        feed = session.scalars(select(store.Feed)).one()
        assert feed.etag == f'"{ROUNDS - 1}"' and feed.last_entries == ROUNDS - 1
