"""The MQTT topics and JSON documents terminals and mediator consoles exchange.

Topics (``<site>`` is ``help.site_id``)::

    kiosk/<site>/calls/<request id>   retained call document; empty payload once closed
    kiosk/<site>/terminals/<name>     retained terminal state; "offline" is the last will
    kiosk/<site>/acks/<request id>    a mediator's "coming" or "done" (not retained)

Every call document carries the request's ``seq``, which grows with each change, so a
receiver drops anything it has already seen. Decoding never trusts the network: anything
malformed gives None, and names are cut down to printable text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from kiosk.help.model import (
    EventKind,
    HelpRequest,
    RequestState,
    TerminalProblem,
    TerminalState,
    Topic,
)

NAME_MAX = 64


class AckState(StrEnum):
    COMING = "coming"
    DONE = "done"


@dataclass(frozen=True)
class CallNotice:
    """A call as a receiver knows it from the broker."""

    id: str
    terminal: str
    topic: Topic
    state: RequestState
    created_at: datetime
    acknowledged_by: str | None
    seq: int
    event: EventKind

    def waiting_s(self, now: datetime) -> float:
        return max(0.0, (now - self.created_at).total_seconds())


@dataclass(frozen=True)
class TerminalStatus:
    terminal: str
    state: TerminalState
    problems: tuple[TerminalProblem, ...] = ()
    at: datetime | None = None


@dataclass(frozen=True)
class Ack:
    id: str
    by: str
    state: AckState


def calls_filter(site: str) -> str:
    return f"kiosk/{site}/calls/+"


def call_topic(site: str, request_id: str) -> str:
    return f"kiosk/{site}/calls/{request_id}"


def terminals_filter(site: str) -> str:
    return f"kiosk/{site}/terminals/+"


def terminal_topic(site: str, terminal: str) -> str:
    return f"kiosk/{site}/terminals/{terminal}"


def acks_filter(site: str) -> str:
    return f"kiosk/{site}/acks/+"


def ack_topic(site: str, request_id: str) -> str:
    return f"kiosk/{site}/acks/{request_id}"


def last_part(topic: str) -> str:
    return topic.rsplit("/", 1)[-1]


def clean_name(text: object) -> str:
    """Printable text of at most NAME_MAX characters (names come from other machines)."""
    if not isinstance(text, str):
        return ""
    return re.sub(r"[\x00-\x1f\x7f]", "", text).strip()[:NAME_MAX]


def encode_call(request: HelpRequest, event: EventKind) -> bytes:
    return _dump(
        {
            "id": request.id,
            "terminal": request.terminal,
            "topic": request.topic.value,
            "state": request.state.value,
            "created_at": request.created_at.astimezone(UTC).isoformat(),
            "acknowledged_by": request.acknowledged_by,
            "seq": request.seq,
            "event": event.value,
        }
    )


def decode_call(payload: bytes) -> CallNotice | None:
    doc = _load(payload)
    try:
        call_id = doc["id"]
        if not isinstance(call_id, str) or not re.fullmatch(r"[0-9a-f]{32}", call_id):
            return None
        seq = doc["seq"]
        if isinstance(seq, bool) or not isinstance(seq, int):
            return None
        return CallNotice(
            id=call_id,
            terminal=clean_name(doc["terminal"]),
            topic=Topic(doc.get("topic", "none")),
            state=RequestState(doc["state"]),
            created_at=_time(doc["created_at"]),
            acknowledged_by=clean_name(doc.get("acknowledged_by")) or None,
            seq=seq,
            event=EventKind(doc.get("event", "update")),
        )
    except (KeyError, ValueError, TypeError):
        return None


def encode_terminal(status: TerminalStatus) -> bytes:
    return _dump(
        {
            "terminal": status.terminal,
            "state": status.state.value,
            "problems": [p.value for p in status.problems],
            "at": status.at.astimezone(UTC).isoformat() if status.at else None,
        }
    )


def decode_terminal(payload: bytes, terminal: str) -> TerminalStatus | None:
    """``terminal`` is the name from the topic, used when the payload is a bare "offline"."""
    if payload.strip() in (b"offline", b'"offline"'):
        return TerminalStatus(clean_name(terminal), TerminalState.OFFLINE)
    doc = _load(payload)
    try:
        problems = doc.get("problems") or []
        at = doc.get("at")
        return TerminalStatus(
            terminal=clean_name(doc.get("terminal") or terminal),
            state=TerminalState(doc["state"]),
            problems=tuple(TerminalProblem(p) for p in problems),
            at=_time(at) if at else None,
        )
    except (KeyError, ValueError, TypeError):
        return None


def encode_ack(ack: Ack) -> bytes:
    return _dump({"id": ack.id, "by": ack.by, "state": ack.state.value})


def decode_ack(payload: bytes) -> Ack | None:
    doc = _load(payload)
    try:
        by = clean_name(doc["by"])
        if not isinstance(doc["id"], str) or not by:
            return None
        return Ack(id=doc["id"], by=by, state=AckState(doc["state"]))
    except (KeyError, ValueError, TypeError):
        return None


def _dump(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _load(payload: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _time(value: object) -> datetime:
    if not isinstance(value, str):
        raise TypeError("not a time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("naive time")
    return parsed.astimezone(UTC)
