"""`kiosk screenshots DIR`: every screen, in every shipped language, rendered to PNG.

It drives a real shell on throwaway folders with a fake clock, the way a person would move
through it, and grabs the window at each step.
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.app import build_core
from kiosk.artifacts import Origin, Verdict
from kiosk.clock import FakeClock
from kiosk.config import SHIPPED_LANGUAGES, load
from kiosk.credentials import PinHasher
from kiosk.roles import LockedOut, Role
from kiosk.session import EndReason
from kiosk.ui.app import ShellApp, make_application
from kiosk.ui.device_screens import DeviceScreens

SIZE = (1280, 800)


def _settings(root: Path):  # type: ignore[no-untyped-def]
    settings = load(
        path=None,
        env={},
        overrides={
            "paths.data_dir": str(root / "data"),
            "paths.runtime_dir": str(root / "run"),
            "site.name": "Médiathèque Jean-Jaurès",
        },
    )
    return settings.replace(simulated_devices=True)


def _steps(shell: ShellApp, clock: FakeClock, sample: Path) -> list[tuple[str, Callable[[], None]]]:
    window, core = shell.window, shell.core

    def attract() -> None:
        pass

    def home() -> None:
        window.attract.language_buttons[shell.translations.current].click()

    def tray() -> None:
        session = core.sessions.session
        assert session is not None
        session.tray.add_file(sample, Origin.DOWNLOAD, "attestation-caf.pdf", "application/pdf")
        session.tray.add_file(sample, Origin.SCAN, "justificatif-domicile.pdf",
                              "application/pdf", Verdict.SANITIZED)
        session.tray.add_refusal(Origin.USB, "facture.pdf.exe", "application/x-dosexec",
                                 120_000, "executable")
        window.home.tiles["documents"].click()

    def scan_choose() -> None:
        window.home.tiles["scan"].click()
        devices = _devices(shell)
        _wait_until(lambda: devices.scan is not None and all(
            b.isEnabled() for b in devices.scan.preset_buttons.values()))

    def scan_pages() -> None:
        screen = _devices(shell).scan
        assert screen is not None
        screen.preset_buttons[next(iter(screen.preset_buttons))].click()
        _wait_until(lambda: screen.thumbs.count() == 1)
        screen.add_button.click()
        _wait_until(lambda: screen.thumbs.count() == 2)
        screen.thumbs.setCurrentRow(0)

    def scan_save() -> None:
        screen = _devices(shell).scan
        assert screen is not None
        screen.finish_button.click()
        _wait_until(lambda: screen.save_button.isEnabled())

    def printing() -> None:
        screen = _devices(shell).scan
        assert screen is not None
        screen.save_button.click()
        last = max(window.tray.print_buttons)
        window.tray.print_buttons[last].click()
        devices = _devices(shell)
        _wait_until(lambda: devices.print is not None and devices.print.print_button.isEnabled())

    def safe_welcome() -> None:
        window.home.tiles["safe"].click()

    def safe_created() -> None:
        screen = _devices(shell).safe
        assert screen is not None
        screen.create_button.click()
        _wait_until(lambda: screen.steps.currentWidget() is screen.created)

    def safe_inside() -> None:
        devices = _devices(shell)
        screen = devices.safe
        session = core.sessions.session
        assert screen is not None and session is not None
        screen.confirm.setText(screen.created_values[2].text().rsplit("-", 1)[-1])
        screen.confirm_button.click()
        scans = [a for a in session.tray.kept() if a.origin is Origin.SCAN]
        devices.pick_document = lambda: scans[-1]  # type: ignore[method-assign]
        screen.add_button.click()
        screen.no_expiry_button.click()
        _wait_until(lambda: bool(getattr(screen, "document_buttons", None)))

    helper_secret: list[str] = []

    def safe_social_worker() -> None:
        screen = _devices(shell).safe
        assert screen is not None
        screen.social_worker_button.click()
        step = screen.social_worker_step
        step.name_field.setText("Mme Diallo, CCAS de Lille")
        helper_secret.append(step.suggestion.text())
        step.secret_field.setText(helper_secret[0])

    def safe_social_worker_consent() -> None:
        screen = _devices(shell).safe
        assert screen is not None
        screen.social_worker_step.continue_button.click()

    def safe_social_worker_named() -> None:
        screen = _devices(shell).safe
        assert screen is not None
        step = screen.social_worker_step
        step.agree_button.click()
        _wait_until(lambda: step.pages.currentWidget() is step.status)

    def safe_opened_by_social_worker() -> None:
        screen, safe = _devices(shell).safe, core.safe.current
        assert screen is not None and safe is not None
        identifier = safe.identifier
        screen.lock()
        screen.open_button.click()
        screen.identifier.setText(identifier)
        screen.secret.setText(helper_secret[0])
        screen.submit_button.click()
        _wait_until(lambda: screen.steps.currentWidget() is screen.inside)

    def usb_detected() -> None:
        stick = sample.parent / "stick"
        (stick / "Photos").mkdir(parents=True, exist_ok=True)
        (stick / "attestation-caf.pdf").write_bytes(sample.read_bytes())
        (stick / "facture.pdf").write_bytes(b"MZ" + bytes(300))
        (stick / "Photos" / "IMG_0001.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(500))
        sticks = core.usb._sticks
        insert = getattr(sticks, "insert", None)
        if insert is not None:
            insert(stick, label="MES PAPIERS")

    def usb_files() -> None:
        devices = _devices(shell)
        if devices._usb_notice is not None:
            devices._usb_notice.open_button.click()
        _wait_until(lambda: devices.usb is not None and devices.usb.list.count() > 0)

    def internet() -> None:
        window.home.tiles["internet"].click()

    def internet_offline() -> None:
        controller = window.controller
        assert controller is not None and controller.browser is not None
        browser = controller.browser
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        browser.open_url(f"http://127.0.0.1:{port}/")
        _wait_until(lambda: browser.stack.currentWidget() is browser.problem)

    def upload_picker() -> None:
        session = core.sessions.session
        assert session is not None
        window.picker.present(session.tray.kept(), multiple=False)

    def idle_warning() -> None:
        window.picker.close_overlay()
        window.home.tiles["documents"].click()
        clock.advance(core.settings.idle_timeout_s + 18)
        window.timer.timeout.emit()

    def end_dialog() -> None:
        core.sessions.still_here()
        window.bar.end.click()

    def help_panel() -> None:
        window.end_dialog.back.click()
        window.bar.help.click()

    def privacy() -> None:
        window.help_panel.ok.click()
        window.bar.privacy.click()

    def unlock() -> None:
        window.privacy_cover.close_overlay()
        window.unlock.open()
        window.unlock.pin.setText("000000")
        window.unlock.ok.click()

    def staff() -> None:
        window.unlock.pin.setText("482913")
        window.unlock.ok.click()
        QApplication.processEvents()

    def erased() -> None:
        window.staff.close_overlay()
        core.sessions.end(EndReason.USER)

    def error() -> None:
        window.show_error()

    def out_of_service() -> None:
        assert window.controller is not None
        window.controller.render(core.sessions.state, None)
        core.sessions.put_out_of_service("workspace")

    def maintenance() -> None:
        core.grants.grant(Role.ADMIN)
        core.sessions.enter_maintenance()

    return [
        ("01-attract", attract), ("02-home", home), ("03-documents", tray),
        ("03a-scan-choose", scan_choose), ("03b-scan-pages", scan_pages),
        ("03c-scan-save", scan_save), ("03d-print", printing),
        ("03e-safe", safe_welcome), ("03f-safe-created", safe_created),
        ("03g-safe-inside", safe_inside), ("03g1-safe-social-worker", safe_social_worker),
        ("03g2-safe-social-worker-consent", safe_social_worker_consent),
        ("03g3-safe-social-worker-named", safe_social_worker_named),
        ("03g4-safe-opened-by-social-worker", safe_opened_by_social_worker),
        ("03h-usb-detected", usb_detected),
        ("03i-usb-files", usb_files),
        ("04-internet", internet), ("05-internet-offline", internet_offline),
        ("06-upload-picker", upload_picker),
        ("07-idle-warning", idle_warning), ("08-end-session", end_dialog),
        ("09-help", help_panel), ("10-privacy", privacy), ("11-unlock", unlock),
        ("12-staff", staff), ("13-attract-erased", erased), ("14-error", error),
        ("15-out-of-service", out_of_service), ("16-maintenance", maintenance),
    ]


def _devices(shell: ShellApp) -> DeviceScreens:
    controller = shell.window.controller
    assert controller is not None
    return controller.devices


def _wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def render_language(app: QApplication, language: str, out: Path) -> list[Path]:
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        root = Path(tmp)
        clock = FakeClock()
        core = build_core(_settings(root), clock, PinHasher(memory_kib=1024, iterations=1))
        core.credentials.set_pin(Role.MEDIATOR, "482913")
        shell = ShellApp(app, core.settings, kiosk_mode=False)
        shell.attach(core)
        shell.translations.switch(language)
        shell.window.resize(*SIZE)
        shell.window.show()
        sample = root / "sample.pdf"
        sample.write_bytes(b"%PDF-1.4\n" + b"0" * 180_000)
        out.mkdir(parents=True, exist_ok=True)
        for name, step in _steps(shell, clock, sample):
            try:
                step()
            except LockedOut:
                pass
            if name == "02-home" or name == "13-attract-erased":
                shell.translations.switch(language)
            QApplication.processEvents()
            path = out / f"{name}.png"
            shell.window.grab().save(str(path))
            written.append(path)
        shell.window.hide()
        shell.close()
        QApplication.processEvents()
    return written


def render_all(out: Path, languages: tuple[str, ...] = SHIPPED_LANGUAGES) -> list[Path]:
    # Pictures need no voice: Qt's silent engine, so a speech service that cannot start (no
    # sound device) never holds the rendering up.
    os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")
    app = make_application(["kiosk"], demo=True)
    written: list[Path] = []
    for language in languages:
        written += render_language(app, language, out / language)
    return written
