"""The values of the help feature: requests, their topics and states, deliveries, terminals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Topic(StrEnum):
    """What the person needs help with (a pictogram on the terminal). Values go on the wire."""

    NONE = "none"
    PRINTING = "printing"
    SCANNING = "scanning"
    WEBSITE = "website"
    USB = "usb"
    SAFE = "safe"
    OTHER = "other"


class RequestState(StrEnum):
    PENDING = "pending"  # waiting for a mediator
    ACKNOWLEDGED = "acknowledged"  # a mediator is coming
    CANCELLED = "cancelled"  # the person no longer needs help
    DONE = "done"  # a mediator closed it

    @property
    def is_open(self) -> bool:
        return self in (RequestState.PENDING, RequestState.ACKNOWLEDGED)


class EventKind(StrEnum):
    """What a delivery tells a channel: a new call, a change to it, or its end."""

    CALL = "call"
    UPDATE = "update"
    CANCEL = "cancel"  # closes the call: cancelled by the person, or done


class TerminalState(StrEnum):
    FREE = "free"
    IN_SESSION = "in_session"
    OUT_OF_SERVICE = "out_of_service"
    OFFLINE = "offline"  # the broker's last will: the terminal vanished


class TerminalProblem(StrEnum):
    PRINTER = "printer"
    SCANNER = "scanner"


@dataclass(frozen=True)
class HelpRequest:
    """One call for help. ``seq`` grows with every change, so receivers can drop repeats."""

    id: str  # uuid4 hex
    terminal: str
    topic: Topic
    state: RequestState
    created_at: datetime  # UTC
    updated_at: datetime  # UTC
    acknowledged_by: str | None  # the mediator's display name, from the console
    seq: int


@dataclass(frozen=True)
class Delivery:
    """One event of one request still to be (or already) carried by one channel."""

    id: int
    request_id: str
    channel: str
    event: EventKind
    seq: int  # the request's seq when the event happened
    attempts: int
    next_attempt_at: datetime
    delivered_at: datetime | None
    last_error_code: str | None
