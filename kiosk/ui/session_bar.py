"""The bar always shown during a session: home, call a mediator, privacy, end session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.widgets import Screen, big_button, compact_button


class SessionBar(Screen):
    def __init__(
        self,
        on_home: Callable[[], None],
        on_help: Callable[[], None],
        on_privacy: Callable[[], None],
        on_end: Callable[[], None],
        staff_corner: QWidget,
        on_listen: Callable[[], None] | None = None,
        on_mask: Callable[[], None] | None = None,
        on_display: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # draw its navy
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(16)
        self.home = compact_button("homeButton", "home")
        self.help = big_button("helpButton", "help", 40)
        self.privacy = compact_button("privacyButton", "privacy")
        self.listen = compact_button("listenButton", "listen")
        self.mask_button = compact_button("maskButton", "reading_mask")
        self.mask_button.setCheckable(True)
        self.display = compact_button("displayButton", "text_size")
        self.end = big_button("endButton", "end", 40)
        for button, slot in ((self.listen, on_listen), (self.mask_button, on_mask),
                             (self.display, on_display)):
            if slot is not None:
                button.clicked.connect(slot)
        self.home.clicked.connect(on_home)
        self.help.clicked.connect(on_help)
        self.privacy.clicked.connect(on_privacy)
        self.end.clicked.connect(on_end)
        row.addWidget(self.home)
        row.addStretch(1)
        row.addWidget(self.help)
        row.addWidget(self.listen)
        row.addWidget(self.mask_button)
        row.addWidget(self.privacy)
        row.addWidget(self.display)
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
            (self.privacy, self.tr("Hide")),
            (self.listen, self.tr("Listen")),
            (self.mask_button, self.tr("Mask")),
            (self.display, self.tr("Text")),
            (self.end, self.tr("End session")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        # The short labels above, and what they do in full for tooltips and screen readers.
        for button, full in (
            (self.privacy, self.tr("Hide the screen")),
            (self.listen, self.tr("Read this screen aloud")),
            (self.mask_button, self.tr("Reading mask: hide everything but one line")),
            (self.display, self.tr("Text size and contrast")),
        ):
            button.setAccessibleName(full)
            button.setToolTip(full)
