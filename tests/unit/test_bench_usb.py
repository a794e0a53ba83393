"""`kiosk bench usb` prints its figures, beside `file` and the sandbox when they are there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.bench_usb import make_tree, run_usb_bench, text_pdf
from kiosk.documents.stick import list_folder


def test_the_json_has_the_figures_the_issue_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_usb_bench(True, files=200) == 0
    figures = json.loads(capsys.readouterr().out)
    assert {"classify_s", "file_cmd_s", "classify_ratio_vs_file",
            "disarm_s_per_page"} <= set(figures)
    assert figures["files"] == 200
    assert figures["classify_s"] > 0
    if figures["file_cmd_s"] is not None:
        ratio = figures["classify_s"] / figures["file_cmd_s"]
        assert figures["classify_ratio_vs_file"] == pytest.approx(ratio, rel=0.01, abs=0.002)
    if figures["disarm_s_per_page"] is None:
        assert figures["disarm_note"]
    assert figures["goals"] == {"classify_ratio_vs_file": 1.0, "disarm_s_per_page": 0.15}


def test_the_human_output_says_whether_goals_are_met(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_usb_bench(False, files=50) == 0
    out = capsys.readouterr().out
    assert "classified 50 files" in out
    assert out.count("goal:") == 2


def test_the_tree_mixes_accepted_and_refused_files(tmp_path: Path) -> None:
    paths = make_tree(tmp_path, 300)
    assert len(paths) == 300
    assert all(1024 <= p.stat().st_size <= 70 * 1024 for p in paths)
    listing = list_folder(tmp_path)
    reasons = {e.reason for e in listing.files()}
    assert {None, "executable", "script", "archive"} <= reasons
    assert {e.kind for e in listing.files() if e.verdict == "ready"} >= {
        "pdf", "jpeg", "png", "text", "docx", "odt"}


def test_the_ten_page_pdf_is_a_real_pdf(tmp_path: Path) -> None:
    path = tmp_path / "ten.pdf"
    path.write_bytes(text_pdf(10))
    assert len(PdfReader(path).pages) == 10
