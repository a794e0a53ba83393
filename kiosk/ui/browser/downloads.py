"""Downloads go into the session's tray the way a file from a USB stick does: capped in size
while they arrive, then checked, scanned and rebuilt in the sandbox (`kiosk.intake`).

The file is written under the session workspace with a neutral name. Once complete, it waits
its turn (one check at a time: a sandboxed rebuild is heavy for an old terminal) and is handed
to the intake on a background task, so the browser stays responsive; the person hears
"checking" at once and the outcome when it comes. Its type is decided in the sandbox, never
here.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile

from kiosk.artifacts import Artifact, ArtifactRegistry, Origin, clean_name
from kiosk.intake import Intake, IntakeRefused
from kiosk.ui.worker import Task, run_task

_State = QWebEngineDownloadRequest.DownloadState
STOP_WAIT_S = 10.0  # at the end of the session: how long a running check may take to stop


@dataclass(frozen=True)
class DownloadResult:
    name: str
    saved: bool
    reason: str | None  # a refusal code when not saved
    checking: bool = False  # complete, and being checked now: the outcome follows


@dataclass(frozen=True)
class _Arrived:
    """A complete download waiting for its check."""

    path: Path
    name: str


class DownloadHandler(QObject):
    def __init__(
        self,
        profile: QWebEngineProfile,
        tray: ArtifactRegistry,
        folder: Path,
        max_bytes: int,
        intake: Intake,
        on_result: Callable[[DownloadResult], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._folder = folder
        self._max = max_bytes
        self._intake = intake
        self._on_result = on_result
        self._ids = itertools.count(1)
        self._active: list[QWebEngineDownloadRequest] = []
        self._waiting: deque[_Arrived] = deque()
        self._checking: _Arrived | None = None
        self._task: Task | None = None
        self._cancel = threading.Event()
        profile.downloadRequested.connect(self._on_profile_download_requested)

    @property
    def busy(self) -> bool:
        """A download is being checked, or waits for its check."""
        return self._checking is not None or bool(self._waiting)

    def _on_profile_download_requested(self, request: QWebEngineDownloadRequest) -> None:
        name = clean_name(request.downloadFileName() or "document")
        if self._cancel.is_set():
            request.cancel()
            return
        if request.totalBytes() > self._max:
            request.cancel()
            self._on_result(DownloadResult(name, False, "too_large"))
            return
        self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        request.setDownloadDirectory(str(self._folder))
        request.setDownloadFileName(f"download-{next(self._ids):04d}.part")
        request.setProperty("kioskName", name)
        request.receivedBytesChanged.connect(lambda r=request: self._check_size(r))
        request.isFinishedChanged.connect(lambda r=request: self._on_request_finished(r))
        self._active.append(request)
        request.accept()

    def _check_size(self, request: QWebEngineDownloadRequest) -> None:
        if request.receivedBytes() > self._max and request.state() == _State.DownloadInProgress:
            request.setProperty("kioskTooLarge", True)
            request.cancel()

    def _on_request_finished(self, request: QWebEngineDownloadRequest) -> None:
        if request in self._active:
            self._active.remove(request)
        name = str(request.property("kioskName") or "document")
        path = Path(request.downloadDirectory()) / request.downloadFileName()
        if request.state() != _State.DownloadCompleted or self._cancel.is_set():
            path.unlink(missing_ok=True)
            if not self._cancel.is_set():
                reason = "too_large" if request.property("kioskTooLarge") else "interrupted"
                self._on_result(DownloadResult(name, False, reason))
            return
        self._waiting.append(_Arrived(path, name))
        self._on_result(DownloadResult(name, False, None, checking=True))
        self._check_next()

    def _check_next(self) -> None:
        """Hand the next complete download to the intake, on a background task."""
        if self._checking is not None or not self._waiting or self._cancel.is_set():
            return
        arrived = self._checking = self._waiting.popleft()
        intake, tray, cancel = self._intake, self._tray, self._cancel
        self._task = run_task(
            self,
            lambda: intake.admit(arrived.path, arrived.name, Origin.DOWNLOAD, tray,
                                 cancel=cancel),
            self._on_task_done, self._on_task_failed,
        )

    def _on_task_done(self, artifact: object) -> None:
        arrived, self._checking = self._checking, None
        if isinstance(artifact, Artifact) and not self._cancel.is_set():
            self._on_result(DownloadResult(artifact.display_name, True, None))
        elif arrived is not None and not self._cancel.is_set():
            self._on_result(DownloadResult(arrived.name, False, "not_stored"))
        self._check_next()

    def _on_task_failed(self, error: object) -> None:
        arrived, self._checking = self._checking, None
        if arrived is not None and not self._cancel.is_set():
            code = error.code if isinstance(error, IntakeRefused) else "not_stored"
            self._on_result(DownloadResult(arrived.name, False, code))
        self._check_next()

    def cancel_all(self) -> None:
        """At the end of the session: stop every download and check, and wait for the check
        that runs to stop, so nothing reaches the tray or the workspace after this."""
        self._cancel.set()
        for request in list(self._active):
            request.cancel()
        self._active.clear()
        while self._waiting:
            self._waiting.popleft().path.unlink(missing_ok=True)
        if self._task is not None:
            self._task.wait(STOP_WAIT_S)
