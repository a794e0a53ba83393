"""The export against the real tools: `unzip -t` checks the ZIP, Debian's `age` decrypts it.

`age` reads a passphrase only from a terminal (its /dev/tty, else a terminal stdin; 1.1.1 has
no environment variable for it), so it runs in its own session on a pseudo-terminal: we answer
each passphrase prompt once the terminal's echo is off, as a person typing would.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import os
import select
import shutil
import subprocess
import termios
import time
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.vault.age import decrypt
from kiosk.vault.export import ExportItem, export_all

pytestmark = pytest.mark.real

PASSPHRASE = "cactus-brioche-marée-lundi"
ADDED = datetime(2024, 5, 2, 9, 30, tzinfo=UTC)


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"`{tool}` is not installed (apt-get install {tool})")
    return path


def _documents() -> list[tuple[ExportItem, list[bytes]]]:
    passport = b"%PDF-1.7\n" + os.urandom(200_000)
    letter = ("Madame, Monsieur, veuillez trouver ci-joint… " * 2000).encode()
    photo = b"\xff\xd8\xff\xe0" + os.urandom(70_000)
    entries = [
        ("Identité", "Passeport", "scan.pdf", "application/pdf", passport, date(2031, 3, 1)),
        ("Logement", "Lettre du bailleur", "lettre.txt", "text/plain", letter, None),
        ("Santé", "Carte Vitale", "IMG_0042.JPG", "image/jpeg", photo, None),
        ("Santé", "carte vitale", "IMG_0043.JPG", "image/jpeg", photo[::-1], None),
    ]
    return [(ExportItem(category, title, name, mime, ADDED, expires,
                        hashlib.sha256(data).hexdigest(), len(data)),
             [data[i:i + 65536] for i in range(0, len(data), 65536)])
            for category, title, name, mime, data, expires in entries]


def _set_controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)  # runs in the child, after setsid


def run_on_terminal(command: list[str], answer: str, timeout_s: float = 60) -> tuple[int, str]:
    """Run `command` on a fresh pseudo-terminal, typing `answer` at each passphrase prompt;
    its exit status and what it showed."""
    master, slave = os.openpty()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave,
                               start_new_session=True, preexec_fn=_set_controlling_terminal)
    os.close(slave)
    shown, answered = b"", 0
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(master, 4096)
                except OSError:  # EIO: every holder of the terminal's other side has gone
                    data = b""
                if not data:
                    break
                shown += data
            elif process.poll() is not None:
                break
            if shown.lower().count(b"passphrase") > answered and _echo_off(master):
                os.write(master, answer.encode() + b"\n")
                answered += 1
        else:
            process.kill()
    finally:
        os.close(master)
    return process.wait(timeout=10), shown.decode(errors="replace")


def _echo_off(master: int) -> bool:
    """Whether the program has turned echo off, i.e. is now reading a secret (a prompt alone
    comes a moment before)."""
    return not termios.tcgetattr(master)[3] & termios.ECHO


def test_a_plain_export_passes_unzip_and_python(tmp_path: Path) -> None:
    unzip = _need("unzip")
    path = tmp_path / "tout.zip"
    documents = _documents()
    with path.open("wb") as dst:
        summary = export_all(documents, dst)
    assert summary.written_bytes == path.stat().st_size

    checked = subprocess.run([unzip, "-t", str(path)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No errors detected" in checked.stdout
    archive = zipfile.ZipFile(path)
    assert archive.testzip() is None
    names = archive.namelist()
    assert names == ["Identité/Passeport.pdf", "Logement/Lettre du bailleur.txt",
                     "Santé/Carte Vitale.jpg",
                     "Santé/carte vitale (2).jpg", "manifest.json", "manifest.csv"]
    for name, (_, chunks) in zip(names[:4], documents, strict=True):
        assert archive.read(name) == b"".join(chunks)

    listing = subprocess.run([unzip, "-Z1", str(path)], capture_output=True, timeout=60)
    assert listing.stdout.decode().splitlines() == names  # UTF-8 names, as unzip reads them


@pytest.mark.parametrize("work_factor", [10, 18])
def test_an_encrypted_export_opens_with_the_age_tool(tmp_path: Path, work_factor: int) -> None:
    age = _need("age")
    encrypted, out = tmp_path / "tout.zip.age", tmp_path / "tout.zip"
    with encrypted.open("wb") as dst:
        summary = export_all(_documents(), dst, PASSPHRASE, work_factor=work_factor)

    status, shown = run_on_terminal([age, "-d", "-o", str(out), str(encrypted)], PASSPHRASE)
    assert status == 0, shown
    with encrypted.open("rb") as src:
        assert out.read_bytes() == decrypt(src, PASSPHRASE)
    assert out.stat().st_size == summary.zip_bytes
    assert zipfile.ZipFile(out).testzip() is None

    out.unlink()
    status, shown = run_on_terminal([age, "-d", "-o", str(out), str(encrypted)], "mauvais")
    assert status != 0 and "incorrect passphrase" in shown
    assert not out.exists()


def test_our_reader_opens_what_the_age_tool_encrypts(tmp_path: Path) -> None:
    age = _need("age")
    source, encrypted = tmp_path / "tout.zip", tmp_path / "tout.zip.age"
    with source.open("wb") as dst:
        export_all(_documents(), dst)
    status, shown = run_on_terminal([age, "-p", "-o", str(encrypted), str(source)], PASSPHRASE)
    assert status == 0, shown
    with encrypted.open("rb") as src:
        assert decrypt(src, PASSPHRASE) == source.read_bytes()
    assert zipfile.ZipFile(io.BytesIO(source.read_bytes())).testzip() is None
