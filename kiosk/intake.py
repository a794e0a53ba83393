"""Bringing an untrusted file into the session's tray: the one way in for a web download and
for a file taken from a USB stick, once it is in the session workspace.

The sandbox types the file (`StickReader.check`: the worker's `check`, every answer checked),
clamd scans it when it runs, the sandbox rebuilds it (`kiosk.sandbox.rebuild`), and the clean
copy goes into the tray as SANITIZED. A refusal goes into the tray too, with its reason code,
so the person sees why; the raw file is deleted whatever happens. Nothing here parses the file.
Every call blocks (sandboxes run): the UI runs them off its thread.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.artifacts import Artifact, ArtifactError, ArtifactRegistry, Origin, Verdict
from kiosk.audit import AuditKind, AuditSink

if TYPE_CHECKING:
    from kiosk.documents.antivirus import ClamdScanner
    from kiosk.sandbox.bwrap import Cancel
    from kiosk.sandbox.stick_reader import Copied, StickReader

log = logging.getLogger(__name__)

OCTET = "application/octet-stream"


class IntakeRefused(Exception):
    """``code``: a type refusal of the check (executable, script, shortcut, archive, encrypted,
    macro, mismatch, unknown_type, empty, too_large …), sandbox_unavailable, unreadable, virus,
    a rebuild refusal (too_large, too_many_pages, office_unsupported, timeout), not_stored, or
    cancelled (the only one not shown in the tray)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Intake:
    """Checks, scans and rebuilds files for the tray. `reader` is the sandbox's way in (its
    `box` also runs the rebuild); `antivirus` is optional and never relied on alone."""

    def __init__(self, audit: AuditSink, reader: StickReader | None = None,
                 antivirus: ClamdScanner | None = None) -> None:
        if reader is None:
            from kiosk.sandbox.stick_reader import StickReader

            reader = StickReader()
        self.reader = reader
        self._antivirus = antivirus
        self._audit = audit

    def admit(self, raw: Path, name: str, origin: Origin, tray: ArtifactRegistry, *,
              typed: Copied | None = None, cancel: Cancel | None = None) -> Artifact:
        """The rebuilt copy of `raw` (offered as `name`), added to `tray` as SANITIZED.

        `typed` is the sandbox's word on `raw` when it was already checked (a stick's copy);
        without it, the sandbox checks it here. Raises IntakeRefused, after adding the refusal
        to the tray (except when cancelled). `raw` is deleted in every case.
        """
        try:
            if cancel is not None and cancel.is_set():
                raise IntakeRefused("cancelled")
            if typed is None:
                typed = self._check(raw, name, origin, tray, cancel)
            return self._rebuilt(typed, name, origin, tray, cancel)
        finally:
            raw.unlink(missing_ok=True)

    def _check(self, raw: Path, name: str, origin: Origin, tray: ArtifactRegistry,
               cancel: Cancel | None) -> Copied:
        """The type of `raw` as the sandbox tells it; a refusal goes into the tray."""
        from kiosk.documents.stick import StickError
        from kiosk.sandbox.stick_reader import Copied

        try:
            found = self.reader.check(raw, name, cancel)
        except StickError as error:
            code = "cancelled" if cancel is not None and cancel.is_set() else error.code
            raise self._refused(code, raw, name, origin, tray, OCTET) from None
        except OSError:
            raise self._refused("not_stored", raw, name, origin, tray, OCTET) from None
        if found.verdict != "ready" or found.kind is None or found.mime is None:
            raise self._refused(found.reason or "unreadable", raw, name, origin, tray,
                                found.mime or OCTET)
        return Copied(raw, found.kind, found.mime, found.size)

    def _rebuilt(self, typed: Copied, name: str, origin: Origin, tray: ArtifactRegistry,
                 cancel: Cancel | None) -> Artifact:
        """Scanned, rebuilt in the sandbox, and the clean copy moved into the tray."""
        from kiosk.sandbox.rebuild import RebuildRefused, rebuild

        def refused(code: str) -> IntakeRefused:
            return self._refused(code, typed.path, name, origin, tray, typed.mime)

        if self._found_by_antivirus(typed.path):
            raise refused("virus")
        try:
            out = Path(tempfile.mkdtemp(prefix=".rebuilt-", dir=typed.path.parent))
        except OSError:
            raise refused("not_stored") from None
        try:
            try:
                rebuilt = rebuild(typed.path, typed.kind, out, sandbox=self.reader.box,
                                  cancel=cancel)
            except RebuildRefused as refusal:
                raise refused(refusal.code) from None
            except OSError:
                raise refused("not_stored") from None
            if cancel is not None and cancel.is_set():  # the session is ending
                raise IntakeRefused("cancelled")
            try:
                return tray.add_file(rebuilt.path, origin, renamed(name, rebuilt.path.suffix),
                                     rebuilt.mime, Verdict.SANITIZED, move=True)
            except ArtifactError:
                raise refused("not_stored") from None
        finally:
            shutil.rmtree(out, ignore_errors=True)

    def _found_by_antivirus(self, path: Path) -> bool:
        """ClamAV's opinion when clamd runs; never relied on alone (the rebuild follows)."""
        if self._antivirus is None or not self._antivirus.available():
            return False
        try:
            found = self._antivirus.scan(path)
        except OSError as error:
            log.warning("antivirus scan skipped: %s", type(error).__name__)
            return False
        if found is not None:
            self._audit.record(AuditKind.VIRUS_FOUND, signature=found[:80])
            return True
        return False

    @staticmethod
    def _refused(code: str, raw: Path, name: str, origin: Origin, tray: ArtifactRegistry,
                 mime: str) -> IntakeRefused:
        """The refusal, recorded in the tray unless the session is ending."""
        log.info("file refused: origin=%s code=%s", origin.value, code)  # never its name
        if code != "cancelled":
            tray.add_refusal(origin, name, mime, _size(raw), code)
        return IntakeRefused(code)


def renamed(name: str, suffix: str) -> str:
    """The name people know, with the extension of what the rebuild made (photo.png → .jpg)."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}{suffix}" if suffix else name


def _size(path: Path) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0
