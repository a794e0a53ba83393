"""Scanning for a session: presets, the pages scanned so far and their edits, the mediator
unlock, and saving the pages as one PDF under a size target into the tray.

The scanner is a port (`kiosk.devices.scanner`); the PDF is built by `kiosk.documents.fit`.
Long calls (``scan``, ``save``) block: the UI runs them off its thread, and ``cancel`` stops
them from another thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.artifacts import Artifact, ArtifactError, ArtifactRegistry, Origin
from kiosk.audit import AuditKind, AuditSink
from kiosk.devices.scanner import (
    ScanError,
    ScanMode,
    ScannedPage,
    Scanner,
    ScannerInfo,
    ScanProblem,
    ScanProgress,
    ScanRequest,
    ScanSource,
)
from kiosk.scrub import Scrubber, ScrubContext

if TYPE_CHECKING:  # Pillow loads at the first scan, not when the terminal starts
    from PIL import Image

    from kiosk.documents.fit import FitResult

MB = 1_000_000
MAX_PAGES = 50


class Preset(StrEnum):
    """What the person is scanning; each has its mode, resolution and area."""

    DOCUMENT = "document"
    PHOTO = "photo"
    ID_CARD = "id_card"


PRESETS: dict[Preset, ScanRequest] = {
    Preset.DOCUMENT: ScanRequest(ScanMode.COLOR, 300),
    Preset.PHOTO: ScanRequest(ScanMode.COLOR, 300),
    # A card lies in the corner of the glass: scan a generous corner, then crop to it.
    Preset.ID_CARD: ScanRequest(ScanMode.COLOR, 300, width_mm=125.0, height_mm=90.0),
}


class ScanRefused(Exception):
    """``code``: needs_mediator, too_many_pages, no_pages, cancelled, not_stored."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Page:
    """A scanned page as the person arranged it: the file is never rewritten."""

    scan: ScannedPage
    quarter_turns: int = 0
    crop: bool = False

    def image(self) -> Image.Image:
        """The whole page as arranged, at its scanned resolution."""
        return self.arrange(load_scan(self.scan.path))

    def arrange(self, image: Image.Image) -> Image.Image:
        """Apply this page's crop and turns to ``image`` (the scan itself or a reduced copy)."""
        from kiosk.documents.pages import auto_crop, rotate

        if self.crop:
            image = auto_crop(image)
        return rotate(image, self.quarter_turns) if self.quarter_turns % 4 else image

    @property
    def dpi(self) -> int:
        return self.scan.dpi


def load_scan(path: Path, reduce: int = 1) -> Image.Image:
    """A scanned page as RGB or L (lineart becomes L), optionally reduced by a whole factor."""
    from PIL import Image

    with Image.open(path) as opened:
        image = opened.convert("L") if opened.mode not in ("RGB", "L") else opened.copy()
    return image.reduce(reduce) if reduce > 1 else image


class ScanService:
    """The session's scanning; one batch of pages at a time."""

    def __init__(
        self,
        scanner: Scanner | None,
        audit: AuditSink,
        needs_mediator: bool = False,
        size_presets_mb: tuple[int, ...] = (1, 2, 5),
        default_size_mb: int = 2,
    ) -> None:
        self._scanner = scanner
        self.size_presets_mb = size_presets_mb
        self.default_size_mb = default_size_mb
        self._audit = audit
        self._needs_mediator = needs_mediator
        self._allowed = False
        self._pages: list[Page] = []
        self._counter = 0
        self._cancel = threading.Event()
        self._lock = threading.Lock()

    def register(self, scrubber: Scrubber) -> None:
        scrubber.add_step("scans", self._scrub, before="tray")
        scrubber.add_trace("scans", self._leftover_pages)

    # -- permission -------------------------------------------------------------------------

    @property
    def needs_unlock(self) -> bool:
        return self._needs_mediator and not self._allowed

    def allow(self) -> None:
        """A mediator lets this session scan."""
        self._allowed = True
        self._audit.record(AuditKind.SCAN_ALLOWED)

    def find(self) -> ScannerInfo | None:
        return self._scanner.find() if self._scanner else None

    # -- pages ------------------------------------------------------------------------------

    @property
    def pages(self) -> tuple[Page, ...]:
        with self._lock:
            return tuple(self._pages)

    def scan(
        self,
        preset: Preset,
        folder: Path,
        feeder: bool = False,
        replace_at: int | None = None,
        on_progress: Callable[[ScanProgress], None] | None = None,
        on_page: Callable[[ScannedPage], None] | None = None,
    ) -> list[Page]:
        """Scan one page (or the whole feeder) into ``folder``; add them, or replace page
        ``replace_at`` (a retake). Raises ScanRefused or ScanError (pages done are kept)."""
        if self.needs_unlock:
            raise ScanRefused("needs_mediator")
        if self._scanner is None:
            raise ScanError(ScanProblem.NO_SCANNER)
        if len(self._pages) >= MAX_PAGES and replace_at is None:
            raise ScanRefused("too_many_pages")
        request = PRESETS[preset]
        if feeder and replace_at is None:
            request = replace(request, source=ScanSource.FEEDER)
        self._counter += 1
        out = folder / f"scan-{self._counter:03d}"
        out.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._cancel.clear()
        crop = preset is Preset.ID_CARD
        try:
            scanned = self._scanner.scan(request, out, on_progress, on_page)
        except ScanError as exc:
            self._keep([Page(p, crop=crop) for p in exc.pages], None)
            raise
        pages = [Page(p, crop=crop) for p in scanned]
        self._keep(pages, replace_at)
        return pages

    def _keep(self, pages: list[Page], replace_at: int | None) -> None:
        with self._lock:
            if replace_at is not None and pages and 0 <= replace_at < len(self._pages):
                self._pages[replace_at] = pages[0]
                return
            room = MAX_PAGES - len(self._pages)
            self._pages.extend(pages[:room])

    def cancel(self) -> None:
        """Stop a scan or a save running on another thread."""
        self._cancel.set()
        if self._scanner is not None:
            self._scanner.cancel()

    def rotate(self, index: int, quarter_turns: int = 1) -> None:
        with self._lock:
            page = self._pages[index]
            turns = (page.quarter_turns + quarter_turns) % 4
            self._pages[index] = replace(page, quarter_turns=turns)

    def toggle_crop(self, index: int) -> None:
        with self._lock:
            page = self._pages[index]
            self._pages[index] = replace(page, crop=not page.crop)

    def move(self, index: int, to: int) -> None:
        with self._lock:
            to = max(0, min(to, len(self._pages) - 1))
            self._pages.insert(to, self._pages.pop(index))

    def delete(self, index: int) -> None:
        with self._lock:
            page = self._pages.pop(index)
        page.scan.path.unlink(missing_ok=True)

    def discard(self) -> None:
        """Forget every page and erase its file."""
        with self._lock:
            pages, self._pages = self._pages, []
        for page in pages:
            page.scan.path.unlink(missing_ok=True)

    # -- saving -----------------------------------------------------------------------------

    def build(self, out: Path, max_mb: int | None, bilevel: bool = False) -> FitResult:
        """Make the PDF of the pages as arranged, under ``max_mb`` when given."""
        from kiosk.documents.fit import FitCancelled, build_pdf

        pages = self.pages
        if not pages:
            raise ScanRefused("no_pages")
        self._cancel.clear()
        try:
            images = [page.image() for page in pages]
            if self._cancel.is_set():
                raise ScanRefused("cancelled")
            return build_pdf(
                images, min(page.dpi for page in pages), out,
                max_mb * MB if max_mb else None, bilevel=bilevel, cancel=self._cancel,
            )
        except FitCancelled as exc:
            raise ScanRefused("cancelled") from exc
        except OSError as exc:
            raise ScanRefused("not_stored") from exc

    def save(self, result: FitResult, tray: ArtifactRegistry, name: str) -> Artifact:
        """Put a built PDF into the tray and forget the pages."""
        try:
            artifact = tray.add_file(result.path, Origin.SCAN, name, "application/pdf", move=True)
        except ArtifactError as exc:
            raise ScanRefused("not_stored") from exc
        self._audit.record(
            AuditKind.SCAN_SAVED, pages=result.pages, size_kb=result.size // 1000,
            dpi=result.dpi, bilevel=result.bilevel,
        )
        self.discard()
        return artifact

    # -- scrub ------------------------------------------------------------------------------

    def _scrub(self, _ctx: ScrubContext) -> None:
        self.cancel()
        self.discard()
        self._allowed = False

    def _leftover_pages(self, _ctx: ScrubContext) -> int:
        return len(self._pages)
