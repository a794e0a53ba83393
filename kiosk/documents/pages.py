"""Page edits on Pillow images (turn, crop to the paper) and an image printed as one A4 page."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps

from kiosk.documents.fit import PdfPage, encode_jpeg, normalise, write_pdf

A4_PT = (595.276, 841.89)
MARGIN_PT = 10 / 25.4 * 72  # 10 mm: wider than printers' unprintable borders
PRINT_DPI = 300
PRINT_QUALITY = 90
CROP_WORK_SIDE = 400  # the crop box is looked for on a copy about this big
CROP_CONTRAST = 32  # grey levels between the paper and the scanner's background
CROP_SOLID = 0.6  # share of the box that must differ from the background to be paper

_TURNS = (Image.Transpose.ROTATE_270, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_90)


def rotate(img: Image.Image, quarter_turns: int) -> Image.Image:
    """`img` turned clockwise by `quarter_turns` x 90 degrees (negative: anticlockwise)."""
    turns = quarter_turns % 4
    return img.transpose(_TURNS[turns - 1]) if turns else img


def crop_box(img: Image.Image) -> tuple[int, int, int, int] | None:
    """The paper's box in `img`, or None when there is nothing to trim.

    The background is the median tone of the scan's outer edge; the box holds what differs
    from it. That box only counts as paper when it is mostly solid: text on a page that fills
    the whole glass (a sparse box) is never taken for the paper's edge.
    """
    factor = max(1, max(img.size) // CROP_WORK_SIDE)
    small = (img.reduce(factor) if factor > 1 else img).convert("L")
    width, height = small.size
    if width < 8 or height < 8:
        return None
    ring = Image.new("L", small.size, 0)
    ring.paste(255, (2, 2, width - 2, height - 2))
    histogram = small.histogram(mask=ImageOps.invert(ring))
    half, seen, background = sum(histogram) / 2, 0, 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= half:
            background = level
            break
    difference = ImageChops.difference(small, Image.new("L", small.size, background))
    mask = difference.point([255 if v > CROP_CONTRAST else 0 for v in range(256)])
    mask = mask.filter(ImageFilter.MedianFilter(3))  # dust and noise are not paper
    box = mask.getbbox()
    if box is None:
        return None
    inside = mask.crop(box).histogram()
    if inside[255] < CROP_SOLID * (box[2] - box[0]) * (box[3] - box[1]):
        return None
    # Back to full size, one small pixel wider on each side: never cut into the paper.
    left, top = max(0, (box[0] - 1) * factor), max(0, (box[1] - 1) * factor)
    right, bottom = min(img.width, (box[2] + 1) * factor), min(img.height, (box[3] + 1) * factor)
    if right - left >= img.width * 0.98 and bottom - top >= img.height * 0.98:
        return None
    return left, top, right, bottom


def auto_crop(img: Image.Image) -> Image.Image:
    """`img` cropped to the paper, trimming the scanner background around it; else whole."""
    box = crop_box(img)
    return img.crop(box) if box is not None else img


def image_to_pdf(src: Path, out: Path) -> Path:
    """A photo or image file as one A4 page (turned to match the image), fitted inside margins.

    Follows the EXIF orientation, flattens transparency on white, and keeps at most 300 dpi at
    the printed size.
    """
    with Image.open(src) as opened:
        opened.draft(None, (2480, 2480))  # a big JPEG decodes at a smaller scale, never too small
        img = normalise(ImageOps.exif_transpose(opened))
    page_w, page_h = A4_PT if img.height >= img.width else A4_PT[::-1]
    scale = min((page_w - 2 * MARGIN_PT) / img.width, (page_h - 2 * MARGIN_PT) / img.height)
    place_w, place_h = img.width * scale, img.height * scale
    most = (round(place_w / 72 * PRINT_DPI), round(place_h / 72 * PRINT_DPI))
    if img.width > most[0]:
        img = img.resize(most, Image.Resampling.LANCZOS, reducing_gap=2.0)
    place = ((page_w - place_w) / 2, (page_h - place_h) / 2, place_w, place_h)
    write_pdf([PdfPage(encode_jpeg(img, PRINT_QUALITY), page_w, page_h, place)], out)
    return out
