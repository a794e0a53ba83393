"""Read-aloud: the screen's words spoken offline, through Qt TextToSpeech.

Production uses speech-dispatcher (espeak-ng voices); tests use Qt's mock engine
(`KIOSK_TTS_ENGINE=mock`). Password fields are never read. Nothing spoken is logged.

Qt's speech-dispatcher engine connects when it is created, on the thread that creates it,
and may have to start the service first: a service that hangs would freeze the screen. So
the service is first asked, on a worker thread and with a time limit, whether it answers
(`speechd_answers`); the engine is only created once it has, and what was asked to be said
meanwhile is said then.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)
MAX_CHARS = 4000
# The accent to prefer when a language has several (speech-dispatcher lists many).
PREFERRED_VOICE = {"fr": "fr_FR", "en": "en_GB", "es": "es_ES", "pt": "pt_PT", "uk": "uk_UA"}
SPEECHD_WAIT_S = 5.0  # how long the speech service has to answer, started if need be


def speechd_address(env: dict[str, str] | None = None) -> tuple[int, str | tuple[str, int]]:
    """Where speech-dispatcher listens, found as its client library finds it."""
    env = dict(os.environ) if env is None else env
    address = env.get("SPEECHD_ADDRESS", "")
    kind, _, rest = address.partition(":")
    if kind == "inet_socket":
        host, _, port = rest.rpartition(":")
        if port.isdigit():
            return socket.AF_INET, (host or "127.0.0.1", int(port))
        return socket.AF_INET, (rest or "127.0.0.1", 6560)
    if kind == "unix_socket" and rest:
        return socket.AF_UNIX, rest
    runtime = env.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return socket.AF_UNIX, str(Path(runtime) / "speech-dispatcher" / "speechd.sock")


def _answers_once(family: int, where: str | tuple[str, int], timeout: float) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as connection:
            connection.settimeout(timeout)
            connection.connect(where)
            connection.sendall(b"SET SELF CLIENT_NAME user:kiosk:probe\r\n")
            reply = connection.recv(64)
            connection.sendall(b"QUIT\r\n")
    except OSError:
        return False
    return reply[:3].isdigit()  # an SSIP status line: the service is there and listening


def speechd_answers(timeout: float = SPEECHD_WAIT_S, env: dict[str, str] | None = None,
                    spawn: list[str] | None = None) -> bool:
    """Whether speech-dispatcher answers within ``timeout`` seconds, asked to start (as its
    client library would) if it does not at first. Blocks: call it off the UI thread."""
    family, where = speechd_address(env)
    deadline = time.monotonic() + timeout
    if _answers_once(family, where, timeout):
        return True
    try:
        subprocess.run(spawn or ["speech-dispatcher", "--spawn"], env=env,
                       timeout=max(deadline - time.monotonic(), 0.001),
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    while (left := deadline - time.monotonic()) > 0:
        if _answers_once(family, where, left):
            return True
        time.sleep(min(0.1, left))
    return False


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
    is spoken, or waited for, until a person asks for it, and then the screen goes on while
    the service is asked on a worker thread: the shell never starts slower, nor stops, because
    of it. `available` is False on a machine without voices (and until the service answered).
    """

    _service_answered = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_text = ""
        self._speech: QTextToSpeech | None = None
        self._started = False
        self._waiting = False  # for the speech service to answer
        self._pending = ""  # said once it has
        self._language = ""
        self._engine = ""
        self._service_answered.connect(self._on_service_answered)

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
        self._engine = os.environ.get("KIOSK_TTS_ENGINE") or "speechd"
        if self._engine not in engines:
            return
        if self._engine != "speechd":
            self._create()
            return
        self._waiting = True
        threading.Thread(target=self._ask_service, name="kiosk-speech-probe", daemon=True).start()

    def _ask_service(self) -> None:
        """On the worker thread: the answer goes back to the UI thread as a signal."""
        answered = speechd_answers()
        try:
            self._service_answered.emit(answered)
        except RuntimeError:  # the shell closed meanwhile
            pass

    def _create(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._speech = QTextToSpeech(self._engine, self)
        if self._language:
            self.set_language(self._language)

    def _on_service_answered(self, answered: bool) -> None:
        self._waiting = False
        if not answered:
            log.warning("the speech service did not answer: nothing will be read aloud")
            return
        self._create()
        pending, self._pending = self._pending, ""
        if pending:
            self.say(pending)

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
        if self._waiting:
            self.last_text = self._pending = text  # the latest request wins
            return
        if self._speech is None:
            return
        self.last_text = text
        self._speech.stop()
        self._speech.say(text)

    def stop(self) -> None:
        self._pending = ""
        if self._speech is not None:
            self._speech.stop()
