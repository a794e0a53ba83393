"""Erasing a session, then proving it: ordered scrub steps and trace verification.

Each capability registers the steps that erase its traces (close the browser, cancel print
jobs, release USB mounts, lock the safe …) and the trace kinds it can look for afterwards.
Every step runs even when an earlier one failed; then every trace kind is checked. The
report names kinds and steps, never the content found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.audit import DetailValue
from kiosk.clock import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScrubContext:
    """What a step or a check may need to know about the session being erased."""

    session_id: str
    workspace: Path
    runtime_root: Path


Step = Callable[[ScrubContext], None]
# A trace check returns how many leftovers of its kind it found (0 means clean).
TraceCheck = Callable[[ScrubContext], int]


@dataclass(frozen=True)
class ScrubReport:
    steps_run: tuple[str, ...]
    steps_failed: tuple[str, ...]
    kinds_checked: tuple[str, ...]
    kinds_passed: tuple[str, ...]
    kinds_failed: tuple[str, ...]
    duration_s: float
    leftovers: dict[str, int] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not self.steps_failed and not self.kinds_failed

    def summary(self) -> dict[str, DetailValue]:
        """For the audit log: names and counts only."""
        return {
            "passed": self.passed,
            "steps_failed": ",".join(self.steps_failed),
            "kinds_checked": len(self.kinds_checked),
            "kinds_passed": len(self.kinds_passed),
            "kinds_failed": ",".join(self.kinds_failed),
            "duration_ms": round(self.duration_s * 1000),
        }


class Scrubber:
    """The registry of scrub steps and trace kinds, run in registration order."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._steps: list[tuple[str, Step]] = []
        self._checks: list[tuple[str, TraceCheck]] = []

    def add_step(self, name: str, step: Step, before: str | None = None) -> None:
        """Register a step; `before` puts it ahead of an already registered one."""
        if any(n == name for n, _ in self._steps):
            raise ValueError(f"scrub step {name!r} registered twice")
        names = [n for n, _ in self._steps]
        position = names.index(before) if before in names else len(names)
        self._steps.insert(position, (name, step))

    def add_trace(self, kind: str, check: TraceCheck) -> None:
        if any(k == kind for k, _ in self._checks):
            raise ValueError(f"trace kind {kind!r} registered twice")
        self._checks.append((kind, check))

    @property
    def step_names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self._steps)

    @property
    def trace_kinds(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self._checks)

    def run(self, ctx: ScrubContext) -> ScrubReport:
        start = self._clock.monotonic()
        run, failed = [], []
        for name, step in self._steps:
            run.append(name)
            try:
                step(ctx)
            except Exception:
                log.exception("scrub step %s failed", name)
                failed.append(name)
        checked, passed, kinds_failed = [], [], []
        leftovers: dict[str, int] = {}
        for kind, check in self._checks:
            checked.append(kind)
            try:
                found = check(ctx)
            except Exception:
                log.exception("trace check %s could not run", kind)
                found = -1  # a check that cannot look counts as a leftover
            if found == 0:
                passed.append(kind)
            else:
                kinds_failed.append(kind)
                leftovers[kind] = found
        return ScrubReport(
            tuple(run), tuple(failed), tuple(checked), tuple(passed), tuple(kinds_failed),
            self._clock.monotonic() - start, leftovers,
        )
