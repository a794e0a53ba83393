"""Finding the shipped stylesheet, pictograms and translations."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

ASSETS = Path(str(resources.files("kiosk").joinpath("assets")))
TRANSLATIONS = Path(str(resources.files("kiosk").joinpath("translations")))


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ASSETS / "icons" / f"{name}.svg"))


def stylesheet(scale: float = 1.0) -> str:
    text = (ASSETS / "style.qss").read_text(encoding="utf-8")
    return text
