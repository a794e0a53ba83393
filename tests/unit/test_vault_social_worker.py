"""The safe's social-worker slot: what the owner and the social worker would notice.

The owner, and only the owner, lets one social worker open the safe with their own secret;
the journal records the consent and every opening by the social worker; the social worker
helps with the papers but cannot touch the keys or delete the safe; withdrawing takes effect
at once; the name never lies in clear in the database; wrong secrets of either count in the
one lockout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy

from kiosk.audit import AuditKind, DetailValue
from kiosk.clock import FakeClock
from kiosk.db import open_database
from kiosk.vault.crypto import KdfParams
from kiosk.vault.service import SafeService
from kiosk.vault.store import Category, NewSafe, OpenSafe, VaultError, VaultStore

PEPPER = bytes(range(32))
PARAMS = KdfParams(memory_kib=8, iterations=1)
SECRET = "cheval rouge lune piano"
HELPER = "Mme Ndiaye, CCAS Lille-Sud"
HELPER_SECRET = "tortue jaune orage velours"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def engine(data_dir: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(data_dir / "kiosk.db")
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: sqlalchemy.Engine, data_dir: Path, clock: FakeClock) -> VaultStore:
    return VaultStore(engine, data_dir / "vault", clock, PEPPER, PARAMS)


@pytest.fixture
def made(store: VaultStore) -> NewSafe:
    return store.create(SECRET)


def code_of(call: Callable[[], object]) -> str:
    with pytest.raises(VaultError) as caught:
        call()
    return caught.value.code


def events(safe: OpenSafe) -> list[tuple[str, str]]:
    return [(entry.event, entry.detail) for entry in safe.journal()]


def test_the_owner_names_a_social_worker_who_then_opens_with_their_own_secret(
    store: VaultStore, made: NewSafe, tmp_path: Path
) -> None:
    assert made.safe.social_worker() is None
    made.safe.add_social_worker("  Mme Ndiaye,\n CCAS   Lille-Sud ", HELPER_SECRET)
    assert made.safe.social_worker() == HELPER  # on one line, spaces collapsed
    assert events(made.safe)[-1] == ("social_worker_added", HELPER)
    made.safe.lock()

    helper = store.open(made.identifier, "Tortue JAUNE  orage velours")
    assert helper.opened_by_social_worker
    assert helper.social_worker() == HELPER
    # They help with the papers: add, read, the journal.
    paper = tmp_path / "caf.pdf"
    paper.write_bytes(b"%PDF-1.4 attestation CAF")
    info = helper.add(paper, Category.INCOME, "Attestation CAF", "application/pdf", "caf.pdf")
    assert helper.read(info.id) == b"%PDF-1.4 attestation CAF"
    helper.lock()

    owner = store.open(made.identifier, SECRET)
    assert not owner.opened_by_social_worker
    assert [event for event, _ in events(owner)][-4:] == [
        "social_worker_added", "opened_by_social_worker", "added", "opened",
    ]


def test_the_social_worker_cannot_touch_the_keys_nor_delete_the_safe(
    store: VaultStore, made: NewSafe
) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    helper = store.open(made.identifier, HELPER_SECRET)
    for call in (
        lambda: helper.add_social_worker("Quelqu'un d'autre", "autre secret long"),
        helper.remove_social_worker,
        lambda: helper.change_secret("mon nouveau secret"),
        helper.rotate_recovery,
        helper.delete_safe,
    ):
        assert code_of(call) == "owner_only"
    helper.lock()
    # Nothing changed: both secrets still open it, the same social worker is named.
    assert store.open(made.identifier, SECRET).social_worker() == HELPER
    assert store.open(made.identifier, HELPER_SECRET).opened_by_social_worker


def test_withdrawing_stops_the_social_worker_at_once(store: VaultStore, made: NewSafe) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    made.safe.remove_social_worker()
    assert made.safe.social_worker() is None
    assert events(made.safe)[-1] == ("social_worker_removed", HELPER)
    assert code_of(lambda: store.open(made.identifier, HELPER_SECRET)) == "wrong_secret"
    made.safe.remove_social_worker()  # none left: nothing happens, nothing journaled
    assert events(made.safe)[-1] == ("social_worker_removed", HELPER)


def test_naming_another_replaces_the_first(store: VaultStore, made: NewSafe) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    made.safe.add_social_worker("M. Petit, France Services", "girafe verte nuage")
    assert made.safe.social_worker() == "M. Petit, France Services"
    assert events(made.safe)[-2:] == [
        ("social_worker_removed", HELPER),
        ("social_worker_added", "M. Petit, France Services"),
    ]
    assert code_of(lambda: store.open(made.identifier, HELPER_SECRET)) == "wrong_secret"
    assert store.open(made.identifier, "girafe verte nuage").opened_by_social_worker


def test_bad_names_and_secrets_are_refused(made: NewSafe) -> None:
    assert code_of(lambda: made.safe.add_social_worker("   ", HELPER_SECRET)) == "bad_name"
    assert code_of(lambda: made.safe.add_social_worker("x" * 81, HELPER_SECRET)) == "bad_name"
    assert code_of(lambda: made.safe.add_social_worker(HELPER, "ab c")) == "weak_secret"
    # The owner's own secret would open as the owner, with every right.
    assert code_of(lambda: made.safe.add_social_worker(HELPER, SECRET)) == "same_secret"
    assert made.safe.social_worker() is None


def test_the_name_never_lies_in_clear_in_the_database(
    store: VaultStore, made: NewSafe, data_dir: Path
) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    store.open(made.identifier, HELPER_SECRET).lock()
    made.safe.remove_social_worker()
    with sqlite3.connect(data_dir / "kiosk.db") as db:
        dump = "\n".join(db.iterdump())
    raw = b"".join(path.read_bytes() for path in data_dir.glob("kiosk.db*"))
    for word in ("Ndiaye", "Lille-Sud", HELPER_SECRET.split()[0]):
        assert word not in dump
        assert word.encode() not in raw


def test_wrong_secrets_of_owner_and_social_worker_share_one_lockout(
    store: VaultStore, made: NewSafe
) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    for _ in range(5):
        code_of(lambda: store.open(made.identifier, "pas le bon secret"))
    assert store.attempts_left(made.identifier) == 5
    error = code_of(lambda: store.open(made.identifier, "encore un mauvais"))
    assert error == "wrong_secret"
    assert code_of(lambda: store.open(made.identifier, HELPER_SECRET)) == "locked"
    assert code_of(lambda: store.open(made.identifier, SECRET)) == "locked"


def test_a_social_workers_opening_tells_the_owner_about_failed_tries(
    store: VaultStore, made: NewSafe
) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    for _ in range(2):
        code_of(lambda: store.open(made.identifier, "pas le bon secret"))
    helper = store.open(made.identifier, HELPER_SECRET)
    assert events(helper)[-2:] == [("failed_attempts", "2"), ("opened_by_social_worker", "")]
    assert store.attempts_left(made.identifier) == 10


class RecordingAudit:
    def __init__(self) -> None:
        self.events: list[tuple[AuditKind, dict[str, DetailValue]]] = []

    def record(self, kind: AuditKind, /, **detail: DetailValue) -> None:
        self.events.append((kind, detail))


def test_the_audit_says_a_social_worker_opened_never_who(
    store: VaultStore, made: NewSafe, clock: FakeClock
) -> None:
    audit = RecordingAudit()
    service = SafeService(lambda: store, clock, audit, idle_lock_s=300)
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    assert service.open(made.identifier, HELPER_SECRET).opened_by_social_worker
    service.open(made.identifier, SECRET)
    assert audit.events == [
        (AuditKind.SAFE_OPENED, {"recovery": False, "social_worker": True}),
        (AuditKind.SAFE_OPENED, {"recovery": False, "social_worker": False}),
    ]


def test_a_social_workers_slot_relabelled_as_the_owners_does_not_open(
    store: VaultStore, made: NewSafe, engine: sqlalchemy.Engine
) -> None:
    made.safe.add_social_worker(HELPER, HELPER_SECRET)
    with engine.begin() as db:
        db.exec_driver_sql("DELETE FROM vault_slots WHERE kind = 'secret'")
        db.exec_driver_sql("UPDATE vault_slots SET kind = 'secret' WHERE kind = 'social_worker'")
    # The kind is in the slot's associated data: no way to gain the owner's rights.
    assert code_of(lambda: store.open(made.identifier, HELPER_SECRET)) == "wrong_secret"
