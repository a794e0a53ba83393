"""The cards shown above a session: idle warning, ending, help, and the privacy cover."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets import Overlay, big_button, pictogram, wrapped_label


class IdleWarning(Overlay):
    """"Are you still there?" with a visible countdown and one big button."""

    def __init__(
        self, parent: QWidget, on_still_here: Callable[[], None], on_end: Callable[[], None]
    ) -> None:
        super().__init__(parent, "idleWarning")
        self._seconds = 0
        self.body.addWidget(pictogram("clock", 72))
        self.question = wrapped_label("overlayTitle")
        self.countdown = wrapped_label("countdown")
        self.explain = wrapped_label("overlayText")
        self.still_here = big_button("stillHereButton", "check", 48)
        self.still_here.setProperty("role", "primary")
        self.still_here.clicked.connect(on_still_here)
        self.end_now = big_button("endNowButton", "end", 40)
        self.end_now.clicked.connect(on_end)
        for widget in (self.question, self.countdown, self.explain, self.still_here):
            self.body.addWidget(widget)
        self.body.addWidget(self.end_now, alignment=Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def set_remaining(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(self.tr("The session ends in %n second(s).", "", seconds))

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.explain.setText(
            self.tr("When the session ends, everything you did here is erased.")
        )
        self.still_here.setText(self.tr("I'm still here"))
        self.still_here.setAccessibleName(self.tr("I'm still here"))
        self.end_now.setText(self.tr("End now"))
        self.end_now.setAccessibleName(self.tr("End now"))
        self.set_remaining(self._seconds)


class EndSession(Overlay):
    """Asked kindly before erasing: there are documents in the tray."""

    def __init__(
        self, parent: QWidget, on_erase: Callable[[], None], on_back: Callable[[], None]
    ) -> None:
        super().__init__(parent, "endSession")
        self._count = 0
        self.body.addWidget(pictogram("documents", 72))
        self.title = wrapped_label("overlayTitle")
        self.text = wrapped_label("overlayText")
        row = QHBoxLayout()
        self.back = big_button("keepDocumentsButton", "documents", 40)
        self.back.setProperty("role", "primary")
        self.back.clicked.connect(on_back)
        self.erase = big_button("eraseAndEndButton", "end", 40)
        self.erase.clicked.connect(on_erase)
        row.addWidget(self.back)
        row.addWidget(self.erase)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addLayout(row)
        self.retranslate()

    def set_count(self, count: int) -> None:
        self._count = count
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Before you go"))
        self.text.setText(
            self.tr(
                "You have %n document(s) in My documents. When the session ends they are"
                " erased. Do you want to keep them first?",
                "",
                self._count,
            )
        )
        self.back.setText(self.tr("Go back to my documents"))
        self.back.setAccessibleName(self.back.text())
        self.erase.setText(self.tr("Erase everything and end"))
        self.erase.setAccessibleName(self.erase.text())


TOPICS = (
    ("printing", "print"),
    ("scanning", "scan"),
    ("website", "internet"),
    ("usb", "usb"),
    ("safe", "safe"),
    ("other", "help"),
)


class HelpPanel(Overlay):
    """A call for a mediator: sent at the first tap, then what it is about, then who comes."""

    def __init__(
        self,
        parent: QWidget,
        on_topic: Callable[[str], None],
        on_cancel: Callable[[], None],
    ) -> None:
        super().__init__(parent, "helpPanel")
        self._state = "pending"
        self._position: int | None = None
        self._by = ""
        self.body.addWidget(pictogram("help", 64))
        self.title = wrapped_label("overlayTitle")
        self.text = wrapped_label("overlayText")
        self.about = wrapped_label("helpAbout")
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addWidget(self.about)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.topics: dict[str, QPushButton] = {}
        for index, (topic, icon_name) in enumerate(TOPICS):
            button = big_button(f"topic_{topic}", icon_name, 36)
            button.setCheckable(True)
            button.setProperty("role", "topic")
            button.clicked.connect(lambda _=False, t=topic: on_topic(t))
            grid.addWidget(button, index // 3, index % 3)
            self.topics[topic] = button
        self.body.addLayout(grid)
        row = QHBoxLayout()
        self.cancel = big_button("cancelCallButton", "back", 36)
        self.cancel.clicked.connect(on_cancel)
        self.ok = big_button("helpCloseButton", "check", 36)
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self.close_overlay)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        self.body.addLayout(row)
        self.retranslate()

    def show_call(self, state: str, position: int | None, by: str | None, topic: str) -> None:
        """state: "pending" or "acknowledged"; topic: what was chosen ("none" if nothing)."""
        self._state, self._position, self._by = state, position, by or ""
        for key, button in self.topics.items():
            button.setChecked(key == topic)
        self.retranslate()

    def retranslate(self) -> None:
        if self._state == "acknowledged":
            self.title.setText(self.tr("%1 is coming").replace("%1", self._by))
            self.text.setText(self.tr("Stay here: your session stays open while you wait."))
        else:
            self.title.setText(self.tr("A mediator has been called"))
            if self._position:
                self.text.setText(self.tr("You are number %n in the queue.", "", self._position))
            else:
                self.text.setText(self.tr("A mediator will come as soon as possible."))
        self.about.setText(self.tr("What do you need help with? (you can skip this)"))
        names = {
            "printing": self.tr("Printing"),
            "scanning": self.tr("Scanning"),
            "website": self.tr("A website"),
            "usb": self.tr("A USB stick"),
            "safe": self.tr("My safe"),
            "other": self.tr("Something else"),
        }
        for key, button in self.topics.items():
            button.setText(names[key])
            button.setAccessibleName(names[key])
        self.cancel.setText(self.tr("I no longer need help"))
        self.cancel.setAccessibleName(self.cancel.text())
        self.ok.setText(self.tr("OK"))
        self.ok.setAccessibleName(self.tr("OK"))


class PrivacyCover(Overlay):
    """Hides the whole screen behind a neutral image until the next tap."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "privacyCover")
        self.card.setObjectName("privacyCard")
        self.body.addWidget(pictogram("privacy", 96))
        self.text = wrapped_label("overlayText")
        self.body.addWidget(self.text)
        self.retranslate()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()
        event.accept()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Screen hidden. Touch to show it again."))


class DisplayPanel(Overlay):
    """Larger text, high contrast and read-aloud, from every screen."""

    SCALES = (("normal", 1.0), ("larger", 1.5), ("largest", 2.0))

    def __init__(
        self,
        parent: QWidget,
        on_scale: Callable[[float], None],
        on_contrast: Callable[[bool], None],
        on_listen: Callable[[], None],
    ) -> None:
        super().__init__(parent, "displayPanel")
        self.title = wrapped_label("overlayTitle")
        self.body.addWidget(self.title)
        row = QVBoxLayout()
        self.scales: dict[str, QPushButton] = {}
        for key, scale in self.SCALES:
            button = big_button(f"scale_{key}", "text_size", 24 + int(12 * scale))
            button.setCheckable(True)
            button.setProperty("role", "topic")
            button.clicked.connect(lambda _=False, s=scale: on_scale(s))
            row.addWidget(button)
            self.scales[key] = button
        self.body.addLayout(row)
        self.contrast = big_button("highContrast", "contrast", 36)
        self.contrast.setCheckable(True)
        self.contrast.setProperty("role", "topic")
        self.contrast.clicked.connect(lambda: on_contrast(self.contrast.isChecked()))
        self.listen = big_button("listenButtonPanel", "listen", 36)
        self.listen.clicked.connect(on_listen)
        self.body.addWidget(self.contrast)
        self.body.addWidget(self.listen)
        self.ok = big_button("displayClose", "check", 36)
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self.close_overlay)
        self.body.addWidget(self.ok, alignment=Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def show_state(self, scale: float, high_contrast: bool) -> None:
        for key, value in self.SCALES:
            self.scales[key].setChecked(value == scale)
        self.contrast.setChecked(high_contrast)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Display and reading"))
        names = {
            "normal": self.tr("Normal text"),
            "larger": self.tr("Larger text"),
            "largest": self.tr("Largest text"),
        }
        for key, button in self.scales.items():
            button.setText(names[key])
            button.setAccessibleName(names[key])
        self.contrast.setText(self.tr("High contrast"))
        self.listen.setText(self.tr("Read this screen aloud"))
        self.ok.setText(self.tr("OK"))
        for button in (self.contrast, self.listen, self.ok):
            button.setAccessibleName(button.text())
