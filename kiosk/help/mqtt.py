"""The terminal's channel to the site's MQTT broker, which the mediator consoles listen to.

Each call is a retained JSON document on ``kiosk/<site>/calls/<id>`` (QoS 1), replaced at
each change and cleared with an empty retained payload once the call is over. The
terminal's own state is retained on ``kiosk/<site>/terminals/<name>``, with a last will
saying "offline". Mediators' acknowledgements arrive on ``kiosk/<site>/acks/+``; the
terminal also watches the other calls of the site to tell a person their place in line.
See ``kiosk.help.wire`` for the documents.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence

from kiosk.clock import Clock
from kiosk.help.board import CallBoard
from kiosk.help.broker import BrokerLink, BrokerSettings
from kiosk.help.model import (
    EventKind,
    HelpRequest,
    TerminalProblem,
    TerminalState,
)
from kiosk.help.wire import (
    Ack,
    TerminalStatus,
    acks_filter,
    call_topic,
    calls_filter,
    decode_ack,
    encode_call,
    encode_terminal,
    last_part,
    terminal_topic,
)

log = logging.getLogger(__name__)


def terminal_client_id(site_id: str, terminal: str) -> str:
    """Stable per terminal, so the broker keeps its session across restarts."""
    return "kiosk-terminal-" + re.sub(r"[^A-Za-z0-9-]", "_", f"{site_id}-{terminal}")[:80]


class MqttChannel:
    """Delivers help events to the broker and hands mediators' acknowledgements back."""

    name = "mqtt"

    def __init__(
        self,
        broker: BrokerSettings,
        terminal: str,
        clock: Clock,
        *,
        client_id: str | None = None,
    ) -> None:
        self.terminal = terminal
        self.board = CallBoard()
        self._site = broker.site_id
        self._clock = clock
        self._on_ack: Callable[[Ack], None] | None = None
        self._on_connected: Callable[[], None] | None = None
        self._on_board_changed: Callable[[], None] | None = None
        self._state_lock = threading.Lock()
        self._status = TerminalStatus(terminal, TerminalState.FREE, (), clock.now())
        offline = encode_terminal(TerminalStatus(terminal, TerminalState.OFFLINE))
        self._state_topic = terminal_topic(self._site, terminal)
        self._link = BrokerLink(
            broker,
            client_id or terminal_client_id(broker.site_id, terminal),
            subscriptions=(acks_filter(self._site), calls_filter(self._site)),
            on_message=self._handle_message,
            on_connected=self._handle_connected,
            will=(self._state_topic, offline),
        )

    def bind(
        self,
        *,
        on_ack: Callable[[Ack], None],
        on_connected: Callable[[], None],
        on_board_changed: Callable[[], None],
    ) -> None:
        """Who hears acknowledgements, reconnections and changes in the site's calls.

        They are called on the MQTT network thread.
        """
        self._on_ack = on_ack
        self._on_connected = on_connected
        self._on_board_changed = on_board_changed

    @property
    def connected(self) -> bool:
        return self._link.connected

    def start(self) -> None:
        self._link.start()

    def stop(self) -> None:
        offline = encode_terminal(TerminalStatus(self.terminal, TerminalState.OFFLINE))
        self._link.stop(farewell=(self._state_topic, offline))

    def deliver(self, request: HelpRequest, event: EventKind) -> None:
        topic = call_topic(self._site, request.id)
        self._link.publish(topic, encode_call(request, event), retain=True)
        if event is EventKind.CANCEL:
            self._link.publish(topic, b"", retain=True)

    def set_state(self, state: TerminalState, problems: Sequence[TerminalProblem] = ()) -> None:
        """Publish the terminal's state (retained); it is published again on reconnection."""
        with self._state_lock:
            self._status = TerminalStatus(
                self.terminal, TerminalState(state), tuple(problems), self._clock.now()
            )
            payload = encode_terminal(self._status)
        self._link.publish_nowait(self._state_topic, payload, retain=True)

    def _handle_connected(self, session_present: bool) -> None:
        if not session_present:
            self.board.forget_calls()
        with self._state_lock:
            payload = encode_terminal(self._status)
        self._link.publish_nowait(self._state_topic, payload, retain=True)
        if self._on_connected is not None:
            self._on_connected()

    def _handle_message(self, topic: str, payload: bytes) -> None:
        kind = topic.split("/")[2] if topic.count("/") == 3 else ""
        if kind == "acks":
            ack = decode_ack(payload)
            if ack is not None and ack.id == last_part(topic) and self._on_ack is not None:
                self._on_ack(ack)
        elif kind == "calls":
            change = self.board.apply_call(last_part(topic), payload)
            if change is not None and self._on_board_changed is not None:
                self._on_board_changed()
