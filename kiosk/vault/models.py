"""Tables of the digital safe: safes, their key slots, their documents and the owner's journal.

In clear: random ids, ciphertext sizes, the month of last access, the failure counter and the
lockout deadline. Everything a person would recognise (identifier, titles, categories, names,
dates, hashes, journal lines) is a sealed blob: AES-256-GCM under a key derived from the safe's
master key, with table, row id and column as associated data, so a blob moved to another row
or column no longer opens.

That is the design's encrypted column, done explicitly instead of with a ``TypeDecorator``: a
column type holds one key for the whole process, but here the key belongs to one safe and
exists only while that safe is open. ``kiosk.vault.records.SealedColumns`` seals and opens the
blobs. The tables live on ``kiosk.models.Base`` so the migration check covers them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.models import Base, UtcIsoDateTime

SLOT_SECRET = "secret"
SLOT_RECOVERY = "recovery"
# A social worker's own secret, added only by the owner, whose consent the journal records.
SLOT_SOCIAL_WORKER = "social_worker"


class SafeRow(Base):
    """One person's safe. ``lookup`` is HMAC-SHA256 of the identifier under a peppered key."""

    __tablename__ = "vault_safes"
    __table_args__ = (Index("ix_vault_safes_lookup", "lookup", unique=True),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    lookup: Mapped[str] = mapped_column(String(64))
    # Sealed {"identifier": ..., "social_worker": name or absent}: the identifier lets a
    # recovery on a replacement kiosk re-key the lookup.
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    last_access_month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcIsoDateTime(), nullable=True)


class SlotRow(Base):
    """The safe's master key, wrapped under a key from a secret, a recovery code, ..."""

    __tablename__ = "vault_slots"
    __table_args__ = (Index("ix_vault_slots_safe", "safe_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    safe_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("vault_safes.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(16))
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf: Mapped[str | None] = mapped_column(Text, nullable=True)  # KdfParams JSON, secret slots
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentRow(Base):
    """One stored document: its wrapped key (the only way to read it) and sealed metadata."""

    __tablename__ = "vault_documents"
    __table_args__ = (Index("ix_vault_documents_safe", "safe_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # also the file id
    safe_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("vault_safes.id", ondelete="CASCADE")
    )
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)  # of the ciphertext file
    meta: Mapped[bytes] = mapped_column(LargeBinary)


class JournalRow(Base):
    """One sealed line of the owner's journal, numbered per safe."""

    __tablename__ = "vault_journal"

    safe_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("vault_safes.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry: Mapped[bytes] = mapped_column(LargeBinary)
