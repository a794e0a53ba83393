"""The scan benchmark: its pages, its baseline and its report (run small, never timed here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from kiosk import bench_scan
from kiosk.bench_scan import (
    first_page_psnr,
    naive_build,
    psnr,
    run_scan_bench,
    synthetic_page,
)
from kiosk.documents.fit import build_pdf

KEYS = {"scan_2mb_s", "scan_2mb_bytes", "scan_1mb_s", "scan_1mb_bytes", "scan_5mb_s",
        "scan_5mb_bytes", "bilevel_s", "bilevel_bytes", "baseline_2mb_s", "speedup_vs_baseline",
        "legible_2mb", "acquire_s", "psnr_2mb_db", "goal_met"}


def test_json_report_has_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_scan_bench(True, pages=1, dpi=60, runs=1) == 0
    figures = json.loads(capsys.readouterr().out)
    assert KEYS <= figures.keys()
    assert figures["pages"] == 1 and figures["dpi"] == 60
    for key in ("scan_1mb", "scan_2mb", "scan_5mb", "bilevel"):
        assert figures[f"{key}_s"] >= 0 and figures[f"{key}_bytes"] > 0
    assert figures["scan_2mb_bytes"] <= 2_000_000 and figures["scan_1mb_bytes"] <= 1_000_000
    assert isinstance(figures["legible_2mb"], bool)
    assert figures["acquire_s"] is None or figures["acquire_s"] > 0


def test_human_report_ends_with_the_goal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_scan.shutil, "which", lambda _name: None)  # no scanimage
    assert run_scan_bench(False, pages=1, dpi=60, runs=1) == 0
    out = capsys.readouterr().out
    assert "n/a" in out and "2 MB" in out and "naive ladder" in out
    assert out.rstrip().splitlines()[-1].startswith("goal: scan_2mb_s ≤ 2 s — ")


def test_synthetic_pages_are_a4_and_the_same_every_time() -> None:
    first, again, other = synthetic_page(0, 50), synthetic_page(0, 50), synthetic_page(1, 50)
    assert first.size == (413, 585) and first.mode == "RGB"  # A4 at 50 dpi
    assert first.tobytes() == again.tobytes()
    assert first.tobytes() != other.tobytes()


def test_the_naive_ladder_lands_where_the_fast_one_does(tmp_path: Path) -> None:
    pages = [synthetic_page(seed, 100) for seed in range(2)]
    naive = naive_build(pages, 100, tmp_path / "naive.pdf", 600_000)
    ours = build_pdf(pages, 100, tmp_path / "ours.pdf", 600_000)
    assert naive.fits and naive.size <= 600_000 and ours.fits
    assert naive.dpi == ours.dpi == 100 and naive.grey == ours.grey
    assert naive.quality is not None and ours.quality is not None
    assert abs(naive.quality - ours.quality) <= 2  # faster, and no worse


def test_psnr_of_the_stored_page(tmp_path: Path) -> None:
    page = synthetic_page(2, 100)
    assert psnr(page.convert("L"), page.convert("L")) == 99.0
    best = build_pdf([page], 100, tmp_path / "best.pdf", None)
    tight = build_pdf([page], 100, tmp_path / "tight.pdf", 60_000)
    assert first_page_psnr(best.path, page) > first_page_psnr(tight.path, page) > 15
    grey = Image.new("L", (8, 8), 100)
    assert psnr(grey, Image.new("L", (8, 8), 110)) == pytest.approx(28.13, abs=0.01)
