"""libmagic's opinion of a file (the library behind `file --mime-type`), as a second check.

`sniff` decides the type from the content; libmagic, written independently and with its own
database, must then agree for every binary format (PDF, images, office documents): a file both
call a PDF is a PDF, one that libmagic sees as a program or an archive is refused. Plain text is
left to `sniff` (which refuses scripts, HTML, shortcuts…) and to its rebuild as text: libmagic
runs its whole database of text patterns on it, about 2.5 ms a file, for no better answer. This
runs where `sniff` runs, inside the sandbox. libmagic is reached through ctypes (a C library
present wherever the `file` command is); without it no binary file is ready, never waved
through on one opinion.
"""

from __future__ import annotations

import ctypes
import functools
import os
from pathlib import Path

SECOND_OPINION_KINDS = frozenset((
    "pdf", "jpeg", "png", "gif", "tiff", "bmp", "odt", "ods", "odp", "docx", "xlsx", "pptx",
))
MAGIC_MIME_TYPE = 0x10  # "type/subtype" only, no "; charset="
MAGIC_NO_CHECK_COMPRESS = 0x1000  # never look inside compressed data
MAGIC_PARAM_BYTES_MAX = 6
BYTES_MAX = 1024 * 1024  # what it reads of a file at most (`file`'s own default)
LIBRARY = "libmagic.so.1"

_ZIP = ("application/zip", "application/octet-stream")  # an office file whose parts are not in
# the order libmagic looks for ("mimetype" or "[Content_Types].xml" first) is called a zip
_AGREEING: dict[str, tuple[str, ...]] = {
    "pdf": ("application/pdf",),
    "jpeg": ("image/jpeg",),
    "png": ("image/png",),
    "gif": ("image/gif",),
    "tiff": ("image/tiff",),
    "bmp": ("image/bmp", "image/x-ms-bmp"),
    "odt": ("application/vnd.oasis.opendocument.text", *_ZIP),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", *_ZIP),
    "odp": ("application/vnd.oasis.opendocument.presentation", *_ZIP),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", *_ZIP),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", *_ZIP),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", *_ZIP),
}
class LibmagicUnavailable(Exception):
    """libmagic or its database could not be loaded."""


class _Magic:
    def __init__(self) -> None:
        try:
            lib = ctypes.CDLL(LIBRARY, use_errno=True)
        except OSError as error:
            raise LibmagicUnavailable(LIBRARY) from error
        lib.magic_open.restype = ctypes.c_void_p
        lib.magic_open.argtypes = (ctypes.c_int,)
        lib.magic_load.restype = ctypes.c_int
        lib.magic_load.argtypes = (ctypes.c_void_p, ctypes.c_char_p)
        lib.magic_descriptor.restype = ctypes.c_char_p
        lib.magic_descriptor.argtypes = (ctypes.c_void_p, ctypes.c_int)
        lib.magic_setparam.restype = ctypes.c_int
        lib.magic_setparam.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
        self._lib = lib
        self._cookie = lib.magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS)
        if not self._cookie or lib.magic_load(self._cookie, None) != 0:
            raise LibmagicUnavailable("database")
        limit = ctypes.c_size_t(BYTES_MAX)
        if lib.magic_setparam(self._cookie, MAGIC_PARAM_BYTES_MAX, ctypes.byref(limit)) != 0:
            raise LibmagicUnavailable("bytes_max")

    def mime(self, path: Path) -> str | None:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            found = self._lib.magic_descriptor(self._cookie, fd)
        finally:
            os.close(fd)
        return found.decode("ascii", "replace") if found else None


@functools.cache
def _magic() -> _Magic:
    return _Magic()


def mime_of(path: Path) -> str | None:
    """libmagic's MIME type for the file; LibmagicUnavailable without libmagic."""
    return _magic().mime(path)


def agrees(kind: str, mime: str | None) -> bool:
    """Whether libmagic's ``mime`` is a fair name for what `sniff` called ``kind``."""
    return mime is not None and mime in _AGREEING.get(kind, ())
