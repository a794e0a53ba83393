"""Rebuild ("disarm") an untrusted document into a clean copy: pixels or plain text only.

PDFs are rendered to raw pixels by `pdftoppm` inside the sandbox (in chunks of pages, two
sandboxes at a time); here, outside, each page's header is checked (`pnm`) and the pages are
JPEG-encoded into a new PDF at their physical size, so no script, action, form, attachment or
font of the original survives. Images are decoded inside the sandbox (`image_worker`) and
re-encoded here without metadata. Office documents become a PDF through LibreOffice inside the
sandbox, then go the PDF way. Text is re-encoded as UTF-8 here. Without a working sandbox
every document is refused: nothing is ever parsed unsandboxed.
"""

from __future__ import annotations

import codecs
import logging
import math
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops

from kiosk.documents.fit import PdfPage, encode_jpeg, write_pdf
from kiosk.documents.sniff import ALLOWED
from kiosk.sandbox.bwrap import (
    Bind,
    Bubblewrap,
    Cancel,
    SandboxError,
    SandboxResult,
    default_sandbox,
    python_runtime,
)
from kiosk.sandbox.pnm import MAX_SIDE, PnmError, read_pnm

log = logging.getLogger(__name__)

MAX_PAGES = 200
DPI = 150
PAGE_QUALITY = 85
PHOTO_QUALITY = 90
MAX_PAGE_PIXELS = 50_000_000  # A0 at 150 dpi is 35 MP
MAX_DOCUMENT_PIXELS = 600_000_000  # 200 A4 pages at 150 dpi are 435 MP
MAX_IMAGE_PIXELS = 50_000_000
MAX_TEXT_BYTES = 20_000_000
CHUNK_PAGES = 8  # pages per pdftoppm run: bounds the raw pixels waiting on disk…
CHUNK_PIXELS = 40_000_000  # …with this
WORKERS = min(2, os.cpu_count() or 1)
PAGE_CPU_S = 10  # per page of a chunk, plus CHUNK_CPU_S
CHUNK_CPU_S = 20
DOCUMENT_TIME_S = 60.0  # for a whole PDF, plus PAGE_TIME_S per page
PAGE_TIME_S = 3.0
OFFICE_TIME_S = 180.0
_IMAGE_FORMATS = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "tiff": "TIFF", "bmp": "BMP"}
_OFFICE_KINDS = frozenset(("odt", "ods", "odp", "docx", "xlsx", "pptx"))
_PAGES = re.compile(r"^Pages:\s+(\d{1,9})$", re.MULTILINE)
_SIZE = re.compile(r"^Page\s+(\d{1,9}) size:\s+(\d{1,9}(?:\.\d+)?) x (\d{1,9}(?:\.\d+)?) pts",
                   re.MULTILINE)
_PAGE_FILE = re.compile(r"p-(\d{1,9})\.ppm")
# Control characters that a plain text keeps no use for (tab, newlines and form feed stay).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WORKER = Path(__file__).with_name("image_worker.py")


@dataclass(frozen=True)
class Rebuilt:
    """The clean copy, its MIME type and its number of pages (1 for an image or a text)."""

    path: Path
    mime: str
    pages: int


class RebuildRefused(Exception):
    """``code``: "sandbox_unavailable", "unreadable", "too_large", "too_many_pages",
    "office_unsupported", "timeout" or "cancelled"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class _Job:
    """One rebuild: its sandbox, its work folder, and when to stop every sandbox it started
    (on its own first failure, or when the caller cancels)."""

    def __init__(self, box: Bubblewrap, work: Path, cancel: Cancel | None) -> None:
        self.box, self.work, self._cancel = box, work, cancel
        self._failed = threading.Event()

    def is_set(self) -> bool:
        return self._failed.is_set() or (self._cancel is not None and self._cancel.is_set())

    def fail(self) -> None:
        self._failed.set()

    def run(self, argv: list[str], src: Path, name: str, output_dir: Path, *,
            memory_mb: int = 1024, cpu_s: int = 60, timeout_s: float = 120,
            env: dict[str, str] | None = None, ro_binds: Sequence[Bind] = ()) -> SandboxResult:
        """`argv` in the sandbox with `src` as /in/<name>, stopped with this job."""
        return self.box.run(argv, inputs={name: src}, output_dir=output_dir,
                            memory_mb=memory_mb, cpu_s=cpu_s, timeout_s=timeout_s, env=env,
                            ro_binds=ro_binds, cancel=self)


def rebuild(src: Path, kind: str, out_dir: Path, *, sandbox: Bubblewrap | None = None,
            cancel: Cancel | None = None) -> Rebuilt:
    """Rebuild `src`, whose content is of `kind` (a `sniff` kind), as out_dir/rebuilt.<ext>
    (replacing one that is there).

    Raises RebuildRefused ("cancelled" once `cancel` is set); ValueError for a kind that
    `sniff` never accepts; OSError when `src` does not exist.
    """
    if kind not in ALLOWED:
        raise ValueError(f"not an accepted kind: {kind}")
    box = sandbox or default_sandbox()
    started = time.monotonic()
    try:
        if not box.probe().available:
            raise RebuildRefused("sandbox_unavailable")
        if not stat.S_ISREG(os.lstat(src).st_mode):  # a link, a folder, a device…
            raise RebuildRefused("unreadable")
        job = _Job(box, Path(tempfile.mkdtemp(prefix=".rebuild-", dir=out_dir)), cancel)
        try:
            result = _rebuild(job, src, kind, out_dir)
        finally:
            shutil.rmtree(job.work, ignore_errors=True)
    except RebuildRefused as refused:
        log.info("document refused: kind=%s code=%s", kind, refused.code)
        raise
    log.info("document rebuilt: kind=%s pages=%d in %.2f s", kind, result.pages,
             time.monotonic() - started)
    return result


def _rebuild(job: _Job, src: Path, kind: str, out_dir: Path) -> Rebuilt:
    try:
        if kind == "text":
            return _rebuild_text(src, out_dir)
        if kind in _IMAGE_FORMATS:
            return _rebuild_image(job, src, kind, out_dir)
        if kind in _OFFICE_KINDS:
            src = _office_to_pdf(job, src, kind)
        return _rebuild_pdf(job, src, out_dir)
    except SandboxError as error:
        raise RebuildRefused(_refusal(error)) from None
    except PnmError as error:
        raise RebuildRefused("too_large" if error.code == "too_large" else "unreadable") from None


def _refusal(error: SandboxError) -> str:
    if error.code == "cancelled":
        return "cancelled"
    if error.code == "timeout" or (error.code == "limit" and error.detail == "cpu"):
        return "timeout"
    if error.code == "limit":
        return "too_large"
    return "sandbox_unavailable"  # "unavailable", or bwrap could not start the tool


def _rebuild_pdf(job: _Job, src: Path, out_dir: Path) -> Rebuilt:
    sizes = _page_sizes(job, src)
    deadline = time.monotonic() + DOCUMENT_TIME_S + PAGE_TIME_S * len(sizes)
    chunks = iter(_chunks(sizes))
    pages: list[PdfPage] = []
    total = 0
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        pending: deque[tuple[range, Future[Path]]] = deque()

        def submit() -> None:
            chunk = next(chunks, None)
            if chunk is not None:
                pending.append((chunk, pool.submit(_render, job, src, chunk, deadline)))

        for _ in range(WORKERS + 1):  # one chunk ready to encode while two render
            submit()
        try:
            while pending:
                chunk, future = pending.popleft()
                folder = future.result()
                for path in _page_files(folder, chunk):
                    image = read_pnm(path, MAX_SIDE, MAX_PAGE_PIXELS)
                    total += image.width * image.height
                    if total > MAX_DOCUMENT_PIXELS:
                        raise RebuildRefused("too_large")
                    pages.append(_pdf_page(image))
                shutil.rmtree(folder, ignore_errors=True)
                submit()
        except BaseException:
            job.fail()  # the chunks still rendering stop now, not at their timeout
            raise
        finally:
            for _, future in pending:
                future.cancel()
    out = out_dir / "rebuilt.pdf"
    write_pdf(pages, out)
    return Rebuilt(out, "application/pdf", len(pages))


def _page_sizes(job: _Job, src: Path) -> list[tuple[int, int]]:
    """Each page's size in pixels at DPI, as `pdfinfo` in the sandbox reports it.

    Only a forecast, to refuse early and to split the work: what the renderer writes is
    checked again outside.
    """
    folder = job.work / "info"
    folder.mkdir()
    done = job.run(["pdfinfo", "-f", "1", "-l", str(MAX_PAGES + 1), "/in/document.pdf"], src,
                   "document.pdf", folder, memory_mb=512, cpu_s=15, timeout_s=20)
    report = done.stdout.decode("utf-8", "replace")
    counts = _PAGES.findall(report)
    if done.returncode != 0 or not counts or int(counts[-1]) < 1:
        raise RebuildRefused("unreadable")
    count = int(counts[-1])  # the last one: a title cannot forge what follows it
    if count > MAX_PAGES:
        raise RebuildRefused("too_many_pages")
    points = {int(n): (float(w), float(h)) for n, w, h in _SIZE.findall(report)}
    if set(points) != set(range(1, count + 1)):
        raise RebuildRefused("unreadable")
    sizes = [(math.ceil(w * DPI / 72), math.ceil(h * DPI / 72)) for w, h in
             (points[n] for n in range(1, count + 1))]
    if any(max(size) > MAX_SIDE or size[0] * size[1] > MAX_PAGE_PIXELS for size in sizes):
        raise RebuildRefused("too_large")
    if sum(w * h for w, h in sizes) > MAX_DOCUMENT_PIXELS:
        raise RebuildRefused("too_large")
    return sizes


def _chunks(sizes: list[tuple[int, int]]) -> Iterator[range]:
    """Runs of pages (1-based) of at most CHUNK_PAGES pages and CHUNK_PIXELS pixels, and no
    more than a fair share of the pages per worker, so that both sandboxes get work."""
    limit = max(1, min(CHUNK_PAGES, math.ceil(len(sizes) / (2 * WORKERS))))
    first, pixels = 1, 0
    for number, (width, height) in enumerate(sizes, start=1):
        if number > first and (number - first >= limit or pixels + width * height > CHUNK_PIXELS):
            yield range(first, number)
            first, pixels = number, 0
        pixels += width * height
    yield range(first, len(sizes) + 1)


def _render(job: _Job, src: Path, chunk: range, deadline: float) -> Path:
    """Pages `chunk` rendered to raw PPM files in a folder of their own."""
    if job.is_set():
        raise SandboxError("cancelled")
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise SandboxError("timeout")
    folder = job.work / f"pages-{chunk.start}"
    folder.mkdir()
    cpu_s = CHUNK_CPU_S + PAGE_CPU_S * len(chunk)
    done = job.run(["pdftoppm", "-r", str(DPI), "-f", str(chunk.start), "-l",
                    str(chunk.stop - 1), "/in/document.pdf", "/out/p"], src, "document.pdf",
                   folder, cpu_s=cpu_s, timeout_s=min(remaining, 2.0 * cpu_s))
    if done.returncode != 0:
        raise RebuildRefused("unreadable")
    return folder


def _page_files(folder: Path, chunk: range) -> list[Path]:
    """The chunk's page files in order; anything missing or unexpected means unreadable."""
    found: dict[int, Path] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            match = _PAGE_FILE.fullmatch(entry.name)
            if match is None or int(match[1]) not in chunk or len(found) >= len(chunk):
                raise RebuildRefused("unreadable")
            found[int(match[1])] = Path(entry.path)
    if sorted(found) != list(chunk):
        raise RebuildRefused("unreadable")
    return [found[number] for number in chunk]


def _pdf_page(image: Image.Image) -> PdfPage:
    """A page of the rebuilt PDF, at the size it was rendered for (grey when it is grey)."""
    if image.mode == "RGB":
        red, green, blue = image.split()
        if ImageChops.difference(red, green).getbbox() is None \
                and ImageChops.difference(red, blue).getbbox() is None:
            image = red
    return PdfPage(encode_jpeg(image, PAGE_QUALITY), image.width * 72 / DPI,
                   image.height * 72 / DPI)


def _rebuild_image(job: _Job, src: Path, kind: str, out_dir: Path) -> Rebuilt:
    runtime = python_runtime()
    done = job.run([*runtime.argv, "/worker/image_worker.py", runtime.site, _IMAGE_FORMATS[kind],
                    "/in/image", "/out/image.pnm", str(MAX_SIDE), str(MAX_IMAGE_PIXELS)], src,
                   "image", job.work, memory_mb=1536, cpu_s=30, timeout_s=60,
                   ro_binds=[*runtime.binds, (_WORKER, "/worker/image_worker.py")])
    answer = done.stdout.decode("ascii", "replace").strip()
    if answer == "too_large":
        raise RebuildRefused("too_large")
    if done.returncode != 0 or not answer.startswith("ok "):
        raise RebuildRefused("unreadable")
    image = read_pnm(job.work / "image.pnm", MAX_SIDE, MAX_IMAGE_PIXELS)
    # The worker's word on transparency only picks the format; the pixels are checked above.
    if answer == "ok alpha=1" or image.getcolors(256) is not None:
        out, fmt, mime, options = out_dir / "rebuilt.png", "PNG", "image/png", {}
    else:
        out, fmt, mime = out_dir / "rebuilt.jpg", "JPEG", "image/jpeg"
        options = {"quality": PHOTO_QUALITY}
    part = out.with_name(out.name + ".part")
    image.save(part, fmt, **options)  # a new image: no EXIF, ICC profile or text chunks
    part.replace(out)
    return Rebuilt(out, mime, 1)


def _office_to_pdf(job: _Job, src: Path, kind: str) -> Path:
    """The office document converted by LibreOffice in the sandbox (an untrusted PDF)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise RebuildRefused("office_unsupported")
    program = Path(os.path.realpath(found))
    home = program.parents[1]  # e.g. /opt/libreoffice24.8 for LibreOffice's own packages
    binds = [] if program.is_relative_to("/usr") else [(home, str(home))]
    folder = job.work / "office"
    folder.mkdir()
    name = "document" + ALLOWED[kind][1][0]
    done = job.run([str(program), "--headless", "--norestore", "--nolockcheck", "--nologo",
                    "--nodefault", "--convert-to", "pdf", "--outdir", "/out", f"/in/{name}"],
                   src, name, folder, memory_mb=4096, cpu_s=120, timeout_s=OFFICE_TIME_S,
                   env={"SAL_USE_VCLPLUGIN": "svp"}, ro_binds=binds)
    pdf = folder / "document.pdf"
    try:
        info = os.lstat(pdf)
    except OSError:
        raise RebuildRefused("unreadable") from None
    if done.returncode != 0 or not stat.S_ISREG(info.st_mode):
        raise RebuildRefused("unreadable")
    return pdf


def _rebuild_text(src: Path, out_dir: Path) -> Rebuilt:
    """Decoded (UTF-8, else Windows-1252) and written back as UTF-8 without control codes."""
    fd = os.open(src, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # checked before, but it is a path
        os.close(fd)
        raise RebuildRefused("unreadable")
    with os.fdopen(fd, "rb") as file:
        data = file.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise RebuildRefused("too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    text = _CONTROL.sub("", text.removeprefix(codecs.BOM_UTF8.decode()).replace("\r\n", "\n"))
    out = out_dir / "rebuilt.txt"
    part = out.with_name(out.name + ".part")
    part.write_text(text, encoding="utf-8")
    part.replace(out)
    return Rebuilt(out, "text/plain", 1)
