"""Reading a USB stick through the sandbox: the kiosk's side of `list_worker`.

Listing a stick (a mounted folder bound read-only, or a FAT image), taking a file out of a FAT
image and checking a copy (its type must still be what the listing said), or a web download
(`check`, for `kiosk.intake`), all run in one bubblewrap sandbox each: the walk, `sniff` and
pyfatfs never run in the kiosk. Every line the worker writes is checked (`stick_records`)
before it becomes the `Listing`, `Entry` or verdict the kiosk uses; a malformed answer, a
crash, a timeout or too much output makes the stick or file "unreadable". From a mounted
folder the kiosk copies the chosen file's bytes itself (`stick.copy_from_folder`: descriptors,
no link followed, nothing parsed). Without a working sandbox nothing is listed, taken or
checked ("sandbox_unavailable").
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.documents.stick import (
    MB,
    Caps,
    Entry,
    Listing,
    Progress,
    SourceKind,
    StickError,
    check_copyable,
    copy_from_folder,
    source_kind,
)
from kiosk.sandbox.bwrap import (
    Bind,
    Bubblewrap,
    Cancel,
    SandboxError,
    SandboxResult,
    Sink,
    default_sandbox,
    python_runtime,
)
from kiosk.sandbox.stick_records import (
    FileVerdict,
    ListingParser,
    Malformed,
    decode_line,
    parse_error,
    parse_file,
)

log = logging.getLogger(__name__)

WORKER = Path(__file__).with_name("list_worker.py")
STARTUP_S = 15.0  # on top of the caps' time budget: the sandbox and Python starting
MEMORY_MB = 1024
# Listing a FAT image writes, for each file, a sparse probe as long as the file (FAT's largest
# is 4 GiB) holding only what `sniff` reads; an extracted file is capped by the caps instead.
PROBE_SIZE_MB = 4097


@dataclass(frozen=True)
class Copied:
    """A file taken from the stick: the copy, and its type as the sandbox checked it."""

    path: Path
    kind: str
    mime: str
    size: int


@dataclass(frozen=True)
class _Call:
    """How the worker reaches the source: its SOURCE argument and what the sandbox binds."""

    spec: str
    inputs: dict[str, Path] = field(default_factory=dict)
    ro_binds: tuple[Bind, ...] = ()
    pass_fds: tuple[int, ...] = ()


class StickReader:
    """Lists sticks and takes files from them through the sandbox `box` (by default, the one
    on PATH). `worker` replaces list_worker.py (tests point it at a misbehaving one)."""

    def __init__(self, box: Bubblewrap | None = None, caps: Caps | None = None,
                 worker: Path = WORKER, startup_s: float = STARTUP_S) -> None:
        self._box = box
        self.caps = caps = caps or Caps()
        self._worker = worker
        self._startup_s = startup_s
        self._caps_json = json.dumps(dataclasses.asdict(caps))

    @property
    def box(self) -> Bubblewrap:
        return self._box or default_sandbox()

    def available(self) -> bool:
        return self.box.probe().available

    def listing(self, source: Path, progress: Progress | None = None,
                cancel: Cancel | None = None) -> Listing:
        """Every entry of the folder or FAT image `source`, each with its verdict; a cancel
        gives the entries read so far. Raises StickError: sandbox_unavailable, not_a_stick
        (neither a folder nor a FAT image) or unreadable."""
        kind = source_kind(source)
        if kind is None:
            raise StickError("not_a_stick")
        self._require_sandbox()
        parser = ListingParser(self.caps, progress)
        started = time.monotonic()
        try:
            with self._reach(source, kind) as call, _scratch() as out:
                done = self._run(["list", call.spec, self._caps_json], call, out,
                                 on_stdout=parser.feed, cancel=cancel,
                                 file_size_mb=PROBE_SIZE_MB)
        except Malformed:
            raise self._refused("unreadable", "malformed output") from None
        except SandboxError as error:
            if error.code == "cancelled":
                return parser.listing(cancelled=True)
            code = _sandbox_code(error)
            raise self._refused("unreadable" if code == "too_large" else code,
                                error.code) from None
        if parser.error is not None:
            code = parser.error if parser.error == "not_a_stick" else "unreadable"
            raise self._refused(code, "refused")
        try:
            if done.returncode != 0:
                raise Malformed("exit status")
            listing = parser.listing()
        except Malformed:
            raise self._refused("unreadable", f"status {done.returncode}") from None
        log.info("stick listed in the sandbox: %d entries in %.2f s", len(listing.entries),
                 time.monotonic() - started)
        return listing

    def copy_out(self, source: Path, entry: Entry, dest: Path) -> Copied:
        """Copy the "ready" file `entry` of `source` to the new file `dest`, then have the
        sandbox type the copy: it must still be what the listing said.

        Raises StickError: not_ready, too_large, sandbox_unavailable, unreadable or changed;
        OSError when `dest` cannot be created.
        """
        check_copyable(entry, self.caps)
        kind = source_kind(source)
        if kind is None:
            raise StickError("unreadable")
        self._require_sandbox()
        if kind == "folder":
            copy_from_folder(source, entry.path, dest, self.caps.file_size)
        else:
            os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
                             | os.O_CLOEXEC, 0o600))
        try:
            if kind == "folder":
                found = self._check(dest, entry.path[-1])
            else:
                found = self._extract(source, kind, entry.path, dest)
            if (found.verdict != "ready" or found.kind is None or found.kind != entry.kind
                    or found.mime is None):
                raise StickError("changed")
        except BaseException:
            dest.unlink(missing_ok=True)
            raise
        return Copied(dest, found.kind, found.mime, found.size)

    def check(self, copy: Path, name: str, cancel: Cancel | None = None) -> FileVerdict:
        """The sandbox's verdict on `copy`, a file of the session's own (a download) offered
        as `name`: "ready" with its kind and MIME type, or "refused" with the reason.

        Raises StickError: sandbox_unavailable or unreadable (a cancel too).
        """
        self._require_sandbox()
        return self._check(copy, name, cancel)

    def _check(self, copy: Path, name: str, cancel: Cancel | None = None) -> FileVerdict:
        """The sandbox's verdict on the copy `copy` of a file named `name`."""
        call = _Call("", inputs={"file": copy})
        with _scratch() as out:
            found = self._answer(["check", "/in/file", name, self._caps_json], call, out,
                                 cancel)
        if found.size != os.lstat(copy).st_size:
            raise self._refused("unreadable", "size")
        return found

    def _extract(self, source: Path, kind: SourceKind, path: tuple[str, ...],
                 dest: Path) -> FileVerdict:
        """The file at `path` of the FAT image `source`, taken out in the sandbox and moved to
        `dest`; and the sandbox's verdict on it."""
        out = Path(tempfile.mkdtemp(prefix=".stick-", dir=dest.parent))
        try:
            with self._reach(source, kind) as call:
                found = self._answer(["extract", call.spec, json.dumps(list(path)),
                                      self._caps_json], call, out)
            copy = out / "file"
            info = os.lstat(copy)
            if (not stat.S_ISREG(info.st_mode) or info.st_nlink != 1
                    or info.st_size != found.size or info.st_size > self.caps.file_size):
                raise self._refused("unreadable", "extracted file")
            os.chmod(copy, 0o600)
            os.replace(copy, dest)
        except OSError:
            raise self._refused("unreadable", "no extracted file") from None
        finally:
            shutil.rmtree(out, ignore_errors=True)
        return found

    def _answer(self, args: list[str], call: _Call, out: Path,
                cancel: Cancel | None = None) -> FileVerdict:
        """The one "file" record a check or an extraction answers with."""
        try:
            done = self._run(args, call, out, cancel=cancel)
        except SandboxError as error:
            raise self._refused(_sandbox_code(error), error.code) from None
        lines = done.stdout.split(b"\n")
        try:
            if len(lines) != 2 or lines[1]:
                raise Malformed("not one line")
            record = decode_line(lines[0])
            if record["t"] == "error":
                code = parse_error(record)
                raise self._refused(code if code != "not_a_stick" else "unreadable", "refused")
            if record["t"] != "file" or done.returncode != 0:
                raise Malformed("not a file record")
            return parse_file(record, self.caps)
        except Malformed:
            raise self._refused("unreadable", f"status {done.returncode}") from None

    def _run(self, args: list[str], call: _Call, out: Path, on_stdout: Sink | None = None,
             cancel: Cancel | None = None, file_size_mb: int | None = None) -> SandboxResult:
        runtime = python_runtime(("kiosk", "pyfatfs"))
        seconds = self.caps.seconds + self._startup_s
        return self.box.run(
            [*runtime.argv, "/worker/list_worker.py", runtime.site, *args],
            inputs=call.inputs, output_dir=out, memory_mb=MEMORY_MB, cpu_s=int(seconds),
            timeout_s=seconds, file_size_mb=file_size_mb or self.caps.file_size // MB + 1,
            ro_binds=[*runtime.binds, (self._worker, "/worker/list_worker.py"), *call.ro_binds],
            cancel=cancel, on_stdout=on_stdout, pass_fds=call.pass_fds)

    @contextmanager
    def _reach(self, source: Path, kind: SourceKind) -> Iterator[_Call]:
        """A folder is bound read-only at /stick and an image at /in/image; a device, which
        cannot be bound, is handed over as a descriptor open for reading only."""
        if kind == "folder":
            yield _Call("folder:/stick", ro_binds=((source, "/stick"),))
        elif kind == "image":
            yield _Call("fat:/in/image", inputs={"image": source})
        else:
            try:
                fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
            except OSError:
                raise StickError("unreadable") from None
            try:
                yield _Call(f"fd:{fd}", pass_fds=(fd,))
            finally:
                os.close(fd)

    def _require_sandbox(self) -> None:
        if not self.available():
            raise self._refused("sandbox_unavailable", "probe")

    @staticmethod
    def _refused(code: str, why: str) -> StickError:
        log.warning("stick refused: %s (%s)", code, why)  # never a name from the stick
        return StickError(code)


@contextmanager
def _scratch() -> Iterator[Path]:
    """An empty output folder for a worker that writes nothing."""
    with tempfile.TemporaryDirectory(prefix="kiosk-stick-") as folder:
        yield Path(folder)


def _sandbox_code(error: SandboxError) -> str:
    if error.code in ("unavailable", "failed"):
        return "sandbox_unavailable"
    if error.code == "limit" and error.detail == "file_size":
        return "too_large"
    return "unreadable"  # a timeout, the CPU or memory limit: the stick is not readable here

