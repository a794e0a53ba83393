"""The printer contract: every Printer behaves the same, the fake always, CUPS against a
private cupsd (marked real). Then what only the fake does, and CUPS' pure mappings."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest
from PIL import Image

from kiosk.devices.cups_printer import CupsPrinter, cups_options, status_from_attributes
from kiosk.devices.fake_printer import FakePrinter
from kiosk.devices.print_doctor import FOREVER, duration, parse_cupsd_conf, seconds
from kiosk.devices.printer import (
    FINAL_STATES,
    JobState,
    JobStatus,
    Printer,
    PrintError,
    PrinterStatus,
    PrintOptions,
)
from tests.integration.cupsd import PrivateCups

NEUTRAL = "kiosk-job"


def make_pdf(path: Path, pages: int = 2) -> Path:
    colors = ["red", "green", "blue", "yellow"][:pages]
    images = [Image.new("RGB", (210, 297), color) for color in colors]
    images[0].save(path, save_all=True, append_images=images[1:])
    return path


def wait_final(printer: Printer, job_id: int, timeout: float = 20.0) -> JobStatus:
    deadline = time.monotonic() + timeout
    while (status := printer.job(job_id)).state not in FINAL_STATES:
        assert time.monotonic() < deadline, f"job {job_id} still {status}"
        time.sleep(0.05)
    return status


class Bench(Protocol):
    """A printer under test and the means to put its queue in each state."""

    @property
    def printer(self) -> Printer: ...

    def set_offline(self, offline: bool) -> None: ...
    def set_rejecting(self, rejecting: bool) -> None: ...
    def missing_queue(self) -> Printer: ...
    def unreachable(self) -> Printer: ...


class FakeBench:
    def __init__(self) -> None:
        self.printer = self.fake = FakePrinter("KioskTest", allow_fake=True)

    def set_offline(self, offline: bool) -> None:
        self.fake.set_status(PrinterStatus.OFFLINE if offline else PrinterStatus.READY)

    def set_rejecting(self, rejecting: bool) -> None:
        self.fake.reject_jobs(rejecting)

    def missing_queue(self) -> Printer:
        printer = FakePrinter("NoSuchQueue", allow_fake=True)
        printer.set_status(PrinterStatus.MISSING)
        return printer

    def unreachable(self) -> Printer:
        return self.missing_queue()


class CupsBench:
    def __init__(self, server: PrivateCups) -> None:
        self.server = server
        self.printer = CupsPrinter(server.queue, str(server.socket))

    def set_offline(self, offline: bool) -> None:
        self.server.disable() if offline else self.server.enable()

    def set_rejecting(self, rejecting: bool) -> None:
        self.server.reject() if rejecting else self.server.accept()

    def missing_queue(self) -> Printer:
        return CupsPrinter("NoSuchQueue", str(self.server.socket))

    def unreachable(self) -> Printer:
        return CupsPrinter(self.server.queue, str(self.server.root / "absent.sock"))


@pytest.fixture(scope="module")
def private_cups() -> Iterator[PrivateCups]:
    with PrivateCups.running() as server:
        yield server


@pytest.fixture(params=["fake", pytest.param("cups", marks=pytest.mark.real)])
def bench(request: pytest.FixtureRequest) -> Iterator[Bench]:
    if request.param == "fake":
        yield FakeBench()
        return
    server: PrivateCups = request.getfixturevalue("private_cups")
    server.reset()
    yield CupsBench(server)
    server.reset()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "releve-bancaire.pdf")


class TestPrinterContract:
    def test_a_fresh_queue_is_ready_and_named(self, bench: Bench) -> None:
        assert bench.printer.queue == "KioskTest"
        assert bench.printer.status() is PrinterStatus.READY
        assert bench.printer.color_capable()

    def test_a_stopped_queue_reads_offline_until_restarted(self, bench: Bench) -> None:
        bench.set_offline(True)
        assert bench.printer.status() is PrinterStatus.OFFLINE
        bench.set_offline(False)
        assert bench.printer.status() is PrinterStatus.READY

    @pytest.mark.parametrize("which", ["missing_queue", "unreachable"])
    def test_no_queue_reads_missing_and_refuses_jobs(
        self, bench: Bench, pdf: Path, which: str
    ) -> None:
        printer: Printer = getattr(bench, which)()
        assert printer.status() is PrinterStatus.MISSING
        assert not printer.color_capable()
        with pytest.raises(PrintError) as refused:
            printer.submit(pdf, NEUTRAL, PrintOptions())
        assert refused.value.code is PrinterStatus.MISSING

    def test_an_unreachable_server_cannot_vouch_for_jobs(self, bench: Bench) -> None:
        printer = bench.unreachable()
        for call in (
            lambda: printer.job(1),
            lambda: printer.cancel([1]),
            lambda: printer.known_jobs([1]),
        ):
            with pytest.raises(PrintError) as failed:
                call()
            assert failed.value.code is PrinterStatus.MISSING

    def test_a_job_gets_its_own_id_and_completes(self, bench: Bench, pdf: Path) -> None:
        first = bench.printer.submit(pdf, NEUTRAL, PrintOptions())
        second = bench.printer.submit(
            pdf, NEUTRAL, PrintOptions(copies=2, color=False, page_ranges="2")
        )
        assert isinstance(first, int) and first != second
        assert wait_final(bench.printer, first).state is JobState.DONE
        assert wait_final(bench.printer, second).state is JobState.DONE

    def test_a_queue_that_rejects_jobs_refuses_as_offline(self, bench: Bench, pdf: Path) -> None:
        bench.set_rejecting(True)
        with pytest.raises(PrintError) as refused:
            bench.printer.submit(pdf, NEUTRAL, PrintOptions())
        assert refused.value.code is PrinterStatus.OFFLINE

    def test_jobs_wait_on_a_stopped_queue_and_cancel_leaves_no_trace(
        self, bench: Bench, pdf: Path
    ) -> None:
        bench.set_offline(True)
        ids = [bench.printer.submit(pdf, NEUTRAL, PrintOptions()) for _ in range(2)]
        for job_id in ids:
            assert bench.printer.job(job_id) == JobStatus(JobState.PENDING, PrinterStatus.OFFLINE)
        assert bench.printer.known_jobs(ids) == 2

        bench.printer.cancel(ids)

        assert bench.printer.known_jobs(ids) == 0
        assert [bench.printer.job(i).state for i in ids] == [JobState.CANCELLED] * 2

    def test_unknown_jobs_are_ignored(self, bench: Bench) -> None:
        bench.printer.cancel([987654])
        assert bench.printer.known_jobs([987654]) == 0
        assert bench.printer.known_jobs([]) == 0

    def test_a_missing_file_is_the_callers_error(self, bench: Bench, tmp_path: Path) -> None:
        with pytest.raises(FileNotFoundError):
            bench.printer.submit(tmp_path / "absent.pdf", NEUTRAL, PrintOptions())


# -- what only the fake does ---------------------------------------------------------------


def test_the_fake_refuses_to_exist_outside_tests() -> None:
    with pytest.raises(RuntimeError):
        FakePrinter()


def test_the_fake_records_what_was_submitted(pdf: Path) -> None:
    fake = FakePrinter(allow_fake=True)
    options = PrintOptions(copies=3, color=False, page_ranges="2")
    job_id = fake.submit(pdf, NEUTRAL, options)
    [job] = fake.submitted
    assert (job.job_id, job.path, job.title, job.options) == (job_id, pdf, NEUTRAL, options)
    assert (job.pages, job.printed_pages) == (2, 3)


@pytest.mark.parametrize(
    "status", [s for s in PrinterStatus if s not in (PrinterStatus.READY, PrinterStatus.MISSING)]
)
def test_the_fake_holds_jobs_while_the_printer_has_a_problem(
    pdf: Path, status: PrinterStatus
) -> None:
    fake = FakePrinter(allow_fake=True)
    fake.set_status(status)
    job_id = fake.submit(pdf, NEUTRAL, PrintOptions())
    if status is PrinterStatus.BUSY:  # busy is no problem: the job moves on
        assert fake.job(job_id) == JobStatus(JobState.PRINTING)
    else:
        assert fake.job(job_id) == JobStatus(JobState.PENDING, status)


def test_the_fake_scripts_failures_and_leftover_jobs(pdf: Path) -> None:
    fake = FakePrinter(allow_fake=True)
    fake.fail_next()
    failing = fake.submit(pdf, NEUTRAL, PrintOptions())
    fake.finish_all()
    assert fake.job(failing).state is JobState.FAILED

    fake.set_status(PrinterStatus.NO_PAPER)
    fake.keep_cancelled_jobs()
    stuck = fake.submit(pdf, NEUTRAL, PrintOptions())
    fake.cancel([stuck])
    assert fake.known_jobs([stuck]) == 1
    assert fake.cancel_calls == [(stuck,)]


# -- CUPS mappings, without a server -------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "reasons", "accepting", "expected"),
    [
        (3, ["none"], True, PrinterStatus.READY),
        (4, ["none"], True, PrinterStatus.BUSY),
        (5, ["paused"], True, PrinterStatus.OFFLINE),
        (3, ["none"], False, PrinterStatus.OFFLINE),
        (3, ["offline-report"], True, PrinterStatus.OFFLINE),
        (5, ["media-empty-error", "paused"], True, PrinterStatus.NO_PAPER),
        (4, ["media-jam"], True, PrinterStatus.PAPER_JAM),
        (3, ["toner-empty-error"], True, PrinterStatus.NO_INK),
        (3, ["marker-supply-empty-error"], True, PrinterStatus.NO_INK),
        (3, ["cover-open"], True, PrinterStatus.DOOR_OPEN),
        (3, ["media-empty-warning", "toner-low-report"], True, PrinterStatus.READY),
        (3, "door-open-error", True, PrinterStatus.DOOR_OPEN),
    ],
)
def test_cups_state_reasons_map_to_statuses(
    state: int, reasons: list[str] | str, accepting: bool, expected: PrinterStatus
) -> None:
    attributes = {
        "printer-state": state,
        "printer-state-reasons": reasons,
        "printer-is-accepting-jobs": accepting,
    }
    assert status_from_attributes(attributes) is expected


def test_cups_options_carry_the_choices() -> None:
    assert cups_options(PrintOptions(copies=2, color=False, page_ranges="1-3,5")) == {
        "copies": "2",
        "print-color-mode": "monochrome",
        "media": "A4",
        "fit-to-page": "true",
        "page-ranges": "1-3,5",
    }
    assert "page-ranges" not in cups_options(PrintOptions())


@pytest.mark.parametrize(("copies", "ranges"), [(0, None), (1, "1-;rm"), (1, "1 - 3"), (1, "")])
def test_options_outside_cups_syntax_are_refused(copies: int, ranges: str | None) -> None:
    with pytest.raises(ValueError):
        PrintOptions(copies=copies, page_ranges=ranges)


def test_the_doctor_reads_keep_times_as_cupsd_does() -> None:
    conf = "PreserveJobFiles No\n<Location />\n  Order allow,deny\n</Location>\nMaxJobs 5\n"
    assert parse_cupsd_conf(conf) == {"PreserveJobFiles": "No", "MaxJobs": "5"}
    assert [seconds(v) for v in ("No", "off", "Yes", "300", "5m", "1d")] == [
        0,
        0,
        FOREVER,
        300,
        300,
        86400,
    ]
    assert [duration(s) for s in (FOREVER, 86400, 7200, 600, 90)] == [
        "for ever",
        "for 1 day",
        "for 2 hours",
        "for 10 minutes",
        "for 90 s",
    ]
