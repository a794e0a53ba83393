"""The USB-stick port: what the core asks of removable storage, the interface classification
that decides whether a device may be read at all, and the typed errors it gets back.

A stick is mounted read-only (MOUNT_OPTIONS) and never written, not even to rename an autorun
file, with one exception: write_file(), which copies a tray file onto it when the person asked
and confirmed, through a short read-write mount (WRITE_MOUNT_OPTIONS) that is undone at once.
A device that offers a keyboard, network or wireless interface next to its storage is refused
and never mounted.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

MASS_STORAGE = "08"
# ro alone does not stop ext3/4 from replaying a dirty journal: noload does.
MOUNT_OPTIONS = ("ro", "noexec", "nosuid", "nodev", "nosymfollow")
# The only read-write mount, for write_file: still nothing on the stick can run or be followed.
WRITE_MOUNT_OPTIONS = ("rw", "noexec", "nosuid", "nodev", "nosymfollow")
JOURNALED_EXT = frozenset({"ext3", "ext4"})
# What the kiosk offers to open; anything else (LUKS, swap, btrfs, unknown…) is refused.
SUPPORTED_FILESYSTEMS = frozenset(
    {"vfat", "exfat", "ntfs", "ntfs3", "ext2", "ext3", "ext4", "iso9660", "udf"}
)
LABEL_MAX = 64
NAME_MAX_BYTES = 200  # ext4 allows 255 bytes, FAT 255 UTF-16 units: room left for " (999)"
NAME_TRIES = 1000
_FAT_FORBIDDEN = str.maketrans({c: "_" for c in '<>:"/\\|?*'})
_DOS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
)
_COPY_CHUNK = 1024 * 1024

_INTERFACE = re.compile(r"[0-9a-fA-F]{6}")
# C0/C1 controls (Cc), format characters (Cf: bidi overrides, zero-width…), separators other
# than the plain space, unassigned and private-use code points.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


class StickEvent(StrEnum):
    INSERTED = "inserted"
    REMOVED = "removed"
    REFUSED = "refused"


class RefusalReason(StrEnum):
    COMPOSITE_HID = "composite_hid"  # storage + keyboard/mouse: keystroke injection
    COMPOSITE_NETWORK = "composite_network"  # storage + CDC/RNDIS network adapter
    COMPOSITE_WIRELESS = "composite_wireless"  # storage + wireless controller (Bluetooth…)
    COMPOSITE_OTHER = "composite_other"  # storage + any other (vendor-specific…) interface
    UNSUPPORTED_FILESYSTEM = "unsupported_filesystem"


class UsbProblem(StrEnum):
    NOT_MOUNTED = "not_mounted"
    MOUNT_FAILED = "mount_failed"
    BUSY = "busy"  # files on the stick are still open
    GONE = "gone"  # unknown key, refused device, or pulled out
    EJECT_FAILED = "eject_failed"
    UNAVAILABLE = "unavailable"  # udisks2 (or udev) cannot be reached
    READ_ONLY = "read_only"  # write-protected, or a read-write mount (or the folder) refused
    NO_SPACE = "no_space"  # the file does not fit on the stick
    WRITE_FAILED = "write_failed"  # anything else that stopped the copy


class UsbError(Exception):
    """Typed, carries data not prose: .code (UsbProblem) and .key (the stick, when known)."""

    def __init__(self, code: UsbProblem, key: str = "") -> None:
        super().__init__(code.value)
        self.code = code
        self.key = key


@dataclass(frozen=True)
class StickInfo:
    """A stick the kiosk may open. ``key`` identifies this insertion (the disk's udev DEVPATH);
    ``device_node`` is the block device holding the filesystem that open() mounts."""

    key: str
    label: str  # cleaned volume label, "" when there is none
    size: int  # bytes
    fs_type: str
    device_node: str
    vendor: str = ""
    model: str = ""


@dataclass(frozen=True)
class Refusal:
    """A device that is never mounted, and why (a mediator alert is raised for it)."""

    key: str
    interfaces: tuple[str, ...]  # USB interface classes, e.g. ("08", "03")
    reason: RefusalReason


StickCallback = Callable[[StickEvent, StickInfo | Refusal], None]


class Sticks(Protocol):
    """USB sticks: detection, read-only opening, eject and the one confirmed write; blocking
    calls run off the UI."""

    def start(self, on_event: StickCallback) -> None:
        """Begin watching; sticks already plugged in are reported too. Callbacks may come on
        another thread."""
        ...

    def stop(self) -> None:
        """Stop watching; idempotent. Does not unmount anything."""
        ...

    def present(self) -> list[StickInfo]:
        """The sticks that may be opened now (refused devices are not listed)."""
        ...

    def open(self, key: str) -> Path:
        """Mount read-only (MOUNT_OPTIONS, + noload for ext3/4); return the mount point.

        Raises UsbError: GONE, MOUNT_FAILED, UNAVAILABLE.
        """
        ...

    def eject(self, key: str) -> None:
        """Unmount and power off where possible; afterwards the stick can be pulled out.

        Raises UsbError: BUSY (files still open), GONE, EJECT_FAILED, UNAVAILABLE.
        """
        ...

    def write_file(self, key: str, source: Path, name: str) -> str:
        """Copy ``source`` onto the stick's top folder as ``name`` (cleaned by stick_file_name;
        a free name is chosen — "name (2).ext" — never overwriting), then make the stick
        read-only again; returns the name written. The caller has the person's confirmation.

        A stick that was open stays open read-only, possibly at a new mount point: call open()
        again for it. One that was not open is left unmounted.

        Raises UsbError: GONE, READ_ONLY (write-protected or a rw mount refused), NO_SPACE,
        BUSY (files on the stick still open), WRITE_FAILED, UNAVAILABLE.
        """
        ...


def interface_classes(id_usb_interfaces: str) -> tuple[str, ...] | None:
    """The class byte of each interface in udev's ID_USB_INTERFACES (":080650:030101:"), in
    order, lower-case; None when the string is malformed."""
    entries = [e for e in id_usb_interfaces.strip().split(":") if e]
    if not entries or not all(_INTERFACE.fullmatch(e) for e in entries):
        return None
    return tuple(e[:2].lower() for e in entries)


def classify_interfaces(id_usb_interfaces: str) -> tuple[bool, RefusalReason | None]:
    """Whether a device with these interfaces may be mounted, and if not whether it must be
    refused (reason) or is simply not storage (None).

    Mass storage (08) alone is accepted. 08 next to HID (03), network (02, 0a, RNDIS ef0401) or
    wireless (e0) is refused, as is 08 next to anything else: only pure storage is read.
    Malformed strings and devices without storage are not storage: (False, None).
    """
    classes = interface_classes(id_usb_interfaces)
    if classes is None or MASS_STORAGE not in classes:
        return (False, None)
    others = set(classes) - {MASS_STORAGE}
    if not others:
        return (True, None)
    full = {e.lower() for e in id_usb_interfaces.split(":") if e}
    if "03" in others:
        return (False, RefusalReason.COMPOSITE_HID)
    if others & {"02", "0a"} or "ef0401" in full:
        return (False, RefusalReason.COMPOSITE_NETWORK)
    if "e0" in others:
        return (False, RefusalReason.COMPOSITE_WIRELESS)
    return (False, RefusalReason.COMPOSITE_OTHER)


def mount_options(fs_type: str) -> str:
    """The options string for udisks2's Filesystem.Mount."""
    extra = ("noload",) if fs_type in JOURNALED_EXT else ()
    return ",".join(MOUNT_OPTIONS + extra)


def clean_label(raw: str) -> str:
    """A volume label safe to show as plain text: controls, bidi overrides and other format
    characters removed, whitespace collapsed, length capped."""
    text = "".join(
        " " if unicodedata.category(c).startswith("Z") else c
        for c in unicodedata.normalize("NFC", raw)
        if unicodedata.category(c) not in _UNSAFE_CATEGORIES
    )
    return " ".join(text.split())[:LABEL_MAX]


# -- the one write path ---------------------------------------------------------------------


def stick_file_name(name: str) -> str:
    """A name to write on any stick: kiosk.artifacts.clean_name's rules (no control, format or
    line-separator characters, no path separator, no leading dot), the characters FAT forbids
    (<>:"/\\|?*) replaced by "_", no trailing dot or space, no DOS device name, and at most
    NAME_MAX_BYTES of UTF-8 (the extension kept)."""
    kept = "".join(
        ch for ch in unicodedata.normalize("NFC", name)
        if unicodedata.category(ch) not in _UNSAFE_CATEGORIES
    )
    kept = kept.translate(_FAT_FORBIDDEN).strip().lstrip(".").rstrip(". ")
    kept = kept or "document"
    first, dot, rest = kept.partition(".")
    if first.upper() in _DOS_DEVICES:  # "con.txt" cannot be opened on Windows
        kept = f"{first}_{dot}{rest}"
    stem, ext = _split(kept)
    while len(f"{stem}{ext}".encode()) > NAME_MAX_BYTES:
        if len(stem) > 1:
            stem = stem[:-1].rstrip(". ")
        else:
            ext = ext[:-1]
    return f"{stem}{ext}"


def candidate_names(name: str) -> Iterator[str]:
    """``name``, then "stem (2).ext", "stem (3).ext"… (NAME_TRIES in all)."""
    yield name
    stem, ext = _split(name)
    for number in range(2, NAME_TRIES + 1):
        yield f"{stem} ({number}){ext}"


def _split(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or not ext or len(ext) > 16 or " " in ext:
        return name, ""
    return stem, f".{ext}"


def write_problem(exc: OSError) -> UsbProblem:
    """The UsbProblem for an error while writing to a stick."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UsbProblem.READ_ONLY
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return UsbProblem.NO_SPACE  # EFBIG: over FAT's 4 GiB file limit
    if exc.errno in (errno.ENODEV, errno.ENXIO):
        return UsbProblem.GONE
    return UsbProblem.WRITE_FAILED


@contextmanager
def source_file(source: Path, key: str = "") -> Iterator[tuple[int, int]]:
    """The file to copy, opened: (descriptor, size). A missing or non-regular source (a
    symlink, a folder, a device) is WRITE_FAILED."""
    try:
        fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise UsbError(UsbProblem.WRITE_FAILED, key) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UsbError(UsbProblem.WRITE_FAILED, key)
        yield fd, info.st_size
    finally:
        os.close(fd)


def free_bytes(folder: Path) -> int | None:
    """Bytes an ordinary user may still write under ``folder`` (None when unknown)."""
    try:
        vfs = os.statvfs(folder)
    except OSError:
        return None
    return vfs.f_bavail * vfs.f_frsize


def write_into(folder: Path, source_fd: int, size: int, name: str, key: str = "") -> str:
    """Copy the open ``source_fd`` (``size`` bytes) into ``folder`` under the first free
    candidate of ``name`` (already cleaned), created with O_EXCL|O_NOFOLLOW so nothing is ever
    overwritten or followed; fsync the file and the folder. A failed copy removes its partial
    file. Returns the name written; raises UsbError (write_problem's codes)."""
    room = free_bytes(folder)
    if room is not None and room < size:
        raise UsbError(UsbProblem.NO_SPACE, key)
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise UsbError(write_problem(exc), key) from exc
    try:
        fd, written = _create_free(dir_fd, name, key)
        try:
            try:
                _copy(source_fd, fd)
                os.fsync(fd)
            finally:
                os.close(fd)
            _fsync_folder(dir_fd)
        except OSError as exc:
            with suppress(OSError):
                os.unlink(written, dir_fd=dir_fd)
            with suppress(OSError):
                os.fsync(dir_fd)
            raise UsbError(write_problem(exc), key) from exc
    finally:
        os.close(dir_fd)
    return written


def _create_free(dir_fd: int, name: str, key: str) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    for candidate in candidate_names(name):
        try:
            return os.open(candidate, flags, 0o644, dir_fd=dir_fd), candidate
        except FileExistsError:
            continue  # on FAT, also a name differing only in case
        except OSError as exc:
            raise UsbError(write_problem(exc), key) from exc
    raise UsbError(UsbProblem.WRITE_FAILED, key)


def _copy(source_fd: int, target_fd: int) -> None:
    offset = 0
    while chunk := os.pread(source_fd, _COPY_CHUNK, offset):
        offset += len(chunk)
        view = memoryview(chunk)
        while view:
            view = view[os.write(target_fd, view):]


def _fsync_folder(dir_fd: int) -> None:
    try:
        os.fsync(dir_fd)
    except OSError as exc:  # some FUSE filesystems cannot sync a folder
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.ENOSYS):
            raise
