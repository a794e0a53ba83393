"""Scan: choose what it is, scan one page or the feeder, arrange the pages, make the PDF fit
a size, and put it in the tray.

The scanning itself runs in the core (`kiosk.scanning`), on a background task; this screen
shows its progress and turns its typed errors into sentences.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.artifacts import Artifact, ArtifactRegistry
from kiosk.devices.scanner import ScanError, ScannedPage, ScanProblem, ScanProgress
from kiosk.documents.fit import FitResult
from kiosk.scanning import Page, Preset, ScanRefused, ScanService, load_scan
from kiosk.ui.assets import icon
from kiosk.ui.widgets import Screen, big_button, compact_button, wrapped_label
from kiosk.ui.worker import Task, run_task

_DEVICE_PROBLEMS = (
    ScanProblem.JAMMED, ScanProblem.COVER_OPEN, ScanProblem.NO_SCANNER, ScanProblem.FAILED
)
PREVIEW_REDUCE = 4  # previews at a quarter of the scan's resolution (75 dpi for 300)
PRESET_ICONS = {Preset.DOCUMENT: "letter", Preset.PHOTO: "photo", Preset.ID_CARD: "id_card"}


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


class ScanScreen(Screen):
    """Four steps in one screen: choose, scanning, pages, save."""

    def __init__(
        self,
        service: ScanService,
        on_help: Callable[[], None],
        on_saved: Callable[[Artifact], None],
        on_device_problem: Callable[[bool], None] = lambda _problem: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanScreen")
        self._on_device_problem = on_device_problem
        self._service = service
        self._on_help = on_help
        self._on_saved = on_saved
        self._tray: ArtifactRegistry | None = None
        self._folder: Path | None = None
        self._preset = Preset.DOCUMENT
        self._feeder_available = False
        self._retake: int | None = None
        self._previews: dict[Path, Image.Image] = {}
        self._result: FitResult | None = None
        self._size_mb: int | None = None
        self._bilevel = False
        self._problem_text = ""
        # Placeholders until the first scan and the first build: each starts a task of its own.
        self._task = Task(self)
        self._build_task = Task(self)
        self._find_task = Task(self)
        self._find_task.done.connect(self._on_found)
        self._find_task.failed.connect(lambda _exc: self._on_found(None))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        self.title = wrapped_label("screenTitle")
        layout.addWidget(self.title)
        self.message = wrapped_label("overlayText")
        self.message.setObjectName("scanMessage")
        layout.addWidget(self.message)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        self._build_choose()
        self._build_scanning()
        self._build_pages()
        self._build_save()
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build_choose(self) -> None:
        self.choose = QWidget()
        column = QVBoxLayout(self.choose)
        row = QHBoxLayout()
        row.addStretch(1)
        self.preset_buttons: dict[Preset, QToolButton] = {}
        for preset in Preset:
            button = QToolButton()
            button.setObjectName(f"preset_{preset.value}")
            button.setProperty("role", "tile")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(icon(PRESET_ICONS[preset]))
            button.setIconSize(QSize(72, 72))
            button.setMinimumWidth(260)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, p=preset: self._start(p))
            row.addWidget(button)
            self.preset_buttons[preset] = button
        row.addStretch(1)
        column.addLayout(row)
        self.feeder_button = big_button("scanFeeder", "feeder", 40)
        self.feeder_button.setCheckable(True)
        column.addWidget(self.feeder_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.help_button = big_button("scanCallHelp", "help", 40)
        self.help_button.setProperty("role", "primary")
        self.help_button.clicked.connect(self._on_help)
        column.addWidget(self.help_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.retry_button = big_button("scanRetry", "reload", 40)
        self.retry_button.clicked.connect(self.refresh)
        column.addWidget(self.retry_button, alignment=Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        self.steps.addWidget(self.choose)

    def _build_scanning(self) -> None:
        self.scanning = QWidget()
        column = QVBoxLayout(self.scanning)
        column.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setRange(0, 100)
        self.progress.setMinimumHeight(40)
        column.addWidget(self.progress)
        self.progress_text = wrapped_label("overlayText")
        column.addWidget(self.progress_text)
        self.cancel_button = big_button("scanCancel", "end", 40)
        self.cancel_button.clicked.connect(self._service.cancel)
        column.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        self.steps.addWidget(self.scanning)

    def _build_pages(self) -> None:
        self.pages_step = QWidget()
        column = QVBoxLayout(self.pages_step)
        column.setSpacing(8)
        middle = QHBoxLayout()
        self.preview = QLabel()
        self.preview.setObjectName("scanPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(240, 240)
        middle.addWidget(self.preview, 3)
        self.thumbs = QListWidget()
        self.thumbs.setObjectName("scanThumbs")
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(96, 128))
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMaximumWidth(170)
        self.thumbs.currentRowChanged.connect(lambda _row: self._show_preview())
        middle.addWidget(self.thumbs, 1)
        column.addLayout(middle, 1)
        edits = QHBoxLayout()
        edits.addStretch(1)
        self.edit_buttons: dict[str, QToolButton] = {}
        for key, icon_name, action in (
            ("rotate", "rotate", self._rotate),
            ("earlier", "move_left", lambda: self._move(-1)),
            ("later", "move_right", lambda: self._move(1)),
            ("crop", "crop", self._crop),
            ("retake", "retake", self._retake_page),
            ("delete", "trash", self._delete),
        ):
            button = compact_button(f"scanEdit_{key}", icon_name)
            button.clicked.connect(action)
            edits.addWidget(button)
            self.edit_buttons[key] = button
        self.edit_buttons["crop"].setCheckable(True)
        edits.addStretch(1)
        column.addLayout(edits)
        actions = QHBoxLayout()
        self.add_button = big_button("scanAddPage", "add_page", 36)
        self.add_button.clicked.connect(lambda: self._start(self._preset))
        self.finish_button = big_button("scanFinish", "go", 36)
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(self._go_save)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(self.finish_button)
        column.addLayout(actions)
        self.steps.addWidget(self.pages_step)

    def _build_save(self) -> None:
        self.save_step = QWidget()
        column = QVBoxLayout(self.save_step)
        self.size_title = wrapped_label("sectionTitle")
        column.addWidget(self.size_title)
        row = QHBoxLayout()
        row.addStretch(1)
        self.size_group = QButtonGroup(self)
        self.size_group.setExclusive(True)
        self.size_buttons: dict[int, QPushButton] = {}
        for mb in self._service.size_presets_mb:
            button = big_button(f"scanSize_{mb}", "size", 32)
            button.setCheckable(True)
            button.setProperty("role", "topic")
            button.clicked.connect(lambda _=False, m=mb: self._choose_size(m))
            self.size_group.addButton(button)
            row.addWidget(button)
            self.size_buttons[mb] = button
        row.addStretch(1)
        column.addLayout(row)
        self.bilevel_button = big_button("scanBilevel", "black_white", 32)
        self.bilevel_button.setCheckable(True)
        self.bilevel_button.setProperty("role", "topic")
        self.bilevel_button.clicked.connect(self._toggle_bilevel)
        column.addWidget(self.bilevel_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.result_text = wrapped_label("overlayText")
        self.result_text.setObjectName("scanResult")
        column.addWidget(self.result_text)
        column.addStretch(1)
        actions = QHBoxLayout()
        self.back_button = big_button("scanBackToPages", "back", 36)
        self.back_button.clicked.connect(self._show_pages)
        self.save_button = big_button("scanSave", "documents", 36)
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self._save)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        column.addLayout(actions)
        self.steps.addWidget(self.save_step)

    # -- entering -------------------------------------------------------------------------

    def open_session(self, tray: ArtifactRegistry, folder: Path) -> None:
        """Shown for a session: where its scans go and where saved PDFs land."""
        self._tray = tray
        self._folder = folder
        self._size_mb = self._service.default_size_mb
        self.refresh()

    def refresh(self) -> None:
        """Back to the first step, asking the scanner whether it is there."""
        self._problem_text = ""
        if self._service.pages:
            self._show_pages()
            return
        self.steps.setCurrentWidget(self.choose)
        self._set_choose_enabled(False)
        if self._service.needs_unlock:
            self._update_choose()
            return
        self._problem_text = self.tr("Looking for the scanner…")
        self._update_choose()
        if not self._find_task.running:
            self._find_task.start(self._service.find)

    def _on_found(self, info: object) -> None:
        self._feeder_available = bool(getattr(info, "has_feeder", False))
        self._problem_text = "" if info else self._sentence(ScanProblem.NO_SCANNER)
        self._on_device_problem(info is None)
        self._set_choose_enabled(info is not None)
        self._update_choose()

    def _set_choose_enabled(self, enabled: bool) -> None:
        for button in self.preset_buttons.values():
            button.setEnabled(enabled)
        self.feeder_button.setEnabled(enabled)

    def _update_choose(self) -> None:
        locked = self._service.needs_unlock
        self.feeder_button.setVisible(self._feeder_available and not locked)
        self.help_button.setVisible(locked or bool(self._problem_text))
        self.retry_button.setVisible(bool(self._problem_text) and not locked)
        if locked:
            self.message.setText(
                self.tr("Scanning needs a mediator here. Call one: they will unlock it for you.")
            )
        else:
            self.message.setText(self._problem_text or self.tr("What are you scanning?"))

    # -- scanning -------------------------------------------------------------------------

    def _start(self, preset: Preset, retake: int | None = None) -> None:
        if self._folder is None or self._task.running:
            return
        self._preset = preset
        self._retake = retake
        feeder = self.feeder_button.isChecked() and retake is None and self._feeder_available
        self.steps.setCurrentWidget(self.scanning)
        self.progress.setValue(0)
        self._on_progress(ScanProgress(1, 0.0))
        self.message.setText(
            self.tr("Put your pages in the feeder, face up.") if feeder else
            self.tr("Put your document face down on the glass, in the corner with the arrow,"
                    " and close the lid.")
        )
        task = self._task = Task(self)
        task.progress.connect(self._on_progress)
        task.done.connect(self._on_scanned)
        task.failed.connect(self._on_scan_failed)
        folder = self._folder

        def page_done(page: ScannedPage) -> None:  # on the task's thread: previews cost
            task.report((page.path, load_scan(page.path, PREVIEW_REDUCE)))

        task.start(
            lambda: self._service.scan(
                preset, folder, feeder=feeder, replace_at=retake, on_progress=task.report,
                on_page=page_done,
            )
        )

    def _on_progress(self, value: object) -> None:
        if isinstance(value, ScanProgress):
            self.progress.setValue(round(value.fraction * 100))
            self.progress_text.setText(self.tr("Scanning page %n…", "", value.page))
        elif isinstance(value, tuple):
            path, preview = value
            self._previews[path] = preview

    def _on_scanned(self, pages: object) -> None:
        self._on_device_problem(False)
        for page in pages if isinstance(pages, list) else []:
            if isinstance(page, Page) and page.scan.path not in self._previews:
                self._previews[page.scan.path] = load_scan(page.scan.path, PREVIEW_REDUCE)
        target = self._retake if self._retake is not None else len(self._service.pages) - 1
        self._show_pages(target)

    def _on_scan_failed(self, error: object) -> None:
        if isinstance(error, ScanRefused) and error.code == "needs_mediator":
            self.refresh()
            return
        code = error.code if isinstance(error, ScanError) else ScanProblem.FAILED
        self._on_device_problem(code in _DEVICE_PROBLEMS)
        sentence = self._sentence(code)
        if self._service.pages:
            self._show_pages()
            self.message.setText(sentence)
        else:
            self.steps.setCurrentWidget(self.choose)
            self._problem_text = "" if code is ScanProblem.CANCELLED else sentence
            self._set_choose_enabled(True)
            self._update_choose()
            if code is ScanProblem.CANCELLED:
                self.message.setText(self._sentence(code))

    def _sentence(self, code: ScanProblem) -> str:
        return {
            ScanProblem.JAMMED: self.tr(
                "The paper is stuck in the scanner. Open it gently, take the paper out, then"
                " try again."),
            ScanProblem.COVER_OPEN: self.tr(
                "The scanner's cover is open. Close it, then try again."),
            ScanProblem.NO_PAPER: self.tr(
                "There is no paper in the feeder. Put your pages in, then try again."),
            ScanProblem.BUSY: self.tr("The scanner is busy. Wait a moment, then try again."),
            ScanProblem.NO_SCANNER: self.tr(
                "The scanner is not answering. Check that it is switched on, or call a"
                " mediator."),
            ScanProblem.CANCELLED: self.tr("Scanning stopped. Nothing was kept from this page."),
            ScanProblem.FAILED: self.tr(
                "The scanner did not manage to scan. Try again, or call a mediator."),
        }[code]

    # -- pages ----------------------------------------------------------------------------

    def _show_pages(self, select: int | None = None) -> None:
        self.steps.setCurrentWidget(self.pages_step)
        self.message.setText(self.tr("Check your pages. You can turn, move, retake or remove"
                                     " each one."))
        pages = self._service.pages
        current = self.thumbs.currentRow() if select is None else select
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        for number, page in enumerate(pages, start=1):
            thumb = page.arrange(self._preview_of(page)).copy()
            thumb.thumbnail((96, 128))
            item = QListWidgetItem(QIcon(QPixmap.fromImage(to_qimage(thumb))), str(number))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Page %n", "", number))
            self.thumbs.addItem(item)
        self.thumbs.setCurrentRow(max(0, min(current, len(pages) - 1)) if pages else -1)
        self.thumbs.blockSignals(False)
        self._show_preview()
        if not pages:
            self.refresh()

    def _preview_of(self, page: Page) -> Image.Image:
        path = page.scan.path
        if path not in self._previews:
            self._previews[path] = load_scan(path, PREVIEW_REDUCE)
        return self._previews[path]

    def _show_preview(self) -> None:
        pages = self._service.pages
        row = self.thumbs.currentRow()
        if not 0 <= row < len(pages):
            self.preview.clear()
            return
        page = pages[row]
        image = to_qimage(page.arrange(self._preview_of(page)))
        box = self.preview.size().boundedTo(QSize(900, 900)).expandedTo(QSize(240, 240))
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.preview.setAccessibleName(self.tr("Page %n", "", row + 1))
        self.edit_buttons["crop"].setChecked(page.crop)
        self.edit_buttons["earlier"].setEnabled(row > 0)
        self.edit_buttons["later"].setEnabled(row < len(pages) - 1)

    def _row(self) -> int:
        return self.thumbs.currentRow()

    def _rotate(self) -> None:
        if self._row() >= 0:
            self._service.rotate(self._row())
            self._show_pages()

    def _crop(self) -> None:
        if self._row() >= 0:
            self._service.toggle_crop(self._row())
            self._show_pages()

    def _move(self, step: int) -> None:
        row = self._row()
        if row >= 0:
            self._service.move(row, row + step)
            self._show_pages(max(0, row + step))

    def _delete(self) -> None:
        row = self._row()
        if row >= 0:
            path = self._service.pages[row].scan.path
            self._service.delete(row)
            self._previews.pop(path, None)
            self._show_pages(row)

    def _retake_page(self) -> None:
        if self._row() >= 0:
            self._start(self._preset, retake=self._row())

    # -- saving ---------------------------------------------------------------------------

    def _go_save(self) -> None:
        self.steps.setCurrentWidget(self.save_step)
        self.message.setText(self.tr("Upload sites often refuse files that are too big."))
        size = self._size_mb or self._service.default_size_mb
        if size in self.size_buttons:
            self.size_buttons[size].setChecked(True)
        self._rebuild()

    def _choose_size(self, mb: int) -> None:
        self._size_mb = mb
        self._rebuild()

    def _toggle_bilevel(self) -> None:
        self._bilevel = self.bilevel_button.isChecked()
        self._rebuild()

    def _rebuild(self) -> None:
        if self._folder is None:
            return
        if self._build_task.running:
            self._service.cancel()
            self._build_task.wait()
        self._result = None
        self.save_button.setEnabled(False)
        self.result_text.setText(self.tr("Preparing your document…"))
        out = self._folder / f"fit-{time.monotonic_ns()}.pdf"
        size, bilevel = self._size_mb, self._bilevel
        self._build_task = run_task(self, lambda: self._service.build(out, size, bilevel),
                                    self._on_built, self._on_build_failed)

    def _on_built(self, result: object) -> None:
        if not isinstance(result, FitResult):
            return
        if self._result is not None:
            self._result.path.unlink(missing_ok=True)
        self._result = result
        size = QLocale().formattedDataSize(
            result.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
        )
        text = self.tr("Ready: %n page(s), %1.", "", result.pages).replace("%1", size)
        if not result.fits:
            text += " " + self.tr("This is as small as it can be while staying readable.")
        self.result_text.setText(text)
        self.save_button.setEnabled(True)

    def _on_build_failed(self, error: object) -> None:
        if isinstance(error, ScanRefused) and error.code == "cancelled":
            return
        self.result_text.setText(self.tr("The document could not be prepared. Try again."))

    def _save(self) -> None:
        if self._result is None or self._tray is None:
            return
        name = self.tr("Scan %1").replace("%1", time.strftime("%Hh%M")) + ".pdf"
        try:
            artifact = self._service.save(self._result, self._tray, name)
        except ScanRefused:
            self.result_text.setText(self.tr("The document could not be saved. Try again."))
            return
        self._result = None
        self._previews.clear()
        self._on_saved(artifact)
        self.refresh()

    # -- session end ----------------------------------------------------------------------

    def reset(self) -> None:
        """Forget what this screen showed (the core erases the pages themselves)."""
        self._service.cancel()
        self._previews.clear()
        self._result = None
        self._tray = None
        self._folder = None
        self.thumbs.clear()
        self.preview.clear()
        self.feeder_button.setChecked(False)
        self.bilevel_button.setChecked(False)
        self._bilevel = False
        self.steps.setCurrentWidget(self.choose)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scan"))
        names = {
            Preset.DOCUMENT: self.tr("A document"),
            Preset.PHOTO: self.tr("A photo"),
            Preset.ID_CARD: self.tr("An ID card"),
        }
        for preset, tile in self.preset_buttons.items():
            tile.setText(names[preset])
            tile.setAccessibleName(names[preset])
        texts: list[tuple[QPushButton | QToolButton, str]] = [
            (self.feeder_button, self.tr("Several pages in the feeder")),
            (self.help_button, self.tr("Call a mediator")),
            (self.retry_button, self.tr("Try again")),
            (self.cancel_button, self.tr("Stop")),
            (self.add_button, self.tr("Add a page")),
            (self.finish_button, self.tr("Finish")),
            (self.edit_buttons["rotate"], self.tr("Turn")),
            (self.edit_buttons["earlier"], self.tr("Earlier")),
            (self.edit_buttons["later"], self.tr("Later")),
            (self.edit_buttons["crop"], self.tr("Trim")),
            (self.edit_buttons["retake"], self.tr("Retake")),
            (self.edit_buttons["delete"], self.tr("Remove")),
            (self.bilevel_button, self.tr("Black and white text (smallest)")),
            (self.back_button, self.tr("Back to the pages")),
            (self.save_button, self.tr("Put in my documents")),
        ]
        for mb, size_button in self.size_buttons.items():
            texts.append((size_button, self.tr("%n MB at most", "", mb)))
        for control, text in texts:
            control.setText(text)
            control.setAccessibleName(text)
        self.thumbs.setAccessibleName(self.tr("Pages"))
        self.progress.setAccessibleName(self.tr("Scanning"))
        self.size_title.setText(self.tr("How big may the file be?"))
        if self.steps.currentWidget() is self.choose:
            self._update_choose()
