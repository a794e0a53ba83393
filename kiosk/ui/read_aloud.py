"""Read-aloud: the screen's words spoken offline, through Qt TextToSpeech.

Production uses speech-dispatcher (espeak-ng voices); tests use Qt's mock engine
(`KIOSK_TTS_ENGINE=mock`). Password fields are never read. Nothing spoken is logged.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)
MAX_CHARS = 4000
# The accent to prefer when a language has several (speech-dispatcher lists many).
PREFERRED_VOICE = {"fr": "fr_FR", "en": "en_GB", "es": "es_ES", "pt": "pt_PT", "uk": "uk_UA"}


def is_private(widget: QWidget, root: QWidget) -> bool:
    """Marked ``private`` (a safe's secret, identifier, documents), or inside such a widget."""
    current: QWidget | None = widget
    while current is not None:
        if current.property("private"):
            return True
        if current is root:
            return False
        current = current.parentWidget()
    return False


def screen_text(roots: list[QWidget]) -> str:
    """The words a person sees on these widgets, top to bottom; password fields and what is
    marked private (the safe's secrets and contents) excluded."""
    parts: list[str] = []
    for root in roots:
        found: list[tuple[int, int, str]] = []
        for widget in root.findChildren(QWidget):
            if not widget.isVisibleTo(root) or not widget.isVisible():
                continue
            if is_private(widget, root):
                continue
            text = ""
            if isinstance(widget, QLineEdit):
                if widget.echoMode() != QLineEdit.EchoMode.Normal:
                    continue  # never read a PIN or a password
                text = widget.text() or widget.placeholderText()
            elif isinstance(widget, QLabel | QAbstractButton):
                text = widget.text()
            text = " ".join(text.split())
            if text:
                position = widget.mapTo(root, widget.rect().topLeft())
                found.append((position.y(), position.x(), text))
        parts += [text for _y, _x, text in sorted(found)]
    return ". ".join(dict.fromkeys(parts))[:MAX_CHARS]


class ReadAloud(QObject):
    """One speech engine for the shell, started the first time something is to be said.

    Connecting to the speech service can take a while (it may have to start), so nothing
    is spoken, or waited for, until a person asks for it: the shell never starts slower
    because of it. `available` is False on a machine without voices.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_text = ""
        self._speech: QTextToSpeech | None = None
        self._started = False
        self._language = ""

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            log.warning("text-to-speech is not installed")
            return
        engines = QTextToSpeech.availableEngines()
        wanted = os.environ.get("KIOSK_TTS_ENGINE") or "speechd"
        if wanted in engines:
            self._speech = QTextToSpeech(wanted, self)
            if self._language:
                self.set_language(self._language)

    @property
    def available(self) -> bool:
        self._start()
        return self._speech is not None

    def set_language(self, code: str) -> None:
        self._language = code
        if self._speech is None:
            return
        locales = [loc for loc in self._speech.availableLocales() if loc.name().startswith(code)]
        preferred = PREFERRED_VOICE.get(code)
        locales.sort(key=lambda loc: loc.name() != preferred)
        if locales:
            self._speech.setLocale(locales[0])
        else:
            self._speech.setLocale(QLocale(code))

    def say(self, text: str, *, start: bool = True) -> None:
        """Speak `text`; with start=False only if speech was already in use."""
        text = text.strip()
        if not text:
            return
        if start:
            self._start()
        if self._speech is None:
            return
        self.last_text = text
        self._speech.stop()
        self._speech.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
