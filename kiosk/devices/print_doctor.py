"""`kiosk doctor` checks for printing: the kiosk's CUPS queue works and keeps no traces.

The print server's settings come from its cupsd.conf. Asked over HTTP, the running server
answers with its own file, but only to an administrator (root on the local socket is one).
Otherwise libcups' adminGetServerSettings() is used; for a local server it reads
$CUPS_SERVERROOT/cupsd.conf (/etc/cups) from disk instead of asking. Either way a directive
that is absent means the CUPS default, which keeps job files a day and history for ever.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from typing import Any

MAX_HISTORY_S = 600  # completed jobs may stay listed this long, no longer
IPP_PRINTER_STOPPED = 5
IPP_NOT_FOUND = 0x0406
DEFAULTS = {"PreserveJobFiles": "86400", "PreserveJobHistory": "Yes"}  # CUPS 2.4
UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
FOREVER = -1


@dataclass(frozen=True)
class PrintCheck:
    name: str
    ok: bool
    detail: str  # plain English for the admin CLI


def check_printing(printer_queue: str, server: str | None = None) -> list[PrintCheck]:
    """Check the queue and the server settings; ``server`` as for CupsPrinter."""
    try:
        import cups
    except ImportError:
        return [PrintCheck("print_server", False, "pycups is not installed (pip install pycups)")]
    target = server if server is not None else os.environ.get("CUPS_SERVER")
    cups.setServer(target or "")
    cups.setPasswordCB(lambda _prompt: "")  # never stop on a password prompt: just fail
    where = target or cups.getServer()
    try:
        connection = cups.Connection()
    except RuntimeError:
        return [PrintCheck("print_server", False, f"cannot reach the print server at {where}")]
    checks = [PrintCheck("print_server", True, f"print server reachable at {where}")]
    if not printer_queue:
        printer_queue = connection.getDefault() or ""
        if not printer_queue:
            return checks + [PrintCheck(
                "queue", False, "printing.queue is empty and the server has no default printer")]
    checks += _queue_checks(cups, connection, printer_queue)
    settings = _server_settings(cups, connection)
    if settings is None:
        checks.append(
            PrintCheck(
                "server_settings", False, "cannot read the print server's cupsd.conf (run as root)"
            )
        )
    else:
        checks += [_job_files(settings), _job_history(settings)]
    return checks


def _queue_checks(cups: Any, connection: Any, queue: str) -> list[PrintCheck]:
    names = ["printer-is-accepting-jobs", "printer-state", "printer-is-shared"]
    try:
        attributes = connection.getPrinterAttributes(queue, requested_attributes=names)
    except (cups.IPPError, cups.HTTPError) as exc:
        if isinstance(exc, cups.IPPError) and exc.args and exc.args[0] == IPP_NOT_FOUND:
            detail = f'there is no print queue "{queue}" (lpstat -p lists the queues)'
        else:
            detail = f'cannot read print queue "{queue}" ({exc})'
        return [PrintCheck("queue", False, detail)]
    checks = []
    if attributes.get("printer-is-accepting-jobs", True):
        checks.append(PrintCheck("queue", True, f'print queue "{queue}" accepts jobs'))
    else:
        checks.append(
            PrintCheck(
                "queue", False, f'print queue "{queue}" refuses jobs (run: cupsaccept {queue})'
            )
        )
    if attributes.get("printer-state") == IPP_PRINTER_STOPPED:
        checks.append(
            PrintCheck(
                "queue_enabled",
                False,
                f'print queue "{queue}" is stopped (run: cupsenable {queue})',
            )
        )
    else:
        checks.append(PrintCheck("queue_enabled", True, f'print queue "{queue}" is enabled'))
    if attributes.get("printer-is-shared", False):
        checks.append(
            PrintCheck(
                "queue_not_shared",
                False,
                f'print queue "{queue}" is shared '
                f"on the network (run: lpadmin -p {queue} -o "
                "printer-is-shared=false)",
            )
        )
    else:
        checks.append(PrintCheck("queue_not_shared", True, f'print queue "{queue}" is not shared'))
    return checks


def _server_settings(cups: Any, connection: Any) -> dict[str, str] | None:
    """Top-level cupsd.conf directives of the server, or None when neither way works."""
    try:
        with tempfile.TemporaryFile() as conf:
            connection.getFile("/admin/conf/cupsd.conf", file=conf)
            conf.seek(0)
            return parse_cupsd_conf(conf.read().decode("utf-8", "replace"))
    except (cups.HTTPError, cups.IPPError, RuntimeError, OSError):
        pass
    try:
        settings = connection.adminGetServerSettings()
    except (cups.HTTPError, cups.IPPError, RuntimeError):
        return None
    return {str(k): str(v) for k, v in settings.items()} or None


def parse_cupsd_conf(text: str) -> dict[str, str]:
    """Directives outside <Location>/<Policy> sections, as adminGetServerSettings() keys."""
    settings: dict[str, str] = {}
    depth = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("</"):
            depth = max(0, depth - 1)
        elif line.startswith("<"):
            depth += 1
        elif depth == 0:
            key, _, value = line.partition(" ")
            settings[key] = value.strip()
    return settings


def seconds(value: str) -> int:
    """A cupsd.conf keep-time in seconds: 0 for No, FOREVER for Yes, else "300", "5m", "1d"."""
    word = value.strip().lower()
    if word in ("no", "off", "false"):
        return 0
    if word in ("yes", "on", "true"):
        return FOREVER
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([smhdw]?)", word)
    if not match:
        return FOREVER  # unreadable: assume the worst
    return int(float(match.group(1)) * UNITS[match.group(2)])


def duration(kept: int) -> str:
    """86400 -> "for 1 day"; FOREVER -> "for ever"."""
    if kept == FOREVER:
        return "for ever"
    for unit, size in (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if kept >= size and kept % size == 0:
            count = kept // size
            return f"for {count} {unit}{'s' if count > 1 else ''}"
    return f"for {kept} s"


def _setting(settings: dict[str, str], key: str) -> tuple[str, bool]:
    lowered = {k.lower(): v for k, v in settings.items()}
    value = lowered.get(key.lower())
    return (value, False) if value is not None else (DEFAULTS[key], True)


def _job_files(settings: dict[str, str]) -> PrintCheck:
    value, default = _setting(settings, "PreserveJobFiles")
    kept = seconds(value)
    if kept == 0:
        return PrintCheck("job_files", True, "printed documents are not kept (PreserveJobFiles No)")
    origin = " by default" if default else ""
    return PrintCheck(
        "job_files",
        False,
        f"printed documents are kept {duration(kept)}{origin}: "
        "add 'PreserveJobFiles No' to cupsd.conf",
    )


def _job_history(settings: dict[str, str]) -> PrintCheck:
    value, default = _setting(settings, "PreserveJobHistory")
    kept = seconds(value)
    if kept == 0:
        return PrintCheck("job_history", True, "job history is not kept (PreserveJobHistory No)")
    if kept != FOREVER and kept <= MAX_HISTORY_S:
        return PrintCheck("job_history", True, f"job history is kept only {duration(kept)}")
    origin = " by default" if default else ""
    return PrintCheck(
        "job_history",
        False,
        f"job history is kept {duration(kept)}{origin}: add "
        f"'PreserveJobHistory No' (or at most {MAX_HISTORY_S}) to cupsd.conf",
    )
