"""The real USB-stick adapter: udev (pyudev) tells when a stick comes and goes and which USB
interfaces it has; udisks2, over the system D-Bus (jeepney), mounts it read-only and ejects it.

Only Filesystem.Mount, Filesystem.Unmount and Drive.PowerOff are called. Every mount is
read-only (checked in /proc/self/mountinfo, undone when the kernel did not apply the options)
except the one in write_file(): a read-write mount, still noexec,nosuid,nodev,nosymfollow, for
copying one confirmed file, unmounted as soon as the file and its folder are synced, then the
stick is mounted read-only again.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from kiosk.devices import usb
from kiosk.devices.usb import (
    JOURNALED_EXT,
    MOUNT_OPTIONS,
    SUPPORTED_FILESYSTEMS,
    WRITE_MOUNT_OPTIONS,
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
    mount_options,
    source_file,
    stick_file_name,
    write_into,
)

log = logging.getLogger(__name__)

UDISKS = "org.freedesktop.UDisks2"
UDISKS_ROOT = "/org/freedesktop/UDisks2"
BLOCK, FILESYSTEM, DRIVE = (f"{UDISKS}.{name}" for name in ("Block", "Filesystem", "Drive"))
CALL_TIMEOUT_S = 30.0  # a mount may have to wait for a slow stick
PROBE_TIMEOUT_S = 2.0
SETTLE_S = 5.0  # udisksd may learn of a stick a moment after udev reported it
MOUNTINFO = Path("/proc/self/mountinfo")
SYS_BLOCK = Path("/sys/class/block")
UNMOUNT_TRIES = 20  # after a write: 0.25 s apart, then a forced (lazy) unmount
NEVER_WRITABLE = frozenset({"iso9660"})

_ERRORS = {
    f"{UDISKS}.Error.DeviceBusy": UsbProblem.BUSY,
    f"{UDISKS}.Error.NotMounted": UsbProblem.NOT_MOUNTED,
    "org.freedesktop.DBus.Error.ServiceUnknown": UsbProblem.UNAVAILABLE,
    "org.freedesktop.DBus.Error.NameHasNoOwner": UsbProblem.UNAVAILABLE,
    "org.freedesktop.DBus.Error.NoReply": UsbProblem.UNAVAILABLE,
    "org.freedesktop.DBus.Error.UnknownObject": UsbProblem.GONE,
    "org.freedesktop.DBus.Error.UnknownMethod": UsbProblem.GONE,
}
_UDEV_ESCAPE = re.compile(rb"\\x([0-9a-fA-F]{2})")
_PENDING = object()  # a partition of the stick is not yet processed by udev

Objects = dict[str, dict[str, dict[str, Any]]]  # path -> interface -> property -> value


class UdisksSticks:
    """Sticks seen through udev and opened through udisks2; ``bus_address`` overrides the
    system bus (tests use a private one). Callbacks run on pyudev's monitor thread."""

    def __init__(self, bus_address: str | None = None, *, settle_s: float = SETTLE_S) -> None:
        self._bus = bus_address or "SYSTEM"
        self._settle_s = settle_s
        self._on_event: StickCallback | None = None
        self._observer: Any = None
        self._present: dict[str, StickInfo] = {}
        self._refused: dict[str, Refusal] = {}
        self._lock = threading.RLock()
        self._mounting = threading.RLock()  # open, eject and write do not interleave

    # -- detection (udev) -------------------------------------------------------------------

    def start(self, on_event: StickCallback) -> None:
        self._on_event = on_event
        try:
            import pyudev

            context = pyudev.Context()
            monitor = pyudev.Monitor.from_netlink(context)
            monitor.filter_by("block")
            self._observer = pyudev.MonitorObserver(monitor, callback=self.handle_udev_event)
            self._observer.start()  # before the enumeration, so that no insertion is missed
            disks = list(context.list_devices(subsystem="block", DEVTYPE="disk"))
        except Exception as exc:  # no libudev, no netlink socket: no detection, no crash
            log.warning("USB stick detection unavailable: %s", type(exc).__name__)
            return
        for disk in disks:
            self.handle_udev_event(disk, "add")

    def stop(self) -> None:
        observer, self._observer, self._on_event = self._observer, None, None
        if observer is not None:
            observer.send_stop()
            if observer is not threading.current_thread():
                observer.join(5.0)

    def present(self) -> list[StickInfo]:
        with self._lock:
            sticks = list(self._present.values())
        return sticks if sticks and self.available() else []

    def handle_udev_event(self, device: Any, action: str | None = None) -> None:
        """One udev block event (a pyudev Device; ``action`` overrides device.action)."""
        action = action or device.action or "add"
        try:
            with self._lock:
                if action == "remove":
                    if device.device_type == "disk":
                        self._forget(device.device_path)
                    return
                disk = device if device.device_type == "disk" else device.find_parent(
                    "block", "disk"
                )
                if disk is None:
                    return
                known = disk.device_path in self._present or disk.device_path in self._refused
                if known or disk.properties.get("ID_BUS") == "usb":
                    self._consider(disk)
        except Exception:  # a bad event must not end the monitor thread
            log.exception("USB event not handled")

    def _consider(self, disk: Any) -> None:
        key = disk.device_path
        refused = self._refused.get(key)
        if (key in self._present or refused) and _size(disk) == 0:
            self._forget(key)  # the medium is gone: a card taken out of its reader
            return
        if key in self._present:
            return
        if refused is not None and refused.reason is not RefusalReason.UNSUPPORTED_FILESYSTEM:
            return  # composite devices stay refused; a filesystem may appear (partitions)
        interfaces = _interfaces(disk)
        accepted, reason = classify_interfaces(interfaces)
        if not accepted and reason is None:
            log.info("USB block device %s has no mass-storage interface (%r)", key, interfaces)
            return
        block: Any = None if reason else _filesystem_block(disk)
        if block is _PENDING:
            return
        if reason is None and block is None:
            if _size(disk) == 0:  # an empty card reader: wait for the card
                return
            reason = RefusalReason.UNSUPPORTED_FILESYSTEM
        if reason is not None:
            if refused is not None:
                return
            refusal = Refusal(key, interface_classes(interfaces) or (), reason)
            self._refused[key] = refusal
            log.warning("USB device %s refused: %s (%s)", key, reason, interfaces)
            self._emit(StickEvent.REFUSED, refusal)
            return
        info = StickInfo(
            key=key,
            label=clean_label(_udev_text(block, "ID_FS_LABEL")),
            size=_size(disk),
            fs_type=block.properties.get("ID_FS_TYPE", ""),
            device_node=block.device_node,
            vendor=clean_label(_udev_text(disk, "ID_VENDOR")),
            model=clean_label(_udev_text(disk, "ID_MODEL")),
        )
        self._refused.pop(key, None)
        self._present[key] = info
        log.info("USB stick %s detected (%s on %s)", key, info.fs_type, info.device_node)
        self._emit(StickEvent.INSERTED, info)

    def _forget(self, key: str) -> None:
        gone: StickInfo | Refusal | None = self._present.pop(key, None)
        gone = gone or self._refused.pop(key, None)
        if gone is not None:
            log.info("USB device %s removed", key)
            self._emit(StickEvent.REMOVED, gone)

    def _emit(self, event: StickEvent, item: StickInfo | Refusal) -> None:
        callback = self._on_event
        if callback is not None:
            callback(event, item)

    # -- opening and ejecting (udisks2) -----------------------------------------------------

    def open(self, key: str) -> Path:
        return self.open_device(self._info(key).device_node, key)

    def eject(self, key: str) -> None:
        self.eject_device(self._info(key).device_node, key)

    def write_file(self, key: str, source: Path, name: str) -> str:
        return self.write_device(self._info(key).device_node, source, name, key)

    def _info(self, key: str) -> StickInfo:
        with self._lock:
            info = self._present.get(key)
        if info is None:
            raise UsbError(UsbProblem.GONE, key)
        return info

    def available(self) -> bool:
        """Whether udisks2 answers on the bus."""
        try:
            with self._connect() as conn:
                reply = conn.send_and_get_reply(
                    message_bus.NameHasOwner(UDISKS), timeout=PROBE_TIMEOUT_S
                )
                return bool(unwrap_msg(reply)[0])
        except Exception:
            return False

    def open_device(self, node: str, key: str = "") -> Path:
        """Mount the filesystem on block device ``node`` read-only; return the mount point."""
        with self._mounting, self._connect(key) as conn:
            path, interfaces = self._wait_for_filesystem(conn, node, key)
            filesystem = interfaces[FILESYSTEM]
            fs_type = str(interfaces[BLOCK].get("IdType", ("s", ""))[1])
            if fs_type not in SUPPORTED_FILESYSTEMS:
                raise UsbError(UsbProblem.MOUNT_FAILED, key)
            for existing in _mount_points(filesystem):  # e.g. left by a crashed session
                if _is_read_only_mount(existing):
                    return existing
            if _mount_points(filesystem):  # mounted by someone else, not safely: leave it
                log.warning("%s is already mounted without the read-only options", node)
                raise UsbError(UsbProblem.MOUNT_FAILED, key)
            options = {"options": ("s", mount_options(fs_type))}
            reply = self._call(conn, path, FILESYSTEM, "Mount", options, UsbProblem.MOUNT_FAILED,
                               key)
            mount_point = Path(reply[0])
            if not _is_read_only_mount(mount_point):
                log.error("%s mounted at %s without the read-only options", node, mount_point)
                self._call(conn, path, FILESYSTEM, "Unmount", {}, UsbProblem.MOUNT_FAILED, key)
                raise UsbError(UsbProblem.MOUNT_FAILED, key)
            log.info("%s mounted read-only", node)
            return mount_point

    def eject_device(self, node: str, key: str = "") -> None:
        """Unmount every filesystem of ``node``'s drive (or of ``node`` alone when it has no
        drive, as a loop device), then power the drive off where it can be."""
        with self._mounting, self._connect(key) as conn:
            objects = self._objects(conn, key)
            _, interfaces = _find_block(objects, node, key)
            drive = str(interfaces[BLOCK].get("Drive", ("o", "/"))[1])
            for path, ifaces in objects.items():
                same = ifaces is interfaces or (
                    drive != "/" and ifaces.get(BLOCK, {}).get("Drive", ("o", "/"))[1] == drive
                )
                if same and FILESYSTEM in ifaces and _mount_points(ifaces[FILESYSTEM]):
                    try:
                        self._call(conn, path, FILESYSTEM, "Unmount", {}, UsbProblem.EJECT_FAILED,
                                   key)
                    except UsbError as exc:
                        if exc.code is not UsbProblem.NOT_MOUNTED:
                            raise
            can_power_off = objects.get(drive, {}).get(DRIVE, {}).get("CanPowerOff", ("b", 0))
            if drive != "/" and can_power_off[1]:
                try:  # unmounted already: the stick may be pulled out even if this fails
                    self._call(conn, drive, DRIVE, "PowerOff", {}, UsbProblem.EJECT_FAILED, key)
                except UsbError as exc:
                    log.warning("%s unmounted but not powered off: %s", node, exc.code)
            log.info("%s ejected", node)

    def write_device(self, node: str, source: Path, name: str, key: str = "") -> str:
        """Copy ``source`` onto the filesystem on block device ``node`` (see Sticks.write_file):
        unmount the read-only mount, mount read-write (noexec,nosuid,nodev,nosymfollow, checked
        in mountinfo), copy, sync, unmount, mount read-only again if it was mounted before."""
        target = stick_file_name(name)
        with (
            source_file(source, key) as (source_fd, size),
            self._mounting,
            self._connect(key) as conn,
        ):
            path, interfaces = self._wait_for_filesystem(conn, node, key)
            fs_type = str(interfaces[BLOCK].get("IdType", ("s", ""))[1])
            if fs_type not in SUPPORTED_FILESYSTEMS:
                raise UsbError(UsbProblem.WRITE_FAILED, key)
            if fs_type in NEVER_WRITABLE or _write_protected(node, interfaces[BLOCK]):
                log.info("%s is write-protected", node)
                raise UsbError(UsbProblem.READ_ONLY, key)
            was_mounted = _mount_points(interfaces[FILESYSTEM])
            if not all(_is_read_only_mount(m) for m in was_mounted):
                log.warning("%s is mounted by someone else: not written", node)
                raise UsbError(UsbProblem.WRITE_FAILED, key)
            for mount_point in was_mounted[:1]:  # no read-write mount for a file too big
                room = usb.free_bytes(mount_point)
                if room is not None and room < size:
                    raise UsbError(UsbProblem.NO_SPACE, key)
            if was_mounted:  # BUSY when a file of the stick is open: nothing changed
                self._call(conn, path, FILESYSTEM, "Unmount", {}, UsbProblem.WRITE_FAILED, key)
            try:
                writable = self._mount_writable(conn, path, fs_type, node, key)
                try:
                    written = write_into(writable, source_fd, size, target, key)
                finally:
                    self._unmount_writable(conn, path, writable, key)
            finally:
                if was_mounted:
                    self._remount_read_only(conn, path, fs_type, node, key)
            log.info("one file written to %s", node)
            return written

    def _mount_writable(
        self, conn: DBusConnection, path: str, fs_type: str, node: str, key: str
    ) -> Path:
        """Mount read-write for write_device; READ_ONLY when refused. Unmounted again (and
        raising) unless the kernel shows rw and every one of noexec,nosuid,nodev,nosymfollow."""
        options = {"options": ("s", write_mount_options(fs_type))}
        reply = self._call(conn, path, FILESYSTEM, "Mount", options, UsbProblem.READ_ONLY, key)
        mount_point = Path(reply[0])
        entry = _entry(mount_point)
        if entry is not None and set(WRITE_MOUNT_OPTIONS) <= entry.options:
            log.info("%s mounted read-write for one confirmed file", node)
            return mount_point
        problem = (UsbProblem.READ_ONLY if entry is not None and "ro" in entry.options
                   else UsbProblem.WRITE_FAILED)  # e.g. mount(8)'s fallback to read-only
        log.error("%s: read-write mount at %s not as asked (%s)", node, mount_point, problem)
        self._unmount_writable(conn, path, mount_point, key)
        raise UsbError(problem, key)

    def _unmount_writable(self, conn: DBusConnection, path: str, mount_point: Path, key: str
                          ) -> None:
        """Unmount the read-write mount whatever it takes: retried while busy (an indexer, a
        thumbnailer…), then forced (lazy). Raises only when it is still mounted."""
        for attempt in range(UNMOUNT_TRIES + 1):
            options = {"force": ("b", True)} if attempt == UNMOUNT_TRIES else {}
            try:
                self._call(conn, path, FILESYSTEM, "Unmount", options, UsbProblem.WRITE_FAILED,
                           key)
                return
            except UsbError as exc:
                if exc.code is UsbProblem.NOT_MOUNTED:
                    return
                if exc.code is not UsbProblem.BUSY or attempt == UNMOUNT_TRIES:
                    if _entry(mount_point) is None:
                        return
                    log.critical("read-write mount %s could not be unmounted: %s", mount_point,
                                 exc.code)
                    raise UsbError(UsbProblem.WRITE_FAILED, key) from exc
            time.sleep(0.25)

    def _remount_read_only(
        self, conn: DBusConnection, path: str, fs_type: str, node: str, key: str
    ) -> None:
        """Back as open() leaves it; best effort: on failure the stick stays unmounted."""
        try:
            options = {"options": ("s", mount_options(fs_type))}
            mount_point = Path(self._call(conn, path, FILESYSTEM, "Mount", options,
                                          UsbProblem.MOUNT_FAILED, key)[0])
            if not _is_read_only_mount(mount_point):
                log.error("%s mounted at %s without the read-only options", node, mount_point)
                self._call(conn, path, FILESYSTEM, "Unmount", {}, UsbProblem.MOUNT_FAILED, key)
        except UsbError as exc:
            log.warning("%s left unmounted after writing: %s", node, exc.code)

    def _wait_for_filesystem(
        self, conn: DBusConnection, node: str, key: str
    ) -> tuple[str, dict[str, dict[str, Any]]]:
        deadline = time.monotonic() + self._settle_s
        while True:
            try:
                path, interfaces = _find_block(self._objects(conn, key), node, key)
                if FILESYSTEM in interfaces:
                    return path, interfaces
                missing = UsbProblem.MOUNT_FAILED  # no filesystem udisks2 knows of (yet)
            except UsbError as exc:
                if exc.code is not UsbProblem.GONE:
                    raise
                missing = UsbProblem.GONE
            if time.monotonic() >= deadline:
                raise UsbError(missing, key)
            time.sleep(0.1)

    @contextmanager
    def _connect(self, key: str = "") -> Iterator[DBusConnection]:
        try:
            conn = open_dbus_connection(bus=self._bus)
        except Exception as exc:  # no bus, bad address, refused authentication
            log.warning("system bus unreachable: %s", type(exc).__name__)
            raise UsbError(UsbProblem.UNAVAILABLE, key) from exc
        try:
            yield conn
        finally:
            conn.close()

    def _objects(self, conn: DBusConnection, key: str) -> Objects:
        manager = DBusAddress(UDISKS_ROOT, UDISKS, "org.freedesktop.DBus.ObjectManager")
        message = new_method_call(manager, "GetManagedObjects")
        objects: Objects = self._send(conn, message, UsbProblem.UNAVAILABLE, key)[0]
        return objects

    def _call(
        self, conn: DBusConnection, path: str, interface: str, method: str,
        options: dict[str, tuple[str, Any]], failure: UsbProblem, key: str,
    ) -> tuple[Any, ...]:
        message = new_method_call(DBusAddress(path, UDISKS, interface), method, "a{sv}",
                                  (options,))
        return self._send(conn, message, failure, key)

    def _send(self, conn: DBusConnection, message: Any, failure: UsbProblem, key: str
              ) -> tuple[Any, ...]:
        try:
            return tuple(unwrap_msg(conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)))
        except DBusErrorResponse as exc:
            code = _ERRORS.get(str(exc.name), failure)
            log.warning("udisks2 %s: %s", exc.name, code)
            raise UsbError(code, key) from exc
        except (OSError, TimeoutError, ConnectionError) as exc:
            raise UsbError(UsbProblem.UNAVAILABLE, key) from exc


# -- udev helpers ---------------------------------------------------------------------------


def _size(disk: Any) -> int:
    try:
        return int(disk.attributes.asstring("size")) * 512  # always 512-byte sectors
    except (KeyError, ValueError, OSError):
        return 0


def _interfaces(disk: Any) -> str:
    """ID_USB_INTERFACES of the disk, else of its USB device, else built from sysfs."""
    found = disk.properties.get("ID_USB_INTERFACES")
    usb = disk.find_parent("usb", "usb_device")
    if not found and usb is not None:
        found = usb.properties.get("ID_USB_INTERFACES")
        if not found:
            entries = []
            for child in usb.children:
                if child.device_type == "usb_interface":
                    attrs = child.attributes
                    entries.append("".join(attrs.asstring(f"bInterface{n}")
                                           for n in ("Class", "SubClass", "Protocol")))
            found = f":{':'.join(entries)}:" if entries else ""
    return str(found or "")


def _filesystem_block(disk: Any) -> Any:
    """The block device holding the stick's first supported filesystem, None when there is
    none, _PENDING while a partition still waits for udev."""
    if _size(disk) == 0:
        return None
    if disk.properties.get("ID_FS_USAGE") == "filesystem":
        return disk if disk.properties.get("ID_FS_TYPE") in SUPPORTED_FILESYSTEMS else None
    parts = [d for d in disk.children if d.device_type == "partition"]
    if any(not p.is_initialized for p in parts):
        return _PENDING
    if not parts and disk.properties.get("ID_PART_TABLE_TYPE"):
        return _PENDING  # the kernel has not created the partitions yet (a rescan)
    parts.sort(key=lambda p: int(p.properties.get("PARTN") or p.sys_number or 0))
    usable = (p for p in parts if p.properties.get("ID_FS_USAGE") == "filesystem"
              and p.properties.get("ID_FS_TYPE") in SUPPORTED_FILESYSTEMS)
    return next(usable, None)


def _udev_text(device: Any, name: str) -> str:
    """A udev string property, from its \\xNN-escaped _ENC form when there is one."""
    encoded = device.properties.get(f"{name}_ENC")
    if encoded is None:
        return str(device.properties.get(name, ""))
    raw = _UDEV_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), encoded.encode())
    return raw.decode("utf-8", errors="replace")


# -- udisks2 and mount helpers --------------------------------------------------------------


def _bytes_text(value: bytes | list[int]) -> str:
    return bytes(value).rstrip(b"\0").decode(errors="surrogateescape")


def _find_block(objects: Objects, node: str, key: str) -> tuple[str, dict[str, dict[str, Any]]]:
    for path, interfaces in objects.items():
        block = interfaces.get(BLOCK)
        if block and node in (_bytes_text(block["Device"][1]),
                              _bytes_text(block.get("PreferredDevice", ("ay", b""))[1])):
            return path, interfaces
    raise UsbError(UsbProblem.GONE, key)


def _mount_points(filesystem: dict[str, Any]) -> list[Path]:
    return [Path(_bytes_text(p)) for p in filesystem.get("MountPoints", ("aay", []))[1]]


@dataclass(frozen=True)
class MountEntry:
    """One line of /proc/self/mountinfo, as far as the read-only check needs it."""

    options: frozenset[str]  # per-mount: ro, noexec, nosuid, nodev, nosymfollow…
    fs_type: str
    superblock: frozenset[str]  # per-filesystem: norecovery (noload) for ext3/4…


def mount_entry(mount_point: Path, mountinfo: Path = MOUNTINFO) -> MountEntry | None:
    """The topmost mount at ``mount_point``, None when nothing is mounted there."""
    found = None
    for line in mountinfo.read_text().splitlines():
        fields = line.split(" ")
        if "-" not in fields[6:]:
            continue
        where = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[4])
        if where == str(mount_point):
            tail = fields[fields.index("-", 6) + 1 :]
            superblock = tail[2].split(",") if len(tail) > 2 else []
            found = MountEntry(frozenset(fields[5].split(",")), tail[0], frozenset(superblock))
    return found


def write_mount_options(fs_type: str) -> str:
    """The options string of the read-write mount (+ flush for FAT: udisks2 allows it, and it
    writes the file out as soon as it is closed)."""
    extra = ("flush",) if fs_type == "vfat" else ()
    return ",".join(WRITE_MOUNT_OPTIONS + extra)


def _write_protected(node: str, block: dict[str, Any]) -> bool:
    """The kernel's read-only flag of the block device (blockdev --getro, read from sysfs: a
    partition shows its disk's flag too), or udisks2's Block.ReadOnly."""
    try:
        flag = (SYS_BLOCK / Path(os.path.realpath(node)).name / "ro").read_text().strip()
    except OSError:
        flag = ""
    return flag == "1" or bool(block.get("ReadOnly", ("b", False))[1])


def _entry(mount_point: Path) -> MountEntry | None:
    try:
        return mount_entry(mount_point)
    except OSError:
        return None


def _is_read_only_mount(mount_point: Path) -> bool:
    """Whether the kernel applied every read-only option (by the filesystem really mounted)."""
    entry = _entry(mount_point)
    if entry is None:
        return False
    journal_off = entry.fs_type not in JOURNALED_EXT or bool(
        entry.superblock & {"norecovery", "noload"}
    )
    return set(MOUNT_OPTIONS) <= entry.options and journal_off
