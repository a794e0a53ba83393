"""What the kiosk accepts from the sandboxed stick worker (`list_worker`): every line checked.

The worker parsed a hostile stick, so it may be anything by now. A line is one JSON object of
known keys and types; names are non-empty strings of bounded length without "/" or NUL and
never "." or ".."; verdicts, reasons and kinds are the codes `stick` and `sniff` give; a ready
file has an accepted kind, its MIME type and a size within the cap; a folder's entries come
after the folder itself, no more entries come than the caps allow, and none after a cap that
stops the walk. Anything else is `Malformed`, and the kiosk refuses the stick as unreadable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.documents.sniff import ALLOWED, KINDS
from kiosk.documents.stick import (
    CAP_CODES,
    REASON_CODES,
    VERDICTS,
    Caps,
    Entry,
    Listing,
    Verdict,
    shown_name,
)

MB = 1024 * 1024
MAX_LINE = 256 * 1024  # 32 names of 1024 characters, each escaped to six bytes, and the rest
MAX_OUTPUT = 64 * MB  # all the lines of one listing
MAX_NAME = 1024  # characters of one name (FAT's long names stop at 255, ext4's at 255 bytes)
MAX_SIZE = 1 << 62
ERROR_CODES = frozenset(("unreadable", "not_a_stick", "too_large"))
_ENTRY_KEYS = frozenset(("t", "path", "folder", "size", "verdict", "reason", "kind", "mime"))
_FILE_KEYS = frozenset(("t", "size", "verdict", "reason", "kind", "mime"))
_END_KEYS = frozenset(("t", "count"))
_ERROR_KEYS = frozenset(("t", "code"))
_FOLDER_REASONS = frozenset(("unreadable", "too_deep", "too_many", "timeout"))
_STOPS = frozenset(("too_many", "timeout"))
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}",
                   re.IGNORECASE)
PROGRESS_EVERY = 64

Progress = Callable[[int], None]


class Malformed(Exception):
    """A line, or the sequence of lines, that the worker should never have written."""


@dataclass(frozen=True)
class FileVerdict:
    """The worker's word on one file it extracted or checked."""

    size: int
    verdict: Verdict
    reason: str | None
    kind: str | None
    mime: str | None


def decode_line(line: bytes) -> dict[str, Any]:
    """One JSON object with a string "t"; raises Malformed."""
    if len(line) > MAX_LINE:
        raise Malformed("line too long")
    try:
        record = _DECODER.decode(line.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        raise Malformed("not JSON") from None
    if not isinstance(record, dict) or not isinstance(record.get("t"), str):
        raise Malformed("not a record")
    return record


def _no_constant(name: str) -> None:
    raise ValueError(name)  # NaN and Infinity are not JSON


_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def _keys(record: dict[str, Any], keys: frozenset[str]) -> None:
    if set(record) != keys:
        raise Malformed("keys")


def _code(value: object, known: frozenset[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in known:
        raise Malformed("code")
    return value


def _name(value: object) -> str:
    if (not isinstance(value, str) or not 0 < len(value) <= MAX_NAME or "/" in value
            or "\0" in value or value in (".", "..")):
        raise Malformed("name")
    return value


def _verdict(record: dict[str, Any], folder: bool, caps: Caps) -> FileVerdict:
    """The verdict fields of an entry or a file, each checked and checked against the others."""
    verdict = _code(record["verdict"], VERDICTS)
    reason = _code(record["reason"], REASON_CODES)
    kind = _code(record["kind"], KINDS)
    mime, size = record["mime"], record["size"]
    if mime is not None and (not isinstance(mime, str) or not _MIME.fullmatch(mime)):
        raise Malformed("mime")
    if type(size) is not int or not 0 <= size <= MAX_SIZE:
        raise Malformed("size")
    if verdict is None or (verdict == "refused") != (reason is not None):
        raise Malformed("verdict")
    if folder:
        if size or kind is not None or mime is not None or reason not in _FOLDER_REASONS | {None}:
            raise Malformed("folder")
    elif verdict == "ready":
        if kind not in ALLOWED or mime != ALLOWED[kind][0] or not 0 < size <= caps.file_size:
            raise Malformed("ready file")
    elif reason == "too_deep" or (verdict == "hidden" and (kind, mime) != (None, None)):
        raise Malformed("file")
    return FileVerdict(size, verdict, reason, kind, mime)  # type: ignore[arg-type]


def parse_entry(record: dict[str, Any], caps: Caps) -> Entry:
    """An "entry" record as the `Entry` the walk made inside; raises Malformed."""
    _keys(record, _ENTRY_KEYS)
    path, folder = record["path"], record["folder"]
    if not isinstance(path, list) or not 0 < len(path) <= caps.depth:
        raise Malformed("path")
    names = tuple(_name(part) for part in path)
    if type(folder) is not bool:
        raise Malformed("folder")
    found = _verdict(record, folder, caps)
    return Entry(names, shown_name(names[-1]), found.size, folder, found.verdict, found.reason,
                 found.kind, found.mime)


def parse_file(record: dict[str, Any], caps: Caps) -> FileVerdict:
    """A "file" record: the verdict on a file extracted or checked; raises Malformed."""
    _keys(record, _FILE_KEYS)
    return _verdict(record, False, caps)


def parse_error(record: dict[str, Any]) -> str:
    """The code of an "error" record; raises Malformed."""
    _keys(record, _ERROR_KEYS)
    code = _code(record["code"], ERROR_CODES)
    if code is None:
        raise Malformed("code")
    return code


class ListingParser:
    """Builds a `Listing` from the worker's stdout as it comes (`feed`); raises Malformed."""

    def __init__(self, caps: Caps, progress: Progress | None = None) -> None:
        self.caps = caps
        self.entries: list[Entry] = []
        self.error: str | None = None
        self._progress = progress
        self._buffer = bytearray()
        self._total = 0
        self._ended = False
        self._stopped = False
        self._folders: set[tuple[str, ...]] = set()  # ready folders: their entries may follow

    def feed(self, chunk: bytes) -> None:
        self._total += len(chunk)
        if self._total > MAX_OUTPUT:
            raise Malformed("too much output")
        self._buffer += chunk
        start = 0
        while (end := self._buffer.find(b"\n", start)) >= 0:
            self._line(bytes(self._buffer[start:end]))
            start = end + 1
        del self._buffer[:start]
        if len(self._buffer) > MAX_LINE:
            raise Malformed("line too long")

    def _line(self, line: bytes) -> None:
        if self._ended or self.error is not None:
            raise Malformed("a line after the last")
        record = decode_line(line)
        kind = record["t"]
        if kind == "entry":
            self._add(parse_entry(record, self.caps))
        elif kind == "end":
            _keys(record, _END_KEYS)
            if type(record["count"]) is not int or record["count"] != len(self.entries):
                raise Malformed("count")
            self._ended = True
        elif kind == "error":
            self.error = parse_error(record)
        else:
            raise Malformed("record type")

    def _add(self, entry: Entry) -> None:
        if self._stopped or len(self.entries) > self.caps.entries:
            raise Malformed("more entries than the caps allow")
        parent = entry.path[:-1]
        if parent and parent not in self._folders:
            raise Malformed("an entry outside the folders listed")
        if entry.is_dir and entry.verdict == "ready":
            self._folders.add(entry.path)
        if entry.reason in _STOPS:
            self._stopped = True
        self.entries.append(entry)
        if self._progress is not None and len(self.entries) % PROGRESS_EVERY == 0:
            self._progress(len(self.entries))

    def listing(self, cancelled: bool = False) -> Listing:
        """What was read: all of it (ended, nothing left over), or what came before a cancel."""
        if not cancelled and (not self._ended or self._buffer):
            raise Malformed("the listing did not end")
        if self._progress is not None:
            self._progress(len(self.entries))
        limits: list[str] = []
        for entry in self.entries:
            if entry.reason in CAP_CODES and entry.reason not in limits:
                limits.append(entry.reason)
        return Listing(tuple(self.entries), tuple(limits), cancelled, self.caps)
