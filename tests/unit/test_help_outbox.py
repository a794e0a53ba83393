"""The help outbox: a call is on disk before anything is sent, and a restart loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy

from kiosk.clock import FakeClock
from kiosk.db import open_database
from kiosk.help import EventKind, HelpError, RequestState, Topic
from kiosk.help.outbox import Outbox

CHANNELS = ("mqtt", "webhook")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kiosk.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def outbox(engine: sqlalchemy.Engine, clock: FakeClock) -> Outbox:
    return Outbox(engine, clock, terminal="Poste 1", channels=CHANNELS)


def events(outbox: Outbox, request_id: str, channel: str) -> list[EventKind]:
    return [d.event for d in outbox.deliveries(request_id) if d.channel == channel]


def test_a_call_is_stored_with_a_call_for_every_channel(outbox: Outbox, clock: FakeClock) -> None:
    request = outbox.create(Topic.PRINTING)
    assert len(request.id) == 32 and request.terminal == "Poste 1"
    assert request.state is RequestState.PENDING and request.seq == 1
    assert request.created_at == clock.now()
    for channel in CHANNELS:
        assert [d.event for d in outbox.due(channel, clock.now())] == [EventKind.CALL]


def test_calls_survive_reopening_the_database(db_path: Path, clock: FakeClock) -> None:
    engine = open_database(db_path)
    first = Outbox(engine, clock, terminal="Poste 1", channels=CHANNELS)
    request = first.create()
    first.set_topic(request.id, Topic.USB)
    engine.dispose()

    engine = open_database(db_path)
    again = Outbox(engine, clock, terminal="Poste 1", channels=CHANNELS)
    reopened = again.get(request.id)
    assert reopened is not None and reopened.topic is Topic.USB
    assert [r.id for r in again.open_requests()] == [request.id]
    assert [d.request_id for d in again.due("mqtt", clock.now())] == [request.id]
    engine.dispose()


def test_open_requests_are_oldest_first_and_exclude_closed(
    outbox: Outbox, clock: FakeClock
) -> None:
    first = outbox.create()
    clock.advance(5)
    second = outbox.create()
    clock.advance(5)
    third = outbox.create()
    outbox.cancel(second.id)
    outbox.acknowledge(third.id, "Marie")
    assert [r.id for r in outbox.open_requests()] == [first.id, third.id]


def test_cancel_before_any_try_sends_nothing(outbox: Outbox, clock: FakeClock) -> None:
    request = outbox.create()
    cancelled = outbox.cancel(request.id)
    assert cancelled.state is RequestState.CANCELLED
    assert outbox.deliveries(request.id) == []
    assert outbox.due("mqtt", clock.now()) == []


def test_cancel_after_a_try_tells_that_channel_only(outbox: Outbox, clock: FakeClock) -> None:
    request = outbox.create()
    (tried,) = outbox.due("mqtt", clock.now())
    assert outbox.claim(tried) is not None  # sent, but did it arrive? the receiver may know
    outbox.failed(tried, "timeout", clock.now() + timedelta(seconds=2))
    outbox.cancel(request.id)
    assert events(outbox, request.id, "mqtt") == [EventKind.CANCEL]
    assert events(outbox, request.id, "webhook") == []


def test_a_change_before_the_call_goes_rides_with_it(outbox: Outbox, clock: FakeClock) -> None:
    request = outbox.create()
    outbox.set_topic(request.id, Topic.SCANNING)
    (call,) = outbox.due("mqtt", clock.now())
    sent = outbox.claim(call)
    assert sent is not None and sent.topic is Topic.SCANNING and sent.seq == 2
    assert events(outbox, request.id, "mqtt") == [EventKind.CALL]


def test_a_change_after_the_call_is_its_own_update(outbox: Outbox, clock: FakeClock) -> None:
    request = outbox.create()
    (call,) = outbox.due("mqtt", clock.now())
    outbox.claim(call)
    outbox.delivered(call)
    outbox.acknowledge(request.id, "Marie")
    (update,) = outbox.due("mqtt", clock.now())
    assert update.event is EventKind.UPDATE and update.seq == 2
    sent = outbox.claim(update)
    assert sent is not None and sent.acknowledged_by == "Marie"


def test_an_update_a_retried_call_carried_is_not_sent_again(
    outbox: Outbox, clock: FakeClock
) -> None:
    request = outbox.create()
    (call,) = outbox.due("mqtt", clock.now())
    outbox.claim(call)
    outbox.failed(call, "timeout", clock.now())  # tried: a change now needs its own update
    outbox.set_topic(request.id, Topic.SAFE)
    assert events(outbox, request.id, "mqtt") == [EventKind.CALL, EventKind.UPDATE]
    (retry,) = outbox.due("mqtt", clock.now())
    sent = outbox.claim(retry)
    assert sent is not None and sent.topic is Topic.SAFE  # the retry carries the change
    outbox.delivered(retry)
    (update,) = outbox.due("mqtt", clock.now())
    assert outbox.claim(update) is None  # so the update is not sent twice
    assert outbox.due("mqtt", clock.now()) == []


def test_changes_queued_behind_an_untried_update_fold_into_it(
    outbox: Outbox, clock: FakeClock
) -> None:
    request = outbox.create()
    (call,) = outbox.due("mqtt", clock.now())
    outbox.claim(call)
    outbox.delivered(call)
    outbox.set_topic(request.id, Topic.OTHER)
    outbox.set_topic(request.id, Topic.USB)
    (update,) = outbox.due("mqtt", clock.now())
    sent = outbox.claim(update)
    assert sent is not None and sent.topic is Topic.USB and sent.seq == 3
    assert events(outbox, request.id, "mqtt") == [EventKind.CALL, EventKind.UPDATE]


def test_only_the_oldest_waiting_delivery_of_a_request_is_due(
    outbox: Outbox, clock: FakeClock
) -> None:
    request = outbox.create()
    (call,) = outbox.due("mqtt", clock.now())
    outbox.claim(call)
    outbox.failed(call, "unreachable", clock.now() + timedelta(seconds=2))
    outbox.cancel(request.id)  # the cancel now waits behind nothing: the call was dropped
    (cancel,) = outbox.due("mqtt", clock.now())
    assert cancel.event is EventKind.CANCEL
    assert outbox.next_due_at("mqtt") == clock.now()


def test_failed_keeps_the_code_and_the_retry_time(outbox: Outbox, clock: FakeClock) -> None:
    outbox.create()
    (call,) = outbox.due("webhook", clock.now())
    outbox.claim(call)
    outbox.failed(call, "http_status", clock.now() + timedelta(seconds=2))
    assert outbox.due("webhook", clock.now()) == []
    clock.advance(2)
    (again,) = outbox.due("webhook", clock.now())
    assert again.attempts == 1 and again.last_error_code == "http_status"


def test_retry_now_makes_waiting_deliveries_due(outbox: Outbox, clock: FakeClock) -> None:
    outbox.create()
    (call,) = outbox.due("mqtt", clock.now())
    outbox.claim(call)
    outbox.failed(call, "unreachable", clock.now() + timedelta(seconds=300))
    assert outbox.retry_now("mqtt") == 1
    assert len(outbox.due("mqtt", clock.now())) == 1


def test_acknowledge_and_finish(outbox: Outbox) -> None:
    request = outbox.create()
    acked = outbox.acknowledge(request.id, "Marie")
    assert acked.state is RequestState.ACKNOWLEDGED and acked.acknowledged_by == "Marie"
    assert outbox.acknowledge(request.id, "Marie").seq == acked.seq  # a repeat changes nothing
    done = outbox.finish(request.id)
    assert done.state is RequestState.DONE
    assert outbox.cancel(request.id).state is RequestState.DONE  # closed stays closed
    assert outbox.acknowledge(request.id, "Paul").acknowledged_by == "Marie"


def test_changing_a_closed_or_unknown_request_is_a_typed_error(outbox: Outbox) -> None:
    request = outbox.create()
    outbox.cancel(request.id)
    with pytest.raises(HelpError) as closed:
        outbox.set_topic(request.id, Topic.USB)
    assert closed.value.code == "request_closed"
    with pytest.raises(HelpError) as unknown:
        outbox.cancel("0" * 32)
    assert unknown.value.code == "unknown_request"


def test_listeners_hear_every_change_with_the_open_requests(outbox: Outbox) -> None:
    heard: list[list[str]] = []
    outbox.subscribe(lambda requests: heard.append([r.id for r in requests]))
    request = outbox.create()
    outbox.acknowledge(request.id, "Marie")
    outbox.finish(request.id)
    assert heard == [[request.id], [request.id], []]


def test_backfill_adds_channels_configured_since(
    engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    before = Outbox(engine, clock, terminal="Poste 1", channels=("mqtt",))
    request = before.create()
    after = Outbox(engine, clock, terminal="Poste 1", channels=("mqtt", "email"))
    assert after.backfill() == 1
    assert [d.request_id for d in after.due("email", clock.now())] == [request.id]
    assert after.backfill() == 0


def test_purge_forgets_old_closed_requests_with_nothing_to_send(
    outbox: Outbox, clock: FakeClock
) -> None:
    kept_open = outbox.create()
    closed = outbox.create()
    outbox.cancel(closed.id)
    clock.advance(3600)
    assert outbox.purge(clock.now()) == 1
    assert outbox.get(closed.id) is None and outbox.get(kept_open.id) is not None
