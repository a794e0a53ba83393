"""Turns the core's plain callbacks into Qt signals for the widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.artifacts import Artifact
from kiosk.session import SessionManager, StateChanged


class SessionBridge(QObject):
    state_changed = Signal(object)  # StateChanged
    tray_changed = Signal(list)  # list[Artifact]

    def __init__(self, sessions: SessionManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sessions.subscribe(self._on_sessions_changed)

    def _on_sessions_changed(self, event: StateChanged) -> None:
        self.state_changed.emit(event)

    def on_tray_changed(self, items: list[Artifact]) -> None:
        self.tray_changed.emit(items)
