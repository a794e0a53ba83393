"""An on-screen keyboard (French AZERTY with accents, digits and signs) for touch screens.

It types into whatever has the focus — a field of the shell or of a web page — by sending
it key events, and never takes the focus itself. It is a widget of the shell window, not a
separate window, so it can never end up behind the kiosk.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.ui.widgets import Screen, big_button

# The letter rows of each shipped language's usual keyboard.
LAYOUTS: dict[str, tuple[str, ...]] = {
    "fr": ("azertyuiop", "qsdfghjklm", "wxcvbn'"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm'"),
    "es": ("qwertyuiop", "asdfghjklñ", "zxcvbnm'"),
    "pt": ("qwertyuiop", "asdfghjklç", "zxcvbnm'"),
    "ar": ("ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظد"),
    "uk": ("йцукенгшщзхї", "фівапролджє", "ячсмитьбюґ'"),
}
LETTERS = LAYOUTS["fr"]
SIGNS = ("1234567890", "éèàçùêâô-_", "@./:?!&")
SPECIAL = {"⌫": Qt.Key.Key_Backspace, "⏎": Qt.Key.Key_Return}


class OnScreenKeyboard(Screen):
    def __init__(
        self, parent: QWidget | None = None, on_shown: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self._on_shown = on_shown
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._shift = False
        self._signs = False
        self._letters = LETTERS
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        self.keys: list[QPushButton] = []
        column = QHBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addLayout(self._grid, 1)
        side = QGridLayout()
        self.shift = self._key("⇧", self._on_shift_clicked)
        self.signs = self._key("123", self._on_signs_clicked)
        self.backspace = self._key("⌫", lambda: self._press_special("⌫"))
        self.enter = self._key("⏎", lambda: self._press_special("⏎"))
        self.space = self._key(" ", lambda: self._type(" "))
        self.hide_button = big_button("keyboardHide", "keyboard_erase", 28)
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide_button.clicked.connect(self.hide)
        for index, key in enumerate((self.shift, self.signs, self.backspace, self.enter,
                                     self.space, self.hide_button)):
            side.addWidget(key, index // 2, index % 2)
        column.addLayout(side)
        self._fill()
        self.hide()
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if self._on_shown is not None:
            self._on_shown()  # the shell places it above its session bar
        super().showEvent(event)

    def _key(self, label: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setProperty("role", "key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        button.setAutoRepeat(label == "⌫")
        button.clicked.connect(slot)
        return button

    def _fill(self) -> None:
        for key in self.keys:
            self._grid.removeWidget(key)
            key.hide()  # at once: deleteLater waits for the event loop
            key.deleteLater()
        self.keys = []
        rows = SIGNS if self._signs else self._letters
        for row, letters in enumerate(rows):
            for col, letter in enumerate(letters):
                shown = letter.upper() if self._shift and not self._signs else letter
                key = self._key(shown, functools.partial(self._type, shown))
                key.setAccessibleName(shown)
                self._grid.addWidget(key, row, col)
                self.keys.append(key)

    def set_language(self, code: str) -> None:
        """The letters of that language's usual keyboard (AZERTY when unknown)."""
        letters = LAYOUTS.get(code, LETTERS)
        if letters != self._letters:
            self._letters = letters
            self._shift = False
            self._fill()

    def _on_shift_clicked(self) -> None:
        self._shift = not self._shift
        self._fill()

    def _on_signs_clicked(self) -> None:
        self._signs = not self._signs
        self.signs.setText("abc" if self._signs else "123")
        self._fill()

    def _target(self) -> QWidget | None:
        widget = QApplication.focusWidget()
        return widget if widget is not None and not self.isAncestorOf(widget) else None

    def _type(self, text: str) -> None:
        target = self._target()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))
        if self._shift:
            self._shift = False  # one capital, like a phone keyboard
            self._fill()

    def _press_special(self, label: str) -> None:
        target = self._target()
        if target is None:
            return
        key = SPECIAL[label]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))

    def retranslate(self) -> None:
        self.shift.setAccessibleName(self.tr("Capital letter"))
        self.signs.setAccessibleName(self.tr("Digits and signs"))
        self.backspace.setAccessibleName(self.tr("Erase"))
        self.enter.setAccessibleName(self.tr("Enter"))
        self.space.setText(self.tr("Space"))
        self.space.setAccessibleName(self.tr("Space"))
        self.hide_button.setText(self.tr("Hide the keyboard"))
        self.hide_button.setAccessibleName(self.hide_button.text())
