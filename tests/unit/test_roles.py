"""PIN hashing, the unlock check with its escalating persistent lockout, and timed grants."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kiosk.audit import AuditKind
from kiosk.audit_store import AuditLog
from kiosk.clock import FakeClock
from kiosk.credentials import Credentials, PinHasher, lockout_duration_s
from kiosk.db import open_database
from kiosk.roles import (
    GrantBook,
    LockedOut,
    NoPinSet,
    PinRejected,
    Role,
    WrongPin,
    validate_pin,
)

ADMIN_PIN = "482913"
MEDIATOR_PIN = "730561"
WRONG_PIN = "999000"


@pytest.fixture
def hasher() -> PinHasher:
    return PinHasher(memory_kib=64, iterations=1)  # cheap: these tests are about logic


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kiosk.db"


@pytest.fixture
def engine(db_path: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def audit(engine: sqlalchemy.Engine, fake_clock: FakeClock) -> AuditLog:
    return AuditLog(engine, fake_clock)


@pytest.fixture
def credentials(
    engine: sqlalchemy.Engine, fake_clock: FakeClock, hasher: PinHasher, audit: AuditLog
) -> Credentials:
    credentials = Credentials(engine, fake_clock, hasher, audit)
    credentials.set_pin(Role.ADMIN, ADMIN_PIN)
    credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    return credentials


def fail_until_locked(credentials: Credentials) -> LockedOut:
    for attempts_left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as wrong:
            credentials.unlock(WRONG_PIN)
        assert wrong.value.attempts_left == attempts_left
    with pytest.raises(LockedOut) as locked:
        credentials.unlock(WRONG_PIN)
    return locked.value


# PinHasher


def test_hash_round_trip_and_self_describing_format(hasher: PinHasher) -> None:
    stored = hasher.hash(ADMIN_PIN)
    assert stored.startswith("$argon2id$v=19$m=64,t=1,p=1$")
    assert hasher.verify(ADMIN_PIN, stored)
    assert not hasher.verify(WRONG_PIN, stored)
    assert hasher.hash(ADMIN_PIN) != stored  # fresh salt each time


def test_hash_is_standard_phc_that_other_tools_verify(hasher: PinHasher) -> None:
    Argon2id.verify_phc_encoded(ADMIN_PIN.encode(), hasher.hash(ADMIN_PIN))  # raises if not


def test_verify_reads_parameters_from_the_stored_string(hasher: PinHasher) -> None:
    stored = PinHasher(memory_kib=128, iterations=2).hash(ADMIN_PIN)
    assert hasher.verify(ADMIN_PIN, stored)


def test_default_parameters_work() -> None:
    hasher = PinHasher()
    stored = hasher.hash(ADMIN_PIN)
    assert "$m=65536,t=3,p=1$" in stored
    assert hasher.verify(ADMIN_PIN, stored)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "not a hash",
        "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo",
        "$argon2id$v=19$m=4,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",  # 4-byte salt
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA$extra",
        "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaAx",  # bad b64
    ],
)
def test_malformed_stored_hash_is_false_not_an_error(hasher: PinHasher, stored: str) -> None:
    assert hasher.verify(ADMIN_PIN, stored) is False


def test_truncated_hash_does_not_verify(hasher: PinHasher) -> None:
    assert hasher.verify(ADMIN_PIN, hasher.hash(ADMIN_PIN)[:-4]) is False


def test_hasher_refuses_parameters_argon2_cannot_use() -> None:
    with pytest.raises(ValueError):
        PinHasher(memory_kib=8, lanes=2)
    with pytest.raises(ValueError):
        PinHasher(iterations=0)


# validate_pin


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("48291a", "pin_not_digits"),
        ("4829 13", "pin_not_digits"),
        ("", "pin_too_short"),
        ("48291", "pin_too_short"),
        ("4829134829134", "pin_too_long"),
        ("000000", "pin_too_simple"),
        ("777777777", "pin_too_simple"),
        ("123456", "pin_too_simple"),
        ("654321", "pin_too_simple"),
        ("890123", "pin_too_simple"),
        ("٥٥٥٥٥٥", "pin_too_simple"),  # Arabic-Indic digits count as digits
    ],
)
def test_validate_pin_rejects(pin: str, code: str) -> None:
    with pytest.raises(PinRejected) as rejected:
        validate_pin(pin)
    assert rejected.value.code == code


@pytest.mark.parametrize("pin", ["482913", "112233", "123457", "482913482913", "٤٨٢٩١٣"])
def test_validate_pin_accepts(pin: str) -> None:
    validate_pin(pin)


# Credentials


def test_set_pin_is_only_for_privileged_roles(credentials: Credentials) -> None:
    with pytest.raises(ValueError):
        credentials.set_pin(Role.PUBLIC, ADMIN_PIN)
    with pytest.raises(PinRejected):
        credentials.set_pin(Role.ADMIN, "111111")
    assert credentials.unlock(ADMIN_PIN) is Role.ADMIN  # the old PIN still stands


def test_has_pin(
    engine: sqlalchemy.Engine, fake_clock: FakeClock, hasher: PinHasher, audit: AuditLog
) -> None:
    credentials = Credentials(engine, fake_clock, hasher, audit)
    assert not credentials.has_pin(Role.MEDIATOR)
    credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    assert credentials.has_pin(Role.MEDIATOR)
    assert not credentials.has_pin(Role.ADMIN)


def test_unlock_tells_admin_from_mediator(credentials: Credentials) -> None:
    assert credentials.unlock(ADMIN_PIN) is Role.ADMIN
    assert credentials.unlock(MEDIATOR_PIN) is Role.MEDIATOR


def test_admin_wins_when_both_roles_share_a_pin(credentials: Credentials) -> None:
    credentials.set_pin(Role.MEDIATOR, ADMIN_PIN)
    assert credentials.unlock(ADMIN_PIN) is Role.ADMIN


def test_a_pin_typed_in_arabic_indic_digits_unlocks(credentials: Credentials) -> None:
    assert credentials.unlock("٧٣٠٥٦١") is Role.MEDIATOR


def test_unlock_without_any_pin_set(
    engine: sqlalchemy.Engine, fake_clock: FakeClock, hasher: PinHasher, audit: AuditLog
) -> None:
    with pytest.raises(NoPinSet):
        Credentials(engine, fake_clock, hasher, audit).unlock(ADMIN_PIN)


def test_five_failures_lock_out_even_the_right_pin(
    credentials: Credentials, fake_clock: FakeClock
) -> None:
    assert fail_until_locked(credentials).retry_after_s == 30
    fake_clock.advance(10)
    with pytest.raises(LockedOut) as locked:
        credentials.unlock(ADMIN_PIN)
    assert locked.value.retry_after_s == 20
    assert credentials.lockout_remaining_s() == 20
    fake_clock.advance(20)
    assert credentials.lockout_remaining_s() == 0
    assert credentials.unlock(ADMIN_PIN) is Role.ADMIN


def test_each_further_lockout_is_longer_up_to_fifteen_minutes(
    credentials: Credentials, fake_clock: FakeClock
) -> None:
    assert fail_until_locked(credentials).retry_after_s == 30
    fake_clock.advance(30)
    assert fail_until_locked(credentials).retry_after_s == 60
    assert [lockout_duration_s(n) for n in range(1, 8)] == [30, 60, 120, 240, 480, 900, 900]
    assert lockout_duration_s(10_000) == 900


def test_a_success_resets_failures_and_escalation(
    credentials: Credentials, fake_clock: FakeClock
) -> None:
    fail_until_locked(credentials)
    fake_clock.advance(30)
    for _ in range(4):
        with pytest.raises(WrongPin):
            credentials.unlock(WRONG_PIN)
    assert credentials.unlock(MEDIATOR_PIN) is Role.MEDIATOR
    assert fail_until_locked(credentials).retry_after_s == 30  # five fresh tries, first length


def test_lockout_survives_a_restart(
    credentials: Credentials, db_path: Path, fake_clock: FakeClock, hasher: PinHasher
) -> None:
    fail_until_locked(credentials)
    fake_clock.advance(5)
    engine = open_database(db_path)
    restarted = Credentials(engine, fake_clock, hasher, AuditLog(engine, fake_clock))
    with pytest.raises(LockedOut) as locked:
        restarted.unlock(ADMIN_PIN)
    assert locked.value.retry_after_s == 25
    engine.dispose()


def test_a_clock_set_backwards_does_not_stretch_a_lockout(
    credentials: Credentials, engine: sqlalchemy.Engine, hasher: PinHasher, audit: AuditLog
) -> None:
    fail_until_locked(credentials)
    last_year = FakeClock(datetime(2025, 1, 1, 9, 0, tzinfo=UTC))
    assert Credentials(engine, last_year, hasher, audit).lockout_remaining_s() == 30


def test_audit_trail_names_roles_and_counts_but_never_the_pin(
    credentials: Credentials, audit: AuditLog
) -> None:
    credentials.unlock(MEDIATOR_PIN)
    fail_until_locked(credentials)
    events = list(reversed(audit.recent()))
    kinds = [event.kind for event in events]
    assert kinds[:3] == [AuditKind.PIN_SET, AuditKind.PIN_SET, AuditKind.UNLOCK]
    assert events[2].detail == {"role": "mediator"}
    assert kinds[3:] == [AuditKind.UNLOCK_FAILED] * 5 + [AuditKind.LOCKOUT]
    assert events[-1].detail == {"seconds": 30}
    for event in events:
        for value in event.detail.values():
            assert str(value) not in (ADMIN_PIN, MEDIATOR_PIN, WRONG_PIN)


# GrantBook


def test_grants_expire_with_the_clock(fake_clock: FakeClock) -> None:
    grants = GrantBook(fake_clock, ttl_s=300)
    assert grants.active_role() is Role.PUBLIC
    assert grants.remaining_s() == 0
    grant = grants.grant(Role.MEDIATOR)
    assert grant.role is Role.MEDIATOR
    assert grant.expires_at_monotonic == fake_clock.monotonic() + 300
    fake_clock.advance(299)
    assert grants.active_role() is Role.MEDIATOR
    assert grants.remaining_s() == 1
    fake_clock.advance(1)
    assert grants.active_role() is Role.PUBLIC
    assert not grants.is_granted(Role.MEDIATOR)


def test_highest_live_grant_is_active_and_admin_implies_mediator(fake_clock: FakeClock) -> None:
    grants = GrantBook(fake_clock, ttl_s=300)
    grants.grant(Role.MEDIATOR)
    fake_clock.advance(100)
    grants.grant(Role.ADMIN)
    assert grants.active_role() is Role.ADMIN
    assert grants.is_granted(Role.MEDIATOR)
    assert grants.is_granted(Role.PUBLIC)
    fake_clock.advance(250)  # the mediator grant has run out, the admin one has not
    assert grants.active_role() is Role.ADMIN
    assert grants.is_granted(Role.MEDIATOR)
    assert grants.remaining_s() == 50


def test_mediator_does_not_imply_admin(fake_clock: FakeClock) -> None:
    grants = GrantBook(fake_clock, ttl_s=300)
    grants.grant(Role.MEDIATOR)
    assert not grants.is_granted(Role.ADMIN)


def test_revoke_all(fake_clock: FakeClock) -> None:
    grants = GrantBook(fake_clock, ttl_s=300)
    grants.grant(Role.ADMIN)
    grants.grant(Role.MEDIATOR)
    grants.revoke_all()
    assert grants.active_role() is Role.PUBLIC
    assert grants.remaining_s() == 0
