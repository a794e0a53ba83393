"""Downloads go into the session's tray, checked by content and capped in size.

The file is written under the session workspace with a neutral name, typed by its content
once complete, then moved into the tray — or deleted, with the reason kept for the person.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile

from kiosk.artifacts import ArtifactError, ArtifactRegistry, Origin, clean_name
from kiosk.documents.sniff import sniff

_State = QWebEngineDownloadRequest.DownloadState


@dataclass(frozen=True)
class DownloadResult:
    name: str
    saved: bool
    reason: str | None  # a refusal code when not saved


class DownloadHandler(QObject):
    def __init__(
        self,
        profile: QWebEngineProfile,
        tray: ArtifactRegistry,
        folder: Path,
        max_bytes: int,
        on_result: Callable[[DownloadResult], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._folder = folder
        self._max = max_bytes
        self._on_result = on_result
        self._ids = itertools.count(1)
        self._active: list[QWebEngineDownloadRequest] = []
        profile.downloadRequested.connect(self._on_profile_download_requested)

    def _on_profile_download_requested(self, request: QWebEngineDownloadRequest) -> None:
        name = clean_name(request.downloadFileName() or "document")
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
        if request.state() != _State.DownloadCompleted:
            path.unlink(missing_ok=True)
            reason = "too_large" if request.property("kioskTooLarge") else "interrupted"
            self._on_result(DownloadResult(name, False, reason))
            return
        verdict = sniff(path, name, self._max)
        if not verdict.allowed:
            size = path.stat().st_size if path.exists() else 0
            path.unlink(missing_ok=True)
            self._tray.add_refusal(Origin.DOWNLOAD, name, verdict.mime, size,
                                   verdict.reason or "unknown_type")
            self._on_result(DownloadResult(name, False, verdict.reason))
            return
        shown = name if Path(name).suffix else name + verdict.extension
        try:
            self._tray.add_file(path, Origin.DOWNLOAD, shown, verdict.mime, move=True)
        except ArtifactError:
            path.unlink(missing_ok=True)
            self._on_result(DownloadResult(name, False, "not_stored"))
            return
        self._on_result(DownloadResult(shown, True, None))

    def cancel_all(self) -> None:
        for request in list(self._active):
            request.cancel()
        self._active.clear()
