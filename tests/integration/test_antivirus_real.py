"""The optional ClamAV scan, against a real clamd started by the test with a one-signature
database (the EICAR test string, assembled at run time so the repository never holds it)."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.artifacts import ArtifactRegistry, Origin, Verdict
from kiosk.clock import FakeClock
from kiosk.documents.antivirus import ClamdScanner
from kiosk.documents.stick import list_folder
from kiosk.intake import Intake, IntakeRefused
from kiosk.usb import TakeRefused, UsbService

pytestmark = pytest.mark.real

EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR" + "-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").encode()


class Recorder:
    def __init__(self) -> None:
        self.kinds: list[str] = []

    def record(self, kind: object, /, **_detail: object) -> None:
        self.kinds.append(str(kind))


@pytest.fixture(scope="module")
def clamd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    binary = shutil.which("clamd") or shutil.which("clamd", path="/usr/sbin:/sbin")
    if binary is None:
        pytest.skip("clamd is not installed (apt-get install clamav-daemon)")
    root = tmp_path_factory.mktemp("clamd")
    (root / "db").mkdir()
    (root / "db" / "kiosk.ndb").write_text(f"Kiosk.Test.EICAR:0:*:{EICAR.hex()}\n")
    socket_path = root / "clamd.sock"
    (root / "clamd.conf").write_text(
        f"Foreground yes\nLocalSocket {socket_path}\nDatabaseDirectory {root / 'db'}\n"
        f"LogFile {root / 'clamd.log'}\nUser root\n"
    )
    process = subprocess.Popen([binary, "-c", str(root / "clamd.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not ClamdScanner(socket_path).available():
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("clamd did not start")
            time.sleep(0.1)
        yield socket_path
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_clamd_finds_the_test_signature_and_passes_a_clean_file(
    clamd: Path, tmp_path: Path
) -> None:
    scanner = ClamdScanner(clamd)
    (tmp_path / "eicar.txt").write_bytes(EICAR)
    (tmp_path / "clean.txt").write_text("Bonjour\n")
    assert scanner.scan(tmp_path / "eicar.txt") == "Kiosk.Test.EICAR.UNOFFICIAL"
    assert scanner.scan(tmp_path / "clean.txt") is None


def test_a_file_clamav_flags_is_refused_even_when_its_type_is_allowed(
    clamd: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "notes.txt").write_bytes(EICAR)  # plain text: the content check allows it
    (stick / "courrier.txt").write_text("Madame, Monsieur,\n")
    audit = Recorder()
    service = UsbService(None, audit, antivirus=ClamdScanner(clamd))
    tray = ArtifactRegistry(tmp_path / "tray", FakeClock())
    listing = list_folder(stick)
    entries = {e.display_name: e for e in listing.entries}
    assert entries["notes.txt"].verdict == "ready"
    with pytest.raises(TakeRefused) as refused:
        service.take(stick, entries["notes.txt"], tmp_path / "work", tray)
    assert refused.value.code == "virus"
    assert "virus_found" in audit.kinds
    [refusal] = tray.items()
    assert refusal.verdict is Verdict.BLOCKED and refusal.reason == "virus"
    kept = service.take(stick, entries["courrier.txt"], tmp_path / "work", tray)
    assert kept.verdict is Verdict.SANITIZED


def test_a_download_clamav_flags_is_refused_like_a_file_from_a_stick(
    clamd: Path, tmp_path: Path
) -> None:
    audit = Recorder()
    intake = Intake(audit, antivirus=ClamdScanner(clamd))
    tray = ArtifactRegistry(tmp_path / "tray", FakeClock())
    raw = tmp_path / "download-0001.part"
    raw.write_bytes(EICAR)
    with pytest.raises(IntakeRefused) as refused:
        intake.admit(raw, "notes.txt", Origin.DOWNLOAD, tray)
    assert refused.value.code == "virus" and "virus_found" in audit.kinds
    assert [(a.origin, a.reason) for a in tray.items()] == [(Origin.DOWNLOAD, "virus")]
    assert not raw.exists()


def test_without_clamd_nothing_is_scanned_and_nothing_breaks(tmp_path: Path) -> None:
    scanner = ClamdScanner(tmp_path / "no-such.sock")
    assert not scanner.available()
