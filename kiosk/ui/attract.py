"""The attract screen: the site's name, "Touch to start", and the offered languages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.languages import LANGUAGES
from kiosk.ui.widgets import Screen, big_button, pictogram, wrapped_label


class AttractScreen(Screen):
    def __init__(
        self,
        site_name: str,
        languages: Sequence[str],
        on_start: Callable[[str | None], None],
        staff_corner: QWidget,
        help_button: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        self._on_start = on_start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 24, 24)
        top = QHBoxLayout()
        top.addWidget(help_button)
        top.addStretch(1)
        top.addWidget(staff_corner)
        layout.addLayout(top)
        layout.addStretch(1)
        self.site = wrapped_label("siteName")
        self.site.setText(site_name)
        layout.addWidget(self.site)
        self.touch = big_button("touchToStart", "home", 64)
        self.touch.clicked.connect(lambda: self._on_start(None))
        touch_row = QHBoxLayout()  # centred by stretches: no `Qt` before the first paint
        touch_row.addStretch(1)
        touch_row.addWidget(self.touch)
        touch_row.addStretch(1)
        layout.addLayout(touch_row)
        self.erased = QWidget()
        self.erased.setObjectName("erasedNotice")
        erased_row = QHBoxLayout(self.erased)
        erased_row.addStretch(1)
        self._erased_row = erased_row
        self.erased_text = QLabel()
        self.erased_text.setObjectName("erasedText")
        erased_row.addWidget(self.erased_text)
        erased_row.addStretch(1)
        self.erased.hide()
        layout.addWidget(self.erased)
        layout.addStretch(1)
        self.choose = wrapped_label("chooseLanguage")
        layout.addWidget(self.choose)
        row = QGridLayout()
        row.setSpacing(10)
        self.language_buttons: dict[str, QPushButton] = {}
        per_row = 4 if len(languages) > 4 else len(languages)
        for index, code in enumerate(languages):
            button = big_button(f"language_{code}")
            button.setProperty("role", "language")
            button.setText(LANGUAGES[code].endonym)
            button.setAccessibleName(LANGUAGES[code].endonym)
            button.clicked.connect(lambda _=False, c=code: self._on_start(c))
            self.language_buttons[code] = button
            row.addWidget(button, index // per_row, index % per_row)
        centered = QHBoxLayout()
        centered.addStretch(1)
        centered.addLayout(row)
        centered.addStretch(1)
        layout.addLayout(centered)
        self.retranslate()

    def show_erased(self, shown: bool) -> None:
        """Say "previous session erased" — only after a scrub whose verification passed."""
        if shown and self._erased_row.count() == 3:  # its pictogram, made when first needed
            self._erased_row.insertWidget(1, pictogram("check", 40))
        self.erased.setVisible(shown)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere on the attract screen starts a session in the default language.
        self._on_start(None)
        super().mousePressEvent(event)

    def retranslate(self) -> None:
        self.touch.setText(self.tr("Touch to start"))
        self.touch.setAccessibleName(self.tr("Touch to start"))
        self.erased_text.setText(self.tr("The previous session has been erased."))
        self.choose.setText(self.tr("Choose your language"))
