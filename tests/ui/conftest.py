"""A real shell on throwaway folders, driven by a fake clock, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from kiosk.app import Core
from kiosk.ui.app import ShellApp, make_application


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    # As make_application does: QtWebEngine may be loaded after the application exists.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return QApplication


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return make_application(["kiosk"], demo=True)


def _shell(app: QApplication, core: Core, kiosk_mode: bool) -> Iterator[ShellApp]:
    shell = ShellApp(app, core.settings, kiosk_mode=kiosk_mode)
    shell.attach(core)
    if kiosk_mode:
        shell.window.show_shell()
    else:
        shell.window.resize(1280, 800)
        shell.window.show()
    yield shell
    shell.window._allow_close = True
    shell.window.close()
    shell.close()
    # Destroy the window now, not during a later test's event processing.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def shell(app: QApplication, core: Core) -> Iterator[ShellApp]:
    yield from _shell(app, core, kiosk_mode=False)


@pytest.fixture
def kiosk_shell(app: QApplication, core: Core) -> Iterator[ShellApp]:
    yield from _shell(app, core, kiosk_mode=True)
