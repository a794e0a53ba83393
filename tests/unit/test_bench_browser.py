"""The browser benchmark's pure parts: process-tree memory, the local site, the report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kiosk.bench_browser import (
    BenchError,
    BrowserResult,
    LocalSite,
    ProcessMemory,
    ShellRun,
    TreeMemory,
    process_tree,
    run_browser_bench,
    summarize,
    tree_memory,
)
from kiosk.documents.sniff import sniff

KEYS = {"first_page_s", "rss_mb", "pss_mb", "chromium_rss_mb", "chromium_pss_mb",
        "rss_ratio_vs_chromium", "scrub_s", "runs", "platform"}


def _own_rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_tree_memory_sums_this_process_and_its_children() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        deadline = time.monotonic() + 10
        while child.pid not in process_tree(os.getpid()):
            assert time.monotonic() < deadline, "the child never appeared under this process"
            time.sleep(0.01)
        tree = tree_memory(os.getpid())
    finally:
        child.kill()
        child.wait()
    pids = {p.pid: p for p in tree.processes}
    assert pids[os.getpid()].kind == "main"
    assert child.pid in pids and pids[child.pid].rss_kib > 0
    assert tree.rss_mb * 1024 >= _own_rss_kib() * 0.9
    # Our own processes' smaps_rollup is readable; PSS never exceeds RSS by much.
    assert tree.pss_mb is not None and 0 < tree.pss_mb <= tree.rss_mb * 1.05


def test_a_tree_with_an_unreadable_pss_has_no_pss() -> None:
    tree = TreeMemory(
        (ProcessMemory(1, "main", 2048, 1024), ProcessMemory(2, "zygote", 1024, None))
    )
    assert tree.rss_mb == 3.0 and tree.pss_mb is None
    assert tree.by_kind() == {"main": 2.0, "zygote": 1.0}


def test_the_local_site_serves_a_page_an_image_and_pdf_attachments(tmp_path: Path) -> None:
    with LocalSite() as site:
        page = urllib.request.urlopen(site.url("/?n=2&client=abc"), timeout=5).read().decode()
        image = urllib.request.urlopen(site.url("/image.png?client=abc"), timeout=5).read()
        links = urllib.request.urlopen(site.url("/downloads.html"), timeout=5).read().decode()
        with urllib.request.urlopen(site.url("/download/letter-03.pdf"), timeout=5) as answer:
            disposition = answer.headers["Content-Disposition"]
            pdf = answer.read()
        assert site.wait_for("/image.png?client=abc", timeout_s=1)
        assert not site.wait_for("/image.png?client=other", timeout_s=0.01)
    assert "<title>Page 2</title>" in page and 'src="/image.png?client=abc"' in page
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    assert links.count("<a download") == 10
    assert disposition == 'attachment; filename="letter-03.pdf"'
    # The kiosk's own content check accepts the letters into the tray.
    path = tmp_path / "letter-03.pdf"
    path.write_bytes(pdf)
    verdict = sniff(path, path.name, 1024 * 1024)
    assert verdict.allowed and verdict.kind == "pdf"


def _run(first: float, rss_kib: int, scrub: float) -> ShellRun:
    processes = (ProcessMemory(10, "main", rss_kib, rss_kib // 2),
                 ProcessMemory(11, "renderer", 1024, 512))
    return ShellRun(first, TreeMemory(processes), scrub, scrub - 0.01, "140.0")


def _chromium(rss_kib: int) -> TreeMemory:
    return TreeMemory((ProcessMemory(20, "main", rss_kib, None),))


def test_the_json_report_has_medians_and_the_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    shells = [_run(0.5, 100 * 1024, 0.2), _run(0.3, 120 * 1024, 0.1), _run(0.9, 110 * 1024, 0.4)]
    chromiums = [_chromium(200 * 1024), _chromium(222 * 1024), _chromium(250 * 1024)]

    def measure(runs: int) -> BrowserResult:
        assert runs == 3
        return summarize(shells, chromiums, "Chromium 1.0", "offscreen")

    assert run_browser_bench(runs=3, as_json=True, measure=measure) == 0
    report = json.loads(capsys.readouterr().out)
    assert KEYS <= set(report)
    assert report["runs"] == 3 and report["platform"] == "offscreen"
    assert report["first_page_s"] == 0.5 and report["scrub_s"] == 0.2
    assert report["rss_mb"] == 111.0 and report["pss_mb"] == 55.5
    assert report["chromium_rss_mb"] == 222.0 and report["chromium_pss_mb"] is None
    assert report["rss_ratio_vs_chromium"] == 0.5 and report["pss_ratio_vs_chromium"] is None
    assert report["rss_mb_by_kind"] == {"main": 110.0, "renderer": 1.0}


def test_without_chromium_the_ratio_is_null_and_a_note_says_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shells = [_run(0.5, 100 * 1024, 0.2)]
    result = summarize(shells, [], None, "offscreen")
    assert result.chromium_rss_mb is None and result.rss_ratio_vs_chromium is None
    assert result.chromium_pss_mb is None and result.pss_ratio_vs_chromium is None
    assert run_browser_bench(runs=1, measure=lambda _runs: result) == 0
    out = capsys.readouterr().out
    assert "not measured" in out and "apt-get install chromium" in out
    assert "goal <= 0.5" in out
    assert run_browser_bench(runs=1, as_json=True, measure=lambda _runs: result) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["chromium_rss_mb"] is None
    assert "apt-get install chromium" in captured.err


def test_the_pss_ratio_counts_shared_pages_once() -> None:
    chromium = TreeMemory((ProcessMemory(20, "main", 400 * 1024, 100 * 1024),))
    result = summarize([_run(0.5, 100 * 1024, 0.2)], [chromium], "Chromium 1.0", "offscreen")
    assert result.pss_mb == 50.5 and result.chromium_pss_mb == 100.0
    assert result.pss_ratio_vs_chromium == 0.505


def test_a_failed_run_is_one_clear_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    def measure(_runs: int) -> BrowserResult:
        raise BenchError("the shell process failed (exit 1): the scrub did not pass: workspace")

    assert run_browser_bench(runs=1, measure=measure) == 1
    err = capsys.readouterr().err
    assert err == ("kiosk bench browser: the shell process failed (exit 1): the scrub did not"
                   " pass: workspace\n")
