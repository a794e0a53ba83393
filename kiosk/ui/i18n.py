"""Live language switching: the kiosk's own catalogue plus Qt's, and the layout direction."""

from __future__ import annotations

import logging

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.languages import LANGUAGES
from kiosk.ui.assets import TRANSLATIONS

log = logging.getLogger(__name__)

# Where a shipped language's locale or Qt's own catalogue has another name.
# QLocale("pt") would be Brazilian; QLocale("ar") Egyptian, with Arabic-Indic digits, where
# the Maghreb (most Arabic readers at French reception points) writes 0-9, as %n does.
LOCALE = {"pt": "pt_PT", "ar": "ar_MA"}
QT_CATALOGUE = {"pt": "pt_BR"}  # Qt ships no European Portuguese catalogue


class Translations:
    """Installs the translators for one language at a time on the application."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = ""

    def clear(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.current = ""

    def switch(self, code: str) -> None:
        if code == self.current:
            return
        self.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = QTranslator(self._app)
        if own.load(str(TRANSLATIONS / f"kiosk_{code}.qm")):
            self._installed.append(own)
        else:
            log.error("no catalogue for language %s", code)
        qt = QTranslator(self._app)
        if code != "en" and qt.load(f"qtbase_{QT_CATALOGUE.get(code, code)}", qt_dir):
            self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(LOCALE.get(code, code)))
        rtl = LANGUAGES[code].right_to_left if code in LANGUAGES else False
        if rtl != QApplication.isRightToLeft():  # (no `Qt` before the first paint: kiosk.ui.app)
            direction = QtCore.Qt.LayoutDirection
            self._app.setLayoutDirection(
                direction.RightToLeft if rtl else direction.LeftToRight
            )
        self.current = code
        # Deliver the LanguageChange events now, so every text has changed when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
