"""`kiosk run` itself: a bad configuration or unusable storage gives out of service, calmly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import ConfigError, ConfigProblem
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
