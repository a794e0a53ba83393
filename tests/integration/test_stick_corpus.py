"""The hostile corpus read from a folder and from FAT images made with mkfs.vfat and mtools,
through the bubblewrap sandbox as the kiosk reads a stick: every case gets its verdict (the
same, entry for entry, as the walk gives when run directly), nothing crashes or hangs, and the
stick is never modified."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.documents.stick import (
    Caps,
    Entry,
    Listing,
    StickError,
    detect_source,
    list_fat_image,
    list_folder,
    shown_name,
)
from kiosk.inspect import active_content, run_inspect
from kiosk.sandbox.bwrap import Bubblewrap
from kiosk.sandbox.stick_reader import StickReader
from tests import corpus
from tests.corpus import Case

MTOOLS = all(shutil.which(tool) for tool in ("mkfs.vfat", "mcopy", "mmd"))
needs_mtools = pytest.mark.skipif(not MTOOLS, reason="mkfs.vfat and mtools are not installed")
ALL_CASES = corpus.cases()
FOLDER_CASES = ALL_CASES + corpus.FOLDER_EXTRAS
READER = StickReader()
SANDBOX = READER.available()
# Real: on CI, where bubblewrap works, skipping counts as a failure.
pytestmark = [pytest.mark.real,
              pytest.mark.skipif(not SANDBOX, reason="the bubblewrap sandbox does not work here")]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(root: Path) -> dict[str, tuple[int, int, int, str | None]]:
    """Every entry's mode, size, mtime and content hash (links and FIFOs are not opened)."""
    state = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            info = path.lstat()
            digest = sha256(path) if path.is_file() and not path.is_symlink() else None
            state[str(path)] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return state


def found(listing: Listing, case: Case) -> list[tuple[str, str | None]]:
    return [(e.verdict, e.reason) for e in listing.entries if e.path == case.parts]


def verdicts(entries: list[Entry] | tuple[Entry, ...]) -> Counter[tuple[object, ...]]:
    return Counter((e.path, e.verdict, e.reason) for e in entries)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus") / "stick"
    root.mkdir()
    corpus.write_tree(root)
    corpus.folder_extras(root)
    return root


@pytest.fixture(scope="module")
def folder_listing(folder: Path) -> Listing:
    return READER.listing(folder)


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not MTOOLS:
        pytest.skip("mkfs.vfat and mtools are not installed")
    work = tmp_path_factory.mktemp("corpus-image")
    tree = work / "tree"
    tree.mkdir()
    corpus.write_tree(tree)
    made = work / "stick.img"
    corpus.make_fat_image(made, tree)
    shutil.rmtree(tree)
    return made


@pytest.fixture(scope="module")
def image_listing(image: Path) -> Listing:
    return READER.listing(image)


def test_the_corpus_is_big_enough() -> None:
    attacks = sum(1 for _ in corpus.FAT_ATTACKS)
    assert len(FOLDER_CASES) + attacks + 2 >= 30  # + garbage images and fuzzing
    assert len({case.path for case in FOLDER_CASES}) == len(FOLDER_CASES)


@pytest.mark.parametrize("case", FOLDER_CASES, ids=lambda c: c.what)
def test_a_folder_case_gets_its_verdict(folder_listing: Listing, case: Case) -> None:
    assert found(folder_listing, case) == [(case.verdict, case.reason)]


@needs_mtools
@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.what)
def test_an_image_case_gets_its_verdict(image_listing: Listing, case: Case) -> None:
    assert found(image_listing, case) == [(case.verdict, case.reason)]


def test_the_sandbox_lists_the_folder_as_the_walk_does(folder: Path,
                                                        folder_listing: Listing) -> None:
    direct = list_folder(folder)
    assert folder_listing.entries == direct.entries
    assert (folder_listing.limits, folder_listing.cancelled) == (direct.limits, False)


@needs_mtools
def test_the_sandbox_lists_the_image_as_the_walk_does(image: Path,
                                                       image_listing: Listing) -> None:
    direct = list_fat_image(image)
    assert image_listing.entries == direct.entries
    assert image_listing.limits == direct.limits


def test_names_are_shown_without_control_or_bidi_characters(folder_listing: Listing) -> None:
    for entry in folder_listing.entries:
        shown = entry.display_name + entry.display_path
        assert not any(ch in shown for ch in "\u202e\u2066\u2069\x01\x1b\x7f")
    names = {e.display_name for e in folder_listing.entries}
    assert {"Facturegpj.exe", "photo.jpg", "bad[2Jname.txt"} <= names


def test_caps_are_reported_once(folder_listing: Listing) -> None:
    assert folder_listing.limits == ("too_deep",)
    assert not any(e.path[:1] == ("deep",) and len(e.path) > 32 for e in folder_listing.entries)


def test_the_folder_is_never_modified(folder: Path, folder_listing: Listing,
                                      tmp_path: Path) -> None:
    before = snapshot(folder)
    out: list[str] = []
    assert run_inspect(folder, True, out.append) == 0
    for entry in folder_listing.files():
        if entry.verdict == "ready" and entry.size < 1024 * 1024:
            copied = READER.copy_out(folder, entry,
                                     tmp_path / f"copy-{len(list(tmp_path.iterdir()))}")
            assert (copied.kind, copied.mime) == (entry.kind, entry.mime)
    assert snapshot(folder) == before


@needs_mtools
def test_the_image_is_never_modified(image: Path, image_listing: Listing, tmp_path: Path
                                     ) -> None:
    before = sha256(image)
    assert run_inspect(image, False, lambda line: None) == 0
    copied = 0
    for entry in image_listing.files():
        if entry.verdict == "ready":
            copy = READER.copy_out(image, entry, tmp_path / f"copy-{copied}")
            copied += 1
            assert copy.path.stat().st_size == copy.size == entry.size
            assert copy.kind == entry.kind
    assert copied >= 10
    assert sha256(image) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"copy-{n}" for n in
                                                                range(copied))


OFFICE_SUFFIXES = (".odt", ".ods", ".odp", ".docx", ".xlsx", ".pptx")
HAS_LIBREOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def _expected_after_rebuild(case: Case) -> tuple[str, str | None]:
    if case.rebuilt:
        return case.rebuilt
    if (case.verdict == "ready" and case.path.lower().endswith(OFFICE_SUFFIXES)
            and not HAS_LIBREOFFICE):
        return "refused", "office_unsupported"  # as the kiosk would say once it is chosen
    return case.verdict, case.reason


@needs_mtools
def test_inspect_json_gives_every_case_its_verdict(image: Path) -> None:
    out: list[str] = []
    assert run_inspect(image, True, out.append) == 0
    rows = json.loads(out[0])
    assert all(set(row) >= {"path", "verdict", "reason"} for row in rows)
    by_path: dict[str, list[tuple[str, str | None]]] = {}
    for row in rows:
        by_path.setdefault(row["path"], []).append((row["verdict"], row["reason"]))
    wrong = {}
    for case in ALL_CASES:
        shown = "/".join(shown_name(part) for part in case.parts)
        if case.is_dir and case.verdict == "ready":
            continue
        if by_path.get(shown) != [_expected_after_rebuild(case)]:
            wrong[case.what] = by_path.get(shown)
    assert wrong == {}


def test_inspect_prints_a_table_for_a_folder(folder: Path) -> None:
    out: list[str] = []
    assert run_inspect(folder, False, out.append) == 0
    header = out[0]
    assert header.split() == ["VERDICT", "REASON", "SIZE", "PATH"]
    row = next(line for line in out if line.endswith("disguised/facture.pdf"))
    assert row.split()[:2] == ["refused", "executable"]
    assert row.index("disguised/") == header.index("PATH")


@needs_mtools
@pytest.mark.parametrize("attack", list(corpus.FAT_ATTACKS))
def test_an_attack_on_fat_gets_its_verdicts(attack: str, tmp_path: Path) -> None:
    image = tmp_path / "attack.img"
    expected = corpus.FAT_ATTACKS[attack](image, tmp_path)
    before = sha256(image)
    started = time.monotonic()
    listing = READER.listing(image)
    assert time.monotonic() - started < 5
    assert verdicts(listing.entries) == Counter((c.parts, c.verdict, c.reason) for c in expected)
    assert listing.entries == list_fat_image(image).entries
    assert sha256(image) == before


@needs_mtools
def test_garbage_tables_make_the_image_unreadable(tmp_path: Path) -> None:
    image = tmp_path / "garbage.img"
    corpus.fat_garbage_tables(image, tmp_path)
    before = sha256(image)
    with pytest.raises(StickError) as error:
        READER.listing(image)
    assert error.value.code == "unreadable"
    assert run_inspect(image, True, lambda line: None) == 1
    assert sha256(image) == before


def test_random_bytes_are_not_an_image(tmp_path: Path) -> None:
    image = tmp_path / "garbage.img"
    corpus.garbage_image(image)
    assert detect_source(image) is None
    with pytest.raises(StickError) as error:
        READER.listing(image)
    assert error.value.code == "not_a_stick"
    assert run_inspect(image, True, lambda line: None) == 2


@needs_mtools
def test_fuzzed_images_never_crash_nor_hang(tmp_path: Path) -> None:
    """The walk run directly on many seeds; see the next test for the sandbox."""
    base = tmp_path / "base.img"
    fat = corpus.fuzz_base(base, tmp_path)
    original = base.read_bytes()
    image = tmp_path / "fuzzed.img"
    outcomes: Counter[str] = Counter()
    for seed in range(150):
        image.write_bytes(corpus.fuzzed(original, fat, seed))
        started = time.monotonic()
        try:
            listing = list_fat_image(image)
        except StickError as error:
            outcomes[error.code] += 1
        else:
            outcomes["listed"] += 1
            assert all(e.verdict in ("ready", "refused", "hidden") for e in listing.entries)
        assert time.monotonic() - started < 5, seed
    assert outcomes["listed"] > 0 and set(outcomes) <= {"listed", "unreadable"}


@needs_mtools
def test_fuzzed_images_get_the_same_answer_through_the_sandbox(tmp_path: Path) -> None:
    base = tmp_path / "base.img"
    fat = corpus.fuzz_base(base, tmp_path)
    original = base.read_bytes()
    image = tmp_path / "fuzzed.img"
    outcomes: Counter[str] = Counter()
    for seed in range(30):
        image.write_bytes(corpus.fuzzed(original, fat, seed))
        try:
            direct: object = list_fat_image(image).entries
        except StickError as error:
            direct = error.code if detect_source(image) else "not_a_stick"
        try:
            sandboxed: object = READER.listing(image).entries
        except StickError as error:
            sandboxed = error.code
        assert sandboxed == direct, seed
        outcomes["listed" if isinstance(direct, tuple) else str(direct)] += 1
    assert outcomes["listed"] > 0 and set(outcomes) <= {"listed", "unreadable", "not_a_stick"}


def test_very_many_files_stop_the_listing_once(tmp_path: Path) -> None:
    corpus.many_files(tmp_path / "stick", 20_050)
    listing = READER.listing(tmp_path / "stick")
    assert listing.limits == ("too_many",)
    assert len(listing.entries) == 20_001
    assert [e.reason for e in listing.entries].count("too_many") == 1
    assert listing.entries[-1].verdict == "refused"


@needs_mtools
def test_very_many_files_in_an_image(tmp_path: Path) -> None:
    corpus.many_files(tmp_path / "tree", 400)
    image = tmp_path / "many.img"
    corpus.make_fat_image(image, tmp_path / "tree", size_mb=40)
    listing = StickReader(caps=Caps(entries=300)).listing(image)
    assert listing.limits == ("too_many",)
    assert len(listing.entries) == 301
    assert listing.entries[-1].reason == "too_many"


@needs_mtools
def test_a_file_far_over_the_cap_in_an_image_is_too_large(tmp_path: Path) -> None:
    """The sandbox types it through a sparse probe as long as the file: no file-size limit
    may cut that short."""
    (tmp_path / "tree").mkdir()
    with (tmp_path / "tree" / "scan.pdf").open("wb") as file:
        file.write(b"%PDF-1.4\n")
        file.truncate(120 * corpus.MB)
    image = tmp_path / "big.img"
    corpus.make_fat_image(image, tmp_path / "tree", size_mb=160)
    listing = READER.listing(image)
    assert [(e.verdict, e.reason, e.kind) for e in listing.entries] == [
        ("refused", "too_large", "pdf")]
    assert listing.entries == list_fat_image(image).entries


@needs_mtools
def test_a_fat12_file_over_many_clusters_is_copied_intact(tmp_path: Path) -> None:
    """pyfatfs 1.1.0 reads this 8 MB FAT12 volume as FAT16 unless corrected."""
    data = bytes(range(256)) * 400
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "long.txt").write_bytes(b"text\n" * 20_000)
    (tmp_path / "tree" / "photo.jpg").write_bytes(corpus.jpeg() + data)
    image = tmp_path / "fat12.img"
    corpus.make_fat_image(image, tmp_path / "tree", size_mb=8, fat=12)
    listing = READER.listing(image)
    for entry in listing.files():
        assert entry.verdict == "ready"
        copy = READER.copy_out(image, entry, tmp_path / f"copy-{entry.path[-1]}").path
        assert copy.read_bytes() == (tmp_path / "tree" / entry.path[-1]).read_bytes()


@needs_mtools
@pytest.mark.skipif(shutil.which("sfdisk") is None, reason="sfdisk is not installed")
def test_a_partitioned_disk_image_is_read_at_its_first_fat_partition(tmp_path: Path) -> None:
    image = tmp_path / "disk.img"
    with image.open("wb") as file:
        file.truncate(48 * 1024 * 1024)
    subprocess.run(["sfdisk", "-q", str(image)], input=b"start=2048, type=c\n", check=True,
                   capture_output=True)
    subprocess.run(["mkfs.vfat", "-F", "32", "--offset", "2048", str(image)], check=True,
                   capture_output=True)
    (tmp_path / "scan.pdf").write_bytes(corpus.pdf())
    subprocess.run(["mcopy", "-i", f"{image}@@1M", str(tmp_path / "scan.pdf"), "::/"],
                   check=True, capture_output=True)
    assert detect_source(image) == "fat"
    listing = READER.listing(image)
    assert [(e.path, e.verdict) for e in listing.entries] == [(("scan.pdf",), "ready")]


def test_active_content_is_found_by_the_byte_scan(folder: Path) -> None:
    active = {path for _, path, _, _, _, rebuilt in corpus.FILES if rebuilt == corpus.ACTIVE}
    clean = {"docs/attestation.pdf", "docs/photo.jpg", "docs/scan.png", "pdf/truncated.pdf"}
    assert {path for path in active | clean if active_content(folder / path)} == active


def test_without_a_sandbox_inspect_reads_nothing(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out: list[str] = []
    missing = StickReader(Bubblewrap("/nonexistent/bwrap"))
    assert run_inspect(folder, True, out.append, reader=missing) == 1
    assert out == []
    assert "bubblewrap is not installed" in capsys.readouterr().err
