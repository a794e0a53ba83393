"""SANE's `test` backend in a private configuration folder, for the real scanner tests.

Debian ships the backend disabled; SANE_CONFIG_DIR without a trailing ':' makes SANE read only
our folder: a dll.conf naming just `test`, and a copy of the system's test.conf.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.devices.sane import SaneScanner
from kiosk.devices.scanner import (
    ScanError,
    ScannedPage,
    ScannerInfo,
    ScanProblem,
    ScanProgress,
    ScanRequest,
)

SYSTEM_TEST_CONF = Path("/etc/sane.d/test.conf")
DEVICE = "test:0"
# Pages in these tests take well under a second; a stuck worker is killed after this.
PAGE_TIMEOUT_S = 10.0
# The backend can make slow scans: it sleeps before each 64 KiB it hands over (in µs).
SLOW = ("--read-delay=yes", "--read-delay-duration=100000")
# The backend answers sane_read with the status we ask for.
STATUS = {
    "jammed": "SANE_STATUS_JAMMED",
    "cover_open": "SANE_STATUS_COVER_OPEN",
    "no_paper": "SANE_STATUS_NO_DOCS",
    "busy": "SANE_STATUS_DEVICE_BUSY",
    "failed": "SANE_STATUS_IO_ERROR",
}


@dataclass(frozen=True)
class SaneTestBackend:
    config_dir: Path

    @property
    def env(self) -> dict[str, str]:
        return {"SANE_CONFIG_DIR": str(self.config_dir)}

    def scanner(
        self,
        *extra_args: str,
        device: str | None = DEVICE,
        scanimage: str = "scanimage",
        page_timeout_s: float = PAGE_TIMEOUT_S,
    ) -> SaneScanner:
        return SaneScanner(
            device, env=self.env, scanimage=scanimage, page_timeout_s=page_timeout_s,
            extra_args=extra_args,
        )

    def retrying(self, *extra_args: str) -> RetryingScanner:
        return RetryingScanner(self.scanner(*extra_args))

    def failing(self, problem: str, *extra_args: str) -> SaneScanner:
        return self.scanner(f"--read-return-value={STATUS[problem]}", *extra_args)


class RetryingScanner:
    """A SaneScanner that scans once more when the test backend deadlocks.

    At the end of each page the backend (sane-backends 1.1.1) cancels its reader thread
    asynchronously; now and then (about one page in 3,000 here) that lands while the thread is
    freeing memory and scanimage hangs for good. The adapter then kills it on the page timeout
    and reports FAILED: the adapter doing its job, but not what a test of a good scan is about.
    Callbacks are replayed after the attempt, so a test sees exactly one scan.
    """

    def __init__(self, scanner: SaneScanner) -> None:
        self.scanner = scanner

    def find(self) -> ScannerInfo | None:
        return self.scanner.find()

    def cancel(self) -> None:
        self.scanner.cancel()

    def scan(
        self,
        request: ScanRequest,
        out_dir: Path,
        on_progress: Callable[[ScanProgress], None] | None = None,
        on_page: Callable[[ScannedPage], None] | None = None,
    ) -> list[ScannedPage]:
        for attempt in (1, 2):
            progress: list[ScanProgress] = []
            pages: list[ScannedPage] = []
            started = time.monotonic()
            try:
                done = self.scanner.scan(request, out_dir, progress.append, pages.append)
            except ScanError as exc:
                hung = time.monotonic() - started >= PAGE_TIMEOUT_S
                if exc.code is not ScanProblem.FAILED or not hung or attempt == 2:
                    _replay(progress, on_progress, pages, on_page)
                    raise
                for page in exc.pages:
                    page.path.unlink()
                continue
            _replay(progress, on_progress, pages, on_page)
            return done
        raise AssertionError("unreachable")


def _replay(
    progress: list[ScanProgress],
    on_progress: Callable[[ScanProgress], None] | None,
    pages: list[ScannedPage],
    on_page: Callable[[ScannedPage], None] | None,
) -> None:
    if on_progress is not None:
        for step in progress:
            on_progress(step)
    if on_page is not None:
        for page in pages:
            on_page(page)


def sane_test_backend(root: Path) -> SaneTestBackend:
    """Set up the private configuration under ``root``; skip when SANE is not installed."""
    scanimage = shutil.which("scanimage")
    if scanimage is None:
        pytest.skip("scanimage is not installed (apt-get install sane-utils)")
    config = root / "sane.d"
    config.mkdir(parents=True)
    (config / "dll.conf").write_text("test\n", encoding="utf-8")
    text = SYSTEM_TEST_CONF.read_text(encoding="utf-8") if SYSTEM_TEST_CONF.is_file() else ""
    # The backend's glass is 200 mm square by default; make room for A4.
    text = re.sub(r"(?m)^geometry_max\b.*$", "", text) + "\ngeometry_max 300.0\n"
    (config / "test.conf").write_text(text, encoding="utf-8")
    backend = SaneTestBackend(config)
    listed = subprocess.run(
        [scanimage, "-f", "%d%n"], env={**os.environ, "LC_ALL": "C", **backend.env},
        capture_output=True, text=True, timeout=30, check=False,
    )
    if DEVICE not in listed.stdout.split():
        pytest.skip("SANE's test backend is not available (package libsane1)")
    return backend
