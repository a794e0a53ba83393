"""One measured process for `kiosk bench startup`: the shell, or a bare Qt baseline.

Prints "shown" once the first window has been painted, then "rss <MiB>" after settling.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 1500


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _report_when_shown(app: QApplication, window: QWidget, keep: list[object]) -> None:
    def shown() -> None:
        print("shown", flush=True)
        QTimer.singleShot(SETTLE_MS, settled)

    def settled() -> None:
        print(f"rss {_rss_mib():.1f}", flush=True)
        app.quit()

    # The first event-loop turn after show() is when the window has been exposed and painted.
    QTimer.singleShot(0, shown)
    keep.append(window)


def main(kind: str) -> int:
    keep: list[object] = []
    if kind == "baseline":
        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.resize(1280, 800)
        window.show()
        _report_when_shown(app, window, keep)
        return app.exec()
    from kiosk.config import load
    from kiosk.ui.app import build_shell, make_application

    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    settings = load(path=None, env={}, overrides={
        "paths.data_dir": str(root / "data"), "paths.runtime_dir": str(root / "run"),
    })
    app = make_application(sys.argv[:1], demo=True)
    shell = build_shell(app, settings, kiosk_mode=False)
    shell.window.show_shell()
    _report_when_shown(app, shell.window, keep)
    code = app.exec()
    shell.close()
    shutil.rmtree(root, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "shell"))
