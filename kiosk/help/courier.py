"""The courier: takes due deliveries from the outbox to their channels, with backoff.

``run_once`` does one round on the caller's thread (tests drive it with a fake clock).
``start`` runs one background thread per channel, so a slow mail server never holds up
the broker; each sleeps until its next delivery is due or until ``poke`` wakes it (a new
call, a channel that came back). A failed try is retried after 2 s, 4 s, 8 s ... at most
5 min, and the error code is kept on the delivery for the admin's diagnostics.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import datetime, timedelta

from kiosk.clock import Clock
from kiosk.help.channel import Channel, retry_delay_s
from kiosk.help.errors import ChannelError
from kiosk.help.outbox import Outbox

log = logging.getLogger(__name__)

IDLE_WAIT_S = 60.0  # even with nothing due, look again now and then
STOP_WAIT_S = 15.0  # longer than any channel's own timeout
KEEP_CLOSED = timedelta(days=1)


class Courier:
    """Delivers what the outbox holds through every channel, until each has it."""

    def __init__(self, outbox: Outbox, channels: Sequence[Channel], clock: Clock) -> None:
        self._outbox = outbox
        self._channels = tuple(channels)
        self._clock = clock
        self._stopping = threading.Event()
        self._wakes: dict[str, threading.Event] = {c.name: threading.Event() for c in channels}
        self._threads: list[threading.Thread] = []

    @property
    def channels(self) -> tuple[Channel, ...]:
        return self._channels

    def run_once(self, now: datetime | None = None) -> int:
        """Try every delivery due at ``now`` on every channel; how many were delivered."""
        now = now or self._clock.now()
        return sum(self._run_channel(channel, now) for channel in self._channels)

    def start(self) -> None:
        if self._threads:
            return
        self._stopping.clear()
        self._outbox.purge(self._clock.now() - KEEP_CLOSED)
        for channel in self._channels:
            thread = threading.Thread(
                target=self._loop, args=(channel,), name=f"help-{channel.name}", daemon=True
            )
            self._threads.append(thread)
            thread.start()

    def stop(self) -> None:
        self._stopping.set()
        for wake in self._wakes.values():
            wake.set()
        for thread in self._threads:
            thread.join(STOP_WAIT_S)
        self._threads.clear()

    def poke(self, channel: str | None = None) -> None:
        """Look at the outbox now (one channel, or all of them)."""
        for name, wake in self._wakes.items():
            if channel is None or name == channel:
                wake.set()

    def _run_channel(self, channel: Channel, now: datetime) -> int:
        done = 0
        for delivery in self._outbox.due(channel.name, now):
            if self._stopping.is_set():
                break
            request = self._outbox.claim(delivery)
            if request is None:
                continue
            try:
                channel.deliver(request, delivery.event)
            except ChannelError as error:
                delay = retry_delay_s(delivery.attempts + 1)
                retry_at = max(now, self._clock.now()) + timedelta(seconds=delay)
                self._outbox.failed(delivery, error.code, retry_at)
                log.info("help %s for %s not delivered by %s (%s); retry in %.0f s",
                         delivery.event, request.id, channel.name, error.code, delay)
            except Exception:
                # A bug in a channel must not lose the call: retry it like any failure.
                log.exception("help channel %s failed", channel.name)
                delay = retry_delay_s(delivery.attempts + 1)
                self._outbox.failed(delivery, "bug", self._clock.now() + timedelta(seconds=delay))
            else:
                self._outbox.delivered(delivery)
                log.info("help %s for %s delivered by %s", delivery.event, request.id,
                         channel.name)
                done += 1
        return done

    def _loop(self, channel: Channel) -> None:
        wake = self._wakes[channel.name]
        while not self._stopping.is_set():
            wake.clear()
            try:
                self._run_channel(channel, self._clock.now())
                next_at = self._outbox.next_due_at(channel.name)
            except Exception:  # e.g. the database is busy: look again a little later
                log.exception("help courier round failed on %s", channel.name)
                next_at = self._clock.now() + timedelta(seconds=5)
            if next_at is None:
                timeout = IDLE_WAIT_S
            else:
                timeout = (next_at - self._clock.now()).total_seconds()
                timeout = min(max(timeout, 0.05), IDLE_WAIT_S)
            wake.wait(timeout)
