"""Connects the core to the shell window: builds the session screens, renders the session
manager's state, and forwards the person's and the staff's actions to the core.

Created once the storage is open, so none of this is loaded before the attract screen is
painted. The policy (when to warn, when to end, what to erase) stays in the core.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.artifacts import Artifact
from kiosk.audit import AuditKind
from kiosk.help.errors import HelpError
from kiosk.help.model import RequestState, TerminalState, Topic
from kiosk.roles import LockedOut, NoPinSet, Role, WrongPin
from kiosk.scrub import ScrubContext
from kiosk.session import EndReason, State, StateChanged
from kiosk.ui.assets import stylesheet
from kiosk.ui.bridge import HelpBridge, SessionBridge
from kiosk.ui.device_screens import DeviceScreens
from kiosk.ui.home import HomeScreen
from kiosk.ui.i18n import Translations
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.messages import Messages
from kiosk.ui.overlays import DisplayPanel, EndSession, HelpPanel, IdleWarning, PrivacyCover
from kiosk.ui.privacy_mask import PrivacyMask
from kiosk.ui.read_aloud import ReadAloud, screen_text
from kiosk.ui.service_screens import ErrorScreen, MaintenanceScreen
from kiosk.ui.session_bar import SessionBar
from kiosk.ui.tray_picker import TrayPicker
from kiosk.ui.tray_screen import TrayScreen
from kiosk.ui.unlock import StaffPanel, UnlockDialog

if TYPE_CHECKING:
    from kiosk.app import Core
    from kiosk.ui.browser.screen import BrowserScreen
    from kiosk.ui.shell import ShellWindow


def available_tiles() -> frozenset[str]:
    """The capabilities this terminal can offer now."""
    tiles = {"documents", "scan", "print", "safe", "usb"}
    if importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None:
        tiles.add("internet")
    return frozenset(tiles)

_SESSION_STATES = (State.ACTIVE, State.WARNING, State.ENDING)
HELP_WAIT_KEEPS_SESSION_S = 20 * 60
# What read-aloud says on a web page: the selection, else the main text.
PAGE_TEXT_JS = """(() => {
    const selected = String(window.getSelection() || "").trim();
    if (selected) return selected;
    const main = document.querySelector("main, [role=main], article") || document.body;
    return (main ? main.innerText : "").slice(0, 4000);
})()"""


class ShellController(QObject):
    def __init__(self, window: ShellWindow, core: Core, translations: Translations) -> None:
        super().__init__(window)
        self.window = window
        self.core = core
        self._translations = translations
        self._messages = Messages(self)
        self.browser: BrowserScreen | None = None
        self._browser_profile: QObject | None = None
        self._browser_paths: list[Path] = []
        self.read_aloud = ReadAloud(self)
        self.speak_changes = False  # on once the person has used Listen in this session
        self.text_scale = 1.0
        self.high_contrast = False
        self._build_screens()
        self.bridge = SessionBridge(core.sessions, self)
        self.bridge.state_changed.connect(self._on_sessions_state_changed)
        self.bridge.tray_changed.connect(self._on_tray_changed)
        core.scrubber.add_step("clipboard", self._scrub_clipboard)
        core.scrubber.add_trace("clipboard", self._clipboard_traces)
        core.scrubber.add_step("interface", self._scrub_interface)
        # The browser closes first, before its downloads folder is erased with the workspace.
        core.scrubber.add_step("browser", self._scrub_browser, before="tray")
        core.scrubber.add_trace("browser_profile", self._browser_profile_traces)
        core.scrubber.add_trace("browser_disk", self._browser_disk_traces)
        core.scrubber.add_step("help_call", self._scrub_help_call, before="tray")
        core.scrubber.add_step("display", self._scrub_display)
        self.help_bridge = HelpBridge(core.help, self)
        self.help_bridge.changed.connect(self._on_help_changed)
        window.timer.timeout.connect(self._on_timer_timeout)
        window.timer.start()
        self.render(core.sessions.state, None)

    def _build_screens(self) -> None:
        w = self.window
        w.home = HomeScreen(self._on_home_open, available_tiles())
        self.devices = DeviceScreens(w, self.core, self.help_clicked, self._on_scan_saved)
        w.tray = TrayScreen(self._on_tray_print, self._on_tray_to_stick, self.devices.stick_ready)
        self.devices.problems_changed.connect(
            lambda: self._publish_terminal_state(self.core.sessions.state)
        )
        w.error = ErrorScreen(self._on_error_back, w.help_button())
        w.maintenance = MaintenanceScreen(self._on_maintenance_back, self._on_maintenance_quit)
        for screen in (w.home, w.tray, w.error, w.maintenance):
            w.stack.addWidget(screen)
        w.bar = SessionBar(
            self._show_home, self._on_bar_help, self._on_bar_privacy, self._on_bar_end,
            w.staff_corner(), self._on_bar_listen, self._on_bar_mask, self._on_bar_display,
        )
        w.add_bottom_bar(w.bar)
        w.idle_warning = IdleWarning(w, self._on_still_here, self._end_by_user)
        w.end_dialog = EndSession(w, self._end_by_user, self._on_end_back)
        w.help_panel = HelpPanel(w, self._on_help_topic, self._on_help_cancel)
        w.privacy_cover = PrivacyCover(w)
        w.unlock = UnlockDialog(w, self._on_unlock_submit)
        w.staff = StaffPanel(w)
        w.picker = TrayPicker(w)
        w.display_panel = DisplayPanel(w, self._on_display_scale, self._on_display_contrast,
                                       self._on_bar_listen)
        w.reading_mask = PrivacyMask(w, w.bar)
        w.keyboard = OnScreenKeyboard(on_shown=w.place_keyboard)
        w.add_keyboard(w.keyboard, w.bar)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        w.overlays = [
            w.idle_warning, w.end_dialog, w.help_panel, w.picker, w.display_panel, w.unlock,
            w.staff, w.privacy_cover,
        ]
        self.devices.watch_usb()

    # -- what the window asks of it ----------------------------------------------------

    def start(self, language: str | None) -> None:
        if self.core.sessions.state is not State.ATTRACT:
            return
        code = language or self.core.settings.default_language
        self._translations.switch(code)
        self.read_aloud.set_language(code)
        self.window.keyboard.set_language(code)
        session = self.core.sessions.start(code)
        session.tray.subscribe(self.bridge.on_tray_changed)
        self.window.tray.show_items(session.tray.items())

    def activity(self) -> None:
        self.core.sessions.activity()
        self.core.safe.touch()

    def escape_pressed(self) -> None:
        w = self.window
        for overlay in reversed(w.overlays):
            if overlay.isVisible() and overlay in (w.help_panel, w.unlock, w.staff):
                overlay.close_overlay()
                return

    def show_error(self) -> None:
        """After an unexpected error: the calm screen, the session kept."""
        w = self.window
        for overlay in w.overlays:
            overlay.close_overlay()
        w.bar.hide()
        w.stack.setCurrentWidget(w.error)

    def staff_corner_clicked(self) -> None:
        if self.core.grants.active_role() is Role.PUBLIC:
            self.window.unlock.open()
        else:
            self._open_staff_panel()

    # -- rendering the session's state ----------------------------------------------------

    def _on_sessions_state_changed(self, event: StateChanged) -> None:
        self.render(event.state, event)
        self._publish_terminal_state(event.state)

    def _publish_terminal_state(self, state: State) -> None:
        """What mediators' consoles show for this terminal."""
        if state is State.OUT_OF_SERVICE:
            terminal = TerminalState.OUT_OF_SERVICE
        elif state in _SESSION_STATES:
            terminal = TerminalState.IN_SESSION
        else:
            terminal = TerminalState.FREE
        self.core.help.set_terminal_state(terminal, sorted(self.devices.problems))

    def render(self, state: State, event: StateChanged | None) -> None:
        w = self.window
        w.bar.setVisible(state in _SESSION_STATES)
        if state is not State.WARNING:
            w.idle_warning.close_overlay()
        if state is not State.ENDING:
            w.end_dialog.close_overlay()
        if state is State.ATTRACT:
            for overlay in w.overlays:
                overlay.close_overlay()
            self._translations.switch(self.core.settings.default_language)
            came_from_session = event is not None and event.previous in _SESSION_STATES
            scrub = self.core.sessions.last_scrub
            w.attract.show_erased(came_from_session and scrub is not None and scrub.passed)
            w.stack.setCurrentWidget(w.attract)
        elif state is State.ACTIVE:
            if event is not None and event.previous is State.ATTRACT:
                self._show_home()
        elif state is State.WARNING:
            w.idle_warning.set_remaining(round(self.core.sessions.warning_remaining_s()))
            w.idle_warning.open()
            # Said aloud too: someone who cannot read the screen must hear it.
            self.read_aloud.say(screen_text([w.idle_warning]))
        elif state is State.ENDING:
            session = self.core.sessions.session
            w.end_dialog.set_count(len(session.tray.kept()) if session else 0)
            w.end_dialog.open()
        elif state is State.OUT_OF_SERVICE:
            for overlay in w.overlays:
                if overlay not in (w.unlock, w.staff):
                    overlay.close_overlay()
            self._translations.switch(self.core.settings.default_language)
            w.stack.setCurrentWidget(w.out_of_service)
        elif state is State.MAINTENANCE:
            self._fill_maintenance()
            w.stack.setCurrentWidget(w.maintenance)

    def _on_timer_timeout(self) -> None:
        if self._waiting_for_help():
            self.core.sessions.activity()  # "your session stays open while you wait"
        state = self.core.sessions.tick()
        self.devices.tick()
        hide_after = self.core.settings.hide_after_idle_s
        if (state is State.ACTIVE and hide_after
                and self.core.sessions.idle_for() >= hide_after
                and not self.window.privacy_cover.isVisible()):
            self.window.privacy_cover.open()  # hides the screen; the session carries on
        if state is State.WARNING:
            remaining = round(self.core.sessions.warning_remaining_s())
            self.window.idle_warning.set_remaining(remaining)

    def _on_tray_changed(self, items: list[Artifact]) -> None:
        self.window.tray.show_items(items)

    # -- the person's actions ------------------------------------------------------------

    def _show_home(self) -> None:
        self.window.stack.setCurrentWidget(self.window.home)

    def _on_home_open(self, key: str) -> None:
        if key == "documents":
            self.window.tray.set_printing(False)
            self.window.stack.setCurrentWidget(self.window.tray)
        elif key == "internet":
            self.open_browser()
        elif key == "scan" and self.core.sessions.session is not None:
            self.devices.open_scan(self.core.sessions.session)
        elif key == "usb" and self.core.sessions.session is not None:
            self.devices.open_usb(self.core.sessions.session)
        elif key == "safe" and self.core.sessions.session is not None:
            self.devices.open_safe(self.core.sessions.session)
        elif key == "print":
            self.window.tray.set_printing(True)
            self.window.stack.setCurrentWidget(self.window.tray)

    def _on_tray_print(self, artifact: Artifact) -> None:
        if self.core.sessions.session is not None:
            self.devices.open_print(self.core.sessions.session, artifact)

    def _on_tray_to_stick(self, artifact: Artifact) -> None:
        if artifact.path is not None:
            self.devices.copy_to_stick(artifact.path, artifact.display_name)

    def _on_scan_saved(self, _artifact: Artifact) -> None:
        self.window.tray.set_printing(False)
        self.window.stack.setCurrentWidget(self.window.tray)

    def open_browser(self) -> BrowserScreen:
        """The session's browser, made at the first tap on Internet."""
        session = self.core.sessions.session
        if session is None:
            raise RuntimeError("no session")
        if self.browser is None:
            from kiosk.policy.urls import BrowserPolicy
            from kiosk.ui.browser.screen import BrowserScreen  # loads QtWebEngine

            settings = self.core.settings.browser
            self.browser = BrowserScreen(
                settings, BrowserPolicy(settings), session.tray, session.workspace.path,
                session.language, self._choose_files, self._works_offline, self.core.intake,
            )
            profile = self.browser.profile
            self._browser_profile = profile
            self._browser_paths = [
                Path(p) for p in (profile.persistentStoragePath(), profile.cachePath()) if p
            ]
            self.browser.keyboard_button.clicked.connect(self.toggle_keyboard)
            self.browser.text_field_focused.connect(self.window.keyboard.setVisible)
            self.browser.print_ready = self._on_tray_print
            self.window.stack.addWidget(self.browser)
        self.window.stack.setCurrentWidget(self.browser)
        return self.browser

    def _works_offline(self) -> list[str]:
        """The names, as shown now, of the home tiles that need no Internet."""
        home = self.window.home
        return [
            button.text() for key, button in home.tiles.items()
            if button.isEnabled() and key != "internet"
        ]

    def _choose_files(self, multiple: bool) -> list[str]:
        session = self.core.sessions.session
        items = session.tray.kept() if session else []
        return [str(p) for p in self.window.picker.pick(items, multiple)]

    def _on_bar_help(self) -> None:
        self.help_clicked()

    # -- calling a mediator ---------------------------------------------------------------

    def help_clicked(self) -> None:
        """One tap sends the call (stored first, delivered in the background)."""
        self.core.help.call()
        self._on_help_changed()
        self.window.help_panel.open()

    def _on_help_topic(self, topic: str) -> None:
        current = self.core.help.current()
        if current is not None:
            try:
                self.core.help.set_topic(current.id, Topic(topic))
            except HelpError:
                pass
        self._on_help_changed()

    def _on_help_cancel(self) -> None:
        current = self.core.help.current()
        if current is not None:
            try:
                self.core.help.cancel(current.id)
            except HelpError:
                pass
        self.window.help_panel.close_overlay()
        self._on_help_changed()

    def _on_help_changed(self) -> None:
        current = self.core.help.current()
        panel = self.window.help_panel
        calling = current is not None
        self.window.bar.set_calling(calling)
        if current is None:
            panel.close_overlay()
            return
        state = "acknowledged" if current.state is RequestState.ACKNOWLEDGED else "pending"
        position = self.core.help.queue_position(current.id)
        before = panel.title.text(), panel.text.text()
        panel.show_call(state, position, current.acknowledged_by, current.topic.value)
        if self.speak_changes and (panel.title.text(), panel.text.text()) != before:
            self.read_aloud.say(f"{panel.title.text()}. {panel.text.text()}")
        if state == "acknowledged" and not panel.isVisible():
            panel.open()  # "Marie is coming" must be seen

    def _waiting_for_help(self) -> bool:
        """A person waiting for a mediator is not idle (for a while: they may have left)."""
        current = self.core.help.current()
        if current is None or self.core.sessions.session is None:
            return False
        waited = (self.core.clock.now() - current.created_at).total_seconds()
        return waited < HELP_WAIT_KEEPS_SESSION_S

    def _scrub_help_call(self, _ctx: ScrubContext) -> None:
        """The person has gone: their call leaves the mediators' queue."""
        current = self.core.help.current()
        if current is not None:
            self.core.help.cancel(current.id)

    # -- display and reading ------------------------------------------------------------

    def _on_bar_listen(self) -> None:
        """Read the screen: in the browser, the selection or the page's main text."""
        w = self.window
        browser = self.browser
        overlays = [o for o in w.overlays if o.isVisible()]
        if (not overlays and browser is not None and w.stack.currentWidget() is browser
                and browser.current_tab() is not None
                and browser.stack.currentWidget() is not browser.start_page):
            tab = browser.current_tab()
            assert tab is not None
            tab.page.runJavaScript(PAGE_TEXT_JS, 0, self._say_page_text)
            return
        current = w.stack.currentWidget()
        roots: list[QWidget] = [*overlays[-1:]] or ([current] if current else [])
        self.speak_changes = True
        self.read_aloud.say(screen_text(roots))

    def _say_page_text(self, text: object) -> None:
        self.speak_changes = True
        self.read_aloud.say(str(text or ""))

    def _on_bar_mask(self) -> None:
        on = not self.window.reading_mask.active
        self.window.reading_mask.set_active(on)
        self.window.bar.mask_button.setChecked(on)

    def _on_bar_display(self) -> None:
        self.window.display_panel.show_state(self.text_scale, self.high_contrast)
        self.window.display_panel.open()

    def _on_display_scale(self, scale: float) -> None:
        self.text_scale = scale
        self._apply_display()

    def _on_display_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._apply_display()

    def _apply_display(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(self.text_scale, self.high_contrast))
        if self.browser is not None:
            self.browser.set_zoom(self.text_scale)
        self.window.display_panel.show_state(self.text_scale, self.high_contrast)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A text field of the shell got the focus: the keyboard comes up with it; anything
        else of the shell got it (a button, a list): the keyboard goes, uncovering the
        buttons under it. The browser shows and hides it for its pages itself."""
        keyboard = self.window.keyboard
        if new is None or not self.window.isAncestorOf(new) or keyboard.isAncestorOf(new):
            return
        if isinstance(new, QLineEdit):
            if (new.echoMode() == QLineEdit.EchoMode.Normal
                    and self.core.sessions.session is not None):
                keyboard.show()
        elif keyboard.isVisible() and not (
            self.browser is not None and self.browser.isAncestorOf(new)
        ):
            keyboard.hide()

    def toggle_keyboard(self) -> None:
        self.window.keyboard.setVisible(not self.window.keyboard.isVisible())

    def _scrub_display(self, _ctx: ScrubContext) -> None:
        """The next person starts with the usual text size, colours and no mask."""
        self.window.keyboard.hide()
        self.window.keyboard.set_language(self.core.settings.default_language)
        self.read_aloud.stop()
        self.speak_changes = False
        self.window.reading_mask.set_active(False)
        self.window.bar.mask_button.setChecked(False)
        if self.text_scale != 1.0 or self.high_contrast:
            self.text_scale, self.high_contrast = 1.0, False
            self._apply_display()

    def _on_bar_privacy(self) -> None:
        self.window.privacy_cover.open()

    def _on_bar_end(self) -> None:
        self.core.sessions.request_end()

    def _on_still_here(self) -> None:
        self.core.sessions.still_here()

    def _end_by_user(self) -> None:
        """"End now" on the idle warning, or "Erase everything and end" when asked."""
        self.core.sessions.end(EndReason.USER)

    def _on_end_back(self) -> None:
        self.core.sessions.cancel_end()
        self.window.stack.setCurrentWidget(self.window.tray)

    def _on_error_back(self) -> None:
        self.render(self.core.sessions.state, None)
        if self.core.sessions.state in _SESSION_STATES:
            self._show_home()

    # -- staff ----------------------------------------------------------------------------

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
            actions.append(("extend", "clock", self._on_staff_extend))
            actions += self.devices.staff_actions()
            actions.append(("end_session", "end", self._on_staff_end_session))
        if sessions.state is State.OUT_OF_SERVICE:
            actions.append(("retry", "check", self._on_staff_retry))
        if self.core.grants.is_granted(Role.ADMIN) and sessions.state is not State.MAINTENANCE:
            actions.append(("maintenance", "wrench", self._on_staff_maintenance))
        self.window.staff.set_actions(actions)
        self.window.staff.open()

    def _on_staff_extend(self) -> None:
        self.core.sessions.still_here()

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
        self.window.maintenance.show_state(facts, self.core.audit.recent(30))

    def _on_maintenance_back(self) -> None:
        self.core.sessions.leave_maintenance()

    def _on_maintenance_quit(self) -> None:
        self.core.audit.record(AuditKind.MAINTENANCE_LEFT, quit=True)
        self.window.quit_kiosk()

    # -- the interface's own scrub steps -------------------------------------------------

    def _scrub_clipboard(self, _ctx: ScrubContext) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _clipboard_traces(self, _ctx: ScrubContext) -> int:
        data = QGuiApplication.clipboard().mimeData()
        return int(data is not None and bool(data.formats()))

    def _scrub_browser(self, _ctx: ScrubContext) -> None:
        browser, self.browser = self.browser, None
        if browser is None:
            return
        if self.window.picker.isVisible():
            self.window.picker.close_overlay()
        browser.shutdown()
        self.window.stack.removeWidget(browser)
        browser.deleteLater()
        # Destroy the pages and the profile now, so the check below sees them gone.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _browser_profile_traces(self, _ctx: ScrubContext) -> int:
        profile = self._browser_profile
        return int(profile is not None and shiboken6.isValid(profile))

    def _browser_disk_traces(self, _ctx: ScrubContext) -> int:
        """Files the browser engine left in its storage or cache folders (none expected)."""
        return sum(
            sum(1 for p in folder.rglob("*") if p.is_file())
            for folder in self._browser_paths
            if folder.exists()
        )

    def _scrub_interface(self, _ctx: ScrubContext) -> None:
        self.window.tray.show_items([])
        self.devices.reset()
        self.window.unlock.pin.clear()
