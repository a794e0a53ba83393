"""Database tables of the kiosk's local store (audit trail, PIN hashes, lockout, help calls).

The schema itself is created and evolved by the Alembic migrations in ``kiosk/migrations``;
these declarative models describe it for queries, and a unit test checks the two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Dialect, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcIsoDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as ISO 8601 text in UTC.

    Every value is written with the same offset and precision, so the text sorts in time order.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base for every kiosk table."""


class AuditEventRow(Base):
    """One line of the audit trail. ``detail`` is a JSON object of plain scalars."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcIsoDateTime())
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)


class CredentialRow(Base):
    """The PIN hash of one privileged role."""

    __tablename__ = "credentials"

    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(255))
    set_at: Mapped[datetime] = mapped_column(UtcIsoDateTime())


class LockoutRow(Base):
    """Failed-attempt counter and lockout deadline, kept on disk so a restart does not reset it."""

    __tablename__ = "lockout"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until_wall: Mapped[datetime | None] = mapped_column(UtcIsoDateTime(), nullable=True)
    lockout_count: Mapped[int] = mapped_column(Integer, default=0)


class HelpRequestRow(Base):
    """One call for a mediator (see ``kiosk.help``); kept until it is closed and delivered."""

    __tablename__ = "help_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    terminal: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcIsoDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcIsoDateTime())
    seq: Mapped[int] = mapped_column(Integer)


class HelpDeliveryRow(Base):
    """One event of a help call for one channel: pending until ``delivered_at`` is set."""

    __tablename__ = "help_deliveries"
    __table_args__ = (Index("ix_help_deliveries_channel", "channel", "delivered_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("help_requests.id", ondelete="CASCADE")
    )
    channel: Mapped[str] = mapped_column(String(20))
    event: Mapped[str] = mapped_column(String(10))
    seq: Mapped[int] = mapped_column(Integer)
    # The request's seq in the message last sent for this row (it may carry later changes).
    sent_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcIsoDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcIsoDateTime(), nullable=True)
    last_error_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
