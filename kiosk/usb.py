"""USB sticks for a session: what is plugged in, opening one read-only, listing it with a
verdict per file, taking a file (copied once, checked by content, rebuilt in the sandbox, put
in the tray), ejecting, and the alert for a device that is more than a stick.

The device side is a port (`kiosk.devices.usb`). Nothing on the stick is parsed here: the
listing and its verdicts (`kiosk.documents.stick`) and the check of a copied file run in
bubblewrap through `kiosk.sandbox.stick_reader`, which checks every answer; the copy then goes
the way a web download goes (`kiosk.intake`: antivirus, rebuild in the sandbox, tray). Without
a working sandbox a stick is not listed. Calls that touch the stick block: the UI runs them off
its thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.artifacts import Artifact, ArtifactRegistry, Origin
from kiosk.audit import AuditKind, AuditSink
from kiosk.devices.usb import Refusal, StickEvent, StickInfo, Sticks, UsbError, UsbProblem
from kiosk.intake import Intake, IntakeRefused
from kiosk.scrub import Scrubber, ScrubContext

if TYPE_CHECKING:
    from kiosk.documents.antivirus import ClamdScanner
    from kiosk.documents.stick import Entry, Listing
    from kiosk.help.service import HelpService
    from kiosk.sandbox.stick_reader import StickReader

log = logging.getLogger(__name__)

Listener = Callable[[StickEvent, StickInfo | Refusal], None]


class TakeRefused(Exception):
    """A stick that could not be listed, or a chosen file that could not be made ready;
    ``code`` as in the listing's reasons, or sandbox_unavailable, changed, office_unsupported,
    too_much (the session's total), copy_failed."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class UsbService:
    def __init__(
        self,
        sticks: Sticks | None,
        audit: AuditSink,
        help_service: HelpService | None = None,
        session_cap_bytes: int = 500 * 1024 * 1024,
        antivirus: ClamdScanner | None = None,
        reader: StickReader | None = None,
        intake: Intake | None = None,
    ) -> None:
        """`intake` (shared with the browser's downloads) holds the reader and the antivirus;
        without one, it is made from `reader` and `antivirus`."""
        self._sticks = sticks
        self._intake = intake or Intake(audit, reader, antivirus)
        self._audit = audit
        self._help = help_service
        self._cap = session_cap_bytes
        self._taken = 0
        self._opened: dict[str, Path] = {}
        self._present: dict[str, StickInfo] = {}  # from the events: no D-Bus round trip
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def register(self, scrubber: Scrubber) -> None:
        scrubber.add_step("usb", self._scrub, before="tray")
        scrubber.add_trace("usb_mounts", self._mounts_left)

    @property
    def available(self) -> bool:
        return self._sticks is not None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        if self._sticks is not None:
            try:
                self._sticks.start(self._on_event)
            except UsbError as error:
                log.warning("USB sticks cannot be watched: %s", error.code)

    def stop(self) -> None:
        if self._sticks is not None:
            self._sticks.stop()

    def _on_event(self, event: StickEvent, what: StickInfo | Refusal) -> None:
        if event is StickEvent.REFUSED and isinstance(what, Refusal):
            # Storage with a keyboard, network or radio: never mounted, and a mediator is told.
            self._audit.record(AuditKind.DEVICE_REFUSED, reason=what.reason.value,
                               interfaces=",".join(what.interfaces))
            if self._help is not None:
                from kiosk.help.model import Topic

                self._help.call(Topic.USB)
        with self._lock:
            if event is StickEvent.INSERTED and isinstance(what, StickInfo):
                self._present[what.key] = what
            elif event is not StickEvent.INSERTED:
                self._present.pop(what.key, None)
            if event is StickEvent.REMOVED:
                self._opened.pop(what.key, None)
        for listener in list(self._listeners):
            listener(event, what)

    def present(self) -> list[StickInfo]:
        """The sticks plugged in now, as the events told (cheap: the UI thread may ask)."""
        with self._lock:
            return list(self._present.values())

    def open(self, key: str) -> Path:
        if self._sticks is None:
            raise UsbError(UsbProblem.UNAVAILABLE, key)
        root = self._sticks.open(key)
        with self._lock:
            self._opened[key] = root
        self._audit.record(AuditKind.USB_OPENED)
        return root

    @property
    def reader(self) -> StickReader:
        return self._intake.reader

    def listing(self, root: Path, cancel: threading.Event | None = None,
                progress: Callable[[int], None] | None = None) -> Listing:
        """Every entry of an opened stick, each with its verdict (caps reported in it), read in
        the sandbox; ``progress`` hears the count of entries read so far, from the reading
        thread. Raises TakeRefused: sandbox_unavailable, unreadable."""
        from kiosk.documents.stick import StickError

        try:
            return self.reader.listing(root, progress=progress, cancel=cancel)
        except StickError as error:
            raise TakeRefused(error.code) from error

    def take(self, root: Path, entry: Entry, workspace: Path, tray: ArtifactRegistry) -> Artifact:
        """Copy the file once into the session, have the sandbox check the copy's type, then
        scan, rebuild and tray it as a download is (`Intake.admit`). Raises TakeRefused (once
        the copy is checked, the tray shows the refusal too)."""
        from kiosk.documents.stick import StickError

        if self._taken + entry.size > self._cap:
            raise TakeRefused("too_much")
        incoming = workspace / "usb"
        incoming.mkdir(mode=0o700, parents=True, exist_ok=True)
        copy = incoming / f"in-{len(tray) + 1:04d}"
        try:
            # The copy decides, not the stick: one changed since the listing is refused.
            copied = self.reader.copy_out(root, entry, copy)
        except StickError as error:
            copy.unlink(missing_ok=True)
            raise TakeRefused(error.code) from error
        except OSError as exc:
            copy.unlink(missing_ok=True)
            raise TakeRefused("copy_failed") from exc
        self._taken += entry.size
        try:
            artifact = self._intake.admit(copy, entry.display_name, Origin.USB, tray,
                                          typed=copied)
        except IntakeRefused as refused:
            code = "copy_failed" if refused.code == "not_stored" else refused.code
            raise TakeRefused(code) from refused
        self._audit.record(AuditKind.USB_FILE_TAKEN, kind=copied.kind)
        return artifact

    def write(self, key: str, source: Path, name: str) -> str:
        """Copy a file onto the stick — the one write, done only after the person confirmed.
        Returns the name written (a free one: nothing on the stick is ever replaced)."""
        if self._sticks is None:
            raise UsbError(UsbProblem.UNAVAILABLE, key)
        written = self._sticks.write_file(key, source, name)
        self._audit.record(AuditKind.USB_FILE_WRITTEN)
        with self._lock:
            was_open = key in self._opened
        if was_open:  # mounted read-only again, maybe elsewhere: ask where
            try:
                root = self._sticks.open(key)
            except UsbError:
                with self._lock:
                    self._opened.pop(key, None)
            else:
                with self._lock:
                    self._opened[key] = root
        return written

    def eject(self, key: str) -> None:
        if self._sticks is None:
            raise UsbError(UsbProblem.UNAVAILABLE, key)
        self._sticks.eject(key)
        with self._lock:
            self._opened.pop(key, None)
            self._present.pop(key, None)

    def _scrub(self, _ctx: ScrubContext) -> None:
        self._taken = 0
        with self._lock:
            keys = list(self._opened)
        failed = False
        for key in keys:
            try:
                self.eject(key)
            except UsbError as error:
                if error.code is UsbProblem.GONE:
                    with self._lock:
                        self._opened.pop(key, None)
                else:
                    failed = True
        if failed:
            raise RuntimeError("a USB stick could not be released")

    def _mounts_left(self, _ctx: ScrubContext) -> int:
        with self._lock:
            return len(self._opened)

