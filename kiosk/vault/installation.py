"""The installation secret: the one thing of the safe that keyring holds.

It peppers every safe's key derivation and keys the hashes of the identifiers, so a copy
of the disk alone is not enough to start guessing secrets. It lives in an explicitly
configured keyring backend; a backend that would keep it in plain text (or none at all)
is refused, and then the safe is disabled with a sentence for the admin. Nothing that
belongs to a person ever goes to keyring.

``CredentialFileKeyring`` is a small read-only backend for terminals without a desktop
keyring: it reads a systemd credential (``LoadCredentialEncrypted=kiosk-safe:...`` in the
kiosk's unit, sealed to the machine's TPM where it has one) from $CREDENTIALS_DIRECTORY.
"""

from __future__ import annotations

import base64
import importlib
import os
import secrets
from pathlib import Path
from typing import Any

SERVICE = "kiosk"
USERNAME = "safe-installation-secret"
CREDENTIAL = "kiosk-safe"
SECRET_BYTES = 32
# Backends that keep the secret readable by anyone who copies the disk, or nowhere.
REFUSED = (
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyring.backends.chainer.ChainerBackend",
)


class SafeDisabled(Exception):
    """``code``: not_configured, backend_unknown, backend_refused, backend_failed, bad_secret,
    runtime_on_disk."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail  # the backend's name, for the admin; never the secret


def _backend(path: str) -> Any:
    module_name, _, class_name = path.rpartition(".")
    if not module_name:
        raise SafeDisabled("backend_unknown", path)
    if path in REFUSED:
        raise SafeDisabled("backend_refused", path)
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise SafeDisabled("backend_unknown", path) from exc
    qualified = f"{cls.__module__}.{cls.__qualname__}"
    if qualified in REFUSED:
        raise SafeDisabled("backend_refused", path)
    return cls()


def load_installation_secret(backend_path: str, create: bool = True) -> bytes:
    """The installation secret from the configured backend; made once on first use.

    Raises SafeDisabled with a code the admin's tools turn into a sentence.
    """
    if not backend_path:
        raise SafeDisabled("not_configured")
    backend = _backend(backend_path)
    try:
        stored = backend.get_password(SERVICE, USERNAME)
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()
            backend.set_password(SERVICE, USERNAME, stored)
            stored = backend.get_password(SERVICE, USERNAME)
    except Exception as exc:  # noqa: BLE001 - a keyring may fail in many ways; all mean "off"
        if isinstance(exc, SafeDisabled):
            raise
        raise SafeDisabled("backend_failed", backend_path) from exc
    if stored is None:
        raise SafeDisabled("backend_failed", backend_path)
    try:
        secret = base64.b64decode(stored, validate=True)
    except ValueError as exc:
        raise SafeDisabled("bad_secret", backend_path) from exc
    if len(secret) < SECRET_BYTES:
        raise SafeDisabled("bad_secret", backend_path)
    return secret


def describe(error: SafeDisabled) -> str:
    """One sentence for `kiosk doctor` and the admin's maintenance screen."""
    return {
        "not_configured": "the safe is off: set safe.keyring_backend (for example"
        " kiosk.vault.installation.CredentialFileKeyring with a systemd credential, or"
        " keyring.backends.SecretService.Keyring).",
        "backend_unknown": f"the safe is off: the keyring backend '{error.detail}' cannot be"
        " loaded.",
        "backend_refused": f"the safe is off: '{error.detail}' would keep the installation"
        " secret readable on disk (or nowhere); choose a real keyring backend.",
        "backend_failed": f"the safe is off: the keyring backend '{error.detail}' did not"
        " answer (is it unlocked? is the credential provided?).",
        "bad_secret": f"the safe is off: the installation secret in '{error.detail}' is not"
        f" {SECRET_BYTES} bytes of base64.",
        "runtime_on_disk": f"the safe is off: {error.detail} (paths.runtime_dir) is not in"
        " memory, and documents are decrypted there to be shown or printed; mount a tmpfs"
        " there or choose a folder on one (/run is tmpfs on Debian and Ubuntu).",
    }.get(error.code, f"the safe is off ({error.code}).")


class CredentialFileKeyring:
    """Read-only keyring backend over a systemd credential ($CREDENTIALS_DIRECTORY/kiosk-safe).

    The credential holds the base64 installation secret. Writing is refused: the admin
    provisions it once (``systemd-creds encrypt``), so the kiosk never has to.
    """

    priority = 1.0

    def _path(self) -> Path:
        folder = os.environ.get("CREDENTIALS_DIRECTORY")
        if not folder:
            raise RuntimeError("no CREDENTIALS_DIRECTORY: the credential is not provided")
        return Path(folder) / CREDENTIAL

    def get_password(self, service: str, username: str) -> str | None:
        if (service, username) != (SERVICE, USERNAME):
            return None
        try:
            return self._path().read_text(encoding="ascii").strip() or None
        except FileNotFoundError:
            return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the credential is read-only; provision it with systemd-creds")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the credential is read-only")
