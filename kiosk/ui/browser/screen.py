"""The Internet screen: a start page of large site tiles, tabs, big Back/Start/Reload
buttons, a loading bar, plain-words banners, and panels for what went wrong.

One BrowserScreen lives for one session: it is built at the first tap on Internet and
destroyed, with its profile and every page, when the session is scrubbed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.artifacts import Artifact, ArtifactError, ArtifactRegistry, Origin, clean_name
from kiosk.config import BrowserSettings
from kiosk.intake import Intake
from kiosk.policy.urls import BrowserPolicy
from kiosk.ui.assets import icon
from kiosk.ui.browser.downloads import DownloadHandler, DownloadResult
from kiosk.ui.browser.page import KioskPage, PageHooks
from kiosk.ui.browser.profile import SessionProfile
from kiosk.ui.browser.view import KioskView
from kiosk.ui.widgets import Screen, big_button, wrapped_label

NOTICE_MS = 8000
_Status = QWebEngineLoadingInfo.LoadStatus
_Domain = QWebEngineLoadingInfo.ErrorDomain


@dataclass
class Tab:
    view: KioskView
    page: KioskPage
    problem: str | None = None  # "offline", "certificate", "crashed"


LIFT_FIELD_JS = """(() => {
    const field = document.activeElement;
    if (!field) return;
    const top = field.getBoundingClientRect().top;
    if (top > window.innerHeight * 0.35) window.scrollBy(0, top - window.innerHeight * 0.2);
})()"""


class BrowserScreen(Screen):
    text_field_focused = Signal(bool)  # the on-screen keyboard should come up (or go)

    def __init__(
        self,
        settings: BrowserSettings,
        policy: BrowserPolicy,
        tray: ArtifactRegistry,
        workspace: Path,
        language: str,
        choose_files: Callable[[bool], list[str]],
        works_offline: Callable[[], list[str]],
        intake: Intake,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("browserScreen")
        self._settings = settings
        self._policy = policy
        self._tray = tray
        self._workspace = workspace
        self._choose_files = choose_files
        self._works_offline = works_offline
        self._session = SessionProfile(policy, language, self)
        self.downloads = DownloadHandler(
            self._session.profile, tray, workspace / "downloads",
            settings.max_download_mb * 1024 * 1024, intake, self._on_downloads_result, self,
        )
        self.tabs: list[Tab] = []
        self._zoom = 1.0
        self._notice_key: tuple[str, str] | None = None
        self._refusal: str | None = None
        self._prints = 0
        self._build()
        self.retranslate()
        self.show_start()

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.back = big_button("browserBack", "back", 36)
        self.start = big_button("browserStart", "home", 36)
        self.reload = big_button("browserReload", "reload", 36)
        self.back.clicked.connect(self._on_back_clicked)
        self.start.clicked.connect(self.show_start)
        self.reload.clicked.connect(self._on_reload_clicked)
        for button in (self.back, self.start, self.reload):
            bar.addWidget(button)
        self.address = QLineEdit()
        self.address.setObjectName("addressField")
        self.address.returnPressed.connect(self._on_address_entered)
        self.go = big_button("addressGo", "go", 36)
        self.go.clicked.connect(self._on_address_entered)
        bar.addWidget(self.address, 1)
        bar.addWidget(self.go)
        # For web forms: the keyboard comes up by itself only for the kiosk's own fields.
        self.keyboard_button = big_button("browserKeyboard", "keyboard", 36)
        self.keyboard_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page keeps it
        bar.addWidget(self.keyboard_button)
        self.print_button = big_button("browserPrint", "print", 36)
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_button.clicked.connect(self._on_print_clicked)
        bar.addWidget(self.print_button)
        # Set by the shell: where a page made ready for printing goes (else: only the tray).
        self.print_ready: Callable[[Artifact], None] | None = None
        if not self._policy.typing_allowed:
            self.address.hide()
            self.go.hide()
            bar.addStretch(1)
        layout.addLayout(bar)
        self.tab_bar = QTabBar()
        self.tab_bar.setObjectName("tabBar")
        self.tab_bar.setTabsClosable(True)
        self.tab_bar.setExpanding(False)
        self.tab_bar.setElideMode(Qt.TextElideMode.ElideRight)
        self.tab_bar.currentChanged.connect(self._on_tab_bar_current_changed)
        self.tab_bar.tabCloseRequested.connect(self.close_tab)
        layout.addWidget(self.tab_bar)
        self.loading = QProgressBar()
        self.loading.setObjectName("loadingBar")
        self.loading.setRange(0, 100)
        self.loading.setTextVisible(False)
        self.loading.setFixedHeight(8)
        self.loading.hide()
        layout.addWidget(self.loading)
        self.sensitive = QLabel()
        self.sensitive.setObjectName("sensitiveBanner")
        self.sensitive.setWordWrap(True)
        self.sensitive.hide()
        layout.addWidget(self.sensitive)
        self.notice = QLabel()
        self.notice.setObjectName("browserNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.start_page = self._build_start_page()
        self.stack.addWidget(self.start_page)
        self.problem = self._build_problem_panel()
        self.stack.addWidget(self.problem)

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("startPage")
        column = QVBoxLayout(page)
        self.start_title = wrapped_label("screenTitle")
        column.addWidget(self.start_title)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.site_buttons: list[QToolButton] = []
        for index, site in enumerate(self._settings.sites):
            button = QToolButton()
            button.setObjectName(f"site_{index}")
            button.setProperty("role", "siteTile")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(icon(site.icon))
            button.setIconSize(QSize(64, 64))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setText(site.name)
            button.setAccessibleName(site.name)
            button.clicked.connect(lambda _=False, url=site.url: self.open_url(url))
            grid.addWidget(button, index // 4, index % 4)
            self.site_buttons.append(button)
        column.addLayout(grid, 1)
        return page

    def _build_problem_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("problemPanel")
        column = QVBoxLayout(panel)
        column.addStretch(1)
        self.problem_icon = QLabel()
        self.problem_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.problem_icon)
        self.problem_title = wrapped_label("screenTitle")
        self.problem_text = wrapped_label("overlayText")
        column.addWidget(self.problem_title)
        column.addWidget(self.problem_text)
        self.problem_retry = big_button("problemRetry", "reload", 40)
        self.problem_retry.setProperty("role", "primary")
        self.problem_retry.clicked.connect(self._on_reload_clicked)
        column.addWidget(self.problem_retry, alignment=Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        return panel

    # -- tabs ---------------------------------------------------------------------------

    def _new_tab(self) -> Tab:
        view = KioskView()
        page = KioskPage(
            self._session.profile, self._policy,
            PageHooks(self._on_page_new_window, self._choose_files, self._on_page_print,
                      self._session.field_token),
            view,
        )
        view.setPage(page)
        view.setZoomFactor(self._zoom)
        tab = Tab(view, page)
        page.titleChanged.connect(lambda _t, t=tab: self._on_tab_changed(t))
        page.urlChanged.connect(lambda _u, t=tab: self._on_tab_changed(t))
        page.loadProgress.connect(lambda p, t=tab: self._on_tab_progress(t, p))
        page.loadingChanged.connect(lambda info, t=tab: self._on_tab_loading(t, info))
        page.navigation_refused.connect(self._on_page_navigation_refused)
        page.certificate_refused.connect(lambda t=tab: self._set_problem(t, "certificate"))
        page.renderer_crashed.connect(lambda t=tab: self._set_problem(t, "crashed"))
        page.text_field_focused.connect(self.text_field_focused)
        page.text_field_focused.connect(lambda shown, t=tab: self._lift_field(t, shown))
        self.tabs.append(tab)
        self.stack.addWidget(view)
        self.tab_bar.addTab("")
        self.tab_bar.setCurrentIndex(len(self.tabs) - 1)
        self._refresh_tab_bar()
        return tab

    def _on_page_new_window(self) -> QWebEnginePage | None:
        if len(self.tabs) >= self._settings.max_tabs:
            self._show_notice("too_many_tabs", "")
            return None
        return self._new_tab().page

    def current_tab(self) -> Tab | None:
        index = self.tab_bar.currentIndex()
        return self.tabs[index] if 0 <= index < len(self.tabs) else None

    def close_tab(self, index: int) -> None:
        if not 0 <= index < len(self.tabs):
            return
        tab = self.tabs.pop(index)
        self.tab_bar.removeTab(index)
        self._dispose(tab)
        self._refresh_tab_bar()
        if not self.tabs:
            self.show_start()

    def _dispose(self, tab: Tab) -> None:
        self.stack.removeWidget(tab.view)
        tab.page.triggerAction(QWebEnginePage.WebAction.Stop)
        tab.view.setPage(None)  # type: ignore[arg-type]
        tab.page.deleteLater()
        tab.view.deleteLater()

    def _refresh_tab_bar(self) -> None:
        self.tab_bar.setVisible(len(self.tabs) > 1)
        side = QTabBar.ButtonPosition.RightSide
        for index, tab in enumerate(self.tabs):
            title = tab.page.title() or tab.page.url().host() or "…"
            self.tab_bar.setTabText(index, title[:28])
            close = self.tab_bar.tabButton(index, side)
            if close is not None:
                close.setAccessibleName(self.tr("Close this tab"))
                close.setToolTip(close.accessibleName())

    def _on_tab_bar_current_changed(self, _index: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        tab = self.current_tab()
        if tab is None:
            self.show_start()
            return
        if tab.problem:
            self._fill_problem(tab.problem)
            self.stack.setCurrentWidget(self.problem)
        else:
            self.stack.setCurrentWidget(tab.view)
        self._update_chrome(tab)

    def _on_tab_changed(self, tab: Tab) -> None:
        self._refresh_tab_bar()
        if tab is self.current_tab():
            self._update_chrome(tab)

    def _update_chrome(self, tab: Tab | None) -> None:
        url = tab.page.url().toString() if tab else ""
        self.sensitive.setVisible(bool(tab) and self._policy.is_sensitive(url))
        self.back.setEnabled(bool(tab) and tab.page.history().canGoBack() if tab else False)
        if tab is not None and not self.address.hasFocus():
            self.address.setText("" if url.startswith("about:") else url)

    def _on_tab_progress(self, tab: Tab, progress: int) -> None:
        if tab is self.current_tab():
            self.loading.setValue(progress)
            self.loading.setVisible(progress < 100)

    def _on_tab_loading(self, tab: Tab, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == _Status.LoadStartedStatus:
            if tab.problem in ("offline", "certificate"):
                tab.problem = None
            if tab is self.current_tab():
                self.loading.setValue(5)
                self.loading.show()
        elif status == _Status.LoadFailedStatus:
            if info.errorDomain() == _Domain.ConnectionErrorDomain:
                self._set_problem(tab, "offline")
            elif info.errorDomain() == _Domain.CertificateErrorDomain:
                self._set_problem(tab, "certificate")
        if status != _Status.LoadStartedStatus and tab is self.current_tab():
            self.loading.hide()
            self._show_current()

    def _set_problem(self, tab: Tab, problem: str) -> None:
        tab.problem = problem
        if tab is self.current_tab():
            self._show_current()

    # -- actions --------------------------------------------------------------------------

    def show_start(self) -> None:
        self.tab_bar.blockSignals(True)
        self.stack.setCurrentWidget(self.start_page)
        self.tab_bar.blockSignals(False)
        self.sensitive.hide()
        self.loading.hide()
        self.back.setEnabled(bool(self.tabs))
        self.address.clear()

    def open_url(self, url: str) -> None:
        decision = self._policy.navigation(url)
        if not decision.allowed and decision.refusal is not None:
            self._on_page_navigation_refused(decision.refusal.value)
            return
        tab = self.current_tab() if self.stack.currentWidget() is not self.start_page else None
        if tab is None:
            tab = self.tabs[-1] if self.tabs and len(self.tabs) >= self._settings.max_tabs \
                else self._new_tab()
        tab.problem = None
        tab.page.load(QUrl(url))
        self.tab_bar.setCurrentIndex(self.tabs.index(tab))
        self._show_current()

    def _on_address_entered(self) -> None:
        url, decision = self._policy.typed(self.address.text())
        if url is None:
            if decision.refusal is not None:
                self._on_page_navigation_refused(decision.refusal.value)
            return
        self.open_url(url)

    def _on_back_clicked(self) -> None:
        tab = self.current_tab()
        if self.stack.currentWidget() is self.start_page:
            if tab is not None:
                self._show_current()
            return
        if tab is not None and tab.page.history().canGoBack():
            tab.page.triggerAction(QWebEnginePage.WebAction.Back)
        else:
            self.show_start()

    def _on_reload_clicked(self) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        if tab.problem == "crashed" or tab.page.url().isEmpty():
            tab.problem = None
            tab.page.load(tab.page.requestedUrl())
        else:
            tab.problem = None
            tab.page.triggerAction(QWebEnginePage.WebAction.Reload)
        self._show_current()

    def _lift_field(self, tab: Tab, shown: bool) -> None:
        """The keyboard covers the lower part of the page: bring the field near the top."""
        if shown:
            tab.page.runJavaScript(LIFT_FIELD_JS, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def _on_print_clicked(self) -> None:
        tab = self.current_tab()
        if tab is not None and self.stack.currentWidget() is not self.start_page:
            self._on_page_print(tab.page)

    def _on_page_print(self, page: QWebEnginePage) -> None:
        """A page asked to print: a PDF of it goes into the tray (and later to the printer)."""
        self._prints += 1
        folder = self._workspace / "prints"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / f"page-{self._prints:03d}.pdf"
        title = clean_name(page.title() or "page")

        def finished(file_path: str, ok: bool) -> None:
            page.pdfPrintingFinished.disconnect(finished)
            if not ok:
                self._show_notice("print_failed", "")
                return
            try:
                artifact = self._tray.add_file(Path(file_path), Origin.WEB_PRINT, f"{title}.pdf",
                                               "application/pdf", move=True)
            except ArtifactError:
                self._show_notice("print_failed", "")
                return
            if self.print_ready is not None:
                self.print_ready(artifact)
            else:
                self._show_notice("printed_to_tray", title)

        page.pdfPrintingFinished.connect(finished)
        page.printToPdf(str(path))

    # -- messages -------------------------------------------------------------------------

    def _on_downloads_result(self, result: DownloadResult) -> None:
        if result.checking:
            key = "checking"
        else:
            key = "saved" if result.saved else f"refused_{result.reason}"
        self._show_notice(key, result.name)

    def _on_page_navigation_refused(self, refusal: str) -> None:
        self._show_notice(f"nav_{refusal}", "")

    def _show_notice(self, key: str, name: str) -> None:
        self._notice_key = (key, name)
        self.notice.setText(self._notice_text(key, name))
        kind = "good" if key in ("saved", "printed_to_tray") else "bad"
        self.notice.setProperty("kind", "busy" if key == "checking" else kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.show()
        if key == "checking":  # stays until the outcome replaces it
            self._notice_timer.stop()
        else:
            self._notice_timer.start(NOTICE_MS)

    def _notice_text(self, key: str, name: str) -> str:
        texts = {
            "saved": self.tr("“%1” is saved in My documents."),
            "printed_to_tray": self.tr(
                "A copy of the page “%1” is saved in My documents, ready to print."),
            "print_failed": self.tr("The page could not be prepared for printing."),
            "too_many_tabs": self.tr(
                "A site tried to open another tab, but too many are open. Close one first."),
            "refused_too_large": self.tr("“%1” was not saved: the file is too large."),
            "refused_interrupted": self.tr("“%1” was not saved: the download stopped."),
            "refused_not_stored": self.tr("“%1” could not be saved. Please ask a mediator."),
            **self._download_texts(),
            "nav_forbidden_scheme": self.tr("This kind of page cannot be opened here."),
            "nav_external_app": self.tr(
                "This link wants to open another program. That is not possible on this"
                " terminal."),
            "nav_not_allowed": self.tr("This site is not available on this terminal."),
            "nav_blocked": self.tr("This site is blocked on this terminal."),
            "nav_typing_off": self.tr("Typing an address is not possible here: use the tiles."),
            "nav_not_an_address": self.tr(
                "This is not a web address. Example: www.service-public.fr"),
        }
        if key in texts:
            return texts[key].replace("%1", name)
        return self.tr("“%1” was not saved: this kind of file could be dangerous.").replace(
            "%1", name)

    def _download_texts(self) -> dict[str, str]:
        """What a download's check in the sandbox can answer (the USB screen's words)."""
        return {
            "checking": self.tr("Checking your download…"),
            "refused_sandbox_unavailable": self.tr(
                "“%1” was not saved: files cannot be checked on this terminal now. Please ask"
                " a mediator."),
            "refused_virus": self.tr("“%1” was not saved: a virus was found in it."),
            "refused_unreadable": self.tr("“%1” was not saved: the file cannot be read."),
            "refused_empty": self.tr("“%1” was not saved: the file is empty."),
            "refused_encrypted": self.tr(
                "“%1” was not saved: the document is protected by a password."),
            "refused_mismatch": self.tr(
                "“%1” was not saved: its name does not match its content."),
            "refused_too_many_pages": self.tr(
                "“%1” was not saved: the document has too many pages."),
            "refused_timeout": self.tr("“%1” was not saved: this file takes too long to check."),
            "refused_office_unsupported": self.tr(
                "“%1” was not saved: office documents cannot be opened on this terminal. Look"
                " for a PDF version on the site."),
        }

    def _fill_problem(self, problem: str) -> None:
        icons = {"offline": "offline", "certificate": "broken_lock", "crashed": "page_crash"}
        self.problem_icon.setPixmap(icon(icons[problem]).pixmap(QSize(112, 112)))
        if problem == "offline":
            self.problem_title.setText(self.tr("No Internet connection"))
            self.problem_text.setText(self.tr(
                "The terminal cannot reach the Internet right now. What still works: %1."
                " You can try again in a moment, or ask a mediator.").replace(
                    "%1", ", ".join(self._works_offline())))
        elif problem == "certificate":
            self.problem_title.setText(self.tr("This site could not be checked"))
            self.problem_text.setText(self.tr(
                "Its security certificate is not valid, so someone could read or change what"
                " you send. The page was blocked to protect you. Check the address, or ask a"
                " mediator."))
        else:
            self.problem_title.setText(self.tr("The page stopped"))
            self.problem_text.setText(self.tr(
                "This page stopped working. Nothing else is affected. Touch Reload to open"
                " it again."))
        self.problem_retry.setText(self.tr("Reload"))
        self.problem_retry.setAccessibleName(self.tr("Reload"))

    def retranslate(self) -> None:
        self.start_title.setText(self.tr("Choose a site"))
        self.back.setText(self.tr("Back"))
        self.start.setText(self.tr("Sites"))
        self.reload.setText(self.tr("Reload"))
        self.go.setText(self.tr("Go"))
        for button in (self.back, self.start, self.reload, self.go):
            button.setAccessibleName(button.text())
        self.keyboard_button.setAccessibleName(self.tr("Keyboard"))
        self.keyboard_button.setToolTip(self.tr("Keyboard"))
        self.print_button.setAccessibleName(self.tr("Print this page"))
        self.print_button.setToolTip(self.tr("Print this page"))
        self.address.setPlaceholderText(self.tr("Type an address, e.g. www.caf.fr"))
        self.address.setAccessibleName(self.tr("Web address"))
        self.sensitive.setText(self.tr(
            "Personal account: remember to log out when you have finished. Everything is"
            " erased when you end the session."))
        tab = self.current_tab()
        if tab is not None and tab.problem:
            self._fill_problem(tab.problem)
        if self._notice_key is not None:
            self.notice.setText(self._notice_text(*self._notice_key))

    def set_zoom(self, factor: float) -> None:
        """Larger text on web pages too."""
        self._zoom = factor
        for tab in self.tabs:
            tab.view.setZoomFactor(factor)

    @property
    def profile(self) -> QWebEngineProfile:
        return self._session.profile

    # -- the end of the session ---------------------------------------------------------

    def shutdown(self) -> None:
        """Close every tab and destroy every page, then the profile (scrub step)."""
        self.downloads.cancel_all()
        while self.tabs:
            self._dispose(self.tabs.pop())
        self._session.destroy()
