"""A whole call through real components: the kiosk's shell, a real Mosquitto, and the
mediators' console window. The person taps, the mediator answers, the person sees it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.help.console import ConsoleClient
from kiosk.help.model import RequestState, Topic
from kiosk.ui.mediator_console import MediatorConsole
from tests.integration.conftest import ShellFactory
from tests.integration.mosquitto import SITE, Mosquitto

pytestmark = pytest.mark.real
LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Mosquitto]:
    server = Mosquitto(tmp_path / "mosquitto")
    server.start()
    yield server
    server.close()


@pytest.fixture
def console(broker: Mosquitto, qtbot: QtBot) -> Iterator[MediatorConsole]:
    client = ConsoleClient(broker.settings())
    window = MediatorConsole(client, "Marie")
    qtbot.addWidget(window)
    window.show()
    client.start()
    yield window
    client.stop()


def test_a_call_from_the_terminal_is_answered_from_the_console(
    make_shell: ShellFactory, broker: Mosquitto, console: MediatorConsole, qtbot: QtBot
) -> None:
    shell = make_shell(help__mqtt_host="127.0.0.1", help__mqtt_port=broker.port,
                       help__site_id=SITE, help__terminal_name="Poste-3")
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    # The console sees the terminal in use.
    qtbot.waitUntil(lambda: any("Poste-3" in console.terminals.item(i).text()
                                for i in range(console.terminals.count())), timeout=WAIT_MS)
    qtbot.mouseClick(window.bar.help, LEFT)
    qtbot.mouseClick(window.help_panel.topics["printing"], LEFT)
    qtbot.waitUntil(lambda: console.calls.count() == 1, timeout=WAIT_MS)
    assert console.announced == 1
    qtbot.waitUntil(lambda: console.client.calls()[0].topic is Topic.PRINTING, timeout=WAIT_MS)
    assert "Poste-3" in console.calls.item(0).text()
    # The mediator answers; the person reads who is coming.
    qtbot.mouseClick(console.coming, LEFT)
    qtbot.waitUntil(lambda: "Marie" in window.help_panel.title.text(), timeout=WAIT_MS)
    assert window.help_panel.isVisible()
    call = shell.core.help.current()
    assert call is not None and call.state is RequestState.ACKNOWLEDGED
    # Done: the call closes on both sides.
    qtbot.mouseClick(console.done, LEFT)
    qtbot.waitUntil(lambda: shell.core.help.current() is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: console.calls.count() == 0, timeout=WAIT_MS)
    assert not window.help_panel.isVisible()
