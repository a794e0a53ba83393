"""The browser's navigation rules, without Qt."""

from __future__ import annotations

import pytest

from kiosk.config import BrowserSettings, load
from kiosk.policy.urls import BrowserPolicy, Refusal


@pytest.fixture
def settings() -> BrowserSettings:
    return load(path=None, env={}).browser


@pytest.mark.parametrize(
    ("url", "refusal"),
    [
        ("file:///etc/passwd", Refusal.FORBIDDEN_SCHEME),
        ("FILE:///etc/passwd", Refusal.FORBIDDEN_SCHEME),
        ("view-source:https://www.caf.fr/", Refusal.FORBIDDEN_SCHEME),
        ("chrome://settings", Refusal.FORBIDDEN_SCHEME),
        ("devtools://devtools/bundled/inspector.html", Refusal.FORBIDDEN_SCHEME),
        ("qrc:/index.html", Refusal.FORBIDDEN_SCHEME),
        ("data:text/html,<h1>x</h1>", Refusal.FORBIDDEN_SCHEME),
        ("javascript:alert(1)", Refusal.FORBIDDEN_SCHEME),
        ("about:config", Refusal.FORBIDDEN_SCHEME),
        ("mailto:someone@example.org", Refusal.EXTERNAL_APP),
        ("tel:+33100000000", Refusal.EXTERNAL_APP),
        ("intent://scan/#Intent;scheme=zxing;end", Refusal.EXTERNAL_APP),
        ("https:///nohost", Refusal.NOT_AN_ADDRESS),
    ],
)
def test_only_web_navigation_is_allowed(
    settings: BrowserSettings, url: str, refusal: Refusal
) -> None:
    decision = BrowserPolicy(settings).navigation(url)
    assert not decision.allowed and decision.refusal is refusal


@pytest.mark.parametrize(
    "url", ["https://www.caf.fr/", "http://127.0.0.1:8000/x", "kiosk:start", "about:blank"]
)
def test_web_and_internal_pages_are_allowed(settings: BrowserSettings, url: str) -> None:
    assert BrowserPolicy(settings).navigation(url).allowed


def test_blocklist_covers_subdomains(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings.replace(blocked=("casino.example", "*.ads.example")))
    assert policy.navigation("https://www.casino.example/").refusal is Refusal.BLOCKED
    assert policy.navigation("https://casino.example/").refusal is Refusal.BLOCKED
    assert policy.navigation("https://ads.example/").allowed
    assert policy.request("https://x.ads.example/pixel.gif").refusal is Refusal.BLOCKED
    assert policy.navigation("https://notcasino.example/").allowed


def test_allowlist_mode_allows_start_sites_and_listed_hosts(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings.replace(address_bar="allowlist", allowed=("msa.fr",)))
    assert policy.navigation("https://www.caf.fr/mon-compte").allowed
    assert policy.navigation("https://connexion.msa.fr/").allowed
    assert policy.navigation("https://example.org/").refusal is Refusal.NOT_ALLOWED


def test_typed_addresses(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings)
    assert policy.typed("caf.fr") == ("https://caf.fr", policy.navigation("https://caf.fr"))
    assert policy.typed("  www.ameli.fr/assure  ")[0] == "https://www.ameli.fr/assure"
    assert policy.typed("http://127.0.0.1:8000/a")[0] == "http://127.0.0.1:8000/a"
    assert policy.typed("localhost:8000")[0] == "https://localhost:8000"
    assert policy.typed("file:///etc/passwd")[1].refusal is Refusal.FORBIDDEN_SCHEME
    assert policy.typed("javascript:alert(1)")[1].refusal is Refusal.FORBIDDEN_SCHEME
    assert policy.typed("mailto:a@b.fr")[1].refusal is Refusal.EXTERNAL_APP
    assert policy.typed("aide caf")[1].refusal is Refusal.NOT_AN_ADDRESS
    assert policy.typed("caf")[1].refusal is Refusal.NOT_AN_ADDRESS


def test_typing_can_be_switched_off(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings.replace(address_bar="off"))
    assert policy.typed("caf.fr")[1].refusal is Refusal.TYPING_OFF
    assert policy.navigation("https://www.caf.fr/").allowed  # links still work


def test_subresources(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings)
    assert policy.request("data:image/png;base64,AAAA").allowed
    assert policy.request("blob:https://www.caf.fr/1234").allowed
    assert not policy.request("file:///etc/passwd").allowed
    assert not policy.request("chrome://resources/x.js").allowed


def test_sensitive_sites(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings)
    assert policy.is_sensitive("https://wwwd.caf.fr/wps/portal/caffr/moncompte")
    assert policy.is_sensitive("https://mail.google.com/mail/u/0/")
    assert not policy.is_sensitive("https://www.google.com/")
    assert not policy.is_sensitive("kiosk:start")


def test_permissions_are_granted_only_where_configured(settings: BrowserSettings) -> None:
    policy = BrowserPolicy(settings.replace(permissions=("visio.example.org:camera",
                                                          "*.example.net:location")))
    assert policy.permission_allowed("https://visio.example.org/room", "camera")
    assert not policy.permission_allowed("https://visio.example.org/room", "microphone")
    assert not policy.permission_allowed("https://evil.example/", "camera")
    assert policy.permission_allowed("https://maps.example.net/", "location")
    assert not BrowserPolicy(settings).permission_allowed("https://www.caf.fr/", "location")
