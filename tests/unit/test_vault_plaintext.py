"""No plaintext on disk: a document's contents, its title, name and the person's identifier and
secret appear nowhere under the data folder (database, WAL, encrypted files)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.db import open_database
from kiosk.vault.crypto import KdfParams
from kiosk.vault.store import Category, VaultStore

CONTENT = "CANARY-CONTENT-3f9a1c"
TITLE = "CANARY-TITLE-b72e04"
NAME = "CANARY-NAME-51d8aa.pdf"
SECRET = "canary secret phrase 7d21"


def _needles(*texts: str) -> dict[str, bytes]:
    needles = {}
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles[f"{text} ({encoding})"] = text.encode(encoding)
    return needles


def _found(folder: Path, needles: dict[str, bytes]) -> list[str]:
    return [
        f"{label} in {path.relative_to(folder)}"
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        for label, needle in needles.items()
        if needle in path.read_bytes()
    ]


def test_nothing_a_person_stored_is_readable_on_disk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    engine = open_database(data / "kiosk.db")
    clock = FakeClock()
    store = VaultStore(engine, data / "vault", clock, os.urandom(32), KdfParams(8, 1))
    made = store.create(SECRET)
    source = tmp_path / "upload" / NAME
    source.parent.mkdir()
    # Several chunks, the canary in the first and across the boundary of the second.
    body = (CONTENT * 4000).encode() + os.urandom(70_000) + (CONTENT * 10).encode("utf-16-le")
    source.write_bytes(body)
    info = made.safe.add(source, Category.HEALTH, TITLE, "application/pdf", NAME, date(2027, 3, 1))
    made.safe.record("printed", TITLE)
    reopened = store.open(made.identifier, SECRET)
    assert reopened.read(info.id) == body
    needles = _needles(CONTENT, TITLE, NAME, SECRET, made.identifier, made.recovery_code)
    needles["identifier without dash"] = made.identifier.replace("-", "").encode()
    needles["content sha256"] = info.sha256.encode()

    assert (data / "kiosk.db-wal").exists()  # the WAL is scanned while it holds pages
    assert _found(data, needles) == []
    made.safe.delete(info.id)  # journals the title again
    engine.dispose()  # the last connection checkpoints: every page is now in the main file
    assert _found(data, needles) == []
