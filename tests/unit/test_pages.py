"""Page edits (turn, crop to the paper) and an image printed as one A4 page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader

from kiosk.documents.pages import A4_PT, MARGIN_PT, auto_crop, crop_box, image_to_pdf, rotate


def text_page(size: tuple[int, int], paper: tuple[int, int, int] = (246, 243, 235)) -> Image.Image:
    """Paper with lines of dark "words" on it, margins left blank."""
    page = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(page)
    width, height = size
    for y in range(height // 10, height * 9 // 10, max(6, height // 40)):
        draw.rectangle((width // 10, y, width * 8 // 10, y + max(2, height // 120)), fill=(25,) * 3)
    return page


def test_rotate_turns_clockwise_by_quarter_turns() -> None:
    img = Image.new("L", (40, 20), 255)
    img.putpixel((0, 0), 0)  # top-left marker
    once = rotate(img, 1)
    assert once.size == (20, 40) and once.getpixel((19, 0)) == 0  # now top-right
    assert rotate(img, 2).getpixel((39, 19)) == 0
    assert rotate(img, -1).tobytes() == rotate(img, 3).tobytes()
    assert rotate(img, -1).getpixel((0, 39)) == 0  # anticlockwise: bottom-left
    assert rotate(img, 4) is img


def test_auto_crop_finds_a_page_on_a_dark_background() -> None:
    scan = Image.new("RGB", (2480, 3508), (38, 40, 44))  # lid open: dark all around
    scan.paste(text_page((1748, 2480)), (150, 240))
    scan = scan.filter(ImageFilter.GaussianBlur(1.5))
    cropped = auto_crop(scan)
    assert cropped.width == pytest.approx(1748, rel=0.02)
    assert cropped.height == pytest.approx(2480, rel=0.02)
    box = crop_box(scan)
    assert box is not None
    left, top, right, bottom = box
    assert left <= 150 and top <= 240 and right >= 150 + 1748 and bottom >= 240 + 2480  # all of it


def test_auto_crop_finds_a_card_in_the_corner_of_a_white_lid() -> None:
    scan = Image.new("RGB", (1476, 1063), (236, 236, 234))
    card = Image.new("RGB", (1011, 638), (130, 160, 205))
    ImageDraw.Draw(card).rectangle((60, 60, 330, 420), fill=(90, 80, 70))  # the photo
    scan.paste(card, (0, 0))
    cropped = auto_crop(scan)
    assert cropped.width == pytest.approx(1011, rel=0.02)
    assert cropped.height == pytest.approx(638, rel=0.02)


def test_auto_crop_keeps_a_blank_page_whole() -> None:
    blank = Image.new("RGB", (2480, 3508), (250, 250, 247))
    assert auto_crop(blank).size == blank.size
    assert auto_crop(Image.new("L", (2480, 3508), 0)).size == (2480, 3508)


def test_auto_crop_never_crops_a_page_that_fills_the_glass_to_its_text() -> None:
    page = text_page((2480, 3508))  # the paper's edge is beyond the scan: only text differs
    assert auto_crop(page).size == page.size


def test_auto_crop_copes_with_tiny_images() -> None:
    assert auto_crop(Image.new("RGB", (5, 3), "black")).size == (5, 3)


def placement(reader: PdfReader) -> tuple[float, float, float, float]:
    content = reader.pages[0].get_contents().get_data().decode()
    match = re.search(r"([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm", content)
    assert match is not None, content
    width, height, x, y = (float(group) for group in match.groups())
    return x, y, width, height


def test_an_image_prints_as_one_a4_page_fitted_inside_the_margins(tmp_path: Path) -> None:
    src = tmp_path / "photo.png"
    text_page((1200, 900)).save(src)  # landscape
    out = image_to_pdf(src, tmp_path / "photo.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_PT[::-1], abs=1)
    x, y, width, height = placement(reader)
    assert width / height == pytest.approx(1200 / 900, rel=0.01)  # aspect ratio kept
    assert min(x, y) >= MARGIN_PT - 0.5
    assert x + width <= float(box.width) - MARGIN_PT + 0.5
    assert y + height <= float(box.height) - MARGIN_PT + 0.5
    assert max(x, y) == pytest.approx(MARGIN_PT, abs=0.5) or min(x, y) == pytest.approx(
        MARGIN_PT, abs=0.5)


def test_a_phone_photo_follows_its_exif_orientation(tmp_path: Path) -> None:
    src = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown turned a quarter clockwise: portrait
    text_page((1600, 1200)).save(src, exif=exif)
    reader = PdfReader(image_to_pdf(src, tmp_path / "phone.pdf"))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_PT, abs=1)
    _, _, width, height = placement(reader)
    assert width / height == pytest.approx(1200 / 1600, rel=0.01)


def test_a_transparent_image_prints_on_white_and_big_ones_are_scaled_down(
    tmp_path: Path
) -> None:
    src = tmp_path / "logo.png"
    Image.new("RGBA", (2600, 3900), (0, 0, 0, 0)).save(src)
    reader = PdfReader(image_to_pdf(src, tmp_path / "logo.pdf"))
    stored = reader.pages[0].images[0].image
    assert stored.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=3)
    assert stored.width <= round((A4_PT[0] - 2 * MARGIN_PT) / 72 * 300) + 1
