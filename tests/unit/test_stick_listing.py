"""Listing a stick: caps reported once, names cleaned, progress and cancel, links and FIFOs
refused, and a chosen file copied without following anything."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kiosk.documents.stick import (
    Caps,
    Listing,
    StickError,
    copy_out,
    detect_source,
    list_folder,
    list_source,
    shown_name,
)
from tests.corpus import PE, TEXT, jpeg, pdf, png_bomb, pyfat_image


def write(root: Path, relative: str, data: bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def verdict(listing: Listing, *path: str) -> tuple[str, str | None]:
    [entry] = [e for e in listing.entries if e.path == path]
    return entry.verdict, entry.reason


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    root = tmp_path / "stick"
    write(root, "lettre.txt", TEXT)
    write(root, "scan.pdf", pdf())
    write(root, "photos/plage.jpg", jpeg())
    write(root, "setup.exe", PE)
    return root


def test_files_get_a_verdict_from_their_content(stick: Path) -> None:
    listing = list_folder(stick)
    assert verdict(listing, "lettre.txt") == ("ready", None)
    assert verdict(listing, "photos", "plage.jpg") == ("ready", None)
    assert verdict(listing, "setup.exe") == ("refused", "executable")
    assert [e.path for e in listing.children()] == [
        ("lettre.txt",), ("photos",), ("scan.pdf",), ("setup.exe",)]
    assert listing.children(("photos",))[0].kind == "jpeg"
    assert listing.limits == () and not listing.cancelled


def test_the_entries_cap_is_reported_once_and_stops_the_listing(tmp_path: Path) -> None:
    for index in range(10):
        write(tmp_path, f"f{index}.txt", TEXT)
    listing = list_folder(tmp_path, Caps(entries=5))
    assert len(listing.entries) == 6
    assert listing.entries[-1].path == ("f5.txt",)
    assert (listing.entries[-1].verdict, listing.entries[-1].reason) == ("refused", "too_many")
    assert listing.limits == ("too_many",)


def test_the_depth_cap_refuses_the_folder_it_reaches(tmp_path: Path) -> None:
    write(tmp_path, "a/b/c/d/deep.txt", TEXT)
    write(tmp_path, "a/b/x/y/deeper.txt", TEXT)
    listing = list_folder(tmp_path, Caps(depth=3))
    assert verdict(listing, "a", "b", "c") == ("refused", "too_deep")
    assert verdict(listing, "a", "b", "x") == ("refused", "too_deep")
    assert listing.limits == ("too_deep",)
    assert max(len(e.path) for e in listing.entries) == 3


def test_the_size_cap_loses_to_a_refusal_by_content(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", TEXT * 10)
    write(tmp_path, "big.exe", PE * 10)
    listing = list_folder(tmp_path, Caps(file_size=100))
    assert verdict(listing, "big.txt") == ("refused", "too_large")
    assert verdict(listing, "big.exe") == ("refused", "executable")


def test_the_time_budget_is_reported(stick: Path) -> None:
    listing = list_folder(stick, Caps(seconds=0))
    assert listing.limits == ("timeout",)
    assert [e.reason for e in listing.entries] == ["timeout"]


def test_the_total_of_a_selection_is_capped(stick: Path) -> None:
    listing = list_folder(stick, Caps(total_size=len(TEXT) + 10))
    text, scan = (next(e for e in listing.entries if e.path == (n,))
                  for n in ("lettre.txt", "scan.pdf"))
    assert listing.selection_refusal([text]) is None
    assert listing.selection_refusal([text, scan]) == "too_large_total"
    assert listing.selection_refusal([text], already=20) == "too_large_total"
    program = next(e for e in listing.entries if e.path == ("setup.exe",))
    assert listing.selection_refusal([program]) == "not_ready"


def test_names_are_cleaned_for_display(tmp_path: Path) -> None:
    write(tmp_path, "Facture\u202egpj.exe", PE)
    write(tmp_path, "a\x01b\x1b[31m\u2066c\u2069\u200e.txt", TEXT)
    listing = list_folder(tmp_path)
    shown = sorted(e.display_name for e in listing.entries)
    assert shown == ["Facturegpj.exe", "ab[31mc.txt"]
    assert verdict(listing, "Facture\u202egpj.exe") == ("refused", "executable")


def test_hidden_and_system_files_are_not_shown(tmp_path: Path) -> None:
    write(tmp_path, ".DS_Store", b"Bud1")
    write(tmp_path, "Thumbs.db", b"\xd0\xcf")
    write(tmp_path, "System Volume Information/guid", PE)
    write(tmp_path, "$RECYCLE.BIN/x.exe", PE)
    write(tmp_path, "autorun.inf", b"\x00binary")
    listing = list_folder(tmp_path)
    assert verdict(listing, "System Volume Information") == ("hidden", None)
    assert verdict(listing, "Thumbs.db") == ("hidden", None)
    assert verdict(listing, "autorun.inf") == ("refused", "autorun")
    assert not any(len(e.path) > 1 for e in listing.entries)  # hidden folders are not entered
    assert [e.path for e in listing.children()] == [("autorun.inf",)]


def test_links_and_special_files_are_refused_and_never_followed(tmp_path: Path) -> None:
    root = tmp_path / "stick"
    write(root, "ok.txt", TEXT)
    (root / "passwd.pdf").symlink_to("/etc/passwd")
    (root / "outside").symlink_to(tmp_path)
    os.mkfifo(root / "pipe.txt")
    write(tmp_path, "secret.exe", PE)  # reachable only through the link
    listing = list_folder(root)
    assert verdict(listing, "passwd.pdf") == ("refused", "symlink")
    assert verdict(listing, "outside") == ("refused", "symlink")
    assert verdict(listing, "pipe.txt") == ("refused", "special")
    assert len(listing.entries) == 4


def test_empty_files_and_pixel_bombs_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "empty.pdf", b"")
    write(tmp_path, "huge.png", png_bomb())
    listing = list_folder(tmp_path)
    assert verdict(listing, "empty.pdf") == ("refused", "empty")
    assert verdict(listing, "huge.png") == ("refused", "too_large")


def test_progress_is_reported_as_entries_are_seen(tmp_path: Path) -> None:
    for index in range(150):
        write(tmp_path, f"f{index:03d}.txt", TEXT)
    seen: list[int] = []
    listing = list_folder(tmp_path, progress=seen.append)
    assert seen == [64, 128, 150]
    assert len(listing.entries) == 150


def test_a_listing_can_be_cancelled(tmp_path: Path) -> None:
    for index in range(300):
        write(tmp_path, f"f{index:03d}.txt", TEXT)
    cancel = threading.Event()

    def progress(count: int) -> None:
        if count >= 64:
            cancel.set()

    listing = list_folder(tmp_path, progress=progress, cancel=cancel)
    assert listing.cancelled
    assert len(listing.entries) == 64
    assert listing.limits == ()


def test_an_unreadable_root_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to(tmp_path)
    for path in (tmp_path / "missing", tmp_path / "link"):
        with pytest.raises(StickError) as error:
            list_folder(path)
        assert error.value.code == "unreadable"
    assert detect_source(tmp_path / "missing") is None
    with pytest.raises(StickError):
        list_source(write(tmp_path, "notes.txt", TEXT))


def test_a_chosen_file_is_copied_and_checked_again(stick: Path, tmp_path: Path) -> None:
    listing = list_folder(stick)
    photo = next(e for e in listing.entries if e.path == ("photos", "plage.jpg"))
    copy = copy_out(stick, photo, tmp_path / "copy.jpg")
    assert copy.read_bytes() == (stick / "photos" / "plage.jpg").read_bytes()
    assert copy.stat().st_mode & 0o777 == 0o600
    program = next(e for e in listing.entries if e.path == ("setup.exe",))
    with pytest.raises(StickError, match="not_ready"):
        copy_out(stick, program, tmp_path / "setup.exe")


def test_a_file_changed_after_the_listing_is_refused(stick: Path, tmp_path: Path) -> None:
    listing = list_folder(stick)
    text = next(e for e in listing.entries if e.path == ("lettre.txt",))
    (stick / "lettre.txt").write_bytes(PE)
    with pytest.raises(StickError, match="changed"):
        copy_out(stick, text, tmp_path / "copy.txt")
    assert not (tmp_path / "copy.txt").exists()


def test_a_file_swapped_for_a_link_is_not_followed(stick: Path, tmp_path: Path) -> None:
    listing = list_folder(stick)
    photo = next(e for e in listing.entries if e.path == ("photos", "plage.jpg"))
    write(tmp_path, "outside/plage.jpg", jpeg())
    (stick / "photos" / "plage.jpg").unlink()
    (stick / "photos" / "plage.jpg").symlink_to(tmp_path / "outside" / "plage.jpg")
    with pytest.raises(StickError, match="unreadable"):
        copy_out(stick, photo, tmp_path / "a.jpg")
    os.rename(stick / "photos", stick / "moved")
    (stick / "photos").symlink_to(tmp_path / "outside")
    with pytest.raises(StickError, match="unreadable"):
        copy_out(stick, photo, tmp_path / "b.jpg")


def test_a_file_grown_past_the_cap_is_not_copied(stick: Path, tmp_path: Path) -> None:
    listing = list_folder(stick, Caps(file_size=len(TEXT) * 2))
    text = next(e for e in listing.entries if e.path == ("lettre.txt",))
    (stick / "lettre.txt").write_bytes(TEXT * 3)
    with pytest.raises(StickError, match="too_large"):
        copy_out(stick, text, tmp_path / "copy.txt", Caps(file_size=len(TEXT) * 2))
    assert not (tmp_path / "copy.txt").exists()


def test_a_fat_image_is_listed_without_mounting(tmp_path: Path) -> None:
    """An image made by pyfatfs itself, so that this runs without mtools."""
    image = pyfat_image(tmp_path / "stick.img", {
        "photos/plage.jpg": jpeg(), "facture.pdf": PE, ".hidden.txt": TEXT,
    })
    before = image.read_bytes()
    assert detect_source(image) == "fat"
    listing = list_source(image)
    assert verdict(listing, "photos", "plage.jpg") == ("ready", None)
    assert verdict(listing, "facture.pdf") == ("refused", "executable")
    assert verdict(listing, ".hidden.txt") == ("hidden", None)
    photo = next(e for e in listing.entries if e.path == ("photos", "plage.jpg"))
    assert copy_out(image, photo, tmp_path / "copy.jpg").read_bytes() == jpeg()
    assert image.read_bytes() == before


def test_shown_names_keep_their_dots_and_lose_their_tricks() -> None:
    assert shown_name(".DS_Store") == ".DS_Store"
    assert shown_name("a/b\\c\u202e\u200f\x00\x85.txt") == "a_b_c.txt"
    assert shown_name("\u2066\u2069") == "?"
    assert len(shown_name("x" * 300)) == 120
