"""The audit trail: what happened on the terminal and when, without anything about who.

The audit log must hold no personal data. It records events (a session started, an unlock
failed, the terminal went out of service) with a few technical scalars: counts, durations,
roles, error codes. It never records a PIN or key, a name, a file name or path, a URL a
person visited, or any text a person typed. As a guard against slips, ``AuditLog.record``
refuses detail keys that look like they would carry such data (see ``FORBIDDEN_KEY_PARTS``);
the guard is a safety net, not a licence: choose detail values that identify no one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

DetailValue = str | int | float | bool | None

# A detail key containing any of these (case-insensitive) is refused.
FORBIDDEN_KEY_PARTS = ("pin", "key", "url", "name", "path")


class AuditKind(StrEnum):
    """What an audit event is about. The values are stored: never change one."""

    SESSION_STARTED = "session_started"
    SESSION_ENDED = "session_ended"
    SCRUB_PASSED = "scrub_passed"
    SCRUB_FAILED = "scrub_failed"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCKOUT = "lockout"
    OUT_OF_SERVICE = "out_of_service"
    BACK_IN_SERVICE = "back_in_service"
    MAINTENANCE_ENTERED = "maintenance_entered"
    MAINTENANCE_LEFT = "maintenance_left"
    CONFIG_INVALID = "config_invalid"
    UNCAUGHT_ERROR = "uncaught_error"
    PIN_SET = "pin_set"
    HELP_REQUESTED = "help_requested"
    HELP_ACKNOWLEDGED = "help_acknowledged"
    HELP_CANCELLED = "help_cancelled"
    PRINT_SUBMITTED = "print_submitted"
    PRINT_QUOTA_RAISED = "print_quota_raised"
    SCAN_ALLOWED = "scan_allowed"
    SCAN_SAVED = "scan_saved"
    DEVICE_PROBLEM = "device_problem"
    SAFE_CREATED = "safe_created"
    SAFE_OPENED = "safe_opened"
    SAFE_OPEN_FAILED = "safe_open_failed"
    DEVICE_REFUSED = "device_refused"
    USB_OPENED = "usb_opened"
    USB_FILE_TAKEN = "usb_file_taken"
    USB_FILE_WRITTEN = "usb_file_written"
    VIRUS_FOUND = "virus_found"


@dataclass(frozen=True)
class AuditEvent:
    """One recorded event; ``at`` is timezone-aware UTC."""

    at: datetime
    kind: AuditKind
    detail: dict[str, DetailValue] = field(default_factory=dict)


class AuditSink(Protocol):
    """Where the core records events (the SQLite store in production)."""

    def record(self, kind: AuditKind, /, **detail: DetailValue) -> None: ...


def check_detail(detail: dict[str, DetailValue]) -> None:
    """Refuse detail keys that could carry personal data or secrets, and non-scalars."""
    for key, value in detail.items():
        lowered = key.lower()
        if any(part in lowered for part in FORBIDDEN_KEY_PARTS):
            raise ValueError(f"audit detail key {key!r} may carry personal data or secrets")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise TypeError(f"audit detail {key!r} must be a plain scalar")
