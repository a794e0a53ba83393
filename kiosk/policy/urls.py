"""Browser navigation rules: schemes, the address-bar mode, blocked and sensitive sites.

Every decision the browser wrapper makes about a URL comes from here, so it can be tested
without Qt. A refusal carries a code; the interface turns it into a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from kiosk.config import BrowserSettings

INTERNAL_SCHEME = "kiosk"
WEB_SCHEMES = ("http", "https")
# Schemes that hand the request to another program. Nothing outside the kiosk is launched.
EXTERNAL_SCHEMES = frozenset({
    "mailto", "tel", "sms", "callto", "skype", "sip", "ftp", "ftps", "smb", "ssh", "telnet",
    "irc", "news", "nntp", "magnet", "market", "intent", "itms", "itms-apps", "ms-settings",
    "steam", "zoommtg", "msteams", "tg", "whatsapp", "geo", "maps", "webcal", "facetime",
})
# Sub-resources a web page legitimately uses besides http(s).
SUBRESOURCE_SCHEMES = frozenset({"http", "https", "data", "blob", "ws", "wss", INTERNAL_SCHEME})
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_HOST_PORT = re.compile(r"[^:/]+:\d+(/|$)")


class Refusal(StrEnum):
    FORBIDDEN_SCHEME = "forbidden_scheme"  # file:, view-source:, chrome:, javascript: …
    EXTERNAL_APP = "external_app"  # mailto:, tel: … would launch another program
    NOT_ALLOWED = "not_allowed"  # allowlist mode, site not in the list
    BLOCKED = "blocked"  # on the site's block-list
    TYPING_OFF = "typing_off"  # typing addresses is switched off
    NOT_AN_ADDRESS = "not_an_address"  # what was typed is not a web address


@dataclass(frozen=True)
class Decision:
    allowed: bool
    refusal: Refusal | None = None

    @classmethod
    def ok(cls) -> Decision:
        return cls(True)

    @classmethod
    def no(cls, refusal: Refusal) -> Decision:
        return cls(False, refusal)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def _matches(host: str, pattern: str) -> bool:
    """`caf.fr` covers caf.fr and every subdomain; `*.caf.fr` only the subdomains."""
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern or host.endswith("." + pattern)


class BrowserPolicy:
    def __init__(self, settings: BrowserSettings) -> None:
        self._settings = settings
        self._site_hosts = tuple(host_of(site.url) for site in settings.sites)

    @property
    def typing_allowed(self) -> bool:
        return self._settings.address_bar != "off"

    def _host_listed(self, host: str) -> Decision:
        if any(_matches(host, p) for p in self._settings.blocked):
            return Decision.no(Refusal.BLOCKED)
        if self._settings.address_bar == "allowlist":
            listed = self._site_hosts + self._settings.allowed
            if not any(_matches(host, p) for p in listed):
                return Decision.no(Refusal.NOT_ALLOWED)
        return Decision.ok()

    def navigation(self, url: str) -> Decision:
        """May the top-level page go to `url` (a click, a redirect, a script)?"""
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == INTERNAL_SCHEME or url == "about:blank":
            return Decision.ok()
        if scheme in EXTERNAL_SCHEMES:
            return Decision.no(Refusal.EXTERNAL_APP)
        if scheme not in WEB_SCHEMES:
            return Decision.no(Refusal.FORBIDDEN_SCHEME)
        host = host_of(url)
        if not host:
            return Decision.no(Refusal.NOT_AN_ADDRESS)
        return self._host_listed(host)

    def request(self, url: str) -> Decision:
        """May a page load this sub-resource (an image, a script, a fetch)?"""
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme not in SUBRESOURCE_SCHEMES:
            return Decision.no(Refusal.FORBIDDEN_SCHEME)
        if scheme in ("http", "https", "ws", "wss"):
            host = host_of(url)
            if any(_matches(host, p) for p in self._settings.blocked):
                return Decision.no(Refusal.BLOCKED)
        return Decision.ok()

    def typed(self, text: str) -> tuple[str | None, Decision]:
        """What a person typed in the address bar: the URL to open, or why not."""
        if not self.typing_allowed:
            return None, Decision.no(Refusal.TYPING_OFF)
        text = text.strip()
        if not text or any(ch.isspace() for ch in text):
            return None, Decision.no(Refusal.NOT_AN_ADDRESS)
        has_scheme = _SCHEME.match(text) and not _HOST_PORT.match(text)
        url = text if has_scheme else "https://" + text
        if url.lower().startswith(("http://", "https://")):
            host = host_of(url)
            if not host or ("." not in host and host != "localhost"):
                return None, Decision.no(Refusal.NOT_AN_ADDRESS)
        decision = self.navigation(url)
        return (url if decision.allowed else None), decision

    def permission_allowed(self, url: str, permission: str) -> bool:
        """May the page at `url` be granted `permission` ("camera", "location" …)?"""
        host = host_of(url)
        for item in self._settings.permissions:
            pattern, _, allowed = item.partition(":")
            if allowed == permission and host and _matches(host, pattern):
                return True
        return False

    def is_sensitive(self, url: str) -> bool:
        host = host_of(url)
        return bool(host) and any(_matches(host, p) for p in self._settings.sensitive)
