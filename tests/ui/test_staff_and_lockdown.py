"""Staff unlock from the corner, lockout, maintenance; shortcuts that must not close the shell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.roles import Role
from kiosk.session import State
from kiosk.ui.app import ShellApp

MEDIATOR_PIN = "482913"
ADMIN_PIN = "739164"


def type_pin(shell: ShellApp, qtbot: QtBot, pin: str) -> None:
    dialog = shell.window.unlock
    for digit in pin:
        button = dialog.findChild(type(dialog.ok), f"pin_{digit}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def open_unlock(shell: ShellApp, qtbot: QtBot) -> None:
    corner = shell.window.attract.findChild(type(shell.window.unlock.ok), "staffCorner")
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    assert shell.window.unlock.isVisible()


def test_without_a_pin_the_dialog_says_how_to_set_one(shell: ShellApp, qtbot: QtBot) -> None:
    open_unlock(shell, qtbot)
    type_pin(shell, qtbot, "123987")
    assert "kiosk set-pin" in shell.window.unlock.error.text()


def test_wrong_pin_then_lockout(shell: ShellApp, qtbot: QtBot, clock: FakeClock) -> None:
    shell.core.credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    open_unlock(shell, qtbot)
    type_pin(shell, qtbot, "000111")
    assert shell.window.unlock.error.text() == "Code incorrect. Encore 4 essais."
    for _ in range(4):
        type_pin(shell, qtbot, "000111")
    type_pin(shell, qtbot, MEDIATOR_PIN)
    assert "Trop de codes incorrects" in shell.window.unlock.error.text()
    assert shell.core.grants.active_role() is Role.PUBLIC
    clock.advance(31)
    type_pin(shell, qtbot, MEDIATOR_PIN)
    assert not shell.window.unlock.isVisible()
    assert shell.core.grants.active_role() is Role.MEDIATOR


def test_mediator_can_end_a_session_but_not_enter_maintenance(
    shell: ShellApp, qtbot: QtBot
) -> None:
    shell.core.credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    qtbot.mouseClick(shell.window.attract.touch, Qt.MouseButton.LeftButton)
    corner = shell.window.bar.findChild(type(shell.window.unlock.ok), "staffCorner")
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    type_pin(shell, qtbot, MEDIATOR_PIN)
    qtbot.waitUntil(shell.window.staff.isVisible)
    assert set(shell.window.staff.buttons) == {
        "extend", "allow_print", "safe_recovery", "end_session"
    }
    qtbot.mouseClick(shell.window.staff.buttons["end_session"], Qt.MouseButton.LeftButton)
    assert shell.core.sessions.state is State.ATTRACT
    # The unlock ended with the session.
    assert shell.core.grants.active_role() is Role.PUBLIC


def test_admin_enters_maintenance_and_comes_back(shell: ShellApp, qtbot: QtBot) -> None:
    shell.core.credentials.set_pin(Role.ADMIN, ADMIN_PIN)
    open_unlock(shell, qtbot)
    type_pin(shell, qtbot, ADMIN_PIN)
    qtbot.waitUntil(shell.window.staff.isVisible)
    qtbot.mouseClick(shell.window.staff.buttons["maintenance"], Qt.MouseButton.LeftButton)
    window = shell.window
    assert window.stack.currentWidget() is window.maintenance
    assert window.maintenance.events.count() > 0
    qtbot.mouseClick(window.maintenance.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract


def test_mediator_puts_the_terminal_back_in_service(shell: ShellApp, qtbot: QtBot) -> None:
    shell.core.credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    shell.core.sessions.put_out_of_service("workspace")
    window = shell.window
    assert window.stack.currentWidget() is window.out_of_service
    corner = window.out_of_service.findChild(type(window.unlock.ok), "staffCorner")
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton)
    type_pin(shell, qtbot, MEDIATOR_PIN)
    qtbot.waitUntil(window.staff.isVisible)
    qtbot.mouseClick(window.staff.buttons["retry"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract


def test_escape_closes_the_unlock_dialog(shell: ShellApp, qtbot: QtBot) -> None:
    open_unlock(shell, qtbot)
    QTest.keyClick(shell.window.windowHandle(), Qt.Key.Key_Escape)
    assert not shell.window.unlock.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_D, Qt.KeyboardModifier.MetaModifier),
    ],
)
def test_blocked_shortcuts_do_not_close_the_window(
    kiosk_shell: ShellApp, qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    window = kiosk_shell.window
    qtbot.mouseClick(window.attract.touch, Qt.MouseButton.LeftButton)
    before = kiosk_shell.guard.blocked_count
    # Through the native window, as a real keyboard's keys arrive.
    QTest.keyClick(window.windowHandle(), key, modifiers)
    assert window.isVisible() and window.isFullScreen()
    if key != Qt.Key.Key_Escape:
        assert kiosk_shell.guard.blocked_count > before
    assert kiosk_shell.core.sessions.state is State.ACTIVE


def test_the_public_cannot_close_the_kiosk_window(kiosk_shell: ShellApp) -> None:
    window = kiosk_shell.window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.close() is False
    assert window.isVisible()
