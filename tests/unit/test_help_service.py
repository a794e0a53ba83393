"""The terminal's "Call a mediator": one tap, one call, followed until a mediator answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy

from kiosk.app import Core, build_help
from kiosk.audit import AuditKind
from kiosk.audit_store import AuditLog
from kiosk.clock import FakeClock
from kiosk.db import open_database
from kiosk.help import ChannelError, EventKind, RequestState, Topic
from kiosk.help.courier import Courier
from kiosk.help.fake import FakeChannel
from kiosk.help.outbox import Outbox
from kiosk.help.secret_file import read_secret
from kiosk.help.service import HelpService
from kiosk.help.wire import Ack, AckState
from tests.conftest import make_settings


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(tmp_path / "kiosk.sqlite3")
    yield engine
    engine.dispose()


@pytest.fixture
def channel() -> FakeChannel:
    return FakeChannel("mqtt", allow_fake=True)


@pytest.fixture
def audit(engine: sqlalchemy.Engine, clock: FakeClock) -> AuditLog:
    return AuditLog(engine, clock)


@pytest.fixture
def service(
    engine: sqlalchemy.Engine, clock: FakeClock, channel: FakeChannel, audit: AuditLog
) -> HelpService:
    outbox = Outbox(engine, clock, terminal="Poste 1", channels=[channel.name])
    return HelpService(outbox, Courier(outbox, [channel], clock), clock, audit=audit)


def test_one_tap_one_call_and_a_second_tap_is_the_same_call(service: HelpService) -> None:
    first = service.call()
    assert service.call().id == first.id
    described = service.call(Topic.PRINTING)
    assert described.id == first.id and described.topic is Topic.PRINTING
    assert service.current() == described


def test_cancel_ends_the_call_and_a_new_one_can_be_made(service: HelpService) -> None:
    first = service.call()
    assert service.cancel(first.id).state is RequestState.CANCELLED
    assert service.current() is None
    assert service.call().id != first.id


def test_a_mediators_answer_reaches_the_terminal(
    service: HelpService, clock: FakeClock
) -> None:
    heard: list[list[str | None]] = []
    service.subscribe(lambda requests: heard.append([r.acknowledged_by for r in requests]))
    request = service.call()
    clock.advance(40)
    service.on_ack(Ack(request.id, "Marie", AckState.COMING))
    current = service.current()
    assert current is not None and current.acknowledged_by == "Marie"
    assert heard[-1] == ["Marie"]
    service.on_ack(Ack(request.id, "Marie", AckState.DONE))
    assert service.current() is None and heard[-1] == []


def test_answers_to_calls_of_other_terminals_are_ignored(
    engine: sqlalchemy.Engine, clock: FakeClock, service: HelpService
) -> None:
    other = Outbox(engine, clock, terminal="Poste 2").create()
    service.on_ack(Ack(other.id, "Marie", AckState.COMING))
    ignored = service.get(other.id)
    assert ignored is not None and ignored.state is RequestState.PENDING
    service.on_ack(Ack("f" * 32, "Marie", AckState.COMING))  # unknown: nothing happens


def test_queue_position_without_a_broker_counts_this_terminals_calls(
    service: HelpService,
) -> None:
    request = service.call()
    assert service.queue_position(request.id) == 1
    service.on_ack(Ack(request.id, "Marie", AckState.COMING))
    assert service.queue_position(request.id) is None  # being answered, not waiting
    assert service.queue_position("0" * 32) is None


def test_the_audit_trail_says_what_happened_and_nothing_about_who(
    service: HelpService, audit: AuditLog, clock: FakeClock
) -> None:
    request = service.call(Topic.SAFE)
    clock.advance(90)
    service.on_ack(Ack(request.id, "Marie", AckState.COMING))
    service.cancel(request.id)
    kinds = [e.kind for e in reversed(audit.recent())]
    assert kinds[:2] == [AuditKind.HELP_REQUESTED, AuditKind.HELP_ACKNOWLEDGED]
    assert AuditKind.HELP_CANCELLED in kinds
    acknowledged = next(e for e in audit.recent() if e.kind is AuditKind.HELP_ACKNOWLEDGED)
    assert acknowledged.detail == {"wait_s": 90}
    assert "Marie" not in json.dumps([e.detail for e in audit.recent()])


def test_calls_are_delivered_by_the_channels(
    service: HelpService, channel: FakeChannel, clock: FakeClock
) -> None:
    request = service.call()
    Courier(service.outbox, [channel], clock).run_once(clock.now())
    assert channel.events() == [(request.id, EventKind.CALL)]


def test_a_terminal_without_network_still_takes_calls(core: Core) -> None:
    assert core.help.channels == ()
    core.help.start()
    request = core.help.call(Topic.USB)
    assert core.help.current() == request
    assert core.help.queue_position(request.id) == 1
    core.help.stop()


def test_each_configured_channel_is_built_without_connecting(
    tmp_path: Path, engine: sqlalchemy.Engine, clock: FakeClock
) -> None:
    settings = make_settings(
        tmp_path,
        help__terminal_name="Poste 1",
        help__mqtt_host="127.0.0.1",
        help__mqtt_port=9,
        help__webhook_url="http://127.0.0.1:9/hook",
        help__email_smtp_host="127.0.0.1",
        help__email_from="kiosk@example.org",
        help__email_to=["mediation@example.org"],
    )
    service = build_help(settings.help, engine, clock)
    assert service.channels == ("mqtt", "webhook", "email")
    assert service.terminal == "Poste 1"


def test_secret_files_must_not_be_readable_by_everyone(tmp_path: Path) -> None:
    secret = tmp_path / "mqtt.secret"
    secret.write_text("s3cret\n", encoding="utf-8")
    secret.chmod(0o640)
    assert read_secret(secret) == "s3cret"
    secret.chmod(0o644)
    with pytest.raises(ChannelError) as too_open:
        read_secret(secret)
    assert too_open.value.code == "secret_too_open"
    with pytest.raises(ChannelError) as missing:
        read_secret(tmp_path / "nope")
    assert missing.value.code == "secret_unreadable"
