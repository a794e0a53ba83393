"""« Tout récupérer »: the ZIP, its manifests and names, damage detection, the age wrapping."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import threading
import tracemalloc
import unicodedata
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest

from kiosk.vault.age import CHUNK_SIZE, AgeError, AgeWriter, decrypt
from kiosk.vault.export import ExportError, ExportItem, export_all, extension_for

PASSPHRASE = "cactus-brioche-marée-lundi"
FAST = 10  # scrypt work factor for tests: age's default (18) costs ~0.6 s and 256 MiB each
ADDED = datetime(2024, 5, 2, 9, 30, tzinfo=UTC)


def item(title: str, data: bytes, *, category: str = "Identité", original: str = "scan.pdf",
         mime: str = "application/pdf", expires: date | None = None) -> ExportItem:
    return ExportItem(category, title, original, mime, ADDED, expires,
                      hashlib.sha256(data).hexdigest())


def doc(title: str, data: bytes, **kwargs: Any) -> tuple[ExportItem, list[bytes]]:
    return item(title, data, **kwargs), [data[:3], data[3:]]


class WriteOnly:
    """A destination with nothing but write(): no seek, no tell, no flush."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> int:
        self.data += data
        return len(data)


def test_the_manifests_list_every_document_with_its_metadata() -> None:
    passport = b"%PDF-1.7 passport"
    payslip = b"\xff\xd8\xff payslip"
    dst = io.BytesIO()
    summary = export_all([
        doc("Passeport", passport, expires=date(2031, 3, 1)),
        doc("Fiche de paie mars", payslip, category="Emploi", original="IMG_0042.JPG",
            mime="image/jpeg"),
    ], dst)

    archive = zipfile.ZipFile(io.BytesIO(dst.getvalue()))
    assert archive.testzip() is None
    assert archive.namelist() == ["Identité/Passeport.pdf", "Emploi/Fiche de paie mars.jpg",
                                  "manifest.json", "manifest.csv"]
    assert archive.read("Identité/Passeport.pdf") == passport
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest[0] == {
        "file": "Identité/Passeport.pdf", "category": "Identité", "title": "Passeport",
        "original_name": "scan.pdf", "mime": "application/pdf", "size": len(passport),
        "added_at": "2024-05-02T09:30:00+00:00", "expires_on": "2031-03-01",
        "sha256": hashlib.sha256(passport).hexdigest(),
    }
    assert manifest[1]["file"] == "Emploi/Fiche de paie mars.jpg"
    assert manifest[1]["expires_on"] is None

    raw_csv = archive.read("manifest.csv")
    assert raw_csv.startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheets then read UTF-8 accents
    rows = list(csv.DictReader(io.StringIO(raw_csv.decode("utf-8-sig")), delimiter=";"))
    assert [row["file"] for row in rows] == [entry["file"] for entry in manifest]
    assert rows[0]["category"] == "Identité" and rows[0]["expires_on"] == "2031-03-01"
    assert rows[1]["sha256"] == hashlib.sha256(payslip).hexdigest()

    assert summary.documents == 2 and summary.by_category == {"Identité": 1, "Emploi": 1}
    assert summary.document_bytes == len(passport) + len(payslip)
    assert summary.zip_bytes == summary.written_bytes == len(dst.getvalue())
    assert not summary.encrypted


def test_compressed_types_are_stored_and_the_rest_deflated() -> None:
    dst = io.BytesIO()
    export_all([doc("Attestation", b"%PDF" * 100), doc("Note", b"texte " * 100,
                                                           mime="text/plain", original="n.txt")],
               dst)
    infos = {i.filename: i for i in zipfile.ZipFile(io.BytesIO(dst.getvalue())).infolist()}
    assert infos["Identité/Attestation.pdf"].compress_type == zipfile.ZIP_STORED
    assert infos["Identité/Note.txt"].compress_type == zipfile.ZIP_DEFLATED
    assert infos["manifest.json"].compress_type == zipfile.ZIP_DEFLATED
    assert infos["Identité/Attestation.pdf"].date_time[:3] == (2024, 5, 2)


def test_names_are_sanitised_unique_and_keep_a_fitting_extension() -> None:
    titles = ["../../etc/passwd", "Facture\u202efdp.exe", "Bail\x00\x1b[31m 2024", "CON",
              "passeport", "Passeport", "PASSEPORT.pdf", "", " .. ", "é" * 300,
              "Relevé 01/2024: CAF*?", "e\u0301cole"]
    documents = [doc(title, f"contenu {n}".encode()) for n, title in enumerate(titles)]
    documents.append(doc("Impôts", b"x", category="../Impôts\u200f", original="avis.ODT",
                         mime="application/vnd.oasis.opendocument.text"))
    dst = io.BytesIO()
    export_all(documents, dst)
    names = zipfile.ZipFile(io.BytesIO(dst.getvalue())).namelist()[:-2]

    assert len({name.casefold() for name in names}) == len(names) == len(titles) + 1
    for name in names:
        folder, _, file = name.partition("/")
        for part in (folder, file):
            assert part and part == part.strip(" .") and "/" not in part and "\\" not in part
            assert not any(unicodedata.category(char).startswith("C") for char in part)
            assert not set('*?"<>|:') & set(part)
            assert len(part.encode()) <= 124  # the stem's 120 bytes plus the extension
            assert unicodedata.is_normalized("NFC", part)
    assert names[0] == "Identité/etc-passwd.pdf"
    assert names[1] == "Identité/Facturefdp.exe.pdf"  # the bidi override is gone
    assert names[2] == "Identité/Bail[31m 2024.pdf"
    assert names[3] == "Identité/_CON.pdf"
    assert names[4:7] == ["Identité/passeport.pdf", "Identité/Passeport (2).pdf",
                          "Identité/PASSEPORT (3).pdf"]
    assert names[7:9] == ["Identité/document.pdf", "Identité/document (2).pdf"]
    assert names[10] == "Identité/Relevé 01-2024- CAF.pdf"
    assert names[11] == "Identité/école.pdf"
    assert names[12] == "Impôts/Impôts.odt"


def test_the_extension_follows_the_content_type_when_the_original_disagrees() -> None:
    assert extension_for("scan.PDF", "application/pdf") == ".pdf"
    assert extension_for("photo.jpeg", "image/jpeg") == ".jpeg"
    assert extension_for("virus.exe", "application/pdf") == ".pdf"
    assert extension_for("sans extension", "image/png") == ".png"
    assert extension_for("C:\\Users\\x\\lettre.txt", "text/plain; charset=utf-8") == ".txt"
    assert extension_for("tableau.ods", "application/octet-stream") == ".ods"
    assert extension_for("inconnu", "application/x-unknown") == ""


def test_a_damaged_document_stops_the_export_and_leaves_no_readable_archive() -> None:
    good, bad = b"%PDF good", b"%PDF bad"
    damaged = (item("Deux", b"%PDF what the index promised"), [bad])
    dst = io.BytesIO()
    with pytest.raises(ExportError) as caught:
        export_all([doc("Un", good), damaged, doc("Trois", good)], dst)
    assert caught.value.code == "damaged" and caught.value.position == 1
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(io.BytesIO(dst.getvalue()))


def test_a_damaged_document_leaves_an_age_file_without_its_final_chunk() -> None:
    damaged = (item("Deux", b"expected"), [b"something else"])
    dst = io.BytesIO()
    with pytest.raises(ExportError, match="damaged"):
        export_all([doc("Un", b"%PDF" * 50_000), damaged], dst, PASSPHRASE, work_factor=FAST)
    with pytest.raises(AgeError) as caught:
        decrypt(io.BytesIO(dst.getvalue()), PASSPHRASE)
    assert caught.value.code == "truncated"


def test_an_encrypted_export_decrypts_to_the_zip() -> None:
    passport = os.urandom(3 * CHUNK_SIZE + 5)
    dst = io.BytesIO()
    summary = export_all([doc("Passeport", passport)], dst, PASSPHRASE, work_factor=FAST)

    blob = dst.getvalue()
    assert blob.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert passport[:64] not in blob and b"manifest" not in blob
    plain = decrypt(io.BytesIO(blob), PASSPHRASE)
    assert summary.encrypted and summary.written_bytes == len(blob)
    assert summary.zip_bytes == len(plain)
    assert zipfile.ZipFile(io.BytesIO(plain)).read("Identité/Passeport.pdf") == passport
    with pytest.raises(AgeError, match="wrong_passphrase"):
        decrypt(io.BytesIO(blob), PASSPHRASE.upper())


def test_an_empty_passphrase_is_refused() -> None:
    with pytest.raises(ExportError, match="empty_passphrase"):
        export_all([], io.BytesIO(), "")


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1,
                                  2 * CHUNK_SIZE])
def test_age_round_trips_at_the_chunk_boundaries(size: int) -> None:
    data = os.urandom(size)
    dst = io.BytesIO()
    with AgeWriter(dst, PASSPHRASE, work_factor=FAST) as writer:
        for start in range(0, size, 1000):
            writer.write(data[start:start + 1000])
    blob = dst.getvalue()
    chunks = max(1, -(-size // CHUNK_SIZE))
    header_end = blob.index(b"\n---") + len(b"\n--- ") + 43 + 1
    assert len(blob) == header_end + 16 + size + 16 * chunks
    assert decrypt(io.BytesIO(blob), PASSPHRASE) == data


def test_the_age_header_follows_the_specification() -> None:
    dst = io.BytesIO()
    AgeWriter(dst, PASSPHRASE, work_factor=FAST).close()
    lines = dst.getvalue().split(b"\n")
    assert lines[0] == b"age-encryption.org/v1"
    assert re.fullmatch(rb"-> scrypt [A-Za-z0-9+/]{22} 10", lines[1])
    assert re.fullmatch(rb"[A-Za-z0-9+/]{43}", lines[2])  # 32-byte body, one short line
    assert re.fullmatch(rb"--- [A-Za-z0-9+/]{43}", lines[3])


def test_age_detects_tampering_truncation_and_a_too_costly_work_factor() -> None:
    dst = io.BytesIO()
    with AgeWriter(dst, PASSPHRASE, work_factor=FAST) as writer:
        writer.write(os.urandom(2 * CHUNK_SIZE + 10))
    blob = dst.getvalue()
    flipped = bytearray(blob)
    flipped[len(blob) - CHUNK_SIZE] ^= 1
    mac_at = blob.index(b"\n--- ") + len(b"\n--- ")
    other_mac = blob[:mac_at] + (b"B" if blob[mac_at:mac_at + 1] == b"A" else b"A")
    cases = {
        "damaged": bytes(flipped),
        "truncated": blob[: len(blob) - 26],  # the final 10-byte chunk and its tag are gone
        "header_mac": other_mac + blob[mac_at + 1:],
    }
    for code, data in cases.items():
        with pytest.raises(AgeError) as caught:
            decrypt(io.BytesIO(data), PASSPHRASE)
        assert caught.value.code == code
    with pytest.raises(AgeError, match="work_factor_too_high"):
        decrypt(io.BytesIO(blob), PASSPHRASE, max_work_factor=FAST - 1)


class HashingSink:
    """A non-seekable destination that keeps only a digest of what it receives."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def _fresh_chunks(seed: bytes, count: int) -> Iterator[bytes]:
    """`count` different 64 KiB chunks, each made only when asked for, as a store reads them."""
    for index in range(count):
        yield hashlib.shake_256(seed + index.to_bytes(4, "big")).digest(CHUNK_SIZE)


def test_a_64_mib_document_streams_in_bounded_memory() -> None:
    count = 64 * 1024 * 1024 // CHUNK_SIZE
    digest = hashlib.sha256()
    for chunk in _fresh_chunks(b"irm", count):
        digest.update(chunk)
    big = ExportItem("Santé", "Imagerie", "irm.pdf", "application/pdf", ADDED, None,
                     digest.hexdigest())
    note = b"compte rendu " * 50_000  # 650 kB, deflated
    note_chunks = (note[i:i + CHUNK_SIZE] for i in range(0, len(note), CHUNK_SIZE))
    sink = HashingSink()
    tracemalloc.start()
    try:
        summary = export_all(
            [(big, _fresh_chunks(b"irm", count)),
             (item("Compte rendu", note, mime="text/plain"), note_chunks)],
            sink, PASSPHRASE, work_factor=FAST)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.document_bytes == 64 * 1024 * 1024 + len(note)
    assert sink.size == summary.written_bytes > summary.zip_bytes > 64 * 1024 * 1024
    assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"


def test_a_pipe_is_a_fine_destination() -> None:
    read_end, write_end = os.pipe()
    received = bytearray()

    def drain() -> None:
        with open(read_end, "rb") as pipe:
            while block := pipe.read(65536):
                received.extend(block)

    reader = threading.Thread(target=drain)
    reader.start()
    with open(write_end, "wb", buffering=0) as pipe:
        with pytest.raises(OSError):
            pipe.seek(0)
        export_all([doc("Passeport", b"%PDF" * 40_000), doc("Note", b"abc", mime="text/plain")],
                   pipe)
    reader.join(timeout=10)
    archive = zipfile.ZipFile(io.BytesIO(bytes(received)))
    assert archive.testzip() is None
    assert archive.read("Identité/Passeport.pdf") == b"%PDF" * 40_000


def test_a_write_only_destination_gets_a_valid_encrypted_zip() -> None:
    dst = WriteOnly()
    export_all([doc("Passeport", b"%PDF" * 40_000)], dst, PASSPHRASE, work_factor=FAST)
    plain = decrypt(io.BytesIO(bytes(dst.data)), PASSPHRASE)
    assert zipfile.ZipFile(io.BytesIO(plain)).testzip() is None


def test_a_full_stick_is_reported_as_no_space() -> None:
    class FullStick:
        def write(self, data: bytes) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(ExportError) as caught:
        export_all([doc("Passeport", b"%PDF")], FullStick())
    assert caught.value.code == "no_space"
