"""One measured process for `kiosk bench startup`: the shell, or a bare Qt baseline.

Prints "shown" once its window has received its first paint, "ready" once the shell can
start a session (its storage opened), then "rss <MiB>" after settling idle.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 1500


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _report_when_shown(
    app: QApplication, window: QWidget, keep: list[object], then: Callable[[], object] | None = None
) -> None:
    def shown() -> None:
        print("shown", flush=True)
        if then is not None:
            then()
            print("ready", flush=True)
        QTimer.singleShot(SETTLE_MS, settled)

    def settled() -> None:
        print(f"rss {_rss_mib():.1f}", flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # Report once this paint has been delivered, not before.
                QTimer.singleShot(0, shown)
            return False

    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    keep.append(first_paint)


def main(kind: str, root: Path) -> int:
    keep: list[object] = []
    if kind == "baseline":
        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.resize(1280, 800)
        window.show()
        _report_when_shown(app, window, keep)
        return app.exec()
    from kiosk.config import load
    from kiosk.ui.app import ShellApp, make_application

    settings = load(path=None, env={}, overrides={
        "paths.data_dir": str(root / "data"), "paths.runtime_dir": str(root / "run"),
    })
    app = make_application(sys.argv[:1], demo=True)
    shell = ShellApp(app, settings, kiosk_mode=False)
    shell.window.show_shell()
    # As in `kiosk run`: the attract screen first, then the storage is opened.
    _report_when_shown(app, shell.window, keep, shell.start_core)
    code = app.exec()
    shell.close()
    return code


if __name__ == "__main__":
    if len(sys.argv) == 3:
        sys.exit(main(sys.argv[1], Path(sys.argv[2])))
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "shell", Path(tmp)))
