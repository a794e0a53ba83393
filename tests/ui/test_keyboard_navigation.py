"""Full keyboard navigation: Tab reaches every action of the home screen and the session bar,
the focused control is drawn with a visible frame, and Space or Enter activates it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.app import ShellApp
from kiosk.ui.assets import stylesheet

LEFT = Qt.MouseButton.LeftButton


def tab_cycle(window: QWidget, qtbot: QtBot, limit: int = 60) -> list[QWidget]:
    """The widgets the focus visits when Tab is pressed over and over (one full round)."""
    seen: list[QWidget] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        target = focused if focused is not None else window
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            break
        if now in seen:
            break
        seen.append(now)
    return seen


def test_tab_reaches_every_tile_and_every_bar_button(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    window.activateWindow()
    qtbot.mouseClick(window.attract.language_buttons["en"], LEFT)
    window.home.tiles["documents"].setFocus()
    visited = tab_cycle(window, qtbot)
    tiles = set(window.home.tiles.values())
    bar_buttons = {b for b in window.bar.findChildren(QAbstractButton) if b.isVisible()}
    assert tiles <= set(visited), "every tile is reachable with Tab"
    missing = {b.objectName() for b in bar_buttons - set(visited)}
    assert not missing, f"bar buttons out of the Tab order: {missing}"


def test_space_and_enter_activate_the_focused_control(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.language_buttons["en"], LEFT)
    tile = window.home.tiles["documents"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.tray
    home = window.bar.home
    home.setFocus()
    qtbot.keyClick(home, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.home


def test_the_focus_is_drawn_visibly() -> None:
    sheet = stylesheet()
    assert "QPushButton:focus, QToolButton:focus" in sheet
    rule = sheet.split("QPushButton:focus, QToolButton:focus", 1)[1].split("}", 1)[0]
    assert "border: 4px solid" in rule  # a thick amber frame, beside the 3 px borders
