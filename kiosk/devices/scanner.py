"""The scanner port: what the core asks of a scanner, and the typed errors it gets back."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

PAGE_NAME = re.compile(r"page-(\d{4,})\.pnm")


class ScanMode(StrEnum):
    COLOR = "color"
    GRAY = "gray"
    LINEART = "lineart"


class ScanSource(StrEnum):
    FLATBED = "flatbed"
    FEEDER = "feeder"


@dataclass(frozen=True)
class ScanRequest:
    """One scan: the area is measured from the top-left corner of the glass."""

    mode: ScanMode
    dpi: int
    source: ScanSource = ScanSource.FLATBED
    width_mm: float = 210.0  # A4
    height_mm: float = 297.0


class ScanProblem(StrEnum):
    JAMMED = "jammed"
    COVER_OPEN = "cover_open"
    NO_PAPER = "no_paper"
    BUSY = "busy"
    NO_SCANNER = "no_scanner"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class ScannedPage:
    """A finished page: an image file Pillow can open (PNM), its size and resolution."""

    path: Path
    width_px: int
    height_px: int
    dpi: int


class ScanError(Exception):
    """Typed, carries data not prose: .code (ScanProblem) and .pages (pages scanned before it)."""

    def __init__(self, code: ScanProblem, pages: Sequence[ScannedPage] = ()) -> None:
        super().__init__(code.value)
        self.code = code
        self.pages: tuple[ScannedPage, ...] = tuple(pages)


@dataclass(frozen=True)
class ScanProgress:
    page: int  # 1-based page being scanned
    fraction: float  # 0.0-1.0 of that page


@dataclass(frozen=True)
class ScannerInfo:
    device: str  # e.g. "test:0"
    label: str  # vendor + model, for staff screens
    has_feeder: bool


class Scanner(Protocol):
    """A scanner the kiosk can drive; blocking calls run on a worker thread."""

    def find(self) -> ScannerInfo | None:
        """The configured device, else the first found; None when there is none."""
        ...

    def scan(
        self,
        request: ScanRequest,
        out_dir: Path,
        on_progress: Callable[[ScanProgress], None] | None = None,
        on_page: Callable[[ScannedPage], None] | None = None,
    ) -> list[ScannedPage]:
        """Scan into ``out_dir``: one page from the flatbed, every page from the feeder.

        Callbacks run on the calling thread. Raises ScanError carrying the pages already done.
        """
        ...

    def cancel(self) -> None:
        """Thread-safe: a running scan() raises ScanError(CANCELLED) within about a second."""
        ...


def next_page_number(out_dir: Path) -> int:
    """Pages are named page-NNNN.pnm and numbered on across scans into the same folder."""
    numbers = [int(m.group(1)) for p in out_dir.iterdir() if (m := PAGE_NAME.fullmatch(p.name))]
    return max(numbers, default=0) + 1


def page_path(out_dir: Path, number: int) -> Path:
    return out_dir / f"page-{number:04d}.pnm"
