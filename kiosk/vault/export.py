"""« Tout récupérer »: every document of a safe as one ZIP with a manifest, streamed.

The ZIP holds one folder per category, each document under a name made from its title, plus
`manifest.json` and `manifest.csv` (décret 2018-853: one request, an open structured format,
complete and intact). With a passphrase the ZIP is wrapped as a standard age v1 file. Nothing
is seeked and at most one chunk per stage is held, so a USB stick or a pipe will do as the
destination and memory stays flat whatever the sizes. Each document's SHA-256 is recomputed on
the way through.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import hmac
import io
import json
import logging
import mimetypes
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.vault.age import DEFAULT_WORK_FACTOR, AgeWriter, ByteSink, write_all

log = logging.getLogger(__name__)

MANIFEST_FIELDS = ("file", "category", "title", "original_name", "mime", "size", "added_at",
                   "expires_on", "sha256")
# Already compressed: deflating them again costs time and gains nothing.
STORED_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/gif",
                          "image/webp", "image/heic", "image/heif", "application/zip"})
PREFERRED_EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png",
                        "image/tiff": ".tif", "text/plain": ".txt"}
NAME_BYTES = 120  # a name's UTF-8 length, well under the 255-byte limit of common file systems
_DASHED = frozenset("/\\:")
_DROPPED = frozenset('*?"<>|')
_EXTENSION = re.compile(r"[a-z0-9]{1,8}")
_WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                               *(f"LPT{i}" for i in range(1, 10))})
_CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Without ZIP64 the stream must be under 2 GiB once written; without a known size, assume not.
_ZIP64_LIMIT = (1 << 31) - 1
_MIME_TYPES = mimetypes.MimeTypes()  # Python's built-in table, not the system's


class ExportError(Exception):
    """The export stopped; `code` says why ("damaged", "no_space", "write_failed",
    "empty_passphrase") and `position` which document (0-based), when one is at fault."""

    def __init__(self, code: str, position: int | None = None) -> None:
        super().__init__(code, position)
        self.code = code
        self.position = position


@dataclass(frozen=True)
class ExportItem:
    """One document's metadata as the export needs it (the caller maps from the store)."""

    category: str
    title: str
    original_name: str
    mime: str
    added_at: datetime
    expires_on: date | None
    sha256: str  # hex digest of the plaintext
    size: int | None = None  # plaintext bytes when known; only decides whether ZIP64 is needed


@dataclass(frozen=True)
class ExportSummary:
    """What was exported: counts and bytes."""

    documents: int
    by_category: Mapping[str, int]
    document_bytes: int  # the documents' own bytes
    zip_bytes: int
    written_bytes: int  # bytes written to the destination (the age file when encrypted)
    encrypted: bool


class _Sink:
    """Counts what passes through; once aborted, drops everything so no closing record lands."""

    def __init__(self, target: ByteSink) -> None:
        self._target = target
        self.count = 0
        self._aborted = False

    def write(self, data: bytes, /) -> int:
        if self._aborted:
            return len(data)
        try:
            write_all(self._target, data)
        except OSError as exc:
            self._aborted = True
            raise ExportError("no_space" if exc.errno == errno.ENOSPC else "write_failed") from exc
        self.count += len(data)
        return len(data)

    def flush(self) -> None:
        flush = getattr(self._target, "flush", None)
        if not self._aborted and flush is not None:
            try:
                flush()
            except OSError as exc:
                self._aborted = True
                code = "no_space" if exc.errno == errno.ENOSPC else "write_failed"
                raise ExportError(code) from exc

    def close(self) -> None:
        """Leave the target open: the caller owns it."""

    def abort(self) -> None:
        self._aborted = True


def _clean(text: str) -> str:
    """`text` safe as one path component on Linux, Windows and FAT sticks: NFC, no control,
    format (bidi) or private characters, no separators or reserved characters, no leading or
    trailing dots, dashes or spaces, at most NAME_BYTES of UTF-8."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        kind = unicodedata.category(char)
        if char in _DASHED:
            kept.append("-")
        elif kind.startswith("Z") or char in "\t\n\r":
            kept.append(" ")
        elif char in _DROPPED or kind.startswith("C"):
            continue
        else:
            kept.append(char)
    name = " ".join("".join(kept).split()).strip(" .-")
    while len(name.encode("utf-8")) > NAME_BYTES:
        name = name[:-1].rstrip(" .-")
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = "_" + name
    return name


def extension_for(original_name: str, mime: str) -> str:
    """The original extension when it agrees with the content type, else the type's own."""
    mime = mime.split(";")[0].strip().lower()
    base = original_name.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    original = "." + suffix.lower() if dot and stem and _EXTENSION.fullmatch(suffix.lower()) else ""
    if original and mime in ("", "application/octet-stream"):
        return original
    if original and _MIME_TYPES.guess_type("x" + original)[0] == mime:
        return original
    return PREFERRED_EXTENSIONS.get(mime) or _MIME_TYPES.guess_extension(mime) or original


class _Names:
    """Unique entry names, compared as Windows and FAT do (ignoring case)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._folders: dict[str, str] = {}

    def folder(self, category: str) -> str:
        folder = _clean(category) or "Documents"
        return self._folders.setdefault(folder.casefold(), folder)

    def entry(self, item: ExportItem) -> str:
        folder = self.folder(item.category)
        extension = extension_for(item.original_name, item.mime)
        stem = _clean(item.title)
        if extension and stem.lower().endswith(extension) and len(stem) > len(extension):
            stem = stem[: -len(extension)].rstrip(" .")
        stem = stem or "document"
        name, number = f"{folder}/{stem}{extension}", 1
        while name.casefold() in self._taken:
            number += 1
            name = f"{folder}/{stem} ({number}){extension}"
        self._taken.add(name.casefold())
        return name


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    year = min(max(local.year, 1980), 2107)
    return (year, local.month, local.day, local.hour, local.minute, local.second)


def _entry_info(name: str, moment: datetime, mime: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, _zip_time(moment))
    stored = mime.split(";")[0].strip().lower() in STORED_TYPES
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _csv_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: formulas are quoted off (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_CSV_FORMULA_START) else text


def manifest_csv(rows: list[dict[str, Any]]) -> bytes:
    """The manifest as CSV: UTF-8 with BOM and semicolons, as French spreadsheets expect."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(MANIFEST_FIELDS)
    for row in rows:
        writer.writerow([_csv_cell(row[field]) for field in MANIFEST_FIELDS])
    return out.getvalue().encode("utf-8-sig")


def _write_document(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, chunks: Iterable[bytes], item: ExportItem,
    position: int,
) -> int:
    """Stream one document into the archive; its size. Raises ExportError("damaged")."""
    digest, size = hashlib.sha256(), 0
    zip64 = item.size is None or item.size * 1.05 > _ZIP64_LIMIT
    with archive.open(info, "w", force_zip64=zip64) as entry:
        for chunk in chunks:
            digest.update(chunk)
            entry.write(chunk)
            size += len(chunk)
    if not hmac.compare_digest(digest.hexdigest(), item.sha256.strip().lower()):
        raise ExportError("damaged", position)
    return size


def _write_archive(
    documents: Iterable[tuple[ExportItem, Iterable[bytes]]], sink: _Sink, now: datetime
) -> tuple[Counter[str], int]:
    names, rows = _Names(), []
    by_category: Counter[str] = Counter()
    total = 0
    archive = zipfile.ZipFile(sink, "w")
    for position, (item, chunks) in enumerate(documents):
        name = names.entry(item)
        size = _write_document(archive, _entry_info(name, item.added_at, item.mime), chunks,
                               item, position)
        total += size
        by_category[item.category] += 1
        rows.append({
            "file": name, "category": item.category, "title": item.title,
            "original_name": item.original_name, "mime": item.mime, "size": size,
            "added_at": item.added_at.isoformat(),
            "expires_on": item.expires_on.isoformat() if item.expires_on else None,
            "sha256": item.sha256.strip().lower(),
        })
    manifest = json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    archive.writestr(_entry_info("manifest.json", now, "application/json"), manifest)
    archive.writestr(_entry_info("manifest.csv", now, "text/csv"), manifest_csv(rows))
    archive.close()
    return by_category, total


def export_all(
    documents: Iterable[tuple[ExportItem, Iterable[bytes]]],
    dst: ByteSink,
    passphrase: str | None = None,
    *,
    work_factor: int = DEFAULT_WORK_FACTOR,
    now: datetime | None = None,
) -> ExportSummary:
    """Write every document and the manifests to `dst` as a ZIP, or as an age file of that ZIP
    when a passphrase is given; `dst` is neither seeked nor closed.

    Documents are read lazily, one at a time, in the order given; errors raised by a
    document's chunks propagate unchanged. On any error what `dst` holds is unusable (a ZIP
    without its directory, an age file without its final chunk) and the caller removes it.
    """
    if passphrase is not None and not passphrase:
        raise ExportError("empty_passphrase")
    outer = _Sink(dst)
    encryptor = AgeWriter(outer, passphrase, work_factor) if passphrase is not None else None
    inner = _Sink(encryptor) if encryptor is not None else outer
    try:
        by_category, total = _write_archive(documents, inner, now or datetime.now().astimezone())
        if encryptor is not None:
            encryptor.close()
        outer.flush()
    except BaseException:
        inner.abort()
        outer.abort()
        if encryptor is not None:
            encryptor.abort()
        raise
    summary = ExportSummary(
        documents=sum(by_category.values()), by_category=dict(by_category),
        document_bytes=total, zip_bytes=inner.count, written_bytes=outer.count,
        encrypted=encryptor is not None,
    )
    log.info("export written: %d documents, %d bytes, encrypted=%s", summary.documents,
             summary.written_bytes, summary.encrypted)
    return summary
