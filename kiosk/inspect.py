"""`kiosk inspect PATH [--json]`: the stick pipeline run on a folder or a FAT image, for IT
volunteers and tests.

Each file gets the verdict the kiosk would give it: listed and classified by content inside
the sandbox (`kiosk.sandbox.stick_reader`, as the kiosk does), then, for every "ready" file
(PDF, image, text, office document), copied to a temporary folder, checked and rebuilt in the
sandbox as it would be once chosen: an office document is "refused" (office_unsupported) on a
machine without LibreOffice, as the kiosk would refuse it. A rebuild that fails turns the
verdict into "refused" with the sandbox's code; one that succeeds on a file whose bytes held
active content (JavaScript, actions, attachments, an appended archive: a bounded byte scan of
the copy, nothing parsed) reports "active_content_removed".
Without a working sandbox nothing is read, as in the kiosk. Notes go to stderr with --json, so
stdout stays one JSON array. The folder or image is only ever read.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.documents.sniff import SCAN_CAP, TAIL_SIZE
from kiosk.documents.stick import Entry, StickError
from kiosk.sandbox.stick_reader import StickReader

# PDF names that run something, open something or carry a file (PDF 2.0's /AF included)
ACTIVE_NAMES = frozenset((
    b"JavaScript", b"JS", b"OpenAction", b"AA", b"Launch", b"EmbeddedFiles", b"EmbeddedFile",
    b"AF", b"RichMedia", b"XFA", b"SubmitForm", b"ImportData", b"GoToR", b"GoToE", b"Sound",
    b"Movie",
))
_NAME = re.compile(rb"/([^\x00\t\n\f\r /<>\[\]()%{}]{1,127})")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"stream\r?\n")
STREAM_OUTPUT_CAP = 1024 * 1024  # inflated bytes looked at per stream…
INFLATE_CAP = 16 * 1024 * 1024  # …and in all
ARCHIVE_END = b"PK\x05\x06"  # a zip's end record: an archive glued to a document
Out = Callable[[str], None]


def _names_in(data: bytes) -> set[bytes]:
    return {_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), m[1]) for m in _NAME.finditer(data)}


def active_content(path: Path) -> bool:
    """Whether the file's first SCAN_CAP and last TAIL_SIZE bytes, and the deflated streams
    that start there (inflated up to a cap), name active PDF content or end in a zip."""
    with path.open("rb") as file:
        head = file.read(SCAN_CAP)
        file.seek(0, 2)
        size = file.tell()
        file.seek(max(len(head), size - TAIL_SIZE))
        tail = file.read(TAIL_SIZE)
    if ARCHIVE_END in (head + tail)[-(64 * 1024 + 22):]:
        return True
    if not head.startswith(b"%PDF") and b"%PDF-" not in head[:1024]:
        return False
    if _names_in(head) & ACTIVE_NAMES or _names_in(tail) & ACTIVE_NAMES:
        return True
    budget = INFLATE_CAP
    for match in _STREAM.finditer(head):
        if budget <= 0:
            break
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(head[match.end():match.end() + STREAM_OUTPUT_CAP],
                                       STREAM_OUTPUT_CAP)
        except zlib.error:
            continue
        budget -= len(data)
        if _names_in(data) & ACTIVE_NAMES:
            return True
    return False


def _rebuilt_verdict(reader: StickReader, source: Path, entry: Entry,
                     work: Path) -> tuple[str, str | None]:
    """The verdict once `entry` is copied, checked and rebuilt in the sandbox."""
    from kiosk.sandbox.rebuild import RebuildRefused, rebuild

    folder = Path(tempfile.mkdtemp(dir=work))
    try:
        copy = reader.copy_out(source, entry, folder / "original").path
        active = active_content(copy)
        out = folder / "out"
        out.mkdir()
        rebuild(copy, entry.kind or "", out)
        return "ready", "active_content_removed" if active else None
    except StickError as error:
        return "refused", error.code
    except RebuildRefused as refused:
        return "refused", refused.code
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def inspect_rows(path: Path, reader: StickReader | None = None
                 ) -> tuple[list[dict[str, Any]], list[str]]:
    """One row per file (and per folder with a verdict of its own), and notes.

    Raises StickError: unreadable (an image that cannot be read), sandbox_unavailable;
    ValueError when `path` is neither a folder nor a FAT image.
    """
    reader = reader or StickReader()
    try:
        listing = reader.listing(path)
    except StickError as error:
        if error.code == "not_a_stick":
            raise ValueError("not a folder or a FAT image") from None
        raise
    notes = [f"limit reached: {code}" for code in listing.limits]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kiosk-inspect-") as tmp:
        for entry in listing.entries:
            if entry.is_dir and entry.verdict == "ready":
                continue  # a folder one can open: nothing to say about it
            verdict: str = entry.verdict
            reason = entry.reason
            if verdict == "ready":
                verdict, reason = _rebuilt_verdict(reader, path, entry, Path(tmp))
            rows.append({"path": entry.display_path, "verdict": verdict, "reason": reason,
                         "kind": entry.kind, "mime": entry.mime, "size": entry.size,
                         "folder": entry.is_dir})
    return rows, notes


def _size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def _table(rows: list[dict[str, Any]], notes: list[str], out: Out) -> None:
    lines = [("VERDICT", "REASON", "SIZE", "PATH")]
    lines += [(r["verdict"], r["reason"] or "-", "folder" if r["folder"] else _size(r["size"]),
               r["path"] + ("/" if r["folder"] else "")) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    for line in lines:
        out("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False))
            + "  " + line[3])
    counts = Counter(r["verdict"] for r in rows)
    out(f"{len(rows)} entries: " + ", ".join(f"{counts[v]} {v}" for v in
                                            ("ready", "refused", "hidden")))
    for note in notes:
        out(f"note: {note}")


def run_inspect(path: Path, as_json: bool, out: Out = print,
                reader: StickReader | None = None) -> int:
    """Print every file's verdict (one JSON array with `as_json`); 0, else 1 for an unreadable
    image or a sandbox that does not work, and 2 for a path that is neither a folder nor a FAT
    image."""
    reader = reader or StickReader()
    try:
        rows, notes = inspect_rows(path, reader)
    except ValueError:
        print(f"kiosk inspect: {path}: not a folder or a FAT image", file=sys.stderr)
        return 2
    except StickError as error:
        if error.code == "sandbox_unavailable":
            from kiosk.sandbox.bwrap import describe

            print(f"kiosk inspect: {path}: not read: {describe(reader.box.probe())}",
                  file=sys.stderr)
        else:
            print(f"kiosk inspect: {path}: cannot be read ({error.code})", file=sys.stderr)
        return 1
    if as_json:
        out(json.dumps(rows, ensure_ascii=False))
        for note in notes:
            print(f"kiosk inspect: note: {note}", file=sys.stderr)
    else:
        _table(rows, notes, out)
    return 0
