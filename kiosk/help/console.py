"""The mediator console's logic, without Qt: the site's open calls and terminals, and answers.

It follows ``kiosk/<site>/calls/+`` and ``kiosk/<site>/terminals/+`` on the site's broker
(a persistent session, so nothing published while it was away is lost) and answers a call
on ``kiosk/<site>/acks/<id>`` with "coming" or "done" and the mediator's display name.
Repeats are dropped (see ``CallBoard``): a new call is announced exactly once. Callbacks
run on the MQTT network thread; the Qt window bridges them to signals.
"""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Callable

from kiosk.config import HelpSettings
from kiosk.help.board import BoardChange, CallBoard
from kiosk.help.broker import BrokerLink, BrokerSettings
from kiosk.help.model import RequestState
from kiosk.help.wire import (
    Ack,
    AckState,
    CallNotice,
    TerminalStatus,
    ack_topic,
    call_topic,
    calls_filter,
    clean_name,
    encode_ack,
    last_part,
    terminals_filter,
)

log = logging.getLogger(__name__)

ChangeListener = Callable[[], None]
NewCallListener = Callable[[CallNotice], None]


def console_client_id(site_id: str, machine: str) -> str:
    return "kiosk-console-" + re.sub(r"[^A-Za-z0-9-]", "_", f"{site_id}-{machine}")[:80]


class ConsoleClient:
    """Open calls and terminal states of one site, and a mediator's answers to calls."""

    def __init__(self, broker: BrokerSettings, *, client_id: str | None = None) -> None:
        self.site_id = broker.site_id
        self.board = CallBoard()
        self._on_change: list[ChangeListener] = []
        self._on_new_call: list[NewCallListener] = []
        self._link = BrokerLink(
            broker,
            client_id or console_client_id(broker.site_id, socket.gethostname()),
            subscriptions=(calls_filter(self.site_id), terminals_filter(self.site_id)),
            on_message=self._handle_message,
            on_connected=self._handle_connected,
        )

    @classmethod
    def from_settings(cls, settings: HelpSettings) -> ConsoleClient:
        return cls(BrokerSettings.from_help(settings))

    @property
    def connected(self) -> bool:
        return self._link.connected

    @property
    def failure(self) -> str | None:
        """Why the console cannot reach the broker at all (a code), if it cannot."""
        return self._link.failure

    def subscribe(
        self, on_change: ChangeListener, on_new_call: NewCallListener | None = None
    ) -> None:
        """``on_change()`` after any change; ``on_new_call(call)`` once per new call."""
        self._on_change.append(on_change)
        if on_new_call is not None:
            self._on_new_call.append(on_new_call)

    def start(self) -> None:
        self._link.start()

    def stop(self) -> None:
        self._link.stop()

    def calls(self) -> list[CallNotice]:
        """Open calls of every terminal of the site, oldest first."""
        return self.board.calls()

    def terminals(self) -> list[TerminalStatus]:
        return self.board.terminals()

    def coming(self, call_id: str, by: str) -> None:
        """Tell the terminal that ``by`` (a display name) is on the way.

        Raises ChannelError when the broker does not take the answer.
        """
        self._answer(call_id, by, AckState.COMING)

    def done(self, call_id: str, by: str) -> None:
        """Close the call: the person has been helped."""
        self._answer(call_id, by, AckState.DONE)

    def forget(self, call_id: str) -> None:
        """Clear a call no terminal will ever close (its terminal was reinstalled)."""
        self._link.publish(call_topic(self.site_id, call_id), b"", retain=True)

    def _answer(self, call_id: str, by: str, state: AckState) -> None:
        ack = Ack(id=call_id, by=clean_name(by) or "?", state=state)
        self._link.publish(ack_topic(self.site_id, call_id), encode_ack(ack), retain=False)

    def _handle_connected(self, session_present: bool) -> None:
        if not session_present:
            self.board.forget_calls()
            self._changed()

    def _handle_message(self, topic: str, payload: bytes) -> None:
        parts = topic.split("/")
        if len(parts) != 4:
            return
        if parts[2] == "calls":
            change = self.board.apply_call(last_part(topic), payload)
            if change is None:
                return
            if (change.kind == "new" and change.call is not None
                    and change.call.state is RequestState.PENDING):
                self._announce(change)
            self._changed()
        elif parts[2] == "terminals":
            self.board.apply_terminal(last_part(topic), payload)
            self._changed()

    def _announce(self, change: BoardChange) -> None:
        assert change.call is not None
        for listener in list(self._on_new_call):
            try:
                listener(change.call)
            except Exception:
                log.exception("console new-call listener failed")

    def _changed(self) -> None:
        for listener in list(self._on_change):
            try:
                listener()
            except Exception:
                log.exception("console change listener failed")
