"""libmagic's second opinion: the real library on real files (it is required: the setup
installs it with `file`), and what happens when it disagrees with `sniff` or is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.documents import libmagic, stick
from kiosk.documents.stick import Caps, classify
from tests.corpus import PE, jpeg, ooxml, pdf

OOXML_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(
    ("kind", "mime", "agreed"),
    [
        ("pdf", "application/pdf", True),
        ("pdf", "application/x-dosexec", False),
        ("jpeg", "image/png", False),
        ("bmp", "image/x-ms-bmp", True),
        ("docx", "application/zip", True),  # parts not in the order libmagic looks for
        ("text", "text/plain", False),  # text is left to sniff: never asked of libmagic
        ("pdf", None, False),
        ("unknown", "application/pdf", False),
    ],
)
def test_what_counts_as_agreeing(kind: str, mime: str | None, agreed: bool) -> None:
    assert libmagic.agrees(kind, mime) is agreed


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (lambda: pdf(), "application/pdf"),
        (lambda: jpeg(), "image/jpeg"),
        (lambda: b"Bonjour,\nvoici ma lettre.\n", "text/plain"),
        (lambda: b"#!/bin/sh\nrm -rf ~\n", "text/x-shellscript"),
        (lambda: PE, "application/x-dosexec"),
        (lambda: ooxml(), OOXML_MIME),
    ],
)
def test_the_real_library_names_real_files(tmp_path: Path, data, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "file"
    path.write_bytes(data())
    assert libmagic.mime_of(path) == expected


def test_a_file_libmagic_disagrees_with_is_not_ready(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lettre.pdf"
    path.write_bytes(pdf())
    size = path.stat().st_size
    assert classify(path, "lettre.pdf", size, Caps())[0] == "ready"
    monkeypatch.setattr(stick.libmagic, "mime_of", lambda _path: "application/x-dosexec")
    assert classify(path, "lettre.pdf", size, Caps())[:2] == ("refused", "unknown_type")


def test_without_libmagic_nothing_is_ready(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lettre.pdf"
    path.write_bytes(pdf())

    def missing(_path: Path) -> str:
        raise libmagic.LibmagicUnavailable("libmagic.so.1")

    monkeypatch.setattr(stick.libmagic, "mime_of", missing)
    assert classify(path, "lettre.pdf", path.stat().st_size, Caps())[:2] == (
        "refused", "unreadable")
