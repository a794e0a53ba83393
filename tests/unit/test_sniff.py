"""A file is typed by its content against the allow-list; its name only has to agree."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import struct
import tarfile
import zipfile
from pathlib import Path

import pytest

from kiosk.documents import sniff as sniff_module
from kiosk.documents.sniff import TypeVerdict, sniff

FRENCH = "Attestation de la CAF — reçu le 3 février\nMontant : 123,45 €\n"
PDF = b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def bmp() -> bytes:
    """A 1x1 24-bit BMP: file header, BITMAPINFOHEADER, one padded pixel row."""
    info = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, 4, 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 58, 0, 0, 54) + info + b"\x00\x00\xff\x00"


def zipped(*members: tuple[str, bytes | str], stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for index, (name, data) in enumerate(members):
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            package.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def odf(flavour: str, *extra: tuple[str, bytes | str], manifest: str = "<manifest/>") -> bytes:
    mime = f"application/vnd.oasis.opendocument.{flavour}"
    return zipped(("mimetype", mime), ("content.xml", "<office:document-content/>"),
                  ("META-INF/manifest.xml", manifest), *extra, stored_first=True)


def ooxml(folder: str, types: str = "<Types/>", *extra: tuple[str, bytes]) -> bytes:
    return zipped(("[Content_Types].xml", types), ("_rels/.rels", "<Relationships/>"),
                  (f"{folder}/main.xml", "<x/>"), *extra)


def tarred() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        data = b"hello"
        info = tarfile.TarInfo("hello.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


VBA_TYPES = ('<Types><Override PartName="/word/innocent.dat"'
             ' ContentType="application/vnd.ms-office.vbaProject"/></Types>')
ENCRYPTED_MANIFEST = '<manifest><file-entry><encryption-data checksum="x"/></file-entry></manifest>'
MACRO_TYPES = ('<Types><Default Extension="xml"'
               ' ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>')

# (name, content, kind, allowed, reason)
CASES: list[tuple[str, bytes, str, bool, str | None]] = [
    # allowed, by content
    ("scan.pdf", PDF, "pdf", True, None),
    ("late.pdf", b"\r\n" * 300 + PDF, "pdf", True, None),
    ("photo.jpg", JPEG, "jpeg", True, None),
    ("photo.JFIF", JPEG, "jpeg", True, None),
    ("image.png", PNG, "png", True, None),
    ("old.gif", b"GIF87a\x01\x00\x01\x00\x00\x00\x00;", "gif", True, None),
    ("anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "gif", True, None),
    ("fax.tif", b"II*\x00\x08\x00\x00\x00" + bytes(16), "tiff", True, None),
    ("fax.tiff", b"MM\x00*\x00\x00\x00\x08" + bytes(16), "tiff", True, None),
    ("picture.bmp", bmp(), "bmp", True, None),
    ("attestation.txt", FRENCH.encode("utf-8"), "text", True, None),
    ("bom.txt", b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "text", True, None),
    ("recu.txt", FRENCH.encode("cp1252"), "text", True, None),
    ("accounts.csv", b"date;amount\n2024-01-02;12,50\n", "text", True, None),
    ("notes.md", b"# Courses\n\n- pain\n- lait\n", "text", True, None),
    ("BM-notes.txt", b"BM: text that merely starts like a bitmap header, nothing more.", "text",
     True, None),
    ("letter.odt", odf("text"), "odt", True, None),
    ("budget.ods", odf("spreadsheet"), "ods", True, None),
    ("slides.odp", odf("presentation"), "odp", True, None),
    ("cv.docx", ooxml("word"), "docx", True, None),
    ("budget.xlsx", ooxml("xl"), "xlsx", True, None),
    ("slides.pptx", ooxml("ppt"), "pptx", True, None),
    # executables
    ("setup.exe", b"MZ\x90\x00\x03" + bytes(64), "executable", False, "executable"),
    ("facture.pdf", b"MZ\x90\x00\x03" + bytes(64), "executable", False, "executable"),
    ("tool", b"\x7fELF\x02\x01\x01" + bytes(64), "executable", False, "executable"),
    ("app", b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(64), "executable", False, "executable"),
    ("Main.class", b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + bytes(8), "executable", False,
     "executable"),
    # scripts, shortcuts, autorun
    ("run", b"#!/bin/sh\nrm -rf ~\n", "script", False, "script"),
    ("readme.txt", b"#!/usr/bin/env python3\nprint(1)\n", "script", False, "script"),
    ("go.txt", b"@ECHO OFF\r\ndel /q *.*\r\n", "script", False, "script"),
    ("index.txt", b"<?php system($_GET['c']); ?>", "script", False, "script"),
    ("tool.ps1", b"Get-ChildItem | Remove-Item\n", "script", False, "script"),
    ("Invoice.JS", b"var s = new ActiveXObject('WScript.Shell');\n", "script", False, "script"),
    ("app.desktop", b"# menu\n[Desktop Entry]\nType=Application\nExec=sh\n", "shortcut", False,
     "shortcut"),
    ("doc.lnk", b"L\x00\x00\x00\x01\x14\x02\x00" + bytes(68), "shortcut", False, "shortcut"),
    ("site.url", b"[InternetShortcut]\r\nURL=file:///C:/Windows\r\n", "shortcut", False,
     "shortcut"),
    ("AUTORUN.INF", b"[AutoRun]\r\nopen=setup.exe\r\n", "script", False, "autorun"),
    ("notes.txt", b"; hidden\r\n[autorun]\r\nopen=x.exe\r\n", "script", False, "autorun"),
    # markup
    ("page.html", b"<!DOCTYPE html><html><body>hi</body></html>", "html", False, "html"),
    ("page.txt", b"\xef\xbb\xbf \n\t<HTML><p>hi</p></HTML>", "html", False, "html"),
    ("x", b"<!-- c --><script>alert(1)</script>", "html", False, "html"),
    ("near", b"Hello!\n<body onload='x()'>", "html", False, "html"),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', "svg", False, "svg"),
    ("logo", b'<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg/>', "svg", False, "svg"),
    # archives
    ("files.zip", zipped(("a.txt", "a"), ("b.txt", "b")), "archive", False, "archive"),
    ("unordered.odt", zipped(("content.xml", "x"), ("mimetype", "application/"
     "vnd.oasis.opendocument.text")), "archive", False, "archive"),
    ("broken.zip", b"PK\x03\x04" + b"\x14\x00garbage" * 10, "unknown", False, "unknown_type"),
    ("a.gz", gzip.compress(b"hello"), "archive", False, "archive"),
    ("a.bz2", bz2.compress(b"hello"), "archive", False, "archive"),
    ("a.xz", lzma.compress(b"hello"), "archive", False, "archive"),
    ("a.tar", tarred(), "archive", False, "archive"),
    ("a.rar", b"Rar!\x1a\x07\x01\x00" + bytes(32), "archive", False, "archive"),
    ("a.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(32), "archive", False, "archive"),
    ("a.cab", b"MSCF\x00\x00\x00\x00" + bytes(32), "archive", False, "archive"),
    # documents we cannot safely open
    ("macro.docx", ooxml("word", "<Types/>", ("word/vbaProject.bin", b"\xd0\xcf")), "docx", False,
     "macro_document"),
    ("macro.docx", ooxml("word", MACRO_TYPES), "docx", False, "macro_document"),
    ("macro.docx", ooxml("word", VBA_TYPES, ("word/innocent.dat", b"\xd0\xcf")), "docx", False,
     "macro_document"),
    ("macro.odt", odf("text", ("Basic/Standard/Module1.xml", b"<x/>")), "odt", False,
     "macro_document"),
    ("secret.odt", odf("text", manifest=ENCRYPTED_MANIFEST), "odt", False, "encrypted_document"),
    ("drawing.odg", odf("graphics"), "unknown", False, "unknown_type"),
    ("secret.pdf", PDF.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt 2 0 R"), "pdf", False,
     "encrypted_document"),
    ("secret.docx", OLE + "EncryptedPackage".encode("utf-16-le") + bytes(64), "legacy_office",
     False, "encrypted_document"),
    ("old.doc", OLE + "WordDocument".encode("utf-16-le"), "legacy_office", False, "unknown_type"),
    # nothing we know
    ("empty.txt", b"", "empty", False, "empty"),
    ("noise.bin", bytes(range(256)) * 4, "unknown", False, "unknown_type"),
    ("unicode.txt", FRENCH.encode("utf-16"), "unknown", False, "unknown_type"),
    ("terminal.txt", b"plain start then \x1b[31mred\x1b[0m", "unknown", False, "unknown_type"),
    # a name that disagrees with the content
    ("x.jpg", PDF, "pdf", False, "name_mismatch"),
    ("facture.pdf.exe", PDF, "pdf", False, "name_mismatch"),
    ("facture\u202efdp.exe", PDF, "pdf", False, "name_mismatch"),
    ("facture.exe. . ", PDF, "pdf", False, "name_mismatch"),
    ("journal.log", b"all good\n", "text", False, "name_mismatch"),
    ("photo.png", JPEG, "jpeg", False, "name_mismatch"),
    ("cv.odt", ooxml("word"), "docx", False, "name_mismatch"),
]


def write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "download-0001.part"  # the stored name says nothing; the content decides
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(("name", "content", "kind", "allowed", "reason"), CASES,
                         ids=[f"{c[0]}-{c[2]}-{c[4]}" for c in CASES])
def test_content_decides_and_the_name_must_agree(
    tmp_path: Path, name: str, content: bytes, kind: str, allowed: bool, reason: str | None
) -> None:
    verdict = sniff(write(tmp_path, content), name)
    assert (verdict.kind, verdict.allowed, verdict.reason) == (kind, allowed, reason)


@pytest.mark.parametrize(("content", "mime", "extension"), [
    (PDF, "application/pdf", ".pdf"),
    (PNG, "image/png", ".png"),
    (JPEG, "image/jpeg", ".jpg"),
    (FRENCH.encode(), "text/plain", ".txt"),
    (odf("spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet", ".ods"),
    (ooxml("word"),
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
])
def test_a_name_without_extension_is_accepted_and_given_the_canonical_one(
    tmp_path: Path, content: bytes, mime: str, extension: str
) -> None:
    verdict = sniff(write(tmp_path, content), "document")
    assert verdict == TypeVerdict(verdict.kind, mime, True, None, extension)


def test_refusals_describe_what_the_file_looks_like(tmp_path: Path) -> None:
    assert sniff(write(tmp_path, b"<html>"), "a").mime == "text/html"
    assert sniff(write(tmp_path, gzip.compress(b"x")), "a.gz").mime == "application/gzip"
    unknown = sniff(write(tmp_path, bytes(range(256))), "a")
    assert (unknown.mime, unknown.extension) == ("application/octet-stream", "")


def test_a_file_over_the_cap_is_too_large_and_one_at_the_cap_is_not(tmp_path: Path) -> None:
    path = write(tmp_path, PDF + b"%" * 1000)
    size = path.stat().st_size
    assert sniff(path, "scan.pdf", max_bytes=size).allowed
    verdict = sniff(path, "scan.pdf", max_bytes=size - 1)
    assert (verdict.kind, verdict.allowed, verdict.reason) == ("pdf", False, "too_large")
    # a program stays refused as a program, whatever its size
    assert sniff(write(tmp_path, b"MZ" + bytes(99)), "a.exe", max_bytes=10).reason == "executable"


def test_encryption_is_found_in_the_trailer_of_a_big_pdf_and_across_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sniff_module, "SCAN_CAP", 4096)
    monkeypatch.setattr(sniff_module, "TAIL_SIZE", 1024)
    monkeypatch.setattr(sniff_module, "CHUNK", 100)
    filler = b"%" * 10_000
    in_trailer = write(tmp_path, PDF + filler + b"trailer <</Encrypt 9 0 R>>\n%%EOF\n")
    assert sniff(in_trailer, "a.pdf").reason == "encrypted_document"
    straddling = write(tmp_path, PDF[:96] + b"/Encrypt" + filler)  # bytes 96..104: two chunks
    assert sniff(straddling, "a.pdf").reason == "encrypted_document"
    in_the_middle = write(tmp_path, PDF + b"%" * 5000 + b"/Encrypt" + filler)  # never read
    assert sniff(in_the_middle, "a.pdf").allowed


def test_text_longer_than_the_head_cut_inside_a_character_is_still_text(tmp_path: Path) -> None:
    content = ("a" + "é" * 40_000).encode()  # byte 65536 falls inside an "é"
    assert sniff(write(tmp_path, content), "long.txt").allowed


def test_a_symbolic_link_is_refused_without_following_it(tmp_path: Path) -> None:
    target = write(tmp_path, PDF)
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    verdict = sniff(link, "link.pdf")
    assert (verdict.kind, verdict.allowed, verdict.reason) == ("shortcut", False, "shortcut")


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    verdict = sniff(fifo, "pipe.txt")
    assert (verdict.allowed, verdict.reason) == (False, "unknown_type")


def test_a_missing_file_is_an_error_not_a_verdict(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        sniff(tmp_path / "gone.pdf", "gone.pdf")


def test_an_inflated_manifest_is_refused_without_inflating_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sniff_module, "MEMBER_CAP", 1024)
    huge = "<Types>" + " " * 5_000_000 + "macroEnabled</Types>"  # the marker lies past the cap
    verdict = sniff(write(tmp_path, ooxml("word", huge)), "a.docx")
    assert (verdict.allowed, verdict.reason) == (False, "unknown_type")
