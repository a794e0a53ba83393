"""The installation secret: only from an explicitly configured keyring backend; backends that
would keep it readable on disk are refused, and then the safe is off with a reason."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kiosk import workspace
from kiosk.app import build_core
from kiosk.clock import FakeClock
from kiosk.config import Settings
from kiosk.credentials import PinHasher
from kiosk.vault.installation import (
    CREDENTIAL,
    SafeDisabled,
    describe,
    load_installation_secret,
)


def test_no_backend_means_no_safe() -> None:
    with pytest.raises(SafeDisabled) as off:
        load_installation_secret("")
    assert off.value.code == "not_configured"
    assert "safe.keyring_backend" in describe(off.value)


@pytest.mark.parametrize("backend", [
    "keyrings.alt.file.PlaintextKeyring", "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
])
def test_backends_that_keep_nothing_safe_are_refused(backend: str) -> None:
    with pytest.raises(SafeDisabled) as off:
        load_installation_secret(backend)
    assert off.value.code == "backend_refused"


def test_an_unknown_backend_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SafeDisabled) as off:
        load_installation_secret("nowhere.NoSuchKeyring")
    assert off.value.code == "backend_unknown" and "nowhere" in describe(off.value)


def test_the_systemd_credential_backend_reads_the_provisioned_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = "kiosk.vault.installation.CredentialFileKeyring"
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    with pytest.raises(SafeDisabled) as off:  # not provisioned: read-only, so no safe
        load_installation_secret(backend)
    assert off.value.code == "backend_failed"
    secret = bytes(range(32))
    (tmp_path / CREDENTIAL).write_text(base64.b64encode(secret).decode() + "\n")
    assert load_installation_secret(backend) == secret
    (tmp_path / CREDENTIAL).write_text("bm90IGVub3VnaA==")
    with pytest.raises(SafeDisabled) as off:
        load_installation_secret(backend)
    assert off.value.code == "bad_secret"


@pytest.mark.parametrize(("runtime_in_memory", "code"),
                         [(True, "not_configured"), (False, "runtime_on_disk"),
                          (None, "runtime_on_disk")])
def test_a_terminal_without_a_keyring_or_a_memory_runtime_folder_shows_the_safe_as_off(
    settings: Settings, clock: FakeClock, cheap_hasher: PinHasher,
    monkeypatch: pytest.MonkeyPatch, runtime_in_memory: bool | None, code: str,
) -> None:
    """What the safe decrypts to show or print lives in the runtime folder: on a disk (or
    where that cannot be told), the safe stays off, and says why to the admin."""
    seen: list[Path] = []

    def in_memory(path: Path) -> bool | None:
        seen.append(path)
        return runtime_in_memory

    monkeypatch.setattr(workspace, "in_memory", in_memory)
    real = settings.replace(simulated_devices=False)
    core = build_core(real, clock, cheap_hasher)
    try:
        assert not core.safe.available
        assert core.safe.disabled is not None and core.safe.disabled.code == code
        assert seen == [settings.runtime_dir]
        assert "safe is off" in describe(core.safe.disabled)
    finally:
        core.close()
