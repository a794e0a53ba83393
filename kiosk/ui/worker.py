"""Run a blocking core call on a thread and hear about it on the UI thread.

The core's long calls (scanning, building a PDF, talking to CUPS) block; the screens start
them here and get ``done``, ``failed`` and ``progress`` as queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    """One call on a background thread; signals arrive on the thread that owns the task."""

    done = Signal(object)  # the call's result
    failed = Signal(object)  # the exception it raised
    progress = Signal(object)  # whatever the call reports through ``report``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def report(self, value: object) -> None:
        """For the call to hand progress to the UI (thread-safe)."""
        self._tell(self.progress, value)

    @staticmethod
    def _tell(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the screen that started the task is gone: nobody to tell
            pass

    def start(self, call: Callable[[], Any]) -> None:
        if self.running:
            raise RuntimeError("a task is already running")

        def work() -> None:
            try:
                result = call()
            except Exception as exc:  # noqa: BLE001 - every failure goes to the screen
                if not isinstance(exc, _EXPECTED):
                    log.exception("background task failed")
                self._tell(self.failed, exc)
            else:
                self._tell(self.done, result)

        self._thread = threading.Thread(target=work, name="kiosk-task", daemon=True)
        self._thread.start()

    def wait(self, timeout_s: float = 5.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout_s)


def run_task(
    parent: QObject,
    call: Callable[[], Any],
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Any], None] | None = None,
) -> Task:
    """Start ``call`` on a new task owned by ``parent``; its result or error comes back to
    ``done`` or ``failed`` on ``parent``'s thread. Keep the task while it runs."""
    task = Task(parent)
    if done is not None:
        task.done.connect(done)
    if failed is not None:
        task.failed.connect(failed)
    task.start(call)
    return task


def _expected() -> tuple[type[Exception], ...]:
    from kiosk.devices.printer import PrintError
    from kiosk.devices.scanner import ScanError
    from kiosk.intake import IntakeRefused
    from kiosk.printing import PrintRefused
    from kiosk.scanning import ScanRefused
    from kiosk.usb import TakeRefused

    return (ScanError, ScanRefused, PrintError, PrintRefused, IntakeRefused, TakeRefused)


_EXPECTED = _expected()
