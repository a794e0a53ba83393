"""Finding the shipped stylesheet, pictograms and translations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QTransform

PACKAGE = Path(__file__).resolve().parent.parent
ASSETS = PACKAGE / "assets"
TRANSLATIONS = PACKAGE / "translations"


# Pictograms that point somewhere: they are mirrored in right-to-left languages.
DIRECTIONAL = frozenset({"back", "go", "end"})


@cache
def icon(name: str, mirrored: bool = False) -> QIcon:
    plain = QIcon(str(ASSETS / "icons" / f"{name}.svg"))
    if not mirrored:
        return plain
    flipped = QIcon()
    for size in (24, 32, 40, 48, 64, 96):
        pixmap = plain.pixmap(QSize(size, size))
        flipped.addPixmap(pixmap.transformed(QTransform().scale(-1, 1)))
    return flipped


def stylesheet() -> str:
    """The shipped stylesheet; `@ICONS@` in it stands for the pictograms' folder."""
    text = (ASSETS / "style.qss").read_text(encoding="utf-8")
    return text.replace("@ICONS@", (ASSETS / "icons").as_posix())
