"""Building blocks shared by the screens: a retranslating screen, big buttons, overlays."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.assets import DIRECTIONAL, icon
from kiosk.ui.first_paint import center, pointing_cursor

# No `Qt` at import time nor in what the attract screen calls: see kiosk.ui.first_paint.


class Screen(QWidget):
    """A full screen of the shell. Subclasses set their texts in `retranslate()`."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            mirror_arrows(self)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every user-facing text; called at construction and on language change."""


def mirror_arrows(root: QWidget) -> None:
    """Point arrow pictograms the way the text reads (right-to-left in Arabic)."""
    rtl = root.isRightToLeft()
    for button in root.findChildren(QAbstractButton):
        name = button.property("iconName")
        if name in DIRECTIONAL:
            button.setIcon(icon(str(name), mirrored=rtl))


def big_button(object_name: str, icon_name: str | None = None, size: int = 48) -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    pointing_cursor(button)
    if icon_name:
        button.setProperty("iconName", icon_name)
        rtl = QGuiApplication.isRightToLeft()
        button.setIcon(icon(icon_name, mirrored=rtl and icon_name in DIRECTIONAL))
        button.setIconSize(QSize(size, size))
    return button


def compact_button(object_name: str, icon_name: str, size: int = 32) -> QToolButton:
    """A pictogram with a short word under it, for rows with many actions."""
    button = QToolButton()
    button.setObjectName(object_name)
    button.setProperty("role", "compact")
    button.setProperty("iconName", icon_name)
    pointing_cursor(button)
    button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    rtl = QGuiApplication.isRightToLeft()
    button.setIcon(icon(icon_name, mirrored=rtl and icon_name in DIRECTIONAL))
    button.setIconSize(QSize(size, size))
    return button


def pictogram(icon_name: str, size: int) -> QLabel:
    label = QLabel()
    label.setPixmap(icon(icon_name).pixmap(QSize(size, size)))
    center(label)
    label.setAccessibleName(icon_name)
    return label


def wrapped_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    center(label)
    return label


class Overlay(Screen):
    """A card shown above the current screen, on a dimmed backdrop, inside the shell window.

    Overlays are children of the shell, not separate windows, so a window manager can never
    put them behind the kiosk or give them a close button.
    """

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("overlay", True)
        outer = QVBoxLayout(self)
        outer.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame(self)
        self.card.setObjectName("overlayCard")
        self.card.setMaximumWidth(900)
        self.body = QVBoxLayout(self.card)
        self.body.setSpacing(14)
        self.body.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(self.card)
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate()
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        self.hide()
