"""Initial schema: audit trail, PIN hashes of privileged roles, persistent lockout state.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Datetimes are ISO 8601 text in UTC (see kiosk.models.UtcIsoDateTime).
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_table(
        "credentials",
        sa.Column("role", sa.String(20), primary_key=True),
        sa.Column("pin_hash", sa.String(255), nullable=False),
        sa.Column("set_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "lockout",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until_wall", sa.String(32), nullable=True),
        sa.Column("lockout_count", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("lockout")
    op.drop_table("credentials")
    op.drop_table("audit_events")
