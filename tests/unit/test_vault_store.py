"""The safe's storage: what a person and a mediator would notice if it broke.

Opening by identifier and secret, recovery with the printed code (also on a replacement kiosk),
documents that come back intact or not at all, the lockout, retention, shredding, the journal.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from kiosk.clock import FakeClock
from kiosk.db import open_database
from kiosk.vault import crypto
from kiosk.vault.crypto import CHUNK_SIZE, KdfParams
from kiosk.vault.store import Category, NewSafe, OpenSafe, VaultError, VaultStore

PEPPER = bytes(range(32))
PARAMS = KdfParams(memory_kib=8, iterations=1)
SECRET = "cheval rouge lune piano"
DAY = 86_400.0

Source = Callable[[bytes], Path]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def engine(data_dir: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(data_dir / "kiosk.db")
    yield engine
    engine.dispose()


def make_store(
    engine: sqlalchemy.Engine, data_dir: Path, clock: FakeClock, pepper: bytes = PEPPER
) -> VaultStore:
    return VaultStore(engine, data_dir / "vault", clock, pepper, PARAMS)


@pytest.fixture
def store(engine: sqlalchemy.Engine, data_dir: Path, clock: FakeClock) -> VaultStore:
    return make_store(engine, data_dir, clock)


@pytest.fixture
def source(tmp_path: Path) -> Source:
    def write(data: bytes) -> Path:
        path = tmp_path / "in" / hashlib.sha256(data).hexdigest()[:12]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def made(store: VaultStore) -> NewSafe:
    return store.create(SECRET)


def add(safe: OpenSafe, source: Source, data: bytes, title: str = "Carte d'identité") -> str:
    info = safe.add(source(data), Category.IDENTITY, title, "application/pdf", "cni.pdf")
    return info.id


def code_of(call: Callable[[], object]) -> VaultError:
    with pytest.raises(VaultError) as caught:
        call()
    return caught.value


# --- creating and opening -------------------------------------------------------------------


def test_a_new_safe_opens_with_its_identifier_and_secret(store: VaultStore, made: NewSafe) -> None:
    assert made.secret == SECRET
    assert len(made.identifier) == 7 and made.identifier[2] == "-"
    assert made.delete_after == date(2028, 1, 31)  # 730 days after the end of January 2026
    safe = store.open(made.identifier.lower().replace("-", " "), "  Cheval  ROUGE lune piano ")
    assert safe.identifier == made.identifier
    assert safe.documents() == []
    assert [e.event for e in safe.journal()] == ["created", "opened"]


def test_without_a_secret_a_four_word_passphrase_is_drawn(store: VaultStore) -> None:
    made = store.create()
    assert len(made.secret.split()) == 4
    store.open(made.identifier, made.secret)


def test_a_chosen_secret_opens_without_its_accents(store: VaultStore) -> None:
    made = store.create("Marée d'été à Lille")
    store.open(made.identifier, "maree d'ete a lille")
    store.open(made.identifier, "MARÉE D'ÉTÉ À LILLE")


def test_a_too_short_chosen_secret_is_refused(store: VaultStore) -> None:
    assert code_of(lambda: store.create("ab c")).code == "weak_secret"


def test_unknown_identifier_and_wrong_secret_are_told_apart(
    store: VaultStore, made: NewSafe
) -> None:
    other = "ZZ-ZZZZ" if made.identifier != "ZZ-ZZZZ" else "YY-YYYY"
    assert code_of(lambda: store.open(other, SECRET)).code == "unknown_identifier"
    assert code_of(lambda: store.open("not an id", SECRET)).code == "unknown_identifier"
    wrong = code_of(lambda: store.open(made.identifier, "cheval rouge lune"))
    assert (wrong.code, wrong.attempts_left, wrong.retry_after_s) == ("wrong_secret", 9, 0.0)


def test_the_identifier_is_never_stored_in_clear(data_dir: Path, made: NewSafe) -> None:
    with sqlite3.connect(data_dir / "kiosk.db") as db:
        dump = "\n".join(db.iterdump())
    assert made.identifier not in dump
    assert made.identifier.replace("-", "") not in dump


# --- documents ------------------------------------------------------------------------------


def test_documents_come_back_intact_whatever_their_size(
    store: VaultStore, made: NewSafe, source: Source
) -> None:
    safe = made.safe
    for size in (0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, 3 * CHUNK_SIZE + 17):
        data = os.urandom(size)
        info = safe.add(source(data), Category.HOUSING, f"doc {size}", "image/jpeg", "x.jpg")
        assert info.size == size and info.category is Category.HOUSING
        assert info.sha256 == hashlib.sha256(data).hexdigest()
        assert safe.read(info.id) == data
        assert b"".join(safe.chunks(info.id)) == data
        assert all(len(chunk) <= CHUNK_SIZE for chunk in safe.chunks(info.id))
    again = store.open(made.identifier, SECRET)
    assert [d.title for d in again.documents()] == [
        f"doc {s}" for s in (0, 1, 65535, 65536, 196625)
    ]


def test_the_file_on_disk_is_private_and_not_the_plaintext(
    made: NewSafe, source: Source, data_dir: Path
) -> None:
    data = b"%PDF-1.7 " + os.urandom(1000)
    doc_id = add(made.safe, source, data)
    (path,) = (data_dir / "vault").rglob(f"{doc_id}.kv")
    assert path.stat().st_mode & 0o777 == 0o600
    assert (data_dir / "vault").stat().st_mode & 0o777 == 0o700
    assert b"%PDF" not in path.read_bytes()


def test_a_tampered_file_is_reported_damaged_not_returned(
    made: NewSafe, source: Source, data_dir: Path
) -> None:
    doc_id = add(made.safe, source, os.urandom(3 * CHUNK_SIZE))
    (path,) = (data_dir / "vault").rglob(f"{doc_id}.kv")
    blob = bytearray(path.read_bytes())
    blob[CHUNK_SIZE + 100] ^= 1
    path.write_bytes(bytes(blob))
    assert code_of(lambda: made.safe.read(doc_id)).code == "damaged"
    path.write_bytes(bytes(blob[: 2 * (CHUNK_SIZE + 16) + 22]))  # cut at a chunk boundary
    assert code_of(lambda: made.safe.read(doc_id)).code == "damaged"
    path.unlink()
    assert code_of(lambda: made.safe.read(doc_id)).code == "damaged"


def test_files_and_metadata_swapped_between_documents_do_not_open(
    made: NewSafe, source: Source, data_dir: Path, engine: sqlalchemy.Engine
) -> None:
    first, second = add(made.safe, source, b"first" * 10), add(made.safe, source, b"second" * 10)
    folder = data_dir / "vault"
    (a,), (b,) = folder.rglob(f"{first}.kv"), folder.rglob(f"{second}.kv")
    a_bytes = a.read_bytes()
    a.write_bytes(b.read_bytes())
    assert code_of(lambda: made.safe.read(first)).code == "damaged"
    a.write_bytes(a_bytes)
    with engine.begin() as db:
        meta: dict[str, bytes] = dict(
            db.exec_driver_sql("SELECT id, meta FROM vault_documents").all()
        )
        db.exec_driver_sql(
            "UPDATE vault_documents SET meta = ? WHERE id = ?", (meta[second], first)
        )
    assert code_of(lambda: made.safe.documents()).code == "damaged"


def test_deleting_a_document_removes_its_key_and_its_file(
    made: NewSafe, source: Source, data_dir: Path, engine: sqlalchemy.Engine
) -> None:
    keep, gone = add(made.safe, source, b"keep"), add(made.safe, source, b"gone", "Old bill")
    made.safe.delete(gone)
    assert [d.id for d in made.safe.documents()] == [keep]
    assert not list((data_dir / "vault").rglob(f"{gone}*"))
    with engine.connect() as db:
        assert db.exec_driver_sql("SELECT count(*) FROM vault_documents").scalar() == 1
    assert code_of(lambda: made.safe.read(gone)).code == "unknown_document"
    assert code_of(lambda: made.safe.delete(gone)).code == "unknown_document"
    assert made.safe.journal()[-1].event == "deleted"
    assert made.safe.journal()[-1].detail == "Old bill"


def test_a_safe_cannot_read_another_safes_document(
    store: VaultStore, made: NewSafe, source: Source
) -> None:
    doc_id = add(made.safe, source, b"mine")
    other = store.create("other secret words").safe
    assert code_of(lambda: other.read(doc_id)).code == "unknown_document"
    assert code_of(lambda: other.delete(doc_id)).code == "unknown_document"


def test_expiring_documents_are_listed_soonest_first(made: NewSafe, source: Source) -> None:
    safe = made.safe
    for title, expires in (
        ("passport", date(2027, 1, 1)),
        ("residence permit", date(2026, 2, 20)),
        ("old card", date(2025, 6, 1)),
        ("payslip", None),
    ):
        safe.add(source(title.encode()), Category.IDENTITY, title, "image/png", "a.png", expires)
    soon = safe.expiring(date(2026, 1, 1))
    assert [d.title for d in soon] == ["old card", "residence permit"]
    assert [d.title for d in safe.expiring(date(2026, 1, 1), within_days=400)][-1] == "passport"


def test_a_failed_add_leaves_no_document_and_no_file(
    made: NewSafe, tmp_path: Path, data_dir: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        made.safe.add(tmp_path / "missing.pdf", Category.OTHER, "x", "application/pdf", "x.pdf")
    assert made.safe.documents() == []
    assert [p for p in (data_dir / "vault").rglob("*") if p.is_file()] == []


def test_locking_while_a_document_is_being_stored_keeps_no_half_document(
    store: VaultStore, made: NewSafe, source: Source, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = crypto.encrypt_stream

    def encrypt_then_idle_lock(*args: Any, **kwargs: Any) -> int:
        size = real(*args, **kwargs)
        made.safe.lock()  # the idle timer, on another thread, in the middle of the call
        return size

    monkeypatch.setattr(crypto, "encrypt_stream", encrypt_then_idle_lock)
    assert code_of(lambda: add(made.safe, source, b"late")).code == "closed"
    assert store.open(made.identifier, SECRET).documents() == []
    assert store.sweep() == 1


# --- lockout and recovery -------------------------------------------------------------------


def test_wrong_secrets_bring_growing_delays_then_recovery_only(
    store: VaultStore, made: NewSafe, clock: FakeClock
) -> None:
    ident = made.identifier
    for n in range(1, 6):
        error = code_of(lambda: store.open(ident, "wrong secret"))
        assert (error.code, error.retry_after_s, error.attempts_left) == ("wrong_secret", 0, 10 - n)
    for n, delay in zip(range(6, 11), (30, 60, 120, 240, 480), strict=True):
        error = code_of(lambda: store.open(ident, "wrong secret"))
        assert (error.code, error.retry_after_s) == ("wrong_secret", delay)
        if n < 10:
            locked = code_of(lambda: store.open(ident, SECRET))  # even the right one waits
            assert locked.code == "locked" and locked.retry_after_s == delay
            clock.advance(delay)
    clock.advance(3600)
    assert code_of(lambda: store.open(ident, SECRET)).code == "recovery_only"
    assert store.attempts_left(ident) == 0
    safe = store.recover(ident, made.recovery_code)
    assert [(e.event, e.detail) for e in safe.journal()[-2:]] == [
        ("failed_attempts", "10"),
        ("recovered", ""),
    ]
    assert store.attempts_left(ident) == 10
    store.open(ident, SECRET)


def test_a_successful_open_resets_the_counter_and_tells_the_owner(
    store: VaultStore, made: NewSafe
) -> None:
    for _ in range(3):
        code_of(lambda: store.open(made.identifier, "wrong secret"))
    safe = store.open(made.identifier, SECRET)
    assert safe.journal()[-2].event == "failed_attempts" and safe.journal()[-2].detail == "3"
    assert store.attempts_left(made.identifier) == 10


def test_recovery_then_new_secret_and_new_code(store: VaultStore, made: NewSafe) -> None:
    assert code_of(lambda: store.recover(made.identifier, "ABCD")).code == "bad_recovery_code"
    safe = store.recover(made.identifier, made.recovery_code.lower().replace("-", " "))
    safe.change_secret("soleil vert bateau")
    new_code = safe.rotate_recovery()
    assert code_of(lambda: store.open(made.identifier, SECRET)).code == "wrong_secret"
    store.open(made.identifier, "soleil vert bateau")
    old = code_of(lambda: store.recover(made.identifier, made.recovery_code))
    assert old.code == "wrong_secret"
    store.recover(made.identifier, new_code)
    events = [e.event for e in store.open(made.identifier, "soleil vert bateau").journal()]
    assert {"recovered", "secret_changed", "recovery_changed"} <= set(events)


def test_the_recovery_code_opens_the_safe_on_a_replacement_kiosk(
    engine: sqlalchemy.Engine, data_dir: Path, clock: FakeClock, made: NewSafe, source: Source
) -> None:
    doc_id = add(made.safe, source, b"precious")
    replacement = make_store(engine, data_dir, clock, pepper=b"another installation secret")
    assert code_of(lambda: replacement.open(made.identifier, SECRET)).code == "unknown_identifier"
    safe = replacement.recover(made.identifier, made.recovery_code)
    assert safe.identifier == made.identifier
    assert safe.read(doc_id) == b"precious"
    safe.change_secret("nouveau secret ici")
    assert replacement.open(made.identifier, "nouveau secret ici").read(doc_id) == b"precious"


def test_a_mistyped_identifier_with_the_right_code_still_recovers(
    store: VaultStore, made: NewSafe
) -> None:
    store.create("someone else here")
    other = "ZZ-ZZZZ" if made.identifier != "ZZ-ZZZZ" else "YY-YYYY"
    assert store.recover(other, made.recovery_code).identifier == made.identifier


# --- the safe itself ------------------------------------------------------------------------


def test_a_locked_safe_refuses_everything(made: NewSafe, source: Source) -> None:
    doc_id = add(made.safe, source, b"x")
    made.safe.lock()
    assert made.safe.locked
    for call in (
        made.safe.documents,
        made.safe.journal,
        lambda: made.safe.read(doc_id),
        lambda: made.safe.record("printed"),
    ):
        assert code_of(call).code == "closed"


def test_deleting_the_safe_destroys_its_slots_rows_and_files(
    store: VaultStore, made: NewSafe, source: Source, data_dir: Path, engine: sqlalchemy.Engine
) -> None:
    add(made.safe, source, b"one")
    made.safe.delete_safe()
    assert made.safe.locked
    assert code_of(lambda: store.open(made.identifier, SECRET)).code == "unknown_identifier"
    assert code_of(lambda: store.recover(made.identifier, made.recovery_code)).code == (
        "unknown_identifier"
    )
    with engine.connect() as db:
        for table in ("vault_safes", "vault_slots", "vault_documents", "vault_journal"):
            assert db.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
    assert list((data_dir / "vault").iterdir()) == []


def test_the_journal_keeps_what_the_owner_did(
    store: VaultStore, made: NewSafe, source: Source, clock: FakeClock
) -> None:
    doc_id = add(made.safe, source, b"x", "Avis d'imposition")
    clock.advance(60)
    made.safe.record("printed", "Avis d'imposition")
    with pytest.raises(ValueError):
        made.safe.record("anything else")
    entries = store.open(made.identifier, SECRET).journal()
    assert [(e.event, e.detail) for e in entries] == [
        ("created", ""),
        ("added", "Avis d'imposition"),
        ("printed", "Avis d'imposition"),
        ("opened", ""),
    ]
    assert entries[2].at == clock.now()
    assert doc_id


# --- retention and sweep --------------------------------------------------------------------


def test_unused_safes_are_flagged_after_a_year_and_shredded_after_two(
    store: VaultStore, made: NewSafe, source: Source, clock: FakeClock, data_dir: Path
) -> None:
    add(made.safe, source, b"old")
    kept = store.create("still coming here")
    assert store.apply_retention() == (0, 0)
    clock.advance(400 * DAY)
    store.open(kept.identifier, "still coming here")  # a visit moves its dates on
    assert store.apply_retention() == (1, 0)
    assert store.apply_retention() == (0, 0)  # flagged once
    clock.advance(400 * DAY)  # March 2028: over two years after January 2026
    assert store.apply_retention() == (1, 1)
    assert code_of(lambda: store.open(made.identifier, SECRET)).code == "unknown_identifier"
    assert [p.name for p in (data_dir / "vault").iterdir()] == []


def test_opening_shows_the_new_deletion_date(
    store: VaultStore, made: NewSafe, clock: FakeClock
) -> None:
    clock.advance(100 * DAY)  # April 2026
    assert store.open(made.identifier, SECRET).delete_after == date(2028, 4, 29)


def test_retention_periods_are_configurable(
    engine: sqlalchemy.Engine, data_dir: Path, clock: FakeClock
) -> None:
    store = VaultStore(
        engine,
        data_dir / "vault",
        clock,
        PEPPER,
        PARAMS,
        unused_flag_days=30,
        delete_after_days=60,
    )
    made = store.create(SECRET)
    assert made.delete_after == date(2026, 4, 1)
    clock.advance(61 * DAY)
    assert store.apply_retention() == (1, 0)
    clock.advance(30 * DAY)
    assert store.apply_retention() == (0, 1)


def test_sweep_removes_leftovers_and_keeps_stored_documents(
    store: VaultStore, made: NewSafe, source: Source, data_dir: Path
) -> None:
    doc_id = add(made.safe, source, b"stored")
    folder = next(p for p in (data_dir / "vault").iterdir())
    (folder / "0123456789abcdef0123456789abcdef.part").write_bytes(b"half")
    (folder / "fedcba9876543210fedcba9876543210.kv").write_bytes(b"no row")
    orphan = data_dir / "vault" / ("ab" * 16)
    orphan.mkdir()
    (orphan / "x.kv").write_bytes(b"no safe")
    assert store.sweep() == 3
    assert not orphan.exists()
    assert [p.name for p in folder.iterdir()] == [f"{doc_id}.kv"]
    assert made.safe.read(doc_id) == b"stored"
    assert store.sweep() == 0


def test_a_store_without_an_installation_secret_is_disabled(
    engine: sqlalchemy.Engine, data_dir: Path, clock: FakeClock
) -> None:
    error = code_of(lambda: make_store(engine, data_dir, clock, pepper=b""))
    assert error.code == "disabled"
