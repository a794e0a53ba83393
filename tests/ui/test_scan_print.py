"""Scan and print as a person does it, on the simulated scanner and printer: choose, scan,
arrange, make it fit, keep it; print it, watch it print; the quota and the mediator's unlock.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Core, build_core
from kiosk.artifacts import Origin
from kiosk.clock import FakeClock
from kiosk.config import Settings
from kiosk.credentials import PinHasher
from kiosk.devices.fake_printer import FakePrinter
from kiosk.devices.printer import PrinterStatus
from kiosk.devices.scanner import ScanProblem
from kiosk.help.model import TerminalProblem, TerminalState
from kiosk.roles import Role
from kiosk.scanning import ScanService
from kiosk.ui.app import ShellApp
from kiosk.ui.print_screen import PrintScreen
from kiosk.ui.scan_screen import ScanScreen
from tests.ui.conftest import _shell

LEFT = Qt.MouseButton.LeftButton
MEDIATOR_PIN = "314159"


def start(shell: ShellApp, qtbot: QtBot) -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons["en"], LEFT)


def open_scan(shell: ShellApp, qtbot: QtBot) -> ScanScreen:
    qtbot.mouseClick(shell.window.home.tiles["scan"], LEFT)
    screen = shell.window.stack.currentWidget()
    assert isinstance(screen, ScanScreen)
    return screen


def scan_one(screen: ScanScreen, qtbot: QtBot, service: ScanService, pages: int) -> None:
    qtbot.waitUntil(lambda: screen.preset_buttons[next(iter(screen.preset_buttons))].isEnabled())
    qtbot.mouseClick(next(iter(screen.preset_buttons.values())), LEFT)
    qtbot.waitUntil(lambda: len(service.pages) == pages and screen.thumbs.count() == pages)


def test_scan_two_pages_arrange_them_and_keep_the_pdf(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    service = shell.core.scanning
    screen = open_scan(shell, qtbot)
    scan_one(screen, qtbot, service, 1)
    assert screen.steps.currentWidget() is screen.pages_step
    qtbot.mouseClick(screen.add_button, LEFT)
    qtbot.waitUntil(lambda: screen.thumbs.count() == 2)
    first = service.pages[0].scan.path
    qtbot.mouseClick(screen.edit_buttons["rotate"], LEFT)
    assert service.pages[1].quarter_turns == 1
    qtbot.mouseClick(screen.edit_buttons["earlier"], LEFT)
    assert service.pages[0].quarter_turns == 1 and service.pages[1].scan.path == first
    qtbot.mouseClick(screen.finish_button, LEFT)
    assert screen.steps.currentWidget() is screen.save_step
    qtbot.waitUntil(lambda: screen.save_button.isEnabled(), timeout=20_000)
    assert screen.size_buttons[2].isChecked()
    assert "2 pages" in screen.result_text.text() and "MB" in screen.result_text.text()
    qtbot.mouseClick(screen.size_buttons[1], LEFT)
    qtbot.waitUntil(lambda: screen.save_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(screen.save_button, LEFT)
    tray = shell.core.sessions.session.tray  # type: ignore[union-attr]
    [artifact] = tray.kept()
    assert artifact.origin is Origin.SCAN and artifact.mime == "application/pdf"
    assert artifact.size <= 1_000_000
    assert artifact.path is not None and artifact.path.read_bytes().startswith(b"%PDF")
    assert shell.window.stack.currentWidget() is shell.window.tray
    assert service.pages == ()


def test_scanner_problems_are_plain_sentences(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    service = shell.core.scanning
    scanner = service._scanner
    scanner.fail_next(ScanProblem.COVER_OPEN)  # type: ignore[union-attr]
    screen = open_scan(shell, qtbot)
    qtbot.waitUntil(lambda: screen.preset_buttons[next(iter(screen.preset_buttons))].isEnabled())
    qtbot.mouseClick(next(iter(screen.preset_buttons.values())), LEFT)
    qtbot.waitUntil(lambda: "cover" in screen.message.text())
    assert screen.retry_button.isVisible() and screen.help_button.isVisible()
    assert service.pages == ()


def test_no_scanner_says_so_and_offers_help(shell: ShellApp, qtbot: QtBot) -> None:
    shell.core.scanning._scanner.info = None  # type: ignore[union-attr]
    start(shell, qtbot)
    screen = open_scan(shell, qtbot)
    qtbot.waitUntil(lambda: "not answering" in screen.message.text())
    assert not any(b.isEnabled() for b in screen.preset_buttons.values())
    assert screen.help_button.isVisible()


@pytest.fixture
def locked_core(tmp_path, clock: FakeClock, cheap_hasher: PinHasher, settings: Settings
                ) -> Iterator[Core]:
    locked = settings.replace(scanning=settings.scanning.replace(needs_mediator=True))
    built = build_core(locked, clock, cheap_hasher)
    yield built
    built.close()


def unlock(shell: ShellApp, qtbot: QtBot, action: str) -> None:
    shell.core.credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    shell.window.unlock.open()
    shell.window.unlock.pin.setText(MEDIATOR_PIN)
    qtbot.keyClick(shell.window.unlock.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: action in shell.window.staff.buttons)
    qtbot.mouseClick(shell.window.staff.buttons[action], LEFT)


@pytest.fixture
def locked_shell(app: QApplication, locked_core: Core) -> Iterator[ShellApp]:
    yield from _shell(app, locked_core, kiosk_mode=False)


def test_scanning_can_need_a_mediator(locked_shell: ShellApp, qtbot: QtBot) -> None:
    start(locked_shell, qtbot)
    screen = open_scan(locked_shell, qtbot)
    assert "mediator" in screen.message.text()
    assert not any(b.isEnabled() for b in screen.preset_buttons.values())
    assert screen.help_button.isVisible()
    unlock(locked_shell, qtbot, "allow_scan")
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in screen.preset_buttons.values()))
    assert not locked_shell.core.scanning.needs_unlock


def scanned_document(shell: ShellApp, qtbot: QtBot, pages: int) -> None:
    service = shell.core.scanning
    screen = open_scan(shell, qtbot)
    scan_one(screen, qtbot, service, 1)
    for count in range(2, pages + 1):
        qtbot.mouseClick(screen.add_button, LEFT)
        qtbot.waitUntil(lambda c=count: screen.thumbs.count() == c)
    qtbot.mouseClick(screen.finish_button, LEFT)
    qtbot.waitUntil(lambda: screen.save_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(screen.save_button, LEFT)


def open_print(shell: ShellApp, qtbot: QtBot) -> PrintScreen:
    tray = shell.window.tray
    [button] = tray.print_buttons.values()
    qtbot.mouseClick(button, LEFT)
    screen = shell.window.stack.currentWidget()
    assert isinstance(screen, PrintScreen)
    qtbot.waitUntil(lambda: screen._plan is not None)
    return screen


def test_print_a_scan_and_see_it_printed(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    scanned_document(shell, qtbot, 2)
    screen = open_print(shell, qtbot)
    printer = shell.core.printing._printer
    assert isinstance(printer, FakePrinter)
    assert screen.page_label.text() == "Page 1 of 2"
    assert not screen.preview.pixmap().isNull()
    qtbot.mouseClick(screen.more_button, LEFT)
    assert screen.copies_label.text() == "2 copies"
    qtbot.mouseClick(screen.gray_button, LEFT)
    qtbot.waitUntil(lambda: screen.print_button.isEnabled())
    qtbot.mouseClick(screen.print_button, LEFT)
    qtbot.waitUntil(lambda: "Printed" in screen.status.text(), timeout=10_000)
    [job] = printer.submitted
    assert (job.options.copies, job.options.color, job.pages) == (2, False, 2)
    assert job.title.startswith("kiosk-")
    assert shell.core.printing.pages_used == 4


def test_beyond_the_quota_a_mediator_allows_more(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    scanned_document(shell, qtbot, 3)
    screen = open_print(shell, qtbot)
    for _ in range(3):
        qtbot.mouseClick(screen.more_button, LEFT)  # 4 copies of 3 pages: 12 > 10
    assert not screen.print_button.isEnabled()
    assert screen.help_button.isVisible()
    assert "mediator" in screen.status.text()
    unlock(shell, qtbot, "allow_print")
    qtbot.waitUntil(lambda: screen.print_button.isEnabled())
    qtbot.mouseClick(screen.print_button, LEFT)
    qtbot.waitUntil(lambda: "Printed" in screen.status.text(), timeout=10_000)


def test_a_printer_without_paper_is_said_plainly(shell: ShellApp, qtbot: QtBot) -> None:
    published: list[tuple[object, list[object]]] = []
    shell.core.help.set_terminal_state = (  # type: ignore[method-assign]
        lambda state, problems=(): published.append((state, list(problems)))
    )
    start(shell, qtbot)
    scanned_document(shell, qtbot, 1)
    printer = shell.core.printing._printer
    assert isinstance(printer, FakePrinter)
    printer.set_status(PrinterStatus.NO_PAPER)
    screen = open_print(shell, qtbot)
    qtbot.waitUntil(lambda: "no paper" in screen.status.text())
    assert screen.help_button.isVisible()
    assert shell.window.controller is not None
    assert "printer" in {p.value for p in shell.window.controller.devices.problems}
    # The mediators' consoles hear of it with the terminal's state.
    assert published[-1] == (TerminalState.IN_SESSION, [TerminalProblem.PRINTER])
