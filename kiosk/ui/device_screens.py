"""The Scan and Print screens, made at first use, and what they tell the mediators.

The screens are built lazily (they load Pillow and QtPdf), so the attract screen and the
home screen never wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.artifacts import Artifact
from kiosk.help.model import TerminalProblem
from kiosk.session import Session

if TYPE_CHECKING:
    from kiosk.app import Core
    from kiosk.ui.print_screen import PrintScreen
    from kiosk.ui.scan_screen import ScanScreen
    from kiosk.ui.shell import ShellWindow

PRINTER_CHECK_MS = 60_000


class DeviceScreens(QObject):
    problems_changed = Signal()

    def __init__(
        self,
        window: ShellWindow,
        core: Core,
        on_help: Callable[[], None],
        on_saved: Callable[[Artifact], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._core = core
        self._on_help = on_help
        self._on_saved = on_saved
        self.scan: ScanScreen | None = None
        self.print: PrintScreen | None = None
        self.problems: set[TerminalProblem] = set()
        self._check = QTimer(self)
        self._check.setInterval(PRINTER_CHECK_MS)
        self._check.timeout.connect(self._check_printer)
        self._check.start()

    # -- screens --------------------------------------------------------------------------

    def open_scan(self, session: Session) -> ScanScreen:
        if self.scan is None:
            from kiosk.ui.scan_screen import ScanScreen

            self.scan = ScanScreen(
                self._core.scanning, self._on_help, self._on_saved,
                lambda problem: self._set_problem(TerminalProblem.SCANNER, problem),
            )
            self._window.stack.addWidget(self.scan)
        self._window.stack.setCurrentWidget(self.scan)
        self.scan.open_session(session.tray, session.workspace.path / "scans")
        return self.scan

    def open_print(self, session: Session, artifact: Artifact) -> PrintScreen:
        screen = self._print_screen()
        screen.open_session(session.workspace.path / "print")
        self._window.stack.setCurrentWidget(screen)
        if artifact.path is not None:
            screen.open_document(artifact.path, artifact.mime)
        return screen

    def _print_screen(self) -> PrintScreen:
        if self.print is None:
            from kiosk.ui.print_screen import PrintScreen

            self.print = PrintScreen(
                self._core.printing, self._on_help,
                lambda problem: self._set_problem(TerminalProblem.PRINTER, problem),
            )
            self._window.stack.addWidget(self.print)
        return self.print

    # -- mediators ------------------------------------------------------------------------

    def staff_actions(self) -> list[tuple[str, str, Callable[[], None]]]:
        """What an unlocked mediator may allow in this session."""
        actions: list[tuple[str, str, Callable[[], None]]] = []
        if self._core.scanning.needs_unlock:
            actions.append(("allow_scan", "scan", self._allow_scan))
        actions.append(("allow_print", "print", self._allow_print))
        return actions

    def _allow_scan(self) -> None:
        self._core.scanning.allow()
        if self.scan is not None and self._window.stack.currentWidget() is self.scan:
            self.scan.refresh()

    def _allow_print(self) -> None:
        printing = self._core.printing
        printing.allow_more(max(1, self._core.settings.printing.page_quota))
        if self.print is not None:
            self.print.quota_changed()

    def _set_problem(self, problem: TerminalProblem, present: bool) -> None:
        before = set(self.problems)
        if present:
            self.problems.add(problem)
        else:
            self.problems.discard(problem)
        if self.problems != before:
            self.problems_changed.emit()

    def _check_printer(self) -> None:
        """Now and then, ask CUPS how the printer is, so mediators see trouble early."""
        from kiosk.devices.printer import PrinterStatus
        from kiosk.ui.worker import Task

        task = Task(self)
        task.done.connect(
            lambda status: self._set_problem(
                TerminalProblem.PRINTER,
                self._core.printing.available
                and status not in (PrinterStatus.READY, PrinterStatus.BUSY),
            )
        )
        task.start(self._core.printing.status)
        self._printer_task = task

    # -- session end ----------------------------------------------------------------------

    def reset(self) -> None:
        if self.scan is not None:
            self.scan.reset()
        if self.print is not None:
            self.print.reset()
