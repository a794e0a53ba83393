"""The interface's composition root: the QApplication, the shell, the core, the safety nets.

The attract screen is shown first, from the settings alone; the storage (SQLite, Alembic)
is opened once it has been painted (`kiosk.ui.first_paint.after_first_paint`), so a person
sees the terminal is alive at once. A touch made during that moment starts the session as
soon as the core is attached.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, Settings, describe
from kiosk.lockdown import harden_process_environment, scrub_arguments, scrub_environment
from kiosk.ui import first_paint
from kiosk.ui.assets import first_paint_stylesheet, stylesheet
from kiosk.ui.i18n import Translations
from kiosk.ui.input_guard import InputGuard
from kiosk.ui.shell import ShellWindow

if TYPE_CHECKING:
    from kiosk.app import Core
    from kiosk.ui.service_screens import OutOfServiceScreen

log = logging.getLogger(__name__)


def make_application(argv: list[str], demo: bool) -> QApplication:
    """A QApplication that has had its debugging doors closed first."""
    removed_env = scrub_environment(os.environ)
    kept, removed_args = scrub_arguments(argv)
    harden_process_environment(os.environ, demo)
    if removed_env or removed_args:
        log.warning(
            "ignored %d debugging variable(s) and %d argument(s)",
            len(removed_env), len(removed_args),
        )
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        # QtWebEngine is loaded later, at the first tap on Internet; it needs this first.
        first_paint.share_opengl_contexts()
    app = existing if isinstance(existing, QApplication) else QApplication(kept)
    app.setApplicationName("kiosk")
    if not app.styleSheet():
        app.setStyleSheet(first_paint_stylesheet())  # the whole sheet comes with the core
    return app


class ExternalUrlSink(QObject):
    """Receives every request to open a URL in another program, and opens nothing."""

    refused = 0

    @Slot(QUrl)
    def refuse(self, _url: QUrl) -> None:
        self.refused += 1


def _refuse_external_programs(app: QApplication) -> None:
    from kiosk.policy.urls import EXTERNAL_SCHEMES

    if app.findChild(ExternalUrlSink) is not None:
        return
    sink = ExternalUrlSink(app)
    for scheme in (*sorted(EXTERNAL_SCHEMES), "file", "http", "https"):
        QDesktopServices.setUrlHandler(scheme, sink, "refuse")  # type: ignore[arg-type]


class ShellApp:
    """Everything the running interface holds on to."""

    def __init__(self, app: QApplication, settings: Settings, kiosk_mode: bool) -> None:
        self.app = app
        self.settings = settings
        self._core: Core | None = None
        self.translations = Translations(app)
        self.translations.switch(settings.default_language)
        self.window = ShellWindow(settings, kiosk_mode)
        self.guard = InputGuard(self.window.activity, self.window.escape_pressed, app)
        self.window.set_input_guard(self.guard)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_uncaught

    @property
    def core(self) -> Core:
        if self._core is None:
            raise RuntimeError("the core is not attached yet")
        return self._core

    def attach(self, core: Core) -> None:
        from kiosk.ui.controller import ShellController  # after the first paint: start-up time

        self._core = core
        first_paint.done()
        _refuse_external_programs(self.app)  # before any web page can ask for one
        sheet = stylesheet()
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)
        self.window.set_controller(ShellController(self.window, core, self.translations))
        core.help.start()  # calls left from before a restart go out now
        core.usb.start()  # a stick already plugged in is reported too

    def start_core(self) -> bool:
        """Open the storage and attach it; on failure, show out of service. Returns success."""
        from kiosk.app import build_core
        from kiosk.db import DatabaseError
        from kiosk.workspace import WorkspaceError

        try:
            core = build_core(self.settings)
            core.sessions.recover()
        except (DatabaseError, WorkspaceError) as error:
            log.error("cannot start: %s", error.code)
            self.app.setStyleSheet(stylesheet())
            self.window.show_unavailable()
            return False
        self.attach(core)
        return True

    def _on_uncaught(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.error("uncaught error", exc_info=(kind, error, tb))
        if self._core is not None:
            try:
                from kiosk.audit import AuditKind

                self._core.audit.record(AuditKind.UNCAUGHT_ERROR, kind=kind.__name__)
            except Exception:  # the audit store itself may be what failed
                log.exception("could not record the error in the audit log")
        self.window.show_error()

    def close(self) -> None:
        # Stopping the kiosk (shutdown, service restart) erases a session in progress,
        # while the interface it scrubs is still whole.
        if self._core is not None and self._core.sessions.session is not None:
            from kiosk.session import EndReason

            self._core.sessions.end(EndReason.SHUTDOWN)
        sys.excepthook = self._previous_hook
        self.window.set_input_guard(None)
        self.window.timer.stop()
        self.window.hide()
        self.window.deleteLater()
        self.translations.clear()
        if self._core is not None:
            self._core.close()


def show_broken(app: QApplication, kiosk_mode: bool) -> OutOfServiceScreen:
    """The configuration is invalid: say so calmly instead of half-starting."""
    from kiosk.ui.service_screens import OutOfServiceScreen

    app.setStyleSheet(stylesheet())

    translations = Translations(app)
    translations.switch("fr")
    screen = OutOfServiceScreen(None)
    if kiosk_mode:
        screen.showFullScreen()
    else:
        screen.resize(1280, 800)
        screen.show()
    return screen


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM and SIGINT end the event loop cleanly, so the session is still scrubbed."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_args: app.quit())
    # Python only runs signal handlers between bytecodes: wake it up now and then.
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(300)


def run(settings: Settings | None, problems: ConfigError | None, kiosk_mode: bool) -> int:
    app = make_application(sys.argv, demo=not kiosk_mode)
    if settings is None:
        for problem in problems.problems if problems else []:
            log.error("configuration: %s", describe(problem))
        broken = show_broken(app, kiosk_mode)
        code = app.exec()
        broken.deleteLater()
        return code
    shell = ShellApp(app, settings, kiosk_mode)
    first_paint.after_first_paint(shell.window, shell.start_core)
    shell.window.show_shell()
    _quit_on_signals(app)
    code = app.exec()
    shell.close()
    return code
