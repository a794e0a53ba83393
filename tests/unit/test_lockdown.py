"""Debugging doors are closed before Qt starts."""

from __future__ import annotations

from kiosk.lockdown import harden_process_environment, scrub_arguments, scrub_environment


def test_debug_variables_are_removed() -> None:
    env = {
        "QTWEBENGINE_REMOTE_DEBUGGING": "9222",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--remote-debugging-port=9222",
        "HOME": "/home/kiosk",
    }
    removed = scrub_environment(env)
    assert set(removed) == {"QTWEBENGINE_REMOTE_DEBUGGING", "QTWEBENGINE_CHROMIUM_FLAGS"}
    assert env == {"HOME": "/home/kiosk"}


def test_debug_arguments_are_removed() -> None:
    kept, removed = scrub_arguments(
        ["kiosk", "run", "--remote-debugging-port=9222", "--webEngineArgs",
         "-platformpluginpath", "/tmp/evil", "--remote-debugging-pipe", "-v"]
    )
    assert kept == ["kiosk", "run", "-v"]
    assert "/tmp/evil" in removed


def test_sandbox_stays_on_in_production() -> None:
    env = {"QTWEBENGINE_DISABLE_SANDBOX": "1"}
    harden_process_environment(env, demo=False)
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in env
    assert env["MESA_SHADER_CACHE_DISABLE"] == "true"
    # The engine's flags are the kiosk's own, never a debugging port.
    assert "--disable-background-networking" in env["QTWEBENGINE_CHROMIUM_FLAGS"]
    assert "remote-debugging" not in env["QTWEBENGINE_CHROMIUM_FLAGS"]
