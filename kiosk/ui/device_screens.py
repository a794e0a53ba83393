"""The Scan, Print and My safe screens, made at first use, what they need from the rest of
the shell (the tray, the printer, the picker), and what they tell the mediators.

The screens are built lazily (they load Pillow and QtPdf), so the attract screen and the
home screen never wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.artifacts import Artifact, ArtifactError, Origin
from kiosk.help.model import TerminalProblem
from kiosk.session import Session

if TYPE_CHECKING:
    from kiosk.app import Core
    from kiosk.ui.print_screen import PrintScreen
    from kiosk.ui.safe_screen import SafeScreen
    from kiosk.ui.scan_screen import ScanScreen
    from kiosk.ui.shell import ShellWindow
    from kiosk.ui.usb_screen import UsbCopyConfirm, UsbNotice, UsbScreen
    from kiosk.vault.store import NewSafe

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
        self.safe: SafeScreen | None = None
        self.usb: UsbScreen | None = None
        self._usb_notice: UsbNotice | None = None
        self._usb_copy: UsbCopyConfirm | None = None
        self._copy_task: QObject | None = None
        self._usb_bridge: QObject | None = None
        self._session: Session | None = None
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

    def open_safe(self, session: Session) -> SafeScreen:
        self._session = session
        if self.safe is None:
            from kiosk.ui.safe_screen import SafeScreen

            self.safe = SafeScreen(self._core.safe, self)
            self._window.stack.addWidget(self.safe)
        self._window.stack.setCurrentWidget(self.safe)
        self.safe.show_start()
        return self.safe

    def open_usb(self, session: Session) -> UsbScreen:
        screen = self._usb_screen()
        self._window.stack.setCurrentWidget(screen)
        screen.open_session(session.tray, session.workspace.path)
        return screen

    def _usb_screen(self) -> UsbScreen:
        if self.usb is None:
            from kiosk.ui.usb_screen import UsbScreen

            self.usb = UsbScreen(self._core.usb, self._show_artifact)
            self._window.stack.addWidget(self.usb)
        return self.usb

    def watch_usb(self) -> None:
        """Hear about sticks from now on: "USB stick detected", or a refused device."""
        from kiosk.ui.usb_screen import UsbBridge, UsbCopyConfirm, UsbNotice

        bridge = UsbBridge(self._core.usb, self)
        bridge.stick_event.connect(self._on_usb_event)
        self._usb_bridge = bridge
        self._usb_notice = UsbNotice(self._window, self._open_usb_now)
        self._usb_copy = UsbCopyConfirm(self._window)
        self._window.overlays.insert(0, self._usb_notice)
        self._window.overlays.insert(0, self._usb_copy)

    def stick_ready(self) -> bool:
        """A stick is plugged in: "To the USB stick" can be offered."""
        return bool(self._core.usb.present())

    def copy_to_stick(self, source: Path, name: str, cleanup: bool = False) -> None:
        """Ask, then copy ``source`` onto the stick as ``name`` (the only write to a stick).
        ``cleanup`` removes ``source`` afterwards (a copy decrypted from the safe)."""
        from kiosk.ui.worker import run_task

        present = self._core.usb.present()
        confirm = self._usb_copy
        if not present or confirm is None:
            if cleanup:
                source.unlink(missing_ok=True)
            return
        key = present[-1].key

        def copy() -> None:
            self._copy_task = run_task(
                self, lambda: self._core.usb.write(key, source, name),
                lambda written: finished(
                    self.tr("Copied to your USB stick as “%1”.").replace("%1", str(written))),
                lambda error: finished(self._write_problem(error)),
            )

        def finished(text: str) -> None:
            if cleanup:
                source.unlink(missing_ok=True)
            confirm.show_result(text)

        confirm.ask(name, copy, (lambda: source.unlink(missing_ok=True)) if cleanup else None)

    def _write_problem(self, error: object) -> str:
        code = getattr(getattr(error, "code", None), "value", "")
        return {
            "read_only": self.tr("This USB stick is protected against writing (look for a small"
                                 " switch on its side)."),
            "no_space": self.tr("There is not enough room on the USB stick."),
            "gone": self.tr("The USB stick is no longer there."),
            "busy": self.tr("The USB stick is busy. Wait a moment, then try again."),
        }.get(code, self.tr("The file could not be copied to the USB stick."))

    def _on_usb_event(self, event: object, what: object) -> None:
        from kiosk.devices.usb import StickEvent

        if self.usb is not None:
            self.usb.on_event(event, what)  # type: ignore[arg-type]
        self._window.tray.refresh()
        if self._usb_notice is None or self._core.sessions.session is None:
            return
        if event is StickEvent.REFUSED:
            self._usb_notice.show_refused()
        elif event is StickEvent.INSERTED and self._window.stack.currentWidget() is not self.usb:
            self._usb_notice.show_detected()

    def _open_usb_now(self) -> None:
        session = self._core.sessions.session
        if session is not None:
            screen = self.open_usb(session)
            present = self._core.usb.present()
            if present:
                screen.open_stick(present[-1].key)

    def _show_artifact(self, artifact: Artifact) -> None:
        if artifact.path is not None:
            self.show_document(artifact.path, artifact.mime)

    def tick(self) -> None:
        """Every second: an idle open safe locks itself."""
        if self._core.safe.tick() and self.safe is not None:
            self.safe.locked_by_itself()

    # -- what the safe screen needs (SafeHost) --------------------------------------------

    def _need_session(self) -> Session:
        session = self._core.sessions.session
        if session is None:
            raise RuntimeError("no session")
        return session

    def safe_folder(self) -> Path:
        folder = self._need_session().workspace.path / "safe"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder

    def print_sheet(self, sheet: Path) -> bool:
        """Print the recovery sheet (outside the quota); False when it went to the tray."""
        from kiosk.devices.printer import PrinterStatus
        from kiosk.printing import PrintRefused

        printing = self._core.printing
        try:
            if printing.status() in (PrinterStatus.READY, PrinterStatus.BUSY):
                printing.submit(printing.plan(sheet), counted=False)
                return True
        except PrintRefused:
            pass
        self.put_in_tray(sheet, self.tr("Recovery sheet") + ".pdf", "application/pdf")
        return False

    def pick_document(self) -> Artifact | None:
        tray = self._need_session().tray
        items = tray.kept()
        chosen = self._window.picker.pick(items, multiple=False)
        return next((a for a in items if chosen and a.path == chosen[0]), None)

    def show_document(self, path: Path, mime: str) -> None:
        screen = self._print_screen()
        screen.open_session(self._need_session().workspace.path / "print")
        self._window.stack.setCurrentWidget(screen)
        screen.open_document(path, mime)

    def put_in_tray(self, path: Path, name: str, mime: str) -> None:
        try:
            self._need_session().tray.add_file(path, Origin.SAFE, name, mime)
        except ArtifactError:
            pass

    def call_help(self) -> None:
        self._on_help()

    def write_sheet(self, new: NewSafe, out: Path) -> Path:
        from PySide6.QtCore import QDate, QLocale, Qt
        from PySide6.QtGui import QGuiApplication

        from kiosk.ui.safe_sheet import SheetText, write_sheet

        delete_on = QLocale().toString(QDate(new.delete_after), QLocale.FormatType.LongFormat)
        text = SheetText(
            title=self.tr("My safe: recovery sheet"),
            site=self._core.settings.site_name,
            identifier_label=self.tr("Your identifier"),
            identifier=new.identifier,
            code_label=self.tr("Your recovery code (it opens your safe if you forget your"
                               " secret)"),
            code=new.recovery_code,
            secret_label=self.tr("Your secret (write it here only if you keep this sheet"
                                 " safe):"),
            delete_line=self.tr("If it is not opened before %1, your safe will be deleted.")
            .replace("%1", delete_on),
            keep_line=self.tr("Keep this sheet with your papers. Whoever has it can open your"
                              " safe."),
            loss_line=self.tr("If you lose both your secret and this sheet, your documents"
                              " are lost."),
            right_to_left=QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )
        return write_sheet(text, out)

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
        if self._core.safe.available:
            actions.append(("safe_recovery", "safe", self._start_safe_recovery))
        return actions

    def _start_safe_recovery(self) -> None:
        """A mediator starts the recovery; only the person's sheet can finish it."""
        session = self._core.sessions.session
        if session is not None:
            self.open_safe(session).start_recovery()

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
        from kiosk.ui.worker import run_task

        self._printer_task = run_task(
            self, self._core.printing.status,
            lambda status: self._set_problem(
                TerminalProblem.PRINTER,
                self._core.printing.available
                and status not in (PrinterStatus.READY, PrinterStatus.BUSY),
            ),
        )

    # -- session end ----------------------------------------------------------------------

    def reset(self) -> None:
        self._session = None
        if self.usb is not None:
            self.usb.reset()
        if self._usb_notice is not None:
            self._usb_notice.close_overlay()
        if self.safe is not None:
            self.safe.reset()
        if self.scan is not None:
            self.scan.reset()
        if self.print is not None:
            self.print.reset()
