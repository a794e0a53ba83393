"""Every trace a session leaves in the browser dies with it: canaries planted in session A
are found neither by session B nor anywhere on disk. Real QtWebEngine, real local site."""

from __future__ import annotations

import json
import os
import secrets
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.integration.conftest import ShellFactory, controller, load, open_browser, run_js
from tests.integration.webserver import SiteServer


def files_containing(roots: list[Path], needle: bytes, since: float) -> list[Path]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder, name)
                try:
                    if path.stat().st_mtime < since - 1 or path.stat().st_size > 50_000_000:
                        continue
                    if needle in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


def test_canaries_of_every_kind_die_with_the_session(
    make_shell: ShellFactory, qtbot: QtBot, site: SiteServer, tmp_path: Path
) -> None:
    started = time.time()
    canary = "canary" + secrets.token_hex(8)
    shell = make_shell()
    browser = open_browser(shell, qtbot)
    # Session A: cookies (HTTP and JavaScript), local/session storage, IndexedDB, Cache
    # Storage, a service worker, the HTTP cache, history, a form field, several tabs.
    load(browser, qtbot, site.url(f"set-cookie?name=httpcanary&value={canary}"),
         lambda t: t == "cookie-set")
    tab = load(browser, qtbot, site.url(f"canary.html?v={canary}"),
               lambda t: t.startswith(("planted:", "plant-failed")))
    assert tab.page.title() == f"planted:{canary}"
    load(browser, qtbot, site.url(f"cached?tag={canary}"), lambda t: canary in t or True)
    qtbot.waitUntil(lambda: site.hits.get(f"/cached?tag={canary}", 0) == 1, timeout=10_000)
    run_js(tab, qtbot, "document.title = 'typed'; 1")
    probe = load(browser, qtbot, site.url("probe.html"), lambda t: t.startswith("{"))
    seen = json.loads(probe.page.title())
    assert seen["local"] == canary and seen["idb"] == canary and seen["sw"] == 1
    assert canary in seen["cookie"]
    run_js(probe, qtbot, "window.open('index.html'); window.open('index.html'); 1")
    qtbot.waitUntil(lambda: len(browser.tabs) == 3, timeout=10_000)
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(canary)

    qtbot.mouseClick(shell.window.bar.end, _left())
    report = shell.core.sessions.last_scrub
    assert report is not None and report.passed, report
    for kind in ("browser_profile", "browser_disk", "clipboard", "workspace"):
        assert kind in report.kinds_passed
    assert controller(shell).browser is None
    assert QApplication.clipboard().text() == ""

    # Session B sees nothing of it.
    browser = open_browser(shell, qtbot)
    assert browser.tabs == []
    probe = load(browser, qtbot, site.url("probe.html"), lambda t: t.startswith("{"))
    seen = json.loads(probe.page.title())
    assert seen == {"cookie": "", "local": None, "session": None, "idb": None,
                    "caches": [], "sw": 0}
    echoed = load(browser, qtbot, site.url("echo-cookies"), lambda t: t.startswith("cookies:"))
    assert echoed.page.title() == "cookies:"
    assert not echoed.page.history().canGoBack() or echoed.page.history().count() <= 2
    load(browser, qtbot, site.url(f"cached?tag={canary}"), lambda t: True)
    qtbot.waitUntil(lambda: site.hits.get(f"/cached?tag={canary}", 0) == 2, timeout=10_000)
    qtbot.mouseClick(shell.window.bar.end, _left())

    # And the disk holds no canary: the kiosk's folders, the home folder's caches, /tmp.
    home = Path.home()
    roots = [tmp_path, home / ".local" / "share", home / ".cache", home / ".config",
             Path("/tmp"), Path("/dev/shm")]
    assert files_containing(roots, canary.encode(), started) == []


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
