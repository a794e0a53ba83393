"""A channel that records what it is given and fails on demand, for tests and demo mode.

It refuses to exist unless its maker says ``allow_fake=True`` (only tests and demo mode
do), so a fake can never stand in for a real channel on a terminal by mistake.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from kiosk.help.errors import ChannelError, ChannelErrorCode, HelpError
from kiosk.help.model import EventKind, HelpRequest


@dataclass(frozen=True)
class Sent:
    request: HelpRequest
    event: EventKind


class FakeChannel:
    """Records deliveries; scripted failures raise ChannelError with the given code."""

    def __init__(self, name: str = "fake", *, allow_fake: bool = False) -> None:
        if not allow_fake:
            raise HelpError("fake_outside_tests")
        self.name = name
        self.sent: list[Sent] = []
        self.attempts = 0
        self._failures: list[ChannelErrorCode] = []
        self._always: ChannelErrorCode | None = None
        self._lock = threading.Lock()

    def fail_next(self, times: int = 1, code: ChannelErrorCode = "scripted") -> None:
        """The next ``times`` deliveries fail with ``code``."""
        with self._lock:
            self._failures.extend([code] * times)

    def fail_always(self, code: ChannelErrorCode = "unreachable") -> None:
        with self._lock:
            self._always = code

    def heal(self) -> None:
        with self._lock:
            self._always = None
            self._failures.clear()

    def deliver(self, request: HelpRequest, event: EventKind) -> None:
        with self._lock:
            self.attempts += 1
            code = self._always or (self._failures.pop(0) if self._failures else None)
            if code is not None:
                raise ChannelError(code)
            self.sent.append(Sent(request, event))

    def events(self) -> list[tuple[str, EventKind]]:
        """(request id, event) for every delivered message, in order."""
        with self._lock:
            return [(s.request.id, s.event) for s in self.sent]
