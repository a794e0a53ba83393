"""CupsPrinter and the print doctor against a private cupsd whose queue prints to PDF files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from kiosk.devices.cups_printer import CupsPrinter
from kiosk.devices.print_doctor import check_printing
from kiosk.devices.printer import JobState, JobStatus, PrinterStatus, PrintOptions
from tests.integration.cupsd import PrivateCups
from tests.unit.test_printer_contract import make_pdf, wait_final

pytestmark = pytest.mark.real

SECRET_NAME = "releve-bancaire-dupont"
RED, GREEN = (254, 0, 0), (0, 128, 1)  # the pages' colours after Ghostscript


@pytest.fixture(scope="module")
def cupsd() -> Iterator[PrivateCups]:
    with PrivateCups.running() as server:
        yield server


@pytest.fixture
def server(cupsd: PrivateCups) -> Iterator[PrivateCups]:
    cupsd.reset()
    yield cupsd
    cupsd.reset()


@pytest.fixture
def printer(server: PrivateCups) -> CupsPrinter:
    return CupsPrinter(server.queue, str(server.socket))


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / f"{SECRET_NAME}.pdf")


def print_and_read(
    server: PrivateCups, printer: CupsPrinter, pdf: Path, options: PrintOptions
) -> tuple[Path, PdfReader]:
    before = len(server.outputs())
    job_id = printer.submit(pdf, "kiosk-job", options)
    assert wait_final(printer, job_id) == JobStatus(JobState.DONE)
    output = server.wait_for_output(after=before)
    return output, PdfReader(output)


def page_images(reader: PdfReader) -> list[Image.Image]:
    """The one image on each page (the test pages are bitmaps)."""
    images = [page.images[0].image for page in reader.pages]
    assert all(images)
    return [image for image in images if image is not None]


def first_pixels(reader: PdfReader) -> list[object]:
    return [image.getpixel((5, 5)) for image in page_images(reader)]


def test_status_follows_the_queue(server: PrivateCups, printer: CupsPrinter) -> None:
    assert printer.status() is PrinterStatus.READY
    server.disable()
    assert printer.status() is PrinterStatus.OFFLINE
    assert CupsPrinter("NoSuchQueue", str(server.socket)).status() is PrinterStatus.MISSING
    absent = CupsPrinter(server.queue, str(server.root / "absent.sock"))
    assert absent.status() is PrinterStatus.MISSING


def test_a_document_prints_whole_under_a_neutral_title(
    server: PrivateCups, printer: CupsPrinter, pdf: Path
) -> None:
    output, reader = print_and_read(server, printer, pdf, PrintOptions())

    assert len(reader.pages) == 2
    assert first_pixels(reader) == [RED, GREEN]
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [595, 842]  # A4
    assert SECRET_NAME not in output.name
    assert SECRET_NAME not in str(reader.metadata)
    assert reader.metadata is not None and reader.metadata.get("/Title") == "(kiosk-job)"


def test_page_ranges_and_monochrome_reach_the_paper(
    server: PrivateCups, printer: CupsPrinter, pdf: Path
) -> None:
    _, second_only = print_and_read(server, printer, pdf, PrintOptions(page_ranges="2"))
    assert first_pixels(second_only) == [GREEN]

    _, grey = print_and_read(server, printer, pdf, PrintOptions(color=False))
    assert [image.mode for image in page_images(grey)] == ["L", "L"]


def test_copies_go_to_the_device(server: PrivateCups, printer: CupsPrinter, pdf: Path) -> None:
    # cups-pdf hands copies to its (PostScript) device, and Ghostscript drops them: the PDF
    # holds one copy. The job itself carries copies=2, which a real printer honours.
    import cups

    server.disable()
    job_id = printer.submit(pdf, "kiosk-job", PrintOptions(copies=2))
    cups.setServer(str(server.socket))
    assert cups.Connection().getJobAttributes(job_id)["copies"] == 2
    server.enable()

    assert wait_final(printer, job_id).state is JobState.DONE
    assert len(PdfReader(server.wait_for_output()).pages) == 2


def test_cancelled_pending_jobs_leave_no_trace(
    server: PrivateCups, printer: CupsPrinter, pdf: Path
) -> None:
    server.disable()
    ids = [printer.submit(pdf, "kiosk-job", PrintOptions()) for _ in range(2)]
    assert [printer.job(i) for i in ids] == [JobStatus(JobState.PENDING, PrinterStatus.OFFLINE)] * 2
    assert sorted(server.jobs()) == [f"{server.queue}-{i}" for i in ids]
    assert all(server.spool_files(i) for i in ids)

    printer.cancel(ids)

    assert printer.known_jobs(ids) == 0
    assert server.jobs() == []
    assert [server.spool_files(i) for i in ids] == [[], []]
    assert [printer.job(i).state for i in ids] == [JobState.CANCELLED] * 2


def test_a_printed_job_kept_in_history_is_purged_but_stays_done(pdf: Path) -> None:
    with PrivateCups.running(preserve_history=True) as server:
        printer = CupsPrinter(server.queue, str(server.socket))
        job_id = printer.submit(pdf, "kiosk-job", PrintOptions())
        assert wait_final(printer, job_id).state is JobState.DONE
        assert printer.known_jobs([job_id]) == 1  # completed, still listed

        printer.cancel([job_id])

        assert printer.known_jobs([job_id]) == 0
        assert printer.job(job_id).state is JobState.DONE
        assert server.jobs() == []


def test_the_doctor_passes_a_private_queue(server: PrivateCups) -> None:
    checks = check_printing(server.queue, str(server.socket))
    assert [c.name for c in checks if not c.ok] == [], checks
    assert {c.name for c in checks} == {
        "print_server",
        "queue",
        "queue_enabled",
        "queue_not_shared",
        "job_files",
        "job_history",
    }


def test_the_doctor_names_what_is_wrong(server: PrivateCups) -> None:
    [_, queue, *_] = check_printing("NoSuchQueue", str(server.socket))
    assert (queue.name, queue.ok) == ("queue", False)
    assert 'no print queue "NoSuchQueue"' in queue.detail

    server.disable()
    server.run("lpadmin", "-p", server.queue, "-o", "printer-is-shared=true")
    try:
        failed = {c.name for c in check_printing(server.queue, str(server.socket)) if not c.ok}
    finally:
        server.run("lpadmin", "-p", server.queue, "-o", "printer-is-shared=false")
    assert failed == {"queue_enabled", "queue_not_shared"}

    [unreachable] = check_printing(server.queue, str(server.root / "absent.sock"))
    assert not unreachable.ok and "cannot reach" in unreachable.detail


def test_the_doctor_flags_a_server_that_keeps_history() -> None:
    with PrivateCups.running(preserve_history=True) as server:
        checks = {c.name: c for c in check_printing(server.queue, str(server.socket))}
    assert checks["job_files"].ok
    assert not checks["job_history"].ok
    assert "PreserveJobHistory No" in checks["job_history"].detail
