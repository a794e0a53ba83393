"""The session lifecycle: attract → active ⇄ idle warning → ending → scrub → attract.

Time comes from an injected clock and only moves when `tick()` is called, so tests drive
it without sleeping. A scrub that fails (a step raises, or a trace is still there) puts
the terminal out of service until a mediator gets a clean scrub.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.artifacts import ArtifactRegistry
from kiosk.audit import AuditKind, AuditSink
from kiosk.clock import Clock
from kiosk.scrub import Scrubber, ScrubContext, ScrubReport
from kiosk.workspace import Workspace, WorkspaceError, stale_workspaces, sweep

log = logging.getLogger(__name__)


class State(StrEnum):
    ATTRACT = "attract"
    ACTIVE = "active"
    WARNING = "warning"
    ENDING = "ending"  # the person is asked about the documents in the tray
    OUT_OF_SERVICE = "out_of_service"
    MAINTENANCE = "maintenance"


class EndReason(StrEnum):
    USER = "user"
    IDLE = "idle"
    MEDIATOR = "mediator"
    SHUTDOWN = "shutdown"


class SessionError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Session:
    id: str
    language: str
    workspace: Workspace
    tray: ArtifactRegistry
    started_at: float


@dataclass(frozen=True)
class StateChanged:
    state: State
    previous: State
    last_scrub: ScrubReport | None
    # Why the terminal is out of service: a trace kind, a step name, or a code.
    out_of_service_reason: str | None


Listener = Callable[[StateChanged], None]


class SessionManager:
    """Owns the one session a terminal can have at a time."""

    def __init__(
        self,
        clock: Clock,
        runtime_root: Path,
        scrubber: Scrubber,
        audit: AuditSink,
        idle_timeout_s: float,
        warning_s: float,
    ) -> None:
        self._clock = clock
        self._root = runtime_root
        self._scrubber = scrubber
        self._audit = audit
        self.idle_timeout_s = idle_timeout_s
        self.warning_s = warning_s
        self._state = State.ATTRACT
        self._session: Session | None = None
        self._last_activity = clock.monotonic()
        self._last_scrub: ScrubReport | None = None
        self._oos_reason: str | None = None
        self._listeners: list[Listener] = []
        scrubber.add_step("tray", self._scrub_tray)
        scrubber.add_step("workspace", self._scrub_workspace)
        scrubber.add_trace("workspace", self._check_workspace)

    # -- observation --------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def state(self) -> State:
        return self._state

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def last_scrub(self) -> ScrubReport | None:
        return self._last_scrub

    @property
    def out_of_service_reason(self) -> str | None:
        return self._oos_reason

    def _set_state(self, state: State) -> None:
        previous, self._state = self._state, state
        if previous == state:
            return
        event = StateChanged(state, previous, self._last_scrub, self._oos_reason)
        for listener in list(self._listeners):
            listener(event)

    # -- start-up -------------------------------------------------------------------------

    def recover(self) -> None:
        """At start: erase whatever a crash or a power cut left, and prove it is gone."""
        if stale_workspaces(self._root):
            removed = sweep(self._root)
            log.warning("erased %d workspace(s) left by an earlier run", removed)
        if stale_workspaces(self._root):
            self.put_out_of_service("workspace")

    # -- the session --------------------------------------------------------------------

    def start(self, language: str) -> Session:
        if self._state is not State.ATTRACT:
            raise SessionError("not_ready")
        try:
            workspace = Workspace.create(self._root)
        except WorkspaceError as exc:
            self.put_out_of_service(exc.code)
            raise SessionError(exc.code) from exc
        tray = ArtifactRegistry(workspace.path / "tray", self._clock)
        self._session = Session(
            os.urandom(6).hex(), language, workspace, tray, self._clock.monotonic()
        )
        self._last_activity = self._clock.monotonic()
        self._audit.record(AuditKind.SESSION_STARTED, language=language)
        self._set_state(State.ACTIVE)
        return self._session

    def activity(self) -> None:
        """The person touched, clicked or typed. Ends an idle warning."""
        if self._state in (State.ACTIVE, State.WARNING, State.ENDING):
            self._last_activity = self._clock.monotonic()
        if self._state is State.WARNING:
            self._set_state(State.ACTIVE)

    def still_here(self) -> None:
        """The big "I'm still here" button; can be used again and again."""
        self.activity()

    def idle_for(self) -> float:
        return self._clock.monotonic() - self._last_activity

    def warning_remaining_s(self) -> float:
        """Seconds left on the idle warning's countdown (meaningful in WARNING)."""
        left = self.idle_timeout_s + self.warning_s - self.idle_for()
        return max(0.0, min(self.warning_s, left))

    def tick(self) -> State:
        """Let time act: show the warning, or end an abandoned session."""
        if self._state in (State.ACTIVE, State.WARNING):
            idle = self.idle_for()
            if idle >= self.idle_timeout_s + self.warning_s:
                self.end(EndReason.IDLE)
            elif idle >= self.idle_timeout_s and self._state is State.ACTIVE:
                self._set_state(State.WARNING)
        elif self._state is State.ENDING:
            # Nobody answered the "keep your documents?" question: the person has gone.
            if self.idle_for() >= self.warning_s:
                self.end(EndReason.IDLE)
        return self._state

    def request_end(self) -> State:
        """The person asked to end. With documents in the tray, ask about them first."""
        if self._state not in (State.ACTIVE, State.WARNING):
            return self._state
        if self._session and self._session.tray.kept():
            self._last_activity = self._clock.monotonic()
            self._set_state(State.ENDING)
            return self._state
        return self.end(EndReason.USER)

    def cancel_end(self) -> None:
        if self._state is State.ENDING:
            self._last_activity = self._clock.monotonic()
            self._set_state(State.ACTIVE)

    def end(self, reason: EndReason) -> State:
        """End now: scrub and verify, then attract (clean) or out of service (leftover)."""
        session = self._session
        if session is None:
            return self._state
        duration = round(self._clock.monotonic() - session.started_at)
        self._audit.record(AuditKind.SESSION_ENDED, reason=reason.value, duration_s=duration)
        report = self._scrubber.run(ScrubContext(session.id, session.workspace.path, self._root))
        self._session = None
        self._last_scrub = report
        if report.passed:
            self._audit.record(AuditKind.SCRUB_PASSED, **report.summary())
            self._set_state(State.ATTRACT)
        else:
            self._audit.record(AuditKind.SCRUB_FAILED, **report.summary())
            self.put_out_of_service((report.steps_failed + report.kinds_failed)[0])
        return self._state

    # -- out of service and maintenance --------------------------------------------------

    def put_out_of_service(self, reason: str) -> None:
        self._oos_reason = reason
        self._audit.record(AuditKind.OUT_OF_SERVICE, reason=reason)
        self._set_state(State.OUT_OF_SERVICE)

    def retry_service(self) -> bool:
        """A mediator asks to try again: erase every workspace and verify from scratch."""
        sweep(self._root)
        ctx = ScrubContext("recheck", self._root / "none", self._root)
        report = self._scrubber.run(ctx)
        self._last_scrub = report
        if report.passed and not stale_workspaces(self._root):
            self._oos_reason = None
            self._audit.record(AuditKind.BACK_IN_SERVICE)
            self._set_state(State.ATTRACT)
            return True
        self._audit.record(AuditKind.SCRUB_FAILED, **report.summary())
        return False

    def enter_maintenance(self) -> None:
        if self._session is not None:
            self.end(EndReason.MEDIATOR)
        self._audit.record(AuditKind.MAINTENANCE_ENTERED)
        self._set_state(State.MAINTENANCE)

    def leave_maintenance(self) -> None:
        if self._state is State.MAINTENANCE:
            self._audit.record(AuditKind.MAINTENANCE_LEFT)
            if self._oos_reason:
                self._set_state(State.OUT_OF_SERVICE)
            else:
                self._set_state(State.ATTRACT)

    # -- the foundation's own scrub steps ----------------------------------------------

    def _scrub_tray(self, ctx: ScrubContext) -> None:
        if self._session:
            self._session.tray.clear()

    def _scrub_workspace(self, ctx: ScrubContext) -> None:
        Workspace(ctx.workspace).destroy()

    def _check_workspace(self, ctx: ScrubContext) -> int:
        return int(ctx.workspace.exists()) + len(stale_workspaces(ctx.runtime_root))
