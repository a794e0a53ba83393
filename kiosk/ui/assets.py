"""Finding the shipped stylesheet, pictograms and translations."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QTransform

PACKAGE = Path(__file__).resolve().parent.parent
ASSETS = PACKAGE / "assets"
TRANSLATIONS = PACKAGE / "translations"


# Pictograms that point somewhere: they are mirrored in right-to-left languages.
DIRECTIONAL = frozenset({"back", "go", "end", "move_left", "move_right"})


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


MAX_SCALED_PX = 40
# The stylesheet's rules the attract screen needs: applied alone for the first paint (fewer
# rules to match is a faster start), the whole sheet right after.
FIRST_PAINT_SELECTORS = re.compile(
    r"^(QWidget|QPushButton|QPushButton:hover|QPushButton:pressed|QPushButton:focus,"
    r" QToolButton:focus|QLabel#siteName|QLabel#chooseLanguage.*|QLabel#erasedText"
    r"|QPushButton#touchToStart|QPushButton\[role=\"language\"\]|QPushButton#staffCorner"
    r"|QPushButton#helpButton)$"
)


def first_paint_stylesheet() -> str:
    """Only the rules of `stylesheet()` that the attract screen uses."""
    kept = [
        f"{selectors}{{{body}}}"
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", stylesheet())
        if FIRST_PAINT_SELECTORS.match(" ".join(re.sub(r"/\*.*?\*/", "", selectors).split()))
    ]
    return "\n".join(kept)


def _scaled(size: int, scale: float) -> int:
    return max(size, min(round(size * scale), MAX_SCALED_PX))


def stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    """The shipped stylesheet, its text sizes multiplied by `scale`, optionally in high
    contrast; `@ICONS@` in it stands for the pictograms' folder."""
    text = (ASSETS / "style.qss").read_text(encoding="utf-8")
    if high_contrast:
        text += "\n" + (ASSETS / "high_contrast.qss").read_text(encoding="utf-8")
    if scale != 1.0:
        # Body text doubles; what is already big grows up to MAX_SCALED_PX; sizes marked
        # "fixed" (the session bar's captions, always beside a pictogram) stay as they are.
        text = re.sub(
            r"font-size:\s*(\d+)px;(?!\s*/\* fixed \*/)",
            lambda m: f"font-size: {_scaled(int(m.group(1)), scale)}px;",
            text,
        )
    return text.replace("@ICONS@", (ASSETS / "icons").as_posix())
