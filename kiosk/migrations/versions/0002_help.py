"""Help calls: the outbox of "Call a mediator" requests and their per-channel deliveries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-02-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Datetimes are ISO 8601 text in UTC (see kiosk.models.UtcIsoDateTime).
    op.create_table(
        "help_requests",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("terminal", sa.String(64), nullable=False),
        sa.Column("topic", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("acknowledged_by", sa.String(64), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    op.create_table(
        "help_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "request_id",
            sa.String(32),
            sa.ForeignKey("help_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("event", sa.String(10), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.String(32), nullable=False),
        sa.Column("delivered_at", sa.String(32), nullable=True),
        sa.Column("last_error_code", sa.String(40), nullable=True),
    )
    op.create_index(
        "ix_help_deliveries_channel", "help_deliveries", ["channel", "delivered_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_help_deliveries_channel", table_name="help_deliveries")
    op.drop_table("help_deliveries")
    op.drop_table("help_requests")
