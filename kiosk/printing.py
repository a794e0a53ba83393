"""Printing for a session: page ranges, the page quota, jobs under neutral titles, and the
scrub that cancels and purges them.

The printer itself is a port (`kiosk.devices.printer`); this service holds what belongs to
the session: which jobs it submitted, how many pages it used, how many more a mediator
allowed. Errors are typed with a ``code``; the UI turns codes into sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.audit import AuditKind, AuditSink
from kiosk.devices.printer import JobStatus, Printer, PrintError, PrinterStatus, PrintOptions
from kiosk.documents.pdfinfo import PdfError, count_pages
from kiosk.scrub import Scrubber, ScrubContext

MAX_COPIES = 20


class PrintRefused(Exception):
    """``code``: bad_range, bad_copies, over_quota, unreadable, protected, or a PrinterStatus."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class PrintPlan:
    """What printing ``path`` with these choices would cost, before anything is sent."""

    path: Path
    page_count: int  # pages in the document
    pages: tuple[int, ...]  # the 1-based pages chosen
    copies: int
    color: bool
    quota_left: int

    @property
    def sheets(self) -> int:
        return len(self.pages) * self.copies

    @property
    def needs_unlock(self) -> bool:
        return self.sheets > self.quota_left

    @property
    def page_ranges(self) -> str | None:
        """The CUPS page-ranges value; None when every page is printed."""
        if self.pages == tuple(range(1, self.page_count + 1)):
            return None
        return compact_ranges(self.pages)


def parse_ranges(text: str, page_count: int) -> tuple[int, ...]:
    """Pages named by ``text`` ("1-3, 5"; empty means all), sorted and without repeats.

    Raises PrintRefused("bad_range") for anything else, or a page beyond the document.
    """
    text = text.strip()
    if not text:
        return tuple(range(1, page_count + 1))
    chosen: set[int] = set()
    for part in re.split(r"[,;]", text):
        match = re.fullmatch(r"\s*(\d{1,5})\s*(?:[-–]\s*(\d{1,5})\s*)?", part)
        if not match:
            raise PrintRefused("bad_range")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if not 1 <= first <= last <= page_count:
            raise PrintRefused("bad_range")
        chosen.update(range(first, last + 1))
    return tuple(sorted(chosen))


def compact_ranges(pages: tuple[int, ...]) -> str:
    """(1, 2, 3, 5) -> "1-3,5"."""
    runs: list[str] = []
    for _, group in itertools.groupby(enumerate(pages), key=lambda pair: pair[1] - pair[0]):
        numbers = [page for _, page in group]
        runs.append(str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}")
    return ",".join(runs)


class PrintService:
    """The session's printing: quota, jobs, and their erasure at scrub."""

    def __init__(
        self,
        printer: Printer | None,
        quota: int,
        audit: AuditSink,
        color_allowed: bool = True,
        page_counter: Callable[[Path], int] = count_pages,
    ) -> None:
        self._printer = printer
        self._quota = quota
        self._audit = audit
        self._color_allowed = color_allowed
        self._count = page_counter
        self._used = 0
        self._extra = 0
        self._jobs: list[int] = []
        self._titles = itertools.count(1)

    def register(self, scrubber: Scrubber) -> None:
        scrubber.add_step("print_jobs", self._scrub)
        scrubber.add_trace("print_jobs", self._leftover_jobs)

    # -- what the person sees -------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._printer is not None

    def status(self) -> PrinterStatus:
        return self._printer.status() if self._printer else PrinterStatus.MISSING

    def color_offered(self) -> bool:
        return bool(self._printer and self._color_allowed and self._printer.color_capable())

    @property
    def pages_used(self) -> int:
        return self._used

    @property
    def quota_left(self) -> int:
        return max(0, self._quota + self._extra - self._used)

    @property
    def jobs(self) -> tuple[int, ...]:
        return tuple(self._jobs)

    def plan(self, path: Path, copies: int = 1, ranges: str = "", color: bool = True) -> PrintPlan:
        """Count the document's pages and check the choices; raises PrintRefused."""
        if not 1 <= copies <= MAX_COPIES:
            raise PrintRefused("bad_copies")
        try:
            page_count = self._count(path)
        except PdfError as exc:
            raise PrintRefused(exc.code) from exc
        pages = parse_ranges(ranges, page_count)
        return PrintPlan(
            path, page_count, pages, copies, color and self.color_offered(), self.quota_left
        )

    def submit(self, plan: PrintPlan, counted: bool = True) -> int:
        """Send the job under a neutral title; raises PrintRefused (over_quota, printer states).

        ``counted`` False is for what the kiosk itself must print (a safe's recovery sheet).
        """
        if self._printer is None:
            raise PrintRefused(PrinterStatus.MISSING)
        if counted and plan.sheets > self.quota_left:
            raise PrintRefused("over_quota")
        options = PrintOptions(copies=plan.copies, color=plan.color, page_ranges=plan.page_ranges)
        title = f"kiosk-{next(self._titles)}"
        try:
            job_id = self._printer.submit(plan.path, title, options)
        except PrintError as exc:
            raise PrintRefused(exc.code) from exc
        self._jobs.append(job_id)
        self._used += plan.sheets if counted else 0
        self._audit.record(AuditKind.PRINT_SUBMITTED, pages=plan.sheets, color=plan.color)
        return job_id

    def job(self, job_id: int) -> JobStatus:
        if self._printer is None:
            raise PrintRefused(PrinterStatus.MISSING)
        return self._printer.job(job_id)

    # -- what a mediator may do -----------------------------------------------------------

    def allow_more(self, pages: int) -> None:
        """A mediator lets this session print ``pages`` more than its quota."""
        if pages <= 0:
            raise ValueError("pages must be positive")
        self._extra += pages
        self._audit.record(AuditKind.PRINT_QUOTA_RAISED, pages=pages)

    # -- scrub ----------------------------------------------------------------------------

    def _scrub(self, _ctx: ScrubContext) -> None:
        # The ids stay known until the trace check has seen CUPS forget every one of them.
        self._used = 0
        self._extra = 0
        if self._jobs and self._printer is not None:
            self._printer.cancel(self._jobs)

    def _leftover_jobs(self, _ctx: ScrubContext) -> int:
        if self._printer is None:
            self._jobs.clear()
            return 0
        left = self._printer.known_jobs(self._jobs) if self._jobs else 0
        if left == 0:
            self._jobs.clear()
        return left
