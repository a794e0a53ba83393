"""Turns the core's plain callbacks into Qt signals for the widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.artifacts import Artifact
from kiosk.help.model import HelpRequest
from kiosk.help.service import HelpService
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


class HelpBridge(QObject):
    """The help service's listeners run on network threads: this hands them to the UI's."""

    changed = Signal()

    def __init__(self, help_service: HelpService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        help_service.subscribe(self._on_help_changed)

    def _on_help_changed(self, _requests: list[HelpRequest]) -> None:
        self.changed.emit()  # queued to the UI thread when emitted from another one
