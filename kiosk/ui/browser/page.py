"""A web page that asks the policy before going anywhere and never opens a system dialog.

Everything that would leave the kiosk is refused here: other schemes, external programs,
the system file dialog, permissions, fullscreen, protocol handlers, client certificates.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineFileSystemAccessRequest,
    QWebEngineFullScreenRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineRegisterProtocolHandlerRequest,
)

from kiosk.policy.urls import BrowserPolicy, Refusal

log = logging.getLogger(__name__)

# What Chromium says when it stops a page from opening file:, chrome:, view-source: or a
# data: page itself, before the kiosk is asked.
_ENGINE_REFUSALS = (
    "Not allowed to load local resource:",
    "Not allowed to navigate top frame to data URL:",
)


@dataclass(frozen=True)
class PageHooks:
    """What a page asks of the browser screen."""

    new_window: Callable[[], QWebEnginePage | None]
    choose_files: Callable[[bool], list[str]]
    print_page: Callable[[QWebEnginePage], None]
    field_token: str = ""  # the field watcher's prefix (kiosk.ui.browser.profile)


_Type = QWebEnginePermission.PermissionType
_PERMISSION_NAMES = {
    _Type.MediaVideoCapture: "camera",
    _Type.MediaAudioCapture: "microphone",
    _Type.Geolocation: "location",
    _Type.Notifications: "notifications",
    _Type.ClipboardReadWrite: "clipboard",
    _Type.DesktopVideoCapture: "screen",
    _Type.DesktopAudioVideoCapture: "screen",
}


class KioskPage(QWebEnginePage):
    navigation_refused = Signal(str)  # a Refusal code
    certificate_refused = Signal()
    renderer_crashed = Signal()
    text_field_focused = Signal(bool)  # a page's text field got (True) or lost the focus

    def __init__(
        self, profile: QWebEngineProfile, policy: BrowserPolicy, hooks: PageHooks,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self._policy = policy
        self._hooks = hooks
        self.permissionRequested.connect(self._on_page_permission_requested)
        self.fullScreenRequested.connect(self._on_page_full_screen_requested)
        self.fileSystemAccessRequested.connect(self._on_page_file_system_access_requested)
        self.registerProtocolHandlerRequested.connect(self._on_page_protocol_handler_requested)
        self.certificateError.connect(self._on_page_certificate_error)
        self.printRequested.connect(lambda: self._hooks.print_page(self))
        self.renderProcessTerminated.connect(self._on_page_render_process_terminated)

    # -- decisions ----------------------------------------------------------------------

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        decision = (
            self._policy.navigation(text) if is_main_frame else self._policy.request(text)
        )
        if not decision.allowed and decision.refusal is not None:
            self.navigation_refused.emit(decision.refusal.value)
            return False
        return True

    def createWindow(  # type: ignore[override]  # Qt takes None: no window is opened
        self, _type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        # A new tab when there is room; otherwise no window at all (the screen says why).
        return self._hooks.new_window()

    def chooseFiles(
        self, mode: QWebEnginePage.FileSelectionMode, _old: Sequence[str], _mime: Sequence[str]
    ) -> list[str]:
        # The kiosk's own picker over the session tray: the system dialog never appears.
        multiple = mode == QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple
        return self._hooks.choose_files(multiple)

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        _line: int,
        _source: str,
    ) -> None:
        """Pages' console output is dropped (it could carry what a person typed), except
        that the engine's own refusals of local and special pages become a sentence, and the
        kiosk's own field watcher says when a text field has the focus."""
        token = self._hooks.field_token
        if token and message in (f"{token}:show", f"{token}:hide"):
            self.text_field_focused.emit(message.endswith(":show"))
            return
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel and (
            message.startswith(_ENGINE_REFUSALS)
        ):
            self.navigation_refused.emit(Refusal.FORBIDDEN_SCHEME.value)

    def javaScriptAlert(self, _origin: QUrl | str, _message: str) -> None:
        """Alerts would open a separate window; they are dropped."""

    def javaScriptConfirm(self, _origin: QUrl | str, _message: str) -> bool:
        return False

    def javaScriptPrompt(
        self, _origin: QUrl | str, _message: str, _default: str, /
    ) -> tuple[bool, str]:
        return False, ""

    # -- refusals -------------------------------------------------------------------------

    def _on_page_permission_requested(self, permission: QWebEnginePermission) -> None:
        """Denied, unless the site's configuration allows this one to this site."""
        name = _PERMISSION_NAMES.get(permission.permissionType())
        origin = permission.origin().toString()
        if name is not None and self._policy.permission_allowed(origin, name):
            permission.grant()
        else:
            permission.deny()

    def _on_page_full_screen_requested(self, request: QWebEngineFullScreenRequest) -> None:
        request.reject()

    def _on_page_file_system_access_requested(
        self, request: QWebEngineFileSystemAccessRequest
    ) -> None:
        request.reject()

    def _on_page_protocol_handler_requested(
        self, request: QWebEngineRegisterProtocolHandlerRequest
    ) -> None:
        request.reject()

    def _on_page_certificate_error(self, error: QWebEngineCertificateError) -> None:
        # Never bypassed, whatever the error; the screen explains it in plain words.
        error.rejectCertificate()
        self.certificate_refused.emit()

    def _on_page_render_process_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, _code: int
    ) -> None:
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            log.warning("a page's renderer stopped (%s)", status.name)
            self.renderer_crashed.emit()
