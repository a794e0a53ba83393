"""What the terminal's UI uses for "Call a mediator": call, describe, cancel, follow.

The call is stored before anything is sent, so "a mediator has been called" is true as
soon as ``call`` returns, whatever the network does: the terminal shows it, and the
courier carries it to every configured channel in the background. Listeners hear about
every change (a mediator acknowledged, the queue moved) on whichever thread it happened;
the UI's bridge turns that into a signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from kiosk.audit import AuditKind, AuditSink
from kiosk.clock import Clock
from kiosk.help.courier import Courier
from kiosk.help.errors import HelpError
from kiosk.help.model import HelpRequest, RequestState, TerminalProblem, TerminalState, Topic
from kiosk.help.mqtt import MqttChannel
from kiosk.help.outbox import Outbox
from kiosk.help.wire import Ack, AckState

log = logging.getLogger(__name__)

Listener = Callable[[list[HelpRequest]], None]


class HelpService:
    """This terminal's calls for a mediator."""

    def __init__(
        self,
        outbox: Outbox,
        courier: Courier,
        clock: Clock,
        *,
        mqtt: MqttChannel | None = None,
        audit: AuditSink | None = None,
    ) -> None:
        self._outbox = outbox
        self._courier = courier
        self._clock = clock
        self._mqtt = mqtt
        self._audit = audit
        self._listeners: list[Listener] = []
        outbox.subscribe(self._on_outbox_changed)
        if mqtt is not None:
            mqtt.bind(
                on_ack=self.on_ack,
                on_connected=lambda: self.on_channel_back(mqtt.name),
                on_board_changed=self.on_board_changed,
            )

    @property
    def terminal(self) -> str:
        return self._outbox.terminal

    @property
    def channels(self) -> tuple[str, ...]:
        """The names of the channels calls go out on, besides the terminal itself."""
        return self._outbox.channels

    @property
    def outbox(self) -> Outbox:
        return self._outbox

    def call(self, topic: Topic = Topic.NONE) -> HelpRequest:
        """Call a mediator. While a call is open, calling again returns that call."""
        current = self.current()
        if current is not None:
            if topic is not Topic.NONE and topic != current.topic:
                return self.set_topic(current.id, topic)
            return current
        request = self._outbox.create(topic)
        self._record(AuditKind.HELP_REQUESTED, topic=request.topic.value)
        self._courier.poke()
        return request

    def set_topic(self, request_id: str, topic: Topic) -> HelpRequest:
        """Say what the help is about. Raises HelpError for an unknown or closed call."""
        request = self._outbox.set_topic(request_id, topic)
        self._courier.poke()
        return request

    def cancel(self, request_id: str) -> HelpRequest:
        """The person no longer needs help (also right when their session ends)."""
        before = self._outbox.get(request_id)
        request = self._outbox.cancel(request_id)
        if before is not None and before.state.is_open:
            self._record(AuditKind.HELP_CANCELLED, wait_s=self._waited_s(request))
        self._courier.poke()
        return request

    def current(self) -> HelpRequest | None:
        """This terminal's open call, if there is one."""
        mine = [r for r in self._outbox.open_requests() if r.terminal == self.terminal]
        return mine[-1] if mine else None

    def get(self, request_id: str) -> HelpRequest | None:
        return self._outbox.get(request_id)

    def queue_position(self, request_id: str) -> int | None:
        """1 for the next call to be answered; None unless the call is waiting.

        Counts the site's waiting calls known from the broker when it is reachable, else
        this terminal's own (acknowledged calls are being answered, not waiting).
        """
        request = self._outbox.get(request_id)
        if request is None or request.state is not RequestState.PENDING:
            return None
        waiting: dict[str, tuple[datetime, str]] = {}
        if self._mqtt is not None and self._mqtt.connected:
            for call in self._mqtt.board.calls():
                if call.state is RequestState.PENDING:
                    waiting[call.id] = (call.created_at, call.id)
        for own in self._outbox.open_requests():
            waiting.pop(own.id, None)
            if own.state is RequestState.PENDING:
                waiting[own.id] = (own.created_at, own.id)
        mine = (request.created_at, request.id)
        return 1 + sum(1 for key in waiting.values() if key < mine)

    def set_terminal_state(
        self, state: TerminalState, problems: Sequence[TerminalProblem] = ()
    ) -> None:
        """What mediators' consoles show for this terminal (free, in session, ...)."""
        if self._mqtt is not None:
            self._mqtt.set_state(state, problems)

    def subscribe(self, listener: Listener) -> None:
        """``listener(open requests)`` after every change; called on any thread."""
        self._listeners.append(listener)

    def start(self) -> None:
        """Connect to the broker and start delivering (calls left from before included)."""
        self._outbox.backfill()
        if self._mqtt is not None:
            self._mqtt.start()
        self._courier.start()
        self._courier.poke()

    def stop(self) -> None:
        self._courier.stop()
        if self._mqtt is not None:
            self._mqtt.stop()

    # -- from the broker (paho's thread) ----------------------------------------------

    def on_ack(self, ack: Ack) -> None:
        """A mediator's console answered a call; calls of other terminals are ignored."""
        request = self._outbox.get(ack.id)
        if request is None or request.terminal != self.terminal or not request.state.is_open:
            return
        try:
            if ack.state is AckState.COMING:
                changed = self._outbox.acknowledge(ack.id, ack.by)
                if request.state is RequestState.PENDING:
                    self._record(AuditKind.HELP_ACKNOWLEDGED, wait_s=self._waited_s(changed))
            else:
                self._outbox.finish(ack.id)
        except HelpError:
            return
        self._courier.poke()

    def on_channel_back(self, channel: str) -> None:
        """A channel reconnected: what waited for it goes now, not at the end of a backoff."""
        self._outbox.retry_now(channel)
        self._courier.poke(channel)

    def on_board_changed(self) -> None:
        self._on_outbox_changed(self._outbox.open_requests())

    def _on_outbox_changed(self, requests: list[HelpRequest]) -> None:
        for listener in list(self._listeners):
            try:
                listener(requests)
            except Exception:
                log.exception("help listener failed")

    def _waited_s(self, request: HelpRequest) -> int:
        return max(0, int((self._clock.now() - request.created_at).total_seconds()))

    def _record(self, kind: AuditKind, **detail: str | int) -> None:
        if self._audit is not None:
            try:
                self._audit.record(kind, **detail)
            except Exception:  # the audit trail must never stop a call for help
                log.exception("could not record %s", kind)
