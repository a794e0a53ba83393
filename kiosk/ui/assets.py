"""Finding the shipped stylesheet, pictograms and translations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

PACKAGE = Path(__file__).resolve().parent.parent
ASSETS = PACKAGE / "assets"
TRANSLATIONS = PACKAGE / "translations"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ASSETS / "icons" / f"{name}.svg"))


def stylesheet(scale: float = 1.0) -> str:
    text = (ASSETS / "style.qss").read_text(encoding="utf-8")
    return text
