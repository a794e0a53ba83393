"""The shell window's input guard: swallows the shortcuts that would leave the kiosk, and
tells the session about every touch, click and key press.

It filters the shell's native window (its QWindow), where every input event arrives before
it is handed to a widget or a web page. It is deliberately not an application-wide filter:
PySide would then wrap every internal object QtWebEngine sends events to, and crash.
Window-manager shortcuts (Alt+Tab, Super) are also disabled by the installer's session
setup; this filter covers what reaches the application.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

# No `Qt` at import time: this module is loaded before the first paint (see kiosk.ui.app).
_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
             QEvent.Type.Wheel, QEvent.Type.TabletPress}


@functools.cache
def _ctrl_keys() -> frozenset[QtCore.Qt.Key]:
    Key = QtCore.Qt.Key
    return frozenset({Key.Key_Q, Key.Key_W, Key.Key_N, Key.Key_T, Key.Key_O, Key.Key_P,
                      Key.Key_S, Key.Key_R, Key.Key_L, Key.Key_U, Key.Key_J, Key.Key_H,
                      Key.Key_D, Key.Key_Tab})


@functools.cache
def _always() -> frozenset[QtCore.Qt.Key]:
    Key = QtCore.Qt.Key
    return frozenset({Key.Key_F4, Key.Key_F11, Key.Key_F12, Key.Key_Meta, Key.Key_Super_L,
                      Key.Key_Super_R, Key.Key_Menu, Key.Key_Hyper_L, Key.Key_Hyper_R,
                      Key.Key_Close, Key.Key_PowerOff, Key.Key_Sleep, Key.Key_Suspend,
                      Key.Key_Launch0, Key.Key_Explorer, Key.Key_Terminal})


def is_blocked(key: int, modifiers: QtCore.Qt.KeyboardModifier) -> bool:
    """True for a key press that could close, hide or leave the kiosk."""
    Qt = QtCore.Qt
    mods = modifiers
    if key in _always():
        return True
    if mods & Qt.KeyboardModifier.MetaModifier:
        return True
    if mods & Qt.KeyboardModifier.AltModifier and key in (
        Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right,
        Qt.Key.Key_Home,
    ):
        return True
    if mods & Qt.KeyboardModifier.ControlModifier and (
        key in _ctrl_keys() or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12
    ):
        return True
    # Ctrl+Shift+I/J/C … open developer tools or windows in browsers; only redo is kept.
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    if mods & both == both and key not in (Qt.Key.Key_Z, Qt.Key.Key_Shift, Qt.Key.Key_Control):
        return True
    return False


class InputGuard(QObject):
    """Installed on the shell's QWindow; `on_escape` lets overlays close on Escape."""

    def __init__(
        self,
        on_activity: Callable[[], None],
        on_escape: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_activity = on_activity
        self._on_escape = on_escape
        self.blocked_count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == QtCore.Qt.Key.Key_Escape and not mods:
                if kind == QEvent.Type.KeyPress:
                    self._on_escape()
                return True
            if is_blocked(key, mods):
                if kind == QEvent.Type.KeyPress:
                    self.blocked_count += 1
                return True
        if kind in _ACTIVITY:
            self._on_activity()
        return False
