"""One measured process for `kiosk bench browser`: a shell, a session, the Internet screen.

Arguments: a throwaway folder for the kiosk's data and runtime, the local site's address
(`http://127.0.0.1:PORT`) and the settling time in seconds. Prints, in order:

- `engine <version>`: the Chromium version inside QtWebEngine;
- `first_page <s>`: from the tap on the Internet tile to the first page's loadFinished;
- `process <pid> <kind> <RSS KiB> <PSS KiB or ->`: each process of its tree, after settling;
- `scrub <s> <report s>`: ending the session once it has 4 tabs and 10 downloads, timed
  around the call and as the scrub report states it.

Exits 1 with a message on standard error when a step times out or the scrub fails.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.bench_browser import DOWNLOADS, PROGRAM, tree_memory
from kiosk.config import load
from kiosk.session import EndReason
from kiosk.ui.app import ShellApp, make_application
from kiosk.ui.browser.screen import BrowserScreen

TABS = 4
PAGE_TIMEOUT_S = 30.0
DOWNLOADS_TIMEOUT_S = 60.0


class BenchFailed(Exception):
    """A step did not happen in time, or the scrub did not pass."""


def _spin(seconds: float) -> None:
    """Let the event loop run for a while (pages load, downloads finish)."""
    loop = QEventLoop()
    QTimer.singleShot(max(1, round(seconds * 1000)), loop.quit)
    loop.exec()


def _wait(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise BenchFailed(f"timed out waiting for {what}")
        _spin(0.005)


def _open(browser: BrowserScreen, url: str) -> list[tuple[float, bool]]:
    """Open `url` in the current tab; the list gets (perf_counter, ok) at its loadFinished."""
    finished: list[tuple[float, bool]] = []
    browser.open_url(url)
    tab = browser.current_tab()
    if tab is None:
        raise BenchFailed(f"no tab for {url}")
    # Emitted from a later turn of the event loop, so connecting after load() is in time.
    tab.page.loadFinished.connect(lambda ok: finished.append((time.perf_counter(), ok)))
    return finished


def _loaded(finished: list[tuple[float, bool]], what: str) -> float:
    """Wait for the load `_open` started; its perf_counter time."""
    _wait(lambda: bool(finished), PAGE_TIMEOUT_S, what)
    at, ok = finished[0]
    if not ok:
        raise BenchFailed(f"{what} did not load")
    return at


def _first_page(shell: ShellApp, url: str) -> tuple[BrowserScreen, float]:
    """Tap Internet, open the page: seconds from the tap until the page has loaded."""
    tile = shell.window.home.tiles["internet"]
    start = time.perf_counter()
    tile.click()  # as a tap: the controller builds the Internet screen (and loads QtWebEngine)
    controller = shell.window.controller
    browser = controller.browser if controller is not None else None
    if browser is None or shell.window.stack.currentWidget() is not browser:
        raise BenchFailed("the Internet tile did not open the browser")
    loaded = _loaded(_open(browser, url), "the first page")
    return browser, loaded - start


def _fill_session(shell: ShellApp, browser: BrowserScreen, base: str) -> None:
    """Three more tabs (the last one downloads ten letters) until the tray holds them all."""
    for n in range(2, TABS + 1):
        browser.show_start()  # the "Sites" button: the next page opens in a new tab
        url = f"{base}/downloads.html" if n == TABS else f"{base}/?n={n}&client=kiosk"
        _loaded(_open(browser, url), f"page {n}")
    if len(browser.tabs) != TABS:
        raise BenchFailed(f"{len(browser.tabs)} tabs open instead of {TABS}")
    session = shell.core.sessions.session
    if session is None:
        raise BenchFailed("the session ended early")
    tray = session.tray
    _wait(lambda: len(tray) >= DOWNLOADS, DOWNLOADS_TIMEOUT_S, f"{DOWNLOADS} downloads")
    if len(tray.kept()) != DOWNLOADS:
        raise BenchFailed(f"{len(tray.kept())} of {len(tray)} downloads kept in the tray")


def measure(root: Path, base: str, settle_s: float) -> None:
    from PySide6.QtWebEngineCore import qWebEngineChromiumVersion

    settings = load(path=None, env={}, overrides={
        "paths.data_dir": str(root / "data"), "paths.runtime_dir": str(root / "run"),
    })
    app = make_application(sys.argv[:1], demo=True)
    shell = ShellApp(app, settings, kiosk_mode=False)
    shell.window.show_shell()
    try:
        if not shell.start_core():
            raise BenchFailed("the shell could not open its storage")
        _spin(0.1)  # the attract screen painted, as a person would see it
        shell.window.attract.touch.click()
        if shell.core.sessions.session is None:
            raise BenchFailed("touching the attract screen did not start a session")
        _spin(0.1)
        engine: object = qWebEngineChromiumVersion()  # a str at run time, bytes in the stubs
        print(f"engine {engine}", flush=True)
        browser, first_page = _first_page(shell, f"{base}/?n=1&client=kiosk")
        print(f"first_page {first_page:.4f}", flush=True)
        _spin(settle_s)
        for p in tree_memory(os.getpid()).processes:
            print(f"process {p.pid} {p.kind} {p.rss_kib} {'-' if p.pss_kib is None else p.pss_kib}",
                  flush=True)
        _fill_session(shell, browser, base)
        start = time.perf_counter()
        shell.core.sessions.end(EndReason.USER)
        took = time.perf_counter() - start
        report = shell.core.sessions.last_scrub
        if report is None or not report.passed:
            failed = (report.steps_failed + report.kinds_failed) if report else ("no report",)
            raise BenchFailed(f"the scrub did not pass: {', '.join(failed)}")
        print(f"scrub {took:.4f} {report.duration_s:.4f}", flush=True)
    finally:
        shell.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m kiosk.ui.bench_browser_child ROOT SITE_URL SETTLE_S",
              file=sys.stderr)
        return 2
    try:
        measure(Path(argv[0]), argv[1].rstrip("/"), float(argv[2]))
    except BenchFailed as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
