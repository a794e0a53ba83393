"""The interface's composition root: the QApplication, the core, the shell, the safety nets."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from kiosk.app import Core, build_core
from kiosk.audit import AuditKind
from kiosk.config import ConfigError, Settings, describe
from kiosk.db import DatabaseError
from kiosk.lockdown import harden_process_environment, scrub_arguments, scrub_environment
from kiosk.ui.assets import stylesheet
from kiosk.ui.i18n import Translations
from kiosk.ui.input_guard import InputGuard
from kiosk.ui.service_screens import OutOfServiceScreen
from kiosk.ui.shell import ShellWindow
from kiosk.workspace import WorkspaceError

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
    app = existing if isinstance(existing, QApplication) else QApplication(kept)
    app.setApplicationName("kiosk")
    app.setStyleSheet(stylesheet())
    return app


class ShellApp:
    """Everything the running interface holds on to."""

    def __init__(self, app: QApplication, core: Core, kiosk_mode: bool) -> None:
        self.app = app
        self.core = core
        self.translations = Translations(app)
        self.translations.switch(core.settings.default_language)
        self.window = ShellWindow(core, self.translations, kiosk_mode)
        self.guard = InputGuard(self.window.activity, self.window.escape_pressed, app)
        app.installEventFilter(self.guard)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_uncaught

    def _on_uncaught(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.error("uncaught error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        try:
            self.core.audit.record(AuditKind.UNCAUGHT_ERROR, kind=kind.__name__)
        except Exception:  # the audit log itself may be what failed
            log.exception("could not record the error in the audit log")
        self.window.show_error()

    def close(self) -> None:
        sys.excepthook = self._previous_hook
        self.app.removeEventFilter(self.guard)
        self.window.timer.stop()
        self.window.deleteLater()
        self.translations.clear()
        self.core.close()


def build_shell(app: QApplication, settings: Settings, kiosk_mode: bool) -> ShellApp:
    core = build_core(settings)
    core.sessions.recover()
    return ShellApp(app, core, kiosk_mode)


def show_broken(app: QApplication, kiosk_mode: bool) -> OutOfServiceScreen:
    """The terminal cannot start properly: say so calmly instead of half-starting."""
    translations = Translations(app)
    translations.switch("fr")
    screen = OutOfServiceScreen(None)
    screen.setProperty("translations", translations)
    if kiosk_mode:
        screen.showFullScreen()
    else:
        screen.resize(1280, 800)
        screen.show()
    return screen


def run(settings: Settings | None, problems: ConfigError | None, kiosk_mode: bool) -> int:
    app = make_application(sys.argv, demo=not kiosk_mode)
    if settings is None:
        for problem in problems.problems if problems else []:
            log.error("configuration: %s", describe(problem))
        broken = show_broken(app, kiosk_mode)
        broken.show()
        return app.exec()
    try:
        shell = build_shell(app, settings, kiosk_mode)
    except (DatabaseError, WorkspaceError) as error:
        log.error("cannot start: %s", error.code)
        broken = show_broken(app, kiosk_mode)
        broken.show()
        return app.exec()
    shell.window.show_shell()
    code = app.exec()
    shell.close()
    return code
