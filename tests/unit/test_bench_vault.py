"""The vault benchmark, run small: its report's keys, its clean-up, its failure line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.bench_vault import run_vault_bench

KEYS = {"write_ratio_vs_raw", "read_ratio_vs_raw", "mem_growth_mb_1gb", "unlock_s",
        "raw_write_mb_s", "raw_read_mb_s", "safe_write_mb_s", "safe_read_mb_s", "kdf",
        "cache", "goals", "goals_met", "runs_mb_s"}


def test_the_json_report_has_every_figure_and_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_vault_bench(True, size_mb=2, big_mb=8, folder=tmp_path) == 0
    report = json.loads(capsys.readouterr().out)
    assert KEYS <= set(report)
    assert report["size_mb"] == 2 and report["big_mb"] == 8
    assert set(report["goals"]) == {"write_ratio_vs_raw", "read_ratio_vs_raw",
                                    "mem_growth_mb_1gb", "unlock_s"}
    assert set(report["kdf"]) == {"algorithm", "memory_kib", "iterations", "lanes"}
    assert report["kdf"]["memory_kib"] >= 64 * 1024
    for key in ("raw_write_mb_s", "raw_read_mb_s", "safe_write_mb_s", "safe_read_mb_s",
                "write_ratio_vs_raw", "read_ratio_vs_raw", "unlock_s"):
        assert report[key] > 0, key
    assert report["mem_growth_mb_1gb"] >= 0
    assert list(tmp_path.iterdir()) == []


def test_the_human_report_says_which_goals_are_met(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_vault_bench(False, size_mb=2, big_mb=8, folder=tmp_path) == 0
    out = capsys.readouterr().out
    assert out.count("goal:") == 4
    assert "write ratio" in out and "unlock" in out and "memory growth" in out


def test_an_unusable_folder_is_one_clear_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert run_vault_bench(True, size_mb=2, big_mb=8, folder=not_a_folder) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("kiosk bench vault: ") and captured.err.count("\n") == 1
