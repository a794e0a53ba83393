"""USB sticks made of folders, for tests and demo mode: insert and pull them by hand, record
calls, and script failures of open, eject and write."""

from __future__ import annotations

import itertools
import threading
from collections import deque
from pathlib import Path
from typing import Literal

from kiosk.devices.usb import (
    SUPPORTED_FILESYSTEMS,
    Refusal,
    RefusalReason,
    StickCallback,
    StickEvent,
    StickInfo,
    UsbError,
    UsbProblem,
    classify_interfaces,
    clean_label,
    interface_classes,
    source_file,
    stick_file_name,
    write_into,
)

Operation = Literal["open", "eject", "write"]


class FakeSticks:
    """Sticks backed by folders; refuses to exist unless ``allow_fake`` is given.

    open() returns the folder itself: a read-only view is the caller's job. eject() reports the
    stick REMOVED, as a real stick that powers off does. write_file() really copies into the
    folder, by the real adapter's rules (cleaned name, a free name, never overwriting), and
    records (key, source, name written) in ``written``. Events go to the callback on the thread
    that called insert/pull/eject.
    """

    def __init__(self, *, allow_fake: bool = False) -> None:
        if not allow_fake:
            raise RuntimeError("fake_sticks_outside_demo_or_test")
        self.calls: list[str] = []
        self.mounted: set[str] = set()
        self.written: list[tuple[str, Path, str]] = []
        self._folders: dict[str, Path] = {}
        self._present: dict[str, StickInfo] = {}
        self._refused: dict[str, Refusal] = {}
        self._failures: dict[Operation, deque[UsbProblem]] = {
            "open": deque(), "eject": deque(), "write": deque()
        }
        self._on_event: StickCallback | None = None
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    # -- scripting --------------------------------------------------------------------------

    def insert(
        self,
        folder: Path,
        label: str = "FAKE STICK",
        interfaces: str = ":080650:",
        *,
        fs_type: str = "vfat",
        size: int = 8 * 1024**3,
        vendor: str = "Kiosk",
        model: str = "Demo stick",
    ) -> str:
        """Plug in a stick showing ``folder``; returns its key. A composite device or an
        unsupported filesystem is REFUSED; a device without storage raises no event."""
        number = next(self._numbers)
        key = f"/devices/fake/usb1/1-{number}/block/sd{chr(ord('a') + (number - 1) % 26)}"
        accepted, reason = classify_interfaces(interfaces)
        if not accepted and reason is None:
            return key
        if accepted and fs_type not in SUPPORTED_FILESYSTEMS:
            reason = RefusalReason.UNSUPPORTED_FILESYSTEM
        if reason is not None:
            refusal = Refusal(key, interface_classes(interfaces) or (), reason)
            with self._lock:
                self._refused[key] = refusal
            self._emit(StickEvent.REFUSED, refusal)
            return key
        info = StickInfo(
            key, clean_label(label), size, fs_type, f"/dev/fake{number}", vendor, model
        )
        with self._lock:
            self._present[key] = info
            self._folders[key] = folder
        self._emit(StickEvent.INSERTED, info)
        return key

    def pull(self, key: str) -> None:
        """Pull the stick out, ejected or not: REMOVED (for refused devices too)."""
        with self._lock:
            gone: StickInfo | Refusal | None = self._present.pop(key, None)
            gone = gone or self._refused.pop(key, None)
            self._folders.pop(key, None)
            self.mounted.discard(key)
        if gone is not None:
            self._emit(StickEvent.REMOVED, gone)

    def fail_next(self, operation: Operation, code: UsbProblem) -> None:
        """Make the next open(), eject() or write_file() raise UsbError(code), e.g. eject with
        BUSY or write with READ_ONLY; a scripted write writes nothing."""
        self._failures[operation].append(code)

    # -- the port ---------------------------------------------------------------------------

    def start(self, on_event: StickCallback) -> None:
        self.calls.append("start")
        with self._lock:
            self._on_event = on_event
            already: list[StickInfo | Refusal] = [*self._present.values(), *self._refused.values()]
        for item in already:
            self._emit(StickEvent.INSERTED if isinstance(item, StickInfo) else StickEvent.REFUSED,
                       item)

    def stop(self) -> None:
        self.calls.append("stop")
        with self._lock:
            self._on_event = None

    def present(self) -> list[StickInfo]:
        with self._lock:
            return list(self._present.values())

    def open(self, key: str) -> Path:
        self.calls.append("open")
        self._fail_if_scripted("open", key)
        with self._lock:
            if key not in self._present:
                raise UsbError(UsbProblem.GONE, key)
            self.mounted.add(key)
            return self._folders[key]

    def eject(self, key: str) -> None:
        self.calls.append("eject")
        with self._lock:
            known = key in self._present
        if not known:
            raise UsbError(UsbProblem.GONE, key)
        self._fail_if_scripted("eject", key)
        self.pull(key)

    def write_file(self, key: str, source: Path, name: str) -> str:
        self.calls.append("write")
        with self._lock:
            folder = self._folders.get(key) if key in self._present else None
        if folder is None:
            raise UsbError(UsbProblem.GONE, key)
        self._fail_if_scripted("write", key)
        with source_file(source, key) as (fd, size):
            written = write_into(folder, fd, size, stick_file_name(name), key)
        self.written.append((key, source, written))
        return written

    def _fail_if_scripted(self, operation: Operation, key: str) -> None:
        if self._failures[operation]:
            raise UsbError(self._failures[operation].popleft(), key)

    def _emit(self, event: StickEvent, item: StickInfo | Refusal) -> None:
        with self._lock:
            callback = self._on_event
        if callback is not None:
            callback(event, item)
