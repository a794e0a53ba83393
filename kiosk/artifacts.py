"""The session's document tray: every file that enters a session, with where it came from.

Later capabilities (browser downloads, scans, USB files) add artifacts here; the tray is
cleared and its files erased with the session's workspace at scrub.
"""

from __future__ import annotations

import itertools
import shutil
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from kiosk.clock import Clock


class Origin(StrEnum):
    DOWNLOAD = "download"
    SCAN = "scan"
    USB = "usb"
    WEB_PRINT = "web_print"
    SAFE = "safe"


class Verdict(StrEnum):
    CLEAN = "clean"
    SANITIZED = "sanitized"
    BLOCKED = "blocked"


class ArtifactError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Artifact:
    id: int
    origin: Origin
    display_name: str
    mime: str
    size: int
    verdict: Verdict
    reason: str | None  # a code for BLOCKED ("executable", "too_large" …), never prose
    path: Path | None  # None for a blocked file: it was never kept
    added_at: datetime


def clean_name(name: str, limit: int = 120) -> str:
    """A name safe to show: no control, format (bidi override) or separator characters."""
    kept = "".join(
        ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
    )
    kept = kept.replace("/", "_").replace("\\", "_").strip().lstrip(".")
    return (kept or "document")[:limit]


Listener = Callable[[list[Artifact]], None]


class ArtifactRegistry:
    """The artifacts of one session; files are kept under `<workspace>/tray`.

    Safe to use from several threads (a download or a stick's file is admitted on a worker
    thread while the screens read the tray): the items are behind a lock, and listeners are
    called outside it, from the thread that made the change.
    """

    def __init__(self, tray_dir: Path, clock: Clock) -> None:
        self._dir = tray_dir
        self._clock = clock
        self._lock = threading.Lock()
        self._items: dict[int, Artifact] = {}
        self._ids = itertools.count(1)
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        items = self.items()
        for listener in list(self._listeners):
            listener(items)

    def items(self) -> list[Artifact]:
        with self._lock:
            return sorted(self._items.values(), key=lambda a: a.id)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def get(self, artifact_id: int) -> Artifact:
        with self._lock:
            found = self._items.get(artifact_id)
        if found is None:
            raise ArtifactError("artifact_unknown")
        return found

    def add_file(
        self,
        source: Path,
        origin: Origin,
        name: str,
        mime: str,
        verdict: Verdict = Verdict.CLEAN,
        move: bool = False,
    ) -> Artifact:
        """Bring a file into the tray (copied, or moved when it is already ours)."""
        if verdict is Verdict.BLOCKED:
            raise ArtifactError("blocked_file_not_kept")
        with self._lock:
            artifact_id = next(self._ids)
        shown = clean_name(name)
        # Stored under its own name, so a web upload or a copy keeps the name people know.
        folder = self._dir / f"{artifact_id:04d}"
        target = folder / shown
        try:
            folder.mkdir(mode=0o700, parents=True)
            if move:
                shutil.move(source, target)
            else:
                shutil.copyfile(source, target)
            target.chmod(0o600)
            size = target.stat().st_size
        except OSError as exc:
            raise ArtifactError("artifact_not_stored") from exc
        artifact = Artifact(
            artifact_id, origin, shown, mime, size, verdict, None, target, self._clock.now(),
        )
        with self._lock:
            self._items[artifact_id] = artifact
        self._changed()
        return artifact

    def add_refusal(self, origin: Origin, name: str, mime: str, size: int, reason: str) -> Artifact:
        """Record a refused file so the person sees why it is not in the tray."""
        with self._lock:
            artifact_id = next(self._ids)
        artifact = Artifact(
            artifact_id, origin, clean_name(name), mime, size, Verdict.BLOCKED, reason, None,
            self._clock.now(),
        )
        with self._lock:
            self._items[artifact.id] = artifact
        self._changed()
        return artifact

    def kept(self) -> list[Artifact]:
        """Artifacts with a file the person could keep (not the refusals)."""
        return [a for a in self.items() if a.path is not None]

    def remove(self, artifact_id: int) -> None:
        with self._lock:
            artifact = self._items.pop(artifact_id, None)
        if artifact and artifact.path:
            artifact.path.unlink(missing_ok=True)
            try:
                artifact.path.parent.rmdir()
            except OSError:
                pass
        self._changed()

    def clear(self) -> None:
        with self._lock:
            ids = list(self._items)
        for artifact_id in ids:
            self.remove(artifact_id)
