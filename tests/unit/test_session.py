"""The session state machine, driven by a fake clock: no sleeps."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.app import Core
from kiosk.artifacts import Origin
from kiosk.audit import AuditKind
from kiosk.clock import FakeClock
from kiosk.session import EndReason, SessionError, State, StateChanged


def kinds(core: Core) -> list[str]:
    return [e.kind for e in core.audit.recent(100)]


def test_start_makes_a_private_workspace(core: Core) -> None:
    session = core.sessions.start("fr")
    assert core.sessions.state is State.ACTIVE
    mode = session.workspace.path.stat().st_mode
    assert stat.S_IMODE(mode) == 0o700
    assert session.workspace.path.parent == core.settings.runtime_dir
    assert AuditKind.SESSION_STARTED in kinds(core)


def test_cannot_start_twice(core: Core) -> None:
    core.sessions.start("fr")
    with pytest.raises(SessionError):
        core.sessions.start("en")


def test_warning_appears_after_idle_time_then_counts_down(core: Core, clock: FakeClock) -> None:
    core.sessions.start("fr")
    clock.advance(179)
    assert core.sessions.tick() is State.ACTIVE
    clock.advance(1)
    assert core.sessions.tick() is State.WARNING
    assert core.sessions.warning_remaining_s() == 60
    clock.advance(25)
    core.sessions.tick()
    assert core.sessions.warning_remaining_s() == 35


def test_still_here_can_be_used_again_and_again(core: Core, clock: FakeClock) -> None:
    core.sessions.start("fr")
    for _ in range(12):
        clock.advance(200)
        assert core.sessions.tick() is State.WARNING
        core.sessions.still_here()
        assert core.sessions.state is State.ACTIVE
    assert core.sessions.session is not None


def test_timeout_ends_and_scrubs_the_session(core: Core, clock: FakeClock) -> None:
    session = core.sessions.start("fr")
    workspace = session.workspace.path
    (workspace / "left-behind.txt").write_text("x")
    clock.advance(180)
    core.sessions.tick()
    clock.advance(60)
    assert core.sessions.tick() is State.ATTRACT
    assert not workspace.exists()
    assert core.sessions.last_scrub is not None and core.sessions.last_scrub.passed
    assert AuditKind.SCRUB_PASSED in kinds(core)
    ended = [e for e in core.audit.recent(100) if e.kind == AuditKind.SESSION_ENDED]
    assert ended[0].detail["reason"] == "idle"


def test_end_with_an_empty_tray_scrubs_at_once(core: Core) -> None:
    core.sessions.start("fr")
    assert core.sessions.request_end() is State.ATTRACT


def test_end_with_documents_asks_first(core: Core, tmp_path: Path, clock: FakeClock) -> None:
    session = core.sessions.start("fr")
    sample = tmp_path / "a.pdf"
    sample.write_bytes(b"%PDF-1.4")
    session.tray.add_file(sample, Origin.DOWNLOAD, "a.pdf", "application/pdf")
    assert core.sessions.request_end() is State.ENDING
    core.sessions.cancel_end()
    assert core.sessions.state is State.ACTIVE
    assert core.sessions.request_end() is State.ENDING
    # Nobody answers: the person has left, the session ends on its own.
    clock.advance(60)
    assert core.sessions.tick() is State.ATTRACT
    assert sample.exists()  # the original outside the session is not touched


def test_listeners_hear_every_change(core: Core, clock: FakeClock) -> None:
    heard: list[StateChanged] = []
    core.sessions.subscribe(heard.append)
    core.sessions.start("fr")
    clock.advance(180)
    core.sessions.tick()
    core.sessions.still_here()
    core.sessions.end(EndReason.USER)
    assert [e.state for e in heard] == [State.ACTIVE, State.WARNING, State.ACTIVE, State.ATTRACT]


def test_a_failing_step_puts_the_terminal_out_of_service(core: Core) -> None:
    def broken(_ctx: object) -> None:
        raise OSError("device busy")

    core.scrubber.add_step("printer", broken)
    core.sessions.start("fr")
    assert core.sessions.end(EndReason.USER) is State.OUT_OF_SERVICE
    assert core.sessions.out_of_service_reason == "printer"
    with pytest.raises(SessionError):
        core.sessions.start("fr")
    events = core.audit.recent(100)
    oos = [e for e in events if e.kind == AuditKind.OUT_OF_SERVICE]
    assert oos[0].detail["reason"] == "printer"


def test_a_leftover_trace_puts_the_terminal_out_of_service(core: Core) -> None:
    leftovers = {"count": 1}
    core.scrubber.add_trace("browser_profile", lambda _ctx: leftovers["count"])
    core.sessions.start("fr")
    assert core.sessions.end(EndReason.USER) is State.OUT_OF_SERVICE
    report = core.sessions.last_scrub
    assert report is not None
    assert report.kinds_failed == ("browser_profile",)
    assert "workspace" in report.kinds_passed
    # Once the leftover is gone, a mediator's retry puts it back in service.
    assert core.sessions.retry_service() is False
    assert core.sessions.state is State.OUT_OF_SERVICE
    leftovers["count"] = 0
    assert core.sessions.retry_service()
    assert core.sessions.state is State.ATTRACT


def test_workspaces_left_by_a_crash_are_erased_at_start(core: Core) -> None:
    stale = core.settings.runtime_dir / "session-deadbeef"
    stale.mkdir(mode=0o700)
    (stale / "scan.png").write_bytes(b"x")
    core.sessions.recover()
    assert not stale.exists()
    assert core.sessions.state is State.ATTRACT


def test_grants_are_revoked_at_scrub(core: Core) -> None:
    from kiosk.roles import Role

    core.sessions.start("fr")
    core.grants.grant(Role.MEDIATOR)
    core.sessions.end(EndReason.USER)
    assert core.grants.active_role() is Role.PUBLIC


def test_maintenance_round_trip(core: Core) -> None:
    core.sessions.start("fr")
    core.sessions.enter_maintenance()
    assert core.sessions.state is State.MAINTENANCE
    assert core.sessions.session is None
    core.sessions.leave_maintenance()
    assert core.sessions.state is State.ATTRACT
