"""Bring a database to the current schema with Alembic, once per process and URL, safely under races."""

from __future__ import annotations

import fcntl
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from pipelines.errors import SchemaError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ADVISORY_LOCK = 0x62617365  # "base": one migrator at a time across every node on PostgreSQL
_done: set[str] = set()
_lock = threading.Lock()


def alembic_config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _exclusive(engine: Engine):
    """Several daemons may start at once: only one migrates, the others then find it done."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _ADVISORY_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_LOCK})
                conn.commit()
    elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with open(f"{engine.url.database}.migrate-lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
    else:
        yield


def _at_head(engine: Engine) -> bool:
    with engine.connect() as conn:
        return current_revision(conn) == head_revision()


def migrate(engine: Engine) -> None:
    """Upgrade to the newest revision; cheap after the first call in a process.

    A database already at head is only read (no lock file, no advisory lock), so read commands
    work on a database they may not write.
    """
    key = str(engine.url)
    with _lock:
        if key in _done:
            return
        if not _at_head(engine):
            if engine.url.query.get("mode") == "ro":
                path = unquote(engine.url.database.removeprefix("file:"))
                raise SchemaError(f"{path}: read-only and not at the current schema ({head_revision()}); "
                                  "run any basewatch command once with write access")
            with _exclusive(engine):
                if not _at_head(engine):  # another process may have migrated while we waited
                    with engine.begin() as conn:
                        config = alembic_config()
                        config.attributes["connection"] = conn
                        command.upgrade(config, "head")
        _done.add(key)
