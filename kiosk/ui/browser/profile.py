"""One off-the-record browser profile per session, locked down, destroyed at scrub.

Off the record, QtWebEngine keeps cookies, storage and cache in memory only; the tests plant
canaries of every kind and prove that neither the next session nor the disk holds any.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineScript, QWebEngineSettings

from kiosk.policy.urls import BrowserPolicy
from kiosk.ui.browser.interceptor import RequestInterceptor

_A = QWebEngineSettings.WebAttribute
LOCKDOWN: dict[QWebEngineSettings.WebAttribute, bool] = {
    _A.LocalContentCanAccessFileUrls: False,
    _A.LocalContentCanAccessRemoteUrls: False,
    _A.LocalStorageEnabled: True,  # sites need it; it dies with the profile
    _A.JavascriptEnabled: True,
    _A.JavascriptCanOpenWindows: True,  # as new tabs, up to the configured maximum
    _A.JavascriptCanAccessClipboard: False,
    _A.JavascriptCanPaste: False,
    _A.FullScreenSupportEnabled: False,
    _A.ScreenCaptureEnabled: False,
    _A.PluginsEnabled: False,
    _A.PdfViewerEnabled: False,  # a PDF is downloaded into the tray and opened there
    _A.NavigateOnDropEnabled: False,
    _A.AllowRunningInsecureContent: False,
    _A.AllowGeolocationOnInsecureOrigins: False,
    _A.AllowWindowActivationFromJavaScript: False,
    _A.WebRTCPublicInterfacesOnly: True,
    _A.DnsPrefetchEnabled: False,
    _A.PrintHeaderAndFooter: False,
    _A.ErrorPageEnabled: True,
    _A.FocusOnNavigationEnabled: True,
    _A.HyperlinkAuditingEnabled: False,
    _A.SpatialNavigationEnabled: False,
}

ACCEPT_LANGUAGE = {
    "fr": "fr-FR,fr;q=0.9",
    "en": "en-GB,en;q=0.9,fr;q=0.5",
    "ar": "ar,fr;q=0.6",
    "es": "es-ES,es;q=0.9,fr;q=0.5",
    "pt": "pt-PT,pt;q=0.9,fr;q=0.5",
    "uk": "uk-UA,uk;q=0.9,fr;q=0.5",
}


# Tells the shell when a text field of a page gets or loses the focus, so the on-screen
# keyboard comes up by itself. It runs in its own JavaScript world (pages cannot see or change
# it) and says nothing but "show" or "hide", prefixed by a random token per session.
_FIELD_WATCH = """(() => {
  const token = "%TOKEN%";
  const typable = (e) => !!e && (e.isContentEditable || e.tagName === "TEXTAREA" ||
    (e.tagName === "INPUT" && !["button", "submit", "reset", "checkbox", "radio", "file",
      "image", "range", "color", "hidden"].includes((e.type || "").toLowerCase())));
  document.addEventListener("focusin", (ev) => {
    if (typable(ev.target)) console.log(token + ":show");
  }, true);
  document.addEventListener("focusout", (ev) => {
    if (typable(ev.target)) console.log(token + ":hide");
  }, true);
})();"""


class SessionProfile:
    """Owns the QWebEngineProfile of one session and its request interceptor."""

    def __init__(self, policy: BrowserPolicy, language: str, parent: QObject) -> None:
        # No storage name: an off-the-record profile, which writes nothing to disk.
        self.profile = QWebEngineProfile(parent)
        self.profile.setObjectName("kioskSessionProfile")
        if not self.profile.isOffTheRecord():  # pragma: no cover - Qt guarantees it
            raise RuntimeError("the session profile must be off the record")
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self.profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        self.profile.setSpellCheckEnabled(False)
        self.profile.setHttpAcceptLanguage(ACCEPT_LANGUAGE.get(language, "fr-FR,fr"))
        self.interceptor = RequestInterceptor(policy, self.profile)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        settings = self.profile.settings()
        for attribute, on in LOCKDOWN.items():
            settings.setAttribute(attribute, on)
        self.field_token = secrets.token_hex(12)
        watch = QWebEngineScript()
        watch.setName("kiosk-field-watch")
        watch.setSourceCode(_FIELD_WATCH.replace("%TOKEN%", self.field_token))
        watch.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        watch.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
        watch.setRunsOnSubFrames(True)
        self.profile.scripts().insert(watch)

    def destroy(self) -> None:
        """Forget everything the session's pages stored, then let Qt delete the profile."""
        self.profile.clearHttpCache()
        self.profile.cookieStore().deleteAllCookies()
        self.profile.clearAllVisitedLinks()
        self.profile.setUrlRequestInterceptor(None)  # type: ignore[arg-type]  # Qt accepts null
        self.profile.deleteLater()
