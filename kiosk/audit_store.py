"""The audit trail's SQLite store (see `kiosk.audit` for what may and may not go in it)."""

from __future__ import annotations

import json

import sqlalchemy
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.audit import AuditEvent, AuditKind, DetailValue, check_detail
from kiosk.clock import Clock
from kiosk.models import AuditEventRow


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
        check_detail(detail)
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
