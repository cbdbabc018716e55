"""Remember every URL an article was fetched under or declared, and tell which entry links are known."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from pipelines.store import models as store

CHUNK = 500  # hashes per IN (...) query


def url_hash(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def remember(session: Session, canonicals: Iterable[str | None], *, at: datetime) -> None:
    """Add these canonical URLs in the caller's transaction; ones already known stay as they are."""
    rows = [{"url_hash": digest, "seen_at": at} for digest in sorted({url_hash(url) for url in canonicals if url})]
    if not rows:
        return
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(store.FetchedUrl).values(rows).on_conflict_do_nothing(index_elements=["url_hash"]))


def known(conn: Connection | Session, canonicals: Iterable[str]) -> set[str]:
    """The canonical URLs here already fetched under, redirected to or declared by a stored article."""
    by_hash = {url_hash(url): url for url in canonicals if url}
    hashes = list(by_hash)
    found: set[str] = set()
    for start in range(0, len(hashes), CHUNK):
        rows = conn.execute(select(store.FetchedUrl.url_hash)
                            .where(store.FetchedUrl.url_hash.in_(hashes[start:start + CHUNK])))
        found.update(by_hash[row[0]] for row in rows)
    return found


def prune(session: Session, *, before: datetime) -> int:
    """Forget URLs first seen before `before`; a link still listed after that is fetched once more."""
    return session.execute(delete(store.FetchedUrl).where(store.FetchedUrl.seen_at < before)).rowcount or 0
