"""The scrub registry: every step runs, every trace is checked, the report tells the truth."""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.scrub import Scrubber, ScrubContext


def ctx(tmp_path: Path) -> ScrubContext:
    return ScrubContext("s1", tmp_path / "ws", tmp_path)


def test_steps_run_in_order_even_after_a_failure(tmp_path: Path) -> None:
    clock = FakeClock()
    scrubber = Scrubber(clock)
    ran: list[str] = []

    def failing(_c: ScrubContext) -> None:
        ran.append("browser")
        raise RuntimeError("profile busy")

    scrubber.add_step("browser", failing)
    scrubber.add_step("printer", lambda _c: ran.append("printer"))
    report = scrubber.run(ctx(tmp_path))
    assert ran == ["browser", "printer"]
    assert report.steps_failed == ("browser",)
    assert not report.passed


def test_report_counts_kinds_and_time(tmp_path: Path) -> None:
    clock = FakeClock()
    scrubber = Scrubber(clock)

    def slow_check(_c: ScrubContext) -> int:
        clock.advance(0.25)
        return 0

    scrubber.add_trace("clipboard", slow_check)
    scrubber.add_trace("usb_mounts", lambda _c: 2)
    report = scrubber.run(ctx(tmp_path))
    assert report.kinds_checked == ("clipboard", "usb_mounts")
    assert report.kinds_passed == ("clipboard",)
    assert report.kinds_failed == ("usb_mounts",)
    assert report.leftovers == {"usb_mounts": 2}
    assert report.duration_s == 0.25
    assert report.summary()["kinds_failed"] == "usb_mounts"


def test_a_check_that_cannot_look_is_a_failure(tmp_path: Path) -> None:
    scrubber = Scrubber(FakeClock())

    def broken(_c: ScrubContext) -> int:
        raise PermissionError

    scrubber.add_trace("print_jobs", broken)
    assert scrubber.run(ctx(tmp_path)).kinds_failed == ("print_jobs",)


def test_names_are_unique(tmp_path: Path) -> None:
    scrubber = Scrubber(FakeClock())
    scrubber.add_step("a", lambda _c: None)
    try:
        scrubber.add_step("a", lambda _c: None)
    except ValueError:
        return
    raise AssertionError("a duplicate step name was accepted")
