"""My documents: the session's tray, each file with where it came from and its verdict."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.artifacts import Artifact, Origin, Verdict
from kiosk.ui.assets import icon
from kiosk.ui.widgets import Screen, wrapped_label


class TrayScreen(Screen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trayScreen")
        self._items: list[Artifact] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 16)
        self.title = wrapped_label("screenTitle")
        layout.addWidget(self.title)
        self.empty = wrapped_label("trayEmpty")
        layout.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setObjectName("trayList")
        self.list.setIconSize(QSize(48, 48))
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.list, 1)
        note_row = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("trayNote")
        self.note.setWordWrap(True)
        note_row.addWidget(self.note)
        layout.addLayout(note_row)
        self.retranslate()

    def show_items(self, items: list[Artifact]) -> None:
        self._items = list(items)
        self._fill()

    def _origin(self, origin: Origin) -> str:
        return {
            Origin.DOWNLOAD: self.tr("From the Internet"),
            Origin.SCAN: self.tr("Scanned"),
            Origin.USB: self.tr("From a USB stick"),
            Origin.WEB_PRINT: self.tr("Web page"),
            Origin.SAFE: self.tr("From my safe"),
        }[origin]

    def _verdict(self, artifact: Artifact) -> str:
        if artifact.verdict is Verdict.BLOCKED:
            return self.tr("Refused: this file could be dangerous")
        if artifact.verdict is Verdict.SANITIZED:
            return self.tr("Checked and cleaned")
        return self.tr("Ready")

    def _fill(self) -> None:
        self.list.clear()
        locale = QLocale()
        for artifact in self._items:
            size = locale.formattedDataSize(artifact.size)
            text = (
                f"{artifact.display_name}\n{self._origin(artifact.origin)} · {size}"
                f" · {self._verdict(artifact)}"
            )
            item = QListWidgetItem(icon("blocked" if artifact.path is None else "file"), text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
        self.empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))

    def retranslate(self) -> None:
        self.title.setText(self.tr("My documents"))
        self.list.setAccessibleName(self.title.text())
        self.empty.setText(
            self.tr(
                "Nothing here yet. Documents you download, scan or open from a USB stick"
                " will appear here."
            )
        )
        self.note.setText(
            self.tr("Everything here is erased when the session ends, unless you keep it.")
        )
        self._fill()
