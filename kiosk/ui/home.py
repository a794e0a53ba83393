"""The home screen: one large tile per capability, with a pictogram and words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.assets import icon
from kiosk.ui.widgets import Screen, wrapped_label


@dataclass(frozen=True)
class Tile:
    key: str
    icon: str


TILES = (
    Tile("internet", "internet"),
    Tile("documents", "documents"),
    Tile("scan", "scan"),
    Tile("print", "print"),
    Tile("usb", "usb"),
    Tile("safe", "safe"),
)


class HomeScreen(Screen):
    def __init__(
        self,
        on_open: Callable[[str], None],
        available: frozenset[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = wrapped_label("screenTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles: dict[str, QToolButton] = {}
        self.reasons: dict[str, QLabel] = {}
        for index, tile in enumerate(TILES):
            button = QToolButton()
            button.setObjectName(f"tile_{tile.key}")
            button.setProperty("role", "tile")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(icon(tile.icon))
            button.setIconSize(QSize(88, 88))
            button.setEnabled(tile.key in available)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, k=tile.key: on_open(k))
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(button, 1)
            reason = QLabel()
            reason.setObjectName(f"reason_{tile.key}")
            reason.setProperty("role", "reason")
            reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
            reason.setWordWrap(True)
            policy = reason.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # keeps the rows of tiles aligned
            reason.setSizePolicy(policy)
            reason.setVisible(tile.key not in available)
            cell.addWidget(reason)
            grid.addLayout(cell, index // 3, index % 3)
            self.tiles[tile.key] = button
            self.reasons[tile.key] = reason
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)
        layout.addLayout(grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What would you like to do?"))
        names = {
            "internet": self.tr("Internet"),
            "documents": self.tr("My documents"),
            "scan": self.tr("Scan"),
            "print": self.tr("Print"),
            "usb": self.tr("USB stick"),
            "safe": self.tr("My safe"),
        }
        not_yet = self.tr("Not available on this terminal yet")
        for key, button in self.tiles.items():
            button.setText(names[key])
            button.setAccessibleName(names[key])
            if not button.isEnabled():
                self.reasons[key].setText(not_yet)
                button.setAccessibleDescription(not_yet)
