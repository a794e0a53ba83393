"""`kiosk mediator`: the small window on a mediator's computer.

It lists the open calls of every terminal on the site (terminal, waiting time, topic) with
"I'm coming" and "Done", rings and notifies for each new call, and shows each terminal's
state. The broker logic is `kiosk.help.console.ConsoleClient`; this is only its window.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from kiosk.help.console import ConsoleClient
from kiosk.help.errors import ChannelError
from kiosk.help.model import RequestState, TerminalState, Topic
from kiosk.help.wire import CallNotice
from kiosk.ui.assets import icon
from kiosk.ui.widgets import Screen, big_button, wrapped_label

TOPIC_ICONS = {
    Topic.PRINTING: "print", Topic.SCANNING: "scan", Topic.WEBSITE: "internet",
    Topic.USB: "usb", Topic.SAFE: "safe", Topic.OTHER: "help", Topic.NONE: "help",
}


class ConsoleBridge(QObject):
    """The console client's callbacks come from the network thread."""

    changed = Signal()
    new_call = Signal(object)  # CallNotice

    def __init__(self, client: ConsoleClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        client.subscribe(self.changed.emit, self.new_call.emit)


class MediatorConsole(Screen):
    def __init__(self, client: ConsoleClient, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mediatorConsole")
        self.setWindowTitle("Kiosk")
        self.client = client
        self.bridge = ConsoleBridge(client, self)
        self.bridge.changed.connect(self.refresh)
        self.bridge.new_call.connect(self._on_bridge_new_call)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.name_label = QLabel()
        self.name = QLineEdit(name)
        self.name.setObjectName("mediatorName")
        row.addWidget(self.name_label)
        row.addWidget(self.name, 1)
        layout.addLayout(row)
        self.status = wrapped_label("consoleStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        self.calls_title = QLabel()
        self.calls_title.setObjectName("sectionTitle")
        layout.addWidget(self.calls_title)
        self.calls = QListWidget()
        self.calls.setObjectName("callList")
        self.calls.setIconSize(QSize(40, 40))
        layout.addWidget(self.calls, 2)
        actions = QHBoxLayout()
        self.coming = big_button("comingButton", "end", 32)
        self.coming.setProperty("role", "primary")
        self.done = big_button("doneButton", "check", 32)
        self.coming.clicked.connect(self._on_coming_clicked)
        self.done.clicked.connect(self._on_done_clicked)
        actions.addWidget(self.coming)
        actions.addWidget(self.done)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.terminals_title = QLabel()
        self.terminals_title.setObjectName("sectionTitle")
        layout.addWidget(self.terminals_title)
        self.terminals = QListWidget()
        self.terminals.setObjectName("terminalList")
        layout.addWidget(self.terminals, 1)
        self._shown: list[CallNotice] = []
        self.announced = 0
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon("help"), self)
            self._tray.show()
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.refresh)
        self._clock.start(5000)
        self.retranslate()

    # -- the site's state ---------------------------------------------------------------

    def refresh(self) -> None:
        now = datetime.now(UTC)
        selected = self._selected()
        self._shown = self.client.calls()
        self.calls.clear()
        for call in self._shown:
            item = QListWidgetItem(icon(TOPIC_ICONS[call.topic]), self._call_text(call, now))
            self.calls.addItem(item)
            if selected is not None and call.id == selected.id:
                self.calls.setCurrentItem(item)
        self.terminals.clear()
        for terminal in self.client.terminals():
            problems = ", ".join(self._problem(p.value) for p in terminal.problems)
            text = f"{terminal.terminal} — {self._state(terminal.state)}"
            self.terminals.addItem(text + (f" ({problems})" if problems else ""))
        self._update_status()
        has_call = self._selected() is not None
        self.coming.setEnabled(has_call)
        self.done.setEnabled(has_call)

    def _call_text(self, call: CallNotice, now: datetime) -> str:
        minutes = int(call.waiting_s(now) // 60)
        waiting = self.tr("waiting for %n minute(s)", "", minutes) if minutes else self.tr(
            "just now")
        line = f"{call.terminal} · {self._topic(call.topic)} · {waiting}"
        if call.state is RequestState.ACKNOWLEDGED and call.acknowledged_by:
            line += " · " + self.tr("%1 is going").replace("%1", call.acknowledged_by)
        return line

    def _selected(self) -> CallNotice | None:
        row = self.calls.currentRow()
        if 0 <= row < len(self._shown):
            return self._shown[row]
        return self._shown[0] if len(self._shown) == 1 else None

    def _update_status(self) -> None:
        if self.client.connected:
            self.status.setText(self.tr("Connected to the site's network."))
        elif self.client.failure:
            self.status.setText(self.tr(
                "Cannot reach the site's message server (%1). Calls are kept on the"
                " terminals and will appear here when it is back.").replace(
                    "%1", str(self.client.failure)))
        else:
            self.status.setText(self.tr("Connecting to the site's network…"))

    # -- answers --------------------------------------------------------------------------

    def _by(self) -> str:
        return self.name.text().strip() or self.tr("A mediator")

    def _on_coming_clicked(self) -> None:
        call = self._selected()
        if call is not None:
            self._answer(lambda: self.client.coming(call.id, self._by()))

    def _on_done_clicked(self) -> None:
        call = self._selected()
        if call is not None:
            self._answer(lambda: self.client.done(call.id, self._by()))

    def _answer(self, send: object) -> None:
        try:
            send()  # type: ignore[operator]
        except ChannelError:
            self.status.setText(self.tr(
                "The answer could not be sent: the site's message server cannot be reached."))

    def _on_bridge_new_call(self, call: CallNotice) -> None:
        """A sound and a desktop notification for each new call."""
        self.announced += 1
        QApplication.beep()
        if self._tray is not None:
            self._tray.showMessage(
                self.tr("Help requested"),
                f"{call.terminal} · {self._topic(call.topic)}",
                QSystemTrayIcon.MessageIcon.Information,
            )
        self.refresh()

    # -- words ----------------------------------------------------------------------------

    def _topic(self, topic: Topic) -> str:
        return {
            Topic.NONE: self.tr("not said"),
            Topic.PRINTING: self.tr("printing"),
            Topic.SCANNING: self.tr("scanning"),
            Topic.WEBSITE: self.tr("a website"),
            Topic.USB: self.tr("a USB stick"),
            Topic.SAFE: self.tr("the safe"),
            Topic.OTHER: self.tr("something else"),
        }[topic]

    def _state(self, state: TerminalState) -> str:
        return {
            TerminalState.FREE: self.tr("free"),
            TerminalState.IN_SESSION: self.tr("in use"),
            TerminalState.OUT_OF_SERVICE: self.tr("out of service"),
            TerminalState.OFFLINE: self.tr("switched off or disconnected"),
        }[state]

    def _problem(self, problem: str) -> str:
        return {"printer": self.tr("printer problem"), "scanner": self.tr("scanner problem")}.get(
            problem, problem)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Calls for help"))
        self.name_label.setText(self.tr("Your name, as the public will see it:"))
        self.name.setAccessibleName(self.name_label.text())
        self.calls_title.setText(self.tr("Open calls"))
        self.terminals_title.setText(self.tr("Terminals"))
        self.coming.setText(self.tr("I'm coming"))
        self.done.setText(self.tr("Done"))
        for button in (self.coming, self.done):
            button.setAccessibleName(button.text())
        self.refresh()


def run_console(client: ConsoleClient, name: str, language: str) -> int:
    """The mediator console's own little application."""
    import sys

    from kiosk.ui.app import make_application
    from kiosk.ui.i18n import Translations

    app = make_application(sys.argv[:1], demo=True)
    translations = Translations(app)
    translations.switch(language)
    window = MediatorConsole(client, name)
    window.resize(720, 640)
    window.show()
    client.start()
    try:
        return app.exec()
    finally:
        client.stop()
