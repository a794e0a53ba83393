"""What the shell does before its first paint, without touching PySide's `Qt` namespace.

The first use of `PySide6.QtCore.Qt` makes PySide build all of its Python enums at once (about
a hundred, 30-45 ms here: a fifth of a bare Qt application's start). Nothing the attract screen
needs requires them, so the code that runs before the first paint (kiosk.ui.app, shell,
attract, widgets, i18n, input_guard) never names `Qt` at import time nor on that path:

- the two settings that need a `Qt` enum before the window exists go through Qt's own C++
  functions (`share_opengl_contexts`, `set_window_flags`), with the Python call as fallback;
- a label's alignment is written as its Qt property (`center`), which takes the number;
- the pointing-hand cursor of a button waits for the first paint (`pointing_cursor`).

`after_first_paint` then runs what was kept for later (the storage is opened only once the
attract screen is up). tests/ui/test_startup.py checks that `Qt` is still unbuilt at the
first paint, in demo and kiosk mode.
"""

from __future__ import annotations

import ctypes
import weakref
from collections.abc import Callable

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Values of Qt's C++ enums (qnamespace.h); tests/ui/test_startup.py compares them with PySide's.
AA_SHARE_OPENGL_CONTEXTS = 18
WINDOW = 0x1
FRAMELESS_WINDOW_HINT = 0x800
WINDOW_STAYS_ON_TOP_HINT = 0x40000
ALIGN_CENTER = 0x84
FALLBACK_START_MS = 3000  # a window that is never painted (hidden) still gets its core

_SET_ATTRIBUTE = "_ZN16QCoreApplication12setAttributeEN2Qt20ApplicationAttributeEb"
_SET_WINDOW_FLAGS = "_ZN7QWidget14setWindowFlagsE6QFlagsIN2Qt10WindowTypeEE"

_painted = False
_waiting_for_cursor: list[weakref.ref[QWidget]] = []


def _qt_function(library: str, symbol: str) -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        return ctypes.CDLL(library)[symbol]  # the copy PySide already loaded
    except (OSError, AttributeError):
        return None


def share_opengl_contexts() -> None:
    """Qt::AA_ShareOpenGLContexts, which QtWebEngine (loaded at the first tap on Internet)
    needs set before the QApplication exists."""
    function = _qt_function("libQt6Core.so.6", _SET_ATTRIBUTE)
    if function is None:
        QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        return
    function.argtypes = (ctypes.c_int, ctypes.c_bool)
    function.restype = None
    function(AA_SHARE_OPENGL_CONTEXTS, True)


def set_window_flags(widget: QWidget, flags: int) -> None:
    """QWidget::setWindowFlags with the flags as their number."""
    function = _qt_function("libQt6Widgets.so.6", _SET_WINDOW_FLAGS)
    if function is None:
        widget.setWindowFlags(QtCore.Qt.WindowType(flags))
        return
    function.argtypes = (ctypes.c_void_p, ctypes.c_int)  # QFlags<WindowType> is one int
    function.restype = None
    function(shiboken6.getCppPointer(widget)[0], flags)


def center(widget: QWidget) -> None:
    """Centre a label's (or any widget's) content through its `alignment` property."""
    widget.setProperty("alignment", ALIGN_CENTER)


def pointing_cursor(widget: QWidget) -> None:
    """The hand cursor over something one can tap; set at the first paint if before it."""
    if _painted:
        widget.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
    else:
        _waiting_for_cursor.append(weakref.ref(widget))


def done() -> None:
    """The first paint is behind us (also said when the core is attached without one, as in
    tests): waiting cursors are set, and from now on at once."""
    global _painted
    if _painted:
        return
    _painted = True
    waiting = [ref() for ref in _waiting_for_cursor]
    _waiting_for_cursor.clear()
    for widget in waiting:
        if widget is not None and shiboken6.isValid(widget):
            pointing_cursor(widget)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_START_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # After this paint has reached the screen, not during it.
            QTimer.singleShot(0, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is None or not shiboken6.isValid(self):
            return
        self._window.removeEventFilter(self)
        done()
        then()


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Run `then` once `window` has been painted for the first time (or after
    FALLBACK_START_MS if it never is); install before showing the window."""
    _FirstPaint(window, then)
