"""The composition root of the core: builds every service from the settings.

This is the one place that picks implementations; everything else receives what it needs
as constructor arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk.audit_store import AuditLog
from kiosk.clock import Clock, SystemClock
from kiosk.config import Settings
from kiosk.credentials import Credentials, PinHasher
from kiosk.db import open_database
from kiosk.roles import GrantBook, Role
from kiosk.scrub import Scrubber, ScrubContext
from kiosk.session import SessionManager
from kiosk.workspace import prepare_root

DB_NAME = "kiosk.sqlite3"


@dataclass
class Core:
    settings: Settings
    clock: Clock
    engine: Engine
    audit: AuditLog
    credentials: Credentials
    grants: GrantBook
    scrubber: Scrubber
    sessions: SessionManager

    def close(self) -> None:
        self.engine.dispose()


def build_core(
    settings: Settings, clock: Clock | None = None, hasher: PinHasher | None = None
) -> Core:
    """Open the database (migrating it) and wire the session services together.

    Raises DatabaseError or WorkspaceError (typed, with a code) when the disk is not usable.
    """
    clock = clock or SystemClock()
    engine = open_database(settings.data_dir / DB_NAME)
    audit = AuditLog(engine, clock)
    credentials = Credentials(engine, clock, hasher or PinHasher(), audit)
    grants = GrantBook(clock, settings.grant_ttl_s)
    scrubber = Scrubber(clock)
    prepare_root(settings.runtime_dir)
    sessions = SessionManager(
        clock, settings.runtime_dir, scrubber, audit, settings.idle_timeout_s, settings.warning_s
    )

    def revoke_grants(_ctx: ScrubContext) -> None:
        grants.revoke_all()

    def grants_left(_ctx: ScrubContext) -> int:
        return int(grants.active_role() is not Role.PUBLIC)

    scrubber.add_step("grants", revoke_grants)
    scrubber.add_trace("grants", grants_left)
    return Core(settings, clock, engine, audit, credentials, grants, scrubber, sessions)
