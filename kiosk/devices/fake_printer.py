"""A printer that records what it is given and plays scripted states, for tests and demo mode.

It refuses to exist unless its maker says ``allow_fake=True`` (only tests and demo mode
do), so a fake can never stand in for a real queue on a terminal by mistake.

Like a CUPS queue without job history: each look at a job moves it one step (pending,
printing, done) while the printer is ready, a job that ends is forgotten, and a problem
status (no paper, offline…) holds queued jobs where they are.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.devices.printer import (
    FINAL_STATES,
    PROBLEMS,
    JobState,
    JobStatus,
    PrintError,
    PrinterStatus,
    PrintOptions,
)


def count_pdf_pages(path: Path) -> int:
    from pypdf import PdfReader  # only when a fake actually prints

    return len(PdfReader(path).pages)


def selected_pages(page_ranges: str | None, pages: int) -> int:
    """How many of ``pages`` a CUPS page-ranges value ("1-3,5") selects."""
    if page_ranges is None:
        return pages
    chosen: set[int] = set()
    for part in page_ranges.split(","):
        first, _, last = part.partition("-")
        chosen.update(range(int(first), int(last or first) + 1))
    return len({page for page in chosen if 1 <= page <= pages})


@dataclass(frozen=True)
class SubmittedJob:
    job_id: int
    path: Path
    title: str
    options: PrintOptions
    pages: int  # pages in the document

    @property
    def printed_pages(self) -> int:
        """Sheets a real printer would produce: selected pages times copies."""
        return selected_pages(self.options.page_ranges, self.pages) * self.options.copies


class FakePrinter:
    """Records submitted jobs; status, refusals, job outcomes and delays are scripted."""

    def __init__(
        self,
        queue: str = "fake",
        *,
        color: bool = True,
        allow_fake: bool = False,
        page_counter: Callable[[Path], int] = count_pdf_pages,
        delay_s: float = 0.0,
    ) -> None:
        if not allow_fake:
            raise RuntimeError("fake_outside_tests")
        self._queue = queue
        self._color = color
        self._count = page_counter
        self.delay_s = delay_s  # every call blocks this long, like a slow print server
        self.submitted: list[SubmittedJob] = []
        self.cancel_calls: list[tuple[int, ...]] = []
        self._status = PrinterStatus.READY
        self._rejecting = False
        self._keep_cancelled = False
        self._next_id = 1
        self._live: dict[int, JobState] = {}  # jobs the "server" still knows
        self._ended: dict[int, JobState] = {}  # forgotten jobs and how they ended
        self._fates: dict[int, JobState] = {}  # scripted outcomes other than DONE
        self._fail_next = 0
        self._lock = threading.Lock()

    @property
    def queue(self) -> str:
        return self._queue

    # -- scripting ------------------------------------------------------------------------

    def set_status(self, status: PrinterStatus) -> None:
        """What status() reports from now on; a problem status holds queued jobs."""
        with self._lock:
            self._status = status

    def reject_jobs(self, rejecting: bool = True) -> None:
        """While rejecting, submit() raises PrintError(OFFLINE), as a CUPS queue would."""
        with self._lock:
            self._rejecting = rejecting

    def fail_next(self, times: int = 1) -> None:
        """The next ``times`` submitted jobs end FAILED instead of DONE."""
        with self._lock:
            self._fail_next += times

    def keep_cancelled_jobs(self, keep: bool = True) -> None:
        """Cancelled jobs stay known, like a server that was not asked to purge."""
        with self._lock:
            self._keep_cancelled = keep

    def finish_all(self) -> None:
        """Every job still queued or printing ends now (DONE, or FAILED if scripted)."""
        with self._lock:
            for job_id in list(self._live):
                while self._live.get(job_id) in (JobState.PENDING, JobState.PRINTING):
                    self._step(job_id)

    # -- the port -------------------------------------------------------------------------

    def status(self) -> PrinterStatus:
        self._wait()
        with self._lock:
            if self._status is PrinterStatus.READY and any(
                state is JobState.PRINTING for state in self._live.values()
            ):
                return PrinterStatus.BUSY
            return self._status

    def color_capable(self) -> bool:
        self._wait()
        return self._color and self._status is not PrinterStatus.MISSING

    def submit(self, pdf: Path, title: str, options: PrintOptions) -> int:
        self._wait()
        if not pdf.is_file():
            raise FileNotFoundError(pdf)
        with self._lock:
            if self._status is PrinterStatus.MISSING:
                raise PrintError(PrinterStatus.MISSING)
            if self._rejecting:
                raise PrintError(PrinterStatus.OFFLINE)
        pages = self._count(pdf)
        with self._lock:
            job_id = self._next_id
            self._next_id += 1
            self.submitted.append(SubmittedJob(job_id, pdf, title, options, pages))
            self._live[job_id] = JobState.PENDING
            if self._fail_next:
                self._fail_next -= 1
                self._fates[job_id] = JobState.FAILED
            return job_id

    def job(self, job_id: int) -> JobStatus:
        self._wait()
        with self._lock:
            self._reachable()
            if job_id not in self._live:
                return JobStatus(self._ended.get(job_id, JobState.DONE))
            if self._status in PROBLEMS:
                state = self._live[job_id]
                return JobStatus(state, None if state in FINAL_STATES else self._status)
            return JobStatus(self._step(job_id))

    def cancel(self, job_ids: Iterable[int]) -> None:
        self._wait()
        ids = tuple(job_ids)
        with self._lock:
            self._reachable()
            self.cancel_calls.append(ids)
            for job_id in ids:
                state = self._live.get(job_id)
                if state is None:
                    continue
                ended = state if state in FINAL_STATES else JobState.CANCELLED
                if self._keep_cancelled:
                    self._live[job_id] = ended
                else:
                    del self._live[job_id]
                self._ended[job_id] = ended

    def known_jobs(self, job_ids: Iterable[int]) -> int:
        self._wait()
        with self._lock:
            self._reachable()
            return len(set(job_ids) & set(self._live))

    # -- inside ---------------------------------------------------------------------------

    def _step(self, job_id: int) -> JobState:
        """Move a live job one step on; one that ends is forgotten. Holds the lock."""
        state = self._live[job_id]
        if state is JobState.PENDING:
            self._live[job_id] = JobState.PRINTING
            return JobState.PRINTING
        if state is JobState.PRINTING:
            state = self._fates.pop(job_id, JobState.DONE)
            self._ended[job_id] = state
            del self._live[job_id]
        return state  # a cancelled job kept by keep_cancelled_jobs() stays as it is

    def _reachable(self) -> None:
        if self._status is PrinterStatus.MISSING:
            raise PrintError(PrinterStatus.MISSING)

    def _wait(self) -> None:
        if self.delay_s:
            time.sleep(self.delay_s)
