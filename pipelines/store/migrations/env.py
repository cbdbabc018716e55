"""Alembic environment: migrations run on the connection that pipelines.store.migrate hands in."""

from __future__ import annotations

from alembic import context

from pipelines.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through pipelines.store.migrate (or `basewatch migrate`), which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
