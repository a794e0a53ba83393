"""My safe as a person uses it: create (identifier, secret, recovery sheet printed), confirm
the sheet, add a document from the tray, lock, reopen with the secret, reopen with the
sheet (a new secret and a new sheet), and the lock at the end of the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from kiosk.artifacts import Origin
from kiosk.devices.fake_printer import FakePrinter
from kiosk.roles import Role
from kiosk.session import EndReason
from kiosk.ui.app import ShellApp
from kiosk.ui.safe_screen import SafeScreen
from kiosk.vault.store import Category

LEFT = Qt.MouseButton.LeftButton


def open_safe_screen(shell: ShellApp, qtbot: QtBot) -> SafeScreen:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    qtbot.mouseClick(shell.window.home.tiles["safe"], LEFT)
    screen = shell.window.stack.currentWidget()
    assert isinstance(screen, SafeScreen)
    return screen


def create(screen: SafeScreen, qtbot: QtBot) -> tuple[str, str, str]:
    qtbot.mouseClick(screen.create_button, LEFT)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.created, timeout=20_000)
    identifier, secret, code = (v.text() for v in screen.created_values)
    return identifier, secret, code


def confirm(screen: SafeScreen, qtbot: QtBot, code: str) -> None:
    screen.confirm.setText("WRONG")
    qtbot.mouseClick(screen.confirm_button, LEFT)
    assert "not the last group" in screen.confirm_error.text()
    screen.confirm.setText(code.rsplit("-", 1)[-1].lower())
    qtbot.mouseClick(screen.confirm_button, LEFT)
    assert screen.steps.currentWidget() is screen.inside


def test_create_add_lock_reopen_and_recover(shell: ShellApp, qtbot: QtBot, tmp_path: Path
                                            ) -> None:
    screen = open_safe_screen(shell, qtbot)
    printer = shell.core.printing._printer
    assert isinstance(printer, FakePrinter)
    identifier, secret, code = create(screen, qtbot)
    assert len(secret.split()) == 4 and "-" in code
    # The recovery sheet went to the printer, outside the quota, under a neutral title.
    [sheet_job] = printer.submitted
    assert sheet_job.pages == 1 and identifier not in sheet_job.title
    assert shell.core.printing.pages_used == 0
    assert "printing" in screen.sheet_note.text()
    confirm(screen, qtbot, code)

    # Add a document from My documents, into the chosen category.
    session = shell.core.sessions.session
    assert session is not None
    sample = tmp_path / "carte.pdf"
    sample.write_bytes(b"%PDF-1.4 canary-identity-card\n%%EOF\n")
    artifact = session.tray.add_file(sample, Origin.SCAN, "Carte identité.pdf",
                                     "application/pdf")
    assert shell.window.controller is not None
    devices = shell.window.controller.devices
    devices.pick_document = lambda: artifact  # type: ignore[method-assign]
    qtbot.mouseClick(screen.category_buttons[Category.IDENTITY], LEFT)
    qtbot.mouseClick(screen.add_button, LEFT)
    # An identity paper may expire: the safe asks for the month, and reminds.
    assert screen.steps.currentWidget() is screen.expiry_step
    screen.expiry_year.setCurrentIndex(0)
    screen.expiry_month.setCurrentIndex(screen.expiry_month.count() - 1)
    qtbot.mouseClick(screen.expiry_button, LEFT)
    qtbot.waitUntil(lambda: screen.document_buttons != {}, timeout=10_000)
    assert "(1)" in screen.category_buttons[Category.IDENTITY].text()
    [info] = shell.core.safe.current.documents()  # type: ignore[union-attr]
    assert info.expires_on is not None and info.expires_on.month == 12

    # Lock, then open again with the secret typed in another case and spacing.
    qtbot.mouseClick(screen.lock_button, LEFT)
    assert shell.core.safe.current is None
    qtbot.mouseClick(screen.open_button, LEFT)
    screen.identifier.setText(identifier.lower())
    screen.secret.setText("  " + secret.upper() + " ")
    qtbot.mouseClick(screen.submit_button, LEFT)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.inside, timeout=20_000)
    safe = shell.core.safe.current
    assert safe is not None and [d.title for d in safe.documents()] == ["Carte identité"]

    # A wrong secret is said plainly.
    qtbot.mouseClick(screen.lock_button, LEFT)
    qtbot.mouseClick(screen.open_button, LEFT)
    screen.identifier.setText(identifier)
    screen.secret.setText("pas le bon secret")
    qtbot.mouseClick(screen.submit_button, LEFT)
    qtbot.waitUntil(lambda: "does not open" in screen.open_error.text(), timeout=20_000)

    # Lost the secret: the sheet opens it, with a new secret and a new sheet.
    qtbot.mouseClick(screen.lost_button, LEFT)
    screen.identifier.setText(identifier)
    screen.secret.setText(code)
    qtbot.mouseClick(screen.submit_button, LEFT)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.created, timeout=20_000)
    new_secret, new_code = screen.created_values[1].text(), screen.created_values[2].text()
    assert new_secret != secret and new_code != code
    assert len(printer.submitted) == 2
    confirm(screen, qtbot, new_code)
    assert len(shell.core.safe.current.documents()) == 1  # type: ignore[union-attr]

    # The session ends: the safe is locked, nothing of it stays on screen.
    shell.core.sessions.end(EndReason.USER)
    assert shell.core.safe.current is None
    assert screen.created_values[1].text() == ""
    report = shell.core.sessions.last_scrub
    assert report is not None and report.passed and "safe_open" in report.kinds_passed


def test_view_a_document_opens_it_for_printing(shell: ShellApp, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    screen = open_safe_screen(shell, qtbot)
    _identifier, _secret, code = create(screen, qtbot)
    confirm(screen, qtbot, code)
    session = shell.core.sessions.session
    assert session is not None
    from PIL import Image

    Image.new("RGB", (200, 280), "white").save(tmp_path / "avis.pdf")
    artifact = session.tray.add_file(tmp_path / "avis.pdf", Origin.DOWNLOAD, "avis.pdf",
                                     "application/pdf")
    assert shell.window.controller is not None
    shell.window.controller.devices.pick_document = lambda: artifact  # type: ignore[method-assign]
    qtbot.mouseClick(screen.category_buttons[Category.INCOME], LEFT)
    qtbot.mouseClick(screen.add_button, LEFT)  # a CAF letter: no end date asked
    qtbot.waitUntil(lambda: screen.document_buttons != {}, timeout=10_000)
    [(view, take, _delete)] = screen.document_buttons.values()
    qtbot.mouseClick(take, LEFT)
    qtbot.waitUntil(lambda: len(session.tray.kept()) == 2, timeout=10_000)
    assert session.tray.kept()[-1].origin is Origin.SAFE
    [(view, _take, _delete)] = screen.document_buttons.values()  # the rows were redrawn
    qtbot.mouseClick(view, LEFT)
    printing = shell.window.controller.devices
    qtbot.waitUntil(lambda: printing.print is not None
                    and shell.window.stack.currentWidget() is printing.print, timeout=10_000)
    qtbot.waitUntil(lambda: printing.print.print_button.isEnabled(),  # type: ignore[union-attr]
                    timeout=10_000)


def test_an_idle_safe_locks_itself(shell: ShellApp, qtbot: QtBot) -> None:
    screen = open_safe_screen(shell, qtbot)
    _identifier, _secret, code = create(screen, qtbot)
    confirm(screen, qtbot, code)
    shell.core.clock.advance(shell.core.settings.safe.idle_lock_s + 1)  # type: ignore[attr-defined]
    shell.window.timer.timeout.emit()
    assert shell.core.safe.current is None
    assert "locked itself" in screen.message.text()


def test_a_mediator_can_start_a_recovery_but_not_open_the_safe(
    shell: ShellApp, qtbot: QtBot
) -> None:
    screen = open_safe_screen(shell, qtbot)
    shell.core.credentials.set_pin(Role.MEDIATOR, "314159")
    shell.window.unlock.open()
    shell.window.unlock.pin.setText("314159")
    qtbot.keyClick(shell.window.unlock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "safe_recovery" in shell.window.staff.buttons)
    qtbot.mouseClick(shell.window.staff.buttons["safe_recovery"], LEFT)
    assert shell.window.stack.currentWidget() is screen
    assert screen.steps.currentWidget() is screen.open_form and screen._recovering
    assert shell.core.safe.current is None  # the sheet's code is still needed


def test_the_safe_is_never_read_aloud(shell: ShellApp, qtbot: QtBot, tmp_path: Path) -> None:
    screen = open_safe_screen(shell, qtbot)
    identifier, secret, code = create(screen, qtbot)
    controller = shell.window.controller
    assert controller is not None
    reader = controller.read_aloud
    qtbot.mouseClick(shell.window.bar.listen, LEFT)
    spoken = reader.last_text
    assert "identifier" in spoken.lower()  # the words around them are read…
    for private in (identifier, secret, code, secret.split()[0]):
        assert private not in spoken  # …never the secrets
    confirm(screen, qtbot, code)
    session = shell.core.sessions.session
    assert session is not None
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    artifact = session.tray.add_file(tmp_path / "x.pdf", Origin.SCAN, "Titre secret.pdf",
                                     "application/pdf")
    controller.devices.pick_document = lambda: artifact  # type: ignore[method-assign]
    qtbot.mouseClick(screen.category_buttons[Category.OTHER], LEFT)
    qtbot.mouseClick(screen.add_button, LEFT)
    qtbot.waitUntil(lambda: screen.document_buttons != {}, timeout=10_000)
    qtbot.mouseClick(shell.window.bar.listen, LEFT)
    assert "Titre secret" not in reader.last_text
    assert "Other" in reader.last_text


def test_get_everything_as_a_zip_or_locked_with_a_password(
    shell: ShellApp, qtbot: QtBot, tmp_path: Path
) -> None:
    import io
    import zipfile

    from kiosk.vault.age import decrypt

    screen = open_safe_screen(shell, qtbot)
    _identifier, _secret, code = create(screen, qtbot)
    confirm(screen, qtbot, code)
    session = shell.core.sessions.session
    assert session is not None
    (tmp_path / "avis.pdf").write_bytes(b"%PDF-1.4 avis\n%%EOF\n")
    artifact = session.tray.add_file(tmp_path / "avis.pdf", Origin.DOWNLOAD, "avis.pdf",
                                     "application/pdf")
    shell.window.controller.devices.pick_document = lambda: artifact  # type: ignore[union-attr]
    qtbot.mouseClick(screen.category_buttons[Category.INCOME], LEFT)
    qtbot.mouseClick(screen.add_button, LEFT)
    qtbot.waitUntil(lambda: screen.document_buttons != {}, timeout=10_000)

    qtbot.mouseClick(screen.export_button, LEFT)
    qtbot.mouseClick(screen.export_plain, LEFT)
    qtbot.waitUntil(lambda: len(session.tray.kept()) == 2, timeout=20_000)
    exported = session.tray.kept()[-1]
    assert exported.path is not None and exported.display_name.endswith(".zip")
    with zipfile.ZipFile(exported.path) as archive:
        assert "manifest.json" in archive.namelist()

    qtbot.mouseClick(screen.export_button, LEFT)
    screen.export_password.setText("court")
    qtbot.mouseClick(screen.export_locked, LEFT)
    assert "at least 8" in screen.message.text()
    screen.export_password.setText("ma phrase de passe")
    qtbot.mouseClick(screen.export_locked, LEFT)
    qtbot.waitUntil(lambda: len(session.tray.kept()) == 3, timeout=60_000)
    locked = session.tray.kept()[-1]
    assert locked.path is not None and locked.display_name.endswith(".zip.age")
    with locked.path.open("rb") as source:
        plain = decrypt(source, "ma phrase de passe")
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert any(name.endswith(".pdf") for name in archive.namelist())


def test_a_safe_document_goes_to_the_stick_only_after_a_yes(
    shell: ShellApp, qtbot: QtBot, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    screen = open_safe_screen(shell, qtbot)
    shell.core.usb._sticks.insert(stick)  # type: ignore[union-attr]
    controller = shell.window.controller
    assert controller is not None
    notice = controller.devices._usb_notice
    if notice is not None and notice.isVisible():
        qtbot.mouseClick(notice.later, LEFT)
    _identifier, _secret, code = create(screen, qtbot)
    confirm(screen, qtbot, code)
    session = shell.core.sessions.session
    assert session is not None
    (tmp_path / "avis.pdf").write_bytes(b"%PDF-1.4 avis CAF\n%%EOF\n")
    artifact = session.tray.add_file(tmp_path / "avis.pdf", Origin.DOWNLOAD, "avis.pdf",
                                     "application/pdf")
    controller.devices.pick_document = lambda: artifact  # type: ignore[method-assign]
    qtbot.mouseClick(screen.category_buttons[Category.INCOME], LEFT)
    qtbot.mouseClick(screen.add_button, LEFT)
    qtbot.waitUntil(lambda: screen.document_buttons != {}, timeout=10_000)
    to_stick = next(b for b in screen.documents.findChildren(QToolButton)
                    if b.objectName().startswith("safeToStick_"))
    qtbot.mouseClick(to_stick, LEFT)
    copy_confirm = controller.devices._usb_copy
    assert copy_confirm is not None
    qtbot.waitUntil(copy_confirm.isVisible, timeout=10_000)
    qtbot.mouseClick(copy_confirm.copy, LEFT)
    qtbot.waitUntil(lambda: "Copied" in copy_confirm.text.text(), timeout=10_000)
    assert (stick / "avis.pdf").read_bytes() == b"%PDF-1.4 avis CAF\n%%EOF\n"
    # The decrypted copy made for the stick is gone from the session's folder.
    assert not list((session.workspace.path / "safe").glob("stick-*"))
