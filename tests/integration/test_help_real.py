"""Calls for a mediator through real components: Mosquitto, an HTTP server, an SMTP server.

Each test starts what it needs: its own ``mosquitto`` on a free loopback port, with a
generated configuration and persistence in ``tmp_path`` (never the system's service); a
stdlib HTTP server as the webhook; aiosmtpd as the mail server. Waits are bounded polls.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
from aiosmtpd.controller import Controller

from kiosk.clock import FakeClock, SystemClock
from kiosk.db import open_database
from kiosk.help import (
    ChannelError,
    Delivery,
    EventKind,
    RequestState,
    TerminalProblem,
    TerminalState,
    Topic,
)
from kiosk.help.channel import Channel
from kiosk.help.console import ConsoleClient
from kiosk.help.courier import Courier
from kiosk.help.fake import FakeChannel
from kiosk.help.mail import EmailChannel
from kiosk.help.mqtt import MqttChannel
from kiosk.help.outbox import Outbox
from kiosk.help.service import HelpService
from kiosk.help.webhook import WebhookChannel
from kiosk.help.wire import CallNotice
from tests.integration.mosquitto import Mosquitto, free_port, wait_until

pytestmark = pytest.mark.real


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Mosquitto]:
    server = Mosquitto(tmp_path / "mosquitto")
    yield server
    server.close()


@dataclass
class Kiosk:
    """One terminal's help side, as kiosk/app.py builds it, with a fast-reconnecting link."""

    service: HelpService
    mqtt: MqttChannel
    engine: sqlalchemy.Engine

    def close(self) -> None:
        self.service.stop()
        self.engine.dispose()


@pytest.fixture
def make_kiosk(tmp_path: Path, broker: Mosquitto) -> Iterator[Callable[[str], Kiosk]]:
    made: list[Kiosk] = []

    def make(terminal: str) -> Kiosk:
        clock = SystemClock()
        engine = open_database(tmp_path / terminal.replace(" ", "-") / "kiosk.sqlite3")
        mqtt = MqttChannel(broker.settings(), terminal, clock)
        outbox = Outbox(engine, clock, terminal=terminal, channels=[mqtt.name])
        kiosk = Kiosk(HelpService(outbox, Courier(outbox, [mqtt], clock), clock, mqtt=mqtt),
                      mqtt, engine)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.close()


@dataclass
class Console:
    client: ConsoleClient
    announced: list[CallNotice] = field(default_factory=list)

    def ids(self) -> list[str]:
        return [c.id for c in self.client.calls()]


@pytest.fixture
def console(broker: Mosquitto) -> Iterator[Console]:
    client = ConsoleClient(broker.settings(), client_id="kiosk-console-test")
    watched = Console(client)
    client.subscribe(lambda: None, watched.announced.append)
    yield watched
    client.stop()


def test_a_call_reaches_the_console_and_its_answer_reaches_the_terminal(
    broker: Mosquitto, make_kiosk: Callable[[str], Kiosk], console: Console
) -> None:
    broker.start()
    console.client.start()
    kiosk = make_kiosk("Poste 1")
    kiosk.service.start()
    wait_until(lambda: console.client.connected and kiosk.mqtt.connected, what="connections")

    request = kiosk.service.call(Topic.PRINTING)
    wait_until(lambda: console.ids() == [request.id], what="the call on the console")
    (shown,) = console.client.calls()
    assert (shown.terminal, shown.topic, shown.state) == ("Poste 1", Topic.PRINTING,
                                                          RequestState.PENDING)
    assert [c.id for c in console.announced] == [request.id]

    console.client.coming(request.id, "Marie")
    wait_until(lambda: (kiosk.service.current() or request).acknowledged_by == "Marie",
               what="Marie is coming, on the terminal")
    wait_until(lambda: console.client.calls()[0].acknowledged_by == "Marie",
               what="the acknowledged call on the console")

    kiosk.service.set_terminal_state(TerminalState.IN_SESSION, [TerminalProblem.PRINTER])
    wait_until(lambda: [(t.terminal, t.state, t.problems) for t in console.client.terminals()]
               == [("Poste 1", TerminalState.IN_SESSION, (TerminalProblem.PRINTER,))],
               what="the terminal's state on the console")

    console.client.done(request.id, "Marie")
    wait_until(lambda: kiosk.service.current() is None, what="the call closed on the terminal")
    wait_until(lambda: console.client.calls() == [], what="the call gone from the console")
    assert [c.id for c in console.announced] == [request.id]


def test_queue_positions_count_the_sites_waiting_calls(
    broker: Mosquitto, make_kiosk: Callable[[str], Kiosk], console: Console
) -> None:
    broker.start()
    first, second = make_kiosk("Poste 1"), make_kiosk("Poste 2")
    for kiosk in (first, second):
        kiosk.service.start()
    wait_until(lambda: first.mqtt.connected and second.mqtt.connected, what="connections")
    earlier = first.service.call()
    wait_until(lambda: second.mqtt.board.call(earlier.id) is not None, what="the first call")
    later = second.service.call()
    assert second.service.queue_position(later.id) == 2
    console.client.start()
    wait_until(lambda: len(console.client.calls()) == 2, what="both calls on the console")
    console.client.coming(earlier.id, "Marie")
    wait_until(lambda: second.service.queue_position(later.id) == 1, what="the queue moving")


def test_calls_made_while_the_broker_is_down_arrive_once_it_is_back(
    broker: Mosquitto, make_kiosk: Callable[[str], Kiosk], console: Console
) -> None:
    broker.start()
    console.client.start()
    kiosks = [make_kiosk(f"Poste {n}") for n in (1, 2, 3)]
    for kiosk in kiosks:
        kiosk.service.start()
    wait_until(lambda: console.client.connected and all(k.mqtt.connected for k in kiosks),
               what="connections")

    broker.stop()
    wait_until(lambda: not any(k.mqtt.connected for k in kiosks), what="the links to drop")
    calls = [kiosk.service.call() for kiosk in kiosks]

    def firsts() -> list[Delivery]:
        pairs = zip(kiosks, calls, strict=True)
        return [kiosk.service.outbox.deliveries(call.id)[0] for kiosk, call in pairs]

    wait_until(lambda: all(d.last_error_code == "unreachable" for d in firsts()),
               what="a failed try of each call")
    assert not any(d.delivered_at for d in firsts())

    broker.start()
    wanted = sorted(c.id for c in calls)
    wait_until(lambda: sorted(console.ids()) == wanted, what="the three calls on the console")
    wait_until(lambda: all(d.delivered_at for d in firsts()), what="the deliveries marked")
    # A barrier: a later message from the same broker has come through, so any repeat of
    # the calls would have arrived by now.
    kiosks[0].service.set_terminal_state(TerminalState.OUT_OF_SERVICE)
    wait_until(lambda: any(t.state is TerminalState.OUT_OF_SERVICE
                           for t in console.client.terminals()), what="the barrier")
    assert sorted(c.id for c in console.announced) == wanted  # each exactly once
    for kiosk, call in zip(kiosks, calls, strict=True):
        assert [d.event for d in kiosk.service.outbox.deliveries(call.id)] == [EventKind.CALL]


def test_calls_pending_when_the_kiosk_restarts_are_delivered(
    broker: Mosquitto, make_kiosk: Callable[[str], Kiosk], console: Console
) -> None:
    before = make_kiosk("Poste 1")
    before.service.start()  # the broker is not running yet
    request = before.service.call(Topic.SCANNING)
    wait_until(lambda: before.service.outbox.deliveries(request.id)[0].attempts > 0,
               what="a failed try")
    before.close()

    broker.start()
    console.client.start()
    after = make_kiosk("Poste 1")
    after.service.start()
    wait_until(lambda: console.ids() == [request.id], what="the call after the restart")
    current = after.service.current()
    assert current is not None and current.id == request.id
    console.client.coming(request.id, "Marie")
    wait_until(lambda: (after.service.current() or request).acknowledged_by == "Marie",
               what="the answer after the restart")
    assert [c.id for c in console.announced] == [request.id]


# -- Webhook ------------------------------------------------------------------------------


@dataclass
class Hook:
    url: str
    statuses: list[int]
    posts: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
def hook() -> Iterator[Hook]:
    state = Hook("", [])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.posts.append((dict(self.headers.items()), body))
            status = state.statuses.pop(0) if state.statuses else 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/mediateurs"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(tmp_path / "hooks" / "kiosk.sqlite3")
    yield engine
    engine.dispose()


def test_the_webhook_gets_the_call_once_after_a_server_error(
    hook: Hook, engine: sqlalchemy.Engine, tmp_path: Path
) -> None:
    hook.statuses = [500, 200]
    token = tmp_path / "webhook.secret"
    token.write_text("t0ken\n", encoding="utf-8")
    token.chmod(0o600)
    clock = SystemClock()
    channel = WebhookChannel(hook.url, token_file=token)
    outbox = Outbox(engine, clock, terminal="Poste à l'accueil", channels=[channel.name])
    courier = Courier(outbox, [channel], clock)
    service = HelpService(outbox, courier, clock)
    service.start()
    try:
        request = service.call(Topic.WEBSITE)
        wait_until(lambda: outbox.deliveries(request.id)[0].delivered_at, what="the retry")
    finally:
        service.stop()
    assert len(hook.posts) == 2  # the 500, then the 200: and nothing more
    headers, body = hook.posts[1]
    assert headers["Title"] == "Kiosk: help requested" and headers["Tags"] == "sos"
    assert headers["Authorization"] == "Bearer t0ken"
    assert headers["X-Kiosk-Request"] == request.id and headers["X-Kiosk-Seq"] == "1"
    assert body.decode("utf-8") == "Help requested at Poste à l'accueil (a website)"
    (delivery,) = outbox.deliveries(request.id)
    assert delivery.attempts == 2 and delivery.last_error_code == "http_status"


def test_the_json_webhook_and_its_failures(hook: Hook, engine: sqlalchemy.Engine) -> None:
    clock = FakeClock()
    channel = WebhookChannel(hook.url, style="json")
    outbox = Outbox(engine, clock, terminal="Poste 1", channels=[channel.name])
    courier = Courier(outbox, [channel], clock)
    hook.statuses = [401]
    request = outbox.create(Topic.USB)
    assert courier.run_once() == 0
    assert outbox.deliveries(request.id)[0].last_error_code == "auth_failed"
    clock.advance(2)
    assert courier.run_once() == 1
    document = json.loads(hook.posts[-1][1])
    assert document["event"] == "call" and document["id"] == request.id
    assert document["topic"] == "usb" and document["terminal"] == "Poste 1"

    closed = WebhookChannel(f"http://127.0.0.1:{free_port()}/", style="json")
    outbox.cancel(request.id)  # a cancel, to a server that is not there
    (cancel,) = outbox.due("webhook", clock.now())
    assert cancel.event is EventKind.CANCEL
    Courier(outbox, [closed], clock).run_once()
    assert outbox.deliveries(request.id)[-1].last_error_code == "unreachable"


# -- E-mail -------------------------------------------------------------------------------


class Mailbox:
    """An aiosmtpd handler that keeps messages and can refuse the first few."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.refuse = 0

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802
        if self.refuse:
            self.refuse -= 1
            return "451 Try again later"
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    handler = Mailbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


def test_an_email_after_a_refusal_and_none_for_updates(
    mailbox: tuple[Mailbox, int], engine: sqlalchemy.Engine
) -> None:
    box, port = mailbox
    box.refuse = 1
    clock = FakeClock()
    channel = EmailChannel("127.0.0.1", port, "kiosk@example.org", ["mediation@example.org"])
    outbox = Outbox(engine, clock, terminal="Poste 1", channels=[channel.name])
    courier = Courier(outbox, [channel], clock)
    request = outbox.create(Topic.PRINTING)
    assert courier.run_once() == 0
    assert outbox.deliveries(request.id)[0].last_error_code == "refused"
    clock.advance(2)
    assert courier.run_once() == 1
    (mail,) = box.messages
    assert mail["Subject"] == "Kiosk: help requested at Poste 1"
    assert mail["To"] == "mediation@example.org" and mail["X-Kiosk-Request"] == request.id
    assert "About: printing" in mail.get_payload()

    outbox.acknowledge(request.id, "Marie")  # an update: not worth a mail
    assert courier.run_once() == 1 and len(box.messages) == 1
    outbox.cancel(request.id)
    assert courier.run_once() == 1
    assert box.messages[-1]["Subject"] == "Kiosk: help no longer needed at Poste 1"


def test_no_mail_server_is_a_retry_not_a_loss(engine: sqlalchemy.Engine) -> None:
    clock = FakeClock()
    channel = EmailChannel("127.0.0.1", free_port(), "kiosk@example.org", ["m@example.org"])
    outbox = Outbox(engine, clock, terminal="Poste 1", channels=[channel.name])
    request = outbox.create()
    assert Courier(outbox, [channel], clock).run_once() == 0
    (delivery,) = outbox.deliveries(request.id)
    assert delivery.last_error_code == "unreachable" and delivery.delivered_at is None


# -- The channel contract, against every implementation -----------------------------------


@dataclass
class Receiver:
    channel: Channel
    got: Callable[[], list[str]]  # the request ids the receiver has seen
    broken: Channel  # the same kind of channel, with no receiver behind it


@pytest.fixture(params=["fake", "mqtt", "webhook", "email"])
def receiver(
    request: pytest.FixtureRequest, tmp_path: Path, hook: Hook,
    mailbox: tuple[Mailbox, int],
) -> Iterator[Receiver]:
    clock = FakeClock()
    if request.param == "fake":
        fake, broken = FakeChannel("fake", allow_fake=True), FakeChannel("fake", allow_fake=True)
        broken.fail_always("unreachable")
        yield Receiver(fake, lambda: [i for i, _ in fake.events()], broken)
    elif request.param == "mqtt":
        broker = Mosquitto(tmp_path / "contract-broker")
        broker.start()
        console = ConsoleClient(broker.settings(), client_id="kiosk-console-contract")
        channel = MqttChannel(broker.settings(), "Poste C", clock)
        console.start()
        channel.start()
        wait_until(lambda: console.connected and channel.connected, what="connections")
        elsewhere = replace(broker.settings(), port=free_port())
        yield Receiver(channel, lambda: [c.id for c in console.calls()],
                       MqttChannel(elsewhere, "Poste C", clock))
        channel.stop()
        console.stop()
        broker.close()
    elif request.param == "webhook":
        yield Receiver(WebhookChannel(hook.url), lambda: [h["X-Kiosk-Request"]
                                                          for h, _ in hook.posts],
                       WebhookChannel(f"http://127.0.0.1:{free_port()}/"))
    else:
        box, port = mailbox
        yield Receiver(EmailChannel("127.0.0.1", port, "k@example.org", ["m@example.org"]),
                       lambda: [str(m["X-Kiosk-Request"]) for m in box.messages],
                       EmailChannel("127.0.0.1", free_port(), "k@example.org", ["m@example.org"]))


class TestChannelContract:
    def test_a_delivered_call_reaches_the_receiver_with_its_id(
        self, receiver: Receiver, engine: sqlalchemy.Engine
    ) -> None:
        outbox = Outbox(engine, FakeClock(), terminal="Poste C")
        call = outbox.create(Topic.OTHER)
        receiver.channel.deliver(call, EventKind.CALL)
        wait_until(lambda: receiver.got() == [call.id], what="the call at the receiver")

    def test_no_receiver_is_a_channel_error(
        self, receiver: Receiver, engine: sqlalchemy.Engine
    ) -> None:
        call = Outbox(engine, FakeClock(), terminal="Poste C").create()
        with pytest.raises(ChannelError) as failed:
            receiver.broken.deliver(call, EventKind.CALL)
        assert failed.value.code == "unreachable"
