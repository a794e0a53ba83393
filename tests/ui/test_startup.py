"""`kiosk run` itself: a bad configuration or unusable storage gives out of service, calmly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import ConfigError, ConfigProblem
from kiosk.ui import first_paint
from kiosk.ui.app import ShellApp, run
from tests.conftest import make_settings


def visible_top_levels() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_an_invalid_configuration_shows_out_of_service(qapp: QApplication) -> None:
    seen: list[str] = []

    def look_then_quit() -> None:
        seen.extend(w.objectName() for w in visible_top_levels())
        for widget in visible_top_levels():
            widget.hide()
        qapp.quit()

    QTimer.singleShot(100, look_then_quit)
    problem = ConfigProblem("session.warning_s", "out_of_range", {"min": 30, "max": 600})
    assert run(None, ConfigError([problem]), kiosk_mode=False) == 0
    assert "outOfServiceScreen" in seen


def test_the_attract_screen_comes_first_then_the_storage(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path)
    shell = ShellApp(qapp, settings, kiosk_mode=False)
    shell.window.show()
    assert shell.window.stack.currentWidget() is shell.window.attract
    assert not shell.window.ready
    # A touch before the storage is open is kept, and honoured once it is.
    shell.window.attract.touch.click()
    assert shell.start_core()
    assert shell.window.stack.currentWidget() is shell.window.home
    assert (tmp_path / "data" / "kiosk.sqlite3").exists()
    shell.window.bar.end.click()
    shell.close()


def test_unusable_storage_shows_out_of_service(qapp: QApplication, tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    shell = ShellApp(qapp, make_settings(tmp_path), kiosk_mode=False)
    shell.window.show()
    assert shell.start_core() is False
    assert shell.window.stack.currentWidget() is shell.window.out_of_service
    shell.close()


def test_the_storage_waits_for_the_first_paint(qapp: QApplication, qtbot: QtBot) -> None:
    events: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in events:
                events.append("paint")
            return False

    window = QWidget()
    watcher = Painted(window)
    window.installEventFilter(watcher)
    first_paint.after_first_paint(window, lambda: events.append("core"))
    window.show()
    qtbot.waitUntil(lambda: "core" in events, timeout=5000)
    assert events == ["paint", "core"]
    window.hide()


def test_the_numbers_given_to_qt_are_its_own() -> None:
    attribute = Qt.ApplicationAttribute.AA_ShareOpenGLContexts
    assert first_paint.AA_SHARE_OPENGL_CONTEXTS == attribute.value
    assert first_paint.WINDOW == Qt.WindowType.Window.value
    assert first_paint.FRAMELESS_WINDOW_HINT == Qt.WindowType.FramelessWindowHint.value
    assert first_paint.WINDOW_STAYS_ON_TOP_HINT == Qt.WindowType.WindowStaysOnTopHint.value
    assert first_paint.ALIGN_CENTER == Qt.AlignmentFlag.AlignCenter.value


FIRST_PAINT_PROBE = """
import sys
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from kiosk.config import load
from kiosk.ui.app import ShellApp, make_application

kiosk_mode = sys.argv[1] == "kiosk"
settings = load(path=None, env={}, overrides={
    "paths.data_dir": sys.argv[2] + "/data", "paths.runtime_dir": sys.argv[2] + "/run"})
app = make_application(sys.argv[:1], demo=not kiosk_mode)
shell = ShellApp(app, settings, kiosk_mode=kiosk_mode)

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("built" if "Qt" in QtCore.__dict__ else "unbuilt", flush=True)
            QtCore.QCoreApplication.exit(0)
        return False

painted = Painted()
shell.window.installEventFilter(painted)
shell.window.show_shell()
app.exec()
from PySide6.QtCore import Qt
flags = shell.window.windowFlags()
print("frameless" if flags & Qt.WindowType.FramelessWindowHint else "framed",
      "on-top" if flags & Qt.WindowType.WindowStaysOnTopHint else "normal",
      "shared" if app.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts) else "alone",
      flush=True)
import os
os._exit(0)
"""


@pytest.mark.parametrize("mode", ["demo", "kiosk"])
def test_the_attract_screen_is_painted_before_qt_builds_its_enums(mode: str,
                                                                tmp_path: Path) -> None:
    """PySide builds its ~100 `Qt` enums (30-45 ms) at the first use of `Qt`: nothing before
    the attract screen's first paint may touch it (kiosk.ui.first_paint)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, mode, str(tmp_path)],
                          capture_output=True, text=True, timeout=60, env=env, check=True)
    lines = done.stdout.split("\n")
    assert lines[0] == "unbuilt"
    expected = "frameless on-top" if mode == "kiosk" else "framed normal"
    assert lines[1] == f"{expected} shared"


def test_pysides_import_check_is_answered_without_reading_through_inspect() -> None:
    """PySide asks, for every module imported after it, whether its source names PySide6;
    kiosk.ui answers by reading the file's bytes (10 ms less at start), with the same answers."""
    import kiosk.config
    import kiosk.ui
    import kiosk.ui.shell

    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is kiosk.ui._mentions_pyside
    assert kiosk.ui._mentions_pyside(kiosk.ui.shell)
    assert not kiosk.ui._mentions_pyside(kiosk.config)
    assert not kiosk.ui._mentions_pyside(sys)  # built in: no source
