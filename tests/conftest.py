"""Shared fixtures; and on CI, a skipped real-component test counts as a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.app import Core, build_core
from kiosk.clock import FakeClock
from kiosk.config import Settings, load
from kiosk.credentials import PinHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MESA_SHADER_CACHE_DISABLE", "true")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")  # Qt's mock speech engine: no sound device

ON_CI = os.environ.get("CI") == "true"


def make_settings(root: Path, **overrides: object) -> Settings:
    flat: dict[str, object] = {
        "paths.data_dir": str(root / "data"),
        "paths.runtime_dir": str(root / "run"),
    }
    flat.update({k.replace("__", "."): v for k, v in overrides.items()})
    # A simulated scanner and printer: the real ones are tested against SANE and CUPS in
    # tests/integration.
    return load(path=None, env={}, overrides=flat).replace(simulated_devices=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cheap_hasher() -> PinHasher:
    return PinHasher(memory_kib=1024, iterations=1)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def core(settings: Settings, clock: FakeClock, cheap_hasher: PinHasher) -> Core:
    built = build_core(settings, clock, cheap_hasher)
    yield built  # type: ignore[misc]
    built.close()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if ON_CI and report.skipped and "real" in report.keywords:
        report.outcome = "failed"
        report.longrepr = f"skipped on CI, where real components must run: {report.longrepr}"
