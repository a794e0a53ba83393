"""The intake, through the real bubblewrap sandbox: a file in the session workspace is typed in
the sandbox, rebuilt there and put in the tray as SANITIZED, or refused with its reason code
(in the tray too); the raw file is always deleted; a worker that lies or babbles makes the file
unreadable; without a sandbox nothing is kept; and a stick's file goes the same way."""

from __future__ import annotations

import io
import random
import threading
from pathlib import Path

import pytest
from PIL import Image

from kiosk.artifacts import ArtifactRegistry, Origin, Verdict
from kiosk.clock import FakeClock
from kiosk.documents.stick import Caps, list_folder
from kiosk.intake import Intake, IntakeRefused
from kiosk.sandbox.bwrap import Bubblewrap
from kiosk.sandbox.stick_reader import StickReader
from kiosk.usb import TakeRefused, UsbService
from tests.corpus import PE, TEXT, pdf, pdf_hidden_javascript

SANDBOX = StickReader().available()
pytestmark = [pytest.mark.real,
              pytest.mark.skipif(not SANDBOX, reason="the bubblewrap sandbox does not work here")]

HOSTILE = pdf(b"/OpenAction 5 0 R /Names <</JavaScript 6 0 R>>",
              (b"<</S /JavaScript /JS (app.alert\\(1\\))>>",
               b"<</Names [(x) 5 0 R]>>"))


class Audit:
    def __init__(self) -> None:
        self.kinds: list[str] = []

    def record(self, kind: object, /, **_detail: object) -> None:
        self.kinds.append(str(kind))


@pytest.fixture
def tray(tmp_path: Path) -> ArtifactRegistry:
    return ArtifactRegistry(tmp_path / "tray", FakeClock())


def arrived(tmp_path: Path, data: bytes) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir(exist_ok=True)
    raw = folder / "download-0001.part"
    raw.write_bytes(data)
    return raw


def refused(call: object) -> str:
    assert callable(call)
    with pytest.raises(IntakeRefused) as error:
        call()
    return error.value.code


@pytest.mark.parametrize("data", [HOSTILE, pdf_hidden_javascript()], ids=["plain", "hidden"])
def test_a_pdf_with_javascript_is_rebuilt_without_it(tmp_path: Path, tray: ArtifactRegistry,
                                                      data: bytes) -> None:
    raw = arrived(tmp_path, data)
    artifact = Intake(Audit()).admit(raw, "avis.pdf", Origin.DOWNLOAD, tray)
    assert artifact.verdict is Verdict.SANITIZED and artifact.origin is Origin.DOWNLOAD
    assert (artifact.display_name, artifact.mime) == ("avis.pdf", "application/pdf")
    assert artifact.path is not None
    rebuilt = artifact.path.read_bytes()
    assert rebuilt.startswith(b"%PDF-") and rebuilt != data
    for active in (b"JavaScript", b"/JS", b"OpenAction", b"/Names", b"ObjStm"):
        assert active not in rebuilt
    assert list(raw.parent.iterdir()) == []  # the raw download and the work folder are gone


def test_a_photo_is_rebuilt_without_its_metadata(tmp_path: Path, tray: ArtifactRegistry) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Camera of someone"
    buffer = io.BytesIO()
    photo = Image.frombytes("RGB", (80, 60), random.Random(7).randbytes(80 * 60 * 3))
    photo.save(buffer, "JPEG", exif=exif.tobytes())  # many colours: it stays a JPEG
    raw = arrived(tmp_path, buffer.getvalue())
    artifact = Intake(Audit()).admit(raw, "photo", Origin.DOWNLOAD, tray)
    assert artifact.display_name == "photo.jpg"  # the name gets the rebuilt file's extension
    assert artifact.path is not None
    assert b"Camera of someone" not in artifact.path.read_bytes()
    assert Image.open(artifact.path).size == (80, 60)


@pytest.mark.parametrize(("name", "data", "code"), [
    ("facture.pdf", PE, "executable"),
    ("lettre.pdf", TEXT, "mismatch"),
    ("vide.pdf", b"", "empty"),
    ("script.sh", b"#!/bin/sh\nrm -rf ~\n", "script"),
])
def test_a_refused_type_is_in_the_tray_and_nothing_is_kept(
        tmp_path: Path, tray: ArtifactRegistry, name: str, data: bytes, code: str) -> None:
    raw = arrived(tmp_path, data)
    assert refused(lambda: Intake(Audit()).admit(raw, name, Origin.DOWNLOAD, tray)) == code
    [refusal] = tray.items()
    assert refusal.verdict is Verdict.BLOCKED and refusal.reason == code
    assert refusal.display_name == name and refusal.path is None
    assert tray.kept() == [] and list(raw.parent.iterdir()) == []


def test_without_a_sandbox_a_file_is_refused_never_kept(tmp_path: Path,
                                                        tray: ArtifactRegistry) -> None:
    intake = Intake(Audit(), StickReader(Bubblewrap("/nonexistent/bwrap")))
    raw = arrived(tmp_path, pdf())
    assert refused(lambda: intake.admit(raw, "avis.pdf", Origin.DOWNLOAD, tray)) == \
        "sandbox_unavailable"
    assert [a.reason for a in tray.items()] == ["sandbox_unavailable"]
    assert tray.kept() == [] and not raw.exists()


@pytest.mark.parametrize("answer", [
    'print("hello")',
    'print(json.dumps({"t": "file", "size": SIZE, "verdict": "ready", "reason": None,'
    ' "kind": "exe", "mime": "application/pdf"}))',
    'print(json.dumps({"t": "file", "size": 1, "verdict": "ready", "reason": None,'
    ' "kind": "pdf", "mime": "application/pdf"}))',
    'os.kill(os.getpid(), 9)',
], ids=["garbage", "unknown kind", "wrong size", "killed"])
def test_a_worker_that_misbehaves_makes_the_file_unreadable(
        tmp_path: Path, tray: ArtifactRegistry, answer: str) -> None:
    script = tmp_path / "fake_worker.py"
    script.write_text("import json, os, sys\nSIZE = os.lstat(sys.argv[3]).st_size\n" + answer)
    reader = StickReader(caps=Caps(seconds=2.0), worker=script, startup_s=3.0)
    raw = arrived(tmp_path, pdf())
    assert refused(lambda: Intake(Audit(), reader).admit(raw, "a.pdf", Origin.DOWNLOAD,
                                                         tray)) == "unreadable"
    assert [a.reason for a in tray.items()] == ["unreadable"] and not raw.exists()


def test_a_worker_that_calls_an_executable_a_pdf_does_not_get_it_kept(
        tmp_path: Path, tray: ArtifactRegistry) -> None:
    """The check's word is only a start: the rebuild itself cannot make a PDF of a program."""
    script = tmp_path / "fake_worker.py"
    script.write_text('import json, os, sys\nprint(json.dumps({"t": "file", "size": '
                      'os.lstat(sys.argv[3]).st_size, "verdict": "ready", "reason": None,'
                      ' "kind": "pdf", "mime": "application/pdf"}))\n')
    reader = StickReader(caps=Caps(seconds=2.0), worker=script, startup_s=3.0)
    raw = arrived(tmp_path, PE)
    assert refused(lambda: Intake(Audit(), reader).admit(raw, "a.pdf", Origin.DOWNLOAD,
                                                         tray)) == "unreadable"
    assert tray.kept() == [] and not raw.exists()


def test_a_cancelled_intake_leaves_nothing_not_even_a_refusal(
        tmp_path: Path, tray: ArtifactRegistry) -> None:
    cancel = threading.Event()
    cancel.set()
    raw = arrived(tmp_path, pdf())
    assert refused(lambda: Intake(Audit()).admit(raw, "a.pdf", Origin.DOWNLOAD, tray,
                                                 cancel=cancel)) == "cancelled"
    assert tray.items() == [] and list(raw.parent.iterdir()) == []


def test_a_file_from_a_stick_goes_through_the_same_intake(tmp_path: Path,
                                                          tray: ArtifactRegistry) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "avis.pdf").write_bytes(HOSTILE)
    heard: list[tuple[Path, str, Origin]] = []

    class Watched(Intake):
        def admit(self, raw, name, origin, tray, **kwargs):  # type: ignore[no-untyped-def]
            heard.append((raw, name, origin))
            return super().admit(raw, name, origin, tray, **kwargs)

    audit = Audit()
    service = UsbService(None, audit, intake=Watched(audit))
    [entry] = list_folder(stick).entries
    artifact = service.take(stick, entry, tmp_path / "work", tray)
    assert [(name, origin) for _raw, name, origin in heard] == [("avis.pdf", Origin.USB)]
    assert artifact.verdict is Verdict.SANITIZED and artifact.path is not None
    assert b"JavaScript" not in artifact.path.read_bytes()
    assert not heard[0][0].exists() and list((tmp_path / "work" / "usb").iterdir()) == []
    assert "usb_file_taken" in audit.kinds
    (stick / "vide.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")  # a PDF of no page: unreadable
    entry = next(e for e in list_folder(stick).entries if e.display_name == "vide.pdf")
    with pytest.raises(TakeRefused) as error:
        service.take(stick, entry, tmp_path / "work", tray)
    assert error.value.code == "unreadable"
    assert tray.items()[-1].reason == "unreadable"
