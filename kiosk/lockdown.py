"""Start-up hygiene for a locked-down shell: no debugging doors left open.

Chromium (inside QtWebEngine) opens a remote debugging port or takes arbitrary flags from
the environment and from the command line. A public terminal must not honour either.
"""

from __future__ import annotations

from collections.abc import MutableMapping

FORBIDDEN_ENV = (
    "QTWEBENGINE_REMOTE_DEBUGGING",
    "QTWEBENGINE_CHROMIUM_FLAGS",
    "QT_QUICK_CONTROLS_STYLE_PATH",
    "QML_IMPORT_PATH",
    "QML2_IMPORT_PATH",
    "QT_PLUGIN_PATH",
    "QT_DEBUG_PLUGINS",
    "QT_LOGGING_RULES",
)
FORBIDDEN_ARG_PREFIXES = (
    "--remote-debugging",
    "-remote-debugging",
    "--webEngineArgs",
    "--inspect",
    "--enable-logging",
    "--user-data-dir",
    "-qmljsdebugger",
    "--qmljsdebugger",
    "-platformpluginpath",
    "-plugin",
    "-style",
    "-stylesheet",
)
# Qt options that take their value as the next argument.
_TAKES_VALUE = ("-platformpluginpath", "-plugin", "-style", "-stylesheet", "-qmljsdebugger")


# The browser engine's own flags, set by the kiosk alone (the environment's were removed):
# no background calls home, no crash uploads.
CHROMIUM_FLAGS = (
    "--disable-background-networking --disable-component-update --disable-domain-reliability"
    " --disable-breakpad --no-pings --disable-sync"
)


def scrub_environment(env: MutableMapping[str, str]) -> list[str]:
    """Remove the variables that would open the browser engine to debugging; return names."""
    ours = {"QTWEBENGINE_CHROMIUM_FLAGS": CHROMIUM_FLAGS}
    removed = [name for name in FORBIDDEN_ENV if name in env and env[name] != ours.get(name)]
    for name in removed:
        del env[name]
    return removed


def scrub_arguments(argv: list[str]) -> tuple[list[str], list[str]]:
    """Drop debugging and plugin-loading arguments; return (kept, removed)."""
    kept: list[str] = []
    removed: list[str] = []
    skip_next = False
    for arg in argv:
        if skip_next:
            removed.append(arg)
            skip_next = False
            continue
        if any(arg.startswith(prefix) for prefix in FORBIDDEN_ARG_PREFIXES):
            removed.append(arg)
            skip_next = arg in _TAKES_VALUE
            continue
        kept.append(arg)
    return kept, removed


def harden_process_environment(env: MutableMapping[str, str], demo: bool) -> None:
    """Settings that keep caches out of the home folder; sandbox stays on outside tests."""
    env.setdefault("MESA_SHADER_CACHE_DISABLE", "true")
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = CHROMIUM_FLAGS
    if not demo and env.get("QTWEBENGINE_DISABLE_SANDBOX") and env.get("CI") != "true":
        # Production runs as an unprivileged user with Chromium's sandbox on.
        del env["QTWEBENGINE_DISABLE_SANDBOX"]
