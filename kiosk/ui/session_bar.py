"""The bar always shown during a session: home, call a mediator, privacy, end session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.widgets import Screen, big_button


class SessionBar(Screen):
    def __init__(
        self,
        on_home: Callable[[], None],
        on_help: Callable[[], None],
        on_privacy: Callable[[], None],
        on_end: Callable[[], None],
        staff_corner: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(16)
        self.home = big_button("homeButton", "home", 40)
        self.help = big_button("helpButton", "help", 40)
        self.privacy = big_button("privacyButton", "privacy", 40)
        self.end = big_button("endButton", "end", 40)
        self.home.clicked.connect(on_home)
        self.help.clicked.connect(on_help)
        self.privacy.clicked.connect(on_privacy)
        self.end.clicked.connect(on_end)
        row.addWidget(self.home)
        row.addStretch(1)
        row.addWidget(self.help)
        row.addWidget(self.privacy)
        row.addWidget(self.end)
        row.addWidget(staff_corner)
        self._calling = False
        self.retranslate()

    def set_calling(self, calling: bool) -> None:
        """While a call is open, the help button says so (and still opens the call)."""
        self._calling = calling
        self.help.setProperty("calling", calling)
        self.help.style().unpolish(self.help)
        self.help.style().polish(self.help)
        self.retranslate()

    def retranslate(self) -> None:
        for button, text in (
            (self.home, self.tr("Home")),
            (self.help, self.tr("Mediator called") if self._calling
             else self.tr("Call a mediator")),
            (self.privacy, self.tr("Hide the screen")),
            (self.end, self.tr("End session")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
