"""Fixtures for journeys through the real shell with real QtWebEngine pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import build_core
from kiosk.clock import FakeClock
from kiosk.credentials import PinHasher
from kiosk.ui.app import ShellApp, make_application
from kiosk.ui.browser.screen import BrowserScreen, Tab
from kiosk.ui.controller import ShellController
from tests.conftest import make_settings
from tests.integration.webserver import SiteServer, serve

PAGE_TIMEOUT_MS = 20_000


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return QApplication


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with serve() as server:
        yield server


ShellFactory = Callable[..., ShellApp]


@pytest.fixture
def make_shell(qapp: QApplication, tmp_path: Path) -> Iterator[ShellFactory]:
    made: list[ShellApp] = []

    def make(**overrides: object) -> ShellApp:
        settings = make_settings(tmp_path, **overrides)
        app = make_application(["kiosk"], demo=True)
        core = build_core(settings, FakeClock(), PinHasher(memory_kib=1024, iterations=1))
        shell = ShellApp(app, settings, kiosk_mode=False)
        shell.attach(core)
        shell.window.resize(1280, 800)
        shell.window.show()
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.window._allow_close = True
        shell.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def controller(shell: ShellApp) -> ShellController:
    assert shell.window.controller is not None
    return shell.window.controller


def open_browser(shell: ShellApp, qtbot: QtBot) -> BrowserScreen:
    if shell.core.sessions.session is None:
        qtbot.mouseClick(shell.window.attract.touch, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.window.home.tiles["internet"], Qt.MouseButton.LeftButton)
    browser = controller(shell).browser
    assert browser is not None and shell.window.stack.currentWidget() is browser
    return browser


def load(browser: BrowserScreen, qtbot: QtBot, url: str, title: Callable[[str], bool]) -> Tab:
    """Open `url` and wait until it has finished loading and its title satisfies `title`."""
    finished: list[bool] = []
    browser.open_url(url)
    tab = browser.current_tab()
    assert tab is not None
    tab.page.loadFinished.connect(finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=PAGE_TIMEOUT_MS)
    tab.page.loadFinished.disconnect(finished.append)
    qtbot.waitUntil(lambda: title(tab.page.title()), timeout=PAGE_TIMEOUT_MS)
    return tab


def run_js(tab: Tab, qtbot: QtBot, script: str) -> object:
    results: list[object] = []
    tab.page.runJavaScript(script, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=PAGE_TIMEOUT_MS)
    return results[0]
