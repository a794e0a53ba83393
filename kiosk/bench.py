"""`kiosk bench startup`: start-up time and idle memory, beside a bare Qt baseline.

Each run is a fresh process, timed from just before it is spawned until it reports that its
first window has been shown. The baseline is a bare PySide6 QApplication with an empty window,
measured in the same run, alternating with the shell so both see the same machine load.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

CHILD = "kiosk.ui.bench_child"


@dataclass(frozen=True)
class StartupResult:
    runs: int
    startup_s: float
    baseline_s: float
    startup_ratio: float
    ready_s: float
    idle_rss_mb: float
    baseline_rss_mb: float
    platform: str


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _one(kind: str, env: dict[str, str], root: Path) -> tuple[float, float, float]:
    """Seconds from spawn to "shown" and to "ready", and the RSS (MiB) after settling idle."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", CHILD, kind, str(root)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    assert proc.stdout is not None
    shown = None
    ready = 0.0
    rss = 0.0
    for line in proc.stdout:
        if line.startswith("shown") and shown is None:
            shown = time.perf_counter() - start
        elif line.startswith("ready"):
            ready = time.perf_counter() - start
        elif line.startswith("rss "):
            rss = float(line.split()[1])
    code = proc.wait(timeout=60)
    if shown is None or code != 0:
        raise RuntimeError(f"the {kind} process did not show its window (exit {code})")
    return shown, ready or shown, rss


def _compile_bytecode() -> None:
    """As on an installed terminal, Python's bytecode cache is there before the first start
    (pip compiles what it installs; a machine may forbid writing it at run time)."""
    import compileall

    import kiosk

    compileall.compile_dir(Path(kiosk.__file__).parent, quiet=1)


def measure_startup(runs: int = 5) -> StartupResult:
    """A terminal's usual start: its database already exists (made by the warm-up run) and
    its bytecode is compiled."""
    _compile_bytecode()
    env = _env()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        root = Path(tmp)
        _one("baseline", env, root)  # warm the file cache: no first-run outlier
        _one("shell", env, root)
        shell, ready, base, shell_rss, base_rss = [], [], [], [], []
        for _ in range(runs):
            t, _, r = _one("baseline", env, root)
            base.append(t)
            base_rss.append(r)
            t, ready_t, r = _one("shell", env, root)
            shell.append(t)
            ready.append(ready_t)
            shell_rss.append(r)
    startup = statistics.median(shell)
    baseline = statistics.median(base)
    return StartupResult(
        runs=runs,
        startup_s=round(startup, 4),
        baseline_s=round(baseline, 4),
        startup_ratio=round(startup / baseline, 3),
        ready_s=round(statistics.median(ready), 4),
        idle_rss_mb=round(statistics.median(shell_rss), 1),
        baseline_rss_mb=round(statistics.median(base_rss), 1),
        platform=env.get("QT_QPA_PLATFORM", "default"),
    )


def report_figures(
    program: str,
    measure: Callable[[], dict[str, Any]],
    print_human: Callable[[dict[str, Any]], None],
    as_json: bool,
    failures: tuple[type[BaseException], ...],
) -> int:
    """Measure, then print the figures as one JSON document or for a person; a failure of
    one of the ``failures`` kinds is one line on standard error and exit status 1."""
    try:
        figures = measure()
    except failures as error:
        print(f"{program}: {error or type(error).__name__}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(figures))
    else:
        print_human(figures)
    return 0


def run_startup_bench(runs: int = 5, as_json: bool = False) -> int:
    result = measure_startup(runs)
    if as_json:
        print(json.dumps(asdict(result)))
        return 0
    print(f"start-up, median of {result.runs} runs ({result.platform} platform)")
    print(f"  kiosk shell to attract screen : {result.startup_s:.3f} s")
    print(f"  bare QApplication + window    : {result.baseline_s:.3f} s")
    print(f"  ratio                         : {result.startup_ratio:.2f}  (goal <= 1.5)")
    print(f"  kiosk ready to start a session: {result.ready_s:.3f} s (storage opened)")
    print(f"  idle RSS, kiosk shell         : {result.idle_rss_mb:.1f} MB  (goal <= 150)")
    print(f"  idle RSS, bare window         : {result.baseline_rss_mb:.1f} MB")
    return 0
