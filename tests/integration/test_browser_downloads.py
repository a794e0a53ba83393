"""A file downloaded in the real browser, from a local web site, goes the way a file from a USB
stick goes: checked and rebuilt in the real bubblewrap sandbox, off the UI thread, then in My
documents as a clean copy; or refused with a sentence, and nothing kept. Without a sandbox a
download is refused; a session that ends while a download is checked leaves nothing behind."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.artifacts import Origin, Verdict
from kiosk.intake import IntakeRefused
from kiosk.sandbox.bwrap import Bubblewrap
from kiosk.sandbox.stick_reader import StickReader
from kiosk.session import EndReason
from kiosk.ui.app import ShellApp
from kiosk.ui.browser.screen import BrowserScreen, Tab
from tests.integration.conftest import ShellFactory, load, open_browser, run_js
from tests.integration.webserver import HOSTILE_PDF, SiteServer

SANDBOX = StickReader().available()
pytestmark = [pytest.mark.real,
              pytest.mark.skipif(not SANDBOX, reason="the bubblewrap sandbox does not work here")]
CHECK_TIMEOUT_MS = 30_000


def english_browser(make_shell: ShellFactory, qtbot: QtBot) -> tuple[BrowserScreen, ShellApp]:
    shell = make_shell()
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], Qt.MouseButton.LeftButton)
    return open_browser(shell, qtbot), shell


def download(browser: BrowserScreen, qtbot: QtBot, site: SiteServer, link: str) -> Tab:
    tab = load(browser, qtbot, site.url("downloads.html"), lambda t: bool(t))
    run_js(tab, qtbot, f"document.getElementById({link!r}).click(); 1")
    return tab


def downloads_left(shell: ShellApp) -> list[Path]:
    session = shell.core.sessions.session
    assert session is not None
    folder = session.workspace.path / "downloads"
    return list(folder.iterdir()) if folder.exists() else []


def test_a_pdf_that_runs_javascript_is_kept_only_as_a_rebuilt_copy(
        make_shell: ShellFactory, qtbot: QtBot, site: SiteServer) -> None:
    browser, shell = english_browser(make_shell, qtbot)
    tray = shell.core.sessions.session.tray  # type: ignore[union-attr]
    download(browser, qtbot, site, "hostile")
    qtbot.waitUntil(lambda: len(tray.kept()) == 1, timeout=CHECK_TIMEOUT_MS)
    [artifact] = tray.kept()
    assert artifact.origin is Origin.DOWNLOAD and artifact.verdict is Verdict.SANITIZED
    assert (artifact.display_name, artifact.mime) == ("hostile.pdf", "application/pdf")
    assert artifact.path is not None
    rebuilt = artifact.path.read_bytes()
    assert b"JavaScript" in HOSTILE_PDF and b"OpenAction" in HOSTILE_PDF
    assert rebuilt.startswith(b"%PDF-") and b"JavaScript" not in rebuilt
    assert b"OpenAction" not in rebuilt and b"launchURL" not in rebuilt
    qtbot.waitUntil(lambda: browser.notice.text() ==
                    "“hostile.pdf” is saved in My documents.")
    assert downloads_left(shell) == []


def test_an_executable_named_pdf_is_refused_and_nothing_is_kept(
        make_shell: ShellFactory, qtbot: QtBot, site: SiteServer) -> None:
    browser, shell = english_browser(make_shell, qtbot)
    tray = shell.core.sessions.session.tray  # type: ignore[union-attr]
    download(browser, qtbot, site, "renamed")
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=CHECK_TIMEOUT_MS)
    [refusal] = tray.items()
    assert refusal.verdict is Verdict.BLOCKED and refusal.reason == "executable"
    assert refusal.display_name == "renamed.pdf" and refusal.path is None
    qtbot.waitUntil(lambda: "could be dangerous" in browser.notice.text())
    assert "renamed.pdf" in browser.notice.text()
    assert tray.kept() == [] and downloads_left(shell) == []


def test_the_browser_answers_while_a_download_is_checked(
        make_shell: ShellFactory, qtbot: QtBot, site: SiteServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    browser, shell = english_browser(make_shell, qtbot)
    tray = shell.core.sessions.session.tray  # type: ignore[union-attr]
    intake = shell.core.intake
    admit = intake.admit
    held = threading.Event()
    ran_on: list[threading.Thread] = []

    def held_admit(*args: Any, **kwargs: Any) -> Any:
        ran_on.append(threading.current_thread())
        assert held.wait(20), "the UI thread never let the check go"
        return admit(*args, **kwargs)

    monkeypatch.setattr(intake, "admit", held_admit)
    tab = download(browser, qtbot, site, "letter")
    # The check is held on its thread: the UI still shows, and the page still answers.
    qtbot.waitUntil(lambda: browser.notice.text() == "Checking your download…",
                    timeout=CHECK_TIMEOUT_MS)
    assert browser.notice.isVisible() and browser.notice.property("kind") == "busy"
    assert run_js(tab, qtbot, "6 * 7") == 42
    assert len(tray) == 0 and browser.downloads.busy
    held.set()
    qtbot.waitUntil(lambda: len(tray.kept()) == 1, timeout=CHECK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: browser.notice.text() == "“letter.pdf” is saved in My documents.")
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert tray.kept()[0].verdict is Verdict.SANITIZED


def test_without_a_sandbox_a_download_is_refused_never_kept_unchecked(
        make_shell: ShellFactory, qtbot: QtBot, site: SiteServer) -> None:
    browser, shell = english_browser(make_shell, qtbot)
    shell.core.intake.reader = StickReader(Bubblewrap("/nonexistent/bwrap"))
    tray = shell.core.sessions.session.tray  # type: ignore[union-attr]
    download(browser, qtbot, site, "letter")
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=CHECK_TIMEOUT_MS)
    [refusal] = tray.items()
    assert refusal.verdict is Verdict.BLOCKED and refusal.reason == "sandbox_unavailable"
    qtbot.waitUntil(lambda: "cannot be checked on this terminal now" in browser.notice.text())
    assert tray.kept() == [] and downloads_left(shell) == []


def test_ending_the_session_while_a_download_is_checked_leaves_nothing(
        make_shell: ShellFactory, qtbot: QtBot, site: SiteServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    browser, shell = english_browser(make_shell, qtbot)
    session = shell.core.sessions.session
    assert session is not None
    intake = shell.core.intake
    admit = intake.admit
    started = threading.Event()
    outcome: list[str] = []

    def slow_admit(*args: Any, **kwargs: Any) -> Any:
        started.set()
        threading.Event().wait(0.5)  # the session ends meanwhile
        try:
            return admit(*args, **kwargs)
        except IntakeRefused as refused:
            outcome.append(refused.code)
            raise

    monkeypatch.setattr(intake, "admit", slow_admit)
    download(browser, qtbot, site, "letter")
    qtbot.waitUntil(started.is_set, timeout=CHECK_TIMEOUT_MS)
    shell.core.sessions.end(EndReason.USER)
    assert outcome == ["cancelled"]  # the end of the session waited for the check to stop
    report = shell.core.sessions.last_scrub
    assert report is not None and report.passed
    assert session.tray.items() == [] and not session.workspace.path.exists()
