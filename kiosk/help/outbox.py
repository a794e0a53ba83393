"""The persistent outbox of help calls: every call is stored before anything is sent.

Each change to a request bumps its ``seq`` and, in the same transaction, queues a delivery
row per configured channel; the courier sends those rows and marks them. Rows of one
request on one channel go out in order (only the oldest undelivered one is due). A call
that no channel has tried yet is simply dropped when it is closed: nobody needs to hear
that a call they never got is over. A restart loses nothing: the rows are on disk.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime

import sqlalchemy
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.db import for_read_modify_write
from kiosk.help.errors import HelpError
from kiosk.help.model import Delivery, EventKind, HelpRequest, RequestState, Topic
from kiosk.help.rows import new_delivery, to_delivery, to_request
from kiosk.models import HelpDeliveryRow, HelpRequestRow

log = logging.getLogger(__name__)

Listener = Callable[[list[HelpRequest]], None]
_OPEN = (RequestState.PENDING.value, RequestState.ACKNOWLEDGED.value)


class Outbox:
    """Help requests and their pending deliveries, in the kiosk's SQLite database.

    Thread-safe: every method is its own transaction. Listeners are called, after the
    commit and on the caller's thread, with the open requests whenever one changes.
    """

    def __init__(
        self,
        engine: sqlalchemy.Engine,
        clock: Clock,
        *,
        terminal: str = "",
        channels: Sequence[str] = (),
    ) -> None:
        self._engine = engine
        self._writer = for_read_modify_write(engine)
        self._clock = clock
        self.terminal = terminal
        self.channels = tuple(channels)
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    # -- requests ---------------------------------------------------------------------

    def create(self, topic: Topic = Topic.NONE) -> HelpRequest:
        """Store a new pending request and queue a "call" for every channel."""
        now = self._clock.now()
        row = HelpRequestRow(
            id=uuid.uuid4().hex, terminal=self.terminal, topic=Topic(topic).value,
            state=RequestState.PENDING.value, acknowledged_by=None,
            created_at=now, updated_at=now, seq=1,
        )
        with Session(self._writer) as session, session.begin():
            session.add(row)
            session.flush()  # the request row first: the deliveries refer to it
            for channel in self.channels:
                session.add(new_delivery(row.id, channel, EventKind.CALL, 1, now))
            request = to_request(row)
        self._notify()
        return request

    def set_topic(self, request_id: str, topic: Topic) -> HelpRequest:
        """Say what the help is about; raises HelpError("request_closed") once closed."""
        def change(row: HelpRequestRow) -> bool:
            if row.topic == Topic(topic).value:
                return False
            row.topic = Topic(topic).value
            return True

        return self._change(request_id, change, strict=True)

    def acknowledge(self, request_id: str, by: str) -> HelpRequest:
        """A mediator is coming. Repeats change nothing; a closed request stays closed."""
        def change(row: HelpRequestRow) -> bool:
            if row.state == RequestState.ACKNOWLEDGED.value and row.acknowledged_by == by:
                return False
            row.state = RequestState.ACKNOWLEDGED.value
            row.acknowledged_by = by
            return True

        return self._change(request_id, change, strict=False)

    def cancel(self, request_id: str) -> HelpRequest:
        """The person no longer needs help. Cancelling a closed request changes nothing."""
        return self._change(request_id, _closer(RequestState.CANCELLED), strict=False)

    def finish(self, request_id: str) -> HelpRequest:
        """A mediator has helped. Finishing a closed request changes nothing."""
        return self._change(request_id, _closer(RequestState.DONE), strict=False)

    def get(self, request_id: str) -> HelpRequest | None:
        with Session(self._engine) as session:
            row = session.get(HelpRequestRow, request_id)
            return to_request(row) if row else None

    def open_requests(self) -> list[HelpRequest]:
        """Pending or acknowledged requests, oldest first."""
        query = (
            select(HelpRequestRow)
            .where(HelpRequestRow.state.in_(_OPEN))
            .order_by(HelpRequestRow.created_at, HelpRequestRow.id)
        )
        with Session(self._engine) as session:
            return [to_request(row) for row in session.scalars(query)]

    # -- deliveries -------------------------------------------------------------------

    def due(self, channel: str, now: datetime) -> list[Delivery]:
        """Deliveries to try now on ``channel``: the oldest undelivered one per request."""
        return [d for d in self._heads(channel) if d.next_attempt_at <= now]

    def next_due_at(self, channel: str) -> datetime | None:
        """When the next delivery on ``channel`` is due, if any is waiting."""
        return min((d.next_attempt_at for d in self._heads(channel)), default=None)

    def claim(self, delivery: Delivery) -> HelpRequest | None:
        """Count an attempt and return the request as it is now, to be sent.

        None means there is nothing to send: the delivery is gone (its call was closed
        before anyone tried it) or an earlier message on the channel already carried it.
        """
        with Session(self._writer) as session, session.begin():
            row = session.get(HelpDeliveryRow, delivery.id)
            if row is None or row.delivered_at is not None:
                return None
            request = session.get(HelpRequestRow, row.request_id)
            if request is None:
                return None
            if row.event == EventKind.UPDATE.value and _sent_seq(session, row) >= row.seq:
                row.delivered_at = self._clock.now()
                return None
            row.attempts += 1
            row.sent_seq = request.seq
            return to_request(request)

    def delivered(self, delivery: Delivery) -> None:
        with Session(self._engine) as session, session.begin():
            session.execute(
                update(HelpDeliveryRow)
                .where(HelpDeliveryRow.id == delivery.id)
                .values(delivered_at=self._clock.now())
            )

    def failed(self, delivery: Delivery, code: str, retry_at: datetime) -> None:
        with Session(self._engine) as session, session.begin():
            session.execute(
                update(HelpDeliveryRow)
                .where(HelpDeliveryRow.id == delivery.id, HelpDeliveryRow.delivered_at.is_(None))
                .values(last_error_code=code, next_attempt_at=retry_at)
            )

    def retry_now(self, channel: str) -> int:
        """Make every waiting delivery on ``channel`` due now (it has just come back)."""
        now = self._clock.now()
        with Session(self._engine) as session, session.begin():
            result = session.execute(
                update(HelpDeliveryRow)
                .where(
                    HelpDeliveryRow.channel == channel,
                    HelpDeliveryRow.delivered_at.is_(None),
                    HelpDeliveryRow.next_attempt_at > now,
                )
                .values(next_attempt_at=now)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def deliveries(self, request_id: str) -> list[Delivery]:
        """Every delivery row of one request, oldest first (for tests and diagnostics)."""
        query = (
            select(HelpDeliveryRow)
            .where(HelpDeliveryRow.request_id == request_id)
            .order_by(HelpDeliveryRow.id)
        )
        with Session(self._engine) as session:
            return [to_delivery(row) for row in session.scalars(query)]

    def backfill(self) -> int:
        """Queue a "call" for open requests on channels configured since they were made."""
        now = self._clock.now()
        with Session(self._writer) as session, session.begin():
            has = set(session.execute(select(HelpDeliveryRow.request_id, HelpDeliveryRow.channel)))
            missing = [
                new_delivery(row.id, channel, EventKind.CALL, row.seq, now)
                for row in session.scalars(select(HelpRequestRow).where(
                    HelpRequestRow.state.in_(_OPEN)))
                for channel in self.channels
                if (row.id, channel) not in has
            ]
            session.add_all(missing)
        return len(missing)

    def purge(self, before: datetime) -> int:
        """Forget closed requests last changed before ``before`` with nothing left to send."""
        waiting = select(HelpDeliveryRow.request_id).where(HelpDeliveryRow.delivered_at.is_(None))
        with Session(self._writer) as session, session.begin():
            ids = list(
                session.scalars(
                    select(HelpRequestRow.id).where(
                        HelpRequestRow.state.not_in(_OPEN),
                        HelpRequestRow.updated_at < before,
                        HelpRequestRow.id.not_in(waiting),
                    )
                )
            )
            if ids:
                session.execute(
                    delete(HelpDeliveryRow).where(HelpDeliveryRow.request_id.in_(ids))
                )
                session.execute(delete(HelpRequestRow).where(HelpRequestRow.id.in_(ids)))
        return len(ids)

    # -- internals --------------------------------------------------------------------

    def _change(
        self, request_id: str, change: Callable[[HelpRequestRow], bool], *, strict: bool
    ) -> HelpRequest:
        now = self._clock.now()
        with Session(self._writer) as session, session.begin():
            row = session.get(HelpRequestRow, request_id)
            if row is None:
                raise HelpError("unknown_request")
            if not RequestState(row.state).is_open:
                if strict:
                    raise HelpError("request_closed")
                return to_request(row)
            if not change(row):
                return to_request(row)
            row.seq += 1
            row.updated_at = now
            if RequestState(row.state).is_open:
                self._queue_update(session, row, now)
            else:
                self._queue_close(session, row, now)
            request = to_request(row)
        self._notify()
        return request

    def _queue_update(self, session: Session, row: HelpRequestRow, now: datetime) -> None:
        for channel in self.channels:
            # A delivery nobody has tried yet will carry the change when it is sent.
            untried = session.scalars(
                select(HelpDeliveryRow.id).where(
                    HelpDeliveryRow.request_id == row.id,
                    HelpDeliveryRow.channel == channel,
                    HelpDeliveryRow.delivered_at.is_(None),
                    HelpDeliveryRow.attempts == 0,
                )
            ).first()
            if untried is None:
                session.add(new_delivery(row.id, channel, EventKind.UPDATE, row.seq, now))

    def _queue_close(self, session: Session, row: HelpRequestRow, now: datetime) -> None:
        rows = session.scalars(
            select(HelpDeliveryRow).where(HelpDeliveryRow.request_id == row.id)
        ).all()
        for channel in dict.fromkeys([*self.channels, *(r.channel for r in rows)]):
            mine = [r for r in rows if r.channel == channel]
            # Anything tried may have arrived: the receiver must hear that the call is over.
            heard = any(r.attempts > 0 or r.delivered_at is not None for r in mine)
            for waiting in (r for r in mine if r.delivered_at is None):
                session.delete(waiting)
            if heard and channel in self.channels:
                session.add(new_delivery(row.id, channel, EventKind.CANCEL, row.seq, now))

    def _heads(self, channel: str) -> list[Delivery]:
        query = (
            select(HelpDeliveryRow)
            .where(HelpDeliveryRow.channel == channel, HelpDeliveryRow.delivered_at.is_(None))
            .order_by(HelpDeliveryRow.id)
        )
        heads: dict[str, Delivery] = {}
        with Session(self._engine) as session:
            for row in session.scalars(query):
                heads.setdefault(row.request_id, to_delivery(row))
        return sorted(heads.values(), key=lambda d: (d.next_attempt_at, d.id))

    def _notify(self) -> None:
        if not self._listeners:
            return
        requests = self.open_requests()
        for listener in list(self._listeners):
            try:
                listener(requests)
            except Exception:  # a broken listener must not stop a call from going out
                log.exception("help listener failed")


def _closer(state: RequestState) -> Callable[[HelpRequestRow], bool]:
    def change(row: HelpRequestRow) -> bool:
        row.state = state.value
        return True

    return change


def _sent_seq(session: Session, row: HelpDeliveryRow) -> int:
    sent = session.scalars(
        select(sqlalchemy.func.max(HelpDeliveryRow.sent_seq)).where(
            HelpDeliveryRow.request_id == row.request_id,
            HelpDeliveryRow.channel == row.channel,
            HelpDeliveryRow.delivered_at.is_not(None),
        )
    ).first()
    return int(sent or 0)
