"""From paper to a PDF in the tray and back to paper, through the session's services, with
SANE's test backend as the scanner and a private cupsd with a cups-pdf queue as the printer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.app import Core
from kiosk.devices.cups_printer import CupsPrinter
from kiosk.devices.printer import JobState
from kiosk.printing import PrintRefused
from kiosk.scanning import MB, Preset
from kiosk.session import EndReason
from tests.integration.cupsd import PrivateCups, wait_until
from tests.integration.sane_backend import sane_test_backend

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def cupsd() -> Iterator[PrivateCups]:
    with PrivateCups.running() as server:
        yield server


@pytest.fixture
def real_core(core: Core, cupsd: PrivateCups, tmp_path: Path) -> Core:
    """The session's services on the real scanner and printer (instead of the simulated ones)."""
    cupsd.reset()
    core.scanning._scanner = sane_test_backend(tmp_path / "sane").retrying()
    core.printing._printer = CupsPrinter(cupsd.queue, str(cupsd.socket))
    return core


def test_scan_two_pages_keep_them_under_2_mb_and_print_them(
    real_core: Core, cupsd: PrivateCups
) -> None:
    core = real_core
    session = core.sessions.start("fr")
    assert core.scanning.find() is not None
    for _ in range(2):
        core.scanning.scan(Preset.DOCUMENT, session.workspace.path / "scans")
    assert [p.scan.dpi for p in core.scanning.pages] == [300, 300]
    result = core.scanning.build(session.workspace.path / "fit.pdf", 2)
    assert result.fits and result.size <= 2 * MB
    artifact = core.scanning.save(result, session.tray, "Scan.pdf")
    assert artifact.path is not None
    assert len(PdfReader(artifact.path).pages) == 2

    before = len(cupsd.outputs())
    job = core.printing.submit(core.printing.plan(artifact.path))
    wait_until(lambda: core.printing.job(job).state is JobState.DONE, 30, "the job to print")
    printed = cupsd.wait_for_output(after=before)
    assert len(PdfReader(printed).pages) == 2
    assert "Scan" not in printed.name
    assert core.printing.pages_used == 2


def test_the_quota_holds_and_the_scrub_purges_queued_jobs(
    real_core: Core, cupsd: PrivateCups, tmp_path: Path
) -> None:
    core = real_core
    session = core.sessions.start("fr")
    core.scanning.scan(Preset.DOCUMENT, session.workspace.path / "scans")
    core.scanning.scan(Preset.DOCUMENT, session.workspace.path / "scans")
    pdf = core.scanning.build(tmp_path / "letter.pdf", 5).path
    cupsd.disable()  # the jobs stay queued, as behind a printer without paper
    jobs = [core.printing.submit(core.printing.plan(pdf, copies=2)) for _ in range(2)]
    assert core.printing.quota_left == 2
    assert core.printing.job(jobs[0]).state is JobState.PENDING
    with pytest.raises(PrintRefused) as refused:
        core.printing.submit(core.printing.plan(pdf, copies=2))
    assert refused.value.code == "over_quota"
    assert len(cupsd.jobs()) == 2

    core.sessions.end(EndReason.USER)
    report = core.sessions.last_scrub
    assert report is not None and report.passed, report
    assert "print_jobs" in report.kinds_passed
    assert cupsd.jobs() == []
    assert all(cupsd.spool_files(job) == [] for job in jobs)
