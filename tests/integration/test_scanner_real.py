"""SaneScanner against SANE's real `test` backend, through `scanimage` worker processes."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from kiosk.devices.sane import SaneScanner
from kiosk.devices.scanner import (
    ScanError,
    ScanMode,
    ScannedPage,
    ScanProblem,
    ScanProgress,
    ScanRequest,
    ScanSource,
)
from tests.integration.sane_backend import SLOW, SaneTestBackend, sane_test_backend

pytestmark = pytest.mark.real

FEEDER = ScanRequest(ScanMode.GRAY, 25, ScanSource.FEEDER)


@pytest.fixture
def sane(tmp_path_factory: pytest.TempPathFactory) -> SaneTestBackend:
    return sane_test_backend(tmp_path_factory.mktemp("sane"))


def scanimage_children() -> list[str]:
    """scanimage processes (zombies included) whose parent is this test process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, fields = text[text.index("(") + 1 : text.rindex(")")], text[text.rindex(")") + 2 :]
        if name == "scanimage" and fields.split()[1] == str(os.getpid()):
            found.append(stat.parent.name)
    return found


class SlowScan:
    """A colour A4 page at 150 dpi scanning on a thread; created once the first bytes came."""

    def __init__(self, scanner: SaneScanner, out: Path) -> None:
        self._started = threading.Event()
        self._problems: list[ScanProblem] = []
        self._thread = threading.Thread(target=self._scan, args=(scanner, out), daemon=True)
        self._thread.start()
        assert self._started.wait(10)

    def _scan(self, scanner: SaneScanner, out: Path) -> None:
        request = ScanRequest(ScanMode.COLOR, 150)
        try:
            scanner.scan(request, out, on_progress=lambda _: self._started.set())
        except ScanError as exc:
            self._problems.append(exc.code)

    def result(self) -> list[ScanProblem]:
        self._thread.join(5)
        assert not self._thread.is_alive(), "the scan did not end"
        return self._problems


def scan_problem(scanner: SaneScanner, request: ScanRequest, out: Path) -> ScanError:
    with pytest.raises(ScanError) as raised:
        scanner.scan(request, out)
    return raised.value


def test_finds_the_test_device_and_its_feeder(sane: SaneTestBackend) -> None:
    for scanner in (sane.scanner(), sane.scanner(device=None)):  # configured, first found
        info = scanner.find()
        assert info is not None
        assert (info.device, info.label, info.has_feeder) == (
            "test:0", "Noname frontend-tester", True
        )


def test_one_a4_colour_page_at_150_dpi(sane: SaneTestBackend, tmp_path: Path) -> None:
    pages = sane.retrying().scan(ScanRequest(ScanMode.COLOR, 150), tmp_path)
    assert [p.path.name for p in pages] == [p.name for p in tmp_path.iterdir()]
    page = pages[0]
    assert page.dpi == 150
    assert page.width_px == pytest.approx(1240, abs=2)
    assert page.height_px == pytest.approx(1754, abs=2)
    with Image.open(page.path) as image:
        assert (image.mode, image.size) == ("RGB", (page.width_px, page.height_px))


def test_the_feeder_gives_ten_pages_then_ends(sane: SaneTestBackend, tmp_path: Path) -> None:
    announced: list[ScannedPage] = []
    progress: list[ScanProgress] = []
    pages = sane.retrying().scan(
        FEEDER, tmp_path, on_progress=progress.append, on_page=announced.append
    )
    assert len(pages) == 10 and announced == pages
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"page-{n:04d}.pnm" for n in range(1, 11)]
    assert {p.page for p in progress} == set(range(1, 11))
    for number in range(1, 11):
        fractions = [p.fraction for p in progress if p.page == number]
        assert fractions == sorted(fractions) and fractions[-1] == 1.0


@pytest.mark.parametrize(
    ("status", "source", "problem"),
    [
        ("jammed", ScanSource.FEEDER, ScanProblem.JAMMED),
        ("cover_open", ScanSource.FLATBED, ScanProblem.COVER_OPEN),
        ("no_paper", ScanSource.FEEDER, ScanProblem.NO_PAPER),
        ("no_paper", ScanSource.FLATBED, ScanProblem.NO_PAPER),
        ("busy", ScanSource.FLATBED, ScanProblem.BUSY),
        ("failed", ScanSource.FLATBED, ScanProblem.FAILED),  # SANE_STATUS_IO_ERROR
    ],
)
def test_device_statuses_become_problems(
    sane: SaneTestBackend, tmp_path: Path, status: str, source: ScanSource, problem: ScanProblem
) -> None:
    request = ScanRequest(ScanMode.GRAY, 25, source)
    error = scan_problem(sane.failing(status), request, tmp_path)
    assert (error.code, error.pages) == (problem, ())
    assert list(tmp_path.iterdir()) == []
    assert scanimage_children() == []


def test_cancel_kills_a_slow_scan_promptly(sane: SaneTestBackend, tmp_path: Path) -> None:
    scanner = sane.scanner(*SLOW)  # about 10 s for this page
    slow = SlowScan(scanner, tmp_path)
    assert any(p.name.endswith(".part") for p in tmp_path.iterdir())  # scanimage is writing
    cancelled_at = time.monotonic()
    scanner.cancel()
    assert slow.result() == [ScanProblem.CANCELLED]
    assert time.monotonic() - cancelled_at < 2.0
    assert list(tmp_path.iterdir()) == []
    assert scanimage_children() == []


def test_a_page_that_takes_too_long_is_killed(sane: SaneTestBackend, tmp_path: Path) -> None:
    scanner = sane.scanner(*SLOW, page_timeout_s=0.5)
    started = time.monotonic()
    error = scan_problem(scanner, ScanRequest(ScanMode.COLOR, 150), tmp_path)
    assert error.code is ScanProblem.FAILED
    assert time.monotonic() - started < 3.0
    assert list(tmp_path.iterdir()) == []
    assert scanimage_children() == []


def test_a_resolution_beyond_the_device_is_reported_as_scanned(
    sane: SaneTestBackend, tmp_path: Path
) -> None:
    request = ScanRequest(ScanMode.GRAY, 5000, width_mm=5, height_mm=5)
    page = sane.retrying().scan(request, tmp_path)[0]
    assert page.dpi == 1200  # the test backend's maximum
    assert page.width_px == pytest.approx(5 / 25.4 * 1200, abs=2)


def test_a_missing_device_is_no_scanner(sane: SaneTestBackend, tmp_path: Path) -> None:
    scanner = sane.scanner(device="nonexistent")
    assert scanner.find() is None
    assert scan_problem(scanner, FEEDER, tmp_path).code is ScanProblem.NO_SCANNER


def test_a_missing_scanimage_is_no_scanner(sane: SaneTestBackend, tmp_path: Path) -> None:
    scanner = sane.scanner(scanimage="/nonexistent/scanimage")
    assert scanner.find() is None
    assert scan_problem(scanner, FEEDER, tmp_path).code is ScanProblem.NO_SCANNER


def test_a_second_scan_while_one_runs_is_busy(sane: SaneTestBackend, tmp_path: Path) -> None:
    scanner = sane.scanner(*SLOW)
    slow = SlowScan(scanner, tmp_path / "first")
    assert scan_problem(scanner, FEEDER, tmp_path / "second").code is ScanProblem.BUSY
    scanner.cancel()
    assert slow.result() == [ScanProblem.CANCELLED]
