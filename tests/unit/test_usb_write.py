"""The one write path to a stick: the names it writes, the copy itself (never overwriting,
never following, nothing partial left), and the fake's write_file. The real adapter's
read-write mount is tested on loop devices in tests/integration/test_udisks_real.py."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kiosk.devices import usb
from kiosk.devices.fake_sticks import FakeSticks
from kiosk.devices.udisks import UdisksSticks, write_mount_options
from kiosk.devices.usb import (
    NAME_MAX_BYTES,
    UsbError,
    UsbProblem,
    candidate_names,
    source_file,
    stick_file_name,
    write_into,
    write_problem,
)


def test_the_new_problems_are_codes_the_ui_translates() -> None:
    assert {p.value for p in UsbProblem} >= {"read_only", "no_space", "write_failed"}


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("lettre.pdf", "lettre.pdf"),
        ("Relevé de compte.pdf", "Relevé de compte.pdf"),
        ("../../etc/passwd", "_.._etc_passwd"),  # no separator survives
        ("..\\autorun.inf", "_autorun.inf"),
        ('a<b>c:d"e|f?g*.txt', "a_b_c_d_e_f_g_.txt"),  # what FAT forbids
        (".bashrc", "bashrc"),  # nothing hidden
        ("facture\u202efdp.exe", "facturefdp.exe"),  # no bidi override
        ("deux\nlignes\u2028.txt", "deuxlignes.txt"),
        ("nul\x00.txt", "nul_.txt"),  # NUL removed, then "nul" is a device name
        ("zéro\x00.txt", "zéro.txt"),
        ("fin. . ", "fin"),  # Windows drops trailing dots and spaces
        ("CON.txt", "CON_.txt"),  # DOS device names cannot be opened on Windows
        ("lpt1", "lpt1_"),
        ("aux.tar.gz", "aux_.tar.gz"),
        ("console.txt", "console.txt"),
        ("", "document"),
        ("...", "document"),
        ("/", "_"),
        ("e\u0301te\u0301.txt", "été.txt"),  # NFC
    ],
)
def test_names_written_to_a_stick_are_cleaned(name: str, written: str) -> None:
    assert stick_file_name(name) == written


def test_long_names_keep_their_extension_within_the_byte_limit() -> None:
    name = stick_file_name("é" * 300 + ".docx")
    assert name.endswith("é.docx") and len(name.encode()) <= NAME_MAX_BYTES
    assert len(stick_file_name("x" * 1000).encode()) == NAME_MAX_BYTES
    last = list(candidate_names(name))[-1]
    assert len(last.encode()) <= 255  # ext4's and FAT's limit, with " (1000)"


def test_free_names_are_numbered_before_the_extension() -> None:
    names = candidate_names("rapport.final.pdf")
    assert [next(names) for _ in range(3)] == [
        "rapport.final.pdf", "rapport.final (2).pdf", "rapport.final (3).pdf"]
    assert list(candidate_names("README"))[:2] == ["README", "README (2)"]
    assert list(candidate_names("v1.0 final"))[:2] == ["v1.0 final", "v1.0 final (2)"]


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (errno.EROFS, UsbProblem.READ_ONLY),
        (errno.EACCES, UsbProblem.READ_ONLY),  # a folder the kiosk may not write in
        (errno.ENOSPC, UsbProblem.NO_SPACE),
        (errno.EFBIG, UsbProblem.NO_SPACE),  # over FAT's 4 GiB
        (errno.ENODEV, UsbProblem.GONE),
        (errno.EIO, UsbProblem.WRITE_FAILED),
    ],
)
def test_write_errors_are_typed(error: int, problem: UsbProblem) -> None:
    assert write_problem(OSError(error, os.strerror(error))) is problem


def test_the_read_write_mount_can_neither_run_nor_follow() -> None:
    assert write_mount_options("ext4") == "rw,noexec,nosuid,nodev,nosymfollow"
    assert write_mount_options("vfat") == "rw,noexec,nosuid,nodev,nosymfollow,flush"


# -- the copy -------------------------------------------------------------------------------


def write(folder: Path, source: Path, name: str) -> str:
    with source_file(source) as (fd, size):
        return write_into(folder, fd, size, name)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "tray" / "lettre.pdf"
    path.parent.mkdir()
    path.write_bytes(os.urandom(3 * 1024 * 1024 + 17))  # more than one chunk
    return path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_a_copy_never_overwrites(source: Path, stick: Path) -> None:
    (stick / "lettre.pdf").write_text("theirs")
    (stick / "lettre (2).pdf").write_text("theirs too")
    assert write(stick, source, "lettre.pdf") == "lettre (3).pdf"
    assert (stick / "lettre (3).pdf").read_bytes() == source.read_bytes()
    assert (stick / "lettre.pdf").read_text() == "theirs"
    assert write(stick, source, "lettre.pdf") == "lettre (4).pdf"


def test_a_copy_never_follows_a_link(source: Path, stick: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("mine")
    (stick / "lettre.pdf").symlink_to(elsewhere)
    (stick / "dangling.pdf").symlink_to(tmp_path / "nothing-here")
    assert write(stick, source, "lettre.pdf") == "lettre (2).pdf"
    assert write(stick, source, "dangling.pdf") == "dangling (2).pdf"
    assert elsewhere.read_text() == "mine" and not (tmp_path / "nothing-here").exists()


def test_a_stick_folder_that_is_a_link_is_not_written(source: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    with pytest.raises(UsbError) as failed:
        write(tmp_path / "link", source, "lettre.pdf")
    assert failed.value.code is UsbProblem.WRITE_FAILED
    assert list(real.iterdir()) == []


@pytest.mark.parametrize("kind", ["missing", "folder", "link"])
def test_only_a_regular_file_is_copied(kind: str, stick: Path, tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    path = tmp_path / "what"
    if kind == "folder":
        path.mkdir()
    elif kind == "link":
        path.symlink_to(target)
    with pytest.raises(UsbError) as failed:
        write(stick, path, "what.txt")
    assert failed.value.code is UsbProblem.WRITE_FAILED
    assert list(stick.iterdir()) == []


def test_a_file_too_big_is_refused_before_anything_is_created(
    source: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(usb, "free_bytes", lambda folder: 1024)
    with pytest.raises(UsbError) as full:
        write(stick, source, "lettre.pdf")
    assert full.value.code is UsbProblem.NO_SPACE
    assert list(stick.iterdir()) == []


@pytest.mark.parametrize(
    ("error", "problem"),
    [(errno.ENOSPC, UsbProblem.NO_SPACE), (errno.EIO, UsbProblem.WRITE_FAILED)],
)
def test_a_failed_copy_leaves_no_partial_file(
    error: int, problem: UsbProblem, source: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def copy_half(source_fd: int, target_fd: int) -> None:
        os.write(target_fd, b"half")
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(usb, "_copy", copy_half)
    with pytest.raises(UsbError) as failed:
        write(stick, source, "lettre.pdf")
    assert failed.value.code is problem
    assert list(stick.iterdir()) == []


def test_an_unwritable_folder_is_read_only(
    source: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refusing(path: str, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(usb.os, "open", refusing)
    with pytest.raises(UsbError) as refused:
        write(stick, source, "lettre.pdf")
    assert refused.value.code is UsbProblem.READ_ONLY


# -- the fake -------------------------------------------------------------------------------


@pytest.fixture
def fake() -> FakeSticks:
    return FakeSticks(allow_fake=True)


def test_the_fake_writes_into_its_folder_and_records_it(
    fake: FakeSticks, source: Path, stick: Path
) -> None:
    key = fake.insert(stick)
    (stick / "autorun.inf").write_text("[autorun]\n")
    assert fake.write_file(key, source, "lettre.pdf") == "lettre.pdf"
    assert fake.write_file(key, source, "lettre.pdf") == "lettre (2).pdf"
    assert fake.write_file(key, source, "../autorun.inf") == "_autorun.inf"
    assert fake.write_file(key, source, "autorun.inf") == "autorun (2).inf"
    assert (stick / "autorun.inf").read_text() == "[autorun]\n"
    assert (stick / "lettre (2).pdf").read_bytes() == source.read_bytes()
    assert fake.written == [(key, source, "lettre.pdf"), (key, source, "lettre (2).pdf"),
                            (key, source, "_autorun.inf"), (key, source, "autorun (2).inf")]
    assert fake.calls == ["write"] * 4


@pytest.mark.parametrize(
    "code",
    [UsbProblem.READ_ONLY, UsbProblem.NO_SPACE, UsbProblem.BUSY, UsbProblem.WRITE_FAILED,
     UsbProblem.UNAVAILABLE],
)
def test_the_fakes_write_can_fail(
    code: UsbProblem, fake: FakeSticks, source: Path, stick: Path
) -> None:
    key = fake.insert(stick)
    fake.fail_next("write", code)
    with pytest.raises(UsbError) as failed:
        fake.write_file(key, source, "lettre.pdf")
    assert (failed.value.code, failed.value.key) == (code, key)
    assert list(stick.iterdir()) == [] and fake.written == []
    assert fake.write_file(key, source, "lettre.pdf") == "lettre.pdf"


def test_the_fake_cannot_write_a_stick_that_is_gone(
    fake: FakeSticks, source: Path, stick: Path
) -> None:
    key = fake.insert(stick)
    refused = fake.insert(stick, interfaces=":080650:030101:")
    fake.pull(key)
    for gone_key in (key, refused, "/devices/nothing"):
        with pytest.raises(UsbError) as gone:
            fake.write_file(gone_key, source, "lettre.pdf")
        assert gone.value.code is UsbProblem.GONE
    assert list(stick.iterdir()) == []


# -- the udisks adapter without udisks ------------------------------------------------------


def test_the_adapter_cannot_write_an_unknown_stick_or_without_udisks(
    source: Path,
) -> None:
    sticks = UdisksSticks("unix:path=/nonexistent/kiosk-bus", settle_s=0)
    with pytest.raises(UsbError) as gone:
        sticks.write_file("/devices/nothing", source, "lettre.pdf")
    assert gone.value.code is UsbProblem.GONE
    with pytest.raises(UsbError) as unavailable:
        sticks.write_device("/dev/sdz1", source, "lettre.pdf")
    assert unavailable.value.code is UsbProblem.UNAVAILABLE
