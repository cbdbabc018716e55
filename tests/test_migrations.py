"""The Alembic migrations build exactly the schema the models declare, on both backends, even under races."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from pipelines.store import models as store
from pipelines.store.migrate import current_revision, head_revision, migrate


def test_migrations_match_the_models(database_url):
    engine = store.open_engine(database_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                store.Base.metadata)
    assert diff == [], "a model changed without a migration: run alembic revision --autogenerate"
    engine.dispose()


def test_migrate_is_idempotent_and_keeps_rows(database_url):
    engine = store.open_engine(database_url)
    with store.session_factory(engine).begin() as session:
        session.add(store.Source(id="kept", name="Kept", country="IQ", language="ar", kind="regional",
                                 error_streak=0, articles_total=0, extraction_failures=0))
    engine.dispose()
    again = create_engine(database_url)
    migrate(again)
    with store.session_factory(again)() as session:
        assert session.get(store.Source, "kept").name == "Kept"
    assert "outbox" in inspect(again).get_table_names()
    again.dispose()


def test_three_processes_migrating_at_once(database_url):
    code = ("import sys; from sqlalchemy import create_engine; from pipelines.store.migrate import migrate; "
            "migrate(create_engine(sys.argv[1]))")
    procs = [subprocess.Popen([sys.executable, "-c", code, database_url], stderr=subprocess.PIPE) for _ in range(3)]
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    engine = create_engine(database_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    engine.dispose()
