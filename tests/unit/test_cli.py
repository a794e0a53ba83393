"""The `kiosk` command for the IT volunteer: set-pin, doctor, config check."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.app import build_core
from kiosk.cli import main
from kiosk.config import load
from kiosk.roles import Role


def site_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[paths]\ndata_dir = "{tmp_path / "data"}"\nruntime_dir = "{tmp_path / "run"}"\n',
        encoding="utf-8",
    )
    return path


def test_set_pin_from_stdin_stores_only_a_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = site_file(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert main(["--config", str(config), "set-pin", "--role", "mediator", "--stdin"]) == 0
    assert "mediator PIN is set" in capsys.readouterr().out
    database = (tmp_path / "data" / "kiosk.sqlite3").read_bytes()
    assert b"482913" not in database
    core = build_core(load(path=config, env={}))
    try:
        assert core.credentials.unlock("482913") is Role.MEDIATOR
    finally:
        core.close()


def test_set_pin_refuses_a_weak_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("123456\n"))
    config = site_file(tmp_path)
    assert main(["--config", str(config), "set-pin", "--role", "admin", "--stdin"]) == 1
    assert "too easy to guess" in capsys.readouterr().err


def test_doctor_reports_missing_pins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = site_file(tmp_path)
    assert main(["--config", str(config), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "[ok] configuration is valid" in out
    assert "[FAIL] no mediator PIN" in out


def test_doctor_names_an_invalid_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[session]\nidle_timeout_s = -1\n", encoding="utf-8")
    assert main(["--config", str(bad), "doctor"]) == 1
    assert "session.idle_timeout_s" in capsys.readouterr().out
