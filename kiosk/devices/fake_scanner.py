"""A scanner that draws its pages, for tests and demo mode: it records calls and can be told
to fail after some pages or to scan slowly."""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

from kiosk.devices.scanner import (
    ScanError,
    ScanMode,
    ScannedPage,
    ScannerInfo,
    ScanProblem,
    ScanProgress,
    ScanRequest,
    ScanSource,
    next_page_number,
    page_path,
)

FAKE_INFO = ScannerInfo("fake:0", "Kiosk demo scanner", has_feeder=True)

_Colour = int | tuple[int, int, int]
# Pillow mode, paper, ink, heading
_LOOK: dict[ScanMode, tuple[str, _Colour, _Colour, _Colour]] = {
    ScanMode.COLOR: ("RGB", (250, 248, 240), (25, 25, 35), (30, 60, 140)),
    ScanMode.GRAY: ("L", 245, 30, 60),
    ScanMode.LINEART: ("1", 1, 0, 0),
}


class FakeScanner:
    """Scans pages of drawn text-like bars; refuses to exist unless ``allow_fake`` is given.

    ``info`` None means no scanner is plugged in. ``feeder_pages`` is how many pages the
    feeder holds per scan; ``page_delay_s`` how long each page takes (cancel interrupts it).
    """

    def __init__(
        self,
        *,
        allow_fake: bool = False,
        info: ScannerInfo | None = FAKE_INFO,
        feeder_pages: int = 3,
        page_delay_s: float = 0.0,
        progress_steps: int = 4,
    ) -> None:
        if not allow_fake:
            raise RuntimeError("fake_scanner_outside_demo_or_test")
        self.info = info
        self.feeder_pages = feeder_pages
        self.page_delay_s = page_delay_s
        self.progress_steps = max(1, progress_steps)
        self.calls: list[str] = []
        self.requests: list[ScanRequest] = []
        self._failures: deque[tuple[ScanProblem, int]] = deque()
        self._cancelled = threading.Event()
        self._scanning = threading.Lock()

    def fail_next(self, code: ScanProblem, after_pages: int = 0) -> None:
        """Make the next scan raise ScanError(code) once ``after_pages`` pages are done."""
        self._failures.append((code, after_pages))

    def find(self) -> ScannerInfo | None:
        self.calls.append("find")
        return self.info

    def cancel(self) -> None:
        self.calls.append("cancel")
        self._cancelled.set()

    def scan(
        self,
        request: ScanRequest,
        out_dir: Path,
        on_progress: Callable[[ScanProgress], None] | None = None,
        on_page: Callable[[ScannedPage], None] | None = None,
    ) -> list[ScannedPage]:
        self.calls.append("scan")
        self.requests.append(request)
        if not self._scanning.acquire(blocking=False):
            raise ScanError(ScanProblem.BUSY)
        try:
            self._cancelled.clear()
            return self._scan(request, out_dir, on_progress, on_page)
        finally:
            self._scanning.release()

    def _scan(
        self,
        request: ScanRequest,
        out_dir: Path,
        on_progress: Callable[[ScanProgress], None] | None,
        on_page: Callable[[ScannedPage], None] | None,
    ) -> list[ScannedPage]:
        if self.info is None:
            raise ScanError(ScanProblem.NO_SCANNER)
        failure = self._failures.popleft() if self._failures else None
        feeder = request.source is ScanSource.FEEDER
        if feeder and not self.info.has_feeder:
            raise ScanError(ScanProblem.FAILED)
        count = self.feeder_pages if feeder else 1
        out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        first = next_page_number(out_dir)
        pages: list[ScannedPage] = []
        for index in range(count):
            if failure is not None and failure[1] <= index:
                raise ScanError(failure[0], pages)
            self._wait_for_page(index + 1, pages, on_progress)
            page = draw_page(request, page_path(out_dir, first + index), seed=first + index)
            pages.append(page)
            if on_page is not None:
                on_page(page)
        if failure is not None:
            raise ScanError(failure[0], pages)
        if not pages:
            raise ScanError(ScanProblem.NO_PAPER)
        return pages

    def _wait_for_page(
        self,
        number: int,
        pages: list[ScannedPage],
        on_progress: Callable[[ScanProgress], None] | None,
    ) -> None:
        for step in range(1, self.progress_steps + 1):
            if self._cancelled.wait(self.page_delay_s / self.progress_steps):
                raise ScanError(ScanProblem.CANCELLED, pages)
            if on_progress is not None:
                on_progress(ScanProgress(number, step / self.progress_steps))


def draw_page(request: ScanRequest, path: Path, seed: int = 0) -> ScannedPage:
    """A page-like image at the requested size and mode: a heading and lines of 'words'."""
    width = max(1, round(request.width_mm / 25.4 * request.dpi))
    height = max(1, round(request.height_mm / 25.4 * request.dpi))
    pil_mode, paper, ink, heading_ink = _LOOK[request.mode]
    image = Image.new(pil_mode, (width, height), paper)
    draw = ImageDraw.Draw(image)
    rng = random.Random(seed)
    line = max(2, round(request.dpi / 10))  # about 2.5 mm: the height of a line of text
    margin = width // 10
    heading = (margin, margin, margin + width * 2 // 5, margin + line * 2)
    draw.rectangle(heading, fill=heading_ink)
    y = margin + line * 5
    while y + line < height - margin:
        short = rng.randrange(max(1, width // 3)) if rng.random() < 0.2 else 0  # a last line
        x, end = margin, width - margin - short
        while x + line < end:
            word = rng.randint(line, line * 5)
            draw.rectangle((x, y, min(x + word, end), y + line * 3 // 5), fill=ink)
            x += word + line
        y += line * (4 if rng.random() < 0.15 else 2)  # now and then a paragraph break
    image.save(path, format="PPM")  # P4, P5 or P6 by mode
    return ScannedPage(path, width, height, request.dpi)
