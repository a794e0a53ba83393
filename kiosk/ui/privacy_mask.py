"""The reading mask: everything dimmed except a band around the pointer or the focused
field, following it over screens, web pages and documents.

It lets every touch through (it only paints), so the person keeps using the screen. The
session bar at the bottom stays clear, so the mask can always be turned off.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

BAND_PX = 150
FOLLOW_MS = 40


class PrivacyMask(QWidget):
    def __init__(self, parent: QWidget, clear_bottom: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("privacyMask")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self._clear_bottom = clear_bottom
        self.band_center = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self._follow)
        self.hide()

    @property
    def active(self) -> bool:
        return self.isVisible()

    def set_active(self, on: bool) -> None:
        parent = self.parentWidget()
        if on and parent is not None:
            self.setGeometry(parent.rect())
            self.band_center = self.height() // 3
            self.show()
            self.raise_()
            self._timer.start()
            self._follow()
        else:
            self._timer.stop()
            self.hide()

    def _focus_point(self) -> QPoint | None:
        focused = QApplication.focusWidget()
        parent = self.parentWidget()
        if focused is None or parent is None or not parent.isAncestorOf(focused):
            return None
        if focused.inherits("QLineEdit") or focused.inherits("QTextEdit"):
            return focused.mapTo(parent, focused.rect().center())
        return None

    def _follow(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        if self.geometry() != parent.rect():
            self.setGeometry(parent.rect())
        self.raise_()
        point = self._focus_point() or parent.mapFromGlobal(QCursor.pos())
        if self.rect().contains(point) and point.y() != self.band_center:
            self.band_center = point.y()
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shade = QColor(20, 24, 32, 235)
        bottom = self.height()
        parent = self.parentWidget()
        if self._clear_bottom.isVisible() and parent is not None:
            bottom = self._clear_bottom.mapTo(parent, QPoint(0, 0)).y()
        top = max(0, self.band_center - BAND_PX // 2)
        end = min(bottom, self.band_center + BAND_PX // 2)
        painter.fillRect(QRect(0, 0, self.width(), top), shade)
        if end < bottom:
            painter.fillRect(QRect(0, end, self.width(), bottom - end), shade)
        painter.setPen(QColor("#fcd34d"))
        painter.drawLine(0, top, self.width(), top)
        painter.drawLine(0, end, self.width(), end)
