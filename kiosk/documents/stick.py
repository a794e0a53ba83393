"""A USB stick's files with a verdict each, read from a mounted folder or from a FAT image.

The type comes from `sniff` on the content, and for a PDF, an image or an office document
libmagic must agree (`kiosk.documents.libmagic`); the name only has to agree with it. Nothing on the
stick is written or followed: a folder is walked through directory descriptors with O_NOFOLLOW,
and a FAT image is parsed in user space (pyfatfs, on a read-only descriptor), with every cluster
chain checked (in range, no loop, no cross-link, exact length) and a time budget; any exception
from pyfatfs makes the entry, or the whole image, "unreadable".

All of this is untrusted parsing: the kiosk runs it only inside the sandbox
(`kiosk.sandbox.list_worker`), whose answers `kiosk.sandbox.stick_reader` checks; the one thing
the kiosk itself does here is copy a file's bytes out of a mounted folder (`copy_from_folder`).
The functions stay importable so that tests can call them directly.

Dot-files, what Windows and macOS leave behind (and, in an image, entries with FAT's hidden or
system attribute) are "hidden". "ready" means the type is allowed: the file is copied
(`copy_out`) and rebuilt once chosen.
Reason codes (`REASON_CODES`): executable, script, shortcut, autorun, archive, svg, html,
encrypted, macro, mismatch, unknown_type, empty, too_large, unreadable, symlink, special, and the
caps too_deep, too_many and timeout, each reported once, as the entry where it was reached.
"""

from __future__ import annotations

import math
import os
import stat
import struct
import sys
import tempfile
import threading
import time
import unicodedata
import warnings
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from pyfatfs.PyFat import PyFat

from kiosk.documents import libmagic
from kiosk.documents.sniff import HEAD_SIZE, SCAN_CAP, TAIL_SIZE, sniff

MB = 1024 * 1024
Verdict = Literal["ready", "refused", "hidden"]
Progress = Callable[[int], None]
EntrySink = Callable[["Entry"], None]
VERDICTS: frozenset[str] = frozenset(("ready", "refused", "hidden"))

# Shown nowhere: what operating systems leave on a stick. autorun.inf is refused instead.
HIDDEN_NAMES = frozenset((
    "system volume information", "$recycle.bin", "recycler", "recycled", "thumbs.db",
    "desktop.ini", "ehthumbs.db", "found.000",
))
_REASONS = {"encrypted_document": "encrypted", "macro_document": "macro",
            "name_mismatch": "mismatch"}
_WEAK = frozenset(("unknown_type", "name_mismatch"))  # a cap on size wins over these
CAP_CODES = frozenset(("too_deep", "too_many", "timeout"))
REASON_CODES = CAP_CODES | frozenset((
    "executable", "script", "shortcut", "autorun", "archive", "svg", "html", "encrypted",
    "macro", "mismatch", "unknown_type", "empty", "too_large", "unreadable", "symlink",
    "special",
))
_IMAGES = frozenset(("png", "gif", "bmp", "jpeg"))
_PROC_FD = Path("/proc/self/fd")


_UNSHOWN = frozenset(("Cc", "Cf", "Cs", "Co", "Zl", "Zp"))  # controls, bidi, surrogates, …


def shown_name(name: str, limit: int = 120) -> str:
    """A name safe to show: `kiosk.artifacts.clean_name`'s rules, leading dots kept."""
    if name.isascii() and name.isprintable():  # nothing to take out: the common case
        kept = name
    else:
        kept = "".join(ch for ch in name if unicodedata.category(ch) not in _UNSHOWN)
    return kept.replace("/", "_").replace("\\", "_").strip()[:limit] or "?"


class StickError(Exception):
    """A stick, image or file that cannot be listed or copied; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Caps:
    """How much of a stick is looked at, and what one file may weigh."""

    entries: int = 20_000
    depth: int = 32
    file_size: int = 50 * MB
    total_size: int = 500 * MB  # of the files chosen in one session: `Listing.selection_refusal`
    seconds: float = 120.0  # for the whole listing; a slow USB 2 stick reads ~30 MB/s
    pixels: int = 100_000_000  # width x height of an image; more is a decompression bomb


@dataclass(frozen=True)
class Entry:
    """One file or folder of the stick; `path` holds its raw names, never shown as such."""

    path: tuple[str, ...]
    display_name: str
    size: int
    is_dir: bool
    verdict: Verdict
    reason: str | None
    kind: str | None
    mime: str | None

    @property
    def display_path(self) -> str:
        return "/".join(shown_name(part) for part in self.path)


@dataclass(frozen=True)
class Listing:
    """Everything listed, in walk order; `limits` holds the caps that were reached."""

    entries: tuple[Entry, ...]
    limits: tuple[str, ...]
    cancelled: bool
    caps: Caps = field(default_factory=Caps)

    def children(self, folder: tuple[str, ...] = ()) -> list[Entry]:
        """The entries directly inside `folder` (the root by default), hidden ones left out."""
        depth = len(folder) + 1
        return [e for e in self.entries if len(e.path) == depth and e.path[:-1] == folder
                and e.verdict != "hidden"]

    def files(self) -> list[Entry]:
        return [e for e in self.entries if not e.is_dir]

    def selection_refusal(self, chosen: Iterable[Entry], already: int = 0) -> str | None:
        """Why these files cannot be copied together (after `already` bytes), or None."""
        chosen = list(chosen)
        if any(e.verdict != "ready" or e.is_dir for e in chosen):
            return "not_ready"
        if already + sum(e.size for e in chosen) > self.caps.total_size:
            return "too_large_total"
        return None


class _Walk:
    """The bookkeeping both walks share: entries, caps, progress, cancellation, time."""

    def __init__(self, caps: Caps, progress: Progress | None,
                 cancel: threading.Event | None, on_entry: EntrySink | None = None) -> None:
        self.caps = caps
        self.entries: list[Entry] = []
        self.limits: list[str] = []
        self.cancelled = False
        self.stopped = False
        self.deadline = time.monotonic() + caps.seconds
        self.proc = _PROC_FD.is_dir()
        self._progress = progress
        self._cancel = cancel
        self._on_entry = on_entry

    def room(self, path: tuple[str, ...], is_dir: bool = False) -> bool:
        """Whether `path` may be listed; the first cap reached is recorded at `path`."""
        if self.stopped:
            return False
        if self._cancel is not None and self._cancel.is_set():
            self.cancelled = self.stopped = True
        elif len(self.entries) >= self.caps.entries:
            self.stop(path, "too_many", is_dir)
        elif time.monotonic() > self.deadline:
            self.stop(path, "timeout", is_dir)
        return not self.stopped

    def stop(self, path: tuple[str, ...], code: str, is_dir: bool = True) -> None:
        self.add(path, verdict="refused", reason=code, is_dir=is_dir)
        self.stopped = True

    def add(self, path: tuple[str, ...], *, verdict: Verdict, reason: str | None = None,
            size: int = 0, is_dir: bool = False, kind: str | None = None,
            mime: str | None = None) -> None:
        entry = Entry(path, shown_name(path[-1]), size, is_dir, verdict, reason, kind, mime)
        self.entries.append(entry)
        if self._on_entry is not None:
            self._on_entry(entry)
        if reason in CAP_CODES and reason not in self.limits:
            self.limits.append(reason)
        if self._progress is not None and len(self.entries) % 64 == 0:
            self._progress(len(self.entries))

    def listing(self) -> Listing:
        if self._progress is not None:
            self._progress(len(self.entries))
        return Listing(tuple(self.entries), tuple(self.limits), self.cancelled, self.caps)


def is_hidden_name(name: str) -> bool:
    """Dot-files and what Windows and macOS leave on a stick."""
    return name.startswith(".") or name.lower() in HIDDEN_NAMES


def _base(name: str) -> str:
    return name.rstrip(". ").lower()


def classify(path: Path, name: str, size: int, caps: Caps) -> tuple[
        Verdict, str | None, str | None, str | None]:
    """(verdict, reason, kind, mime) of the regular file at `path`, shown as `name`."""
    if _base(name) == "autorun.inf":
        return "refused", "autorun", "script", "text/plain"
    if size == 0:
        return "refused", "empty", None, None
    try:
        found = sniff(path, name)
    except OSError:
        return "refused", "unreadable", None, None
    reason = _REASONS.get(found.reason or "", found.reason)
    if not found.allowed and found.reason not in _WEAK:
        return "refused", reason, found.kind, found.mime
    if size > caps.file_size:
        return "refused", "too_large", found.kind, found.mime
    if not found.allowed:
        return "refused", reason, found.kind, found.mime
    if found.kind in _IMAGES and (_pixels(path, found.kind) or 0) > caps.pixels:
        return "refused", "too_large", found.kind, found.mime
    if found.kind in libmagic.SECOND_OPINION_KINDS:
        # A second, independent opinion: libmagic must agree, or the file is not vouched for.
        try:
            second = libmagic.mime_of(path)
        except (OSError, libmagic.LibmagicUnavailable):
            return "refused", "unreadable", found.kind, found.mime
        if not libmagic.agrees(found.kind, second):
            return "refused", "unknown_type", found.kind, found.mime
    return "ready", None, found.kind, found.mime


def _pixels(path: Path, kind: str) -> int | None:
    """Width x height from an image's header (no decoding), None when it cannot be told."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as file:
        head = file.read(HEAD_SIZE)
    try:
        if kind == "png":
            width, height = struct.unpack_from(">II", head, 16)
        elif kind == "gif":
            width, height = struct.unpack_from("<HH", head, 6)
        elif kind == "bmp":
            core = struct.unpack_from("<I", head, 14)[0] == 12
            width, height = struct.unpack_from("<HH" if core else "<ii", head, 18)
        else:
            return _jpeg_pixels(head)
    except struct.error:
        return None
    return abs(width) * abs(height)


def _jpeg_pixels(head: bytes) -> int | None:
    """Walk the JPEG segments in `head` to the first start-of-frame."""
    at = 2
    while at + 9 <= len(head):
        if head[at] != 0xFF:
            return None
        marker = head[at + 1]
        if marker == 0xFF:
            at += 1
        elif 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack_from(">HH", head, at + 5)
            return width * height
        elif marker == 0x01 or 0xD0 <= marker <= 0xD8:
            at += 2
        else:
            at += 2 + struct.unpack_from(">H", head, at + 2)[0]
    return None


# --- a mounted folder -------------------------------------------------------------------------

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def list_folder(root: Path, caps: Caps = Caps(), progress: Progress | None = None,
                cancel: threading.Event | None = None, on_entry: EntrySink | None = None
                ) -> Listing:
    """List the folder `root` (a mounted stick), each entry also given to `on_entry` as it is
    found; raises StickError("unreadable")."""
    try:
        fd = os.open(root, _DIR_FLAGS)
    except OSError:
        raise StickError("unreadable") from None
    walk = _Walk(caps, progress, cancel, on_entry)
    try:
        _walk_folder(walk, fd, (), root)
    finally:
        os.close(fd)
    return walk.listing()


def _fd_path(walk: _Walk, dir_fd: int, name: str, fallback: Path) -> Path:
    """A path that reaches `name` through the open directory, not through its parents."""
    return Path(f"/proc/self/fd/{dir_fd}", name) if walk.proc else fallback / name


def _walk_folder(walk: _Walk, dir_fd: int, prefix: tuple[str, ...], where: Path) -> None:
    try:
        with os.scandir(dir_fd) as scan:
            found = sorted(scan, key=lambda e: (e.name.casefold(), e.name))
    except OSError:
        if not prefix:
            raise StickError("unreadable") from None
        walk.add(prefix, verdict="refused", reason="unreadable", is_dir=True)
        return
    for item in found:
        path = prefix + (item.name,)
        if not walk.room(path):
            return
        try:
            info = item.stat(follow_symlinks=False)
        except OSError:
            walk.add(path, verdict="refused", reason="unreadable")
            continue
        mode = info.st_mode
        if stat.S_ISLNK(mode):
            walk.add(path, verdict="refused", reason="symlink")
        elif stat.S_ISDIR(mode):
            _enter_folder(walk, dir_fd, path, where / item.name)
        elif not stat.S_ISREG(mode):
            walk.add(path, verdict="refused", reason="special")
        elif is_hidden_name(item.name):
            walk.add(path, verdict="hidden", size=info.st_size)
        else:
            verdict, reason, kind, mime = classify(
                _fd_path(walk, dir_fd, item.name, where), item.name, info.st_size, walk.caps)
            walk.add(path, verdict=verdict, reason=reason, size=info.st_size, kind=kind,
                     mime=mime)


def _enter_folder(walk: _Walk, parent_fd: int, path: tuple[str, ...], where: Path) -> None:
    if is_hidden_name(path[-1]):
        walk.add(path, verdict="hidden", is_dir=True)
        return
    if len(path) >= walk.caps.depth:
        walk.add(path, verdict="refused", reason="too_deep", is_dir=True)
        return
    try:
        fd = os.open(path[-1], _DIR_FLAGS, dir_fd=parent_fd)
    except OSError:
        walk.add(path, verdict="refused", reason="unreadable", is_dir=True)
        return
    try:
        walk.add(path, verdict="ready", is_dir=True)
        _walk_folder(walk, fd, path, where)
    finally:
        os.close(fd)


def _open_in_folder(root: Path, path: tuple[str, ...]) -> int:
    """A descriptor on the regular file at `path`, no link followed on the way."""
    fd = os.open(root, _DIR_FLAGS)
    try:
        for part in path[:-1]:
            child = os.open(part, _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = child
        return os.open(path[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                       dir_fd=fd)
    finally:
        os.close(fd)


# --- reading FAT structures -------------------------------------------------------------------

_FAT_PARTITIONS = frozenset((0x01, 0x04, 0x06, 0x0B, 0x0C, 0x0E))  # MBR types of FAT partitions
_FAT_CAP = 16 * MB  # one FAT: 4 M clusters of FAT32, a 128 GB stick at 32 KiB per cluster
_DIR_CAP = 2 * MB  # a directory's bytes: 65,536 entries, the most FAT allows
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HIDDEN_ATTRS = 0x02 | 0x04  # FAT's hidden and system attributes
FatSource = Path | int  # a FAT image or device: its path, or a descriptor open for reading


class OutOfTime(Exception):
    """The listing's time budget ran out inside the FAT parser."""


class FileTooBig(Exception):
    """A file grew past its cap while being copied."""


class _Broken(Exception):
    """A FAT structure that does not hold together: out of range, looped, cross-linked."""


def _boot_sector_ok(boot: bytes, room: int) -> bool:
    """A FAT boot sector whose geometry fits in `room` bytes and whose FATs are of sane size."""
    if len(boot) < 512 or boot[510:512] != b"\x55\xaa" or boot[0] not in (0xEB, 0xE9):
        return False
    bps, spc, reserved, fats, root_entries, _, media, fat16 = struct.unpack_from(
        "<HBHBHHBH", boot, 11)
    fat32 = struct.unpack_from("<I", boot, 36)[0]
    fat_sectors = fat16 or fat32
    return (bps in (512, 1024, 2048, 4096) and spc in (1, 2, 4, 8, 16, 32, 64, 128)
            and reserved >= 1 and 1 <= fats <= 4 and (media >= 0xF8 or media == 0xF0)
            and 0 < fat_sectors * bps <= _FAT_CAP
            and (reserved + fats * fat_sectors) * bps + root_entries * 32 <= room)


def _fat_offset(file: BinaryIO, size: int) -> int | None:
    """Where the FAT file system starts: 0 for a bare one, else the first FAT partition of an
    MBR-partitioned disk; None when there is none."""
    file.seek(0)
    sector = file.read(512)
    if _boot_sector_ok(sector, size):
        return 0
    if len(sector) < 512 or sector[510:512] != b"\x55\xaa":
        return None
    for slot in range(4):
        kind, start = sector[446 + 16 * slot + 4], struct.unpack_from("<I", sector,
                                                                     446 + 16 * slot + 8)[0]
        if kind in _FAT_PARTITIONS and 0 < start * 512 < size:
            file.seek(start * 512)
            if _boot_sector_ok(file.read(512), size - start * 512):
                return start * 512
    return None


def _size_of(fd: int) -> int:
    info = os.fstat(fd)
    return info.st_size if stat.S_ISREG(info.st_mode) else os.lseek(fd, 0, os.SEEK_END)


def fat_offset(image: FatSource) -> int | None:
    """Where a FAT file system starts in `image` (a file or a device, or a descriptor open for
    reading), or None."""
    try:
        fd = _open_image(image)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as file:
        try:
            return _fat_offset(file, _size_of(fd))
        except (OSError, struct.error):
            return None


class _BoundedFat(PyFat):
    """pyfatfs with every cluster chain checked and bounded, and a deadline."""

    def __init__(self, fd: int, offset: int, deadline: float, size: int) -> None:
        super().__init__(offset=offset, lazy_load=True)
        self.fd = fd
        self.deadline = deadline
        self.image_size = size
        self.image_offset = offset
        self.last_cluster = 0

    def parse_header(self) -> None:
        super().parse_header()
        # pyfatfs 1.1.0 tells FAT12 from FAT16 before it knows the root directory's size, which
        # misreads FAT12 volumes near the limit; the root size is known now.
        self.fat_type = self._PyFat__determine_fat_type()

    def _parse_fat(self) -> None:
        """The first FAT, read at once into an array (pyfatfs unpacks it entry by entry)."""
        bps = self.bpb_header["BPB_BytsPerSec"]
        self.bytes_per_cluster = bps * self.bpb_header["BPB_SecPerClus"]
        size = bps * self._fat_size
        raw = os.pread(self.fd, size, self.image_offset + self.bpb_header["BPB_RsvdSecCnt"] * bps)
        if len(raw) != size:
            raise _Broken()
        if self.fat_type == self.FAT_TYPE_FAT12:
            self.fat = array("I", (_fat12_entry(raw, i) for i in range(size * 2 // 3)))
        else:
            self.fat = array("H" if self.fat_type == self.FAT_TYPE_FAT16 else "I", raw)
            if sys.byteorder == "big":
                self.fat.byteswap()
        data = self.image_size - self.image_offset - self.first_data_sector * bps
        limit = self.FAT_CLUSTER_VALUES[self.fat_type]["MAX_DATA_CLUSTER"]
        self.last_cluster = min(len(self.fat) - 1, limit, data // self.bytes_per_cluster + 1)

    def get_cluster_chain(self, first_cluster: int) -> Iterator[int]:
        """Used by pyfatfs for directories only: bounded to the largest directory FAT allows."""
        yield from self.chain(first_cluster, max(1, _DIR_CAP // self.bytes_per_cluster))

    def chain(self, first: int, limit: int, exact: bool = False) -> list[int]:
        """The clusters from `first` to the end mark; raises _Broken when the chain leaves the
        volume, loops, holds a free or bad cluster, or is longer than `limit` (or, with
        `exact`, of another length)."""
        values = self.FAT_CLUSTER_VALUES[self.fat_type]
        low, end = values["MIN_DATA_CLUSTER"], values["END_OF_CLUSTER_MIN"]
        mask = 0x0FFFFFFF  # FAT32's top four bits are reserved
        special = self.FAT12_SPECIAL_EOC if self.fat_type == self.FAT_TYPE_FAT12 else None
        found: list[int] = []
        seen: set[int] = set()
        cluster = first
        while True:
            if not low <= cluster <= self.last_cluster or cluster in seen or len(found) >= limit:
                raise _Broken()
            seen.add(cluster)
            found.append(cluster)
            if len(found) % 1024 == 0 and time.monotonic() > self.deadline:
                raise OutOfTime()
            following = self.fat[cluster] & mask
            if following >= end or following == special:
                break
            cluster = following
        if exact and len(found) != limit:
            raise _Broken()
        return found


@dataclass(frozen=True)
class FatChild:
    """A directory entry of a FAT image, as the walk needs it."""

    name: str
    size: int
    is_dir: bool
    hidden: bool
    refusal: str | None
    handle: Any  # pyfatfs's FATDirectoryEntry


class FatVolume:
    """A FAT file system read through a read-only descriptor; no cluster is read twice."""

    def __init__(self, file: BinaryIO, offset: int, deadline: float, size: int) -> None:
        self._fd = file.fileno()
        self._fat = _BoundedFat(self._fd, offset, deadline, size)
        with warnings.catch_warnings():  # pyfatfs warns about dirty or odd volumes
            warnings.simplefilter("ignore")
            self._fat.set_fp(file)
        if not self._fat.is_read_only:
            raise _Broken()
        self._offset = offset
        self._claimed: set[int] = set()  # clusters owned by a file already read
        self._folders: set[int] = set()  # first clusters of the folders listed
        if self._fat.fat_type == self._fat.FAT_TYPE_FAT32:
            self._folders.add(self._fat.bpb_header["BPB_RootClus"])
        self.root: Any = self._fat.root_dir
        self.cluster_bytes: int = self._fat.bytes_per_cluster

    def children(self, folder: Any) -> list[FatChild]:
        """The entries of `folder`, sorted by name; the later of two equal names, and folders
        seen before (a loop), are refused as unreadable."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            raw = folder._get_entries_raw()
        names: set[str] = set()
        found = []
        for item in raw:
            if item.is_special() or item.is_volume_id():
                continue
            name = _fat_name(item)
            refusal = None
            if not name or name in (".", "..") or "/" in name or name.casefold() in names:
                refusal = "unreadable"
            names.add(name.casefold())
            is_dir = item.is_directory()
            if is_dir and refusal is None:
                if item.get_cluster() in self._folders:
                    refusal = "unreadable"
                self._folders.add(item.get_cluster())
            found.append(FatChild(name, 0 if is_dir else item.filesize, is_dir,
                                  bool(item.attr & _HIDDEN_ATTRS), refusal, item))
        return sorted(found, key=lambda c: (c.name.casefold(), c.name))

    def _clusters(self, item: Any) -> list[int]:
        size = item.filesize
        if size == 0:
            return []
        clusters = self._fat.chain(item.get_cluster(), math.ceil(size / self.cluster_bytes),
                                   exact=True)
        if self._claimed.intersection(clusters):  # cross-linked with a file already read
            raise _Broken()
        self._claimed.update(clusters)
        return clusters

    def _read(self, clusters: list[int], start: int, length: int) -> Iterator[bytes]:
        """`length` bytes of the file from `start`, contiguous clusters read at once."""
        size = self.cluster_bytes
        end = start + length
        index = start // size
        while start < end:
            run = 1
            while (index + run < len(clusters) and clusters[index + run] == clusters[index] + run
                   and (index + run) * size < end and run < 256):
                run += 1
            skip = start - index * size
            take = min(run * size - skip, end - start)
            at = self._offset + self._fat.get_data_cluster_address(clusters[index]) + skip
            data = os.pread(self._fd, take, at)
            if len(data) != take:
                raise _Broken()  # the image ends before the file does
            yield data
            start += take
            index += run
            if time.monotonic() > self._fat.deadline:
                raise OutOfTime()

    def extract_for_sniff(self, item: Any, probe: Path, cap: int) -> None:
        """Write to `probe` what `sniff` will read of the file, at the same offsets, the rest
        left as holes: its head; a PDF's or OLE file's scanned start and end; a zip whole (up
        to `cap`, else its start and end)."""
        size = item.filesize
        clusters = self._clusters(item)
        head = b"".join(self._read(clusters, 0, min(size, HEAD_SIZE)))
        regions = [(0, len(head))]
        if head.startswith(_ZIP_MAGIC) and size <= cap:
            regions = [(0, size)]
        elif head.startswith((_OLE_MAGIC, *_ZIP_MAGIC)) or b"%PDF-" in head[:1024]:
            regions = [(0, min(size, SCAN_CAP))]
            if size > SCAN_CAP:
                regions.append((max(SCAN_CAP, size - TAIL_SIZE), size))
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        try:
            for start, end in regions:
                at = start
                for data in self._read(clusters, start, end - start):
                    os.pwrite(fd, data, at)
                    at += len(data)
            os.ftruncate(fd, size)
        finally:
            os.close(fd)

    def copy_file(self, path: tuple[str, ...], target: BinaryIO, cap: int) -> None:
        """Copy the file at `path` (found as the listing found it) into `target`."""
        folder = self.root
        for depth, part in enumerate(path):
            match = next((c for c in self.children(folder) if c.name == part), None)
            last = depth == len(path) - 1
            if match is None or match.refusal is not None or match.is_dir == last:
                raise _Broken()
            folder = match.handle
        if folder.filesize > cap:
            raise FileTooBig()
        for data in self._read(self._clusters(folder), 0, folder.filesize):
            target.write(data)


def _fat12_entry(raw: bytes, index: int) -> int:
    """FAT12 packs two 12-bit entries into three bytes."""
    at = index * 3 // 2
    pair = raw[at] | raw[at + 1] << 8
    return pair >> 4 if index & 1 else pair & 0xFFF


def _fat_name(item: Any) -> str:
    """The long name, else the short one with the case Windows NT recorded for it."""
    if item.lfn_entry is not None:
        try:
            return str(item.lfn_entry).split("\0", 1)[0]
        except (UnicodeDecodeError, ValueError):
            pass
    base, dot, extension = item.get_short_name().partition(".")
    if item.ntres & 0x08:
        base = base.lower()
    if item.ntres & 0x10:
        extension = extension.lower()
    return base + dot + extension


def _open_image(image: FatSource) -> int:
    """A new descriptor on `image`: a path opened read-only, or a copy of an open descriptor."""
    if isinstance(image, int):
        return os.dup(image)
    return os.open(image, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)


@contextmanager
def open_fat(image: FatSource, deadline: float) -> Iterator[FatVolume]:
    """The FAT volume in `image` (a path, or a descriptor open for reading), read-only; raises
    StickError("unreadable")."""
    try:
        fd = _open_image(image)
    except OSError:
        raise StickError("unreadable") from None
    with os.fdopen(fd, "rb") as file:
        try:
            size = _size_of(fd)
            offset = _fat_offset(file, size)
            if offset is None:
                raise _Broken()
            volume = FatVolume(file, offset, deadline, size)
        except Exception:  # any failure of the untrusted parser
            raise StickError("unreadable") from None
        yield volume


# --- a FAT image ------------------------------------------------------------------------------


def list_fat_image(image: FatSource, caps: Caps = Caps(), progress: Progress | None = None,
                   cancel: threading.Event | None = None, on_entry: EntrySink | None = None
                   ) -> Listing:
    """List a FAT image (or device) without mounting it, each entry also given to `on_entry`
    as it is found; raises StickError("unreadable")."""
    walk = _Walk(caps, progress, cancel, on_entry)
    with open_fat(image, walk.deadline) as volume, \
            tempfile.TemporaryDirectory(prefix="kiosk-stick-") as scratch:
        try:
            found = volume.children(volume.root)
        except Exception:  # the root already parsed once: this is the parser failing
            raise StickError("unreadable") from None
        _walk_image(walk, volume, found, (), Path(scratch) / "probe")
    return walk.listing()


def _walk_image(walk: _Walk, volume: FatVolume, found: list[FatChild],
                prefix: tuple[str, ...], probe: Path) -> None:
    for child in found:
        path = prefix + (child.name,)
        if not walk.room(path, child.is_dir):
            return
        if child.refusal is not None:
            walk.add(path, verdict="refused", reason=child.refusal, is_dir=child.is_dir)
        elif not child.is_dir and _base(child.name) == "autorun.inf":
            _image_file(walk, volume, child, path, probe)
        elif child.hidden or is_hidden_name(child.name):
            walk.add(path, verdict="hidden", size=child.size, is_dir=child.is_dir)
        elif not child.is_dir:
            _image_file(walk, volume, child, path, probe)
        elif len(path) >= walk.caps.depth:
            walk.add(path, verdict="refused", reason="too_deep", is_dir=True)
        else:
            try:
                inside = volume.children(child.handle)
            except OutOfTime:
                walk.stop(path, "timeout")
                return
            except Exception:  # a loop, a broken chain, any failure of the untrusted parser
                walk.add(path, verdict="refused", reason="unreadable", is_dir=True)
                continue
            walk.add(path, verdict="ready", is_dir=True)
            _walk_image(walk, volume, inside, path, probe)


def _image_file(walk: _Walk, volume: FatVolume, child: FatChild,
                path: tuple[str, ...], probe: Path) -> None:
    size = child.size
    if _base(child.name) == "autorun.inf" or size == 0:  # decided by name or size: not read
        verdict, reason, kind, mime = classify(probe, child.name, size, walk.caps)
    else:
        try:
            volume.extract_for_sniff(child.handle, probe, walk.caps.file_size)
        except OutOfTime:
            walk.stop(path, "timeout", is_dir=False)
            return
        except Exception:  # a broken chain, a short image, a parser failure
            walk.add(path, verdict="refused", reason="unreadable", size=size)
            return
        verdict, reason, kind, mime = classify(probe, child.name, size, walk.caps)
    walk.add(path, verdict=verdict, reason=reason, size=size, kind=kind, mime=mime)


# --- copying a chosen file --------------------------------------------------------------------


def copy_out(source: Path, entry: Entry, dest: Path, caps: Caps = Caps()) -> Path:
    """Copy a "ready" file from `source` (the folder or the image it was listed from) to the new
    file `dest`, then classify the copy again: a stick that changed meanwhile is refused.
    All in this process: the kiosk does this through `kiosk.sandbox.stick_reader`.

    Raises StickError: not_ready, too_large, unreadable or changed.
    """
    check_copyable(entry, caps)
    copy_file(source, entry.path, dest, caps)
    verdict, _, kind, _ = classify(dest, entry.path[-1], dest.stat().st_size, caps)
    if verdict != "ready" or kind != entry.kind:
        dest.unlink(missing_ok=True)
        raise StickError("changed")
    return dest


def check_copyable(entry: Entry, caps: Caps) -> None:
    """Raises StickError("not_ready") or ("too_large") for an entry that may not be taken."""
    if entry.verdict != "ready" or entry.is_dir:
        raise StickError("not_ready")
    if entry.size > caps.file_size:
        raise StickError("too_large")


def copy_file(source: FatSource, path: tuple[str, ...], dest: Path,
              caps: Caps = Caps()) -> None:
    """Copy the file at `path` of `source` (a folder; else a FAT image, which is parsed) to the
    new file `dest` (mode 0600), at most `caps.file_size` bytes.

    Raises StickError: too_large or unreadable (and `dest` is gone).
    """
    if not isinstance(source, int) and stat.S_ISDIR(os.lstat(source).st_mode):
        copy_from_folder(source, path, dest, caps.file_size)
        return
    with _new_file(dest) as target, open_fat(source, time.monotonic() + caps.seconds) as volume:
        volume.copy_file(path, target, caps.file_size)


def copy_from_folder(root: Path, path: tuple[str, ...], dest: Path, cap: int) -> None:
    """Copy the bytes of the regular file at `path` under `root` to the new file `dest` (mode
    0600): no link followed on the way, nothing parsed. Raises StickError: too_large or
    unreadable (and `dest` is gone)."""
    with _new_file(dest) as target:
        fd = _open_in_folder(root, path)
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise StickError("unreadable")
            copied = 0
            while chunk := file.read(1024 * 1024):
                copied += len(chunk)
                if copied > cap:
                    raise FileTooBig()
                target.write(chunk)


@contextmanager
def _new_file(dest: Path) -> Iterator[BinaryIO]:
    """`dest`, created for writing; removed again when filling it fails (as a StickError)."""
    out = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                  0o600)
    try:
        with os.fdopen(out, "wb") as target:
            yield target
    except StickError:
        dest.unlink(missing_ok=True)
        raise
    except FileTooBig:
        dest.unlink(missing_ok=True)
        raise StickError("too_large") from None
    except Exception:  # OSError, or any failure of the image parser
        dest.unlink(missing_ok=True)
        raise StickError("unreadable") from None


SourceKind = Literal["folder", "image", "device"]


def source_kind(path: Path) -> SourceKind | None:
    """A folder, an image file or a device, by its type alone (nothing in it is read)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        return "image"
    return "device" if stat.S_ISBLK(mode) else None


def detect_source(path: Path) -> Literal["folder", "fat", None]:
    """Whether `path` is a folder, a FAT image (by its boot sector), or neither."""
    kind = source_kind(path)
    if kind == "folder":
        return "folder"
    if kind is not None and fat_offset(path) is not None:
        return "fat"
    return None


def list_source(path: Path, caps: Caps = Caps(), progress: Progress | None = None,
                cancel: threading.Event | None = None, on_entry: EntrySink | None = None
                ) -> Listing:
    """List a folder or a FAT image, whichever `path` is; raises StickError("unreadable")."""
    kind = detect_source(path)
    if kind == "folder":
        return list_folder(path, caps, progress, cancel, on_entry)
    if kind == "fat":
        return list_fat_image(path, caps, progress, cancel, on_entry)
    raise StickError("unreadable")
