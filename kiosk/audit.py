"""The audit trail: what happened on the terminal and when, without anything about who.

The audit log must hold no personal data. It records events (a session started, an unlock
failed, the terminal went out of service) with a few technical scalars: counts, durations,
roles, error codes. It never records a PIN or key, a name, a file name or path, a URL a
person visited, or any text a person typed. As a guard against slips, ``AuditLog.record``
refuses detail keys that look like they would carry such data (see ``FORBIDDEN_KEY_PARTS``);
the guard is a safety net, not a licence: choose detail values that identify no one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

import sqlalchemy
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.models import AuditEventRow

DetailValue = str | int | float | bool | None

# A detail key containing any of these (case-insensitive) is refused.
FORBIDDEN_KEY_PARTS = ("pin", "key", "url", "name", "path")


class AuditKind(StrEnum):
    """What an audit event is about. The values are stored: never change one."""

    SESSION_STARTED = "session_started"
    SESSION_ENDED = "session_ended"
    SCRUB_PASSED = "scrub_passed"
    SCRUB_FAILED = "scrub_failed"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCKOUT = "lockout"
    OUT_OF_SERVICE = "out_of_service"
    BACK_IN_SERVICE = "back_in_service"
    MAINTENANCE_ENTERED = "maintenance_entered"
    MAINTENANCE_LEFT = "maintenance_left"
    CONFIG_INVALID = "config_invalid"
    UNCAUGHT_ERROR = "uncaught_error"
    PIN_SET = "pin_set"


@dataclass(frozen=True)
class AuditEvent:
    """One recorded event; ``at`` is timezone-aware UTC."""

    at: datetime
    kind: AuditKind
    detail: dict[str, DetailValue] = field(default_factory=dict)


class AuditLog:
    """Appends events to, and reads them back from, the ``audit_events`` table."""

    def __init__(self, engine: sqlalchemy.Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def record(self, kind: AuditKind, /, **detail: DetailValue) -> None:
        """Append one event, stamped with the clock's wall time.

        Raises ``ValueError`` for a detail key that could carry personal data or secrets,
        and ``TypeError`` for a value that is not a plain scalar.
        """
        for key, value in detail.items():
            lowered = key.lower()
            if any(part in lowered for part in FORBIDDEN_KEY_PARTS):
                raise ValueError(f"audit detail key {key!r} may carry personal data or secrets")
            if value is not None and not isinstance(value, str | int | float | bool):
                raise TypeError(f"audit detail {key!r} must be a plain scalar")
        row = AuditEventRow(
            at=self._clock.now(),
            kind=AuditKind(kind).value,
            detail=json.dumps(detail, sort_keys=True, allow_nan=False),
        )
        with Session(self._engine) as session, session.begin():
            session.add(row)

    def recent(self, limit: int = 50) -> list[AuditEvent]:
        """The latest ``limit`` events, newest first."""
        query = select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(limit)
        with Session(self._engine) as session:
            rows = session.scalars(query).all()
            return [
                AuditEvent(at=row.at, kind=AuditKind(row.kind), detail=json.loads(row.detail))
                for row in rows
            ]
