"""The session's printing rules: page ranges, the quota and its unlock, neutral titles,
and the scrub that cancels and purges the session's jobs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kiosk.app import Core
from kiosk.audit import AuditKind
from kiosk.devices.fake_printer import FakePrinter
from kiosk.devices.printer import PrinterStatus
from kiosk.printing import PrintRefused, PrintService, compact_ranges, parse_ranges
from kiosk.session import EndReason


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[AuditKind, dict[str, object]]] = []

    def record(self, kind: AuditKind, /, **detail: object) -> None:
        self.events.append((kind, detail))


def make_pdf(path: Path, pages: int) -> Path:
    images = [Image.new("RGB", (200, 280), "white") for _ in range(pages)]
    images[0].save(path, save_all=True, append_images=images[1:])
    return path


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter(allow_fake=True)


@pytest.fixture
def service(printer: FakePrinter) -> PrintService:
    return PrintService(printer, quota=10, audit=Recorder())


@pytest.mark.parametrize(
    ("text", "pages"),
    [("", (1, 2, 3, 4, 5)), ("2", (2,)), ("1-3, 5", (1, 2, 3, 5)), ("4-5;1", (1, 4, 5)),
     (" 2 – 3 ", (2, 3)), ("1,1,1", (1,))],
)
def test_page_ranges_are_read_the_way_people_write_them(text: str, pages: tuple[int, ...]) -> None:
    assert parse_ranges(text, 5) == pages


@pytest.mark.parametrize("text", ["0", "6", "3-2", "a", "1-", "-2", "1..3", "99999999"])
def test_a_range_that_names_no_real_page_is_refused(text: str) -> None:
    with pytest.raises(PrintRefused) as refused:
        parse_ranges(text, 5)
    assert refused.value.code == "bad_range"


def test_ranges_are_sent_compact() -> None:
    assert compact_ranges((1, 2, 3, 5, 7, 8)) == "1-3,5,7-8"


def test_a_plan_counts_pages_times_copies(service: PrintService, tmp_path: Path) -> None:
    plan = service.plan(make_pdf(tmp_path / "a.pdf", 4), copies=2, ranges="2-3")
    assert (plan.page_count, plan.pages, plan.sheets) == (4, (2, 3), 4)
    assert plan.page_ranges == "2-3"
    assert not plan.needs_unlock
    every = service.plan(tmp_path / "a.pdf")
    assert every.page_ranges is None


def test_a_job_goes_out_under_a_neutral_title_and_uses_the_quota(
    service: PrintService, printer: FakePrinter, tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "Avis CAF de Mme Dupont.pdf", 3)
    job = service.submit(service.plan(pdf, copies=2))
    sent = printer.submitted[0]
    assert sent.job_id == job
    assert "CAF" not in sent.title and "Dupont" not in sent.title
    assert (sent.options.copies, sent.options.page_ranges) == (2, None)
    assert service.pages_used == 6 and service.quota_left == 4


def test_beyond_the_quota_a_mediator_must_allow_more(
    service: PrintService, tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", 6)
    service.submit(service.plan(pdf))
    plan = service.plan(pdf)
    assert plan.needs_unlock
    with pytest.raises(PrintRefused) as refused:
        service.submit(plan)
    assert refused.value.code == "over_quota"
    service.allow_more(10)
    service.submit(service.plan(pdf))
    assert service.quota_left == 8  # 10 + 10 allowed - 12 printed


def test_unreadable_and_password_protected_documents_are_refused(
    service: PrintService, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not really a PDF")
    with pytest.raises(PrintRefused) as refused:
        service.plan(bad)
    assert refused.value.code == "unreadable"
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(make_pdf(tmp_path / "a.pdf", 1)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    writer.write(tmp_path / "locked.pdf")
    with pytest.raises(PrintRefused) as refused:
        service.plan(tmp_path / "locked.pdf")
    assert refused.value.code == "protected"


def test_copies_are_bounded(service: PrintService, tmp_path: Path) -> None:
    for copies in (0, 21):
        with pytest.raises(PrintRefused):
            service.plan(make_pdf(tmp_path / "a.pdf", 1), copies=copies)


def test_a_printer_that_refuses_jobs_gives_its_status_as_the_code(
    service: PrintService, printer: FakePrinter, tmp_path: Path
) -> None:
    printer.reject_jobs()
    with pytest.raises(PrintRefused) as refused:
        service.submit(service.plan(make_pdf(tmp_path / "a.pdf", 1)))
    assert refused.value.code == PrinterStatus.OFFLINE
    assert service.pages_used == 0


def test_colour_is_offered_only_when_allowed_and_possible(tmp_path: Path) -> None:
    mono = PrintService(FakePrinter(color=False, allow_fake=True), 10, Recorder())
    assert not mono.color_offered()
    assert not mono.plan(make_pdf(tmp_path / "a.pdf", 1), color=True).color
    forbidden = PrintService(FakePrinter(allow_fake=True), 10, Recorder(), color_allowed=False)
    assert not forbidden.color_offered()


def test_without_a_printer_the_service_says_missing(tmp_path: Path) -> None:
    service = PrintService(None, 10, Recorder())
    assert service.status() is PrinterStatus.MISSING
    assert not service.available


def test_session_end_cancels_and_purges_pending_jobs(core: Core, tmp_path: Path) -> None:
    printer = FakePrinter(allow_fake=True)
    core.printing._printer = printer  # the fake instead of CUPS
    printer.set_status(PrinterStatus.OFFLINE)  # jobs stay queued
    core.sessions.start("fr")
    pdf = make_pdf(tmp_path / "a.pdf", 2)
    jobs = [core.printing.submit(core.printing.plan(pdf)) for _ in range(2)]
    assert printer.known_jobs(jobs) == 2
    core.sessions.end(EndReason.USER)
    report = core.sessions.last_scrub
    assert report is not None and report.passed
    assert "print_jobs" in report.kinds_passed
    assert printer.known_jobs(jobs) == 0
    assert core.printing.pages_used == 0 and core.printing.quota_left == 10


def test_a_job_cups_keeps_after_the_scrub_puts_the_terminal_out_of_service(
    core: Core, tmp_path: Path
) -> None:
    printer = FakePrinter(allow_fake=True)
    printer.keep_cancelled_jobs()
    core.printing._printer = printer
    core.sessions.start("fr")
    core.printing.submit(core.printing.plan(make_pdf(tmp_path / "a.pdf", 1)))
    core.sessions.end(EndReason.USER)
    report = core.sessions.last_scrub
    assert report is not None and "print_jobs" in report.kinds_failed
