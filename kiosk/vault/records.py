"""The safe's records: what storage hands out (documents, journal lines, typed errors), how
sealed columns and key slots are made and opened, and the month arithmetic of retention."""

from __future__ import annotations

import calendar
import json
import os
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from kiosk.vault import crypto
from kiosk.vault.models import SLOT_RECOVERY, SLOT_SECRET, SLOT_SOCIAL_WORKER, SlotRow

VaultErrorCode = Literal[
    "unknown_identifier",  # no safe has this identifier (on this kiosk)
    "wrong_secret",  # the secret, or a well-formed recovery code, does not open this safe
    "bad_recovery_code",  # the typed recovery code has a typo (its check characters say so)
    "weak_secret",  # a chosen secret too short to protect anything
    "locked",  # too many failures: wait retry_after_s
    "recovery_only",  # 10 failures or more: only the recovery code opens it
    "damaged",  # a file or sealed value fails verification, or is missing
    "unknown_document",  # no such document in this safe (deleted meanwhile)
    "closed",  # the safe was locked (its keys forgotten); open it again
    "disabled",  # the vault cannot run here (no installation secret)
    "owner_only",  # only the owner may do this, not a social worker who opened the safe
    "bad_name",  # a social worker's name empty or too long
    "same_secret",  # the social worker's secret is the owner's: it would open as the owner
]

JOURNAL_EVENTS = frozenset(
    {
        "created",
        "opened",
        "added",
        "viewed",
        "printed",
        "exported",
        "deleted",
        "failed_attempts",
        "recovered",
        "secret_changed",
        "recovery_changed",
        "social_worker_added",  # the owner's recorded consent; detail: the name
        "social_worker_removed",  # detail: the name
        "opened_by_social_worker",
    }
)


class VaultError(Exception):
    """A safe operation failed; ``code`` says why.

    For ``wrong_secret`` and ``locked``, ``retry_after_s`` is the wait now in force (0 when
    none) and ``attempts_left`` the failures left before only the recovery code works.
    """

    def __init__(
        self, code: VaultErrorCode, *, retry_after_s: float = 0.0, attempts_left: int | None = None
    ) -> None:
        super().__init__(code)
        self.code: VaultErrorCode = code
        self.retry_after_s = retry_after_s
        self.attempts_left = attempts_left


class Category(StrEnum):
    """The fixed kinds of papers; no folders."""

    IDENTITY = "identity"
    HOUSING = "housing"
    INCOME = "income"  # CAF and other income
    TAXES = "taxes"
    HEALTH = "health"
    EMPLOYMENT = "employment"
    OTHER = "other"


@dataclass(frozen=True)
class DocumentInfo:
    """A document as its owner sees it; ``size`` is the plaintext size in bytes."""

    id: str
    category: Category
    title: str
    original_name: str
    mime: str
    size: int
    added_at: datetime
    expires_on: date | None
    sha256: str


@dataclass(frozen=True)
class JournalEntry:
    """One line of the owner's journal; ``detail`` is a document title, a count, a social
    worker's name, or empty."""

    at: datetime
    event: str
    detail: str = ""


class SealedColumns:
    """Seals and opens the JSON values of one safe's encrypted columns.

    The associated data is ``kiosk/vault/v1 \\0 table \\0 row id \\0 column``, so a blob only
    opens in the cell it was written for.
    """

    def __init__(self, key: bytes) -> None:
        self._key = bytearray(key)

    def seal(self, table: str, row_id: str, column: str, value: dict[str, Any]) -> bytes:
        data = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return crypto.seal(data.encode("utf-8"), bytes(self._key), _aad(table, row_id, column))

    def open(self, table: str, row_id: str, column: str, blob: bytes) -> dict[str, Any]:
        """The value; ``VaultError("damaged")`` if the blob was altered or moved."""
        try:
            data = crypto.open_sealed(blob, bytes(self._key), _aad(table, row_id, column))
            value = json.loads(data)
        except (crypto.DamagedDocument, ValueError) as error:
            raise VaultError("damaged") from error
        if not isinstance(value, dict):
            raise VaultError("damaged")
        return value

    def forget(self) -> None:
        self._key[:] = bytes(len(self._key))


def _aad(table: str, row_id: str, column: str) -> bytes:
    return "\0".join(("kiosk/vault/v1", table, row_id, column)).encode("ascii")


def document_meta(info: DocumentInfo) -> dict[str, Any]:
    return {
        "category": info.category.value,
        "title": info.title,
        "original_name": info.original_name,
        "mime": info.mime,
        "size": info.size,
        "added_at": info.added_at.astimezone(UTC).isoformat(),
        "expires_on": info.expires_on.isoformat() if info.expires_on else None,
        "sha256": info.sha256,
    }


def document_from_meta(doc_id: str, meta: dict[str, Any]) -> DocumentInfo:
    try:
        expires = meta["expires_on"]
        return DocumentInfo(
            id=doc_id,
            category=Category(meta["category"]),
            title=str(meta["title"]),
            original_name=str(meta["original_name"]),
            mime=str(meta["mime"]),
            size=int(meta["size"]),
            added_at=datetime.fromisoformat(meta["added_at"]),
            expires_on=date.fromisoformat(expires) if expires else None,
            sha256=str(meta["sha256"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise VaultError("damaged") from error


def journal_value(entry: JournalEntry) -> dict[str, Any]:
    return {
        "at": entry.at.astimezone(UTC).isoformat(),
        "event": entry.event,
        "detail": entry.detail,
    }


def journal_from_value(value: dict[str, Any]) -> JournalEntry:
    try:
        return JournalEntry(
            datetime.fromisoformat(value["at"]), str(value["event"]), str(value["detail"])
        )
    except (KeyError, TypeError, ValueError) as error:
        raise VaultError("damaged") from error


def month_of(moment: datetime) -> str:
    """``"2026-11"``: the only trace of a visit kept in clear."""
    return moment.astimezone(UTC).strftime("%Y-%m")


def after_month(month: str, days: int) -> date:
    """``days`` after the last day of ``month``: never earlier than ``days`` after a visit."""
    year, number = (int(part) for part in month.split("-"))
    last = date(year, number, calendar.monthrange(year, number)[1])
    return last + timedelta(days=days)


# --- key slots ------------------------------------------------------------------------------

MIN_SECRET_CHARS = 6  # not counting spaces
MAX_NAME_CHARS = 80  # a social worker's name and structure: "Mme Diallo, CCAS de Lille"


def check_secret(secret: str) -> None:
    """``weak_secret`` for a chosen secret too short to be worth a key slot."""
    if len(crypto.normalize_secret(secret).replace(" ", "")) < MIN_SECRET_CHARS:
        raise VaultError("weak_secret")


def clean_name(name: str) -> str:
    """A social worker's name on one line, spaces collapsed; ``bad_name`` if empty or long."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_NAME_CHARS:
        raise VaultError("bad_name")
    return cleaned


def secret_slot(
    safe_id: str,
    master: bytes,
    secret: str,
    params: crypto.KdfParams,
    pepper: bytes,
    kind: str = SLOT_SECRET,
) -> SlotRow:
    """A slot wrapping ``master`` under Argon2id(secret), peppered; ``params`` kept with it.

    The owner's slot and a social worker's differ only by ``kind``, which is in the slot's
    associated data: a social worker's slot cannot be relabelled as the owner's."""
    if kind not in (SLOT_SECRET, SLOT_SOCIAL_WORKER):
        raise ValueError(f"not a secret slot: {kind!r}")
    slot = SlotRow(id=_new_id(), safe_id=safe_id, kind=kind, salt=os.urandom(16))
    params = replace(params, secret_form=crypto.SECRET_FORM)  # older slots keep theirs
    slot.kdf = params.to_json()
    kek = crypto.derive_secret_kek(secret, slot.salt, params, pepper, _context(safe_id))
    slot.wrapped = crypto.wrap_key(master, kek, _slot_aad(slot))
    return slot


def open_secret_slot(slot: SlotRow, secret: str, pepper: bytes) -> bytes | None:
    """The master key, or None if the secret (or the slot) is wrong."""
    try:
        params = crypto.KdfParams.from_json(slot.kdf or "")
        kek = crypto.derive_secret_kek(secret, slot.salt, params, pepper, _context(slot.safe_id))
        return crypto.unwrap_key(slot.wrapped, kek, _slot_aad(slot))
    except (ValueError, crypto.WrongSecret):
        return None


def recovery_slot(safe_id: str, master: bytes, code: bytes) -> SlotRow:
    """A slot wrapping ``master`` under HKDF(recovery code): no pepper, so any kiosk opens it."""
    slot = SlotRow(id=_new_id(), safe_id=safe_id, kind=SLOT_RECOVERY, salt=os.urandom(16))
    slot.wrapped = crypto.wrap_key(master, crypto.recovery_kek(code, slot.salt), _slot_aad(slot))
    return slot


def open_recovery_slot(slot: SlotRow, code: bytes) -> bytes | None:
    try:
        return crypto.unwrap_key(
            slot.wrapped, crypto.recovery_kek(code, slot.salt), _slot_aad(slot)
        )
    except crypto.WrongSecret:
        return None


def document_key_aad(safe_id: str, doc_id: str) -> bytes:
    return _aad("vault_documents", f"{safe_id}/{doc_id}", "wrapped_key")


def _new_id() -> str:
    return os.urandom(16).hex()


def _context(safe_id: str) -> bytes:
    return b"kiosk/vault/secret\0" + safe_id.encode("ascii")


def _slot_aad(slot: SlotRow) -> bytes:
    return _aad("vault_slots", f"{slot.safe_id}/{slot.id}", slot.kind)
