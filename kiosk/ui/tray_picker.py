"""The kiosk's own file picker for web pages: it lists the session tray, nothing else.

A page's upload button calls this instead of the system file dialog, which never appears.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from kiosk.artifacts import Artifact
from kiosk.ui.assets import icon
from kiosk.ui.widgets import Overlay, big_button, wrapped_label


class TrayPicker(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "trayPicker")
        self.title = wrapped_label("overlayTitle")
        self.empty = wrapped_label("overlayText")
        self.list = QListWidget()
        self.list.setObjectName("pickerList")
        self.list.setIconSize(QSize(40, 40))
        row = QHBoxLayout()
        self.choose = big_button("pickerChoose", "upload", 36)
        self.choose.setProperty("role", "primary")
        self.cancel = big_button("pickerCancel", "back", 36)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.cancel.clicked.connect(self.close_overlay)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.choose)
        for widget in (self.title, self.empty, self.list):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self._items: list[Artifact] = []
        self._chosen: list[Path] = []
        self._loop: QEventLoop | None = None
        self.retranslate()

    def pick(self, items: list[Artifact], multiple: bool) -> list[Path]:
        """Show the tray's documents and wait for a choice; [] when cancelled."""
        self.present(items, multiple)
        self._loop = QEventLoop()
        self._loop.exec()  # like a modal dialog: the page waits for the answer
        self._loop = None
        return self._chosen

    def present(self, items: list[Artifact], multiple: bool) -> None:
        self._items = [a for a in items if a.path is not None]
        self._chosen = []
        self.list.clear()
        self.list.setSelectionMode(
            QListWidget.SelectionMode.MultiSelection if multiple
            else QListWidget.SelectionMode.SingleSelection
        )
        for artifact in self._items:
            QListWidgetItem(icon("file"), artifact.display_name, self.list)
        if self._items:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
        self.choose.setEnabled(bool(self._items))
        self.open()

    def _on_choose_clicked(self) -> None:
        rows = sorted(index.row() for index in self.list.selectedIndexes())
        self._chosen = [p for p in (self._items[r].path for r in rows) if p is not None]
        self.close_overlay()

    def close_overlay(self) -> None:
        super().close_overlay()
        if self._loop is not None:
            self._loop.quit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a document to send"))
        self.empty.setText(self.tr(
            "My documents is empty. Scan a paper, or open a file from a USB stick, first."))
        self.choose.setText(self.tr("Send this document"))
        self.choose.setAccessibleName(self.choose.text())
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.cancel.text())
        self.list.setAccessibleName(self.tr("My documents"))


