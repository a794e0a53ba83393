"""Read-aloud, the reading mask, larger text and high contrast: from every screen, and
gone for the next person."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.app import ShellApp
from kiosk.ui.controller import ShellController

LEFT = Qt.MouseButton.LeftButton


def controller(shell: ShellApp) -> ShellController:
    assert shell.window.controller is not None
    return shell.window.controller


def test_listen_reads_the_screen_but_never_a_pin(shell: ShellApp, qtbot: QtBot) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    reader = controller(shell).read_aloud
    assert reader.available
    qtbot.mouseClick(window.bar.listen, LEFT)
    assert "Que voulez-vous faire" in reader.last_text
    assert "Mes documents" in reader.last_text
    # On the PIN pad, the typed PIN is never spoken.
    window.unlock.open()
    window.unlock.pin.setText("482913")
    qtbot.mouseClick(window.bar.listen, LEFT)
    assert "482913" not in reader.last_text
    assert "code" in reader.last_text.lower()


def test_the_reading_mask_follows_the_pointer_and_lets_touches_through(
    shell: ShellApp, qtbot: QtBot
) -> None:
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.bar.mask_button, LEFT)
    mask = window.reading_mask
    assert mask.active and window.bar.mask_button.isChecked()
    assert mask.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    QCursor.setPos(window.mapToGlobal(QPoint(300, 420)))
    qtbot.waitUntil(lambda: abs(mask.band_center - 420) < 5, timeout=3000)
    # Touches still reach the screen under the mask.
    qtbot.mouseClick(window.home.tiles["documents"], LEFT)
    assert window.stack.currentWidget() is window.tray
    qtbot.mouseClick(window.bar.mask_button, LEFT)
    assert not mask.active


def test_larger_text_and_high_contrast_then_reset_for_the_next_person(
    shell: ShellApp, qtbot: QtBot
) -> None:
    window = shell.window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = window.home.title.font().pointSizeF(), window.home.title.sizeHint().height()
    qtbot.mouseClick(window.attract.touch, LEFT)
    qtbot.mouseClick(window.bar.display, LEFT)
    panel = window.display_panel
    assert panel.isVisible() and panel.scales["normal"].isChecked()
    qtbot.mouseClick(panel.scales["largest"], LEFT)
    from kiosk.ui.assets import stylesheet

    assert app.styleSheet() == stylesheet(2.0)
    assert "font-size: 22px;" not in app.styleSheet()  # the body text, doubled
    assert window.home.title.sizeHint().height() > normal[1]
    qtbot.mouseClick(panel.contrast, LEFT)
    assert app.styleSheet() == stylesheet(2.0, high_contrast=True)
    qtbot.mouseClick(panel.ok, LEFT)
    qtbot.mouseClick(window.bar.mask_button, LEFT)
    qtbot.mouseClick(window.bar.end, LEFT)
    assert app.styleSheet() == stylesheet()  # back to the usual look
    assert not window.reading_mask.active


def test_the_screen_hides_itself_after_a_short_idle_time(
    shell: ShellApp, qtbot: QtBot, clock: object
) -> None:
    from kiosk.clock import FakeClock
    from kiosk.session import State

    assert isinstance(clock, FakeClock)
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    clock.advance(29)
    window.timer.timeout.emit()
    assert not window.privacy_cover.isVisible()
    clock.advance(1)
    window.timer.timeout.emit()
    assert window.privacy_cover.isVisible()
    assert shell.core.sessions.state is State.ACTIVE  # hidden, not ended
    qtbot.mouseClick(window.privacy_cover, LEFT)
    assert not window.privacy_cover.isVisible()


def test_the_idle_warning_and_the_call_status_are_spoken(
    shell: ShellApp, qtbot: QtBot, clock: object
) -> None:
    from kiosk.clock import FakeClock
    from kiosk.help.wire import Ack, AckState

    assert isinstance(clock, FakeClock)
    window = shell.window
    reader = controller(shell).read_aloud
    qtbot.mouseClick(window.attract.touch, LEFT)
    clock.advance(185)
    window.timer.timeout.emit()
    assert "Êtes-vous toujours là" in reader.last_text
    qtbot.mouseClick(window.idle_warning.still_here, LEFT)
    # Once the person has used Listen, what changes in a call for help is spoken too.
    qtbot.mouseClick(window.bar.listen, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    call = shell.core.help.current()
    assert call is not None
    shell.core.help.on_ack(Ack(id=call.id, by="Marie", state=AckState.COMING))
    qtbot.waitUntil(lambda: "Marie" in reader.last_text, timeout=5000)
