"""Leases that let several daemons share one database: each due source is polled by one node."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import sessionmaker

from pipelines import store


def node_name() -> str:
    """Who holds a lease: host and process, plus a nonce so a restarted process is someone new."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


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
        .order_by(store.Source.id).limit(limit)
        .with_for_update(skip_locked=True)
    )
    with sessions.begin() as session:
        session.execute(
            update(store.Source).where(store.Source.id.in_(free.scalar_subquery()))
            .values(lease_owner=owner, lease_until=now + lease)
            .execution_options(synchronize_session=False)
        )
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
    host = socket.gethostname()
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
