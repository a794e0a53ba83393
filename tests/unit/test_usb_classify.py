"""Which USB devices may be read: the interface classification table, volume labels, mount
options; the sticks contract run against every Sticks (the fake always, udisks2 on loop
devices as a real test); then the fake's scripting and the udisks adapter's udev handling."""

from __future__ import annotations

import itertools
import queue
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import pytest

from kiosk.devices.fake_sticks import FakeSticks
from kiosk.devices.udisks import MountEntry, UdisksSticks, mount_entry
from kiosk.devices.usb import (
    Refusal,
    RefusalReason,
    StickEvent,
    StickInfo,
    Sticks,
    UsbError,
    UsbProblem,
    classify_interfaces,
    clean_label,
    mount_options,
)
from tests.integration.test_udisks_real import (
    HELLO,
    PrivateUdisks,
    ext4_image,
    make_content,
    skip_reason,
)

HID, NET, WIRELESS, OTHER = (
    RefusalReason.COMPOSITE_HID,
    RefusalReason.COMPOSITE_NETWORK,
    RefusalReason.COMPOSITE_WIRELESS,
    RefusalReason.COMPOSITE_OTHER,
)
STORAGE, KEYBOARD_STICK = ":080650:", ":080650:030101:"


# -- the classification table ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("interfaces", "expected"),
    [
        (":080650:", (True, None)),  # bulk-only mass storage: a plain stick
        (":080662:", (True, None)),  # UAS
        (":080650:080650:", (True, None)),  # two storage interfaces (a dual card reader)
        (" :080650: ", (True, None)),
        ("080650", (True, None)),  # colons missing at the ends
        (":080650:030101:", (False, HID)),  # storage + keyboard: a "Rubber Ducky"
        (":030101:080650:", (False, HID)),  # in any order
        (":0806AB:03FFFF:", (False, HID)),  # upper-case hex
        (":080650:030000:020600:", (False, HID)),  # HID named first, whatever else
        (":080650:020600:0a0000:", (False, NET)),  # CDC ethernet
        (":080650:0a0000:", (False, NET)),
        (":080650:ef0401:", (False, NET)),  # RNDIS through the misc class
        (":080650:e00101:", (False, WIRELESS)),  # Bluetooth
        (":E00101:080650:", (False, WIRELESS)),
        (":080650:ff0000:", (False, OTHER)),  # vendor-specific: could be anything
        (":080650:ef0201:", (False, OTHER)),
        (":030101:", (False, None)),  # a keyboard alone is not storage
        (":030101:030102:", (False, None)),
        (":e00101:", (False, None)),
        ("", (False, None)),
        (":", (False, None)),
        ("::", (False, None)),
        (":08:", (False, None)),  # too short
        (":0806500:", (False, None)),  # too long
        (":08065g:", (False, None)),  # not hex
        (":080650:zz:", (False, None)),  # one bad entry spoils the string
        (":080650;030101:", (False, None)),
    ],
)
def test_interface_classification(interfaces: str, expected: tuple[bool, str | None]) -> None:
    assert classify_interfaces(interfaces) == expected


def test_reasons_are_the_codes_the_ui_translates() -> None:
    assert classify_interfaces(KEYBOARD_STICK)[1] == "composite_hid"


@pytest.mark.parametrize(
    ("fs_type", "options"),
    [
        ("vfat", "ro,noexec,nosuid,nodev,nosymfollow"),
        ("ext2", "ro,noexec,nosuid,nodev,nosymfollow"),
        ("ext3", "ro,noexec,nosuid,nodev,nosymfollow,noload"),  # no journal replay
        ("ext4", "ro,noexec,nosuid,nodev,nosymfollow,noload"),
    ],
)
def test_mount_options(fs_type: str, options: str) -> None:
    assert mount_options(fs_type) == options


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("KINGSTON", "KINGSTON"),
        ("DOCS\u202eFDP.EXE", "DOCSFDP.EXE"),  # a right-to-left override
        ("\u2066a\u2069 b\u200b", "a b"),  # isolates, zero-width space
        ("line\nbreak\ttab\x00nul\x9bcsi", "linebreaktabnulcsi"),  # C0 and C1 controls
        ("  MY \u00a0  STICK  ", "MY STICK"),
        ("Clé USB", "Clé USB"),
        ("e\u0301t\u00e9", "été"),  # NFC
        ("\ue000private", "private"),
        ("x" * 200, "x" * 64),
    ],
)
def test_labels_are_cleaned_for_display(raw: str, clean: str) -> None:
    assert clean_label(raw) == clean


# -- the contract, for every Sticks ---------------------------------------------------------


class Events:
    def __init__(self) -> None:
        self.queue: queue.Queue[tuple[StickEvent, StickInfo | Refusal]] = queue.Queue()

    def __call__(self, event: StickEvent, item: StickInfo | Refusal) -> None:
        self.queue.put((event, item))

    def next(self, timeout: float = 10.0) -> tuple[StickEvent, StickInfo | Refusal]:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no USB event") from None


class Hand(Protocol):
    """Plugs sticks into a Sticks and pulls them out."""

    @property
    def sticks(self) -> Sticks: ...

    def plug(self, content: Path, interfaces: str) -> None: ...

    def pull(self, key: str) -> None: ...


@dataclass
class FakeHand:
    sticks: FakeSticks = field(default_factory=lambda: FakeSticks(allow_fake=True))

    def plug(self, content: Path, interfaces: str) -> None:
        self.sticks.insert(content, "DOCS", interfaces, fs_type="ext4")

    def pull(self, key: str) -> None:
        self.sticks.pull(key)


@dataclass
class LoopHand:
    """Sticks as read-only loop devices that udev is told are on USB (see test_udisks_real)."""

    udisks: PrivateUdisks
    tmp_path: Path
    sticks: UdisksSticks = field(init=False)
    numbers: Iterator[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.sticks = UdisksSticks(self.udisks.address)

    def plug(self, content: Path, interfaces: str) -> None:
        prefix = {STORAGE: "usb", KEYBOARD_STICK: "hid"}[interfaces]
        image = self.udisks.root / f"{prefix}-{next(self.numbers)}.img"
        self.udisks.attach(ext4_image(image, content, "DOCS"))

    def pull(self, key: str) -> None:
        self.udisks.detach(f"/dev/{Path(key).name}")


@pytest.fixture(scope="module")
def private_udisks() -> Iterator[PrivateUdisks]:
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


@pytest.fixture(params=["fake", pytest.param("udisks", marks=pytest.mark.real)])
def hand(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Hand]:
    if request.param == "fake":
        yield FakeHand()
        return
    udisks: PrivateUdisks = request.getfixturevalue("private_udisks")
    try:
        yield LoopHand(udisks, tmp_path)
    finally:
        udisks.detach_all()


@pytest.fixture
def events(hand: Hand) -> Iterator[Events]:
    events = Events()
    hand.sticks.start(events)
    yield events
    hand.sticks.stop()


class TestSticksContract:
    def test_a_stick_is_reported_listed_and_opens_on_its_files(
        self, hand: Hand, events: Events, tmp_path: Path
    ) -> None:
        hand.plug(make_content(tmp_path / "content"), STORAGE)
        event, info = events.next()
        assert event is StickEvent.INSERTED and isinstance(info, StickInfo)
        assert (info.label, info.fs_type) == ("DOCS", "ext4")
        assert hand.sticks.present() == [info]
        opened = hand.sticks.open(info.key)
        assert (opened / "hello.txt").read_text() == HELLO
        hand.sticks.eject(info.key)

    def test_storage_with_a_keyboard_is_refused_and_cannot_be_opened(
        self, hand: Hand, events: Events, tmp_path: Path
    ) -> None:
        hand.plug(make_content(tmp_path / "content"), KEYBOARD_STICK)
        event, refusal = events.next()
        assert event is StickEvent.REFUSED
        assert refusal == Refusal(refusal.key, ("08", "03"), HID)
        assert hand.sticks.present() == []
        with pytest.raises(UsbError) as gone:
            hand.sticks.open(refusal.key)
        assert gone.value.code is UsbProblem.GONE
        hand.pull(refusal.key)
        assert events.next() == (StickEvent.REMOVED, refusal)

    def test_pulling_a_stick_out_reports_it_removed(
        self, hand: Hand, events: Events, tmp_path: Path
    ) -> None:
        hand.plug(make_content(tmp_path / "content"), STORAGE)
        _, info = events.next()
        hand.pull(info.key)
        assert events.next() == (StickEvent.REMOVED, info)
        assert hand.sticks.present() == []
        for operation in (hand.sticks.open, hand.sticks.eject):
            with pytest.raises(UsbError) as gone:
                operation(info.key)
            assert gone.value.code is UsbProblem.GONE

    def test_sticks_already_plugged_in_are_reported_at_start(
        self, hand: Hand, tmp_path: Path
    ) -> None:
        hand.plug(make_content(tmp_path / "content"), STORAGE)
        events = Events()
        hand.sticks.start(events)
        try:
            event, info = events.next()
            assert event is StickEvent.INSERTED and hand.sticks.present() == [info]
        finally:
            hand.sticks.stop()


# -- the fake -------------------------------------------------------------------------------


def test_the_fake_refuses_to_exist_outside_demo_or_test() -> None:
    with pytest.raises(RuntimeError):
        FakeSticks()


@pytest.fixture
def fake() -> FakeSticks:
    return FakeSticks(allow_fake=True)


def test_the_fake_reports_what_is_plugged_in(fake: FakeSticks, tmp_path: Path) -> None:
    events = Events()
    fake.start(events)
    fake.insert(tmp_path, interfaces=":030101:")  # a keyboard: not the kiosk's business
    unreadable = fake.insert(tmp_path, "SECRET", fs_type="crypto_LUKS")
    assert events.next() == (
        StickEvent.REFUSED, Refusal(unreadable, ("08",), RefusalReason.UNSUPPORTED_FILESYSTEM)
    )
    key = fake.insert(tmp_path, "MES\u202eDOCS", vendor="SanDisk", model="Cruzer")
    event, info = events.next()
    assert event is StickEvent.INSERTED and isinstance(info, StickInfo)
    assert (info.key, info.label, info.vendor, info.model) == (key, "MESDOCS", "SanDisk",
                                                               "Cruzer")
    assert fake.open(key) == tmp_path and fake.mounted == {key}
    fake.stop()
    fake.pull(key)
    assert events.queue.empty()


def test_the_fakes_eject_can_be_busy(fake: FakeSticks, tmp_path: Path) -> None:
    events = Events()
    fake.start(events)
    key = fake.insert(tmp_path)
    _, info = events.next()
    fake.open(key)
    fake.fail_next("eject", UsbProblem.BUSY)
    with pytest.raises(UsbError) as busy:
        fake.eject(key)
    assert (busy.value.code, busy.value.key) == (UsbProblem.BUSY, key)
    assert fake.present() == [info] and fake.mounted == {key}
    fake.eject(key)  # a stick that powers off is gone
    assert events.next() == (StickEvent.REMOVED, info)
    assert fake.present() == [] and fake.mounted == set()
    assert fake.calls == ["start", "open", "eject", "eject"]


def test_the_fakes_open_can_fail(fake: FakeSticks, tmp_path: Path) -> None:
    key = fake.insert(tmp_path)
    fake.fail_next("open", UsbProblem.MOUNT_FAILED)
    with pytest.raises(UsbError) as failed:
        fake.open(key)
    assert failed.value.code is UsbProblem.MOUNT_FAILED
    assert fake.open(key) == tmp_path


# -- the udisks adapter's udev side, on stand-in devices ------------------------------------


class Attributes:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def asstring(self, name: str) -> str:
        return self.values[name]


@dataclass
class Device:
    """What the adapter reads of a pyudev Device."""

    device_path: str
    device_type: str
    properties: dict[str, str] = field(default_factory=dict)
    device_node: str | None = None
    sectors: int = 2048
    children: list[Device] = field(default_factory=list)
    parents: dict[tuple[str, str], Device] = field(default_factory=dict)
    is_initialized: bool = True
    action: str | None = "add"
    sys_number: str | None = None
    sysfs: dict[str, str] = field(default_factory=dict)

    @property
    def attributes(self) -> Attributes:
        return Attributes({"size": str(self.sectors), **self.sysfs})

    def find_parent(self, subsystem: str, device_type: str | None = None) -> Any:
        return self.parents.get((subsystem, device_type or ""))


def usb_disk(interfaces: str | None = STORAGE, **properties: str) -> Device:
    props = {"ID_BUS": "usb", "ID_VENDOR_ENC": "Kingston\\x20Inc", "ID_MODEL": "DataTraveler"}
    if interfaces is not None:
        props["ID_USB_INTERFACES"] = interfaces
    return Device("/devices/pci0/usb1/1-1/host0/block/sda", "disk", {**props, **properties},
                  "/dev/sda")


def add_partition(disk: Device, fs_type: str = "vfat", **properties: str) -> Device:
    number = str(len(disk.children) + 1)
    part = Device(
        f"{disk.device_path}/sda{number}", "partition",
        {"ID_FS_USAGE": "filesystem", "ID_FS_TYPE": fs_type, "PARTN": number, **properties},
        f"/dev/sda{number}", sys_number=number, parents={("block", "disk"): disk},
    )
    disk.children.append(part)
    disk.properties["ID_PART_TABLE_TYPE"] = "dos"
    return part


@pytest.fixture
def adapter() -> Iterator[tuple[UdisksSticks, Events]]:
    sticks, events = UdisksSticks("unix:path=/nonexistent/kiosk-bus", settle_s=0), Events()
    sticks._on_event = events  # what start() does, without a udev monitor
    yield sticks, events


def test_a_partitioned_stick_is_reported_once_its_partition_is_ready(
    adapter: tuple[UdisksSticks, Events],
) -> None:
    sticks, events = adapter
    disk = usb_disk()
    add_partition(disk, "swap", ID_FS_USAGE="other")
    part = add_partition(disk, "vfat", ID_FS_LABEL_ENC="MES\\x20DOCS\\xe2\\x80\\xae")
    part.is_initialized = False
    sticks.handle_udev_event(disk)
    assert events.queue.empty()  # udev has not yet read the partition
    part.is_initialized = True
    sticks.handle_udev_event(part)
    event, info = events.next()
    assert event is StickEvent.INSERTED
    assert info == StickInfo(disk.device_path, "MES DOCS", 2048 * 512, "vfat", "/dev/sda2",
                             "Kingston Inc", "DataTraveler")
    sticks.handle_udev_event(part, "change")  # reported once
    sticks.handle_udev_event(disk, "remove")
    assert events.next() == (StickEvent.REMOVED, info)
    assert events.queue.empty()


def test_a_composite_device_is_refused_before_its_filesystem_is_looked_at(
    adapter: tuple[UdisksSticks, Events],
) -> None:
    sticks, events = adapter
    disk = usb_disk(KEYBOARD_STICK)
    sticks.handle_udev_event(add_partition(disk))
    assert events.next() == (StickEvent.REFUSED, Refusal(disk.device_path, ("08", "03"), HID))
    sticks.handle_udev_event(disk, "change")
    assert events.queue.empty()
    assert sticks.present() == []


def test_interfaces_come_from_the_usb_device_when_the_disk_lacks_them(
    adapter: tuple[UdisksSticks, Events],
) -> None:
    sticks, events = adapter
    usb = Device("/devices/pci0/usb1/1-1", "usb_device", children=[
        Device("/devices/pci0/usb1/1-1/1-1:1.0", "usb_interface", sysfs={
            "bInterfaceClass": "08", "bInterfaceSubClass": "06", "bInterfaceProtocol": "50"}),
        Device("/devices/pci0/usb1/1-1/1-1:1.1", "usb_interface", sysfs={
            "bInterfaceClass": "e0", "bInterfaceSubClass": "01", "bInterfaceProtocol": "01"}),
    ])
    disk = usb_disk(None, ID_FS_USAGE="filesystem", ID_FS_TYPE="vfat")
    disk.parents[("usb", "usb_device")] = usb
    sticks.handle_udev_event(disk)
    assert events.next() == (
        StickEvent.REFUSED, Refusal(disk.device_path, ("08", "e0"), WIRELESS)
    )


@pytest.mark.parametrize(
    "disk",
    [
        Device("/devices/virtual/block/loop0", "disk",
               {"ID_FS_USAGE": "filesystem", "ID_FS_TYPE": "ext4"}, "/dev/loop0"),  # not USB
        usb_disk(":030101:", ID_FS_USAGE="filesystem", ID_FS_TYPE="vfat"),  # not storage
        replace(usb_disk(ID_FS_USAGE="filesystem", ID_FS_TYPE="vfat"), sectors=0),  # no card
    ],
)
def test_devices_that_are_not_sticks_raise_no_event(
    adapter: tuple[UdisksSticks, Events], disk: Device
) -> None:
    sticks, events = adapter
    sticks.handle_udev_event(disk)
    assert events.queue.empty()


def test_a_stick_without_a_readable_filesystem_is_refused(
    adapter: tuple[UdisksSticks, Events],
) -> None:
    sticks, events = adapter
    disk = usb_disk()
    add_partition(disk, "crypto_LUKS", ID_FS_USAGE="crypto")
    sticks.handle_udev_event(disk)
    refusal = Refusal(disk.device_path, ("08",), RefusalReason.UNSUPPORTED_FILESYSTEM)
    assert events.next() == (StickEvent.REFUSED, refusal)


def test_a_card_taken_out_of_its_reader_is_removed(
    adapter: tuple[UdisksSticks, Events],
) -> None:
    sticks, events = adapter
    disk = usb_disk(ID_FS_USAGE="filesystem", ID_FS_TYPE="exfat")
    sticks.handle_udev_event(disk)
    _, info = events.next()
    disk.sectors = 0
    sticks.handle_udev_event(disk, "change")
    assert events.next() == (StickEvent.REMOVED, info)


def test_without_udisks_nothing_is_offered_and_open_is_unavailable(
    adapter: tuple[UdisksSticks, Events],
) -> None:
    sticks, events = adapter
    sticks.handle_udev_event(usb_disk(ID_FS_USAGE="filesystem", ID_FS_TYPE="vfat"))
    _, info = events.next()
    assert not sticks.available()
    assert sticks.present() == []
    for operation in (sticks.open, sticks.eject):
        with pytest.raises(UsbError) as unavailable:
            operation(info.key)
        assert unavailable.value.code is UsbProblem.UNAVAILABLE


def test_mounts_are_read_from_mountinfo(tmp_path: Path) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "22 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
        "42 27 8:1 / /media/kiosk/MY\\040STICK rw,nosuid,nodev shared:1 - vfat /dev/sda1 rw\n"
        "43 42 8:1 / /media/kiosk/MY\\040STICK ro,nosuid,nodev,noexec,nosymfollow - ext4 "
        "/dev/sda1 ro,norecovery\n"
    )
    assert mount_entry(Path("/media/kiosk/MY STICK"), mountinfo) == MountEntry(  # the topmost
        frozenset({"ro", "nosuid", "nodev", "noexec", "nosymfollow"}), "ext4",
        frozenset({"ro", "norecovery"}),
    )
    assert mount_entry(Path("/elsewhere"), mountinfo) is None
