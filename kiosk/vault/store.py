"""The digital safe's storage: safes opened by identifier and secret, documents as encrypted
files beside SQLite rows, key slots, lockout, retention and the owner's journal.

A random master key per safe is wrapped by key slots (secret: Argon2id peppered with the
installation secret; recovery code: HKDF, not peppered, so it opens on a replacement kiosk;
optionally a social worker's own secret, like the owner's, added only by the owner).
Each document has its own key, wrapped by a subkey of the master key; its contents are an
age-like stream of 64 KiB authenticated chunks (``kiosk.vault.crypto``). A file is written
``.part`` → fsync → rename → fsync folder, and only then is its row committed, so a power cut
leaves at most an orphan file, which ``sweep`` removes at start-up. Deleting destroys the row
holding the key first (crypto-shredding), then the file. Nothing here logs a secret, a key,
an identifier or anything from a document.
"""

from __future__ import annotations

import ctypes
import hashlib
import hmac
import logging
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import sqlalchemy
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.db import for_read_modify_write
from kiosk.vault import crypto
from kiosk.vault.models import (
    SLOT_RECOVERY,
    SLOT_SECRET,
    SLOT_SOCIAL_WORKER,
    DocumentRow,
    JournalRow,
    SafeRow,
    SlotRow,
)
from kiosk.vault.records import (
    JOURNAL_EVENTS,
    Category,
    DocumentInfo,
    JournalEntry,
    SealedColumns,
    VaultError,
    after_month,
    check_secret,
    clean_name,
    document_from_meta,
    document_key_aad,
    document_meta,
    journal_from_value,
    journal_value,
    month_of,
    open_recovery_slot,
    open_secret_slot,
    recovery_slot,
    secret_slot,
)

__all__ = [
    "Category",
    "DocumentInfo",
    "JournalEntry",
    "NewSafe",
    "OpenSafe",
    "VaultError",
    "VaultStore",
]

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5  # failures before delays start
RECOVERY_ONLY_AFTER = 10  # failures after which only the recovery code opens the safe
FIRST_DELAY_S = 30.0
_ID = re.compile(r"[0-9a-f]{32}")
PREFETCH_BLOCKS = 8  # blocks read ahead of the decryption
WRITEBACK_STEP = 8 * 1024 * 1024  # bytes written before the kernel is asked to start on them


def lockout_delay_s(failures: int) -> float:
    """The wait after ``failures`` failures in a row: none up to 5, then 30 s doubling."""
    return 0.0 if failures <= FREE_ATTEMPTS else FIRST_DELAY_S * 2 ** (failures - 6)


@dataclass(frozen=True)
class NewSafe:
    """A safe just made: what to print on the sheet, and the safe, already open."""

    identifier: str
    secret: str
    recovery_code: str
    delete_after: date
    safe: OpenSafe


class VaultStore:
    """All safes of this kiosk: ``engine`` holds the rows, ``root`` the encrypted files."""

    def __init__(
        self,
        engine: sqlalchemy.Engine,
        root: Path,
        clock: Clock,
        pepper: bytes,
        params: crypto.KdfParams,
        *,
        unused_flag_days: int = 365,
        delete_after_days: int = 730,
    ) -> None:
        if len(pepper) < 16:
            raise VaultError("disabled")
        self._engine = engine
        self._root = root
        self._clock = clock
        self._pepper = pepper
        self._params = params
        self._flag_days = unused_flag_days
        self._delete_days = delete_after_days
        self._lookup_key = crypto.subkey(pepper, b"identifier-lookup")
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        root.chmod(0o700)  # mkdir's mode is filtered by the umask

    # --- opening --------------------------------------------------------------------------

    def create(self, secret: str | None = None) -> NewSafe:
        """A new safe, opened; ``secret`` None draws a 4-word passphrase."""
        shown = crypto.new_passphrase(4) if secret is None else secret
        check_secret(shown)
        safe_id = os.urandom(16).hex()
        master = crypto.new_key()
        code, code_text = crypto.new_recovery_code()
        month = month_of(self._clock.now())
        safe = OpenSafe(self, safe_id, "", master, after_month(month, self._delete_days))
        for _ in range(20):  # 30-bit identifiers: a clash is rare, never repeated 20 times
            identifier = crypto.new_identifier()
            row = SafeRow(
                id=safe_id,
                lookup=self._lookup(identifier),
                sealed=safe._sealer.seal(
                    "vault_safes", safe_id, "sealed", {"identifier": identifier}
                ),
                last_access_month=month,
                flagged=False,
                failures=0,
            )
            try:
                with Session(self._engine) as session, session.begin():
                    session.add(row)
                    session.flush()
                    session.add(self._secret_slot(safe_id, master, shown))
                    session.add(recovery_slot(safe_id, master, code))
                    safe._append(session, "created")
                break
            except IntegrityError:
                continue
        else:
            raise RuntimeError("no free identifier")
        safe.identifier = identifier
        return NewSafe(identifier, shown, code_text, safe.delete_after, safe)

    def open(self, identifier: str, secret: str) -> OpenSafe:
        """The safe, unlocked by its owner's secret or its social worker's (the owner's slot
        is tried first, so the owner never waits for the second derivation). Failures of
        either count towards the one lockout."""
        row = self._find(identifier)
        self._check_lockout(row)
        with Session(self._engine) as session:
            found = session.scalars(_slots(row.id, SLOT_SECRET, SLOT_SOCIAL_WORKER)).all()
            slots = sorted(found, key=lambda s: s.kind != SLOT_SECRET)
        for slot in slots:
            master = open_secret_slot(slot, secret, self._pepper)
            if master is not None:
                typed = crypto.normalize_identifier(identifier)
                if slot.kind == SLOT_SOCIAL_WORKER:
                    return self._unlocked(row.id, master, typed, "opened_by_social_worker",
                                          by_social_worker=True)
                return self._unlocked(row.id, master, typed, "opened")
        raise self._failed(row.id)

    def recover(self, identifier: str, code: str) -> OpenSafe:
        """The safe, unlocked by its recovery code; ignores the lockout (128-bit code).

        Every recovery slot is tried, the identified safe's first: the 128-bit code alone
        designates its safe, so it works on a replacement kiosk (another installation secret,
        the identifier not found) and despite a mistyped identifier. A well-formed wrong code
        counts as a failure of the identified safe. The caller then sets a new secret and
        a new recovery code.
        """
        try:
            raw = crypto.parse_recovery_code(code)
        except crypto.BadRecoveryCode:
            raise VaultError("bad_recovery_code") from None
        try:
            row: SafeRow | None = self._find(identifier)
        except VaultError:
            row = None
        with Session(self._engine) as session:
            slots = session.scalars(select(SlotRow).where(SlotRow.kind == SLOT_RECOVERY)).all()
        first = row.id if row is not None else ""
        for slot in sorted(slots, key=lambda slot: slot.safe_id != first):
            master = open_recovery_slot(slot, raw)
            if master is not None:
                return self._unlocked(slot.safe_id, master, None, "recovered")
        if row is None:
            raise VaultError("unknown_identifier")
        raise self._failed(row.id)

    def attempts_left(self, identifier: str) -> int:
        """Failures left before only the recovery code opens the safe."""
        return max(0, RECOVERY_ONLY_AFTER - self._find(identifier).failures)

    def _find(self, identifier: str) -> SafeRow:
        try:
            lookup = self._lookup(identifier)
        except ValueError:
            raise VaultError("unknown_identifier") from None
        with Session(self._engine) as session:
            row = session.scalars(select(SafeRow).where(SafeRow.lookup == lookup)).first()
            if row is None:
                raise VaultError("unknown_identifier")
            session.expunge(row)
            return row

    def _lookup(self, identifier: str) -> str:
        canonical = crypto.normalize_identifier(identifier).encode("ascii")
        return hmac.new(self._lookup_key, canonical, hashlib.sha256).hexdigest()

    def _check_lockout(self, row: SafeRow) -> None:
        left = max(0, RECOVERY_ONLY_AFTER - row.failures)
        if left == 0:
            raise VaultError("recovery_only", attempts_left=0)
        now = self._clock.now()
        if row.locked_until is not None and now < row.locked_until:
            wait = (row.locked_until - now).total_seconds()
            raise VaultError("locked", retry_after_s=wait, attempts_left=left)

    def _failed(self, safe_id: str) -> VaultError:
        now = self._clock.now()
        with Session(for_read_modify_write(self._engine)) as session, session.begin():
            row = session.get(SafeRow, safe_id)
            if row is None:  # deleted meanwhile
                return VaultError("unknown_identifier")
            row.failures += 1
            delay = lockout_delay_s(row.failures)
            row.locked_until = now + timedelta(seconds=delay) if delay else None
            left = max(0, RECOVERY_ONLY_AFTER - row.failures)
        return VaultError("wrong_secret", retry_after_s=delay, attempts_left=left)

    def _unlocked(
        self, safe_id: str, master: bytes, typed: str | None, event: str,
        by_social_worker: bool = False,
    ) -> OpenSafe:
        month = month_of(self._clock.now())
        delete_after = after_month(month, self._delete_days)
        safe = OpenSafe(self, safe_id, "", master, delete_after, by_social_worker)
        with Session(for_read_modify_write(self._engine)) as session, session.begin():
            row = session.get(SafeRow, safe_id)
            if row is None:
                raise VaultError("unknown_identifier")
            identifier = str(
                safe._sealer.open("vault_safes", safe_id, "sealed", row.sealed)["identifier"]
            )
            if typed is not None and typed != identifier:
                raise VaultError("damaged")  # the lookup matched another safe's sealed value
            if row.failures:
                safe._append(session, "failed_attempts", str(row.failures))
            row.failures, row.locked_until = 0, None
            row.flagged, row.last_access_month = False, month
            lookup = self._lookup(identifier)
            if row.lookup != lookup:  # recovered on a kiosk with another installation secret
                taken = session.scalar(select(SafeRow.id).where(SafeRow.lookup == lookup))
                if taken is None:  # else a 30-bit clash: the recovery code still opens it
                    row.lookup = lookup
            safe._append(session, event)
        safe.identifier = identifier
        return safe

    def _secret_slot(
        self, safe_id: str, master: bytes, secret: str, kind: str = SLOT_SECRET
    ) -> SlotRow:
        return secret_slot(safe_id, master, secret, self._params, self._pepper, kind)

    def _opens_as_owner(self, safe_id: str, secret: str) -> bool:
        with Session(self._engine) as session:
            slots = session.scalars(_slots(safe_id, SLOT_SECRET)).all()
        return any(open_secret_slot(slot, secret, self._pepper) is not None for slot in slots)

    # --- housekeeping ---------------------------------------------------------------------

    def sweep(self) -> int:
        """Remove ``.part`` files and files without a row; the number removed.

        Call at start-up, before any safe is open: a document being added has its file
        before its row.
        """
        with Session(self._engine) as session:
            known: dict[str, set[str]] = {
                safe_id: set() for safe_id in session.scalars(select(SafeRow.id))
            }
            for doc_id, safe_id in session.execute(select(DocumentRow.id, DocumentRow.safe_id)):
                known.setdefault(safe_id, set()).add(doc_id)
        removed = 0
        for folder in self._root.iterdir():
            if not (folder.is_dir() and _ID.fullmatch(folder.name)):
                continue
            docs = known.get(folder.name)
            for path in folder.iterdir():
                wanted = docs is not None and path.suffix == ".kv" and path.stem in docs
                if not wanted and path.is_file():
                    path.unlink()
                    removed += 1
            if docs is not None:
                _fsync_dir(folder)
                continue
            try:
                folder.rmdir()
            except OSError:
                log.warning("vault sweep left a folder it does not recognise")
            _fsync_dir(self._root)
        if removed:
            log.info("vault sweep removed %d leftover files", removed)
        return removed

    def apply_retention(self) -> tuple[int, int]:
        """Flag safes unused for a year and shred those unused for two (configurable)."""
        today = self._clock.now().date()
        flagged = shredded = 0
        with Session(self._engine) as session:
            rows = session.execute(select(SafeRow.id, SafeRow.last_access_month, SafeRow.flagged))
            states = [(r.id, r.last_access_month, r.flagged) for r in rows]
        for safe_id, month, already in states:
            if today > after_month(month, self._delete_days):
                self._destroy(safe_id)
                shredded += 1
            elif today > after_month(month, self._flag_days) and not already:
                with Session(self._engine) as session, session.begin():
                    session.execute(
                        update(SafeRow).where(SafeRow.id == safe_id).values(flagged=True)
                    )
                flagged += 1
        return flagged, shredded

    def _destroy(self, safe_id: str) -> None:
        """Crypto-shred a safe: its slots and document keys go first, then its files."""
        with Session(self._engine) as session, session.begin():
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            for table in (JournalRow, DocumentRow, SlotRow):
                session.execute(delete(table).where(table.safe_id == safe_id))
            session.execute(delete(SafeRow).where(SafeRow.id == safe_id))
        self._checkpoint()
        folder = self._folder(safe_id)
        if folder.is_dir():
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
            _fsync_dir(self._root)

    def _checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it, so destroyed keys leave it too."""
        raw = self._engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def _folder(self, safe_id: str) -> Path:
        return self._root / safe_id


class OpenSafe:
    """One unlocked safe. Its keys live here until ``lock``; every call needs them.

    ``lock`` may come from another thread (the idle timer) while a call runs: the short
    sections that use the keys hold ``_guard``, so a call either finishes with intact keys
    or fails with ``closed``; long streaming work uses the document's own key, outside it.

    Opened by a social worker (``opened_by_social_worker``), it does what helps with papers
    (documents, the journal, getting everything) but not what belongs to the owner: the key
    slots and deleting the safe raise ``owner_only``.
    """

    def __init__(
        self, store: VaultStore, safe_id: str, identifier: str, master: bytes, delete_after: date,
        opened_by_social_worker: bool = False,
    ) -> None:
        self.identifier = identifier
        self.delete_after = delete_after
        self.opened_by_social_worker = opened_by_social_worker
        self._store = store
        self._id = safe_id
        self._guard = threading.RLock()
        self._closed = False
        self._master = bytearray(master)
        self._doc_kek = bytearray(crypto.subkey(master, b"document-keys"))
        self._sealer = SealedColumns(crypto.subkey(master, b"meta"))

    @property
    def locked(self) -> bool:
        return self._closed

    def lock(self) -> None:
        """Forget the keys (best effort: Python may have copied them)."""
        with self._guard:
            self._closed = True
            for key in (self._master, self._doc_kek):
                key[:] = bytes(len(key))
            self._sealer.forget()

    # --- documents ------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        """Every document, oldest first."""
        query = select(DocumentRow.id, DocumentRow.meta).where(DocumentRow.safe_id == self._id)
        with self._guard, Session(self._store._engine) as session:
            self._check_open()
            docs = [self._info(doc_id, meta) for doc_id, meta in session.execute(query)]
        return sorted(docs, key=lambda doc: doc.added_at)

    def expiring(self, today: date, within_days: int = 60) -> list[DocumentInfo]:
        """Documents expired or expiring within ``within_days``, soonest first."""
        limit = today + timedelta(days=within_days)
        soon = [d for d in self.documents() if d.expires_on is not None and d.expires_on <= limit]
        return sorted(soon, key=lambda doc: doc.expires_on or limit)

    def add(
        self,
        src: Path,
        category: Category,
        title: str,
        mime: str,
        original_name: str,
        expires_on: date | None = None,
    ) -> DocumentInfo:
        """Encrypt ``src`` into the safe, streaming; durable once this returns."""
        self._check_open()
        category = Category(category)
        doc_id = os.urandom(crypto.FILE_ID_BYTES).hex()
        dek = bytearray(crypto.new_key())
        folder = self._store._folder(self._id)
        if not folder.is_dir():
            folder.mkdir(mode=0o700)
            _fsync_dir(folder.parent)
        part, final = folder / f"{doc_id}.part", folder / f"{doc_id}.kv"
        hasher = hashlib.sha256()
        try:
            with src.open("rb") as source:
                size = write_encrypted(source, part, final, bytes(dek), bytes.fromhex(doc_id),
                                       hasher)
            now = self._store._clock.now()
            info = DocumentInfo(
                doc_id, category, title, original_name, mime, size, now, expires_on,
                hasher.hexdigest(),
            )  # fmt: skip
            with self._guard, Session(self._store._engine) as session, session.begin():
                self._check_open()
                kek, aad = bytes(self._doc_kek), self._doc_aad(doc_id)
                meta = self._sealer.seal("vault_documents", doc_id, "meta", document_meta(info))
                session.add(
                    DocumentRow(
                        id=doc_id,
                        safe_id=self._id,
                        wrapped_key=crypto.wrap_key(bytes(dek), kek, aad),
                        size=final.stat().st_size,
                        meta=meta,
                    )
                )
                self._append(session, "added", title)
        except BaseException:
            # Not the renamed file: the commit may have landed. Without a row, sweep removes it.
            part.unlink(missing_ok=True)
            raise
        finally:
            dek[:] = bytes(len(dek))
        return info

    def read(self, doc_id: str) -> bytes:
        """The whole plaintext, in memory only (previews, printing)."""
        return b"".join(self.chunks(doc_id))

    def chunks(self, doc_id: str) -> Iterator[bytes]:
        """The plaintext in verified 64 KiB pieces; ``damaged`` may come at the very end."""
        with self._guard:
            self._check_open()
            with Session(self._store._engine) as session:
                row = session.get(DocumentRow, doc_id)
            if row is None or row.safe_id != self._id:
                raise VaultError("unknown_document")
            info = self._info(doc_id, row.meta)
            try:
                wrapped, kek, aad = row.wrapped_key, bytes(self._doc_kek), self._doc_aad(doc_id)
                dek = bytearray(crypto.unwrap_key(wrapped, kek, aad))
            except crypto.WrongSecret:
                raise VaultError("damaged") from None
        return self._stream(self._store._folder(self._id) / f"{doc_id}.kv", dek, info)

    def delete(self, doc_id: str) -> None:
        """Destroy the document's key, then its file."""
        with self._guard, Session(self._store._engine) as session, session.begin():
            self._check_open()
            row = session.get(DocumentRow, doc_id)
            if row is None or row.safe_id != self._id:
                raise VaultError("unknown_document")
            title = self._info(doc_id, row.meta).title
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            session.delete(row)
            self._append(session, "deleted", title)
        self._store._checkpoint()
        folder = self._store._folder(self._id)
        (folder / f"{doc_id}.kv").unlink(missing_ok=True)
        _fsync_dir(folder)

    # --- journal, secrets, the safe itself ------------------------------------------------

    def journal(self) -> list[JournalEntry]:
        """The owner's journal, oldest first."""
        query = select(JournalRow).where(JournalRow.safe_id == self._id).order_by(JournalRow.seq)
        with self._guard, Session(self._store._engine) as session:
            self._check_open()
            return [
                journal_from_value(
                    self._sealer.open("vault_journal", f"{self._id}/{r.seq}", "entry", r.entry)
                )
                for r in session.scalars(query)
            ]

    def record(self, event: str, detail: str = "") -> None:
        """Journal what the person did with a document ("viewed", "printed", "exported")."""
        if event not in JOURNAL_EVENTS:
            raise ValueError(f"unknown journal event {event!r}")
        engine = for_read_modify_write(self._store._engine)
        with self._guard, Session(engine) as session, session.begin():
            self._check_open()
            self._append(session, event, detail)

    def change_secret(self, new_secret: str) -> None:
        """Replace the secret slot; the old secret no longer opens the safe."""
        check_secret(new_secret)
        self._owner_only()
        with self._guard:
            self._check_open()
            master = bytes(self._master)
        self._replace_slot(self._store._secret_slot(self._id, master, new_secret), "secret_changed")

    def rotate_recovery(self) -> str:
        """A new recovery code (printed form); the old one no longer opens the safe."""
        self._owner_only()
        code, text = crypto.new_recovery_code()
        with self._guard:
            self._check_open()
            slot = recovery_slot(self._id, bytes(self._master), code)
        self._replace_slot(slot, "recovery_changed")
        return text

    def delete_safe(self) -> None:
        """Destroy every slot and document key, then the files; the safe is gone."""
        self._owner_only()
        with self._guard:
            self._check_open()
            self._store._destroy(self._id)
            self.lock()

    # --- the social worker ----------------------------------------------------------------

    def social_worker(self) -> str | None:
        """The name of the social worker who can open this safe, or None."""
        with self._guard, Session(self._store._engine) as session:
            self._check_open()
            if session.scalars(_slots(self._id, SLOT_SOCIAL_WORKER)).first() is None:
                return None
            name = self._sealed(session)[1].get("social_worker")
            return str(name) if name else None

    def add_social_worker(self, name: str, secret: str) -> None:
        """Let a social worker open this safe with their own secret (the owner only).

        The journal records the owner's consent with the name; the name is sealed like the
        rest. A social worker already named is replaced; their secret no longer opens it."""
        name = clean_name(name)
        check_secret(secret)
        self._owner_only()
        if self._store._opens_as_owner(self._id, secret):
            raise VaultError("same_secret")  # it would open as the owner, with all rights
        with self._guard:
            self._check_open()
            master = bytes(self._master)
        slot = self._store._secret_slot(self._id, master, secret, SLOT_SOCIAL_WORKER)
        engine = for_read_modify_write(self._store._engine)
        with self._guard, Session(engine) as session, session.begin():
            self._check_open()
            self._drop_social_worker(session)
            session.add(slot)
            self._set_social_worker(session, name)
            self._append(session, "social_worker_added", name)
        self._store._checkpoint()

    def remove_social_worker(self) -> None:
        """Destroy the social worker's slot (the owner only); nothing happens if none."""
        self._owner_only()
        engine = for_read_modify_write(self._store._engine)
        with self._guard, Session(engine) as session, session.begin():
            self._check_open()
            self._drop_social_worker(session)
        self._store._checkpoint()

    def _drop_social_worker(self, session: Session) -> None:
        """Within ``session``: the slot and the name go, and the journal says so."""
        slots = session.scalars(_slots(self._id, SLOT_SOCIAL_WORKER)).all()
        name = self._sealed(session)[1].get("social_worker")
        if not slots and not name:
            return
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        for slot in slots:
            session.delete(slot)
        self._set_social_worker(session, None)
        self._append(session, "social_worker_removed", str(name or ""))

    def _sealed(self, session: Session) -> tuple[SafeRow, dict[str, object]]:
        """The safe's row and its sealed value, opened."""
        row = session.get(SafeRow, self._id)
        if row is None:
            raise VaultError("damaged")
        return row, self._sealer.open("vault_safes", self._id, "sealed", row.sealed)

    def _set_social_worker(self, session: Session, name: str | None) -> None:
        row, value = self._sealed(session)
        value.pop("social_worker", None)
        if name is not None:
            value["social_worker"] = name
        row.sealed = self._sealer.seal("vault_safes", self._id, "sealed", value)

    def _owner_only(self) -> None:
        if self.opened_by_social_worker:
            raise VaultError("owner_only")

    def _append(self, session: Session, event: str, detail: str = "") -> None:
        """Add a journal line within ``session``'s transaction (caller holds the guard)."""
        query = select(func.max(JournalRow.seq)).where(JournalRow.safe_id == self._id)
        seq = (session.scalar(query) or 0) + 1
        value = journal_value(JournalEntry(self._store._clock.now(), event, detail))
        sealed = self._sealer.seal("vault_journal", f"{self._id}/{seq}", "entry", value)
        session.add(JournalRow(safe_id=self._id, seq=seq, entry=sealed))

    def _replace_slot(self, slot: SlotRow, event: str) -> None:
        with self._guard, Session(self._store._engine) as session, session.begin():
            self._check_open()
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            session.execute(
                delete(SlotRow).where(SlotRow.safe_id == self._id, SlotRow.kind == slot.kind)
            )
            session.add(slot)
            self._append(session, event)
        self._store._checkpoint()

    def _check_open(self) -> None:
        if self._closed:
            raise VaultError("closed")

    def _info(self, doc_id: str, meta: bytes) -> DocumentInfo:
        value = self._sealer.open("vault_documents", doc_id, "meta", meta)
        return document_from_meta(doc_id, value)

    def _doc_aad(self, doc_id: str) -> bytes:
        return document_key_aad(self._id, doc_id)

    @staticmethod
    def _stream(path: Path, dek: bytearray, info: DocumentInfo) -> Iterator[bytes]:
        try:
            yield from read_verified(path, bytes(dek), bytes.fromhex(info.id))
        except (crypto.DamagedDocument, OSError) as error:
            raise VaultError("damaged") from error
        finally:
            dek[:] = bytes(len(dek))


def _slots(safe_id: str, *kinds: str) -> sqlalchemy.Select[SlotRow]:
    return select(SlotRow).where(SlotRow.safe_id == safe_id, SlotRow.kind.in_(kinds))


def read_verified(path: Path, dek: bytes, file_id: bytes) -> Iterator[bytes]:
    """Decrypt a stored document chunk by chunk; a caller discards what it produced if this
    raises ``DamagedDocument``, which is only known for truncation at the end. A second thread
    reads the file ahead while this one decrypts.

    The chunks' authentication is the whole check. Each chunk's tag covers the header (so the
    document's own file id, which is also compared with the one its record names), its
    position and whether it is the last: a changed, moved, repeated, missing or added byte or
    chunk fails, as does another document's file put in its place (another key, another id).
    The SHA-256 recorded when the document was added is for what leaves the safe: an export
    computes it again over what it writes and compares (kiosk.vault.export).
    """
    source = _Prefetch(path)
    try:
        yield from crypto.decrypt_stream(source, dek, file_id)
    finally:
        source.close()


class _Prefetch:
    """A file read front to back by a thread of its own, up to PREFETCH_BLOCKS blocks ahead
    of ``read``, so the disk works while the reader decrypts. The blocks are cut as
    ``decrypt_stream`` asks for them (the header, then a batch of sealed chunks at a time), so
    each is handed over as it was read, without a copy. A read error reaches the reader at
    the point where it happened."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        os.posix_fadvise(self._fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        self._blocks: queue.Queue[bytes | OSError] = queue.Queue(maxsize=PREFETCH_BLOCKS)
        self._stop = threading.Event()
        self._block, self._offset = b"", 0
        self._ended = False
        self._thread = threading.Thread(target=self._run, name="kiosk-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        size = crypto.HEADER_BYTES
        while not self._stop.is_set():
            try:
                block: bytes | OSError = os.read(self._fd, size)
            except OSError as error:
                block = error
            size = crypto.SEALED_BATCH_BYTES
            while not self._stop.is_set():
                try:
                    self._blocks.put(block, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if not block or isinstance(block, OSError):
                return

    def read(self, size: int) -> bytes:
        parts: list[memoryview] = []
        wanted = size
        while wanted and not self._ended:
            if self._offset >= len(self._block):
                block = self._blocks.get()
                if isinstance(block, OSError):
                    self._ended = True
                    raise block
                if not block:
                    self._ended = True
                    break
                self._block, self._offset = block, 0
                if not parts and len(block) == wanted:  # just what was asked: no copy
                    self._offset = len(block)
                    return block
            part = memoryview(self._block)[self._offset : self._offset + wanted]
            self._offset += len(part)
            parts.append(part)
            wanted -= len(part)
        return b"".join(parts)

    def close(self) -> None:
        """Stop the thread and close the file (safe to call again)."""
        if self._fd < 0:
            return
        self._stop.set()
        self._thread.join()
        os.close(self._fd)
        self._fd = -1


def write_encrypted(
    source: crypto.Readable, part: Path, final: Path, dek: bytes, file_id: bytes,
    hasher: crypto.Hasher,
) -> int:
    """Encrypt ``source`` into ``part``, fsync it, rename it to ``final`` and fsync the folder:
    after this, a power cut cannot lose the file. Returns the plaintext size."""
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        size = crypto.encrypt_stream(source, _WritebackSink(fd), dek, file_id, hasher)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(part, final)
    _fsync_dir(final.parent)
    return size


class _WritebackSink:
    """Writes straight to a file descriptor and has the kernel start writing each finished
    WRITEBACK_STEP to the disk at once, so the disk works while the next part is encrypted
    and the closing fsync has little left to wait for."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._written = self._started = 0

    def write(self, data: bytes | memoryview) -> int:
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]
        self._written += len(data)
        if self._written - self._started >= WRITEBACK_STEP:
            _start_writeback(self._fd, self._started, self._written - self._started)
            self._started = self._written
        return len(data)


def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (AttributeError, OSError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    function.restype = ctypes.c_int
    return cast(Callable[[int, int, int, int], int], function)


_SYNC_FILE_RANGE = _sync_file_range()
_SYNC_FILE_RANGE_WRITE = 2  # start writing the dirty pages of the range; do not wait


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Only a head start: durability still comes from the fsync that follows."""
    if _SYNC_FILE_RANGE is not None:
        _SYNC_FILE_RANGE(fd, offset, length, _SYNC_FILE_RANGE_WRITE)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
