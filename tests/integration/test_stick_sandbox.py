"""A stick read through the real bubblewrap sandbox: a worker that misbehaves (garbage, too much,
a crash, a hang, a write to the stick, a forged copy) makes the stick unreadable, never a
traceback; Stop kills it; a copy is checked in the sandbox; a device is read through a
descriptor; no sandbox, nothing read; and `kiosk inspect --json` works on a folder and an image.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.artifacts import ArtifactRegistry
from kiosk.cli import main as kiosk_main
from kiosk.clock import FakeClock
from kiosk.documents.stick import Caps, Entry, StickError, list_fat_image, list_folder
from kiosk.sandbox.bwrap import Bubblewrap
from kiosk.sandbox.stick_reader import StickReader
from kiosk.usb import TakeRefused, UsbService
from tests.corpus import PE, TEXT, jpeg, pdf, pyfat_image

SANDBOX = StickReader().available()
pytestmark = [pytest.mark.real,
              pytest.mark.skipif(not SANDBOX, reason="the bubblewrap sandbox does not work here")]

# The head of every fake worker: `entry` prints a well-formed entry line.
FAKE_HEAD = '''
import json, os, sys, time
command, args = sys.argv[2], sys.argv[3:]
def entry(*path, **changes):
    record = {"t": "entry", "path": list(path), "folder": False, "size": 6,
              "verdict": "ready", "reason": None, "kind": "text", "mime": "text/plain"}
    record.update(changes)
    print(json.dumps(record), flush=True)
'''


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    root = tmp_path / "stick"
    (root / "photos").mkdir(parents=True)
    (root / "lettre.txt").write_bytes(TEXT)
    (root / "scan.pdf").write_bytes(pdf())
    (root / "photos" / "plage.jpg").write_bytes(jpeg())
    (root / "setup.exe").write_bytes(PE)
    return root


@pytest.fixture
def image(tmp_path: Path) -> Path:
    """A FAT16 image made by pyfatfs, so that this runs without mtools."""
    return pyfat_image(tmp_path / "stick.img", {
        "photos/plage.jpg": jpeg(), "lettre.txt": TEXT, "facture.pdf": PE,
    })


class Audit:
    def record(self, kind: object, /, **_detail: object) -> None:
        pass


def fake(tmp_path: Path, body: str, seconds: float = 2.0) -> StickReader:
    """A reader whose worker is `body` (after FAKE_HEAD), with a short time budget."""
    script = tmp_path / "fake_worker.py"
    script.write_text(FAKE_HEAD + body)
    return StickReader(caps=Caps(seconds=seconds), worker=script, startup_s=3.0)


def by_path(entries: tuple[Entry, ...] | list[Entry], *path: str) -> Entry:
    return next(e for e in entries if e.path == path)


def refusal(call: object) -> str:
    assert callable(call)
    with pytest.raises(StickError) as error:
        call()
    return error.value.code


def sandboxes_left(marker: Path) -> list[str]:
    """Processes whose command line names `marker` (bwrap binds the fake worker from there)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            line = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if proc.name.isdigit() and str(marker).encode() in line:
            found.append(proc.name)
    return found


def sandboxes_gone(marker: Path, within_s: float = 3.0) -> bool:
    """bwrap is killed and waited for; what ran inside it dies by --die-with-parent, which the
    kernel delivers just after: a moment is allowed, not a minute."""
    deadline = time.monotonic() + within_s
    while sandboxes_left(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# -- the real worker ----------------------------------------------------------------------


def test_a_folder_is_listed_in_the_sandbox_as_the_walk_lists_it(stick: Path) -> None:
    listing = StickReader().listing(stick)
    assert listing.entries == list_folder(stick).entries
    assert by_path(listing.entries, "setup.exe").reason == "executable"
    assert [e.path for e in listing.children(("photos",))] == [("photos", "plage.jpg")]


def test_a_long_listing_tells_how_many_files_are_read_so_far(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for index in range(300):
        (big / f"note-{index:03}.txt").write_text("Bonjour\n")
    heard: list[int] = []
    listing = UsbService(None, Audit(), reader=StickReader()).listing(big, progress=heard.append)
    assert len(listing.entries) == 300
    assert heard and heard == sorted(heard) and 0 < heard[-1] <= 300


def test_an_image_is_listed_and_a_file_taken_out_in_the_sandbox(image: Path,
                                                                 tmp_path: Path) -> None:
    before = image.read_bytes()
    reader = StickReader()
    listing = reader.listing(image)
    assert listing.entries == list_fat_image(image).entries
    assert by_path(listing.entries, "facture.pdf").reason == "executable"
    copied = reader.copy_out(image, by_path(listing.entries, "photos", "plage.jpg"),
                             tmp_path / "copy")
    assert copied.path.read_bytes() == jpeg()
    assert (copied.kind, copied.mime, copied.size) == ("jpeg", "image/jpeg", len(jpeg()))
    assert copied.path.stat().st_mode & 0o777 == 0o600
    assert image.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy", "stick.img"]


def test_a_file_changed_after_the_listing_is_refused_by_the_check(stick: Path,
                                                                   tmp_path: Path) -> None:
    reader = StickReader()
    listing = reader.listing(stick)
    (stick / "lettre.txt").write_bytes(PE)
    assert refusal(lambda: reader.copy_out(stick, by_path(listing.entries, "lettre.txt"),
                                           tmp_path / "copy")) == "changed"
    assert not (tmp_path / "copy").exists()
    copied = reader.copy_out(stick, by_path(listing.entries, "scan.pdf"), tmp_path / "copy")
    assert copied.kind == "pdf" and copied.path.read_bytes() == pdf()


def test_a_file_grown_past_the_cap_is_not_taken_from_an_image(image: Path,
                                                              tmp_path: Path) -> None:
    from pyfatfs.PyFatFS import PyFatFS

    reader = StickReader(caps=Caps(file_size=len(TEXT) * 2))
    entry = by_path(reader.listing(image).entries, "lettre.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fs = PyFatFS(str(image))
        fs.writebytes("/lettre.txt", TEXT * 3)
        fs.close()
    assert refusal(lambda: reader.copy_out(image, entry, tmp_path / "copy")) == "too_large"
    assert not (tmp_path / "copy").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stick.img"]


def test_a_listing_can_be_stopped_and_the_sandbox_goes(tmp_path: Path) -> None:
    reader = fake(tmp_path, '''
for n in range(100):
    entry(f"f{n:03d}.txt")
time.sleep(60)
''', seconds=30)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(count: int) -> None:
        seen.append(count)
        cancel.set()

    started = time.monotonic()
    listing = reader.listing(tmp_path, progress, cancel)
    assert time.monotonic() - started < 5
    assert listing.cancelled and len(listing.entries) >= 64 and seen[0] == 64
    assert sandboxes_gone(tmp_path / "fake_worker.py")


# -- a worker that misbehaves ---------------------------------------------------------------


@pytest.mark.parametrize("body", [
    'print("hello")',  # garbage
    'sys.stdout.write("{" * 10_000_000)',  # one endless line
    'entry("a")\nentry("../etc")\nprint(json.dumps({"t": "end", "count": 2}))',
    'entry("a", verdict="fine")\nprint(json.dumps({"t": "end", "count": 1}))',
    '\n'.join(['for n in range(30_000):', '    entry(f"f{n}")']),  # beyond the caps
    'entry("a")',  # never says it ended
    'entry("a")\nprint(json.dumps({"t": "end", "count": 1}))\nsys.exit(3)',  # then fails
    'entry("a")\nraise RuntimeError("crash")',  # a traceback on stderr
    'os.kill(os.getpid(), 9)',
    'print(json.dumps({"t": "error", "code": "unreadable"}))\nsys.exit(4)',
], ids=["garbage", "endless line", "dot-dot", "unknown verdict", "too many", "no end",
        "exit status", "crash", "killed", "refusal"])
def test_a_misbehaving_worker_makes_the_stick_unreadable(tmp_path: Path, stick: Path,
                                                         body: str) -> None:
    assert refusal(lambda: fake(tmp_path, body).listing(stick)) == "unreadable"


def test_a_worker_that_hangs_is_stopped_at_its_time_limit(tmp_path: Path, stick: Path) -> None:
    reader = fake(tmp_path, 'entry("a")\ntime.sleep(60)', seconds=1.0)
    started = time.monotonic()
    assert refusal(lambda: reader.listing(stick)) == "unreadable"
    assert time.monotonic() - started < 10
    assert sandboxes_gone(tmp_path / "fake_worker.py")


def test_a_worker_cannot_write_to_the_stick(tmp_path: Path, stick: Path, image: Path) -> None:
    before = {p: p.read_bytes() for p in stick.rglob("*") if p.is_file()}
    image_before = image.read_bytes()
    body = '''
tried = []
for attempt in (lambda: open("/stick/new.txt", "w"), lambda: open("/stick/lettre.txt", "r+b"),
                lambda: os.unlink("/stick/setup.exe"), lambda: open("/in/image", "r+b")):
    try:
        attempt().write(b"x")
        tried.append("written")
    except OSError as error:
        tried.append(error.errno)
print(json.dumps({"t": "end", "count": 0, "tried": tried}))
'''
    assert refusal(lambda: fake(tmp_path, body).listing(stick)) == "unreadable"
    assert refusal(lambda: fake(tmp_path, body).listing(image)) == "unreadable"
    assert {p: p.read_bytes() for p in stick.rglob("*") if p.is_file()} == before
    assert image.read_bytes() == image_before


def test_a_forged_copy_is_refused(tmp_path: Path, image: Path) -> None:
    entry = by_path(StickReader().listing(image).entries, "lettre.txt")
    verdict = json.dumps({"t": "file", "size": len(TEXT), "verdict": "ready", "reason": None,
                          "kind": "text", "mime": "text/plain"})
    link = fake(tmp_path, f'os.symlink("/etc/passwd", "/out/file")\nprint({verdict!r})')
    assert refusal(lambda: link.copy_out(image, entry, tmp_path / "a")) == "unreadable"
    short = fake(tmp_path, f'open("/out/file", "wb").write(b"x")\nprint({verdict!r})')
    assert refusal(lambda: short.copy_out(image, entry, tmp_path / "b")) == "unreadable"
    other = fake(tmp_path, f'open("/out/file", "wb").write({TEXT!r})\n'
                           f'print({verdict.replace("text", "pdf")!r})')
    assert refusal(lambda: other.copy_out(image, entry, tmp_path / "c")) == "unreadable"
    said_pdf = verdict.replace('"text", "mime": "text/plain"',
                               '"pdf", "mime": "application/pdf"')
    changed = fake(tmp_path, f'open("/out/file", "wb").write({TEXT!r})\nprint({said_pdf!r})')
    assert refusal(lambda: changed.copy_out(image, entry, tmp_path / "d")) == "changed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake_worker.py", "stick.img"]


# -- no sandbox, a device, the command line -------------------------------------------------


def test_without_a_sandbox_nothing_is_listed_nor_taken(stick: Path, tmp_path: Path) -> None:
    reader = StickReader(Bubblewrap("/nonexistent/bwrap"))
    assert refusal(lambda: reader.listing(stick)) == "sandbox_unavailable"
    entry = by_path(list_folder(stick).entries, "lettre.txt")
    assert refusal(lambda: reader.copy_out(stick, entry, tmp_path / "copy")) == \
        "sandbox_unavailable"
    assert not (tmp_path / "copy").exists()
    service = UsbService(None, Audit(), reader=reader)
    with pytest.raises(TakeRefused) as refused:
        service.listing(stick)
    assert refused.value.code == "sandbox_unavailable"
    with pytest.raises(TakeRefused) as refused:
        service.take(stick, entry, tmp_path / "work",
                     ArtifactRegistry(tmp_path / "tray", FakeClock()))
    assert refused.value.code == "sandbox_unavailable"


@pytest.fixture
def loop_device(image: Path) -> Iterator[str]:
    if os.geteuid() != 0 or shutil.which("losetup") is None:
        pytest.skip("needs root and losetup")
    made = subprocess.run(["losetup", "-r", "-f", "--show", str(image)], capture_output=True,
                          text=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"no loop device: {made.stderr.strip()}")
    try:
        yield made.stdout.strip()
    finally:
        subprocess.run(["losetup", "-d", made.stdout.strip()], check=False)


def test_a_device_is_read_through_a_descriptor(loop_device: str, image: Path,
                                               tmp_path: Path) -> None:
    reader = StickReader()
    listing = reader.listing(Path(loop_device))
    assert listing.entries == list_fat_image(image).entries
    copied = reader.copy_out(Path(loop_device), by_path(listing.entries, "lettre.txt"),
                             tmp_path / "copy")
    assert copied.path.read_bytes() == TEXT


@pytest.mark.parametrize("which", ["folder", "image"])
def test_kiosk_inspect_json_reads_a_folder_and_an_image(
        which: str, stick: Path, image: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kiosk_main(["inspect", str(stick if which == "folder" else image), "--json"]) == 0
    rows = {row["path"]: row for row in json.loads(capsys.readouterr().out)}
    program = "setup.exe" if which == "folder" else "facture.pdf"
    assert (rows[program]["verdict"], rows[program]["reason"]) == ("refused", "executable")
    assert (rows["lettre.txt"]["verdict"], rows["lettre.txt"]["kind"]) == ("ready", "text")
    assert rows["photos/plage.jpg"]["verdict"] == "ready"
