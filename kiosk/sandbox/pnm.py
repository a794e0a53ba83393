"""Read the raw pixels a sandbox wrote (binary PGM/PPM), trusting nothing but the header's rules.

The only format read back from a sandbox: "P5" (grey) or "P6" (RGB), 8 bits, no comments.
The header is parsed here, not by an image library; the dimensions are checked against caps
before any pixel is read, and the file must hold exactly the pixels the header announces.
The file itself is opened without following links and must be a regular file, since the
sandbox could have left a link or a FIFO in its place.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

HEAD_MAX = 32  # the longest header accepted is 23 bytes
MAX_SIDE = 10_000  # pixels per side, as dangerzone's host-side check
# One whitespace byte between fields, as pdftoppm and Pillow write them (Netpbm allows runs
# and comments; no producer here needs them).
_HEADER = re.compile(rb"\A(P[56])[ \t\r\n](\d{1,6})[ \t\r\n](\d{1,6})[ \t\r\n](\d{1,5})[ \t\r\n]")
_CHANNELS = {b"P5": 1, b"P6": 3}


class PnmError(Exception):
    """``code``: "malformed", "too_large" or "truncated"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class PnmHeader:
    """Dimensions and layout of a PGM/PPM file; the pixels start at `offset`."""

    width: int
    height: int
    channels: int  # 1 (grey) or 3 (RGB)
    offset: int

    @property
    def mode(self) -> str:
        return "L" if self.channels == 1 else "RGB"

    @property
    def pixels(self) -> int:
        return self.width * self.height

    @property
    def data_size(self) -> int:
        return self.pixels * self.channels


def parse_header(head: bytes) -> PnmHeader:
    """The header at the start of `head`; raises PnmError("malformed")."""
    match = _HEADER.match(head[:HEAD_MAX])
    if match is None:
        raise PnmError("malformed")
    magic, width, height, maxval = match.groups()
    if int(maxval) != 255 or int(width) < 1 or int(height) < 1:
        raise PnmError("malformed")
    return PnmHeader(int(width), int(height), _CHANNELS[magic], match.end())


def check_size(header: PnmHeader, max_side: int = MAX_SIDE, max_pixels: int | None = None) -> None:
    """Raise PnmError("too_large") when a side or the pixel count is over its cap."""
    if header.width > max_side or header.height > max_side:
        raise PnmError("too_large")
    if max_pixels is not None and header.pixels > max_pixels:
        raise PnmError("too_large")


def check_length(header: PnmHeader, file_size: int) -> None:
    """The file must end exactly where the pixels do: "truncated" when short, else
    "malformed" when something trails them."""
    expected = header.offset + header.data_size
    if file_size < expected:
        raise PnmError("truncated")
    if file_size > expected:
        raise PnmError("malformed")


def read_pnm(path: Path, max_side: int = MAX_SIDE, max_pixels: int | None = None) -> Image.Image:
    """The image in the PGM/PPM file at `path`, checked as above; raises PnmError (a file that
    is missing, a link or not a regular file is "malformed")."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        raise PnmError("malformed") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise PnmError("malformed")
    with os.fdopen(fd, "rb") as file:
        header = parse_header(file.read(HEAD_MAX))
        check_size(header, max_side, max_pixels)
        check_length(header, info.st_size)
        file.seek(header.offset)
        data = file.read(header.data_size)
    if len(data) != header.data_size:  # it shrank since fstat
        raise PnmError("truncated")
    size = (header.width, header.height)
    return Image.frombuffer(header.mode, size, data, "raw", header.mode, 0, 1)
