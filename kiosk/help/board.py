"""A site's open calls and terminal states as seen on the broker, with repeats dropped.

Messages can arrive more than once (QoS 1 resends, retained copies on every subscription,
a persistent session's queue): the board remembers the highest ``seq`` seen per call and
ignores anything not newer, so "a new call" is reported exactly once per call.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

from kiosk.help.wire import CallNotice, TerminalStatus, decode_call, decode_terminal

MEMORY = 2000  # calls remembered for de-duplication, most recent kept

ChangeKind = Literal["new", "changed", "closed"]


@dataclass(frozen=True)
class BoardChange:
    kind: ChangeKind
    call: CallNotice | None  # None when a call we never saw open was cleared


class CallBoard:
    """Open calls (oldest first) and terminal states; safe to use from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[str, CallNotice] = {}
        self._seen: OrderedDict[str, int] = OrderedDict()
        self._closed: set[str] = set()
        self._terminals: dict[str, TerminalStatus] = {}

    def apply_call(self, call_id: str, payload: bytes) -> BoardChange | None:
        """Take in one message of ``kiosk/<site>/calls/<call_id>``; None if nothing changed."""
        with self._lock:
            if not payload:  # the retained document was cleared: the call is over
                self._closed.add(call_id)
                gone = self._calls.pop(call_id, None)
                return BoardChange("closed", gone) if gone else None
            notice = decode_call(payload)
            if notice is None or notice.id != call_id:
                return None
            seen = self._seen.get(call_id)
            if seen is not None and notice.seq < seen:
                return None
            if seen is not None and notice.seq == seen:
                # A repeat. Re-add it silently only if the board was reset meanwhile.
                if call_id in self._calls or call_id in self._closed or not notice.state.is_open:
                    return None
                self._calls[call_id] = notice
                return BoardChange("changed", notice)
            self._remember(call_id, notice.seq)
            if not notice.state.is_open:
                self._closed.add(call_id)
                gone = self._calls.pop(call_id, None)
                return BoardChange("closed", gone or notice)
            self._closed.discard(call_id)
            kind: ChangeKind = "changed" if seen is not None else "new"
            self._calls[call_id] = notice
            return BoardChange(kind, notice)

    def apply_terminal(self, terminal: str, payload: bytes) -> TerminalStatus | None:
        """Take in one message of ``kiosk/<site>/terminals/<terminal>``."""
        with self._lock:
            if not payload:
                self._terminals.pop(terminal, None)
                return None
            status = decode_terminal(payload, terminal)
            if status is None:
                return None
            self._terminals[terminal] = status
            return status

    def forget_calls(self) -> None:
        """The broker lost our session: rebuild from the retained documents that follow."""
        with self._lock:
            self._calls.clear()

    def calls(self) -> list[CallNotice]:
        with self._lock:
            return sorted(self._calls.values(), key=lambda c: (c.created_at, c.id))

    def call(self, call_id: str) -> CallNotice | None:
        with self._lock:
            return self._calls.get(call_id)

    def terminals(self) -> list[TerminalStatus]:
        with self._lock:
            return sorted(self._terminals.values(), key=lambda t: t.terminal.casefold())

    def _remember(self, call_id: str, seq: int) -> None:
        self._seen[call_id] = seq
        self._seen.move_to_end(call_id)
        while len(self._seen) > MEMORY:
            old, _ = self._seen.popitem(last=False)
            self._closed.discard(old)
