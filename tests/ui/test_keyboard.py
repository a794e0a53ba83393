"""The on-screen keyboard types into the shell's fields (and web pages' fields)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.app import ShellApp
from tests.ui.test_safe import open_safe_screen

LEFT = Qt.MouseButton.LeftButton


def key(shell: ShellApp, label: str):  # type: ignore[no-untyped-def]
    keyboard = shell.window.keyboard
    for button in (*keyboard.keys, keyboard.shift, keyboard.signs,
                   keyboard.backspace, keyboard.enter):
        if button.text() == label:
            return button
    raise AssertionError(f"no key {label!r}")


def test_the_keyboard_comes_up_for_a_field_and_types_into_it(
    shell: ShellApp, qtbot: QtBot
) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.home.tiles["internet"], LEFT)
    controller = window.controller
    assert controller is not None and controller.browser is not None
    address = controller.browser.address
    assert not window.keyboard.isVisible()
    address.setFocus()
    qtbot.waitUntil(window.keyboard.isVisible, timeout=3000)
    qtbot.mouseClick(key(shell, "⇧"), LEFT)
    for label in ("C", "a", "f", "123", ".", "abc", "f", "r", "r", "⌫"):
        qtbot.mouseClick(key(shell, label), LEFT)
    assert address.text() == "Caf.fr"
    assert address.hasFocus()  # the keys never take the focus
    qtbot.mouseClick(window.keyboard.hide_button, LEFT)
    assert not window.keyboard.isVisible()
    qtbot.mouseClick(controller.browser.keyboard_button, LEFT)
    assert window.keyboard.isVisible()
    qtbot.mouseClick(window.bar.end, LEFT)
    assert not window.keyboard.isVisible()


def test_the_pin_pad_does_not_bring_up_the_keyboard(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    window.unlock.open()
    window.unlock.pin.setFocus()
    qtbot.wait(50)
    assert not window.keyboard.isVisible()


def test_the_keyboard_follows_the_session_language(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.language_buttons["uk"], LEFT)
    letters = "".join(k.text() for k in window.keyboard.keys)
    assert letters.startswith("йцукен")
    qtbot.mouseClick(window.bar.end, LEFT)
    qtbot.mouseClick(window.attract.language_buttons["ar"], LEFT)
    assert "".join(k.text() for k in window.keyboard.keys).startswith("ضصثق")
    qtbot.mouseClick(window.bar.end, LEFT)
    assert "".join(k.text() for k in window.keyboard.keys).startswith("azerty")


def test_the_keyboard_goes_when_a_button_takes_the_focus(shell: ShellApp, qtbot: QtBot) -> None:
    screen = open_safe_screen(shell, qtbot)
    qtbot.mouseClick(screen.open_button, LEFT)
    screen.identifier.setFocus()
    qtbot.waitUntil(shell.window.keyboard.isVisible, timeout=3000)
    screen.submit_button.setFocus()  # as a tap on it does: the buttons under the keys show
    qtbot.waitUntil(lambda: not shell.window.keyboard.isVisible(), timeout=3000)
