"""UdisksSticks against the real udev and udisks2, on loop devices, over a private D-Bus.

There is no USB bus here, so a udev rule (matching only this test's image files) gives the loop
devices the properties a USB stick has: ID_BUS=usb and ID_USB_INTERFACES. Everything else is
real: udevd's events reach pyudev's monitor, udisksd mounts through the kernel, and the images'
SHA-256 show that nothing was written — except by write_file, whose file is then read back
from the image with debugfs.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import queue
import secrets
import shutil
import struct
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import unwrap_msg

from kiosk.devices import udisks as udisks_adapter
from kiosk.devices import usb
from kiosk.devices.udisks import MountEntry, UdisksSticks, mount_entry
from kiosk.devices.usb import (
    Refusal,
    RefusalReason,
    StickEvent,
    StickInfo,
    UsbError,
    UsbProblem,
)

pytestmark = pytest.mark.real

UDISKSD = Path("/usr/libexec/udisks2/udisksd")
UDEVD = next((p for p in (Path("/lib/systemd/systemd-udevd"),
                          Path("/usr/lib/systemd/systemd-udevd")) if p.exists()), None)
RULES_DIR = Path("/run/udev/rules.d")
TOOLS = ("dbus-daemon", "udevadm", "losetup", "partx", "mkfs.ext4", "mkfs.vfat", "mount", "umount",
         "debugfs", "e2fsck")
READ_ONLY = {"ro", "noexec", "nosuid", "nodev", "nosymfollow"}
HELLO = "Bonjour, ceci vient de la clé.\n"
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>{address}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
"""
# Loop devices backed by this test's usb-* / hid-* images look like USB sticks to udev.
RULE = (
    'SUBSYSTEM=="block", KERNEL=="loop*", ENV{{DEVTYPE}}=="disk", '
    'ATTR{{loop/backing_file}}=="{root}/{prefix}-*", ENV{{ID_BUS}}="usb", '
    'ENV{{ID_USB_INTERFACES}}="{interfaces}", ENV{{ID_VENDOR}}="Kiosk", ENV{{ID_MODEL}}="Loop"\n'
)


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def skip_reason() -> str | None:
    """Why loop devices, udevd and a private udisksd cannot run here, or None."""
    if os.geteuid() != 0:
        return "loop devices and udisksd need root"
    missing = [t for t in TOOLS if not shutil.which(t, path="/usr/sbin:/sbin:/usr/bin:/bin")]
    if missing:
        return f"missing tools: {', '.join(missing)} (apt-get install dbus udev dosfstools)"
    if not UDISKSD.exists():
        return f"{UDISKSD} is missing (apt-get install udisks2)"
    if UDEVD is None:
        return "systemd-udevd is missing (apt-get install udev)"
    if "ext4" not in Path("/proc/filesystems").read_text():
        return "the kernel has no ext4"
    probe = subprocess.run(["losetup", "-f"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return f"no free loop device (losetup -f: {probe.stderr.strip()})"
    return None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mounts_of(node: str) -> list[Path]:
    """Where block device ``node`` is mounted, from /proc/self/mountinfo."""
    return [where for where, _ in mount_ids(node)]


def mount_ids(node: str) -> list[tuple[Path, str]]:
    """(mount point, mount id) of each mount of ``node``: a new id is a new mount."""
    found = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split(" ")
        tail = fields[fields.index("-") + 1 :]
        if len(tail) > 1 and tail[1] == node:
            found.append((Path(fields[4].replace("\\040", " ")), fields[0]))
    return found


def image_file(image: Path, name: str) -> bytes:
    """A file's bytes read from an ext4 image, without mounting it."""
    return subprocess.run(["debugfs", "-R", f'cat "/{name}"', str(image)], check=True,
                          capture_output=True).stdout


def image_names(image: Path) -> set[str]:
    listing = run("debugfs", "-R", "ls -p /", str(image))
    return {line.split("/")[5] for line in listing.splitlines() if line.count("/") >= 6} - {
        ".", "..", "lost+found"}


def assert_clean(image: Path) -> None:
    check = subprocess.run(["e2fsck", "-fn", str(image)], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0, check.stdout


class PrivateUdisks:
    """dbus-daemon on a socket in a fresh /tmp folder, udisksd on it, and udevd (started only
    when none runs) with this test's rule; everything is stopped and removed by close()."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-udisks-"))
        self.address = f"unix:path={self.root / 'bus'}"
        self.rules = RULES_DIR / f"99-kiosk-test-{secrets.token_hex(4)}.rules"
        self._processes: list[subprocess.Popen[bytes]] = []
        self._loops: list[str] = []

    def start(self) -> None:
        config = self.root / "bus.conf"
        config.write_text(BUS_CONFIG.format(address=self.address))
        self._spawn("dbus", ["dbus-daemon", "--nofork", f"--config-file={config}"])
        wait_until((self.root / "bus").exists, 10, "dbus-daemon's socket")
        RULES_DIR.mkdir(parents=True, exist_ok=True)
        self.rules.write_text(
            RULE.format(root=self.root, prefix="usb", interfaces=":080650:")
            + RULE.format(root=self.root, prefix="hid", interfaces=":080650:030101:")
        )
        if not self._udevd_answers():
            assert UDEVD is not None
            self._spawn("udevd", [str(UDEVD)])
            wait_until(self._udevd_answers, 10, "systemd-udevd")
        run("udevadm", "control", "--reload")
        self._spawn("udisksd", [str(UDISKSD)], DBUS_SYSTEM_BUS_ADDRESS=self.address)
        try:
            wait_until(UdisksSticks(self.address).available, 20, "udisksd on the private bus")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; its log: {self.log('udisksd')}") from None

    def _spawn(self, name: str, command: list[str], **env: str) -> None:
        with open(self.root / f"{name}.log", "wb") as log:
            self._processes.append(subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                env={**os.environ, **env},
            ))

    def _udevd_answers(self) -> bool:
        ping = subprocess.run(["udevadm", "control", "--ping", "--timeout=2"],
                              capture_output=True, check=False)
        return ping.returncode == 0

    def log(self, name: str) -> str:
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def close(self) -> None:
        self.rules.unlink(missing_ok=True)
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            if self._udevd_answers():
                run("udevadm", "control", "--reload")
        for process in reversed(self._processes):  # udisksd, then udevd, then the bus
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- sticks -----------------------------------------------------------------------------

    def attach(self, image: Path, *, partitioned: bool = False, read_only: bool = True) -> str:
        """A loop device for ``image``, read-only (write-protected) unless told; udev has
        processed it when this returns."""
        node = run("losetup", *(["-r"] if read_only else []), "-f", "--show",
                   *(["-P"] if partitioned else []), str(image))
        self._loops.append(node)
        if partitioned and not partitions(node):
            # A kernel without partition-table parsers (this VM's has no MSDOS_PARTITION)
            # creates no partitions: partx reads the table and adds them through BLKPG.
            run("partx", "-a", node)
        run("udevadm", "settle", "--timeout=10")
        return node

    def detach(self, node: str) -> None:
        for mount_point in mounts_of(node) + [m for p in partitions(node) for m in mounts_of(p)]:
            subprocess.run(["umount", str(mount_point)], capture_output=True, check=False)
        subprocess.run(["losetup", "-d", node], capture_output=True, check=False)
        if node in self._loops:
            self._loops.remove(node)

    def detach_all(self) -> None:
        for node in list(self._loops):
            self.detach(node)
        subprocess.run(["udevadm", "settle", "--timeout=10"], capture_output=True, check=False)

    def wait_for_filesystem(self, node: str) -> None:
        """Until udisksd shows a Filesystem interface on ``node``."""

        def ready() -> bool:
            with open_dbus_connection(bus=self.address) as conn:
                manager = DBusAddress("/org/freedesktop/UDisks2", "org.freedesktop.UDisks2",
                                      "org.freedesktop.DBus.ObjectManager")
                reply = conn.send_and_get_reply(new_method_call(manager, "GetManagedObjects"))
                objects = unwrap_msg(reply)[0]
            return any(
                bytes(ifaces["org.freedesktop.UDisks2.Block"]["Device"][1]).rstrip(b"\0")
                == node.encode() and "org.freedesktop.UDisks2.Filesystem" in ifaces
                for ifaces in objects.values() if "org.freedesktop.UDisks2.Block" in ifaces
            )

        wait_until(ready, 10, f"udisks2's Filesystem on {node}")


def partitions(node: str) -> list[str]:
    return [str(p) for p in Path("/dev").glob(f"{Path(node).name}p*")]


@pytest.fixture(scope="module")
def udisks() -> Iterator[PrivateUdisks]:
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    private = PrivateUdisks()
    try:
        private.start()
        yield private
    finally:
        private.detach_all()
        private.close()


@pytest.fixture
def loops(udisks: PrivateUdisks) -> Iterator[PrivateUdisks]:
    """Detaches (and unmounts) every loop device a test attached, even when it failed."""
    yield udisks
    udisks.detach_all()


def make_content(folder: Path) -> Path:
    folder.mkdir()
    (folder / "hello.txt").write_text(HELLO)
    (folder / "autorun.inf").write_text("[autorun]\nopen=run.sh\n")
    (folder / "run.sh").write_text("#!/bin/sh\necho ran\n")
    (folder / "run.sh").chmod(0o755)
    (folder / "link").symlink_to("/etc/hostname")
    return folder


def ext4_image(path: Path, content: Path, label: str, size_mb: int = 16) -> Path:
    run("truncate", "-s", f"{size_mb}M", str(path))
    run("mkfs.ext4", "-q", "-F", "-L", label, "-d", str(content), str(path))
    return path


def partitioned_image(path: Path, filesystem: Path) -> Path:
    """An MBR disk with one Linux partition at 1 MiB holding ``filesystem``."""
    data = filesystem.read_bytes()
    sectors = len(data) // 512
    entry = struct.pack("<B3sB3sII", 0, b"\0\0\0", 0x83, b"\0\0\0", 2048, sectors)
    mbr = bytearray(512)
    mbr[446:462] = entry
    mbr[510:512] = b"\x55\xaa"
    path.write_bytes(bytes(mbr) + bytes(2048 * 512 - 512) + data)
    return path


class Events:
    """What the adapter reported, in order, from its monitor thread."""

    def __init__(self) -> None:
        self.queue: queue.Queue[tuple[StickEvent, StickInfo | Refusal, float]] = queue.Queue()

    def __call__(self, event: StickEvent, item: StickInfo | Refusal) -> None:
        self.queue.put((event, item, time.monotonic()))

    def next(self, timeout: float = 10.0) -> tuple[StickEvent, StickInfo | Refusal, float]:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no USB event") from None


@dataclass
class Watch:
    sticks: UdisksSticks
    events: Events
    udisks: PrivateUdisks


@pytest.fixture
def watch(loops: PrivateUdisks) -> Iterator[Watch]:
    """An adapter with its udev monitor running."""
    sticks, events = UdisksSticks(loops.address), Events()
    sticks.start(events)
    yield Watch(sticks, events, loops)
    sticks.stop()


def assert_read_only(mount_point: Path) -> None:
    """What a person (or a program on the stick) would try, refused by the kernel."""
    entry = mount_entry(mount_point)
    assert entry is not None and entry.fs_type == "ext4"
    assert READ_ONLY <= entry.options
    assert entry.superblock & {"norecovery", "noload"}  # no journal replay
    assert (mount_point / "hello.txt").read_text() == HELLO
    with pytest.raises(OSError) as write:
        (mount_point / "new.txt").write_text("x")
    assert write.value.errno == errno.EROFS
    with pytest.raises(OSError) as rename:
        (mount_point / "autorun.inf").rename(mount_point / "autorun.inf.bak")
    assert rename.value.errno == errno.EROFS
    with pytest.raises(PermissionError):  # noexec
        subprocess.run([str(mount_point / "run.sh")], check=False)
    with pytest.raises(OSError) as follow:  # nosymfollow
        (mount_point / "link").read_text()
    assert follow.value.errno == errno.ELOOP


def test_a_usb_stick_is_detected_opened_read_only_and_ejected(
    watch: Watch, tmp_path: Path
) -> None:
    sticks, events = watch.sticks, watch.events
    content = make_content(tmp_path / "content")
    filesystem = ext4_image(tmp_path / "fs.img", content, "DOCS\u202eFDP", size_mb=8)
    image = partitioned_image(watch.udisks.root / "usb-stick.img", filesystem)
    before = sha256(image)

    plugged = time.monotonic()
    node = watch.udisks.attach(image, partitioned=True)
    event, info, seen = events.next()
    assert event is StickEvent.INSERTED and isinstance(info, StickInfo)
    assert seen - plugged < 2.0  # the kiosk says "USB stick detected" at once
    assert (info.fs_type, info.device_node, info.label) == ("ext4", f"{node}p1", "DOCSFDP")
    assert (info.vendor, info.model, info.size) == ("Kiosk", "Loop", image.stat().st_size)
    assert sticks.present() == [info]

    mount_point = sticks.open(info.key)  # at once: open waits for udisks2 to know it
    assert_read_only(mount_point)
    assert sticks.open(info.key) == mount_point  # opening twice mounts once
    assert mounts_of(info.device_node) == [mount_point]

    sticks.eject(info.key)
    assert mounts_of(info.device_node) == []
    watch.udisks.detach(node)
    event, removed, _ = events.next()
    assert (event, removed) == (StickEvent.REMOVED, info)
    assert sticks.present() == []
    assert sha256(image) == before


def test_storage_with_a_keyboard_is_refused_and_never_mounted(
    watch: Watch, tmp_path: Path
) -> None:
    sticks, events = watch.sticks, watch.events
    image = ext4_image(watch.udisks.root / "hid-stick.img",
                       make_content(tmp_path / "content"), "TRAP")
    node = watch.udisks.attach(image)
    event, refusal, _ = events.next()
    assert event is StickEvent.REFUSED
    assert refusal == Refusal(refusal.key, ("08", "03"), RefusalReason.COMPOSITE_HID)
    assert sticks.present() == []
    with pytest.raises(UsbError) as gone:
        sticks.open(refusal.key)
    assert gone.value.code is UsbProblem.GONE
    assert mounts_of(node) == []


def test_a_block_device_not_on_usb_raises_no_event(watch: Watch, tmp_path: Path) -> None:
    image = ext4_image(tmp_path / "internal.img", make_content(tmp_path / "content"), "DISK")
    watch.udisks.attach(image)
    with pytest.raises(AssertionError):
        watch.events.next(timeout=1.0)


def test_eject_with_a_file_open_is_busy_then_works(loops: PrivateUdisks, tmp_path: Path) -> None:
    image = ext4_image(tmp_path / "plain.img", make_content(tmp_path / "content"), "PLAIN")
    before = sha256(image)
    node = loops.attach(image)
    loops.wait_for_filesystem(node)
    sticks = UdisksSticks(loops.address)
    mount_point = sticks.open_device(node)
    assert_read_only(mount_point)
    with open(mount_point / "hello.txt") as held:
        with pytest.raises(UsbError) as busy:
            sticks.eject_device(node)
        assert busy.value.code is UsbProblem.BUSY
        assert mounts_of(node) == [mount_point]
        assert held.read() == HELLO
    sticks.eject_device(node)
    assert mounts_of(node) == []
    loops.detach(node)
    assert sha256(image) == before


def test_a_mount_without_the_read_only_options_is_left_alone(
    loops: PrivateUdisks, tmp_path: Path
) -> None:
    image = ext4_image(tmp_path / "foreign.img", make_content(tmp_path / "content"), "OTHER")
    node = loops.attach(image)
    loops.wait_for_filesystem(node)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run("mount", "-o", "ro,noload", node, str(elsewhere))  # exec and suid allowed
    try:
        with pytest.raises(UsbError) as refused:
            UdisksSticks(loops.address).open_device(node)
        assert refused.value.code is UsbProblem.MOUNT_FAILED
        assert mounts_of(node) == [elsewhere]
    finally:
        run("umount", str(elsewhere))


def test_a_fat_stick_mounts_read_only_or_fails_calmly(
    loops: PrivateUdisks, tmp_path: Path
) -> None:
    """Kernel FAT is missing on some kernels (this VM's): then MOUNT_FAILED, nothing mounted."""
    image = tmp_path / "fat.img"
    run("truncate", "-s", "16M", str(image))
    run("mkfs.vfat", "-n", "FAT", str(image))
    before = sha256(image)
    node = loops.attach(image)
    loops.wait_for_filesystem(node)
    sticks = UdisksSticks(loops.address)
    try:
        mount_point = sticks.open_device(node)
    except UsbError as exc:
        assert exc.code is UsbProblem.MOUNT_FAILED
        assert "vfat" not in Path("/proc/filesystems").read_text()
        assert mounts_of(node) == []
    else:
        entry = mount_entry(mount_point)
        assert entry is not None and READ_ONLY <= entry.options
        with pytest.raises(OSError) as write:
            (mount_point / "new.txt").write_text("x")
        assert write.value.errno == errno.EROFS
        sticks.eject_device(node)
    loops.detach(node)
    assert sha256(image) == before


def test_an_unknown_device_is_gone(udisks: PrivateUdisks) -> None:
    sticks = UdisksSticks(udisks.address, settle_s=0.5)
    with pytest.raises(UsbError) as gone:
        sticks.open_device("/dev/kiosk-no-such-disk")
    assert gone.value.code is UsbProblem.GONE
    with pytest.raises(UsbError) as unknown_key:
        sticks.eject("/devices/virtual/block/nothing")
    assert unknown_key.value.code is UsbProblem.GONE


# -- the one write path ---------------------------------------------------------------------


def test_a_confirmed_file_is_written_and_the_stick_is_read_only_again(
    watch: Watch, tmp_path: Path
) -> None:
    sticks, events = watch.sticks, watch.events
    image = ext4_image(watch.udisks.root / "usb-writable.img",
                       make_content(tmp_path / "content"), "WRITABLE")
    node = watch.udisks.attach(image, read_only=False)
    _, info, _ = events.next()
    assert isinstance(info, StickInfo) and info.device_node == node
    mount_point = sticks.open(info.key)
    assert_read_only(mount_point)
    letter = secrets.token_bytes(300_000)
    source = tmp_path / "lettre.pdf"
    source.write_bytes(letter)

    with open(mount_point / "hello.txt") as held:  # a file of the stick still open: nothing
        with pytest.raises(UsbError) as busy:
            sticks.write_file(info.key, source, "lettre.pdf")
        assert busy.value.code is UsbProblem.BUSY
        assert held.read() == HELLO
    assert mounts_of(node) == [mount_point]

    assert sticks.write_file(info.key, source, "lettre.pdf") == "lettre.pdf"
    again = sticks.open(info.key)  # the read-only mount, not a new one
    assert mounts_of(node) == [again]
    assert_read_only(again)
    assert (again / "lettre.pdf").read_bytes() == letter
    assert sticks.write_file(info.key, source, "lettre.pdf") == "lettre (2).pdf"
    assert sticks.write_file(info.key, source, '../Lettre: "finale"?.pdf') == (
        "_Lettre_ _finale__.pdf")
    assert sticks.write_file(info.key, source, "autorun.inf") == "autorun (2).inf"
    again = sticks.open(info.key)
    assert mounts_of(node) == [again]
    assert_read_only(again)
    assert (again / "autorun.inf").read_text() == "[autorun]\nopen=run.sh\n"  # untouched

    sticks.eject(info.key)
    assert mounts_of(node) == []
    watch.udisks.detach(node)
    assert image_file(image, "lettre.pdf") == letter
    assert image_file(image, "lettre (2).pdf") == letter
    assert image_names(image) == {"hello.txt", "autorun.inf", "run.sh", "link", "lettre.pdf",
                                  "lettre (2).pdf", "_Lettre_ _finale__.pdf", "autorun (2).inf"}
    assert_clean(image)


def test_a_stick_that_was_not_open_is_written_and_left_unmounted(
    loops: PrivateUdisks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = ext4_image(tmp_path / "closed.img", make_content(tmp_path / "content"), "CLOSED")
    node = loops.attach(image, read_only=False)
    loops.wait_for_filesystem(node)
    source = tmp_path / "note.txt"
    source.write_text("note\n")
    seen: list[MountEntry | None] = []

    def spy(folder: Path, source_fd: int, size: int, name: str, key: str = "") -> str:
        seen.append(mount_entry(folder))
        return usb.write_into(folder, source_fd, size, name, key)

    monkeypatch.setattr(udisks_adapter, "write_into", spy)
    assert UdisksSticks(loops.address).write_device(node, source, "note.txt") == "note.txt"
    [entry] = seen  # the short read-write mount, as the kernel applied it
    assert entry is not None and {"rw", "noexec", "nosuid", "nodev", "nosymfollow"} <= entry.options
    assert mounts_of(node) == []
    loops.detach(node)
    assert image_file(image, "note.txt") == b"note\n"
    assert_clean(image)


def test_a_write_protected_stick_is_read_only_and_stays_mounted(
    loops: PrivateUdisks, tmp_path: Path
) -> None:
    image = ext4_image(tmp_path / "locked.img", make_content(tmp_path / "content"), "LOCKED")
    before = sha256(image)
    node = loops.attach(image)  # losetup -r: the kernel's read-only flag, as a locked SD card
    loops.wait_for_filesystem(node)
    sticks = UdisksSticks(loops.address)
    mount_point = sticks.open_device(node)
    mounted = mount_ids(node)
    source = tmp_path / "note.txt"
    source.write_text("note\n")
    with pytest.raises(UsbError) as refused:
        sticks.write_device(node, source, "note.txt")
    assert refused.value.code is UsbProblem.READ_ONLY
    assert mount_ids(node) == mounted  # never unmounted
    assert_read_only(mount_point)
    sticks.eject_device(node)
    loops.detach(node)
    assert sha256(image) == before


def test_a_read_write_mount_refused_by_udisks_is_read_only_and_undone(
    loops: PrivateUdisks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the write-protection check (as if it had missed it): udisks2 refuses the explicit
    rw, and the stick is mounted read-only again."""
    image = ext4_image(tmp_path / "locked.img", make_content(tmp_path / "content"), "LOCKED")
    before = sha256(image)
    node = loops.attach(image)
    loops.wait_for_filesystem(node)
    sticks = UdisksSticks(loops.address)
    sticks.open_device(node)
    monkeypatch.setattr(udisks_adapter, "_write_protected", lambda node, block: False)
    source = tmp_path / "note.txt"
    source.write_text("note\n")
    with pytest.raises(UsbError) as refused:
        sticks.write_device(node, source, "note.txt")
    assert refused.value.code is UsbProblem.READ_ONLY
    [again] = mounts_of(node)
    assert_read_only(again)
    sticks.eject_device(node)
    loops.detach(node)
    assert sha256(image) == before


def test_a_file_too_big_is_no_space_and_leaves_nothing(
    loops: PrivateUdisks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = ext4_image(tmp_path / "tiny.img", make_content(tmp_path / "content"), "TINY",
                       size_mb=2)
    node = loops.attach(image, read_only=False)
    loops.wait_for_filesystem(node)
    sticks = UdisksSticks(loops.address)
    mount_point = sticks.open_device(node)
    source = tmp_path / "big.bin"
    source.write_bytes(secrets.token_bytes(3 * 1024 * 1024))

    mounted = mount_ids(node)
    with pytest.raises(UsbError) as too_big:  # seen from the read-only mount
        sticks.write_device(node, source, "big.bin")
    assert too_big.value.code is UsbProblem.NO_SPACE
    assert mount_ids(node) == mounted  # not even remounted

    monkeypatch.setattr(usb, "free_bytes", lambda folder: None)  # as if the space were unknown
    with pytest.raises(UsbError) as full:  # the kernel's ENOSPC, in the middle of the copy
        sticks.write_device(node, source, "big.bin")
    assert full.value.code is UsbProblem.NO_SPACE
    [(again, _)] = mount_ids(node)
    assert_read_only(again)
    assert sorted(p.name for p in again.iterdir()) == [
        "autorun.inf", "hello.txt", "link", "lost+found", "run.sh"]
    assert mount_point.exists()
    sticks.eject_device(node)
    loops.detach(node)
    assert image_names(image) == {"hello.txt", "autorun.inf", "run.sh", "link"}
    assert_clean(image)
