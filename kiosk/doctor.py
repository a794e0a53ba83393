"""`kiosk doctor`: can this machine run the kiosk as configured? One line per check."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from kiosk import config


def _check_config(path: Path | None) -> tuple[bool, str, config.Settings | None]:
    try:
        settings = config.load(path=path)
    except config.ConfigError as error:
        return False, "; ".join(config.describe(p) for p in error.problems), None
    return True, "configuration is valid", settings


def run_doctor(path: Path | None, out: Callable[[str], None] = print) -> int:
    failures = 0

    def report(ok: bool, text: str) -> None:
        nonlocal failures
        failures += not ok
        out(f"[{'ok' if ok else 'FAIL'}] {text}")

    ok, text, settings = _check_config(path)
    report(ok, text)
    if settings is None:
        return 1
    from kiosk.app import build_core
    from kiosk.db import DatabaseError
    from kiosk.roles import Role
    from kiosk.workspace import WorkspaceError

    try:
        core = build_core(settings)
    except (DatabaseError, WorkspaceError) as error:
        report(False, f"storage is not usable ({error.code})")
        return 1
    try:
        report(True, f"database opened and migrated in {settings.data_dir}")
        report(True, f"session folders are private under {settings.runtime_dir}")
        _check_memory(settings.runtime_dir, report)
        for role in (Role.MEDIATOR, Role.ADMIN):
            report(core.credentials.has_pin(role),
                   f"{role.value} PIN is set" if core.credentials.has_pin(role)
                   else f"no {role.value} PIN: run 'kiosk set-pin --role {role.value}'")
        _check_devices(settings, report)
        _check_safe(core.safe.disabled, report)
        _check_sandbox(report)
        _check_antivirus(settings, report)
        report(os.geteuid() != 0, "runs as an unprivileged user" if os.geteuid() != 0
               else "running as root: the terminal should run as an unprivileged user")
    finally:
        core.close()
    return 1 if failures else 0


def _check_memory(runtime_dir: Path, report: Callable[[bool, str], None]) -> None:
    """Session files, and what the safe decrypts to show or print, live in the runtime
    folder: it has to be in memory for them never to reach a disk."""
    from kiosk.workspace import filesystem_type, in_memory

    if in_memory(runtime_dir):
        report(True, f"{runtime_dir} is in memory: session files never reach the disk")
    else:
        kind = filesystem_type(runtime_dir) or "an unknown file system"
        report(False, f"{runtime_dir} is on {kind}, not in memory, so session files reach the "
                      "disk: mount a tmpfs there, or set paths.runtime_dir to a folder on one "
                      "(/run is tmpfs on a standard Debian or Ubuntu system)")


def _check_devices(settings: config.Settings, report: Callable[[bool, str], None]) -> None:
    """The printer queue and CUPS's job-keeping settings; the scanner."""
    from kiosk.app import build_devices
    from kiosk.devices.print_doctor import check_printing

    scanner, printer = build_devices(settings)
    for check in check_printing(printer.queue):
        report(check.ok, f"printing: {check.detail}")
    found = scanner.find()
    report(found is not None, f"scanner found: {found.label} ({found.device})" if found
           else "no scanner found (check `scanimage -L`, or set scanning.device)")


def _check_safe(disabled: object, report: Callable[[bool, str], None]) -> None:
    from kiosk.vault.installation import SafeDisabled, describe

    if isinstance(disabled, SafeDisabled):
        report(False, describe(disabled))
    else:
        report(True, "the safe's installation secret is in the configured keyring")


def _check_sandbox(report: Callable[[bool, str], None]) -> None:
    """Files from sticks are only ever opened inside bubblewrap."""
    from kiosk.sandbox.bwrap import describe, probe

    status = probe()
    report(status.available, describe(status))


def _check_antivirus(settings: config.Settings, report: Callable[[bool, str], None]) -> None:
    """ClamAV is optional: its absence is said, not counted as a failure."""
    from kiosk.documents.antivirus import ClamdScanner

    where = settings.clamd_socket
    if where is not None and ClamdScanner(where).available():
        report(True, f"files from sticks are also scanned by clamd ({where})")
    else:
        report(True, "no clamd answering (optional): files from sticks are checked and rebuilt,"
                     " not scanned by ClamAV")
