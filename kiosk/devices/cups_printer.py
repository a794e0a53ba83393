"""The printer port over CUPS, through pycups.

pycups is imported when first needed, so this module loads on machines without it; a
missing module or an unreachable scheduler reads as PrinterStatus.MISSING. pycups calls
block, and libcups keeps its server choice per thread, so every call opens its own short
connection under a lock.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.devices.printer import (
    FINAL_STATES,
    PROBLEMS,
    JobState,
    JobStatus,
    PrintError,
    PrinterStatus,
    PrintOptions,
)

log = logging.getLogger(__name__)

# IPP status codes (RFC 8011) and values pycups reports as plain integers.
IPP_NOT_FOUND = 0x0406
IPP_NOT_ACCEPTING_JOBS = 0x0506
IPP_PRINTER_PROCESSING = 4
IPP_PRINTER_STOPPED = 5
CUPS_PRINTER_COLOR = 0x0004

JOB_STATES = {
    3: JobState.PENDING,  # pending
    4: JobState.PENDING,  # held
    5: JobState.PRINTING,  # processing
    6: JobState.PRINTING,  # processing-stopped
    7: JobState.CANCELLED,
    8: JobState.FAILED,  # aborted
    9: JobState.DONE,
}

# printer-state-reasons keywords, most specific first; a "-warning" suffix is no problem.
REASONS: tuple[tuple[PrinterStatus, frozenset[str]], ...] = (
    (PrinterStatus.NO_PAPER, frozenset({"media-empty", "media-needed"})),
    (PrinterStatus.PAPER_JAM, frozenset({"media-jam"})),
    (PrinterStatus.NO_INK, frozenset({"marker-supply-empty", "toner-empty"})),
    (PrinterStatus.DOOR_OPEN, frozenset({"door-open", "cover-open", "interlock-open"})),
    (PrinterStatus.OFFLINE, frozenset({"offline", "paused", "shutdown", "stopped"})),
)

PRINTER_ATTRIBUTES = ["printer-state", "printer-state-reasons", "printer-is-accepting-jobs"]


def status_from_attributes(attributes: Mapping[str, Any]) -> PrinterStatus:
    """Map printer-state, printer-state-reasons and printer-is-accepting-jobs to a status."""
    reasons = attributes.get("printer-state-reasons") or []
    if isinstance(reasons, str):
        reasons = [reasons]
    keywords = set()
    for reason in reasons:
        if reason.endswith("-warning"):
            continue
        keywords.add(re.sub(r"-(error|report)$", "", reason))
    for status, names in REASONS:
        if keywords & names:
            return status
    state = attributes.get("printer-state")
    if state == IPP_PRINTER_STOPPED or attributes.get("printer-is-accepting-jobs") is False:
        return PrinterStatus.OFFLINE
    if state == IPP_PRINTER_PROCESSING:
        return PrinterStatus.BUSY
    return PrinterStatus.READY


def cups_options(options: PrintOptions) -> dict[str, str]:
    """The IPP job attributes for ``options``, on A4, scaled to fit the page."""
    result = {
        "copies": str(options.copies),
        "print-color-mode": "color" if options.color else "monochrome",
        "media": "A4",
        "fit-to-page": "true",
    }
    if options.page_ranges is not None:
        result["page-ranges"] = options.page_ranges
    return result


def ipp_status(error: Exception) -> int:
    """The IPP status code of a cups.IPPError (its first argument)."""
    code = error.args[0] if error.args else None
    return code if isinstance(code, int) else -1


class CupsPrinter:
    """One CUPS queue (empty: the server's default destination); ``server`` is a socket path
    or host[:port], else $CUPS_SERVER."""

    def __init__(self, queue: str, server: str | None = None) -> None:
        self._queue = queue
        self._server = server if server is not None else os.environ.get("CUPS_SERVER")
        self._lock = threading.Lock()
        self._purged: dict[int, JobState] = {}  # job id -> its state when we purged it

    @property
    def queue(self) -> str:
        return self._queue

    @contextmanager
    def _connect(self) -> Iterator[tuple[Any, Any]]:
        """(the cups module, a fresh Connection), or PrintError(MISSING)."""
        with self._lock:
            try:
                import cups
            except ImportError as exc:
                raise PrintError(PrinterStatus.MISSING) from exc
            cups.setServer(self._server or "")  # "" restores libcups' default for this thread
            try:
                connection = cups.Connection()
            except RuntimeError as exc:  # pycups: "failed to connect to server"
                raise PrintError(PrinterStatus.MISSING) from exc
            try:
                yield cups, connection
            except cups.HTTPError as exc:
                raise PrintError(PrinterStatus.MISSING) from exc
            finally:
                del connection  # pycups closes the HTTP connection when the object goes

    def _destination(self, connection: Any) -> str:
        """The configured queue, else the server's default one (MISSING when it has none)."""
        if self._queue:
            return self._queue
        default = connection.getDefault()
        if not default:
            raise PrintError(PrinterStatus.MISSING)
        return str(default)

    def _printer_attributes(self, cups: Any, connection: Any, names: list[str]) -> Any:
        try:
            queue = self._destination(connection)
            return connection.getPrinterAttributes(queue, requested_attributes=names)
        except cups.IPPError as exc:
            log.debug("print queue attributes unavailable (IPP %#06x)", ipp_status(exc))
            raise PrintError(PrinterStatus.MISSING) from exc

    def status(self) -> PrinterStatus:
        try:
            with self._connect() as (cups, connection):
                attributes = self._printer_attributes(cups, connection, PRINTER_ATTRIBUTES)
        except PrintError as exc:
            return exc.code
        return status_from_attributes(attributes)

    def color_capable(self) -> bool:
        names = ["color-supported", "printer-type"]
        try:
            with self._connect() as (cups, connection):
                attributes = self._printer_attributes(cups, connection, names)
        except PrintError:
            return False
        if "color-supported" in attributes:
            return bool(attributes["color-supported"])
        return bool(int(attributes.get("printer-type", 0)) & CUPS_PRINTER_COLOR)

    def submit(self, pdf: Path, title: str, options: PrintOptions) -> int:
        if not pdf.is_file():
            raise FileNotFoundError(pdf)
        job_options = cups_options(options)
        with self._connect() as (cups, connection):
            try:
                queue = self._destination(connection)
                job_id = connection.printFile(queue, str(pdf), title, job_options)
            except cups.IPPError as exc:
                code = ipp_status(exc)
                log.warning("print job refused (IPP %#06x)", code)
                if code == IPP_NOT_ACCEPTING_JOBS:
                    raise PrintError(PrinterStatus.OFFLINE) from exc
                # libcups reports a missing queue as an internal error: look before naming it.
                self._printer_attributes(cups, connection, ["printer-state"])
                raise PrintError(PrinterStatus.OFFLINE) from exc
        log.info("print job %d submitted", job_id)
        return int(job_id)

    def job(self, job_id: int) -> JobStatus:
        with self._connect() as (cups, connection):
            try:
                attributes = connection.getJobAttributes(job_id, requested_attributes=["job-state"])
            except cups.IPPError as exc:
                if ipp_status(exc) != IPP_NOT_FOUND:
                    raise PrintError(PrinterStatus.MISSING) from exc
                # Forgotten: history is off or expired, or we purged it ourselves.
                return JobStatus(self._purged.get(job_id, JobState.DONE))
            state = JOB_STATES.get(int(attributes.get("job-state", 3)), JobState.PENDING)
            if state not in (JobState.PENDING, JobState.PRINTING):
                return JobStatus(state)
            try:
                printer = self._printer_attributes(cups, connection, PRINTER_ATTRIBUTES)
                problem = status_from_attributes(printer)
            except PrintError as exc:
                problem = exc.code
        return JobStatus(state, problem if problem in PROBLEMS else None)

    def cancel(self, job_ids: Iterable[int]) -> None:
        """Try every job; if any could not be cancelled, raise PrintError(MISSING) after."""
        failed = 0
        with self._connect() as (cups, connection):
            for job_id in job_ids:
                try:
                    state = connection.getJobAttributes(job_id, requested_attributes=["job-state"])
                    connection.cancelJob(job_id, purge_job=True)
                except cups.IPPError as exc:
                    if ipp_status(exc) != IPP_NOT_FOUND:
                        log.warning(
                            "print job %d not cancelled (IPP %#06x)", job_id, ipp_status(exc)
                        )
                        failed += 1
                    continue
                # A job that had already ended keeps its outcome; any other was cancelled.
                ended = JOB_STATES.get(int(state.get("job-state", 3)), JobState.PENDING)
                self._purged[job_id] = ended if ended in FINAL_STATES else JobState.CANCELLED
                log.info("print job %d cancelled and purged", job_id)
        if failed:
            raise PrintError(PrinterStatus.MISSING)

    def known_jobs(self, job_ids: Iterable[int]) -> int:
        wanted = set(job_ids)
        if not wanted:
            return 0
        with self._connect() as (cups, connection):
            try:
                jobs = connection.getJobs(which_jobs="all", requested_attributes=["job-id"])
            except cups.IPPError as exc:
                raise PrintError(PrinterStatus.MISSING) from exc
        return len(wanted & set(jobs))
