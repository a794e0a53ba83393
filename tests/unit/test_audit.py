"""The audit trail records events in order and refuses details that could identify a person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy

from kiosk.audit import AuditKind
from kiosk.audit_store import AuditLog
from kiosk.clock import FakeClock
from kiosk.db import open_database


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    engine = open_database(tmp_path / "data" / "kiosk.db")
    yield engine
    engine.dispose()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 8, 30, tzinfo=UTC))


def test_recent_returns_events_newest_first_with_time_and_detail(
    engine: sqlalchemy.Engine, fake_clock: FakeClock
) -> None:
    audit = AuditLog(engine, fake_clock)
    audit.record(AuditKind.SESSION_STARTED, language="fr")
    fake_clock.advance(90)
    audit.record(AuditKind.SESSION_ENDED, reason="idle", duration_s=90.0, clean=True, note=None)

    ended, started = audit.recent()

    assert ended.kind is AuditKind.SESSION_ENDED
    assert ended.detail == {"reason": "idle", "duration_s": 90.0, "clean": True, "note": None}
    assert ended.at == datetime(2026, 3, 1, 8, 31, 30, tzinfo=UTC)
    assert started.kind is AuditKind.SESSION_STARTED
    assert started.detail == {"language": "fr"}
    assert started.at.tzinfo is not None


def test_recent_honours_the_limit(engine: sqlalchemy.Engine, fake_clock: FakeClock) -> None:
    audit = AuditLog(engine, fake_clock)
    for count in range(5):
        audit.record(AuditKind.SCRUB_PASSED, run=count)
    assert [event.detail["run"] for event in audit.recent(limit=2)] == [4, 3]


def test_events_survive_reopening_the_database(tmp_path: Path, fake_clock: FakeClock) -> None:
    path = tmp_path / "data" / "kiosk.db"
    first = open_database(path)
    AuditLog(first, fake_clock).record(AuditKind.OUT_OF_SERVICE, reason="printer")
    first.dispose()
    second = open_database(path)
    assert [e.kind for e in AuditLog(second, fake_clock).recent()] == [AuditKind.OUT_OF_SERVICE]
    second.dispose()


@pytest.mark.parametrize(
    "key", ["pin", "new_PIN", "api_key", "url", "visited_url", "username", "path", "filename"]
)
def test_keys_that_could_carry_personal_data_are_refused(
    engine: sqlalchemy.Engine, fake_clock: FakeClock, key: str
) -> None:
    audit = AuditLog(engine, fake_clock)
    with pytest.raises(ValueError):
        audit.record(AuditKind.UNLOCK_FAILED, **{key: "x"})
    assert audit.recent() == []


def test_non_scalar_detail_is_refused(engine: sqlalchemy.Engine, fake_clock: FakeClock) -> None:
    audit = AuditLog(engine, fake_clock)
    with pytest.raises(TypeError):
        audit.record(AuditKind.SCRUB_FAILED, steps=["a", "b"])  # type: ignore[arg-type]
    assert audit.recent() == []


def test_a_detail_may_be_called_kind(engine: sqlalchemy.Engine, fake_clock: FakeClock) -> None:
    audit = AuditLog(engine, fake_clock)
    audit.record(AuditKind.UNCAUGHT_ERROR, kind="KeyError")
    assert audit.recent()[0].detail == {"kind": "KeyError"}
