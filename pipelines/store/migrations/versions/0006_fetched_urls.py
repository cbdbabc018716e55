"""fetched URLs: feed links, final URLs and canonicals of fetched articles

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipelines.store.models

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fetched_urls',
    sa.Column('url_hash', sa.String(length=64), nullable=False),
    sa.Column('seen_at', pipelines.store.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('url_hash')
    )
    with op.batch_alter_table('fetched_urls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fetched_urls_seen_at'), ['seen_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('fetched_urls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fetched_urls_seen_at'))
    op.drop_table('fetched_urls')
