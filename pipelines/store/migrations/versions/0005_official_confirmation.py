"""official confirmation of reports and incidents

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 15:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmed_by', sa.String(length=300), nullable=True))
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmed_by', sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('confirmed_by')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_column('confirmed_by')
