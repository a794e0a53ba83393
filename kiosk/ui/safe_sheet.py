"""The safe's recovery sheet: one A4 page to print and keep with one's papers.

Drawn with Qt (QPdfWriter), so every shipped language is shaped and laid out right,
Arabic included; the QR code holds the recovery code only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen


@dataclass(frozen=True)
class SheetText:
    """Everything printed, already translated; values are not."""

    title: str
    site: str
    identifier_label: str
    identifier: str
    code_label: str
    code: str
    secret_label: str
    delete_line: str
    keep_line: str
    loss_line: str
    right_to_left: bool = False


def write_sheet(text: SheetText, out: Path) -> Path:
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("kiosk")  # never the person's identifier in the file's metadata
    painter = QPainter(writer)
    try:
        _draw(painter, text, writer.width(), writer.height())
    finally:
        painter.end()
    return out


def _font(size_pt: float, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _draw(painter: QPainter, text: SheetText, width: int, height: int) -> None:
    rtl = Qt.LayoutDirection.RightToLeft
    painter.setLayoutDirection(rtl if text.right_to_left else Qt.LayoutDirection.LeftToRight)
    painter.setPen(QPen(QColor("#000000")))
    # Leading: the left edge in left-to-right text, the right edge in Arabic.
    flags = int(
        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    )
    y = 0.0

    def block(value: str, font: QFont, gap: float = 40.0, box_width: float = width) -> None:
        nonlocal y
        painter.setFont(font)
        x = width - box_width if text.right_to_left else 0.0
        rect = painter.boundingRect(QRectF(x, y, box_width, height - y), flags, value)
        painter.drawText(QRectF(x, y, box_width, rect.height()), flags, value)
        y += rect.height() + gap

    block(text.title, _font(22, bold=True), 20)
    block(text.site, _font(14), 80)
    block(text.identifier_label, _font(13), 10)
    block(text.identifier, _font(30, bold=True, mono=True), 70)
    top_of_code = y
    qr_size = width * 0.30
    text_width = width - qr_size - 60
    block(text.code_label, _font(13), 10, text_width)
    block(text.code, _font(20, bold=True, mono=True), 50, text_width)
    _draw_qr(painter, text.code, qr_size, top_of_code, width, text.right_to_left)
    painter.setPen(QPen(QColor("#000000")))
    y = max(y, top_of_code + qr_size + 60)
    block(text.secret_label, _font(13), 100)
    painter.setPen(QPen(QColor("#000000"), 4))
    painter.drawLine(0, int(y - 50), width, int(y - 50))
    block(text.delete_line, _font(13, bold=True), 40)
    block(text.keep_line, _font(13), 30)
    block(text.loss_line, _font(13), 30)


def _draw_qr(
    painter: QPainter, code: str, size: float, top: float, width: int, right_to_left: bool
) -> None:
    matrix = segno.make(code, error="m", micro=False).matrix
    modules = len(matrix) + 8  # a quiet zone of 4 on each side
    cell = size / modules
    left = 0.0 if right_to_left else width - size
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                painter.drawRect(
                    QRectF(left + (column + 4) * cell, top + (row + 4) * cell, cell, cell)
                )
