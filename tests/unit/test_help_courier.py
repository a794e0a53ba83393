"""The courier: every call reaches every channel once, retried 2 s, 4 s, ... up to 5 min."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy

from kiosk.clock import FakeClock
from kiosk.db import open_database
from kiosk.help import EventKind, HelpError, Topic
from kiosk.help.channel import retry_delay_s
from kiosk.help.courier import Courier
from kiosk.help.fake import FakeChannel
from kiosk.help.outbox import Outbox


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(tmp_path / "kiosk.sqlite3")
    yield engine
    engine.dispose()


def fake(name: str) -> FakeChannel:
    return FakeChannel(name, allow_fake=True)


def make(
    engine: sqlalchemy.Engine, clock: FakeClock, *channels: FakeChannel
) -> tuple[Outbox, Courier]:
    outbox = Outbox(engine, clock, terminal="Poste 1", channels=[c.name for c in channels])
    return outbox, Courier(outbox, channels, clock)


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def test_the_fake_refuses_to_exist_outside_tests() -> None:
    with pytest.raises(HelpError) as refused:
        FakeChannel("fake")
    assert refused.value.code == "fake_outside_tests"


def test_retry_schedule_doubles_from_two_seconds_up_to_five_minutes() -> None:
    delays = [retry_delay_s(n) for n in range(1, 12)]
    assert delays == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]
    assert retry_delay_s(10_000) == 300


def test_a_call_goes_out_on_every_channel_once(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    mqtt, mail = fake("mqtt"), fake("email")
    outbox, courier = make(engine, clock, mqtt, mail)
    request = outbox.create(Topic.PRINTING)
    assert courier.run_once(clock.now()) == 2
    assert courier.run_once(clock.now()) == 0
    clock.advance(3600)
    assert courier.run_once(clock.now()) == 0
    for channel in (mqtt, mail):
        assert channel.events() == [(request.id, EventKind.CALL)]
        assert channel.sent[0].request.topic is Topic.PRINTING


def test_failures_are_retried_with_backoff_and_the_code_kept(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    webhook = fake("webhook")
    outbox, courier = make(engine, clock, webhook)
    request = outbox.create()
    webhook.fail_always("http_status")
    tried_at: list[float] = []
    for _ in range(600):  # 10 minutes, second by second
        before = webhook.attempts
        courier.run_once(clock.now())
        if webhook.attempts > before:
            tried_at.append(clock.monotonic() - 1000.0)
        clock.advance(1)
    gaps = [b - a for a, b in zip(tried_at, tried_at[1:], strict=False)]
    assert gaps[:8] == [2, 4, 8, 16, 32, 64, 128, 256]
    (delivery,) = outbox.deliveries(request.id)
    assert delivery.last_error_code == "http_status" and delivery.delivered_at is None
    webhook.heal()
    clock.advance(300)
    assert courier.run_once(clock.now()) == 1
    assert webhook.events() == [(request.id, EventKind.CALL)]


def test_one_failing_channel_does_not_hold_up_another(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    mqtt, mail = fake("mqtt"), fake("email")
    outbox, courier = make(engine, clock, mqtt, mail)
    mail.fail_always("unreachable")
    request = outbox.create()
    courier.run_once(clock.now())
    assert mqtt.events() == [(request.id, EventKind.CALL)]
    assert mail.events() == []


def test_cancel_before_delivery_sends_nothing_and_after_sends_a_cancel(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    mqtt = fake("mqtt")
    outbox, courier = make(engine, clock, mqtt)
    unsent = outbox.create()
    outbox.cancel(unsent.id)
    courier.run_once(clock.now())
    assert mqtt.events() == []

    sent = outbox.create()
    courier.run_once(clock.now())
    outbox.cancel(sent.id)
    courier.run_once(clock.now())
    assert mqtt.events() == [(sent.id, EventKind.CALL), (sent.id, EventKind.CANCEL)]


def test_messages_carry_a_growing_sequence_for_receivers_to_drop_repeats(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    mqtt = fake("mqtt")
    outbox, courier = make(engine, clock, mqtt)
    request = outbox.create()
    courier.run_once(clock.now())
    outbox.set_topic(request.id, Topic.WEBSITE)
    courier.run_once(clock.now())
    outbox.acknowledge(request.id, "Marie")
    courier.run_once(clock.now())
    outbox.finish(request.id)
    courier.run_once(clock.now())
    assert [(s.event, s.request.seq) for s in mqtt.sent] == [
        (EventKind.CALL, 1), (EventKind.UPDATE, 2), (EventKind.UPDATE, 3), (EventKind.CANCEL, 4),
    ]


def test_a_restart_delivers_what_was_pending(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "kiosk.sqlite3"
    engine = open_database(path)
    down = fake("mqtt")
    down.fail_always("unreachable")
    outbox, courier = make(engine, clock, down)
    pending = [outbox.create().id for _ in range(3)]
    courier.run_once(clock.now())
    engine.dispose()

    engine = open_database(path)
    up = fake("mqtt")
    _outbox, courier = make(engine, clock, up)
    clock.advance(2)
    assert courier.run_once(clock.now()) == 3
    assert sorted(i for i, _ in up.events()) == sorted(pending)
    engine.dispose()


def test_the_background_courier_delivers_when_poked_and_stops(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    mqtt = fake("mqtt")
    outbox, courier = make(engine, clock, mqtt)
    courier.start()
    try:
        request = outbox.create()
        courier.poke()
        wait_until(lambda: mqtt.events() == [(request.id, EventKind.CALL)])
    finally:
        courier.stop()
    assert not [t for t in threading.enumerate() if t.name == "help-mqtt"]
