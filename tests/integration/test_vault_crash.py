"""A power cut never costs a document that was already stored.

A child process adds (and sometimes deletes) documents in a loop on a real SQLite file and
folder; the test SIGKILLs it at a random moment, then opens the safe as the next start-up would
(a fresh store, which sweeps) and checks that every document the child had reported stored
opens intact, that nothing half-written is left, and that every file has its row.

Children are forked by a helper process that has already imported everything, so a kill can
land every few tens of milliseconds without paying Python's start-up each time.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from kiosk.clock import SystemClock
from kiosk.db import open_database
from kiosk.vault.crypto import CHUNK_SIZE, KdfParams
from kiosk.vault.store import Category, VaultStore

pytestmark = [
    pytest.mark.real,
    pytest.mark.skipif(sys.platform != "linux", reason="needs fork and SIGKILL"),
]

PEPPER = b"crash-test installation secret!!"
PARAMS = KdfParams(memory_kib=8, iterations=1)
SECRET = "orage tulipe carton violon"
KILLS = 120
KILLS_PER_SAFE = 30  # a fresh safe now and then keeps each verification short
REPO = Path(__file__).resolve().parents[2]


def _store(folder: Path) -> tuple[sqlalchemy.Engine, VaultStore]:
    engine = open_database(folder / "kiosk.db")
    return engine, VaultStore(engine, folder / "vault", SystemClock(), PEPPER, PARAMS)


# --- in the helper process and its children -------------------------------------------------


def _zygote() -> None:
    """Read one job per line; fork a worker for it; report its pid and its end."""
    _warm_up()
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                _worker(job)
            finally:
                os._exit(3)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"dead {os.waitstatus_to_exitcode(status)}\n".encode())


def _warm_up() -> None:
    # One round of everything a worker does, so forked workers start with SQLAlchemy's
    # statement caches filled and spend the kill window storing documents.
    with tempfile.TemporaryDirectory() as scratch:
        engine, store = _store(Path(scratch))
        made = store.create(SECRET)
        source = Path(scratch) / "warm.bin"
        source.write_bytes(b"warm")
        safe = store.open(made.identifier, SECRET)
        info = safe.add(source, Category.OTHER, "warm", "application/octet-stream", "x.bin")
        safe.delete(info.id)
        engine.dispose()


def _worker(job: dict[str, Any]) -> None:
    rng = random.Random(job["seed"])
    _, store = _store(Path(job["folder"]))
    safe = store.open(job["identifier"], SECRET)
    source = Path(job["folder"]) / "incoming.bin"
    mine: list[str] = []
    deadline = time.monotonic() + 10  # the test kills long before
    for n in range(10_000):
        if time.monotonic() > deadline:
            return
        size = rng.choice((0, 1, 4096, CHUNK_SIZE, CHUNK_SIZE + 1, rng.randrange(3 * CHUNK_SIZE)))
        data = os.urandom(size)
        source.write_bytes(data)
        info = safe.add(source, Category.OTHER, f"doc {n}", "application/octet-stream", "x.bin")
        os.write(1, f"stored {info.id} {hashlib.sha256(data).hexdigest()}\n".encode())
        mine.append(info.id)
        if n % 4 == 3:
            victim = mine.pop(rng.randrange(len(mine)))
            os.write(1, f"deleting {victim}\n".encode())
            safe.delete(victim)
            os.write(1, f"deleted {victim}\n".encode())


# --- in the test ----------------------------------------------------------------------------


class Lines:
    """Lines from a pipe, with a deadline so a stuck helper fails the test instead of hanging."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = b""

    def next(self, timeout: float = 15.0) -> str:
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([self._fd], [], [], timeout)
            assert ready, "the crash helper stopped answering"
            chunk = os.read(self._fd, 65536)
            assert chunk, "the crash helper exited"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


class Expected:
    """What the killed children reported: stored ids with their hashes, and deletions."""

    def __init__(self) -> None:
        self.stored: dict[str, str] = {}
        self.deleting: set[str] = set()  # the kill may have landed before or after the commit
        self.deleted: set[str] = set()

    def take(self, line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "stored":
            doc_id, sha = rest.split()
            self.stored[doc_id] = sha
        elif word == "deleting":
            self.deleting.add(rest)
        elif word == "deleted":
            self.deleting.discard(rest)
            self.deleted.add(rest)
            del self.stored[rest]
        else:
            raise AssertionError(f"unexpected line from the crash helper: {line!r}")


def _check_after_crash(folder: Path, identifier: str, expected: Expected) -> None:
    engine, store = _store(folder)
    try:
        store.sweep()
        safe = store.open(identifier, SECRET)
        listed = {doc.id for doc in safe.documents()}
        for doc_id, sha in expected.stored.items():
            if doc_id in expected.deleting and doc_id not in listed:
                continue
            assert doc_id in listed, "a document reported stored is missing"
            assert hashlib.sha256(safe.read(doc_id)).hexdigest() == sha
        assert not listed & expected.deleted, "a deleted document came back"
        for doc_id in listed - expected.stored.keys():
            safe.read(doc_id)  # committed but not yet reported: intact too
        root = folder / "vault"
        assert [p for p in root.rglob("*") if p.is_file() and p.suffix != ".kv"] == []
        assert {p.stem for p in root.rglob("*.kv")} == listed, (
            "a file without a row, or a row without a file"
        )
        safe.journal()  # every journal line still opens
    finally:
        engine.dispose()


def test_a_kill_at_any_moment_never_costs_a_stored_document(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    errors = tmp_path / "helper-stderr.txt"
    with errors.open("wb") as stderr:
        helper = subprocess.Popen(
            [sys.executable, "-c", f"from {__name__} import _zygote; _zygote()"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert helper.stdin is not None and helper.stdout is not None
    lines = Lines(helper.stdout.fileno())
    started = time.monotonic()
    try:
        for kill in range(KILLS):
            if kill % KILLS_PER_SAFE == 0:
                folder = tmp_path / f"safe{kill // KILLS_PER_SAFE}"
                engine, store = _store(folder)
                identifier = store.create(SECRET).identifier
                engine.dispose()
                expected = Expected()
            job = {"folder": str(folder), "identifier": identifier, "seed": rng.random()}
            helper.stdin.write(json.dumps(job).encode() + b"\n")
            helper.stdin.flush()
            sent = time.monotonic()
            line = lines.next()
            while not line.startswith("pid "):
                expected.take(line)
                line = lines.next()
            pid = int(line.split()[1])
            # A child spends its first ~25 ms starting and opening the safe (which writes too),
            # then stores a document every few milliseconds.
            time.sleep(max(0.0, sent + rng.uniform(0.005, 0.110) - time.monotonic()))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it ended on its own: the exit code below says how
            line = lines.next()
            while not line.startswith("dead "):
                expected.take(line)
                line = lines.next()
            context = f"kill {kill}, seed {seed}: {errors.read_text(errors='replace')[-2000:]}"
            assert int(line.split()[1]) == -signal.SIGKILL, context
            _check_after_crash(folder, identifier, expected)
    finally:
        helper.stdin.close()
        helper.wait(timeout=10)
    assert time.monotonic() - started < 60
