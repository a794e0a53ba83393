"""The real programs, as separate processes: the shell on a real SQLite file, and the demo
on a real X server (Xvfb) through Qt's xcb platform."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

KIOSK = Path(sys.executable).parent / "kiosk"


def test_shell_process_shows_the_attract_screen_then_opens_storage(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.ui.bench_child", "shell", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split()[0] for line in done.stdout.splitlines()]
    assert lines == ["shown", "ready", "rss"]
    assert (tmp_path / "data" / "kiosk.sqlite3").exists()
    assert "Traceback" not in done.stderr


@pytest.mark.real
def test_demo_runs_in_a_window_on_a_real_x_server(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/test installs it)")
    display = f":{90 + os.getpid() % 50}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env.update(DISPLAY=display, HOME=str(tmp_path), TMPDIR=str(scratch))
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.1)
        demo = subprocess.Popen(
            [str(KIOSK), "demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        try:
            out, err = demo.communicate(timeout=6)
        except subprocess.TimeoutExpired:
            demo.terminate()
            out, err = demo.communicate(timeout=10)
            still_running = True
        else:
            still_running = False
        assert still_running, f"the demo exited by itself: {err[-2000:]}"
        assert "mediator PIN for this demo" in out
        assert "Traceback" not in err
        # Stopped by SIGTERM, the demo still erased its temporary data.
        assert list(scratch.iterdir()) == []
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
