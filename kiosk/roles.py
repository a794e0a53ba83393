"""Who may do what: the roles, the PIN rules, the typed unlock errors, and timed grants.

Errors are typed and carry data, never prose; the UI maps their ``code`` to a sentence.
The PIN store and the unlock check live in `kiosk.credentials`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from kiosk.clock import Clock

PIN_MIN_LENGTH = 6
PIN_MAX_LENGTH = 12


class Role(StrEnum):
    """Who is at the terminal, from least to most trusted."""

    PUBLIC = "public"
    MEDIATOR = "mediator"
    ADMIN = "admin"


_RANK = {Role.PUBLIC: 0, Role.MEDIATOR: 1, Role.ADMIN: 2}


class RoleError(Exception):
    """Base of this module's errors; ``code`` names the case for the translated message."""

    code: str = "role_error"


PinRejectionCode = Literal["pin_not_digits", "pin_too_short", "pin_too_long", "pin_too_simple"]


class PinRejected(RoleError):
    """A new PIN does not meet the rules."""

    def __init__(self, code: PinRejectionCode) -> None:
        super().__init__(code)
        self.code = code


class WrongPin(RoleError):
    """The PIN matched no role; ``attempts_left`` before a lockout starts."""

    code = "wrong_pin"

    def __init__(self, attempts_left: int) -> None:
        super().__init__(attempts_left)
        self.attempts_left = attempts_left


class NoPinSet(RoleError):
    """No privileged role has a PIN yet, so nobody can unlock."""

    code = "no_pin_set"


class LockedOut(RoleError):
    """Too many wrong PINs; the next attempt is accepted after ``retry_after_s`` seconds."""

    code = "locked_out"

    def __init__(self, retry_after_s: float) -> None:
        super().__init__(retry_after_s)
        self.retry_after_s = retry_after_s


def normalize_pin(pin: str) -> str:
    """Map every Unicode decimal digit (Arabic-Indic, full-width, ...) to its ASCII digit.

    The same key on a different keyboard layout must give the same PIN.
    """
    return "".join(str(int(char)) if char.isdecimal() else char for char in pin)


def validate_pin(pin: str) -> None:
    """Raise ``PinRejected`` unless ``pin`` is acceptable as a new mediator or admin PIN."""
    digits = normalize_pin(pin)
    if any(char not in "0123456789" for char in digits):
        raise PinRejected("pin_not_digits")
    if len(digits) < PIN_MIN_LENGTH:
        raise PinRejected("pin_too_short")
    if len(digits) > PIN_MAX_LENGTH:
        raise PinRejected("pin_too_long")
    # One repeated digit, or a run up or down (wrapping round, as in 890123).
    steps = {(int(b) - int(a)) % 10 for a, b in zip(digits, digits[1:], strict=False)}
    if steps in ({0}, {1}, {9}):
        raise PinRejected("pin_too_simple")


@dataclass(frozen=True)
class Grant:
    """``role`` is granted until the monotonic clock reaches ``expires_at_monotonic``."""

    role: Role
    expires_at_monotonic: float


class GrantBook:
    """Time-limited elevations above the public role, on the monotonic clock."""

    def __init__(self, clock: Clock, ttl_s: float) -> None:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        self._clock = clock
        self._ttl_s = ttl_s
        self._grants: dict[Role, Grant] = {}

    def grant(self, role: Role) -> Grant:
        """Grant ``role`` for ``ttl_s`` from now, replacing any earlier grant of it."""
        if role is Role.PUBLIC:
            raise ValueError("the public role needs no grant")
        granted = Grant(role, self._clock.monotonic() + self._ttl_s)
        self._grants[role] = granted
        return granted

    def active_role(self) -> Role:
        """The highest role with an unexpired grant, else public."""
        now = self._clock.monotonic()
        live = [role for role, g in self._grants.items() if g.expires_at_monotonic > now]
        return max(live, key=lambda role: _RANK[role], default=Role.PUBLIC)

    def is_granted(self, role: Role) -> bool:
        """Whether ``role``'s rights are held now (admin implies mediator; public always)."""
        return _RANK[self.active_role()] >= _RANK[role]

    def revoke_all(self) -> None:
        self._grants.clear()

    def remaining_s(self) -> float:
        """Seconds left on the active role's grant; 0.0 when only public."""
        active = self.active_role()
        if active is Role.PUBLIC:
            return 0.0
        return self._grants[active].expires_at_monotonic - self._clock.monotonic()
