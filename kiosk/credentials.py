"""The mediator and admin PINs (Argon2id hashes) and the unlock check with its lockout.

Five wrong PINs in a row start a lockout that grows with each repetition and survives a
restart. Neither a PIN nor anything derived from it is ever logged or audited.
"""

from __future__ import annotations

import base64
import hmac
import os
import re
from datetime import datetime, timedelta

import sqlalchemy
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.audit import AuditKind, AuditSink
from kiosk.clock import Clock
from kiosk.db import for_read_modify_write
from kiosk.models import CredentialRow, LockoutRow
from kiosk.roles import (
    LockedOut,
    NoPinSet,
    Role,
    WrongPin,
    normalize_pin,
    validate_pin,
)

_LOCKOUT_KEY = "unlock"
MAX_LOCKOUT_S = 15 * 60.0
FIRST_LOCKOUT_S = 30.0
MAX_FAILURES = 5
# Bounds on parameters read back from storage, so a tampered hash cannot exhaust the machine.
_MAX_MEMORY_KIB = 1 << 20
_MAX_ITERATIONS = 64
_MAX_LANES = 16
_PHC = re.compile(
    r"\$argon2id\$v=19\$m=(\d{1,8}),t=(\d{1,3}),p=(\d{1,3})"
    r"\$([A-Za-z0-9+/]{11,88})\$([A-Za-z0-9+/]{6,172})"
)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _usable(memory_kib: int, iterations: int, lanes: int) -> bool:
    return (
        1 <= lanes <= _MAX_LANES
        and 1 <= iterations <= _MAX_ITERATIONS
        and 8 * lanes <= memory_kib <= _MAX_MEMORY_KIB  # Argon2 needs 8 KiB per lane
    )


class PinHasher:
    """Argon2id PIN hashes in the PHC string format.

    ``$argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>``: the string names its
    own parameters, so changing the defaults later does not break stored hashes.
    """

    SALT_BYTES = 16
    HASH_BYTES = 32

    def __init__(self, memory_kib: int = 65536, iterations: int = 3, lanes: int = 1) -> None:
        if not _usable(memory_kib, iterations, lanes):
            raise ValueError("Argon2id parameters out of range")
        self._params = (memory_kib, iterations, lanes)

    def hash(self, pin: str) -> str:
        memory, iterations, lanes = self._params
        salt = os.urandom(self.SALT_BYTES)
        digest = _derive(pin, salt, self.HASH_BYTES, *self._params)
        return f"$argon2id$v=19$m={memory},t={iterations},p={lanes}${_b64(salt)}${_b64(digest)}"

    def verify(self, pin: str, stored: str) -> bool:
        """Whether ``pin`` produced ``stored``; False (never an error) for a malformed string."""
        match = _PHC.fullmatch(stored) if isinstance(stored, str) else None
        if match is None:
            return False
        params = int(match[1]), int(match[2]), int(match[3])
        if not _usable(*params):
            return False
        try:
            expected = _unb64(match[5])
            actual = _derive(pin, _unb64(match[4]), len(expected), *params)
        except ValueError:  # bad base64, salt or hash too short, unencodable text
            return False
        return hmac.compare_digest(actual, expected)


def _derive(pin: str, salt: bytes, length: int, memory: int, iterations: int, lanes: int) -> bytes:
    kdf = Argon2id(salt=salt, length=length, iterations=iterations, lanes=lanes, memory_cost=memory)
    return kdf.derive(pin.encode("utf-8"))


def lockout_duration_s(lockout_count: int) -> float:
    """Length of the ``lockout_count``-th lockout in a row: 30 s, doubling, at most 15 min."""
    doublings = min(max(lockout_count, 1) - 1, 16)
    return min(FIRST_LOCKOUT_S * 2**doublings, MAX_LOCKOUT_S)


class Credentials:
    """The PINs of the mediator and admin roles, and the unlock check that guards them.

    Five wrong PINs in a row start a lockout; each lockout before the next success is longer.
    The state lives in the database on wall-clock time, so restarting the kiosk does not lift
    it. Neither the PIN nor anything derived from it reaches the audit log.
    """

    def __init__(
        self, engine: sqlalchemy.Engine, clock: Clock, hasher: PinHasher, audit: AuditSink
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._hasher = hasher
        self._audit = audit

    def set_pin(self, role: Role, pin: str) -> None:
        """Set or replace the PIN of ``role`` (mediator or admin). Raises ``PinRejected``."""
        if role is Role.PUBLIC:
            raise ValueError("the public role has no PIN")
        validate_pin(pin)
        stored = self._hasher.hash(normalize_pin(pin))
        with Session(for_read_modify_write(self._engine)) as session, session.begin():
            session.merge(CredentialRow(role=role.value, pin_hash=stored, set_at=self._clock.now()))
        self._audit.record(AuditKind.PIN_SET, role=role.value)

    def has_pin(self, role: Role) -> bool:
        with Session(self._engine) as session:
            return session.get(CredentialRow, role.value) is not None

    def lockout_remaining_s(self) -> float:
        """Seconds until an unlock attempt is accepted again; 0.0 when not locked out."""
        with Session(self._engine) as session:
            state = session.get(LockoutRow, _LOCKOUT_KEY)
            return 0.0 if state is None else self._remaining_s(state, self._clock.now())

    def unlock(self, pin: str) -> Role:
        """The role whose PIN this is (admin first if both match).

        Raises ``LockedOut`` (without checking the PIN), ``NoPinSet`` or ``WrongPin``.
        """
        candidate = normalize_pin(pin)
        attempts_left, lockout_s = MAX_FAILURES, 0.0
        with Session(for_read_modify_write(self._engine)) as session, session.begin():
            state = session.get(LockoutRow, _LOCKOUT_KEY)
            if state is None:
                state = LockoutRow(key=_LOCKOUT_KEY, failures=0, lockout_count=0)
                session.add(state)
            now = self._clock.now()
            remaining = self._remaining_s(state, now)
            if remaining > 0:
                raise LockedOut(remaining)
            hashes = {row.role: row.pin_hash for row in session.scalars(select(CredentialRow))}
            if not hashes:
                raise NoPinSet()
            # Check both so the time taken does not depend on which role matched.
            matched = [
                role
                for role in (Role.ADMIN, Role.MEDIATOR)
                if role.value in hashes and self._hasher.verify(candidate, hashes[role.value])
            ]
            if matched:
                state.failures, state.lockout_count, state.locked_until_wall = 0, 0, None
            else:
                state.failures += 1
                attempts_left = MAX_FAILURES - state.failures
                if attempts_left <= 0:
                    state.lockout_count += 1
                    lockout_s = lockout_duration_s(state.lockout_count)
                    state.failures = 0
                    state.locked_until_wall = now + timedelta(seconds=lockout_s)
        # Audit after the commit: AuditLog writes through its own connection.
        if matched:
            self._audit.record(AuditKind.UNLOCK, role=matched[0].value)
            return matched[0]
        self._audit.record(AuditKind.UNLOCK_FAILED, attempts_left=max(attempts_left, 0))
        if lockout_s:
            self._audit.record(AuditKind.LOCKOUT, seconds=int(lockout_s))
            raise LockedOut(lockout_s)
        raise WrongPin(attempts_left)

    @staticmethod
    def _remaining_s(state: LockoutRow, now: datetime) -> float:
        if state.locked_until_wall is None:
            return 0.0
        remaining = (state.locked_until_wall - now).total_seconds()
        # A wall clock set backwards must not stretch a lockout beyond its own length.
        return max(0.0, min(remaining, lockout_duration_s(state.lockout_count)))


