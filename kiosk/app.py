"""The composition root of the core: builds every service from the settings.

This is the one place that picks implementations; everything else receives what it needs
as constructor arguments.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from kiosk.audit_store import AuditLog
from kiosk.clock import Clock, SystemClock
from kiosk.config import HelpSettings, Settings
from kiosk.credentials import Credentials, PinHasher
from kiosk.db import open_database
from kiosk.devices.printer import Printer
from kiosk.devices.scanner import Scanner
from kiosk.devices.usb import Sticks
from kiosk.help.broker import BrokerSettings
from kiosk.help.channel import Channel
from kiosk.help.courier import Courier
from kiosk.help.mail import EmailChannel
from kiosk.help.mqtt import MqttChannel
from kiosk.help.outbox import Outbox
from kiosk.help.service import HelpService
from kiosk.help.webhook import WebhookChannel
from kiosk.intake import Intake
from kiosk.printing import PrintService
from kiosk.roles import GrantBook, Role
from kiosk.scanning import ScanService
from kiosk.scrub import Scrubber, ScrubContext
from kiosk.session import SessionManager
from kiosk.usb import UsbService
from kiosk.vault.service import SafeService
from kiosk.workspace import prepare_root

if TYPE_CHECKING:
    from kiosk.vault.crypto import KdfParams
    from kiosk.vault.store import VaultStore

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
    help: HelpService  # call ``help.start()`` to connect and deliver; ``close`` stops it
    printing: PrintService
    scanning: ScanService
    safe: SafeService
    usb: UsbService  # call ``usb.start()`` to watch for sticks; ``close`` stops it
    intake: Intake  # checks, scans and rebuilds a download or a stick's file for the tray

    def close(self) -> None:
        self.usb.stop()
        self.safe.lock()
        self.scanning.cancel()
        self.help.stop()
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
    help_service = build_help(settings.help, engine, clock, audit)
    scanner, printer = build_devices(settings)
    printing = PrintService(
        printer, settings.printing.page_quota, audit, color_allowed=settings.printing.color
    )
    printing.register(scrubber)
    scanning = ScanService(
        scanner, audit, settings.scanning.needs_mediator, settings.scanning.size_presets_mb,
        settings.scanning.default_size_mb,
    )
    scanning.register(scrubber)
    safe = build_safe(settings, engine, clock, audit)
    safe.register(scrubber)
    antivirus = None
    if settings.clamd_socket is not None:
        from kiosk.documents.antivirus import ClamdScanner

        antivirus = ClamdScanner(settings.clamd_socket)
    from kiosk.sandbox.stick_reader import StickReader

    intake = Intake(audit, StickReader(), antivirus)
    usb = UsbService(build_sticks(settings), audit, help_service, intake=intake)
    usb.register(scrubber)
    return Core(
        settings, clock, engine, audit, credentials, grants, scrubber, sessions, help_service,
        printing, scanning, safe, usb, intake,
    )


def build_sticks(settings: Settings) -> Sticks:
    """udev and udisks2; in the demo and the tests, sticks simulated by folders."""
    if settings.simulated_devices:
        from kiosk.devices.fake_sticks import FakeSticks

        sticks = FakeSticks(allow_fake=True)
        if settings.demo_stick is not None:
            sticks.insert(settings.demo_stick, label="DEMO")
        return sticks
    from kiosk.devices.udisks import UdisksSticks

    return UdisksSticks()


KDF_FILE = "safe-kdf.json"
# Aim a little under the middle of the 0.5-1 s window: a busy machine only adds time.
UNLOCK_TARGET_S = 0.65


def build_safe(settings: Settings, engine: Engine, clock: Clock, audit: AuditLog) -> SafeService:
    """The safe, when an installation secret can be had and what it decrypts (to show, print
    or copy) stays in memory; else off, with the reason.

    The key derivation's cost is calibrated on this machine at the first use and kept
    beside the database. The demo and the tests use a throwaway secret and cheap parameters.
    """
    from kiosk.vault.installation import SafeDisabled, load_installation_secret
    from kiosk.workspace import in_memory

    if settings.simulated_devices:
        pepper: bytes = os.urandom(32)
    else:
        try:
            if not in_memory(settings.runtime_dir):
                # A document is decrypted into the session's folder to be shown or printed.
                raise SafeDisabled("runtime_on_disk", str(settings.runtime_dir))
            pepper = load_installation_secret(settings.safe.keyring_backend)
        except SafeDisabled as off:
            return SafeService(None, clock, audit, settings.safe.idle_lock_s, disabled=off)

    def open_store() -> VaultStore:
        from kiosk.vault import crypto
        from kiosk.vault.store import VaultStore

        if settings.simulated_devices:
            params = crypto.KdfParams(memory_kib=8 * 1024, iterations=1)
        else:
            params = _calibrated(settings.data_dir / KDF_FILE)
        return VaultStore(
            engine, settings.data_dir / "safes", clock, pepper, params,
            unused_flag_days=settings.safe.unused_flag_days,
            delete_after_days=settings.safe.delete_after_days,
        )

    return SafeService(open_store, clock, audit, settings.safe.idle_lock_s)


def _calibrated(path: Path) -> KdfParams:
    """The parameters measured on this machine, measured now if they never were."""
    from kiosk.vault import crypto

    try:
        return crypto.KdfParams.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        params = crypto.calibrate(UNLOCK_TARGET_S)
        path.write_text(params.to_json(), encoding="utf-8")
        return params


def build_devices(settings: Settings) -> tuple[Scanner, Printer]:
    """SANE and CUPS; in the demo, a simulated scanner and printer."""
    if settings.simulated_devices:
        from kiosk.devices.fake_printer import FakePrinter
        from kiosk.devices.fake_scanner import FakeScanner

        return (
            FakeScanner(allow_fake=True, page_delay_s=0.4),
            FakePrinter("demo", allow_fake=True),
        )
    from kiosk.devices.cups_printer import CupsPrinter
    from kiosk.devices.sane import SaneScanner

    return (
        SaneScanner(settings.scanning.device or None),
        CupsPrinter(settings.printing.queue),
    )


def build_help(
    settings: HelpSettings, engine: Engine, clock: Clock, audit: AuditLog | None = None
) -> HelpService:
    """"Call a mediator" with a channel for each one configured (maybe none: the terminal
    alone still shows the call). Nothing connects before ``start``."""
    channels: list[Channel] = []
    mqtt = None
    if settings.mqtt_host:
        mqtt = MqttChannel(BrokerSettings.from_help(settings), settings.terminal_name, clock)
        channels.append(mqtt)
    if settings.webhook_url:
        channels.append(
            WebhookChannel(settings.webhook_url, style=settings.webhook_format,
                           token_file=settings.webhook_token_file)
        )
    if settings.email_smtp_host:
        channels.append(
            EmailChannel(
                settings.email_smtp_host, settings.email_smtp_port, settings.email_from,
                settings.email_to, starttls=settings.email_starttls,
                username=settings.email_username, password_file=settings.email_password_file,
            )
        )
    outbox = Outbox(
        engine, clock, terminal=settings.terminal_name, channels=[c.name for c in channels]
    )
    return HelpService(outbox, Courier(outbox, channels, clock), clock, mqtt=mqtt, audit=audit)
