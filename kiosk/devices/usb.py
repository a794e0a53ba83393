"""The USB-stick port: what the core asks of removable storage, the interface classification
that decides whether a device may be read at all, and the typed errors it gets back.

A stick is only ever mounted read-only (MOUNT_OPTIONS); it is never written, not even to rename
an autorun file. A device that offers a keyboard, network or wireless interface next to its
storage is refused and never mounted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

MASS_STORAGE = "08"
# ro alone does not stop ext3/4 from replaying a dirty journal: noload does.
MOUNT_OPTIONS = ("ro", "noexec", "nosuid", "nodev", "nosymfollow")
JOURNALED_EXT = frozenset({"ext3", "ext4"})
# What the kiosk offers to open; anything else (LUKS, swap, btrfs, unknown…) is refused.
SUPPORTED_FILESYSTEMS = frozenset(
    {"vfat", "exfat", "ntfs", "ntfs3", "ext2", "ext3", "ext4", "iso9660", "udf"}
)
LABEL_MAX = 64

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
    """USB sticks: detection, read-only opening and eject; blocking calls run off the UI."""

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
