"""The scanner contract, run against every Scanner (the fake always, SANE's test backend as a
real test); then what only the fake does, and how the SANE adapter reads a device's options."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

import pytest
from PIL import Image

from kiosk.devices.fake_scanner import FAKE_INFO, FakeScanner
from kiosk.devices.sane import DeviceOptions
from kiosk.devices.scanner import (
    ScanError,
    ScanMode,
    ScannedPage,
    Scanner,
    ScannerInfo,
    ScanProblem,
    ScanProgress,
    ScanRequest,
    ScanSource,
)
from tests.integration.sane_backend import SLOW, sane_test_backend

PIL_MODES = {ScanMode.COLOR: "RGB", ScanMode.GRAY: "L", ScanMode.LINEART: "1"}
SMALL = ScanRequest(ScanMode.GRAY, 25)
FEEDER = ScanRequest(ScanMode.GRAY, 25, ScanSource.FEEDER)


class MakeScanner(Protocol):
    def __call__(
        self, *, slow: bool = False, fail: ScanProblem | None = None, present: bool = True
    ) -> Scanner: ...


@pytest.fixture(params=["fake", pytest.param("sane", marks=pytest.mark.real)])
def make_scanner(request: pytest.FixtureRequest, tmp_path: Path) -> MakeScanner:
    if request.param == "fake":

        def make_fake(
            *, slow: bool = False, fail: ScanProblem | None = None, present: bool = True
        ) -> Scanner:
            fake = FakeScanner(
                allow_fake=True, info=FAKE_INFO if present else None, feeder_pages=10,
                page_delay_s=30.0 if slow else 0.0, progress_steps=100,
            )
            if fail is not None:
                fake.fail_next(fail)
            return fake

        return make_fake
    backend = sane_test_backend(tmp_path / "sane")

    def make_sane(
        *, slow: bool = False, fail: ScanProblem | None = None, present: bool = True
    ) -> Scanner:
        if not present:
            return backend.scanner(device="nonexistent")
        if fail is not None:
            return backend.failing(fail.value)
        return backend.scanner(*SLOW) if slow else backend.retrying()

    return make_sane


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


class TestScannerContract:
    def test_finds_the_scanner_and_its_feeder(self, make_scanner: MakeScanner) -> None:
        info = make_scanner().find()
        assert info is not None and info.device and info.label
        assert info.has_feeder

    def test_finds_nothing_when_there_is_no_scanner(self, make_scanner: MakeScanner) -> None:
        assert make_scanner(present=False).find() is None

    @pytest.mark.parametrize("mode", list(ScanMode))
    def test_flatbed_gives_one_page_in_the_mode_asked(
        self, make_scanner: MakeScanner, tmp_path: Path, mode: ScanMode
    ) -> None:
        request = ScanRequest(mode, 50)
        announced: list[ScannedPage] = []
        pages = make_scanner().scan(request, tmp_path / "out", on_page=announced.append)
        assert len(pages) == 1 and announced == pages
        page = pages[0]
        with Image.open(page.path) as image:
            assert image.mode == PIL_MODES[mode]
            assert image.size == (page.width_px, page.height_px)
        assert page.dpi == 50
        assert page.width_px == pytest.approx(210 / 25.4 * 50, abs=2)
        assert page.height_px == pytest.approx(297 / 25.4 * 50, abs=2)

    def test_feeder_gives_every_page_until_it_is_empty(
        self, make_scanner: MakeScanner, tmp_path: Path
    ) -> None:
        announced: list[ScannedPage] = []
        pages = make_scanner().scan(FEEDER, tmp_path / "out", on_page=announced.append)
        assert len(pages) == 10 and announced == pages
        assert files(tmp_path / "out") == sorted(p.path.name for p in pages)

    def test_progress_rises_to_the_end_of_each_page(
        self, make_scanner: MakeScanner, tmp_path: Path
    ) -> None:
        seen: list[ScanProgress] = []
        request = ScanRequest(ScanMode.COLOR, 50)
        make_scanner().scan(request, tmp_path / "out", on_progress=seen.append)
        fractions = [p.fraction for p in seen]
        assert {p.page for p in seen} == {1}
        assert fractions == sorted(set(fractions)) and 0 <= fractions[0] and fractions[-1] == 1.0

    def test_a_second_scan_into_the_same_folder_keeps_the_first(
        self, make_scanner: MakeScanner, tmp_path: Path
    ) -> None:
        scanner = make_scanner()
        first = scanner.scan(SMALL, tmp_path / "out")
        second = scanner.scan(SMALL, tmp_path / "out")
        assert first[0].path != second[0].path
        assert first[0].path.exists() and second[0].path.exists()

    @pytest.mark.parametrize(
        "problem", [ScanProblem.JAMMED, ScanProblem.COVER_OPEN, ScanProblem.BUSY]
    )
    def test_a_device_problem_comes_back_typed(
        self, make_scanner: MakeScanner, tmp_path: Path, problem: ScanProblem
    ) -> None:
        with pytest.raises(ScanError) as raised:
            make_scanner(fail=problem).scan(FEEDER, tmp_path / "out")
        assert raised.value.code is problem and raised.value.pages == ()
        assert files(tmp_path / "out") == []

    def test_an_empty_feeder_is_no_paper(self, make_scanner: MakeScanner, tmp_path: Path) -> None:
        with pytest.raises(ScanError) as raised:
            make_scanner(fail=ScanProblem.NO_PAPER).scan(FEEDER, tmp_path / "out")
        assert raised.value.code is ScanProblem.NO_PAPER

    def test_no_scanner(self, make_scanner: MakeScanner, tmp_path: Path) -> None:
        with pytest.raises(ScanError) as raised:
            make_scanner(present=False).scan(SMALL, tmp_path / "out")
        assert raised.value.code is ScanProblem.NO_SCANNER

    def test_cancel_from_another_thread_stops_promptly_and_leaves_no_file(
        self, make_scanner: MakeScanner, tmp_path: Path
    ) -> None:
        scanner = make_scanner(slow=True)
        started = threading.Event()
        outcome = run_in_thread(
            lambda: scanner.scan(
                ScanRequest(ScanMode.COLOR, 150), tmp_path / "out",
                on_progress=lambda _: started.set(),
            )
        )
        assert started.wait(10)
        cancelled_at = time.monotonic()
        scanner.cancel()
        error = outcome(5.0)
        assert time.monotonic() - cancelled_at < 2.0
        assert isinstance(error, ScanError) and error.code is ScanProblem.CANCELLED
        assert files(tmp_path / "out") == []

    def test_a_cancel_while_idle_does_not_stop_the_next_scan(
        self, make_scanner: MakeScanner, tmp_path: Path
    ) -> None:
        scanner = make_scanner()
        scanner.cancel()
        assert len(scanner.scan(SMALL, tmp_path / "out")) == 1


def run_in_thread(call: Callable[[], object]) -> Callable[[float], object]:
    """Start ``call`` on a thread; the returned function waits for its result or exception."""
    result: list[object] = []

    def target() -> None:
        try:
            result.append(call())
        except Exception as exc:  # handed to the test thread
            result.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()

    def wait(timeout: float) -> object:
        thread.join(timeout)
        assert not thread.is_alive(), "the scan did not end"
        return result[0]

    return wait


# -- the fake ---------------------------------------------------------------------------------


fake = partial(FakeScanner, allow_fake=True)


def test_the_fake_refuses_to_exist_outside_demo_and_tests() -> None:
    with pytest.raises(RuntimeError):
        FakeScanner()


def test_the_fake_records_calls_and_requests(tmp_path: Path) -> None:
    scanner = fake()
    scanner.find()
    scanner.scan(SMALL, tmp_path)
    scanner.cancel()
    assert scanner.calls == ["find", "scan", "cancel"]
    assert scanner.requests == [SMALL]


def test_the_fake_fails_after_the_pages_it_was_told(tmp_path: Path) -> None:
    scanner = fake(feeder_pages=5)
    scanner.fail_next(ScanProblem.JAMMED, after_pages=3)
    with pytest.raises(ScanError) as raised:
        scanner.scan(FEEDER, tmp_path)
    assert raised.value.code is ScanProblem.JAMMED
    assert [p.path.name for p in raised.value.pages] == files(tmp_path)
    assert len(raised.value.pages) == 3
    assert len(scanner.scan(FEEDER, tmp_path)) == 5  # the failure was for one scan only


def test_the_fake_feeder_can_be_empty_or_missing(tmp_path: Path) -> None:
    with pytest.raises(ScanError) as raised:
        fake(feeder_pages=0).scan(FEEDER, tmp_path)
    assert raised.value.code is ScanProblem.NO_PAPER
    no_feeder = ScannerInfo("fake:1", "Flatbed only", has_feeder=False)
    with pytest.raises(ScanError) as raised:
        fake(info=no_feeder).scan(FEEDER, tmp_path)
    assert raised.value.code is ScanProblem.FAILED


def test_the_fake_reports_progress_in_steps_while_it_waits(tmp_path: Path) -> None:
    seen: list[ScanProgress] = []
    fake(page_delay_s=0.02, progress_steps=4, feeder_pages=2).scan(
        FEEDER, tmp_path, on_progress=seen.append
    )
    assert [(p.page, p.fraction) for p in seen] == [
        (page, step / 4) for page in (1, 2) for step in range(1, 5)
    ]


def test_the_fake_page_looks_like_a_printed_page(tmp_path: Path) -> None:
    page = fake().scan(ScanRequest(ScanMode.GRAY, 100), tmp_path)[0]
    with Image.open(page.path) as image:
        histogram = image.histogram()
    ink = sum(histogram[:128]) / (page.width_px * page.height_px)
    assert 0.03 < ink < 0.4  # some dark lines of text on mostly white paper


# -- reading a device's options (SANE adapter) --------------------------------------------------

OFFICE_MFP = """
All options specific to device `acme:libusb:001:004':
  Scan mode:
    --mode Lineart|Halftone|True Gray|24bit Color [Lineart]
        Selects the scan mode.
    --resolution 75|150|300|600dpi [75]
        Sets the resolution of the scanned image.
    --source Flatbed|ADF Duplex|ADF Front [Flatbed]
        Selects the scan source.
  Geometry:
    -x 0..215.9mm [215.9]
        Width of scan-area.
    -y 0..279.4mm [279.4]
        Height of scan-area.
"""


def test_options_map_to_the_nearest_the_device_has() -> None:
    options = DeviceOptions.parse(OFFICE_MFP)
    assert options.mode_args(ScanMode.COLOR) == ["--mode", "24bit Color"]
    assert options.mode_args(ScanMode.GRAY) == ["--mode", "True Gray"]
    assert options.mode_args(ScanMode.LINEART) == ["--mode", "Lineart"]
    assert options.source_args(ScanSource.FEEDER) == ["--source", "ADF Front"]
    assert options.source_args(ScanSource.FLATBED) == ["--source", "Flatbed"]
    assert options.has_feeder
    assert options.resolution(200) == 150 and options.resolution(1200) == 600
    assert options.area(210, 297) == (210, 279.4)


def test_a_device_without_lineart_scans_one_bit_gray() -> None:
    options = DeviceOptions.parse("    --mode Gray|Color [Gray]\n    --depth 1|8|16 [8]\n")
    assert options.mode_args(ScanMode.LINEART) == ["--mode", "Gray", "--depth", "1"]
    assert not options.has_feeder
    with pytest.raises(ScanError):
        options.source_args(ScanSource.FEEDER)
