"""Calling a mediator from the terminal: one tap, a topic, the queue, "Marie is coming",
cancel; and the button on every screen a person can be on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.help.model import RequestState, Topic
from kiosk.help.wire import Ack, AckState
from kiosk.session import State
from kiosk.ui.app import ShellApp

LEFT = Qt.MouseButton.LeftButton


def visible_help_buttons(root: QWidget) -> list[QPushButton]:
    return [b for b in root.findChildren(QPushButton, "helpButton") if b.isVisible()]


def test_one_tap_calls_then_a_topic_then_cancel(shell: ShellApp, qtbot: QtBot) -> None:
    window, help_service = shell.window, shell.core.help
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    call = help_service.current()
    assert call is not None and call.state is RequestState.PENDING
    assert window.help_panel.isVisible()
    assert window.help_panel.title.text() == "Un médiateur a été appelé"
    assert "1" in window.help_panel.text.text()  # first in the queue
    assert window.bar.help.text() != "Appeler un médiateur"
    qtbot.mouseClick(window.help_panel.topics["printing"], LEFT)
    assert help_service.current().topic is Topic.PRINTING  # type: ignore[union-attr]
    assert window.help_panel.topics["printing"].isChecked()
    # Tapping again does not make a second call.
    qtbot.mouseClick(window.help_panel.ok, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    assert help_service.current().id == call.id  # type: ignore[union-attr]
    qtbot.mouseClick(window.help_panel.cancel, LEFT)
    assert help_service.current() is None
    assert help_service.get(call.id).state is RequestState.CANCELLED  # type: ignore[union-attr]
    assert not window.help_panel.isVisible()
    assert window.bar.help.text() == "Appeler un médiateur"


def test_the_person_sees_who_is_coming(shell: ShellApp, qtbot: QtBot) -> None:
    window, help_service = shell.window, shell.core.help
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    qtbot.mouseClick(window.help_panel.ok, LEFT)
    call = help_service.current()
    assert call is not None
    help_service.on_ack(Ack(id=call.id, by="Marie", state=AckState.COMING))
    qtbot.waitUntil(window.help_panel.isVisible, timeout=5000)
    assert "Marie" in window.help_panel.title.text()
    # A mediator's "done" closes it on the terminal too.
    help_service.on_ack(Ack(id=call.id, by="Marie", state=AckState.DONE))
    qtbot.waitUntil(lambda: not window.help_panel.isVisible(), timeout=5000)
    assert help_service.current() is None


def test_ending_the_session_withdraws_the_call(shell: ShellApp, qtbot: QtBot) -> None:
    window, help_service = shell.window, shell.core.help
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    call = help_service.current()
    assert call is not None
    qtbot.mouseClick(window.help_panel.ok, LEFT)
    qtbot.mouseClick(window.bar.end, LEFT)
    assert shell.core.sessions.state is State.ATTRACT
    assert help_service.get(call.id).state is RequestState.CANCELLED  # type: ignore[union-attr]


def test_the_call_button_is_on_every_screen(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    seen: dict[str, int] = {}
    seen["attract"] = len(visible_help_buttons(window))
    qtbot.mouseClick(window.attract.touch, LEFT)
    seen["home"] = len(visible_help_buttons(window))
    qtbot.mouseClick(window.home.tiles["documents"], LEFT)
    seen["documents"] = len(visible_help_buttons(window))
    for tile in ("scan", "print", "safe", "internet"):
        qtbot.mouseClick(window.home.tiles[tile], LEFT)
        seen[tile] = len(visible_help_buttons(window))
    window.show_error()
    seen["error"] = len(visible_help_buttons(window))
    qtbot.mouseClick(window.error.back, LEFT)
    qtbot.mouseClick(window.bar.end, LEFT)
    shell.core.sessions.put_out_of_service("workspace")
    seen["out_of_service"] = len(visible_help_buttons(window))
    assert seen == dict.fromkeys(seen, 1), seen
    # And it works from the attract screen too, before any session.
    shell.core.sessions.retry_service()
    buttons = visible_help_buttons(window)
    qtbot.mouseClick(buttons[0], LEFT)
    assert shell.core.help.current() is not None
    assert window.help_panel.isVisible()


def test_waiting_for_a_mediator_keeps_the_session_open_for_a_while(
    shell: ShellApp, qtbot: QtBot, clock: FakeClock
) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    for _ in range(6):  # 18 minutes without a touch: still open, no warning
        clock.advance(180)
        window.timer.timeout.emit()
        assert shell.core.sessions.state is State.ACTIVE
    clock.advance(180 * 2)  # past 20 minutes: the person may have left
    window.timer.timeout.emit()
    clock.advance(180 + 60)
    window.timer.timeout.emit()
    window.timer.timeout.emit()
    assert shell.core.sessions.state is State.ATTRACT
