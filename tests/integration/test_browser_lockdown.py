"""Escape attempts against the real browser, one test per technique, and what a person
sees: downloads and uploads through the tray, print to the tray, plain-words problems."""

from __future__ import annotations

import datetime
import json
import os
import signal
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from kiosk.artifacts import Origin, Verdict
from kiosk.ui.app import ExternalUrlSink
from kiosk.ui.browser.screen import Tab
from kiosk.ui.print_screen import PrintScreen
from tests.integration.conftest import ShellFactory, load, open_browser, run_js
from tests.integration.webserver import SiteServer, serve

LEFT = Qt.MouseButton.LeftButton


def click_element(tab: Tab, qtbot: QtBot, element_id: str) -> None:
    """A real mouse click on a page element (pages need a user gesture for some things)."""
    found = run_js(tab, qtbot, f"""(() => {{
        const r = document.getElementById({element_id!r}).getBoundingClientRect();
        return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]); }})()""")
    rect = json.loads(str(found))
    target = tab.view.focusProxy() or tab.view
    QTest.mouseClick(target, LEFT, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(rect[0]), int(rect[1])))


@pytest.fixture
def browser_and_shell(make_shell: ShellFactory, qtbot: QtBot):  # type: ignore[no-untyped-def]
    shell = make_shell(browser__max_download_mb=1)
    return open_browser(shell, qtbot), shell


def test_start_page_shows_the_configured_sites(make_shell: ShellFactory, qtbot: QtBot) -> None:
    browser = open_browser(make_shell(), qtbot)
    names = [b.text() for b in browser.site_buttons]
    assert names[:3] == ["Service Public", "CAF", "Ameli"] and len(names) == 7
    assert browser.address.isVisible()


@pytest.mark.parametrize(
    "target",
    ["file:///etc/passwd", "view-source:http://127.0.0.1/", "chrome://settings",
     "data:text/html,<title>data-page</title>", "javascript:document.title='js-ran'"],
)
def test_refused_schemes_by_script_stay_on_the_page(
    browser_and_shell, qtbot: QtBot, site: SiteServer, target: str  # type: ignore[no-untyped-def]
) -> None:
    browser, _shell = browser_and_shell
    tab = load(browser, qtbot, site.url("schemes.html"), lambda t: bool(t))
    before = tab.page.url().toString()
    run_js(tab, qtbot, f"window.go({target!r}); 1")
    qtbot.wait(400)
    assert tab.page.url().toString() == before
    assert tab.page.title() not in ("data-page", "js-ran")
    if not target.startswith("javascript:"):
        qtbot.waitUntil(browser.notice.isVisible, timeout=5000)


@pytest.mark.parametrize("link", ["file", "view-source", "chrome", "data", "mailto", "tel"])
def test_refused_links_by_click(
    browser_and_shell, qtbot: QtBot, site: SiteServer, link: str  # type: ignore[no-untyped-def]
) -> None:
    browser, _shell = browser_and_shell
    sink = QApplication.instance().findChild(ExternalUrlSink)  # type: ignore[union-attr]
    assert sink is not None
    refused_before = sink.refused
    tab = load(browser, qtbot, site.url("schemes.html"), lambda t: bool(t))
    before = tab.page.url().toString()
    click_element(tab, qtbot, link)
    qtbot.wait(400)
    assert tab.page.url().toString() == before
    # Nothing outside the kiosk was launched, not even through Qt's URL handlers.
    assert sink.refused == refused_before
    # Refused with a sentence, whether the kiosk or the engine stopped it first.
    qtbot.waitUntil(browser.notice.isVisible, timeout=5000)


def test_typed_addresses(browser_and_shell, qtbot: QtBot, site: SiteServer):  # type: ignore[no-untyped-def]
    browser, _shell = browser_and_shell
    browser.address.setText("file:///etc/passwd")
    browser.address.returnPressed.emit()
    assert browser.notice.isVisible() and not browser.tabs
    browser.address.setText(site.url("index.html"))
    browser.address.returnPressed.emit()
    tab = browser.current_tab()
    assert tab is not None
    qtbot.waitUntil(lambda: tab.page.title() == "Kiosk test site", timeout=15000)


def test_window_open_storm_is_capped_at_max_tabs(browser_and_shell, qtbot: QtBot, site: SiteServer):  # type: ignore[no-untyped-def]
    browser, _shell = browser_and_shell
    load(browser, qtbot, site.url("popup-storm.html"), lambda t: t == "storm-done")
    qtbot.wait(500)
    assert len(browser.tabs) == 4
    assert browser.tab_bar.isVisible()


def test_target_blank_opens_a_tab(browser_and_shell, qtbot: QtBot, site: SiteServer):  # type: ignore[no-untyped-def]
    browser, _shell = browser_and_shell
    tab = load(browser, qtbot, site.url("blank-target.html"), lambda t: bool(t))
    click_element(tab, qtbot, "l")
    qtbot.waitUntil(lambda: len(browser.tabs) == 2, timeout=10000)
    browser.close_tab(1)
    assert len(browser.tabs) == 1


def test_fullscreen_is_refused(browser_and_shell, qtbot: QtBot, site: SiteServer):  # type: ignore[no-untyped-def]
    browser, shell = browser_and_shell
    tab = load(browser, qtbot, site.url("fullscreen.html"), lambda t: bool(t))
    click_element(tab, qtbot, "fs")
    qtbot.waitUntil(lambda: tab.page.title().startswith("fs:"), timeout=10000)
    assert tab.page.title().startswith("fs:denied")
    assert not shell.window.isFullScreen()


def test_permissions_are_denied(browser_and_shell, qtbot: QtBot, site: SiteServer):  # type: ignore[no-untyped-def]
    browser, _shell = browser_and_shell
    tab = load(browser, qtbot, site.url("geo.html"), lambda t: t.startswith("perms:"))
    title = tab.page.title()
    assert "geo=denied" in title and "notif=denied" in title
    assert "cam=granted" not in title


@pytest.mark.real  # checked and rebuilt in bubblewrap
def test_downloads_land_in_the_tray_checked_and_rebuilt(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    tray = shell.core.sessions.session.tray
    tab = load(browser, qtbot, site.url("downloads.html"), lambda t: bool(t))
    for link in ("letter", "photo", "setup", "launcher", "script", "renamed", "hostile"):
        count = len(tray)
        run_js(tab, qtbot, f"document.getElementById({link!r}).click(); 1")
        qtbot.waitUntil(lambda c=count: len(tray) == c + 1 and not browser.downloads.busy,
                        timeout=30000)
    run_js(tab, qtbot, "document.getElementById('big').click(); 1")
    qtbot.waitUntil(lambda: browser._notice_key == ("refused_too_large", "big.pdf"),
                    timeout=15000)
    kept = {a.display_name: a for a in tray.kept()}
    assert set(kept) == {"letter.pdf", "photo.png", "hostile.pdf"}
    assert all(a.origin is Origin.DOWNLOAD and a.verdict is Verdict.SANITIZED
               and a.path and a.path.exists() for a in kept.values())
    refused = {a.display_name: a.reason for a in tray.items() if a.verdict is Verdict.BLOCKED}
    assert refused == {"setup.exe": "executable", "launcher.desktop": "shortcut",
                       "script.sh": "script", "renamed.pdf": "executable"}
    downloads = shell.core.sessions.session.workspace.path / "downloads"
    assert [p for p in downloads.iterdir()] == [] if downloads.exists() else True


def test_upload_uses_the_kiosk_picker_over_the_tray(
    browser_and_shell, qtbot: QtBot, site: SiteServer, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    sample = tmp_path / "avis.pdf"
    sample.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    shell.core.sessions.session.tray.add_file(sample, Origin.SCAN, "avis.pdf", "application/pdf")
    tab = load(browser, qtbot, site.url("file-input.html"), lambda t: bool(t))
    picker = shell.window.picker
    picked: list[bool] = []

    def choose_when_shown() -> None:
        if picker.isVisible():
            assert picker.list.count() == 1 and "avis.pdf" in picker.list.item(0).text()
            picker.choose.click()
            picked.append(True)
        else:
            QTimer.singleShot(50, choose_when_shown)

    QTimer.singleShot(50, choose_when_shown)
    click_element(tab, qtbot, "f")
    qtbot.waitUntil(lambda: bool(picked), timeout=10000)
    run_js(tab, qtbot, "document.getElementById('form').submit(); 1")
    qtbot.waitUntil(lambda: tab.page.title().startswith("uploaded:"), timeout=10000)
    # The site receives the document under the name the person knows.
    assert tab.page.title() == f"uploaded:avis.pdf:{sample.stat().st_size}"
    assert site.uploads[-1][1] == sample.read_bytes()


def test_a_page_asking_to_print_puts_a_pdf_in_the_tray(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    tray = shell.core.sessions.session.tray
    tab = load(browser, qtbot, site.url("print.html"), lambda t: bool(t))
    click_element(tab, qtbot, "p")
    qtbot.waitUntil(lambda: len(tray.kept()) == 1, timeout=20000)
    artifact = tray.kept()[0]
    assert artifact.origin is Origin.WEB_PRINT and artifact.mime == "application/pdf"
    assert artifact.path is not None and artifact.path.read_bytes().startswith(b"%PDF")
    # The print screen opens on it, ready to print.
    screen = shell.window.stack.currentWidget()
    assert isinstance(screen, PrintScreen)
    qtbot.waitUntil(lambda: screen.print_button.isEnabled(), timeout=20000)
    assert screen._plan is not None and screen._plan.path == artifact.path


def test_the_print_button_prints_the_page_shown(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    load(browser, qtbot, site.url("print.html"), lambda t: bool(t))
    qtbot.mouseClick(browser.print_button, Qt.MouseButton.LeftButton)
    screen = shell.window.stack.currentWidget
    qtbot.waitUntil(lambda: isinstance(screen(), PrintScreen), timeout=20000)
    printing = screen()
    assert isinstance(printing, PrintScreen)
    qtbot.waitUntil(lambda: printing.print_button.isEnabled(), timeout=20000)
    qtbot.mouseClick(printing.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.core.printing.jobs != (), timeout=10000)
    [job] = shell.core.printing._printer.submitted
    assert job.title.startswith("kiosk-") and "print" not in job.title


def test_a_renderer_crash_shows_a_calm_panel_and_reload_works(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, _shell = browser_and_shell
    tab = load(browser, qtbot, site.url("crash.html"), lambda t: bool(t))
    pid = tab.page.renderProcessPid()
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.problem, timeout=10000)
    assert tab.problem == "crashed"
    qtbot.mouseClick(browser.problem_retry, LEFT)
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is tab.view, timeout=10000)
    qtbot.waitUntil(lambda: bool(tab.page.title()), timeout=10000)


def test_no_network_shows_what_still_works(browser_and_shell, qtbot: QtBot):  # type: ignore[no-untyped-def]
    browser, _shell = browser_and_shell
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    browser.open_url(f"http://127.0.0.1:{closed_port}/")
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.problem, timeout=15000)
    assert browser.current_tab().problem == "offline"  # type: ignore[union-attr]
    assert browser.problem_text.text()


@pytest.fixture
def https_site(tmp_path: Path) -> Iterator[str]:
    """An HTTPS server with a self-signed certificate the browser must refuse."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))

    class Hello(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = b"<title>secret-page</title>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_certificate_errors_are_never_bypassed(
    browser_and_shell, qtbot: QtBot, https_site: str  # type: ignore[no-untyped-def]
) -> None:
    browser, _shell = browser_and_shell
    browser.open_url(https_site)
    qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.problem, timeout=15000)
    tab = browser.current_tab()
    assert tab is not None and tab.problem == "certificate"
    assert tab.page.title() != "secret-page"


def test_sensitive_sites_show_the_log_out_banner(
    make_shell: ShellFactory, qtbot: QtBot  # type: ignore[no-untyped-def]
) -> None:
    shell = make_shell(browser__sensitive=["localhost"])
    browser = open_browser(shell, qtbot)
    with serve(url_host="localhost") as account:
        load(browser, qtbot, account.url("index.html"), lambda t: t == "Kiosk test site")
        qtbot.waitUntil(browser.sensitive.isVisible, timeout=5000)
        assert "log out" in browser.sensitive.text() or "déconnecter" in browser.sensitive.text()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_browser_shortcuts_are_swallowed(
    browser_and_shell, qtbot: QtBot, site: SiteServer, key: Qt.Key,  # type: ignore[no-untyped-def]
    modifiers: Qt.KeyboardModifier,
) -> None:
    browser, shell = browser_and_shell
    tab = load(browser, qtbot, site.url("index.html"), lambda t: t == "Kiosk test site")
    before = shell.guard.blocked_count
    QTest.keyClick(shell.window.windowHandle(), key, modifiers)
    assert shell.guard.blocked_count > before
    assert len(browser.tabs) == 1 and tab.page.title() == "Kiosk test site"
    assert shell.window.isVisible()


def test_a_file_input_injected_by_script_still_gets_the_kiosk_picker(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    tab = load(browser, qtbot, site.url("file-input.html"), lambda t: bool(t))
    picker = shell.window.picker
    seen: list[bool] = []

    def cancel_when_shown() -> None:
        if picker.isVisible():
            seen.append(True)
            picker.cancel.click()
        else:
            QTimer.singleShot(50, cancel_when_shown)

    QTimer.singleShot(50, cancel_when_shown)
    click_element(tab, qtbot, "inject")
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert not picker.isVisible()


def test_pages_receive_the_session_language(make_shell: ShellFactory, qtbot: QtBot,
                                            site: SiteServer) -> None:
    shell = make_shell()
    qtbot.mouseClick(shell.window.attract.language_buttons["ar"], LEFT)
    browser = open_browser(shell, qtbot)
    load(browser, qtbot, site.url("index.html"), lambda t: t == "Kiosk test site")
    pages = [r for r in site.requests if r.path.startswith("/index.html")]
    assert pages and pages[-1].headers.get("Accept-Language", "").startswith("ar")


def test_the_context_menu_keeps_only_harmless_actions(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    browser, _shell = browser_and_shell
    tab = load(browser, qtbot, site.url("index.html"), lambda t: t == "Kiosk test site")
    shown: list[set[object]] = []

    def read_and_close_menu() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(50, read_and_close_menu)
            return
        shown.append({a for a in popup.actions() if not a.isSeparator()})
        popup.close()

    QTimer.singleShot(50, read_and_close_menu)
    # Under load the page's render widget may not take the first click yet: click again
    # every two seconds until the menu shows.
    for _attempt in range(5):
        target = tab.view.focusProxy() or tab.view
        QTest.mouseClick(target, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(40, 40))
        try:
            qtbot.waitUntil(lambda: bool(shown), timeout=2000)
            break
        except WaitTimeout:
            continue
    assert shown, "no context menu came up"
    page = tab.page
    for dangerous in (QWebEnginePage.WebAction.ViewSource,
                      QWebEnginePage.WebAction.InspectElement,
                      QWebEnginePage.WebAction.SavePage,
                      QWebEnginePage.WebAction.DownloadLinkToDisk,
                      QWebEnginePage.WebAction.OpenLinkInNewWindow):
        assert page.action(dangerous) not in shown[0]
    assert shown[0] <= {page.action(a) for a in (
        QWebEnginePage.WebAction.Back, QWebEnginePage.WebAction.Forward,
        QWebEnginePage.WebAction.Reload, QWebEnginePage.WebAction.Stop,
        QWebEnginePage.WebAction.Copy, QWebEnginePage.WebAction.Cut,
        QWebEnginePage.WebAction.Paste, QWebEnginePage.WebAction.SelectAll,
        QWebEnginePage.WebAction.Undo, QWebEnginePage.WebAction.Redo,
        QWebEnginePage.WebAction.PasteAndMatchStyle)}


def test_a_configured_site_may_be_granted_one_permission(
    make_shell: ShellFactory, qtbot: QtBot, site: SiteServer
) -> None:
    shell = make_shell(browser__permissions=["127.0.0.1:notifications"])
    browser = open_browser(shell, qtbot)
    tab = load(browser, qtbot, site.url("geo.html"), lambda t: t.startswith("perms:"))
    title = tab.page.title()
    assert "notif=granted" in title and "geo=denied" in title


def test_the_on_screen_keyboard_types_into_a_web_form(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    tab = load(browser, qtbot, site.url("index.html"), lambda t: t == "Kiosk test site")
    run_js(tab, qtbot, """(() => { const i = document.createElement('input'); i.id = 'name';
        i.style = 'position:fixed;top:10px;left:10px;width:300px;height:40px';
        document.body.appendChild(i); return 1; })()""")
    click_element(tab, qtbot, "name")
    qtbot.mouseClick(browser.keyboard_button, LEFT)
    keyboard = shell.window.keyboard
    assert keyboard.isVisible()
    for letter in "dupont":
        button = next(k for k in keyboard.keys if k.text() == letter)
        qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: run_js(tab, qtbot, "document.getElementById('name').value")
                    == "dupont", timeout=5000)


def test_the_keyboard_comes_up_for_a_page_s_text_field(
    browser_and_shell, qtbot: QtBot, site: SiteServer  # type: ignore[no-untyped-def]
) -> None:
    browser, shell = browser_and_shell
    keyboard = shell.window.keyboard
    keyboard.hide()
    tab = load(browser, qtbot, site.url("canary.html?v=KBD"), lambda t: t.startswith("planted"))
    click_element(tab, qtbot, "name")
    qtbot.waitUntil(keyboard.isVisible, timeout=10_000)
    # A page cannot fake the kiosk's signal: it does not know the session's token.
    run_js(tab, qtbot, "document.activeElement.blur(); console.log('show'); 1")
    qtbot.waitUntil(lambda: not keyboard.isVisible(), timeout=10_000)
