"""The shell window: the frame every screen lives in, and the attract screen.

It is built from the settings alone and painted before the storage is opened; the
`ShellController` then adds the session screens and connects the core. The window keeps
what belongs to a window: full screen, no closing by the public, overlays' geometry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent, QWindow
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.ui.assets import icon
from kiosk.ui.attract import AttractScreen
from kiosk.ui.first_paint import (
    FRAMELESS_WINDOW_HINT,
    WINDOW,
    WINDOW_STAYS_ON_TOP_HINT,
    set_window_flags,
)
from kiosk.ui.widgets import Overlay

if TYPE_CHECKING:
    from kiosk.ui.controller import ShellController
    from kiosk.ui.home import HomeScreen
    from kiosk.ui.keyboard import OnScreenKeyboard
    from kiosk.ui.overlays import DisplayPanel, EndSession, HelpPanel, IdleWarning, PrivacyCover
    from kiosk.ui.privacy_mask import PrivacyMask
    from kiosk.ui.service_screens import ErrorScreen, MaintenanceScreen, OutOfServiceScreen
    from kiosk.ui.session_bar import SessionBar
    from kiosk.ui.tray_picker import TrayPicker
    from kiosk.ui.tray_screen import TrayScreen
    from kiosk.ui.unlock import StaffPanel, UnlockDialog


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class ShellWindow(QWidget):
    # Added by the controller once the core is attached.
    home: HomeScreen
    tray: TrayScreen
    error: ErrorScreen
    maintenance: MaintenanceScreen
    bar: SessionBar
    idle_warning: IdleWarning
    end_dialog: EndSession
    help_panel: HelpPanel
    privacy_cover: PrivacyCover
    unlock: UnlockDialog
    staff: StaffPanel
    picker: TrayPicker
    display_panel: DisplayPanel
    reading_mask: PrivacyMask
    keyboard: OnScreenKeyboard

    def __init__(self, settings: Settings, kiosk_mode: bool) -> None:
        super().__init__()
        self._kiosk_mode = kiosk_mode
        self.setObjectName("shellWindow")
        self.setWindowTitle("Kiosk")
        self.settings = settings
        self.controller: ShellController | None = None
        self.overlays: list[Overlay] = []
        self._pending_start: str | None = None
        self._help_buttons: list[QPushButton] = []
        self._allow_close = not kiosk_mode
        self._out_of_service: OutOfServiceScreen | None = None
        self._keyboard: tuple[QWidget, QWidget] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.stack = QStackedWidget()
        self._layout.addWidget(self.stack, 1)
        self.attract = AttractScreen(
            settings.site_name, settings.languages, self._on_attract_start, self.staff_corner(),
            self.help_button(),
        )
        self.stack.addWidget(self.attract)
        self.timer = QTimer(self)
        self.timer.setObjectName("sessionTimer")
        self.timer.setInterval(1000)
        self._guard: QObject | None = None
        self._guarded: QWindow | None = None

    @property
    def ready(self) -> bool:
        return self.controller is not None

    def set_controller(self, controller: ShellController) -> None:
        """The core is attached; a touch made while it was starting is honoured now."""
        self.controller = controller
        if self._pending_start is not None:
            language, self._pending_start = self._pending_start, None
            controller.start(language or None)

    # -- pieces the controller builds on --------------------------------------------------

    def staff_corner(self) -> QPushButton:
        """The discreet staff control, in a corner of every screen."""
        button = QPushButton()
        button.setObjectName("staffCorner")
        button.setIcon(icon("lock"))
        button.setIconSize(QSize(28, 28))
        button.setFlat(True)
        button.setToolTip(self.tr("Staff access"))
        button.setAccessibleName(self.tr("Staff access"))
        button.clicked.connect(self._on_staff_corner_clicked)
        return button

    def help_button(self) -> QPushButton:
        """"Call a mediator", for the screens outside the session bar."""
        button = QPushButton()
        button.setObjectName("helpButton")
        button.setProperty("iconName", "help")
        button.setIcon(icon("help"))
        button.setIconSize(QSize(40, 40))
        button.setText(self.tr("Call a mediator"))
        button.setAccessibleName(button.text())
        button.clicked.connect(self._on_help_clicked)
        self._help_buttons.append(button)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for button in self._help_buttons:
                button.setText(self.tr("Call a mediator"))
                button.setAccessibleName(button.text())
        self._keep_full_screen(event)
        super().changeEvent(event)

    def add_bottom_bar(self, bar: QWidget) -> None:
        self._layout.addWidget(bar)
        bar.hide()

    def add_keyboard(self, keyboard: QWidget, above: QWidget) -> None:
        """Floating just above the session bar (it never changes the screens' layout)."""
        keyboard.setParent(self)
        self._keyboard = (keyboard, above)
        keyboard.hide()

    def place_keyboard(self) -> None:
        if self._keyboard is None:
            return
        keyboard, above = self._keyboard
        bottom = above.geometry().top() if above.isVisible() else self.height()
        height = keyboard.sizeHint().height()
        keyboard.setGeometry(0, bottom - height, self.width(), height)
        keyboard.raise_()

    @property
    def out_of_service(self) -> OutOfServiceScreen:
        """Built at its first use: a terminal that never fails never needs it."""
        if self._out_of_service is None:
            from kiosk.ui.service_screens import OutOfServiceScreen  # not needed at start-up

            self._out_of_service = OutOfServiceScreen(self.staff_corner(), self.help_button())
            self.stack.addWidget(self._out_of_service)
        return self._out_of_service

    def show_unavailable(self) -> None:
        """The storage could not be opened: out of service, calmly."""
        self.stack.setCurrentWidget(self.out_of_service)

    def show_error(self) -> None:
        if self.controller is not None:
            self.controller.show_error()
        else:
            self.show_unavailable()

    # -- window behaviour ---------------------------------------------------------------

    def set_input_guard(self, guard: QObject | None) -> None:
        """Filter every input event of this window's native window (see InputGuard)."""
        if self._guard is not None and _alive(self._guarded):
            assert self._guarded is not None
            self._guarded.removeEventFilter(self._guard)
        self._guard, self._guarded = guard, None
        self._install_guard()

    def _install_guard(self) -> None:
        handle = self.windowHandle()
        if self._guard is None or handle is None or handle is self._guarded:
            return
        if _alive(self._guarded):
            assert self._guarded is not None
            self._guarded.removeEventFilter(self._guard)
        handle.installEventFilter(self._guard)
        self._guarded = handle

    def showEvent(self, event: QShowEvent) -> None:
        # Changing the window flags (kiosk mode) makes a new native window: guard it too.
        self._install_guard()
        super().showEvent(event)

    def show_shell(self) -> None:
        if self._kiosk_mode:
            set_window_flags(self, WINDOW | FRAMELESS_WINDOW_HINT | WINDOW_STAYS_ON_TOP_HINT)
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()

    def quit_kiosk(self) -> None:
        """An admin leaves kiosk mode for good (from the maintenance screen)."""
        self._allow_close = True
        self.close()
        app = QGuiApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()

    def _keep_full_screen(self, event: QEvent) -> None:
        if (
            self._kiosk_mode
            and event.type() == QEvent.Type.WindowStateChange
            and not self.isFullScreen()
        ):
            QTimer.singleShot(0, self.showFullScreen)

    def resizeEvent(self, event: object) -> None:
        for overlay in self.overlays:
            if overlay.isVisible():
                overlay.setGeometry(self.rect())
        if self._keyboard is not None and self._keyboard[0].isVisible():
            self.place_keyboard()

    # -- input, forwarded to the controller once there is one ---------------------------

    def escape_pressed(self) -> None:
        if self.controller is not None:
            self.controller.escape_pressed()

    def activity(self) -> None:
        if self.controller is not None:
            self.controller.activity()

    def _on_attract_start(self, language: str | None) -> None:
        if self.controller is None:
            self._pending_start = language or ""
            return
        self.controller.start(language)

    def _on_help_clicked(self) -> None:
        if self.controller is not None:
            self.controller.help_clicked()

    def _on_staff_corner_clicked(self) -> None:
        if self.controller is not None:
            self.controller.staff_corner_clicked()
