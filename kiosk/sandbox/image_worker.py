"""Runs inside the sandbox: decode one image with Pillow, write its first frame as raw pixels.

    python -I -S -B image_worker.py SITE FORMAT INPUT OUTPUT MAX_SIDE MAX_PIXELS

Only the decoder for FORMAT (a Pillow format name) is tried. The first frame is turned upright
(EXIF orientation), transparency is flattened on white, and the result is written as PGM (grey)
or PPM (RGB). It prints "ok alpha=0|1", or "too_large" (exit 3) or "unreadable" (exit 4).
It imports nothing from the kiosk: the sandbox holds only the standard library and Pillow.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

TOO_LARGE = 3
UNREADABLE = 4


def _flatten(img: Any, image_module: Any) -> tuple[Any, bool]:
    """`img` as "L" or "RGB", and whether it had transparency."""
    mode = img.mode
    if mode in ("L", "RGB"):
        return img, False
    if mode == "1":
        return img.convert("L"), False
    if mode.startswith("I") or mode == "F":
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L"), False
    if mode in ("RGBA", "RGBa", "LA", "La", "PA") or "transparency" in img.info:
        rgba = img.convert("RGBA")
        flat = image_module.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return (flat.convert("L") if mode in ("LA", "La") else flat), True
    return img.convert("RGB"), False


def main(argv: list[str]) -> int:
    site, fmt, source, target = argv[1:5]
    max_side, max_pixels = int(argv[5]), int(argv[6])
    sys.path.insert(0, site)
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = max_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    try:
        with Image.open(source, formats=[fmt]) as img:
            width, height = img.size
            if width > max_side or height > max_side or width * height > max_pixels:
                print("too_large")
                return TOO_LARGE
            img.seek(0)
            try:
                upright = ImageOps.exif_transpose(img)
            except Exception:  # noqa: BLE001 - a damaged EXIF block: keep the stored orientation
                upright = img
            flat, alpha = _flatten(upright, Image)
            flat.save(target, "PPM")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        print("too_large")
        return TOO_LARGE
    except Exception:  # noqa: BLE001 - whatever the decoder trips on, the image is unreadable
        print("unreadable")
        return UNREADABLE
    print(f"ok alpha={int(alpha)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
