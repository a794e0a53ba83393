"""USB stick: "USB stick detected", the files with a verdict each, folders, taking a file
(checked and rebuilt, then in My documents), eject, and the refusal of a device that is more
than a stick.

The rules live in `kiosk.usb`; calls that touch the stick run on background tasks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.artifacts import Artifact, ArtifactRegistry
from kiosk.devices.usb import Refusal, StickEvent, StickInfo, UsbError
from kiosk.ui.widgets import Overlay, Screen, big_button, pictogram, wrapped_label
from kiosk.ui.worker import Task, run_task
from kiosk.usb import TakeRefused, UsbService


class UsbBridge(QObject):
    """Stick events come on the watcher's thread; this hands them to the UI's."""

    stick_event = Signal(object, object)  # StickEvent, StickInfo | Refusal

    def __init__(self, service: UsbService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        service.subscribe(lambda event, what: self.stick_event.emit(event, what))


class _UsbCard(Overlay):
    """A stick pictogram, a title, a sentence, and a way back beside a way on."""

    def __init__(self, parent: QWidget, name: str, back: str, go: str, go_icon: str) -> None:
        super().__init__(parent, name)
        self.body.addWidget(pictogram("usb", 64))
        self.title = wrapped_label("overlayTitle")
        self.text = wrapped_label("overlayText")
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        row = QHBoxLayout()
        self.back = big_button(back, "back", 32)
        self.go = big_button(go, go_icon, 32)
        self.go.setProperty("role", "primary")
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.go)
        self.body.addLayout(row)


class UsbNotice(_UsbCard):
    """"USB stick detected" with Open / Not now; or the refusal of a composite device."""

    def __init__(self, parent: QWidget, on_open: Callable[[], None]) -> None:
        super().__init__(parent, "usbNotice", "usbLater", "usbOpenNow", "go")
        self.later, self.open_button = self.back, self.go
        self.later.clicked.connect(self.close_overlay)
        self.open_button.clicked.connect(self.close_overlay)
        self.open_button.clicked.connect(on_open)
        self.refused = False
        self.retranslate()

    def show_detected(self) -> None:
        self.refused = False
        self.retranslate()
        self.open()

    def show_refused(self) -> None:
        self.refused = True
        self.retranslate()
        self.open()

    def retranslate(self) -> None:
        if self.refused:
            self.title.setText(self.tr("This device is refused"))
            self.text.setText(self.tr(
                "It is not only a USB stick (it also acts as a keyboard, a network card or a"
                " radio), so the terminal does not open it. A mediator has been called."))
        else:
            self.title.setText(self.tr("USB stick detected"))
            self.text.setText(self.tr("Do you want to see its files? Nothing will be changed"
                                      " on your stick."))
        self.open_button.setVisible(not self.refused)
        self.later.setText(self.tr("OK") if self.refused else self.tr("Not now"))
        self.open_button.setText(self.tr("Open it"))
        for button in (self.later, self.open_button):
            button.setAccessibleName(button.text())


class UsbCopyConfirm(_UsbCard):
    """"Copy … to your USB stick?" — the only way anything is ever written to a stick."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "usbCopyConfirm", "usbCopyCancel", "usbCopyYes", "usb")
        self.cancel, self.copy = self.back, self.go
        self.cancel.clicked.connect(self._cancelled)
        self.copy.clicked.connect(self._confirmed)
        self._name = ""
        self._then: Callable[[], None] | None = None
        self._otherwise: Callable[[], None] | None = None
        self._result: str | None = None
        self.retranslate()

    def ask(self, name: str, then: Callable[[], None],
            otherwise: Callable[[], None] | None = None) -> None:
        self._name, self._then, self._otherwise, self._result = name, then, otherwise, None
        self.retranslate()
        self.open()

    def _cancelled(self) -> None:
        otherwise, self._otherwise = self._otherwise, None
        self._then = None
        self.close_overlay()
        if otherwise is not None:
            otherwise()

    def show_result(self, text: str) -> None:
        """After the copy: what happened, with OK only."""
        self._result = text
        self.retranslate()
        self.open()

    def _confirmed(self) -> None:
        then, self._then = self._then, None
        self._otherwise = None
        self.close_overlay()
        if then is not None:
            then()

    def retranslate(self) -> None:
        self.title.setText(self.tr("USB stick") if self._result is not None
                           else self.tr("Copy to your USB stick?"))
        self.text.setText(self._result if self._result is not None else
                          self.tr("“%1” will be copied onto your USB stick. Nothing else on the"
                                  " stick is changed.").replace("%1", self._name))
        self.text.setProperty("private", True)  # a document's name is not read aloud
        self.copy.setVisible(self._result is None)
        self.cancel.setText(self.tr("OK") if self._result is not None else self.tr("Cancel"))
        self.copy.setText(self.tr("Copy"))
        for button in (self.cancel, self.copy):
            button.setAccessibleName(button.text())


class UsbScreen(Screen):
    def __init__(
        self,
        service: UsbService,
        show_document: Callable[[Artifact], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usbScreen")
        self._service = service
        self._show_document = show_document
        self._key: str | None = None
        self._root: Path | None = None
        self._folder: tuple[str, ...] = ()
        self._entries: list[Any] = []
        self._listing: Any = None
        self._last: Artifact | None = None
        self._tray: ArtifactRegistry | None = None
        self._workspace: Path | None = None
        self._cancel = threading.Event()
        self._task = Task(self)
        self._read_so_far = 0  # written by the reading thread, shown by _reading_ticker
        self._reading_ticker = QTimer(self)
        self._reading_ticker.setInterval(250)
        self._reading_ticker.timeout.connect(self._show_reading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        self.title = wrapped_label("screenTitle")
        layout.addWidget(self.title)
        self.message = wrapped_label("overlayText")
        self.message.setObjectName("usbMessage")
        layout.addWidget(self.message)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        self._build_waiting()
        self._build_files()
        self.retranslate()

    def _build_waiting(self) -> None:
        self.waiting = QWidget()
        column = QVBoxLayout(self.waiting)
        column.addStretch(1)
        column.addWidget(pictogram("usb", 96))
        self.sticks = QVBoxLayout()
        column.addLayout(self.sticks)
        column.addStretch(2)
        self.steps.addWidget(self.waiting)

    def _build_files(self) -> None:
        self.files = QWidget()
        column = QVBoxLayout(self.files)
        top = QHBoxLayout()
        self.up_button = big_button("usbUp", "back", 28)
        self.up_button.clicked.connect(self._up)
        self.where = QLabel()
        self.where.setObjectName("sectionTitle")
        top.addWidget(self.up_button)
        top.addWidget(self.where, 1)
        column.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        column.addWidget(self.progress)
        self.list = QListWidget()
        self.list.setObjectName("usbFiles")
        self.list.setIconSize(QSize(40, 40))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemClicked.connect(lambda item: self._chosen(self.list.row(item)))
        column.addWidget(self.list, 1)
        actions = QHBoxLayout()
        self.stop_button = big_button("usbStop", "end", 32)
        self.stop_button.clicked.connect(self._cancel.set)
        self.view_button = big_button("usbView", "view", 32)
        self.view_button.clicked.connect(self._view_last)
        self.eject_button = big_button("usbEject", "usb", 32)
        self.eject_button.setProperty("role", "primary")
        self.eject_button.clicked.connect(self._eject)
        actions.addWidget(self.stop_button)
        actions.addWidget(self.view_button)
        actions.addStretch(1)
        actions.addWidget(self.eject_button)
        column.addLayout(actions)
        self.steps.addWidget(self.files)

    # -- sticks ---------------------------------------------------------------------------

    def open_session(self, tray: ArtifactRegistry, workspace: Path) -> None:
        self._tray = tray
        self._workspace = workspace
        if self._key is None:
            self.show_waiting()

    def show_waiting(self, text: str | None = None) -> None:
        self.steps.setCurrentWidget(self.waiting)
        while self.sticks.count():
            item = self.sticks.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        present = self._service.present()
        for info in present:
            button = big_button(f"usbStick_{self.sticks.count()}", "usb", 36)
            button.setProperty("role", "primary")
            button.setText(self.tr("Open %1").replace("%1", info.label or self.tr("the stick")))
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, k=info.key: self.open_stick(k))
            self.sticks.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setText(text or (
            self.tr("Your USB stick is here. Open it to see its files.") if present
            else self.tr("Plug your USB stick into the terminal.")))

    def on_event(self, event: StickEvent, what: StickInfo | Refusal) -> None:
        if event is StickEvent.REMOVED and what.key == self._key:
            self._forget()
            self.show_waiting(self.tr("Your USB stick was removed. The files you took are"
                                      " still in My documents."))
        elif self.steps.currentWidget() is self.waiting:
            self.show_waiting()

    def open_stick(self, key: str) -> None:
        if self._task.running:
            return
        self.message.setText(self.tr("Opening your USB stick…"))
        self._run(lambda: self._service.open(key),
                  lambda root: self._opened(key, root))

    def _opened(self, key: str, root: object) -> None:
        if isinstance(root, Path):
            self._key, self._root, self._folder = key, root, ()
            self._list()

    # -- files ----------------------------------------------------------------------------

    def _list(self) -> None:
        """Read the whole stick once (with caps, progress and Stop); then browse in memory."""
        if self._root is None:
            return
        self.steps.setCurrentWidget(self.files)
        self.list.clear()
        self.progress.show()
        self.stop_button.show()
        self.view_button.setVisible(self._last is not None)
        self._cancel.clear()
        self.message.setText(self.tr("Reading the list of files…"))
        self._read_so_far = 0
        self._reading_ticker.start()
        root = self._root
        self._task = run_task(
            self, lambda: self._service.listing(root, self._cancel, self._count_read),
            self._on_listed, self._on_failed,
        )

    def _count_read(self, count: int) -> None:
        """From the reading thread: only a number is handed over, the ticker shows it."""
        self._read_so_far = count

    def _show_reading(self) -> None:
        if self._read_so_far:
            self.message.setText(self.tr("Reading the list of files… %n file(s) so far.", "",
                                         self._read_so_far))

    def _on_listed(self, listing: object) -> None:
        self._reading_ticker.stop()
        self.progress.hide()
        self.stop_button.hide()
        self._listing = listing
        self._show_folder()

    def _show_folder(self) -> None:
        listing = self._listing
        if listing is None:
            return
        self.list.clear()
        self.where.setText("/".join(self._folder) or self.tr("Your USB stick"))
        self.up_button.setEnabled(bool(self._folder))
        self._entries = list(listing.children(self._folder))
        locale = QLocale()
        for entry in self._entries:
            if entry.is_dir:
                text, icon_name = entry.display_name, "documents"
            else:
                size = locale.formattedDataSize(entry.size, 1,
                                                QLocale.DataSizeFormat.DataSizeSIFormat)
                text = f"{entry.display_name}\n{size} · {self._verdict(entry)}"
                icon_name = "file" if entry.verdict == "ready" else "blocked"
            item = QListWidgetItem(_icon(icon_name), text)
            item.setSizeHint(QSize(0, 84))
            self.list.addItem(item)
        limits = [code for code in listing.limits if code != "too_large"]
        if listing.cancelled:
            text = self.tr("Reading stopped: only the files read so far are shown.")
        elif limits:
            text = self._reason(limits[0])
        elif self._entries:
            text = self.tr("Touch a folder to open it, or a file to take it into My documents.")
        else:
            text = self.tr("This folder is empty.")
        self.message.setText(text)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self._entries) or self._task.running:
            return
        entry = self._entries[row]
        if entry.is_dir:
            self._folder = entry.path
            self._show_folder()
            return
        if entry.verdict != "ready":
            self.message.setText(self._reason(entry.reason))
            return
        if self._root is None or self._tray is None or self._workspace is None:
            return
        root, tray, workspace = self._root, self._tray, self._workspace
        self.message.setText(self.tr("Checking “%1” and preparing a safe copy…")
                             .replace("%1", entry.display_name))
        self._run(lambda: self._service.take(root, entry, workspace, tray), self._on_taken)

    def _on_taken(self, artifact: object) -> None:
        if isinstance(artifact, Artifact):
            self._last = artifact
            self.view_button.show()
            self.message.setText(self.tr("“%1” is ready in My documents.")
                                 .replace("%1", artifact.display_name))

    def _view_last(self) -> None:
        if self._last is not None:
            self._show_document(self._last)

    def _up(self) -> None:
        if self._folder:
            self._folder = self._folder[:-1]
            self._show_folder()

    def _eject(self) -> None:
        key = self._key
        if key is None or self._task.running:
            return
        self.message.setText(self.tr("Preparing your USB stick to be removed…"))
        self._run(lambda: self._service.eject(key), lambda _none: self._ejected())

    def _ejected(self) -> None:
        self._forget()
        self.show_waiting(self.tr("You can remove your USB stick now."))

    def _forget(self) -> None:
        self._reading_ticker.stop()
        self._listing = None
        self._key = self._root = None
        self._folder = ()
        self._entries = []
        self.list.clear()

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._task = run_task(self, call, done, self._on_failed)

    def _on_failed(self, error: object) -> None:
        self._reading_ticker.stop()
        self.progress.hide()
        self.stop_button.hide()
        if isinstance(error, UsbError):
            self.message.setText({
                "busy": self.tr("A file of the stick is still in use. Wait a moment, then try"
                                " again."),
                "gone": self.tr("The USB stick is no longer there."),
                "mount_failed": self.tr("This USB stick cannot be read here. It may use a"
                                        " format the terminal does not know."),
                "unavailable": self.tr("USB sticks cannot be read on this terminal now. Call"
                                       " a mediator."),
            }.get(error.code.value, self.tr("Something went wrong with the USB stick.")))
        elif isinstance(error, TakeRefused):
            self.message.setText(self._reason(error.code))
        else:
            self.message.setText(self.tr("Something went wrong. Try again, or call a"
                                         " mediator."))

    # -- words ----------------------------------------------------------------------------

    def _verdict(self, entry: Any) -> str:
        if entry.verdict == "ready":
            return self.tr("can be taken")
        return self._reason(entry.reason)

    def _reason(self, code: str | None) -> str:
        return {
            "executable": self.tr("program — not allowed"),
            "script": self.tr("program — not allowed"),
            "shortcut": self.tr("shortcut — not allowed"),
            "autorun": self.tr("shortcut — not allowed"),
            "archive": self.tr("compressed folder — not allowed"),
            "encrypted": self.tr("protected document"),
            "macro": self.tr("document with macros — not allowed"),
            "mismatch": self.tr("its name does not match its content — not allowed"),
            "unreadable": self.tr("unreadable file"),
            "too_large": self.tr("too large"),
            "too_deep": self.tr("Some folders are too deep to be read."),
            "too_many": self.tr("This stick holds too many files: only the first ones are"
                                " shown."),
            "symlink": self.tr("link — not allowed"),
            "special": self.tr("not a file — not allowed"),
            "empty": self.tr("empty file"),
            "too_much": self.tr("You have taken enough files for this session."),
            "sandbox_unavailable": self.tr("files cannot be checked on this terminal now"),
            "office_unsupported": self.tr("office documents cannot be opened here; save it as"
                                          " PDF"),
            "timeout": self.tr("this file takes too long to check"),
            "copy_failed": self.tr("the file could not be copied from the stick"),
            "virus": self.tr("a virus was found in it — not allowed"),
            "changed": self.tr("it changed on the stick after the list was read; open the"
                               " stick again"),
        }.get(code or "", self.tr("not allowed"))

    def reset(self) -> None:
        self._cancel.set()
        self._forget()
        self._last = None
        self._tray = None
        self._workspace = None
        self.show_waiting()

    def retranslate(self) -> None:
        self.title.setText(self.tr("USB stick"))
        texts: list[tuple[QPushButton, str]] = [
            (self.up_button, self.tr("Back")),
            (self.stop_button, self.tr("Stop")),
            (self.view_button, self.tr("View or print")),
            (self.eject_button, self.tr("Eject")),
        ]
        for button, text in texts:
            button.setText(text)
            button.setAccessibleName(text)
        self.list.setAccessibleName(self.tr("Files"))
        self.progress.setAccessibleName(self.tr("Reading the list of files…"))


def _icon(name: str) -> Any:
    from kiosk.ui.assets import icon

    return icon(name)
