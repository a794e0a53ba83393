"""My documents: the session's tray, each file with where it came from and its verdict."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.artifacts import Artifact, Origin, Verdict
from kiosk.ui.widgets import Screen, big_button, pictogram, wrapped_label

PRINTABLE = ("application/pdf", "image/jpeg", "image/png", "image/gif", "image/tiff", "image/bmp")


class TrayScreen(Screen):
    def __init__(
        self,
        on_print: Callable[[Artifact], None] | None = None,
        on_to_stick: Callable[[Artifact], None] | None = None,
        stick_ready: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trayScreen")
        self._items: list[Artifact] = []
        self._on_print = on_print
        self._on_to_stick = on_to_stick
        self._stick_ready = stick_ready
        self.print_buttons: dict[int, QPushButton] = {}
        self.stick_buttons: dict[int, QPushButton] = {}
        self._printing = False
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
        self.print_buttons = {}
        self.stick_buttons = {}
        stick = self._on_to_stick is not None and self._stick_ready()
        locale = QLocale()
        for artifact in self._items:
            size = locale.formattedDataSize(artifact.size)
            text = (
                f"{artifact.display_name}\n{self._origin(artifact.origin)} · {size}"
                f" · {self._verdict(artifact)}"
            )
            item = QListWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(8, 4, 8, 4)
            line.addWidget(pictogram("blocked" if artifact.path is None else "file", 48))
            label = QLabel(text)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            if self._on_print and artifact.path is not None and artifact.mime in PRINTABLE:
                button = big_button(f"trayPrint_{artifact.id}", "print", 32)
                button.setText(self.tr("Print"))
                button.setAccessibleName(self.tr("Print %1").replace("%1", artifact.display_name))
                button.clicked.connect(lambda _=False, a=artifact: self._print(a))
                line.addWidget(button)
                self.print_buttons[artifact.id] = button
            if stick and artifact.path is not None:
                to_stick = big_button(f"trayToStick_{artifact.id}", "usb", 32)
                to_stick.setText(self.tr("To the USB stick"))
                to_stick.setAccessibleName(
                    self.tr("Copy %1 to the USB stick").replace("%1", artifact.display_name))
                to_stick.clicked.connect(lambda _=False, a=artifact: self._to_stick(a))
                line.addWidget(to_stick)
                self.stick_buttons[artifact.id] = to_stick
            item.setSizeHint(row.sizeHint().expandedTo(QSize(0, 72)))
            self.list.setItemWidget(item, row)
        self.empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))

    def refresh(self) -> None:
        """A stick came or went: offer "To the USB stick" or not."""
        self._fill()

    def _to_stick(self, artifact: Artifact) -> None:
        if self._on_to_stick is not None:
            self._on_to_stick(artifact)

    def set_printing(self, printing: bool) -> None:
        """Opened from the Print tile: the title says to choose what to print."""
        self._printing = printing
        self.retranslate()

    def _print(self, artifact: Artifact) -> None:
        if self._on_print is not None:
            self._on_print(artifact)

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Choose a document to print") if self._printing else self.tr("My documents")
        )
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
