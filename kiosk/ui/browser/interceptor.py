"""Every request a page makes (images, scripts, fetches) is checked against the policy."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from kiosk.policy.urls import BrowserPolicy


class RequestInterceptor(QWebEngineUrlRequestInterceptor):
    def __init__(self, policy: BrowserPolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self.blocked = 0  # a count only: never the addresses

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        if not self._policy.request(info.requestUrl().toString()).allowed:
            self.blocked += 1
            info.block(True)
