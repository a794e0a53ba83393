"""Scanned pages to a PDF under a size target: what gets stored, and that the PDF is sound."""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from pypdf import PdfReader

from kiosk.documents.fit import (
    MB,
    PRESETS,
    QUALITY_BEST,
    QUALITY_FLOOR,
    FitCancelled,
    FitResult,
    PdfPage,
    build_pdf,
    encode_jpeg,
    ladder,
    normalise,
    otsu,
    pdf_chunks,
    to_bilevel,
)

A4_PT = (595.0, 842.0)


def noisy_page(seed: int, size: tuple[int, int] = (2480, 3508), sigma: float = 16) -> Image.Image:
    """A hard page for JPEG: word-like blocks, a red area, tinted paper and strong noise."""
    rng = random.Random(seed)
    normal = statistics.NormalDist(0, sigma)
    table = [max(0, min(255, round(128 + normal.inv_cdf((i + 0.5) / 256)))) for i in range(256)]
    noise = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(table)
    page = Image.new("RGB", size, (240, 236, 225))
    draw = ImageDraw.Draw(page)
    step = max(4, size[1] // 58)
    for y in range(size[1] // 12, size[1] * 11 // 12, step):
        x = size[0] // 12
        while x < size[0] * 7 // 8:
            width = rng.randrange(step, step * 3)
            draw.rectangle((x, y, x + width, y + step // 2), fill=(30, 30, 30))
            x += width + step // 2
    draw.rectangle((size[0] // 2, size[1] // 12, size[0] * 9 // 10, size[1] // 3),
                   fill=(200, 60, 40))
    return ImageChops.add(page, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


@pytest.fixture(scope="module")
def a4_pages() -> list[Image.Image]:
    return [noisy_page(seed) for seed in range(3)]


def assert_sound_pdf(path: Path, pages: int, size_pt: tuple[float, float] = A4_PT,
                     qpdf: bool = False) -> PdfReader:
    """pypdf reads it with the right pages; `qpdf --check` too (seconds on megabytes: asked
    for on small files only)."""
    reader = PdfReader(path, strict=True)
    assert len(reader.pages) == pages
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size_pt[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(size_pt[1], abs=1)
    if qpdf and shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    return reader


def image_filter(reader: PdfReader, page: int = 0) -> str:
    image = reader.pages[page]["/Resources"]["/XObject"]["/Im0"].get_object()
    return str(image["/Filter"])


@pytest.fixture(scope="module")
def by_preset(a4_pages: list[Image.Image], tmp_path_factory: pytest.TempPathFactory
              ) -> dict[int, FitResult]:
    folder = tmp_path_factory.mktemp("presets")
    return {target: build_pdf(a4_pages, 300, folder / f"{target}.pdf", target)
            for target in PRESETS}


@pytest.mark.parametrize("target", PRESETS, ids=["1MB", "2MB", "5MB"])
def test_each_preset_gives_a_sound_a4_pdf_within_the_target(
    by_preset: dict[int, FitResult], target: int
) -> None:
    result = by_preset[target]
    assert result.fits and result.size <= target
    assert result.size == result.path.stat().st_size
    assert result.dpi >= 150 and result.quality is not None and result.quality >= QUALITY_FLOOR
    assert result.pages == 3 and not result.bilevel
    assert_sound_pdf(result.path, 3)
    assert not list(result.path.parent.glob("*.part"))


def test_a_smaller_target_steps_down_quality_then_resolution_then_colour(
    by_preset: dict[int, FitResult]
) -> None:
    generous, default, small = by_preset[5 * MB], by_preset[2 * MB], by_preset[1 * MB]
    assert (generous.dpi, generous.grey) == (300, False)
    assert (default.dpi, default.grey) == (200, False)
    assert (small.dpi, small.grey) == (150, True)
    # Each fills its budget rather than dropping more than needed.
    assert default.size > 0.9 * 2 * MB and generous.size > 0.9 * 5 * MB


def test_several_targets_are_never_exceeded(tmp_path: Path) -> None:
    page = [noisy_page(7, size=(1748, 2480))]  # A5
    for target in (250_000, 400_000, 600_000, 900_000, 1_300_000):
        result = build_pdf(page, 300, tmp_path / "one.pdf", target)
        assert result.fits and result.size <= target, target


def test_no_target_keeps_the_best_quality(a4_pages: list[Image.Image], tmp_path: Path) -> None:
    result = build_pdf(a4_pages[:1], 300, tmp_path / "best.pdf", None)
    assert (result.dpi, result.quality, result.grey) == (300, QUALITY_BEST, False) and result.fits
    reader = assert_sound_pdf(result.path, 1)
    assert image_filter(reader) == "/DCTDecode"
    assert reader.pages[0].images[0].image.size == (2480, 3508)


def test_a_600_dpi_scan_is_stored_at_300_dpi_on_the_same_paper_size(tmp_path: Path) -> None:
    page = noisy_page(3, size=(1240, 1748), sigma=4)  # 600 dpi: 52.5 x 74 mm
    result = build_pdf([page], 600, tmp_path / "hi.pdf", None)
    reader = assert_sound_pdf(result.path, 1, (1240 * 72 / 600, 1748 * 72 / 600), qpdf=True)
    assert result.dpi == 300
    assert reader.pages[0].images[0].image.size == (620, 874)


def test_an_impossible_target_gives_the_legible_minimum_marked_as_over(
    a4_pages: list[Image.Image], tmp_path: Path
) -> None:
    result = build_pdf(a4_pages, 300, tmp_path / "tiny.pdf", 20_000)
    assert not result.fits and result.size > 20_000
    assert (result.dpi, result.grey, result.quality) == (150, True, QUALITY_FLOOR)
    reader = assert_sound_pdf(result.path, 3)
    assert reader.pages[0].images[0].image.size == (1240, 1754)
    assert reader.pages[0].images[0].image.mode == "L"


def test_text_mode_stores_1_bit_ccitt_g4_black_on_white(tmp_path: Path) -> None:
    page = Image.new("RGB", (2480, 3508), (236, 232, 220))
    ImageDraw.Draw(page).rectangle((300, 300, 1300, 500), fill=(20, 20, 20))
    result = build_pdf([page, page], 300, tmp_path / "letter.pdf", 2 * MB, bilevel=True)
    assert result.bilevel and result.quality is None and result.dpi == 300 and result.fits
    assert result.size < 100_000
    reader = assert_sound_pdf(result.path, 2, qpdf=True)
    assert "/CCITTFaxDecode" in image_filter(reader)
    stored = reader.pages[0].images[0].image.convert("L")
    assert stored.getpixel((800, 400)) == 0  # the ink
    assert stored.getpixel((2000, 2000)) == 255  # the tinted paper
    if shutil.which("pdftoppm"):  # what a viewer really shows
        subprocess.run(["pdftoppm", "-r", "36", "-f", "1", "-l", "1", "-png", "-singlefile",
                        str(result.path), str(tmp_path / "shown")], check=True)
        with Image.open(tmp_path / "shown.png") as shown:
            grey = shown.convert("L")
            assert grey.getpixel((96, 48)) < 64 and grey.getpixel((240, 240)) > 192


def test_text_mode_under_a_tight_target_lowers_the_resolution(
    a4_pages: list[Image.Image], tmp_path: Path
) -> None:
    result = build_pdf(a4_pages[:1], 300, tmp_path / "text.pdf", 5_000, bilevel=True)
    assert result.bilevel and not result.fits and result.dpi == 150
    assert "/CCITTFaxDecode" in image_filter(assert_sound_pdf(result.path, 1, qpdf=True))


def test_1_bit_threshold_follows_shading_and_keeps_dark_areas() -> None:
    shaded = Image.linear_gradient("L").rotate(90).resize((800, 600)).point(lambda v: 150 + v // 3)
    ImageDraw.Draw(shaded).rectangle((100, 100, 400, 130), fill=20)  # a line of text
    ImageDraw.Draw(shaded).rectangle((500, 200, 760, 560), fill=40)  # a big dark photo
    one_bit = to_bilevel(shaded)
    assert one_bit.mode == "1"
    assert one_bit.getpixel((250, 115)) == 0 and one_bit.getpixel((630, 380)) == 0
    paper = one_bit.crop((0, 0, 90, 600)).convert("L").histogram()
    assert paper[255] == 90 * 600  # the darker end of the shading is still white paper


def test_otsu_splits_two_modes() -> None:
    histogram = [0] * 256
    histogram[30], histogram[220] = 100, 900
    assert 30 <= otsu(histogram) < 220


def test_cancel_before_or_during_raises_and_writes_nothing(
    a4_pages: list[Image.Image], tmp_path: Path
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(FitCancelled):
        build_pdf(a4_pages, 300, tmp_path / "a.pdf", 2 * MB, cancel=cancel)

    class LateEvent(threading.Event):
        """Set once it has been asked a few times: the person cancels mid-way."""

        def __init__(self) -> None:
            super().__init__()
            self.asked = 0

        def is_set(self) -> bool:
            self.asked += 1
            return self.asked > 4

    late = LateEvent()
    with pytest.raises(FitCancelled):
        build_pdf(a4_pages, 300, tmp_path / "b.pdf", 1 * MB, cancel=late)
    assert late.asked > 4
    assert not list(tmp_path.iterdir())


def test_grey_pages_stay_grey(a4_pages: list[Image.Image], tmp_path: Path) -> None:
    grey = [page.convert("L") for page in a4_pages[:2]]
    for target in (None, 1 * MB):
        result = build_pdf(grey, 300, tmp_path / "grey.pdf", target)
        assert result.grey and result.fits
        reader = assert_sound_pdf(result.path, 2)
        image = reader.pages[0]["/Resources"]["/XObject"]["/Im0"].get_object()
        assert image["/ColorSpace"] == "/DeviceGray"


def test_a_single_small_page(tmp_path: Path) -> None:
    card = noisy_page(1, size=(1011, 638), sigma=6)  # an ID card at 300 dpi
    result = build_pdf([card], 300, tmp_path / "card.pdf", 2 * MB)
    assert result.fits and (result.dpi, result.quality) == (300, QUALITY_BEST)
    assert_sound_pdf(result.path, 1, (1011 * 72 / 300, 638 * 72 / 300), qpdf=True)


def test_no_pages_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_pdf([], 300, tmp_path / "none.pdf", 2 * MB)


def test_the_ladder_never_goes_below_legible() -> None:
    assert ladder(300, True, False) == [(300, "colour"), (200, "colour"), (200, "grey"),
                                         (150, "grey")]
    assert ladder(300, False, False) == [(300, "grey"), (200, "grey"), (150, "grey")]
    assert ladder(150, True, False) == [(150, "colour"), (150, "grey")]
    assert ladder(300, True, True) == [(300, "bilevel"), (200, "bilevel"), (150, "bilevel")]


def test_odd_modes_are_flattened_on_white() -> None:
    clear = Image.new("RGBA", (4, 4), (255, 0, 0, 0))
    assert normalise(clear).getpixel((0, 0)) == (255, 255, 255)
    deep = Image.new("I;16", (4, 4), 65535)
    assert normalise(deep).mode == "L" and normalise(deep).getpixel((0, 0)) == 255
    assert normalise(Image.new("1", (4, 4), 1)).mode == "L"


def test_the_writer_places_an_image_inside_a_page(tmp_path: Path) -> None:
    image = encode_jpeg(Image.new("RGB", (20, 10), "blue"), 80)
    out = tmp_path / "placed.pdf"
    out.write_bytes(b"".join(pdf_chunks([PdfPage(image, 300, 200, (50, 40, 200, 100))])))
    reader = assert_sound_pdf(out, 1, (300, 200), qpdf=True)
    assert b"200 0 0 100 50 40 cm" in reader.pages[0].get_contents().get_data()
