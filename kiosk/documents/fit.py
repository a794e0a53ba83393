"""Scanned pages to an upload-ready PDF under a size target ("make it fit").

The ladder lowers JPEG quality (85 down to a floor of 40), then resolution (300, then 200 dpi),
then colour to grey, then 150 dpi, and never goes below legible: when even 150 dpi grey at the
floor is too big, that smallest legible PDF is kept and marked `fits=False`. The text mode
stores 1-bit pages (CCITT G4) instead, at 300, else 200, else 150 dpi.

For speed, a trial encodes the pages into memory and the PDF is assembled from those very
streams by the minimal writer below: a trial's size is exact and the chosen one is never
re-encoded. The quality to try next comes from a size model fitted to the trials so far
(two or three per rung), and the next rung is resized in threads while a trial still runs.
"""

from __future__ import annotations

import functools
import io
import math
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, TiffImagePlugin

MB = 1_000_000  # decimal, so a "2 MB" result also passes a 2 MiB limit
PRESETS = (1 * MB, 2 * MB, 5 * MB)
DEFAULT_TARGET = 2 * MB
QUALITY_BEST = 85
QUALITY_FLOOR = 40  # below this, JPEG ringing starts to eat small print
MAX_DPI = 300
LEGIBLE_DPI = 150  # smallest resolution at which 8-pt text stays readable
CLOSE_ENOUGH = 0.95  # stop searching once a fitting trial uses this much of the budget
AIM = 0.98  # what a guess aims at: just under the budget, so it usually fits
DEFAULT_SLOPE = 0.65  # d log(size) / d log(quantiser step) on typical scans, until measured
MAX_STEPS = 6  # quality trials per rung after the floor
# Bicubic keeps text sharper than a box filter at the same size budget (at 2 MB on the bench
# pages: 29.9 against 29.1 dB PSNR) for some 40 ms more per A4 page at 300 to 200 dpi.
RESAMPLE = Image.Resampling.BICUBIC


class FitCancelled(Exception):
    """The person cancelled while the PDF was being built."""


@dataclass(frozen=True)
class FitResult:
    """The PDF written and the settings it was stored with."""

    path: Path
    size: int  # bytes
    dpi: int  # resolution of the stored pages
    quality: int | None  # JPEG quality (None for bilevel G4)
    grey: bool  # stored without colour (bilevel included)
    bilevel: bool
    fits: bool  # size <= max_bytes (False only when even the legible minimum is over)
    pages: int


@dataclass(frozen=True)
class PdfImage:
    """One encoded image stream: JPEG ("rgb" or "grey") or CCITT G4 ("g4")."""

    data: bytes
    width: int
    height: int
    kind: str


@dataclass(frozen=True)
class PdfPage:
    """A page of `width_pt` x `height_pt` showing `image` in `place` (x, y, w, h; default all)."""

    image: PdfImage
    width_pt: float
    height_pt: float
    place: tuple[float, float, float, float] | None = None


def encode_jpeg(img: Image.Image, quality: int) -> PdfImage:
    """JPEG-encode an RGB or L image into memory."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return PdfImage(buf.getvalue(), img.width, img.height, "grey" if img.mode == "L" else "rgb")


def encode_g4(img: Image.Image) -> PdfImage:
    """CCITT G4-encode a 1-bit image (through libtiff, as one strip, like Pillow's PDF writer)."""
    buf = io.BytesIO()
    img.save(buf, "TIFF", compression="group4", strip_size=math.ceil(img.width / 8) * img.height)
    with Image.open(buf) as tiff:
        assert isinstance(tiff, TiffImagePlugin.TiffImageFile)
        offset = tiff.tag_v2[273][0]  # StripOffsets
        length = tiff.tag_v2[279][0]  # StripByteCounts
    return PdfImage(buf.getvalue()[offset:offset + length], img.width, img.height, "g4")


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


_IMAGE_DICT = {
    "rgb": "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
    "grey": "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode",
    "g4": "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode "
          "/DecodeParms << /K -1 /Columns {w} /Rows {h} /BlackIs1 true >>",
}


def pdf_chunks(pages: Sequence[PdfPage]) -> list[bytes]:
    """A complete PDF as a list of byte strings (the image data is not copied)."""
    chunks = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
    offsets: list[int] = []
    position = len(chunks[0])

    def add(*parts: bytes) -> None:
        nonlocal position
        offsets.append(position)
        chunks.extend(parts)
        position += sum(len(part) for part in parts)

    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(len(pages)))
    add(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    add(f"2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>\nendobj\n".encode())
    for i, page in enumerate(pages):
        num, image = 3 + 3 * i, page.image
        x, y, w, h = page.place or (0.0, 0.0, page.width_pt, page.height_pt)
        content = f"q {_num(w)} 0 0 {_num(h)} {_num(x)} {_num(y)} cm /Im0 Do Q".encode()
        add(f"{num} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_num(page.width_pt)} "
            f"{_num(page.height_pt)}] /Resources << /XObject << /Im0 {num + 2} 0 R >> >> "
            f"/Contents {num + 1} 0 R >>\nendobj\n".encode())
        add(f"{num + 1} 0 obj\n<< /Length {len(content)} >>\nstream\n".encode(), content,
            b"\nendstream\nendobj\n")
        params = _IMAGE_DICT[image.kind].format(w=image.width, h=image.height)
        add(f"{num + 2} 0 obj\n<< /Type /XObject /Subtype /Image /Width {image.width} "
            f"/Height {image.height} {params} /Length {len(image.data)} >>\nstream\n".encode(),
            image.data, b"\nendstream\nendobj\n")
    xref = [f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n"]
    xref += [f"{offset:010d} 00000 n \n" for offset in offsets]
    xref.append(f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\n"
                f"startxref\n{position}\n%%EOF\n")
    chunks.append("".join(xref).encode())
    return chunks


def write_pdf(pages: Sequence[PdfPage], out: Path) -> int:
    """Write the PDF atomically (a temporary file renamed into place); returns its size."""
    chunks = pdf_chunks(pages)
    part = out.with_name(out.name + ".part")
    with part.open("wb") as fh:
        fh.writelines(chunks)
    part.replace(out)
    return sum(len(chunk) for chunk in chunks)


def normalise(img: Image.Image) -> Image.Image:
    """RGB or L, with transparency flattened on white and 16-bit scans scaled to 8 bits."""
    if img.mode in ("RGB", "L"):
        return img
    if img.mode == "1":
        return img.convert("L")
    if img.mode.startswith("I"):
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info:
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat if img.mode != "LA" else flat.convert("L")
    return img.convert("RGB")


def otsu(histogram: Sequence[int]) -> int:
    """Otsu's threshold for a 256-bin histogram: values above it form the upper class."""
    total = sum(histogram)
    grand = sum(i * n for i, n in enumerate(histogram))
    below = below_sum = 0
    best, best_var = 0, -1.0
    for t, n in enumerate(histogram):
        below += n
        below_sum += t * n
        above = total - below
        if below == 0 or above == 0:
            continue
        diff = below_sum / below - (grand - below_sum) / above
        var = below * above * diff * diff
        if var > best_var:
            best, best_var = t, var
    return best


def to_bilevel(img: Image.Image) -> Image.Image:
    """1-bit text: ink darker than the local paper level, split from paper by Otsu.

    The paper level comes from a max filter on a 1/16 copy, so shading and tinted paper turn
    white; it may sink at most 60 levels below the page's own paper tone, so large dark areas
    (a photo, a filled box) stay dark instead of being taken for paper.
    """
    grey = img if img.mode == "L" else img.convert("L")
    small = grey.reduce(16) if min(grey.size) >= 64 else grey
    local = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    hist = grey.histogram()
    paper, seen, total = 255, 0, grey.width * grey.height
    for level in range(255, -1, -1):  # the 10 % brightest pixels' level
        seen += hist[level]
        if seen >= total * 0.1:
            paper = level
            break
    local = ImageChops.lighter(local, Image.new("L", local.size, max(paper - 60, 0)))
    background = local.resize(grey.size, Image.Resampling.BILINEAR)
    ink = ImageChops.subtract(background, grey)  # 0 on paper, high on ink
    threshold = max(otsu(ink.histogram()), 32)  # a blank page's noise never becomes specks
    return ink.point([255 if v <= threshold else 0 for v in range(256)], "1")


Rung = tuple[int, str]  # (dpi, "colour" | "grey" | "bilevel")


def ladder(top_dpi: int, colour: bool, one_bit: bool) -> list[Rung]:
    """The rungs tried in order, best first; none below 150 dpi unless the scan itself is."""
    if one_bit:
        steps = [(top_dpi, "bilevel"), (200, "bilevel"), (LEGIBLE_DPI, "bilevel")]
    elif colour:
        steps = [(top_dpi, "colour"), (200, "colour"), (200, "grey"), (LEGIBLE_DPI, "grey")]
    else:
        steps = [(top_dpi, "grey"), (200, "grey"), (LEGIBLE_DPI, "grey")]
    rungs: list[Rung] = []
    for dpi, mode in steps:
        rung = (min(dpi, top_dpi), mode)
        if rung not in rungs:
            rungs.append(rung)
    return rungs


def _render(page: Image.Image, size: tuple[int, int], mode: str) -> Image.Image:
    """`page` at `size` in `mode`: whole factors by `reduce` (fast, and as good there), others
    by `RESAMPLE`."""
    if mode != "colour" and page.mode != "L":
        page = page.convert("L")
    if page.size != size:
        factor = page.width // size[0]
        if factor > 1 and page.size == (size[0] * factor, size[1] * factor):
            page = page.reduce(factor)
        else:
            page = page.resize(size, RESAMPLE)
    return to_bilevel(page) if mode == "bilevel" else page


class _Renditions:
    """The pages at each rung, rendered in a thread pool and kept.

    Resizing releases the GIL while JPEG encoding does not, so once a trial looks too big the
    next rung is prepared on the other cores while the trial finishes.
    """

    def __init__(self, pages: Sequence[Image.Image], source_dpi: int,
                 pool: ThreadPoolExecutor) -> None:
        self._pages = pages
        self._scale = 1 / source_dpi
        self._pool = pool
        self._cache: dict[Rung, list[Future[Image.Image]]] = {}

    def prefetch(self, rung: Rung) -> None:
        if rung in self._cache:
            return
        dpi, mode = rung
        colour = self._cache.get((dpi, "colour")) if mode == "grey" else None
        futures = []
        for i, page in enumerate(self._pages):
            size = (max(1, round(page.width * dpi * self._scale)),
                    max(1, round(page.height * dpi * self._scale)))
            if colour is not None:  # greying the resized colour page is cheaper (FIFO: no wait)
                futures.append(self._pool.submit(_grey_of, colour[i]))
            else:
                futures.append(self._pool.submit(_render, page, size, mode))
        self._cache[rung] = futures

    def get(self, rung: Rung) -> list[Image.Image]:
        self.prefetch(rung)
        return [future.result() for future in self._cache[rung]]


def _grey_of(future: Future[Image.Image]) -> Image.Image:
    return future.result().convert("L")


@dataclass(frozen=True)
class _Trial:
    quality: int | None
    images: list[PdfImage]
    size: int


class _Builder:
    """Encodes the trials of one `build_pdf` call."""

    def __init__(self, sizes_pt: list[tuple[float, float]], budget: int | None,
                 cancel: threading.Event | None) -> None:
        self._sizes_pt = sizes_pt
        self._budget = budget
        self._cancel = cancel
        self.when_over: Callable[[], None] | None = None  # called once a trial looks too big

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise FitCancelled

    def pages(self, images: Sequence[PdfImage]) -> list[PdfPage]:
        return [PdfPage(image, w, h) for image, (w, h) in zip(images, self._sizes_pt, strict=True)]

    def trial(self, images: Sequence[Image.Image], quality: int | None) -> _Trial:
        """Every page encoded at `quality` (None: G4), and the exact size of their PDF."""
        encoded: list[PdfImage] = []
        pixels = sum(image.width * image.height for image in images)
        done = 0
        for image in images:
            self.check()
            encoded.append(encode_g4(image) if quality is None else encode_jpeg(image, quality))
            done += image.width * image.height
            so_far = sum(len(page.data) for page in encoded)
            if self.when_over is not None and self._budget is not None \
                    and so_far * pixels > self._budget * done:
                self.when_over()  # extrapolated from the pages so far: start on the next rung
                self.when_over = None
        self.check()
        size = sum(len(chunk) for chunk in pdf_chunks(self.pages(encoded)))
        return _Trial(quality, encoded, size)

    def search(self, images: Sequence[Image.Image], budget: int) -> _Trial:
        """The best quality whose PDF is within `budget` (or the floor, when none is)."""
        low = self.trial(images, QUALITY_FLOOR)
        if low.size > budget:
            return low
        high: _Trial | None = None
        tried = [low]
        for _ in range(MAX_STEPS):
            assert low.quality is not None
            ceiling = QUALITY_BEST if high is None or high.quality is None else high.quality - 1
            if low.quality >= ceiling or low.size >= budget * CLOSE_ENOUGH:
                break
            guess = _guess((low, high) if high is not None else tuple(tried[-2:]), budget)
            trial = self.trial(images, min(max(guess, low.quality + 1), ceiling))
            tried.append(trial)
            if trial.size <= budget:
                low = trial
            else:
                high = trial
        return low


def _step(quality: int) -> float:
    """libjpeg's quantiser scale (percent) for a quality setting."""
    return 5000 / quality if quality < 50 else 200 - 2 * quality


def _guess(points: Sequence[_Trial], budget: int) -> int:
    """The quality expected to fill `budget`: size follows a power of the quantiser step
    (within a few per cent on scans), so fit log(size) against log(step) through `points`."""
    aim = math.log(budget * AIM)
    first = points[0]
    assert first.quality is not None
    slope = DEFAULT_SLOPE
    if len(points) > 1 and points[1].quality is not None and points[1].quality != first.quality:
        span = math.log(_step(first.quality)) - math.log(_step(points[1].quality))
        measured = (math.log(points[1].size) - math.log(first.size)) / span
        slope = measured if measured > 0.05 else DEFAULT_SLOPE
    step = math.exp(math.log(_step(first.quality)) - (aim - math.log(first.size)) / slope)
    return math.floor((200 - step) / 2 if step <= 100 else 5000 / step)


def build_pdf(pages: Sequence[Image.Image], source_dpi: int, out: Path, max_bytes: int | None,
              *, bilevel: bool = False, cancel: threading.Event | None = None) -> FitResult:
    """Write `pages` (scanned at `source_dpi`) as a PDF of at most `max_bytes` when possible.

    `max_bytes=None` keeps the best quality. Raises `FitCancelled` when `cancel` is set.
    """
    if not pages:
        raise ValueError("no pages")
    if source_dpi <= 0:
        raise ValueError(f"bad source_dpi {source_dpi}")
    builder = _Builder([(p.width * 72 / source_dpi, p.height * 72 / source_dpi) for p in pages],
                       max_bytes, cancel)
    builder.check()
    normal = [normalise(page) for page in pages]
    for page in normal:
        page.load()  # here, not lazily in several threads at once
    colour = any(page.mode == "RGB" for page in normal)
    rungs = ladder(min(source_dpi, MAX_DPI), colour, bilevel)
    if max_bytes is None:
        rungs = rungs[:1]
    pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
    try:
        renditions = _Renditions(normal, source_dpi, pool)
        for index, rung in enumerate(rungs):
            builder.when_over = (functools.partial(renditions.prefetch, rungs[index + 1])
                                 if index + 1 < len(rungs) else None)
            images = renditions.get(rung)
            builder.check()
            if rung[1] == "bilevel":
                trial = builder.trial(images, None)
            elif max_bytes is None:
                trial = builder.trial(images, QUALITY_BEST)
            else:
                trial = builder.search(images, max_bytes)
            if max_bytes is None or trial.size <= max_bytes:
                break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    size = write_pdf(builder.pages(trial.images), out)
    return FitResult(path=out, size=size, dpi=rung[0], quality=trial.quality,
                     grey=rung[1] != "colour", bilevel=rung[1] == "bilevel",
                     fits=max_bytes is None or size <= max_bytes, pages=len(pages))
