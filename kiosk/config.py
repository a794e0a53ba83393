"""Typed settings: embedded defaults < the site's TOML file < environment variables.

Validation never stops at the first problem: it collects one `ConfigProblem` per bad key
(with the line in the file where it can be found) so `kiosk config check` can list them all.
Problems carry a code and data; `describe()` turns one into a sentence for the command line.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk.records import Record

DEFAULT_PATH = Path("/etc/kiosk/kiosk.toml")
ENV_PATH = "KIOSK_CONFIG"
SHIPPED_LANGUAGES = ("fr", "en", "ar", "es", "pt", "uk")


class ConfigProblem(Record):
    """One thing wrong with a configuration source."""

    key: str
    code: str
    data: Mapping[str, Any] = MappingProxyType({})
    source: str = ""
    line: int | None = None


class ConfigError(Exception):
    """The configuration could not be used; `problems` says why, key by key."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        super().__init__(f"{len(problems)} configuration problem(s)")
        self.problems = problems


class Site(Record):
    """A tile on the browser's start page."""

    name: str
    url: str
    icon: str


class BrowserSettings(Record):
    address_bar: str  # "off", "allowlist" or "blocklist"
    sites: tuple[Site, ...]
    allowed: tuple[str, ...]
    blocked: tuple[str, ...]
    sensitive: tuple[str, ...]
    max_tabs: int
    max_download_mb: int
    # "host:permission" pairs a site may be granted (camera, microphone, location,
    # notifications, clipboard, screen); everything else is denied.
    permissions: tuple[str, ...] = ()


class HelpSettings(Record):
    """How "Call a mediator" reaches the mediators. Empty hosts and URLs switch a channel off.

    Secrets (the broker's password, the webhook's token, the SMTP password) are never in the
    settings: only the path of a file, readable by the admin, that holds each one.
    """

    terminal_name: str  # shown to mediators; the machine's host name when not set
    site_id: str  # used in MQTT topics
    mqtt_host: str
    mqtt_port: int
    mqtt_username: str
    mqtt_password_file: Path | None
    mqtt_tls: bool
    webhook_url: str
    webhook_format: str  # "ntfy" (text with Title/Tags headers) or "json"
    webhook_token_file: Path | None
    email_smtp_host: str
    email_smtp_port: int
    email_from: str
    email_to: tuple[str, ...]
    email_starttls: bool
    email_username: str
    email_password_file: Path | None


class ScanSettings(Record):
    device: str  # a SANE device name; empty: the first one found
    needs_mediator: bool
    size_presets_mb: tuple[int, ...]
    default_size_mb: int


class PrintSettings(Record):
    queue: str  # a CUPS queue; empty: the default destination
    page_quota: int
    color: bool


class SafeSettings(Record):
    keyring_backend: str  # a Python class path; empty: the safe is off
    unused_flag_days: int
    delete_after_days: int
    idle_lock_s: int


class Settings(Record):
    site_name: str
    idle_timeout_s: int
    warning_s: int
    languages: tuple[str, ...]
    default_language: str
    grant_ttl_s: int
    hide_after_idle_s: int  # 0: never hide the screen by itself
    data_dir: Path
    runtime_dir: Path
    browser: BrowserSettings
    help: HelpSettings
    scanning: ScanSettings = ScanSettings("", False, (1, 2, 5), 2)
    printing: PrintSettings = PrintSettings("", 10, True)
    safe: SafeSettings = SafeSettings("", 365, 730, 120)
    # Demo and tests only, never from a file: a simulated scanner and printer.
    simulated_devices: bool = False
    # Demo only: a folder shown as a USB stick already plugged in.
    demo_stick: Path | None = None
    clamd_socket: Path | None = None  # usb.clamd_socket


class _Field(Record):
    key: str  # "section.name"
    kind: type
    check: Callable[[Any], ConfigProblem | None] | None = None
    items: type = str  # for lists: the type of each item


def _int_range(key: str, lo: int, hi: int) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if not lo <= value <= hi:
            return ConfigProblem(key, "out_of_range", {"min": lo, "max": hi, "value": value})
        return None

    return check


def _non_empty(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        return None if str(value).strip() else ConfigProblem(key, "empty", {})

    return check


def _languages(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if not value:
            return ConfigProblem(key, "empty", {})
        one = _language(key)
        for language in value:
            problem = one(language)
            if problem is not None:
                return problem
        return None

    return check


def _language(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if value not in SHIPPED_LANGUAGES:
            return ConfigProblem(
                key, "unknown_language", {"value": value, "choices": SHIPPED_LANGUAGES}
            )
        return None

    return check


def _non_empty_pattern(
    key: str, pattern: str, code: str
) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if not value:
            return ConfigProblem(key, "empty", {})
        return _pattern(key, pattern, code)(value)

    return check


def _absolute_or_empty(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if value and not Path(value).is_absolute():
            return ConfigProblem(key, "not_absolute", {"value": value})
        return None

    return check


def _choice(key: str, choices: tuple[str, ...]) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if value not in choices:
            return ConfigProblem(key, "not_a_choice", {"value": value, "choices": choices})
        return None

    return check


# A host name in lower case, optionally "*." for its subdomains only.
_HOST = re.compile(r"(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*")


def _hosts(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        for host in value:
            if not _HOST.fullmatch(host):
                return ConfigProblem(key, "not_a_host", {"value": host})
        return None

    return check


PERMISSIONS = ("camera", "microphone", "location", "notifications", "clipboard", "screen")


def _permissions(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        for item in value:
            host, _, permission = item.partition(":")
            if not _HOST.fullmatch(host) or (
                permission not in PERMISSIONS
            ):
                return ConfigProblem(key, "not_a_permission",
                                     {"value": item, "choices": PERMISSIONS})
        return None

    return check


def _sites(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        for index, site in enumerate(value, start=1):
            unknown = set(site) - {"name", "url", "icon"}
            if unknown:
                return ConfigProblem(key, "site_unknown_key", {"index": index,
                                                               "value": sorted(unknown)[0]})
            if not isinstance(site.get("name"), str) or not site["name"].strip():
                return ConfigProblem(key, "site_without_name", {"index": index})
            url = site.get("url")
            if not isinstance(url, str) or not re.match(r"https?://[^/\s]+", url):
                return ConfigProblem(key, "site_bad_url", {"index": index, "value": url})
        return None

    return check


def _pattern(key: str, pattern: str, code: str) -> Callable[[Any], ConfigProblem | None]:
    """Empty, or the whole value matches `pattern`."""

    def check(value: Any) -> ConfigProblem | None:
        if value and not re.fullmatch(pattern, value):
            return ConfigProblem(key, code, {"value": value})
        return None

    return check


def _sizes(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        if not value:
            return ConfigProblem(key, "empty")
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or not 1 <= item <= 100:
                return ConfigProblem(key, "not_a_size", {"value": str(item)})
        return None

    return check


def _addresses(key: str) -> Callable[[Any], ConfigProblem | None]:
    def check(value: Any) -> ConfigProblem | None:
        for address in value:
            if not re.fullmatch(_ADDRESS, address):
                return ConfigProblem(key, "not_an_address", {"value": address})
        return None

    return check


# Printable, and nothing MQTT gives a meaning in a topic (/ + #).
_TERMINAL_NAME = r"[^/+#\x00-\x1f\x7f]{1,64}"
_SERVER = r"[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9A-Fa-f:]+"
_ADDRESS = r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+"


FIELDS: tuple[_Field, ...] = (
    _Field("site.name", str, _non_empty("site.name")),
    _Field("session.idle_timeout_s", int, _int_range("session.idle_timeout_s", 30, 86400)),
    _Field("session.warning_s", int, _int_range("session.warning_s", 30, 600)),
    _Field("languages.offered", list, _languages("languages.offered")),
    _Field("languages.default", str, _language("languages.default")),
    _Field("roles.grant_ttl_s", int, _int_range("roles.grant_ttl_s", 60, 86400)),
    _Field("privacy.hide_after_idle_s", int, _int_range("privacy.hide_after_idle_s", 0, 3600)),
    _Field("scanning.device", str),
    _Field("scanning.needs_mediator", bool),
    _Field("scanning.size_presets_mb", list, _sizes("scanning.size_presets_mb"), items=int),
    _Field("scanning.default_size_mb", int, _int_range("scanning.default_size_mb", 1, 100)),
    _Field("printing.queue", str,
           _pattern("printing.queue", r"[A-Za-z0-9_.@-]{1,127}", "not_a_queue")),
    _Field("printing.page_quota", int, _int_range("printing.page_quota", 0, 10000)),
    _Field("printing.color", bool),
    _Field("usb.clamd_socket", str, _absolute_or_empty("usb.clamd_socket")),
    _Field("safe.keyring_backend", str,
           _pattern("safe.keyring_backend", r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+", "not_a_class")),
    _Field("safe.unused_flag_days", int, _int_range("safe.unused_flag_days", 30, 3650)),
    _Field("safe.delete_after_days", int, _int_range("safe.delete_after_days", 60, 7300)),
    _Field("safe.idle_lock_s", int, _int_range("safe.idle_lock_s", 30, 3600)),
    _Field("paths.data_dir", str, _absolute_or_empty("paths.data_dir")),
    _Field("paths.runtime_dir", str, _absolute_or_empty("paths.runtime_dir")),
    _Field("browser.address_bar", str,
           _choice("browser.address_bar", ("off", "allowlist", "blocklist"))),
    _Field("browser.sites", list, _sites("browser.sites"), items=dict),
    _Field("browser.allowed", list, _hosts("browser.allowed")),
    _Field("browser.blocked", list, _hosts("browser.blocked")),
    _Field("browser.sensitive", list, _hosts("browser.sensitive")),
    _Field("browser.max_tabs", int, _int_range("browser.max_tabs", 1, 12)),
    _Field("browser.max_download_mb", int, _int_range("browser.max_download_mb", 1, 1024)),
    _Field("browser.permissions", list, _permissions("browser.permissions")),
    _Field("help.terminal_name", str,
           _pattern("help.terminal_name", _TERMINAL_NAME, "bad_terminal_name")),
    _Field("help.site_id", str, _non_empty_pattern("help.site_id", r"[a-z0-9-]+", "not_an_id")),
    _Field("help.mqtt_host", str, _pattern("help.mqtt_host", _SERVER, "not_a_server")),
    _Field("help.mqtt_port", int, _int_range("help.mqtt_port", 1, 65535)),
    _Field("help.mqtt_username", str),
    _Field("help.mqtt_password_file", str, _absolute_or_empty("help.mqtt_password_file")),
    _Field("help.mqtt_tls", bool),
    _Field("help.webhook_url", str,
           _pattern("help.webhook_url", r"https?://[^/\s]+\S*", "not_a_web_address")),
    _Field("help.webhook_format", str, _choice("help.webhook_format", ("ntfy", "json"))),
    _Field("help.webhook_token_file", str, _absolute_or_empty("help.webhook_token_file")),
    _Field("help.email_smtp_host", str, _pattern("help.email_smtp_host", _SERVER, "not_a_server")),
    _Field("help.email_smtp_port", int, _int_range("help.email_smtp_port", 1, 65535)),
    _Field("help.email_from", str, _pattern("help.email_from", _ADDRESS, "not_an_address")),
    _Field("help.email_to", list, _addresses("help.email_to")),
    _Field("help.email_starttls", bool),
    _Field("help.email_username", str),
    _Field("help.email_password_file", str, _absolute_or_empty("help.email_password_file")),
)
_BY_KEY = {f.key: f for f in FIELDS}
_TYPE_NAMES = {str: "text", int: "whole number", list: "list", bool: "true/false"}
_BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def embedded_defaults() -> dict[str, Any]:
    text = (Path(__file__).parent / "default.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(text))


def _flatten(doc: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in doc.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            flat.update(_flatten(value, key + "."))
        else:
            flat[key] = value
    return flat


def _line_of(text: str, key: str) -> int | None:
    """Where `key` ("section.name") is set in a TOML text, if it can be found."""
    section, _, name = key.rpartition(".")
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if header:
            current = header.group(1)
            continue
        if current == section and re.match(rf"{re.escape(name)}\s*=", line):
            return number
        if not current and re.match(rf"{re.escape(key)}\s*=", line):
            return number
    return None


def _coerce(f: _Field, value: Any) -> tuple[Any, ConfigProblem | None]:
    if f.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        return value, ConfigProblem(f.key, "wrong_type", {"expected": "whole number"})
    if not isinstance(value, f.kind):
        return value, ConfigProblem(f.key, "wrong_type", {"expected": _TYPE_NAMES[f.kind]})
    if isinstance(value, list) and not all(isinstance(v, f.items) for v in value):
        expected = {str: "list of text", int: "list of whole numbers"}.get(
            f.items, "list of tables"
        )
        return value, ConfigProblem(f.key, "wrong_type", {"expected": expected})
    return value, (f.check(value) if f.check else None)


def _check_source(flat: Mapping[str, Any], source: str, text: str = "") -> list[ConfigProblem]:
    problems = []
    for key, value in flat.items():
        f = _BY_KEY.get(key)
        if f is None:
            problems.append(ConfigProblem(key, "unknown_key", {}))
        else:
            _, problem = _coerce(f, value)
            if problem:
                problems.append(problem)
    return [
        ConfigProblem(p.key, p.code, p.data, source, _line_of(text, p.key) if text else None)
        for p in problems
    ]


def read_file(path: Path) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """Parse one site file. A missing file at the default place is not a problem."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, [ConfigProblem("", "file_missing", {}, source)]
    except (PermissionError, IsADirectoryError):
        return {}, [ConfigProblem("", "file_unreadable", {}, source)]
    except UnicodeDecodeError:
        return {}, [ConfigProblem("", "not_utf8", {}, source)]
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        if line is None:
            found = re.search(r"line (\d+)", str(exc))
            line = int(found.group(1)) if found else None
        return {}, [ConfigProblem("", "syntax", {"detail": str(exc)}, source, line)]
    flat = _flatten(doc)
    return flat, _check_source(flat, source, text)


def _from_environment(env: Mapping[str, str]) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """KIOSK_SESSION_IDLE_TIMEOUT_S=120 overrides session.idle_timeout_s, and so on."""
    flat: dict[str, Any] = {}
    problems: list[ConfigProblem] = []
    for f in FIELDS:
        var = "KIOSK_" + f.key.replace(".", "_").upper()
        if var not in env:
            continue
        raw = env[var]
        value: Any = raw
        if f.kind is int:
            try:
                value = int(raw)
            except ValueError:
                problems.append(
                    ConfigProblem(f.key, "wrong_type", {"expected": "whole number"}, var)
                )
                continue
        elif f.kind is bool:
            if raw.strip().lower() not in _BOOLEANS:
                problems.append(ConfigProblem(f.key, "wrong_type", {"expected": "true/false"}, var))
                continue
            value = _BOOLEANS[raw.strip().lower()]
        elif f.kind is list:
            value = [part.strip() for part in raw.split(",") if part.strip()]
        flat[f.key] = value
    problems += _check_source(flat, "environment")
    return flat, problems


def _runtime_dir(configured: str, env: Mapping[str, str]) -> Path:
    if configured:
        return Path(configured)
    xdg = env.get("XDG_RUNTIME_DIR")
    return Path(xdg) / "kiosk" if xdg else Path("/run/kiosk")


def load(
    path: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build the settings, or raise ConfigError listing every problem found.

    `path` None means the file named by KIOSK_CONFIG, else /etc/kiosk/kiosk.toml if it
    exists. `overrides` (flat keys) win over everything; demo mode uses them for its paths.
    """
    env = os.environ if env is None else env
    merged = embedded_defaults()
    problems: list[ConfigProblem] = []
    if path is None and env.get(ENV_PATH):
        path = Path(env[ENV_PATH])
    if path is not None or DEFAULT_PATH.exists():
        flat, found = read_file(path or DEFAULT_PATH)
        merged.update(flat)
        problems += found
    flat, found = _from_environment(env)
    merged.update(flat)
    problems += found
    merged.update(overrides or {})
    if not problems and merged["languages.default"] not in merged["languages.offered"]:
        problems.append(
            ConfigProblem(
                "languages.default", "not_offered", {"value": merged["languages.default"]}
            )
        )
    if not problems:
        problems += _check_help(merged)
    if not problems and merged["safe.delete_after_days"] <= merged["safe.unused_flag_days"]:
        problems.append(ConfigProblem(
            "safe.delete_after_days", "not_after", {"other": "safe.unused_flag_days"}))
    sizes = merged["scanning.size_presets_mb"]
    if not problems and merged["scanning.default_size_mb"] not in sizes:
        problems.append(
            ConfigProblem(
                "scanning.default_size_mb", "not_a_preset",
                {"value": merged["scanning.default_size_mb"]},
            )
        )
    if problems:
        raise ConfigError(problems)
    return Settings(
        site_name=str(merged["site.name"]).strip(),
        idle_timeout_s=merged["session.idle_timeout_s"],
        warning_s=merged["session.warning_s"],
        languages=tuple(dict.fromkeys(merged["languages.offered"])),
        default_language=merged["languages.default"],
        grant_ttl_s=merged["roles.grant_ttl_s"],
        hide_after_idle_s=merged["privacy.hide_after_idle_s"],
        data_dir=Path(merged["paths.data_dir"]),
        runtime_dir=_runtime_dir(merged["paths.runtime_dir"], env),
        browser=BrowserSettings(
            address_bar=merged["browser.address_bar"],
            sites=tuple(
                Site(s["name"].strip(), s["url"], s.get("icon", "internet"))
                for s in merged["browser.sites"]
            ),
            allowed=tuple(merged["browser.allowed"]),
            blocked=tuple(merged["browser.blocked"]),
            sensitive=tuple(merged["browser.sensitive"]),
            max_tabs=merged["browser.max_tabs"],
            max_download_mb=merged["browser.max_download_mb"],
            permissions=tuple(merged["browser.permissions"]),
        ),
        help=_help_settings(merged),
        scanning=ScanSettings(
            device=merged["scanning.device"].strip(),
            needs_mediator=merged["scanning.needs_mediator"],
            size_presets_mb=tuple(sorted(set(merged["scanning.size_presets_mb"]))),
            default_size_mb=merged["scanning.default_size_mb"],
        ),
        clamd_socket=_optional_path(merged["usb.clamd_socket"]),
        safe=SafeSettings(
            keyring_backend=merged["safe.keyring_backend"],
            unused_flag_days=merged["safe.unused_flag_days"],
            delete_after_days=merged["safe.delete_after_days"],
            idle_lock_s=merged["safe.idle_lock_s"],
        ),
        printing=PrintSettings(
            queue=merged["printing.queue"],
            page_quota=merged["printing.page_quota"],
            color=merged["printing.color"],
        ),
    )


def _check_help(merged: Mapping[str, Any]) -> list[ConfigProblem]:
    """Settings that only make sense together: e-mail needs a sender and recipients."""
    problems = []
    if merged["help.email_smtp_host"]:
        for key in ("help.email_from", "help.email_to"):
            if not merged[key]:
                problems.append(ConfigProblem(key, "needed_by", {"other": "help.email_smtp_host"}))
    if merged["help.mqtt_password_file"] and not merged["help.mqtt_username"]:
        problems.append(
            ConfigProblem("help.mqtt_username", "needed_by", {"other": "help.mqtt_password_file"})
        )
    if merged["help.email_password_file"] and not merged["help.email_username"]:
        problems.append(
            ConfigProblem("help.email_username", "needed_by", {"other": "help.email_password_file"})
        )
    return problems


def _optional_path(value: str) -> Path | None:
    return Path(value) if value else None


def _help_settings(merged: Mapping[str, Any]) -> HelpSettings:
    return HelpSettings(
        terminal_name=(merged["help.terminal_name"].strip() or os.uname().nodename)[:64],
        site_id=merged["help.site_id"],
        mqtt_host=merged["help.mqtt_host"],
        mqtt_port=merged["help.mqtt_port"],
        mqtt_username=merged["help.mqtt_username"],
        mqtt_password_file=_optional_path(merged["help.mqtt_password_file"]),
        mqtt_tls=merged["help.mqtt_tls"],
        webhook_url=merged["help.webhook_url"],
        webhook_format=merged["help.webhook_format"],
        webhook_token_file=_optional_path(merged["help.webhook_token_file"]),
        email_smtp_host=merged["help.email_smtp_host"],
        email_smtp_port=merged["help.email_smtp_port"],
        email_from=merged["help.email_from"],
        email_to=tuple(merged["help.email_to"]),
        email_starttls=merged["help.email_starttls"],
        email_username=merged["help.email_username"],
        email_password_file=_optional_path(merged["help.email_password_file"]),
    )


def describe(problem: ConfigProblem) -> str:
    """One plain sentence for the command line (the IT volunteer reads these)."""
    where = problem.source or "configuration"
    if problem.line is not None:
        where += f", line {problem.line}"
    d = problem.data
    messages = {
        "file_missing": "the file does not exist.",
        "file_unreadable": "the file cannot be read (check its permissions).",
        "not_utf8": "the file is not UTF-8 text.",
        "syntax": f"this is not valid TOML ({d.get('detail', '')}).",
        "unknown_key": f"'{problem.key}' is not a setting Kiosk knows; check its spelling.",
        "wrong_type": f"'{problem.key}' must be a {d.get('expected', 'value of another type')}.",
        "out_of_range": (
            f"'{problem.key}' must be between {d.get('min')} and {d.get('max')}"
            f" (it is {d.get('value')})."
        ),
        "empty": f"'{problem.key}' must not be empty.",
        "unknown_language": (
            f"'{problem.key}' names '{d.get('value')}', which is not a shipped language"
            f" (choose from {', '.join(d.get('choices', ()))})."
        ),
        "not_offered": (
            f"'{problem.key}' is '{d.get('value')}', which is not in languages.offered."
        ),
        "not_absolute": f"'{problem.key}' must be an absolute path (it is '{d.get('value')}').",
        "not_a_choice": (
            f"'{problem.key}' is '{d.get('value')}'; choose one of"
            f" {', '.join(d.get('choices', ()))}."
        ),
        "not_a_host": (
            f"'{problem.key}' contains '{d.get('value')}', which is not a host name"
            " (like caf.fr or *.impots.gouv.fr, in lower case)."
        ),
        "site_unknown_key": (
            f"site number {d.get('index')} in '{problem.key}' has an unknown key"
            f" '{d.get('value')}' (use name, url, icon)."
        ),
        "not_a_permission": (
            f"'{problem.key}' contains '{d.get('value')}'; write host:permission, the"
            f" permission one of {', '.join(d.get('choices', ()))}"
            " (e.g. visio.example.org:camera)."
        ),
        "site_without_name": f"site number {d.get('index')} in '{problem.key}' needs a name.",
        "site_bad_url": (
            f"site number {d.get('index')} in '{problem.key}' needs a url starting with"
            f" https:// or http:// (it is '{d.get('value')}')."
        ),
        "bad_terminal_name": (
            f"'{problem.key}' is '{d.get('value')}'; use at most 64 characters, without"
            " / + or #."
        ),
        "not_an_id": (
            f"'{problem.key}' is '{d.get('value')}'; use lower-case letters, digits and"
            " dashes only (like mediatheque-nord)."
        ),
        "not_a_server": (
            f"'{problem.key}' is '{d.get('value')}', which is not a server name or address"
            " (like mqtt.local or 192.168.1.10)."
        ),
        "not_a_web_address": (
            f"'{problem.key}' must start with https:// or http:// (it is '{d.get('value')}')."
        ),
        "not_an_address": (
            f"'{problem.key}' contains '{d.get('value')}', which is not an e-mail address"
            " (like accueil@mairie.fr)."
        ),
        "not_a_size": (
            f"'{problem.key}' contains '{d.get('value')}'; use whole numbers of megabytes"
            " between 1 and 100 (like [1, 2, 5])."
        ),
        "not_a_preset": (
            f"'{problem.key}' is {d.get('value')}, which is not one of"
            " scanning.size_presets_mb."
        ),
        "not_a_class": (
            f"'{problem.key}' is '{d.get('value')}', which is not a Python class path"
            " (like keyring.backends.SecretService.Keyring)."
        ),
        "not_after": f"'{problem.key}' must be larger than '{d.get('other')}'.",
        "not_a_queue": (
            f"'{problem.key}' is '{d.get('value')}', which is not a printer queue name"
            " (see `lpstat -p`; letters, digits, _ . @ -)."
        ),
        "needed_by": f"'{problem.key}' must be set when '{d.get('other')}' is.",
    }
    return f"{where}: {messages.get(problem.code, problem.code)}"
