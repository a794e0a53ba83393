"""Digital safe: safes, key slots, documents and the owner's journal.

Revision ID: 0003
Revises: 0002
Create Date: 2026-02-15
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Only ids, sizes, the month of last access and the lockout state are in clear; every
    # LargeBinary column but the salt is AES-GCM under a key of the safe (kiosk.vault.models).
    op.create_table(
        "vault_safes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("lookup", sa.String(64), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("last_access_month", sa.String(7), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(32), nullable=True),
    )
    op.create_index("ix_vault_safes_lookup", "vault_safes", ["lookup"], unique=True)
    op.create_table(
        "vault_slots",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "safe_id",
            sa.String(32),
            sa.ForeignKey("vault_safes.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=True),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_vault_slots_safe", "vault_slots", ["safe_id"])
    op.create_table(
        "vault_documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "safe_id",
            sa.String(32),
            sa.ForeignKey("vault_safes.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("meta", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_vault_documents_safe", "vault_documents", ["safe_id"])
    op.create_table(
        "vault_journal",
        sa.Column(
            "safe_id",
            sa.String(32),
            sa.ForeignKey("vault_safes.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("entry", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("vault_journal")
    op.drop_index("ix_vault_documents_safe", table_name="vault_documents")
    op.drop_table("vault_documents")
    op.drop_index("ix_vault_slots_safe", table_name="vault_slots")
    op.drop_table("vault_slots")
    op.drop_index("ix_vault_safes_lookup", table_name="vault_safes")
    op.drop_table("vault_safes")
