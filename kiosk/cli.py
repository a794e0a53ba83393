"""The `kiosk` command: run, demo, config check, set-pin, screenshots, bench, doctor, inspect,
mediator."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import secrets
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk import config

log = logging.getLogger("kiosk")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def demo_overrides(root: Path) -> dict[str, Any]:
    """Demo data lives in a temporary folder: every demo starts afresh and leaves nothing."""
    return {"paths.data_dir": str(root / "data"), "paths.runtime_dir": str(root / "run")}


def _load(args: argparse.Namespace, demo_root: Path | None) -> config.Settings:
    if demo_root is not None:
        # The demo always runs on the embedded defaults, whatever the machine has in /etc.
        settings = config.load(path=None, env={}, overrides=demo_overrides(demo_root))
        return settings.replace(
            simulated_devices=True, demo_stick=_demo_stick(demo_root / "stick")
        )
    return config.load(path=args.config)


def _demo_stick(folder: Path) -> Path:
    """Files for the demo's simulated USB stick: a letter, a photo, and two that are refused."""
    from PIL import Image, ImageDraw

    (folder / "Photos").mkdir(parents=True, exist_ok=True)
    letter = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(letter)
    draw.text((120, 120), "Attestation de paiement", fill="navy", font_size=56)
    for line in range(30):
        draw.rectangle((120, 260 + line * 44, 1100 - (line % 4) * 90, 276 + line * 44),
                       fill="#333333")
    letter.save(folder / "attestation.pdf", resolution=150)
    photo = Image.linear_gradient("L").resize((800, 600)).convert("RGB")
    photo.save(folder / "Photos" / "photo.jpg", quality=85)
    (folder / "facture.pdf").write_bytes(b"MZ\x90\x00" + bytes(4096))  # a program in disguise
    (folder / "autorun.inf").write_text("[autorun]\nopen=setup.exe\n", encoding="ascii")
    return folder


def _load_or_report(args: argparse.Namespace) -> config.Settings | None:
    """The site's settings, or None after one sentence per problem on standard error."""
    try:
        return config.load(path=args.config)
    except config.ConfigError as error:
        for problem in error.problems:
            print(config.describe(problem), file=sys.stderr)
        return None


def _simple_pin() -> str:
    from kiosk.roles import PinRejected, validate_pin

    while True:
        pin = f"{secrets.randbelow(10**6):06d}"
        try:
            validate_pin(pin)
            return pin
        except PinRejected:
            continue


def cmd_run(args: argparse.Namespace, demo: bool) -> int:
    from kiosk.ui.app import run  # Qt is loaded only for the commands that show a window

    if demo:
        with tempfile.TemporaryDirectory(prefix="kiosk-demo-") as tmp:
            settings = _load(args, Path(tmp))
            _prepare_demo(settings)
            return run(settings, None, kiosk_mode=False)
    try:
        return run(_load(args, None), None, kiosk_mode=True)
    except config.ConfigError as error:
        return run(None, error, kiosk_mode=True)


def _prepare_demo(settings: config.Settings) -> None:
    """Give the demo throwaway staff PINs, printed here (never logged), if none are set."""
    from kiosk.app import build_core
    from kiosk.roles import Role

    core = build_core(settings)
    try:
        lines = []
        for role in (Role.MEDIATOR, Role.ADMIN):
            if not core.credentials.has_pin(role):
                pin = _simple_pin()
                core.credentials.set_pin(role, pin)
                lines.append(f"  {role.value} PIN for this demo: {pin}")
        print(f"Kiosk demo: its data is erased when the window closes ({settings.data_dir})")
        print("\n".join(lines), flush=True)
    finally:
        core.close()


def cmd_config_check(args: argparse.Namespace) -> int:
    path = args.path or args.config
    try:
        settings = config.load(path=path)
    except config.ConfigError as error:
        for problem in error.problems:
            print(config.describe(problem))
        print(f"{len(error.problems)} problem(s) found.", file=sys.stderr)
        return 1
    source = path or os.environ.get(config.ENV_PATH) or (
        config.DEFAULT_PATH if config.DEFAULT_PATH.exists() else "embedded defaults"
    )
    print(f"{source}: configuration is valid.")
    print(f"  site: {settings.site_name}; languages: {', '.join(settings.languages)}")
    print(f"  idle: {settings.idle_timeout_s} s, then a {settings.warning_s} s warning")
    return 0


def cmd_set_pin(args: argparse.Namespace) -> int:
    from kiosk.app import build_core
    from kiosk.roles import PinRejected, Role

    settings = _load_or_report(args)
    if settings is None:
        return 1
    if args.stdin or not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(f"New {args.role} PIN (6 to 12 digits): ")
        if getpass.getpass("Type it again: ") != pin:
            print("The two PINs differ; nothing was changed.", file=sys.stderr)
            return 1
    reasons = {
        "pin_not_digits": "a PIN is made of digits only",
        "pin_too_short": "a PIN has at least 6 digits",
        "pin_too_long": "a PIN has at most 12 digits",
        "pin_too_simple": "this PIN is too easy to guess (repeated or consecutive digits)",
    }
    core = build_core(settings)
    try:
        core.credentials.set_pin(Role(args.role), pin)
    except PinRejected as error:
        print(f"PIN refused: {reasons.get(error.code, error.code)}.", file=sys.stderr)
        return 1
    finally:
        core.close()
    print(f"The {args.role} PIN is set.")
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.screenshots import render_all

    written = render_all(Path(args.dir))
    print(f"{len(written)} screenshot(s) written to {args.dir}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    if args.bench_command == "browser":
        from kiosk.bench_browser import run_browser_bench

        return run_browser_bench(runs=args.runs, as_json=args.json)
    if args.bench_command == "usb":
        from kiosk.bench_usb import run_usb_bench

        return run_usb_bench(args.json)
    if args.bench_command == "vault":
        from kiosk.bench_vault import run_vault_bench

        return run_vault_bench(args.json)
    if args.bench_command == "scan":
        from kiosk.bench_scan import run_scan_bench

        return run_scan_bench(args.json)
    from kiosk.bench import run_startup_bench

    return run_startup_bench(runs=args.runs, as_json=args.json)


def cmd_mediator(args: argparse.Namespace) -> int:
    from kiosk.help.console import ConsoleClient

    settings = _load_or_report(args)
    if settings is None:
        return 1
    if not settings.help.mqtt_host:
        print("The mediators' console needs the site's message server: set help.mqtt_host"
              " in the configuration.", file=sys.stderr)
        return 1
    from kiosk.ui.mediator_console import run_console

    client = ConsoleClient.from_settings(settings.help)
    return run_console(client, args.name, settings.default_language)


def cmd_doctor(args: argparse.Namespace) -> int:
    from kiosk.doctor import run_doctor

    return run_doctor(args.config)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="A locked-down public terminal.")
    parser.add_argument("--config", type=Path, help="configuration file (else $KIOSK_CONFIG "
                        "or /etc/kiosk/kiosk.toml)")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the kiosk fullscreen (for the terminal itself)")
    sub.add_parser("demo", help="run the kiosk in a window on the embedded defaults")
    cfg = sub.add_parser("config", help="configuration tools")
    cfg_sub = cfg.add_subparsers(dest="config_command", required=True)
    check = cfg_sub.add_parser("check", help="check a configuration file")
    check.add_argument("path", nargs="?", type=Path)
    pin = sub.add_parser("set-pin", help="set the mediator or admin PIN")
    pin.add_argument("--role", choices=["mediator", "admin"], required=True)
    pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input")
    shots = sub.add_parser("screenshots", help="render every screen in every language to PNG")
    shots.add_argument("dir")
    bench = sub.add_parser("bench", help="benchmarks")
    bench_sub = bench.add_subparsers(dest="bench_command", required=True)
    startup = bench_sub.add_parser("startup", help="start-up time and idle memory")
    startup.add_argument("--json", action="store_true")
    startup.add_argument("--runs", type=int, default=9)
    browser = bench_sub.add_parser(
        "browser", help="Internet screen: first page, memory beside Chromium, end of session"
    )
    browser.add_argument("--json", action="store_true")
    browser.add_argument("--runs", type=int, default=5)
    scan = bench_sub.add_parser(
        "scan", help="3 A4 pages at 300 dpi made into a PDF under 1, 2 and 5 MB"
    )
    scan.add_argument("--json", action="store_true")
    usb = bench_sub.add_parser(
        "usb", help="classify 10,000 files beside `file --mime-type`; rebuild a 10-page PDF"
    )
    usb.add_argument("--json", action="store_true")
    vault = bench_sub.add_parser(
        "vault", help="the safe: 256 MB written and read beside the raw disk, 1 GB stored"
        " while watching memory, one unlock"
    )
    vault.add_argument("--json", action="store_true")
    sub.add_parser("doctor", help="check that this machine can run the kiosk")
    inspect = sub.add_parser(
        "inspect", help="what the kiosk would let through from a folder or a FAT disk image"
    )
    inspect.add_argument("path", type=Path)
    inspect.add_argument("--json", action="store_true")
    mediator = sub.add_parser("mediator", help="the mediators' console: calls for help")
    mediator.add_argument("--name", default="", help="your name, as the public will see it")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    if args.command == "run":
        return cmd_run(args, demo=False)
    if args.command == "demo":
        return cmd_run(args, demo=True)
    if args.command == "config":
        return cmd_config_check(args)
    if args.command == "set-pin":
        return cmd_set_pin(args)
    if args.command == "screenshots":
        return cmd_screenshots(args)
    if args.command == "bench":
        return cmd_bench(args)
    if args.command == "mediator":
        return cmd_mediator(args)
    if args.command == "inspect":
        from kiosk.inspect import run_inspect

        return run_inspect(args.path, args.json)
    return cmd_doctor(args)


if __name__ == "__main__":
    sys.exit(main())
