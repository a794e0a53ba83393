"""Between the help tables (``kiosk.models``) and the help values (``kiosk.help.model``)."""

from __future__ import annotations

from datetime import datetime

from kiosk.help.model import Delivery, EventKind, HelpRequest, RequestState, Topic
from kiosk.models import HelpDeliveryRow, HelpRequestRow


def new_delivery(
    request_id: str, channel: str, event: EventKind, seq: int, now: datetime
) -> HelpDeliveryRow:
    return HelpDeliveryRow(
        request_id=request_id, channel=channel, event=event.value, seq=seq,
        attempts=0, next_attempt_at=now,
    )


def to_request(row: HelpRequestRow) -> HelpRequest:
    return HelpRequest(
        id=row.id, terminal=row.terminal, topic=Topic(row.topic), state=RequestState(row.state),
        created_at=row.created_at, updated_at=row.updated_at,
        acknowledged_by=row.acknowledged_by, seq=row.seq,
    )


def to_delivery(row: HelpDeliveryRow) -> Delivery:
    return Delivery(
        id=row.id, request_id=row.request_id, channel=row.channel, event=EventKind(row.event),
        seq=row.seq, attempts=row.attempts, next_attempt_at=row.next_attempt_at,
        delivered_at=row.delivered_at, last_error_code=row.last_error_code,
    )
