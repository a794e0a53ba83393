"""The printer port: what the kiosk needs from a print queue, whatever serves it.

`CupsPrinter` talks to CUPS; `FakePrinter` stands in for it in tests and demo mode. Both
keep the same contract (tests/unit/test_printer_contract.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol


class PrinterStatus(StrEnum):
    READY = "ready"
    BUSY = "busy"
    OFFLINE = "offline"
    NO_PAPER = "no_paper"
    PAPER_JAM = "paper_jam"
    NO_INK = "no_ink"
    DOOR_OPEN = "door_open"
    MISSING = "missing"


# Statuses in which a queued job waits for someone to act on the printer.
PROBLEMS = frozenset(
    {
        PrinterStatus.OFFLINE,
        PrinterStatus.NO_PAPER,
        PrinterStatus.PAPER_JAM,
        PrinterStatus.NO_INK,
        PrinterStatus.DOOR_OPEN,
        PrinterStatus.MISSING,
    }
)


PAGE_RANGES = re.compile(r"\d+(-\d+)?(,\d+(-\d+)?)*")


@dataclass(frozen=True)
class PrintOptions:
    copies: int = 1
    color: bool = True
    page_ranges: str | None = None  # CUPS syntax "1-3,5"; None = all pages

    def __post_init__(self) -> None:
        if self.copies < 1:
            raise ValueError("copies must be at least 1")
        if self.page_ranges is not None and not PAGE_RANGES.fullmatch(self.page_ranges):
            raise ValueError("page_ranges must look like 1-3,5")


class JobState(StrEnum):
    PENDING = "pending"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINAL_STATES = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED})


@dataclass(frozen=True)
class JobStatus:
    state: JobState
    problem: PrinterStatus | None = None  # why a pending job does not progress


class PrintError(Exception):
    """Typed: .code is a PrinterStatus (MISSING when CUPS/queue unreachable, OFFLINE when the
    queue rejects jobs)."""

    def __init__(self, code: PrinterStatus) -> None:
        super().__init__(code)
        self.code = code


class Printer(Protocol):
    """One print queue. Calls block briefly; the UI makes them from a worker thread."""

    @property
    def queue(self) -> str: ...

    def status(self) -> PrinterStatus:
        """The queue's state now; MISSING when it or its server cannot be reached. Never raises."""
        ...

    def color_capable(self) -> bool: ...

    def submit(self, pdf: Path, title: str, options: PrintOptions) -> int:
        """Queue ``pdf`` under the caller's neutral ``title``; returns the job id.

        Raises PrintError, or FileNotFoundError when ``pdf`` is not a file.
        """
        ...

    def job(self, job_id: int) -> JobStatus:
        """A job the server has forgotten counts as DONE, or CANCELLED if we cancelled it."""
        ...

    def cancel(self, job_ids: Iterable[int]) -> None:
        """Cancel and purge each job; ids the server does not know are ignored."""
        ...

    def known_jobs(self, job_ids: Iterable[int]) -> int:
        """How many of these jobs the server still holds in any state, history included."""
        ...
