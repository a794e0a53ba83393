"""The shell window: one stack of screens, the session bar, and the overlays above them.

It renders the session manager's state and forwards the person's actions to it; the
policy (when to warn, when to end, what to erase) lives in the core.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.artifacts import Artifact
from kiosk.audit import AuditKind
from kiosk.config import Settings
from kiosk.roles import LockedOut, NoPinSet, Role, WrongPin
from kiosk.scrub import ScrubContext
from kiosk.session import EndReason, State, StateChanged
from kiosk.ui.assets import icon
from kiosk.ui.attract import AttractScreen
from kiosk.ui.i18n import Translations
from kiosk.ui.widgets import Overlay

if TYPE_CHECKING:
    from kiosk.app import Core
    from kiosk.ui.bridge import SessionBridge
    from kiosk.ui.home import HomeScreen
    from kiosk.ui.messages import Messages
    from kiosk.ui.overlays import EndSession, HelpPanel, IdleWarning, PrivacyCover
    from kiosk.ui.service_screens import ErrorScreen, MaintenanceScreen, OutOfServiceScreen
    from kiosk.ui.session_bar import SessionBar
    from kiosk.ui.tray_screen import TrayScreen
    from kiosk.ui.unlock import StaffPanel, UnlockDialog

log = logging.getLogger(__name__)

_SESSION_STATES = (State.ACTIVE, State.WARNING, State.ENDING)


class ShellWindow(QWidget):
    """Built from the settings alone, so the attract screen shows before the storage is
    opened; `attach()` then connects the core services."""

    def __init__(self, settings: Settings, translations: Translations, kiosk_mode: bool) -> None:
        super().__init__()
        self.setObjectName("shellWindow")
        self.settings = settings
        self._core: Core | None = None
        self._pending_start: str | None = None
        self._translations = translations
        self._kiosk_mode = kiosk_mode
        self._allow_close = not kiosk_mode

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.attract = AttractScreen(
            settings.site_name, settings.languages, self._on_attract_start, self._staff_corner()
        )
        self.stack.addWidget(self.attract)
        self._layout = layout
        self._overlays: list[Overlay] = []
        self._built = False

        self.timer = QTimer(self)
        self.timer.setObjectName("sessionTimer")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.setWindowTitle("Kiosk")
        self.stack.setCurrentWidget(self.attract)

    home: HomeScreen
    tray: TrayScreen
    out_of_service: OutOfServiceScreen
    error: ErrorScreen
    maintenance: MaintenanceScreen
    bar: SessionBar
    idle_warning: IdleWarning
    end_dialog: EndSession
    help_panel: HelpPanel
    privacy_cover: PrivacyCover
    unlock: UnlockDialog
    staff: StaffPanel
    bridge: SessionBridge
    _messages: Messages
    _bridge_cls: type[SessionBridge]

    def _build_rest(self) -> None:
        """Every screen but the attract one, built after the first paint (start-up time)."""
        if self._built:
            return
        self._built = True
        # Imported here, not at the top: the attract screen is painted before these load.
        from kiosk.ui.bridge import SessionBridge
        from kiosk.ui.home import HomeScreen
        from kiosk.ui.messages import Messages
        from kiosk.ui.overlays import EndSession, HelpPanel, IdleWarning, PrivacyCover
        from kiosk.ui.service_screens import ErrorScreen, MaintenanceScreen, OutOfServiceScreen
        from kiosk.ui.session_bar import SessionBar
        from kiosk.ui.tray_screen import TrayScreen
        from kiosk.ui.unlock import StaffPanel, UnlockDialog

        self._bridge_cls = SessionBridge
        self._messages = Messages(self)
        self.home = HomeScreen(self._on_home_open)
        self.tray = TrayScreen()
        self.out_of_service = OutOfServiceScreen(self._staff_corner())
        self.error = ErrorScreen(self._on_error_back)
        self.maintenance = MaintenanceScreen(self._on_maintenance_back, self._on_maintenance_quit)
        for screen in (self.home, self.tray, self.out_of_service, self.error, self.maintenance):
            self.stack.addWidget(screen)
        self.bar = SessionBar(
            self._show_home, self._on_bar_help, self._on_bar_privacy, self._on_bar_end,
            self._staff_corner(),
        )
        self._layout.addWidget(self.bar)
        self.bar.hide()

        self.idle_warning = IdleWarning(self, self._on_still_here, self._on_end_now)
        self.end_dialog = EndSession(self, self._on_end_erase, self._on_end_back)
        self.help_panel = HelpPanel(self)
        self.privacy_cover = PrivacyCover(self)
        self.unlock = UnlockDialog(self, self._on_unlock_submit)
        self.staff = StaffPanel(self)
        self._overlays = [
            self.idle_warning, self.end_dialog, self.help_panel, self.unlock, self.staff,
            self.privacy_cover,
        ]

    @property
    def core(self) -> Core:
        if self._core is None:
            raise RuntimeError("the shell is not attached to the core yet")
        return self._core

    @property
    def ready(self) -> bool:
        return self._core is not None

    def attach(self, core: Core) -> None:
        """Connect the core services; a touch made while they were starting is honoured."""
        self._build_rest()
        self._core = core
        self.bridge = self._bridge_cls(core.sessions, self)
        self.bridge.state_changed.connect(self._on_sessions_state_changed)
        self.bridge.tray_changed.connect(self._on_tray_changed)
        core.scrubber.add_step("clipboard", self._scrub_clipboard)
        core.scrubber.add_trace("clipboard", self._clipboard_traces)
        core.scrubber.add_step("interface", self._scrub_interface)
        self.timer.start()
        self._render(core.sessions.state, None)
        if self._pending_start is not None and core.sessions.state is State.ATTRACT:
            language, self._pending_start = self._pending_start, None
            self._on_attract_start(language or None)

    def show_unavailable(self) -> None:
        """The storage could not be opened: out of service, calmly."""
        self._build_rest()
        self.bar.hide()
        self.stack.setCurrentWidget(self.out_of_service)

    # -- window behaviour ---------------------------------------------------------------

    def show_shell(self) -> None:
        if self._kiosk_mode:
            self.setWindowFlags(
                Qt.WindowType.Window
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        if (
            self._kiosk_mode
            and event.type() == QEvent.Type.WindowStateChange
            and not self.isFullScreen()
        ):
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        for overlay in self._overlays:
            if overlay.isVisible():
                overlay.setGeometry(self.rect())

    def escape_pressed(self) -> None:
        for overlay in reversed(self._overlays):
            if overlay.isVisible() and overlay in (self.help_panel, self.unlock, self.staff):
                overlay.close_overlay()
                return

    def activity(self) -> None:
        if self._core is not None:
            self._core.sessions.activity()

    def show_error(self) -> None:
        """After an unexpected error: the calm screen, the session kept."""
        self._build_rest()
        for overlay in self._overlays:
            overlay.close_overlay()
        self.bar.hide()
        self.stack.setCurrentWidget(self.error)

    # -- rendering the session's state ----------------------------------------------------

    def _on_sessions_state_changed(self, event: StateChanged) -> None:
        self._render(event.state, event)

    def _render(self, state: State, event: StateChanged | None) -> None:
        in_session = state in _SESSION_STATES
        self.bar.setVisible(in_session)
        if state is not State.WARNING:
            self.idle_warning.close_overlay()
        if state is not State.ENDING:
            self.end_dialog.close_overlay()
        if state is State.ATTRACT:
            for overlay in self._overlays:
                overlay.close_overlay()
            self._translations.switch(self.core.settings.default_language)
            came_from_session = event is not None and event.previous in _SESSION_STATES
            scrub = self.core.sessions.last_scrub
            self.attract.show_erased(came_from_session and scrub is not None and scrub.passed)
            self.stack.setCurrentWidget(self.attract)
        elif state is State.ACTIVE:
            if event is not None and event.previous is State.ATTRACT:
                self._show_home()
        elif state is State.WARNING:
            self.idle_warning.set_remaining(round(self.core.sessions.warning_remaining_s()))
            self.idle_warning.open()
        elif state is State.ENDING:
            session = self.core.sessions.session
            self.end_dialog.set_count(len(session.tray.kept()) if session else 0)
            self.end_dialog.open()
        elif state is State.OUT_OF_SERVICE:
            for overlay in self._overlays:
                if overlay not in (self.unlock, self.staff):
                    overlay.close_overlay()
            self._translations.switch(self.core.settings.default_language)
            self.stack.setCurrentWidget(self.out_of_service)
        elif state is State.MAINTENANCE:
            self._fill_maintenance()
            self.stack.setCurrentWidget(self.maintenance)

    def _on_timer_timeout(self) -> None:
        state = self.core.sessions.tick()
        if state is State.WARNING:
            self.idle_warning.set_remaining(round(self.core.sessions.warning_remaining_s()))

    def _on_tray_changed(self, items: list[Artifact]) -> None:
        self.tray.show_items(items)

    # -- the person's actions ------------------------------------------------------------

    def _on_attract_start(self, language: str | None) -> None:
        if self._core is None:
            self._pending_start = language or ""
            return
        if self.core.sessions.state is not State.ATTRACT:
            return
        code = language or self.core.settings.default_language
        self._translations.switch(code)
        session = self.core.sessions.start(code)
        session.tray.subscribe(self.bridge.on_tray_changed)
        self.tray.show_items(session.tray.items())

    def _show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)

    def _on_home_open(self, key: str) -> None:
        if key == "documents":
            self.stack.setCurrentWidget(self.tray)

    def _on_bar_help(self) -> None:
        self.help_panel.open()

    def _on_bar_privacy(self) -> None:
        self.privacy_cover.open()

    def _on_bar_end(self) -> None:
        self.core.sessions.request_end()

    def _on_still_here(self) -> None:
        self.core.sessions.still_here()

    def _on_end_now(self) -> None:
        self.core.sessions.end(EndReason.USER)

    def _on_end_erase(self) -> None:
        self.core.sessions.end(EndReason.USER)

    def _on_end_back(self) -> None:
        self.core.sessions.cancel_end()
        self.stack.setCurrentWidget(self.tray)

    def _on_error_back(self) -> None:
        self._render(self.core.sessions.state, None)
        if self.core.sessions.state in _SESSION_STATES:
            self._show_home()

    # -- staff ----------------------------------------------------------------------------

    def _staff_corner(self) -> QPushButton:
        button = QPushButton()
        button.setObjectName("staffCorner")
        button.setIcon(icon("lock"))
        button.setIconSize(QSize(28, 28))
        button.setFlat(True)
        button.setToolTip(self.tr("Staff access"))
        button.setAccessibleName(self.tr("Staff access"))
        button.clicked.connect(self._on_staff_corner_clicked)
        return button

    def _on_staff_corner_clicked(self) -> None:
        if self._core is None:
            return
        if self.core.grants.active_role() is Role.PUBLIC:
            self.unlock.open()
        else:
            self._open_staff_panel()

    def _on_unlock_submit(self, pin: str) -> str | None:
        try:
            role = self.core.credentials.unlock(pin)
        except (WrongPin, LockedOut, NoPinSet) as error:
            return self._messages.unlock_error(error)
        self.core.grants.grant(role)
        QTimer.singleShot(0, self._open_staff_panel)
        return None

    def _open_staff_panel(self) -> None:
        sessions = self.core.sessions
        actions = []
        if sessions.state in _SESSION_STATES:
            actions.append(("end_session", "end", self._on_staff_end_session))
        if sessions.state is State.OUT_OF_SERVICE:
            actions.append(("retry", "check", self._on_staff_retry))
        if self.core.grants.is_granted(Role.ADMIN) and sessions.state is not State.MAINTENANCE:
            actions.append(("maintenance", "wrench", self._on_staff_maintenance))
        self.staff.set_actions(actions)
        self.staff.open()

    def _on_staff_end_session(self) -> None:
        self.core.sessions.end(EndReason.MEDIATOR)

    def _on_staff_retry(self) -> None:
        self.core.sessions.retry_service()

    def _on_staff_maintenance(self) -> None:
        self.core.sessions.enter_maintenance()

    def _fill_maintenance(self) -> None:
        names = self._messages.fact_names()
        settings = self.core.settings
        scrub = self.core.sessions.last_scrub
        verdict = names["none"] if scrub is None else names["passed" if scrub.passed else "failed"]
        facts = [
            (names["site"], settings.site_name),
            (names["data"], str(settings.data_dir)),
            (names["runtime"], str(settings.runtime_dir)),
            (names["scrub"], verdict),
        ]
        if self.core.sessions.out_of_service_reason:
            facts.append((names["reason"], self.core.sessions.out_of_service_reason))
        self.maintenance.show_state(facts, self.core.audit.recent(30))

    def _on_maintenance_back(self) -> None:
        self.core.sessions.leave_maintenance()

    def _on_maintenance_quit(self) -> None:
        self._allow_close = True
        self.core.audit.record(AuditKind.MAINTENANCE_LEFT, quit=True)
        self.close()
        app = QGuiApplication.instance()
        if app is not None:
            app.quit()

    # -- the interface's own scrub steps -------------------------------------------------

    def _scrub_clipboard(self, _ctx: ScrubContext) -> None:
        QGuiApplication.clipboard().clear()

    def _clipboard_traces(self, _ctx: ScrubContext) -> int:
        data = QGuiApplication.clipboard().mimeData()
        return int(data is not None and bool(data.formats()))

    def _scrub_interface(self, _ctx: ScrubContext) -> None:
        self.tray.show_items([])
        self.unlock.pin.clear()
