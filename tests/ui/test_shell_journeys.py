"""What a person sees: start, home, documents, idle warning, ending, out of service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.artifacts import Origin
from kiosk.clock import FakeClock
from kiosk.session import State
from kiosk.ui.app import ShellApp


def start(shell: ShellApp, qtbot: QtBot, language: str = "fr") -> None:
    qtbot.mouseClick(shell.window.attract.language_buttons[language], Qt.MouseButton.LeftButton)
    assert shell.core.sessions.state is State.ACTIVE


def test_attract_home_end_attract(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    assert window.stack.currentWidget() is window.attract
    assert window.attract.site.text() == "Espace numérique"
    assert window.attract.touch.text() == "Touchez l'écran pour commencer"
    assert not window.bar.isVisible()
    assert not window.attract.erased.isVisible()
    qtbot.mouseClick(window.attract.touch, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert window.bar.isVisible() and window.bar.help.isVisible()
    qtbot.mouseClick(window.bar.end, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract
    assert window.attract.erased.isVisible()
    assert window.attract.erased_text.text() == "La session précédente a été effacée."


def test_languages_are_offered_in_their_own_script(shell: ShellApp) -> None:
    names = [b.text() for b in shell.window.attract.language_buttons.values()]
    assert names == ["Français", "English", "العربية", "Español", "Português", "Українська"]


def test_every_tile_is_offered(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    home = shell.window.home
    for key in ("documents", "internet", "scan", "print", "usb", "safe"):
        assert home.tiles[key].isEnabled()
        assert not home.reasons[key].isVisible()


def test_a_tile_this_terminal_cannot_offer_is_disabled_with_a_reason(qapp: object) -> None:
    from kiosk.ui.home import HomeScreen

    home = HomeScreen(lambda _key: None, frozenset({"documents"}))
    home.show()
    assert not home.tiles["internet"].isEnabled()
    assert home.reasons["internet"].isVisible() and home.reasons["internet"].text()
    home.close()


def test_idle_warning_counts_down_and_can_be_extended_again_and_again(
    shell: ShellApp, qtbot: QtBot, clock: FakeClock
) -> None:
    window = shell.window
    start(shell, qtbot)
    for _ in range(5):
        clock.advance(180 + 15)
        window.timer.timeout.emit()
        assert window.idle_warning.isVisible()
        assert "45" in window.idle_warning.countdown.text()
        qtbot.mouseClick(window.idle_warning.still_here, Qt.MouseButton.LeftButton)
        assert not window.idle_warning.isVisible()
        assert shell.core.sessions.state is State.ACTIVE
    clock.advance(180 + 60)
    window.timer.timeout.emit()
    assert window.stack.currentWidget() is window.attract
    assert window.attract.erased.isVisible()


def test_ending_with_documents_asks_kindly_first(
    shell: ShellApp, qtbot: QtBot, tmp_path: Path
) -> None:
    window = shell.window
    start(shell, qtbot)
    sample = tmp_path / "avis.pdf"
    sample.write_bytes(b"%PDF-1.4")
    session = shell.core.sessions.session
    assert session is not None
    session.tray.add_file(sample, Origin.DOWNLOAD, "avis.pdf", "application/pdf")
    qtbot.mouseClick(window.home.tiles["documents"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tray
    assert window.tray.list.count() == 1
    assert "avis.pdf" in window.tray.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.mouseClick(window.bar.end, Qt.MouseButton.LeftButton)
    assert window.end_dialog.isVisible()
    assert "1 document" in window.end_dialog.text.text()
    qtbot.mouseClick(window.end_dialog.back, Qt.MouseButton.LeftButton)
    assert shell.core.sessions.state is State.ACTIVE
    assert window.stack.currentWidget() is window.tray
    qtbot.mouseClick(window.bar.end, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.end_dialog.erase, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.attract
    assert window.tray.list.count() == 0


def test_a_leftover_shows_out_of_service(shell: ShellApp, qtbot: QtBot) -> None:
    shell.core.scrubber.add_trace("test_leftover", lambda _ctx: 1)
    start(shell, qtbot)
    qtbot.mouseClick(shell.window.bar.end, Qt.MouseButton.LeftButton)
    window = shell.window
    assert window.stack.currentWidget() is window.out_of_service
    assert not window.attract.erased.isVisible()
    assert window.out_of_service.title.text() == "Ce poste est hors service"


def test_the_clipboard_is_cleared_at_scrub(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    QApplication.clipboard().setText("numéro allocataire 1234567")
    qtbot.mouseClick(shell.window.bar.end, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == ""
    report = shell.core.sessions.last_scrub
    assert report is not None and "clipboard" in report.kinds_passed


def test_privacy_cover_hides_until_touched(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    qtbot.mouseClick(shell.window.bar.privacy, Qt.MouseButton.LeftButton)
    assert shell.window.privacy_cover.isVisible()
    qtbot.mouseClick(shell.window.privacy_cover, Qt.MouseButton.LeftButton)
    assert not shell.window.privacy_cover.isVisible()
    assert shell.core.sessions.state is State.ACTIVE


def test_an_uncaught_error_shows_a_calm_screen(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        shell._on_uncaught(RuntimeError, error, error.__traceback__)
    window = shell.window
    assert window.stack.currentWidget() is window.error
    texts = " ".join(w.text() for w in window.error.findChildren(QLabel))
    assert "Traceback" not in texts and "boom" not in texts
    qtbot.mouseClick(window.error.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_every_control_has_an_accessible_name(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot)
    missing = [
        b.objectName()
        for b in shell.window.findChildren(QPushButton)
        if not b.accessibleName()
    ]
    assert missing == []


def test_switching_to_arabic_flips_the_layout(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert shell.window.home.tiles["documents"].text() == "مستنداتي"
    qtbot.mouseClick(shell.window.bar.end, Qt.MouseButton.LeftButton)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert shell.window.attract.touch.text() == "Touchez l'écran pour commencer"


def test_language_switches_live_in_every_visible_text(shell: ShellApp, qtbot: QtBot) -> None:
    start(shell, qtbot, "es")
    assert shell.window.bar.end.text() == "Terminar la sesión"
    shell.translations.switch("en")
    assert shell.window.bar.end.text() == "End session"
