"""The session's scanning: presets, the pages and their edits, the mediator unlock, saving
under a size target into the tray, and the scrub that forgets every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.app import Core
from kiosk.artifacts import ArtifactRegistry, Origin
from kiosk.audit import AuditKind
from kiosk.clock import FakeClock
from kiosk.devices.fake_scanner import FakeScanner
from kiosk.devices.scanner import ScanError, ScanProblem, ScanSource
from kiosk.scanning import MB, Preset, ScanRefused, ScanService
from kiosk.session import EndReason


class Recorder:
    def __init__(self) -> None:
        self.kinds: list[AuditKind] = []

    def record(self, kind: AuditKind, /, **_detail: object) -> None:
        self.kinds.append(kind)


@pytest.fixture
def scanner() -> FakeScanner:
    return FakeScanner(allow_fake=True, feeder_pages=3)


@pytest.fixture
def service(scanner: FakeScanner) -> ScanService:
    return ScanService(scanner, Recorder())


def test_a_preset_asks_for_its_mode_and_resolution(
    service: ScanService, scanner: FakeScanner, tmp_path: Path
) -> None:
    service.scan(Preset.DOCUMENT, tmp_path)
    service.scan(Preset.ID_CARD, tmp_path)
    document, card = scanner.requests
    assert (document.dpi, document.source) == (300, ScanSource.FLATBED)
    assert card.width_mm < 210 and card.height_mm < 297
    assert service.pages[1].crop and not service.pages[0].crop


def test_the_feeder_brings_every_page(service: ScanService, tmp_path: Path) -> None:
    pages = service.scan(Preset.DOCUMENT, tmp_path, feeder=True)
    assert len(pages) == 3 == len(service.pages)


def test_pages_can_be_turned_moved_retaken_and_removed(
    service: ScanService, tmp_path: Path
) -> None:
    for _ in range(3):
        service.scan(Preset.DOCUMENT, tmp_path)
    first, second, third = (p.scan.path for p in service.pages)
    service.rotate(0)
    service.rotate(0, 3)
    assert service.pages[0].quarter_turns == 0
    service.rotate(2)
    service.move(2, 0)
    assert [p.scan.path for p in service.pages] == [third, first, second]
    assert service.pages[0].quarter_turns == 1
    service.scan(Preset.DOCUMENT, tmp_path, replace_at=1)
    assert service.pages[1].scan.path not in (first, second, third)
    service.delete(2)
    assert not second.exists() and len(service.pages) == 2


def test_a_page_turned_a_quarter_is_stored_landscape(
    service: ScanService, tmp_path: Path
) -> None:
    service.scan(Preset.DOCUMENT, tmp_path)
    service.rotate(0)
    result = service.build(tmp_path / "out.pdf", 2)
    box = PdfReader(result.path).pages[0].mediabox
    assert box.width > box.height


def test_saving_fits_the_size_and_lands_in_the_tray(
    service: ScanService, tmp_path: Path, clock: FakeClock
) -> None:
    for _ in range(2):
        service.scan(Preset.DOCUMENT, tmp_path)
    tray = ArtifactRegistry(tmp_path / "tray", clock)
    result = service.build(tmp_path / "out.pdf", 1)
    assert result.fits and result.size <= 1 * MB and result.pages == 2
    artifact = service.save(result, tray, "Scan 10h00.pdf")
    assert artifact.origin is Origin.SCAN and artifact.path is not None
    assert len(PdfReader(artifact.path).pages) == 2
    assert service.pages == ()


def test_nothing_to_save_without_pages(service: ScanService, tmp_path: Path) -> None:
    with pytest.raises(ScanRefused) as refused:
        service.build(tmp_path / "out.pdf", 2)
    assert refused.value.code == "no_pages"


def test_a_jam_keeps_the_pages_already_scanned(
    service: ScanService, scanner: FakeScanner, tmp_path: Path
) -> None:
    scanner.fail_next(ScanProblem.JAMMED, after_pages=2)
    with pytest.raises(ScanError) as error:
        service.scan(Preset.DOCUMENT, tmp_path, feeder=True)
    assert error.value.code is ScanProblem.JAMMED
    assert len(service.pages) == 2


def test_without_a_scanner_the_error_says_so(tmp_path: Path) -> None:
    service = ScanService(None, Recorder())
    assert service.find() is None
    with pytest.raises(ScanError) as error:
        service.scan(Preset.DOCUMENT, tmp_path)
    assert error.value.code is ScanProblem.NO_SCANNER


def test_scanning_can_wait_for_a_mediator(scanner: FakeScanner, tmp_path: Path) -> None:
    audit = Recorder()
    service = ScanService(scanner, audit, needs_mediator=True)
    with pytest.raises(ScanRefused) as refused:
        service.scan(Preset.DOCUMENT, tmp_path)
    assert refused.value.code == "needs_mediator" and scanner.requests == []
    service.allow()
    service.scan(Preset.DOCUMENT, tmp_path)
    assert AuditKind.SCAN_ALLOWED in audit.kinds


def test_session_end_forgets_pages_and_the_mediators_permission(
    core: Core, tmp_path: Path
) -> None:
    session = core.sessions.start("fr")
    core.scanning._needs_mediator = True
    core.scanning.allow()
    core.scanning.scan(Preset.DOCUMENT, session.workspace.path / "scans")
    path = core.scanning.pages[0].scan.path
    core.sessions.end(EndReason.USER)
    report = core.sessions.last_scrub
    assert report is not None and report.passed and "scans" in report.kinds_passed
    assert core.scanning.pages == () and not path.exists()
    assert core.scanning.needs_unlock
