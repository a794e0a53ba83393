"""`kiosk bench scan`: how fast scanned pages become a PDF under each size target.

The pages are synthetic but a worst case for JPEG (the planning notes' kind): A4 at 300 dpi,
rendered text from 7 to 20 points, a photo-like area, tinted paper, blur and scanner noise,
the same every run (fixed seeds). Each preset (1, 2 and 5 MB) and the 1-bit text mode is timed
(median of the runs) beside the planning notes' naive ladder (a whole Pillow PDF saved for
every trial, every rung walked, a binary search on quality). When `scanimage` and SANE's test
backend are there, acquiring as many A4 pages from it is timed too, separately.
"""

from __future__ import annotations

import functools
import io
import math
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from kiosk.bench import report_figures
from kiosk.documents.fit import LEGIBLE_DPI, MB, QUALITY_FLOOR, FitResult, build_pdf

GOAL_2MB_S = 2.0
# PSNR (luma) of page 1 of the 2 MB result, decoded and scaled back, against the page itself
# (its noise included, hence modest values). On these pages the legible minimum (150 dpi grey,
# quality 40) measures 26.4 dB and 200 dpi colour 28.2-29.3 dB, while 120 dpi drops to 23.8 dB
# and 100 dpi to 22.0 dB, where 7-point text breaks up: 25 dB sits between the two.
LEGIBLE_PSNR_DB = 25.0
A4_MM = (210, 297)
PRESETS = (("1mb", 1 * MB), ("2mb", 2 * MB), ("5mb", 5 * MB))
NAIVE_RUNGS = ((300, False), (200, False), (200, True), (150, True), (120, True), (100, True))
WORDS = ("caisse allocation logement demande dossier numero date signature adresse montant mois "
         "annee revenus declaration justificatif attestation droits situation famille votre "
         "pour avec dans les des une le la du au par sur total reference beneficiaire "
         "periode versement").split()


def _grainy(rng: random.Random, image: Image.Image, sigma: float) -> Image.Image:
    """`image` plus Gaussian-looking noise per channel, from seeded random bytes (deterministic,
    unlike Pillow's own `effect_noise`) through a lookup table."""
    normal = statistics.NormalDist(0, sigma)
    table = [max(0, min(255, round(128 + normal.inv_cdf((i + 0.5) / 256)))) for i in range(256)]
    count = image.width * image.height
    noise = Image.merge("RGB", [Image.frombytes("L", image.size, rng.randbytes(count)).point(table)
                                for _ in "rgb"])
    return ImageChops.add(image, noise, 1.0, -128)


def _photo(rng: random.Random, size: tuple[int, int], scale: float) -> Image.Image:
    """Soft coloured shapes over gradients, with film grain: a photo as JPEG sees one."""
    width, height = size
    photo = Image.merge("RGB", (
        Image.linear_gradient("L").resize(size),
        Image.linear_gradient("L").rotate(90).resize(size),
        Image.radial_gradient("L").resize(size),
    ))
    draw = ImageDraw.Draw(photo)
    for _ in range(40):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(10, int(120 * scale))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in "rgb"))
    photo = photo.filter(ImageFilter.GaussianBlur(6 * scale))
    return _grainy(rng, photo, 18)


def synthetic_page(seed: int, dpi: int = 300) -> Image.Image:
    """An A4 page as a colour scanner returns it: text, a photo, tint, blur and noise."""
    rng = random.Random(seed)
    scale = dpi / 300
    width, height = (round(mm / 25.4 * dpi) for mm in A4_MM)
    page = Image.new("RGB", (width, height), (246, 243, 235))
    page.paste(_photo(rng, (int(width * 0.38), int(height * 0.17)), scale),
               (int(width * 0.54), int(height * 0.05)))
    draw = ImageDraw.Draw(page)
    pixels = {pt: max(4, round(pt * dpi / 72)) for pt in (7, 8, 9, 10, 11, 12, 16, 20)}
    fonts = {pt: ImageFont.load_default(size=px) for pt, px in pixels.items()}
    lengths: dict[tuple[int, str], float] = {}

    def length(pt: int, word: str) -> float:
        if (pt, word) not in lengths:
            lengths[(pt, word)] = draw.textlength(word + " ", font=fonts[pt])
        return lengths[(pt, word)]

    left, y = int(width * 0.08), int(height * 0.05)
    draw.text((left, y), "Attestation de droits", font=fonts[20], fill=(20, 30, 90))
    y += int(pixels[20] * 1.8)
    while y < height * 0.93:
        pt = rng.choice((7, 8, 9, 10, 10, 10, 11, 12)) if rng.random() < 0.92 else 16
        right = width * (0.5 if y < height * 0.23 else 0.92)
        line, x = [], float(left)
        while x < right:
            word = rng.choice(WORDS)
            x += length(pt, word)
            line.append(word)
        colour = (25, 25, 30) if rng.random() < 0.85 else (30, 50, 140)
        draw.text((left, y), " ".join(line[:-1]), font=fonts[pt], fill=colour)
        y += int(pixels[pt] * 1.45)
        if rng.random() < 0.07:
            draw.line((left, y, width * 0.92, y), fill=(60, 60, 60), width=max(1, int(3 * scale)))
            y += int(40 * scale)
    # Grain before the optics' blur, sensor noise after: the mix that keeps JPEG busiest.
    page = _grainy(rng, page, 24).filter(ImageFilter.GaussianBlur(0.7 * scale))
    return _grainy(rng, page, 5)


def synthetic_pages(count: int = 3, dpi: int = 300) -> list[Image.Image]:
    """`count` different synthetic pages, made in threads (blurring releases the GIL)."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(synthetic_page, range(count), [dpi] * count))


def acquire_seconds(pages: int, dpi: int, runs: int) -> float | None:
    """Median seconds for SANE's test backend to deliver `pages` A4 colour pages (loaded as
    images), through `scanimage` and a private configuration (its glass made A4-sized); None
    when either is missing or the scan fails."""
    scanimage, conf = shutil.which("scanimage"), Path("/etc/sane.d/test.conf")
    if scanimage is None or not conf.exists():
        return None
    times = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-sane-") as tmp:
        root = Path(tmp)
        (root / "dll.conf").write_text("test\n")
        lines = [line for line in conf.read_text().splitlines()
                 if not line.startswith("geometry_max")]
        (root / "test.conf").write_text("\n".join(lines + ["geometry_max 300.0", ""]))  # A4
        env = {**os.environ, "SANE_CONFIG_DIR": str(root)}
        command = [scanimage, "-d", "test", "--mode", "Color", "--resolution", str(dpi),
                   "-x", str(A4_MM[0]), "-y", str(A4_MM[1]), "--test-picture", "Color pattern",
                   "--source", "Automatic Document Feeder", "--format=pnm",
                   f"--batch={root}/page%d.pnm", f"--batch-count={pages}"]
        for _ in range(runs):
            start = time.perf_counter()
            try:
                done = subprocess.run(command, env=env, capture_output=True, timeout=120)
            except (OSError, subprocess.SubprocessError):
                return None
            files = sorted(root.glob("page*.pnm"))
            if done.returncode != 0 or len(files) != pages:
                return None
            for file in files:
                with Image.open(file) as scan:
                    scan.load()
            times.append(time.perf_counter() - start)
            for file in files:
                file.unlink()
    return round(statistics.median(times), 3)


def naive_build(pages: Sequence[Image.Image], source_dpi: int, out: Path,
                max_bytes: int) -> FitResult:
    """The planning notes' ladder: for each rung in turn, a binary search on quality 20-92,
    saving the whole PDF with Pillow for every trial; accepted at quality 40 or more (else the
    last rung at quality 20)."""

    def save(images: list[Image.Image], quality: int, dpi: int) -> int:
        images[0].save(out, "PDF", save_all=True, append_images=images[1:], quality=quality,
                       resolution=dpi)
        return out.stat().st_size

    for rung_dpi, grey in NAIVE_RUNGS:
        dpi = min(rung_dpi, source_dpi)
        images = [page.convert("L") if grey else page for page in pages]
        if dpi != source_dpi:
            images = [img.resize((round(img.width * dpi / source_dpi),
                                  round(img.height * dpi / source_dpi))) for img in images]
        low, high, best = 20, 92, None
        while low <= high:
            quality = (low + high) // 2
            if save(images, quality, dpi) <= max_bytes:
                best, low = quality, quality + 1
            else:
                high = quality - 1
        if best is not None and best >= QUALITY_FLOOR:
            break
    quality = best if best is not None and best >= QUALITY_FLOOR else 20
    size = save(images, quality, dpi)
    return FitResult(out, size, dpi, quality, grey, False, size <= max_bytes, len(pages))


def psnr(a: Image.Image, b: Image.Image) -> float:
    """Peak signal-to-noise ratio in dB between two same-size L images."""
    histogram = ImageChops.difference(a, b).histogram()
    mse = sum(count * level * level for level, count in enumerate(histogram)) / (a.width * a.height)
    return 99.0 if mse == 0 else 10 * math.log10(255 * 255 / mse)


def first_page_psnr(pdf: Path, original: Image.Image) -> float:
    """PSNR (luma) of the PDF's first page image, scaled back up, against `original`."""
    from pypdf import PdfReader

    data = PdfReader(pdf).pages[0].images[0].data
    with Image.open(io.BytesIO(data)) as stored:
        back = stored.convert("L").resize(original.size, Image.Resampling.BICUBIC)
    return psnr(back, original.convert("L"))


def _timed(runs: int, build: Callable[[], FitResult]) -> tuple[float, FitResult]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = build()
        times.append(time.perf_counter() - start)
    assert result is not None
    return statistics.median(times), result


def measure_scan(pages: int = 3, dpi: int = 300, runs: int = 3) -> dict[str, Any]:
    """Every figure of the benchmark, keyed as `kiosk bench scan --json` prints them."""
    images = synthetic_pages(pages, dpi)
    figures: dict[str, Any] = {"pages": pages, "dpi": dpi, "runs": runs,
                               "acquire_s": acquire_seconds(pages, dpi, runs)}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-scan-") as tmp:
        out = Path(tmp) / "scan.pdf"
        cases: list[tuple[str, int | None, bool]] = [
            *((name, size, False) for name, size in PRESETS), ("bilevel", 2 * MB, True),
            ("best", None, False)]
        for name, target, one_bit in cases:
            seconds, result = _timed(
                runs, functools.partial(build_pdf, images, dpi, out, target, bilevel=one_bit))
            key = name if name in ("bilevel", "best") else f"scan_{name}"
            figures.update({f"{key}_s": round(seconds, 3), f"{key}_bytes": result.size,
                            f"{key}_dpi": result.dpi, f"{key}_quality": result.quality,
                            f"{key}_grey": result.grey, f"{key}_fits": result.fits})
            if name == "2mb":
                quality = result.quality or 0
                figures["psnr_2mb_db"] = round(first_page_psnr(out, images[0]), 2)
                figures["legible_2mb"] = (result.dpi >= min(LEGIBLE_DPI, dpi)
                                          and quality >= QUALITY_FLOOR
                                          and figures["psnr_2mb_db"] >= LEGIBLE_PSNR_DB)
        seconds, naive = _timed(runs, lambda: naive_build(images, dpi, out, 2 * MB))
    figures.update({"baseline_2mb_s": round(seconds, 3), "baseline_2mb_bytes": naive.size,
                    "baseline_2mb_dpi": naive.dpi, "baseline_2mb_quality": naive.quality,
                    "speedup_vs_baseline": round(seconds / max(figures["scan_2mb_s"], 1e-6), 1),
                    "goal_2mb_s": GOAL_2MB_S,
                    "goal_met": figures["scan_2mb_s"] <= GOAL_2MB_S})
    return figures


def _print_human(f: dict[str, Any]) -> None:
    print(f"scan, {f['pages']} A4 pages at {f['dpi']} dpi colour, median of {f['runs']} runs")
    acquire = "n/a (no scanimage or SANE test backend, or it failed)" if f["acquire_s"] is None \
        else f"{f['acquire_s']:.3f} s"
    print(f"  acquire from SANE test backend: {acquire}")
    print(f"  {'target':<18}{'time':>9}{'size':>12}{'dpi':>6}{'quality':>9}  stored")
    rows = [("1 MB", "scan_1mb"), ("2 MB", "scan_2mb"), ("5 MB", "scan_5mb"),
            ("best (no target)", "best"), ("text 1-bit, 2 MB", "bilevel")]
    for label, key in rows:
        stored = "1-bit G4" if key == "bilevel" else "grey" if f[f"{key}_grey"] else "colour"
        over = "" if f[f"{key}_fits"] else "  (over: legible minimum)"
        quality = f[f"{key}_quality"] if f[f"{key}_quality"] is not None else "-"
        print(f"  {label:<18}{f[f'{key}_s']:>7.3f} s{f[f'{key}_bytes'] / 1e6:>9.2f} MB"
              f"{f[f'{key}_dpi']:>6}{quality:>9}  {stored}{over}")
    print(f"  naive ladder, 2 MB: {f['baseline_2mb_s']:.3f} s ({f['baseline_2mb_dpi']} dpi "
          f"q{f['baseline_2mb_quality']}); speed-up {f['speedup_vs_baseline']}x")
    print(f"  2 MB page 1: {f['psnr_2mb_db']} dB PSNR; legible: "
          f"{'yes' if f['legible_2mb'] else 'NO'}")
    print(f"goal: scan_2mb_s ≤ {GOAL_2MB_S:g} s — {'met' if f['goal_met'] else 'not met'}")


def run_scan_bench(json_out: bool, *, pages: int = 3, dpi: int = 300, runs: int = 3) -> int:
    """Run the benchmark and print its figures (one JSON document with `json_out`)."""
    return report_figures(
        "kiosk bench scan", lambda: measure_scan(pages, dpi, runs), _print_human, json_out,
        (OSError, subprocess.SubprocessError),
    )
