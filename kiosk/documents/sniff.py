"""Decide what a downloaded or USB file really is from its bytes, against an allow-list.

The type always comes from the content: the first 64 KiB, the zip directory for ODF/OOXML and a
bounded scan for encryption markers. Nothing is executed or fully parsed. The name only has to
agree with the content, and helps tell a script from ordinary text. A refusal carries a code
(`TypeVerdict.reason`) that the UI turns into a sentence.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import struct
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

HEAD_SIZE = 64 * 1024
SCAN_CAP = 8 * 1024 * 1024  # how much of a PDF or OLE file is searched for encryption markers…
TAIL_SIZE = 1024 * 1024  # …plus its end, where a big PDF keeps its trailer
CHUNK = 256 * 1024
MEMBER_CAP = 4 * 1024 * 1024  # never decompress more than this of one zip member
OCTET = "application/octet-stream"
_OOXML = "application/vnd.openxmlformats-officedocument."
_ODF = "application/vnd.oasis.opendocument."


@dataclass(frozen=True)
class TypeVerdict:
    """What a file is, whether the kiosk accepts it and, if not, why (a code)."""

    kind: str
    mime: str
    allowed: bool
    reason: str | None
    extension: str  # canonical extension of `kind` ("" for kinds never accepted)


# kind -> (mime, accepted extensions, the canonical one first)
ALLOWED: dict[str, tuple[str, tuple[str, ...]]] = {
    "pdf": ("application/pdf", (".pdf",)),
    "jpeg": ("image/jpeg", (".jpg", ".jpeg", ".jpe", ".jfif")),
    "png": ("image/png", (".png",)),
    "gif": ("image/gif", (".gif",)),
    "tiff": ("image/tiff", (".tif", ".tiff")),
    "bmp": ("image/bmp", (".bmp",)),
    "text": ("text/plain", (".txt", ".text", ".csv", ".md")),
    "odt": (_ODF + "text", (".odt",)),
    "ods": (_ODF + "spreadsheet", (".ods",)),
    "odp": (_ODF + "presentation", (".odp",)),
    "docx": (_OOXML + "wordprocessingml.document", (".docx",)),
    "xlsx": (_OOXML + "spreadsheetml.sheet", (".xlsx",)),
    "pptx": (_OOXML + "presentationml.presentation", (".pptx",)),
}
# Every kind `sniff` answers: the accepted ones, and those it only ever refuses.
KINDS = frozenset(ALLOWED) | frozenset((
    "executable", "shortcut", "legacy_office", "archive", "unknown", "script", "svg", "html",
    "empty",
))
_REFUSED_MIME = {"script": "text/plain", "html": "text/html", "svg": "image/svg+xml",
                 "legacy_office": "application/x-ole-storage"}
_ODF_KINDS = {_ODF + "text": "odt", _ODF + "spreadsheet": "ods", _ODF + "presentation": "odp"}
_OOXML_PARTS = (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx"))

_EXECUTABLE = (
    b"MZ",  # Windows PE (and DOS)
    b"\x7fELF",
    b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",  # Mach-O
    b"\xca\xfe\xba\xbe",  # universal Mach-O, and Java class files
)
_LNK = b"L\x00\x00\x00\x01\x14\x02\x00"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_IMAGES = (
    (b"\xff\xd8\xff", "jpeg"), (b"\x89PNG\r\n\x1a\n", "png"), (b"GIF87a", "gif"),
    (b"GIF89a", "gif"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
)
_ARCHIVES = (
    (b"Rar!\x1a\x07", "application/vnd.rar"), (b"7z\xbc\xaf'\x1c", "application/x-7z-compressed"),
    (b"\x1f\x8b\x08", "application/gzip"), (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"MSCF\x00\x00\x00\x00", "application/vnd.ms-cab-compressed"),
)
_BMP_DIB_SIZES = (12, 40, 52, 56, 64, 108, 124)

_SCRIPT_EXTENSIONS = frozenset(
    ".bat .cmd .ps1 .psm1 .psd1 .vbs .vbe .js .jse .mjs .wsf .wsh .hta .sh .bash .zsh .ksh "
    ".csh .command .py .pyw .pl .rb .php .lua .reg .applescript".split()
)
_SHORTCUT_EXTENSIONS = frozenset((".desktop", ".url", ".website", ".lnk"))
_ZIP_ARCHIVE = TypeVerdict("archive", "application/zip", False, "archive", "")
_SCRIPT_STARTS = ("#!", "@echo off", "<?php", "windows registry editor", "regedit4")
# Control characters that never appear in text (tab, newlines, form feed and ^Z are fine).
_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x1A), *range(0x1B, 0x20), 0x7F))
# Lines that make a text an autorun file or a shortcut, once stripped and lower-cased.
_MARKERS = ("[autorun]", "[desktop entry]", "[internetshortcut]")
_LEADING_NOISE = re.compile(r"\A(?:\s|<!--.*?-->)*", re.DOTALL)  # whitespace and comments
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p"
    r"|meta)[\s/>]"
)


def sniff(path: Path, name: str, max_bytes: int | None = None) -> TypeVerdict:
    """Type `path` by content; `name` is what the person will see (its last extension counts).

    A refusal by content wins over "too_large", which wins over "name_mismatch".
    Raises OSError only when the file cannot be opened at all (e.g. it does not exist).
    """
    base, ext = _split_name(name)
    try:
        # O_NOFOLLOW: a link on a stick must not lead us to the host's files;
        # O_NONBLOCK: a FIFO must not hang the shell.
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return _refuse("shortcut", "shortcut")
        raise
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            return _refuse("unknown", "unknown_type")
        if info.st_size == 0:
            return _refuse("empty", "empty")
        head = file.read(HEAD_SIZE)
        verdict = _by_content(file, head, info.st_size, base, ext)
    if not verdict.allowed:
        return verdict
    if max_bytes is not None and info.st_size > max_bytes:
        return replace(verdict, allowed=False, reason="too_large")
    if ext and ext not in ALLOWED[verdict.kind][1]:
        return replace(verdict, allowed=False, reason="name_mismatch")
    return verdict


def _split_name(name: str) -> tuple[str, str]:
    """The base name, lower-cased, and its last extension ("" when there is none)."""
    # Windows ignores trailing dots and spaces, so "facture.exe." is still an .exe there.
    base = re.split(r"[/\\]", name)[-1].rstrip(". ").lower()
    return base, os.path.splitext(base)[1]


def _allow(kind: str) -> TypeVerdict:
    mime, extensions = ALLOWED[kind]
    return TypeVerdict(kind, mime, True, None, extensions[0])


def _refuse(kind: str, reason: str, mime: str | None = None) -> TypeVerdict:
    known = ALLOWED.get(kind)
    if known:
        return TypeVerdict(kind, mime or known[0], False, reason, known[1][0])
    return TypeVerdict(kind, mime or _REFUSED_MIME.get(kind, OCTET), False, reason, "")


def _by_content(file: BinaryIO, head: bytes, size: int, base: str, ext: str) -> TypeVerdict:
    if head.startswith(_EXECUTABLE):
        return _refuse("executable", "executable")
    if head.startswith(_LNK):
        return _refuse("shortcut", "shortcut")
    if head.startswith(_OLE):
        if _contains(file, size, "EncryptedPackage".encode("utf-16-le")):
            return _refuse("legacy_office", "encrypted_document")
        return _refuse("legacy_office", "unknown_type")
    if b"%PDF-" in head[:1024]:
        if _contains(file, size, b"/Encrypt"):
            return _refuse("pdf", "encrypted_document")
        return _allow("pdf")
    for magic, kind in _IMAGES:
        if head.startswith(magic):
            return _allow(kind)
    if _looks_like_bmp(head, size):
        return _allow("bmp")
    if head.startswith(_ZIP):
        return _by_zip(file)
    archive = _archive_mime(head)
    if archive:
        return _refuse("archive", "archive", archive)
    text = _decode_text(head, complete=len(head) == size)
    if text is None:
        return _refuse("unknown", "unknown_type")
    return _by_text(text, base, ext)


def _looks_like_bmp(head: bytes, size: int) -> bool:
    """"BM" alone is two letters of text; a real header also has sane offsets."""
    if len(head) < 26 or not head.startswith(b"BM"):
        return False
    pixels_at, dib_size = struct.unpack_from("<II", head, 10)
    return dib_size in _BMP_DIB_SIZES and 14 + dib_size <= pixels_at <= size


def _archive_mime(head: bytes) -> str | None:
    for magic, mime in _ARCHIVES:
        if head.startswith(magic):
            return mime
    # bzip2: "BZh", a level digit, then a block magic or the end-of-stream magic of an empty one
    if re.match(rb"BZh[1-9](1AY&SY|\x17rE8P\x90)", head):
        return "application/x-bzip2"
    if head[257:262] == b"ustar":
        return "application/x-tar"
    return None


def _contains(file: BinaryIO, size: int, needle: bytes) -> bool:
    """Whether `needle` is in the first SCAN_CAP bytes or the last TAIL_SIZE bytes."""
    regions = [(0, min(size, SCAN_CAP))]
    if size > SCAN_CAP:
        regions.append((max(SCAN_CAP, size - TAIL_SIZE), size))
    for start, end in regions:
        file.seek(start)
        position, carry = start, b""
        while position < end:
            chunk = file.read(min(CHUNK, end - position))
            if not chunk:
                break
            position += len(chunk)
            if needle in carry + chunk:
                return True
            carry = chunk[1 - len(needle):]  # the needle may straddle two chunks
    return False


def _by_zip(file: BinaryIO) -> TypeVerdict:
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as package:
            return _by_package(package)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            RuntimeError, NotImplementedError, KeyError, struct.error):
        # A damaged or hostile zip must not crash the shell; it is simply not one we accept.
        return _refuse("unknown", "unknown_type")


def _read_member(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A small member; bounded whatever its header claims, so a zip bomb is never inflated."""
    with package.open(info) as member:
        data = member.read(MEMBER_CAP + 1)
    if len(data) > MEMBER_CAP:  # far beyond any genuine manifest: something is hiding
        raise ValueError("oversized member")
    return data


def _by_package(package: zipfile.ZipFile) -> TypeVerdict:
    infos = package.infolist()
    names = {info.filename.lower(): info for info in infos}
    if infos and infos[0].filename == "mimetype":
        declared = _read_member(package, infos[0])[:200].strip().decode("ascii", "replace")
        kind = _ODF_KINDS.get(declared)
        if kind is None:
            odf = declared.startswith(_ODF) and declared.isprintable()
            return _refuse("unknown", "unknown_type", declared) if odf else _ZIP_ARCHIVE
        manifest = names.get("meta-inf/manifest.xml")
        if manifest and b"encryption-data" in _read_member(package, manifest):
            return _refuse(kind, "encrypted_document")
        if any(n.startswith(("basic/", "scripts/")) for n in names):  # LibreOffice macros
            return _refuse(kind, "macro_document")
        return _allow(kind)
    content_types = names.get("[content_types].xml")
    if content_types is None:
        return _ZIP_ARCHIVE
    for prefix, kind in _OOXML_PARTS:
        if any(n.startswith(prefix) for n in names):
            # A VBA part may have any name, but its content type gives it away.
            types = _read_member(package, content_types).lower()
            macros = any(n.endswith("vbaproject.bin") for n in names)
            if macros or b"macroenabled" in types or b"vbaproject" in types:
                return _refuse(kind, "macro_document")
            return _allow(kind)
    return _ZIP_ARCHIVE


def _decode_text(head: bytes, complete: bool) -> str | None:
    """The head as text (UTF-8, else cp1252), or None when it is binary."""
    if head.isascii():  # the common case, checked at C speed: the same answer as below
        if len(head.translate(None, _CONTROL_BYTES)) != len(head):
            return None
        return head.decode("ascii")
    if b"\x00" in head:
        return None
    try:
        # Incremental, because the head may end in the middle of a multi-byte character.
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return None
    return None if _CONTROL.search(text) else text


def _marker_lines(text: str) -> set[str]:
    """The text's lines, stripped and lower-cased, when one of _MARKERS may be among them (a
    marker line is always in the lower-cased text as a whole: no need to split a plain one)."""
    lower = text.lower()
    if not any(marker in lower for marker in _MARKERS):
        return set()
    return {line.strip().lower() for line in text.splitlines()}


def _by_text(text: str, base: str, ext: str) -> TypeVerdict:
    lines = _marker_lines(text)
    if base == "autorun.inf" or "[autorun]" in lines:
        return _refuse("script", "autorun")
    if ext in _SHORTCUT_EXTENSIONS or lines & {"[desktop entry]", "[internetshortcut]"}:
        return _refuse("shortcut", "shortcut")
    start = _LEADING_NOISE.sub("", text.lstrip("\ufeff").lower()[:4096], count=1)
    if ext in _SCRIPT_EXTENSIONS or start.startswith(_SCRIPT_STARTS):
        return _refuse("script", "script")
    if start.startswith(("<svg", "<?xml", "<!doctype svg")) and "<svg" in start[:2048]:
        return _refuse("svg", "svg")
    if start.startswith("<?xml") and "xhtml" in start[:2048]:
        return _refuse("html", "html")
    near = start[:1024]
    if _HTML_START.match(start) or any(tag in near for tag in ("<html", "<script", "<body")):
        return _refuse("html", "html")
    return _allow("text")
