"""The safe as a session sees it: at most one open safe, locked after a short idle time and
always at the end of the session.

The storage and the cryptography live in `kiosk.vault.store` and `kiosk.vault.crypto`;
this keeps what belongs to the session (which safe is open, since when it is idle) and
what the audit trail may know (events, never an identifier, a secret or a title).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.audit import AuditKind, AuditSink
from kiosk.clock import Clock
from kiosk.scrub import Scrubber, ScrubContext
from kiosk.vault.installation import SafeDisabled
from kiosk.vault.store import NewSafe, OpenSafe, VaultError, VaultStore

log = logging.getLogger(__name__)

RETENTION_EVERY_S = 24 * 3600


class SafeService:
    """``open_store`` builds the store at first use (it may calibrate the key derivation,
    which takes a few seconds once); None when the safe is off (``disabled`` says why)."""

    def __init__(
        self,
        open_store: Callable[[], VaultStore] | None,
        clock: Clock,
        audit: AuditSink,
        idle_lock_s: float,
        disabled: SafeDisabled | None = None,
    ) -> None:
        self._open_store = open_store
        self._store: VaultStore | None = None
        self._clock = clock
        self._audit = audit
        self._idle_lock_s = idle_lock_s
        self.disabled = disabled if open_store is None else None
        self._current: OpenSafe | None = None
        self._last_touch = clock.monotonic()
        self._retention_at = clock.monotonic()
        self._lock = threading.Lock()

    def register(self, scrubber: Scrubber) -> None:
        scrubber.add_step("safe", self._scrub, before="tray")
        scrubber.add_trace("safe_open", self._open_safes)

    @property
    def available(self) -> bool:
        return self._open_store is not None

    @property
    def current(self) -> OpenSafe | None:
        with self._lock:
            if self._current is not None and self._current.locked:
                self._current = None
            return self._current

    def _need_store(self) -> VaultStore:
        with self._lock:
            if self._store is None:
                if self._open_store is None:
                    raise VaultError("disabled")
                store = self._open_store()
                swept = store.sweep()
                flagged, shredded = store.apply_retention()
                if swept or shredded:
                    log.info("safe start-up: %d leftover file(s) removed, %d unused safe(s)"
                             " deleted", swept, shredded)
                self._store = store
            return self._store

    def _opened(self, safe: OpenSafe) -> OpenSafe:
        with self._lock:
            if self._current is not None and self._current is not safe:
                self._current.lock()
            self._current = safe
        self.touch()
        return safe

    def create(self) -> NewSafe:
        """A new safe with a generated passphrase and recovery code; it is open."""
        new = self._need_store().create()
        self._audit.record(AuditKind.SAFE_CREATED)
        self._opened(new.safe)
        return new

    def open(self, identifier: str, secret: str) -> OpenSafe:
        try:
            safe = self._need_store().open(identifier, secret)
        except VaultError as error:
            self._audit.record(AuditKind.SAFE_OPEN_FAILED, reason=error.code)
            raise
        # Whether the social worker opened it, never who: the name stays sealed in the safe.
        self._audit.record(AuditKind.SAFE_OPENED, recovery=False,
                           social_worker=safe.opened_by_social_worker)
        return self._opened(safe)

    def recover(self, identifier: str, code: str) -> OpenSafe:
        """Open with the recovery sheet; the caller then gives a new secret and a new sheet."""
        try:
            safe = self._need_store().recover(identifier, code)
        except VaultError as error:
            self._audit.record(AuditKind.SAFE_OPEN_FAILED, reason=error.code)
            raise
        self._audit.record(AuditKind.SAFE_OPENED, recovery=True)
        return self._opened(safe)

    def touch(self) -> None:
        """The person did something: the open safe stays open a while longer."""
        self._last_touch = self._clock.monotonic()

    def tick(self) -> bool:
        """Lock the open safe once it has been idle long enough; True when it just locked.

        Once a day it also applies the retention rule (a terminal may run for months)."""
        self._daily_retention()
        if self.current is None:
            return False
        if self._clock.monotonic() - self._last_touch < self._idle_lock_s:
            return False
        self.lock()
        return True

    def _daily_retention(self) -> None:
        now = self._clock.monotonic()
        if self._store is None or now - self._retention_at < RETENTION_EVERY_S:
            return
        self._retention_at = now
        flagged, shredded = self._store.apply_retention()
        if flagged or shredded:
            log.info("safe retention: %d flagged, %d deleted", flagged, shredded)

    def lock(self) -> None:
        with self._lock:
            current, self._current = self._current, None
        if current is not None:
            current.lock()

    def _scrub(self, _ctx: ScrubContext) -> None:
        self.lock()

    def _open_safes(self, _ctx: ScrubContext) -> int:
        with self._lock:
            return int(self._current is not None and not self._current.locked)
