"""Screens outside a session: out of service, the calm error screen, and maintenance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.audit import AuditEvent
from kiosk.ui.widgets import Screen, big_button, pictogram, wrapped_label


def _top_corner(
    layout: QVBoxLayout, corner: QWidget | None, help_button: QWidget | None = None
) -> None:
    top = QHBoxLayout()
    if help_button is not None:
        top.addWidget(help_button)
    top.addStretch(1)
    if corner is not None:
        top.addWidget(corner)
    layout.addLayout(top)


class OutOfServiceScreen(Screen):
    """Shown when the terminal must not be used: a failed scrub, or a bad configuration."""

    def __init__(
        self,
        corner: QWidget | None,
        help_button: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outOfServiceScreen")
        layout = QVBoxLayout(self)
        _top_corner(layout, corner, help_button)
        layout.addStretch(1)
        layout.addWidget(pictogram("out_of_service", 128))
        self.title = wrapped_label("screenTitle")
        self.text = wrapped_label("overlayText")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This terminal is out of service"))
        self.text.setText(
            self.tr("Please ask a mediator. Nobody's documents can be seen on this terminal.")
        )


class ErrorScreen(Screen):
    """The calm screen after an unexpected error: never a traceback."""

    def __init__(
        self,
        on_back: Callable[[], None],
        help_button: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorScreen")
        layout = QVBoxLayout(self)
        _top_corner(layout, None, help_button)
        layout.addStretch(1)
        layout.addWidget(pictogram("warning", 112))
        self.title = wrapped_label("screenTitle")
        self.text = wrapped_label("overlayText")
        self.back = big_button("errorBackButton", "back", 40)
        self.back.setProperty("role", "primary")
        self.back.clicked.connect(on_back)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Something did not work"))
        self.text.setText(
            self.tr("It is not your fault. Please ask a mediator, or try again.")
        )
        self.back.setText(self.tr("Try again"))
        self.back.setAccessibleName(self.tr("Try again"))


class MaintenanceScreen(Screen):
    """For an admin: the kiosk mode is left; recent audit events; back to kiosk or quit."""

    def __init__(
        self,
        on_back: Callable[[], None],
        on_quit: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("maintenanceScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        header = QHBoxLayout()
        header.addWidget(pictogram("wrench", 56))
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.info = wrapped_label("overlayText")
        self.info.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.info)
        self.events_title = QLabel()
        self.events_title.setObjectName("sectionTitle")
        layout.addWidget(self.events_title)
        self.events = QListWidget()
        self.events.setObjectName("auditList")
        layout.addWidget(self.events, 1)
        row = QHBoxLayout()
        self.back = big_button("backToKioskButton", "home", 40)
        self.back.setProperty("role", "primary")
        self.back.clicked.connect(on_back)
        self.quit = big_button("quitKioskButton", "end", 40)
        self.quit.clicked.connect(on_quit)
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.quit)
        layout.addLayout(row)
        self._facts: list[tuple[str, str]] = []
        self.retranslate()

    def show_state(self, facts: list[tuple[str, str]], events: list[AuditEvent]) -> None:
        self._facts = facts
        self.events.clear()
        for event in events:
            detail = ", ".join(f"{k}={v}" for k, v in sorted(event.detail.items()))
            stamp = event.at.strftime("%Y-%m-%d %H:%M:%S")
            self.events.addItem(f"{stamp}  {event.kind}  {detail}")
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Maintenance"))
        lines = [self.tr("Kiosk mode is paused. The public cannot use the terminal now.")]
        lines += [f"{name}: {value}" for name, value in self._facts]
        self.info.setText("\n".join(lines))
        self.events_title.setText(self.tr("Recent events (no personal data)"))
        self.events.setAccessibleName(self.events_title.text())
        self.back.setText(self.tr("Back to kiosk mode"))
        self.back.setAccessibleName(self.back.text())
        self.quit.setText(self.tr("Quit Kiosk"))
        self.quit.setAccessibleName(self.quit.text())
