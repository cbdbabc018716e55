"""Leases that let several daemons share one database: each due source is polled by one node."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import Select, or_, select, update
from sqlalchemy.orm import sessionmaker

from pipelines.store import models as store


def host_name() -> str:
    """This machine as leases name it."""
    return socket.gethostname()[:40]  # owner columns are 64 characters wide


def node_name() -> str:
    """Who holds a lease: host and process, plus a nonce so a restarted process is someone new."""
    return f"{host_name()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def take_rows(sessions: sessionmaker, model, free: Select, **values) -> None:
    """Mark the rows `free` selects in one UPDATE over a locked subquery.

    PostgreSQL's SKIP LOCKED keeps racing nodes on disjoint rows; SQLite runs the statement
    under its single write lock. The caller then reads back what carries its mark.
    """
    with sessions.begin() as session:
        session.execute(
            update(model).where(model.id.in_(free.with_for_update(skip_locked=True).scalar_subquery()))
            .values(**values).execution_options(synchronize_session=False)
        )


def claim_sources(sessions: sessionmaker, source_ids: list[str], *, owner: str, now: datetime,
                  lease: timedelta, limit: int | None = None) -> set[str]:
    """Take the sources no live lease holds. SKIP LOCKED keeps racing nodes on disjoint rows.

    A node killed mid-cycle never releases: its lease expires and another node takes over.
    """
    if not source_ids:
        return set()
    free = (
        select(store.Source.id).where(store.Source.id.in_(source_ids))
        .where(or_(store.Source.lease_until.is_(None), store.Source.lease_until < now))
        # Most overdue first (never polled before all): a node that cannot keep up delays every
        # source a little, rather than starving the ones whose ids sort last.
        .order_by(store.Source.next_poll_at.asc().nulls_first(), store.Source.id).limit(limit)
    )
    take_rows(sessions, store.Source, free, lease_owner=owner, lease_until=now + lease)
    with sessions() as session:
        return set(session.scalars(select(store.Source.id).where(store.Source.id.in_(source_ids))
                                   .where(store.Source.lease_owner == owner)
                                   .where(store.Source.lease_until >= now)))


def release_sources(sessions: sessionmaker, *, owner: str) -> None:
    """Give back what this node holds, once its cycle ended."""
    with sessions.begin() as session:
        session.execute(update(store.Source).where(store.Source.lease_owner == owner)
                        .values(lease_owner=None, lease_until=None))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def release_dead_local_leases(sessions: sessionmaker) -> int:
    """A daemon restarted after a crash on this host need not wait for its predecessor's leases."""
    host = host_name()
    with sessions() as session:
        owners = set(session.scalars(select(store.Source.lease_owner).where(
            store.Source.lease_owner.like(f"{host}:%")).distinct()))
    dead = []
    for owner in owners:
        parts = owner.split(":")
        if len(parts) == 3 and parts[1].isdigit() and not _alive(int(parts[1])):
            dead.append(owner)
    if dead:
        with sessions.begin() as session:
            session.execute(update(store.Source).where(store.Source.lease_owner.in_(dead))
                            .values(lease_owner=None, lease_until=None))
    return len(dead)
