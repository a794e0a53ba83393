"""A USB stick as a person meets it: "USB stick detected", the files with their verdicts
(listed in the real sandbox), folders, taking a file (checked and rebuilt in the real sandbox,
then in My documents), eject; a terminal without a sandbox that lists nothing; and a device
that is more than a stick refused with a mediator called."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.artifacts import Origin, Verdict
from kiosk.devices.fake_sticks import FakeSticks
from kiosk.sandbox.bwrap import Bubblewrap
from kiosk.sandbox.stick_reader import StickReader
from kiosk.session import EndReason
from kiosk.ui.app import ShellApp
from kiosk.ui.usb_screen import UsbScreen

LEFT = Qt.MouseButton.LeftButton


def make_stick(root: Path) -> Path:
    stick = root / "stick"
    (stick / "Photos").mkdir(parents=True)
    pages = [Image.new("RGB", (300, 420), "white") for _ in range(2)]
    pages[0].save(stick / "lettre.pdf", save_all=True, append_images=pages[1:])
    Image.new("RGB", (64, 48), "navy").save(stick / "Photos" / "photo.jpg")
    (stick / "facture.pdf").write_bytes(b"MZ\x90\x00" + bytes(200))  # a program in disguise
    (stick / "autorun.inf").write_text("[autorun]\nopen=setup.exe\n")
    return stick


def sticks_of(shell: ShellApp) -> FakeSticks:
    sticks = shell.core.usb._sticks
    assert isinstance(sticks, FakeSticks)
    return sticks


def row_of(screen: UsbScreen, name: str) -> int:
    return next(i for i, e in enumerate(screen._entries) if e.display_name == name)


@pytest.mark.real  # the stick is listed, and the chosen file rebuilt, in bubblewrap
def test_insert_list_take_view_and_eject(shell: ShellApp, qtbot: QtBot, tmp_path: Path) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    stick = make_stick(tmp_path)
    before = {p: p.read_bytes() for p in stick.rglob("*") if p.is_file()}
    sticks_of(shell).insert(stick, label="MES PAPIERS")
    controller = shell.window.controller
    assert controller is not None
    notice = controller.devices._usb_notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert "USB stick detected" in notice.title.text()
    qtbot.mouseClick(notice.open_button, LEFT)
    screen = controller.devices.usb
    assert isinstance(screen, UsbScreen)
    qtbot.waitUntil(lambda: screen.list.count() > 0, timeout=10_000)
    names = {e.display_name: e for e in screen._entries}
    assert set(names) == {"Photos", "lettre.pdf", "facture.pdf", "autorun.inf"}
    assert names["lettre.pdf"].verdict == "ready"
    assert names["facture.pdf"].verdict == "refused"
    assert names["autorun.inf"].verdict == "refused"
    screen._chosen(row_of(screen, "facture.pdf"))
    assert "not allowed" in screen.message.text()

    screen._chosen(row_of(screen, "lettre.pdf"))
    session = shell.core.sessions.session
    assert session is not None
    qtbot.waitUntil(lambda: len(session.tray.kept()) == 1, timeout=30_000)
    [artifact] = session.tray.kept()
    assert artifact.origin is Origin.USB and artifact.verdict is Verdict.SANITIZED
    assert artifact.mime == "application/pdf"
    qtbot.waitUntil(lambda: "ready in My documents" in screen.message.text())
    qtbot.mouseClick(screen.view_button, LEFT)
    qtbot.waitUntil(lambda: shell.window.stack.currentWidget() is controller.devices.print)

    controller.devices.open_usb(session)
    screen._chosen(row_of(screen, "Photos"))
    assert [e.display_name for e in screen._entries] == ["photo.jpg"]
    qtbot.mouseClick(screen.up_button, LEFT)
    qtbot.mouseClick(screen.eject_button, LEFT)
    qtbot.waitUntil(lambda: "remove your USB stick" in screen.message.text(), timeout=10_000)
    # The stick was never written.
    assert {p: p.read_bytes() for p in stick.rglob("*") if p.is_file()} == before
    shell.core.sessions.end(EndReason.USER)
    report = shell.core.sessions.last_scrub
    assert report is not None and report.passed and "usb_mounts" in report.kinds_passed


def test_a_long_stick_shows_how_many_files_are_read(shell: ShellApp, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    stick = tmp_path / "long"
    stick.mkdir()
    for index in range(8000):  # a second or so to read: the count shows every 250 ms
        (stick / f"note-{index:04}.txt").write_text("Bonjour\n")
    sticks_of(shell).insert(stick, label="LONG")
    controller = shell.window.controller
    assert controller is not None and controller.devices._usb_notice is not None
    qtbot.waitUntil(controller.devices._usb_notice.isVisible)
    qtbot.mouseClick(controller.devices._usb_notice.open_button, LEFT)
    screen = controller.devices.usb
    assert isinstance(screen, UsbScreen)
    seen: set[str] = set()
    qtbot.waitUntil(lambda: seen.add(screen.message.text()) or screen.list.count() > 0,
                    timeout=30_000)
    assert any(text.endswith("files so far.") for text in seen)
    assert screen._reason("changed").startswith("it changed on the stick")


def test_a_stick_with_a_keyboard_inside_is_refused_and_a_mediator_called(
    shell: ShellApp, qtbot: QtBot, tmp_path: Path
) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    sticks_of(shell).insert(make_stick(tmp_path), interfaces=":080650:030101:")
    notice = shell.window.controller.devices._usb_notice  # type: ignore[union-attr]
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert "refused" in notice.title.text()
    assert not notice.open_button.isVisible()
    call = shell.core.help.current()
    assert call is not None and call.topic.value == "usb"
    kinds = [event.kind.value for event in shell.core.audit.recent(10)]
    assert "device_refused" in kinds
    assert shell.core.usb.present() == []


def test_without_a_sandbox_the_stick_is_not_listed(shell: ShellApp, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    shell.core.intake.reader = StickReader(Bubblewrap("/nonexistent/bwrap"))
    key = sticks_of(shell).insert(make_stick(tmp_path))
    qtbot.mouseClick(shell.window.home.tiles["usb"], LEFT)
    screen = shell.window.controller.devices.usb  # type: ignore[union-attr]
    assert screen is not None
    screen.open_stick(key)
    qtbot.waitUntil(lambda: "cannot be checked" in screen.message.text(), timeout=10_000)
    assert screen.list.count() == 0 and not screen.progress.isVisible()


@pytest.mark.real  # listed in bubblewrap
def test_a_stick_pulled_out_is_handled_calmly(shell: ShellApp, qtbot: QtBot, tmp_path: Path
                                              ) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    key = sticks_of(shell).insert(make_stick(tmp_path))
    qtbot.mouseClick(shell.window.home.tiles["usb"], LEFT)
    screen = shell.window.controller.devices.usb  # type: ignore[union-attr]
    assert screen is not None
    screen.open_stick(key)
    qtbot.waitUntil(lambda: screen.list.count() > 0, timeout=10_000)
    sticks_of(shell).pull(key)
    qtbot.waitUntil(lambda: "was removed" in screen.message.text())
    assert screen.steps.currentWidget() is screen.waiting


def test_copying_to_the_stick_only_after_a_yes(shell: ShellApp, qtbot: QtBot, tmp_path: Path
                                               ) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)
    stick = tmp_path / "stick"
    stick.mkdir()
    sticks_of(shell).insert(stick)
    session = shell.core.sessions.session
    assert session is not None
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 scan\n%%EOF\n")
    session.tray.add_file(tmp_path / "scan.pdf", Origin.SCAN, "Scan 10h00.pdf", "application/pdf")
    controller = shell.window.controller
    assert controller is not None
    notice = controller.devices._usb_notice
    if notice is not None and notice.isVisible():
        qtbot.mouseClick(notice.later, LEFT)
    qtbot.mouseClick(shell.window.home.tiles["documents"], LEFT)
    [button] = shell.window.tray.stick_buttons.values()
    confirm = controller.devices._usb_copy
    assert confirm is not None
    qtbot.mouseClick(button, LEFT)
    assert confirm.isVisible() and "Copy to your USB stick?" in confirm.title.text()
    qtbot.mouseClick(confirm.cancel, LEFT)  # "no": nothing is written
    assert list(stick.iterdir()) == []
    [button] = shell.window.tray.stick_buttons.values()
    qtbot.mouseClick(button, LEFT)
    qtbot.mouseClick(confirm.copy, LEFT)
    qtbot.waitUntil(lambda: "Copied" in confirm.text.text(), timeout=10_000)
    assert (stick / "Scan 10h00.pdf").read_bytes() == b"%PDF-1.4 scan\n%%EOF\n"
