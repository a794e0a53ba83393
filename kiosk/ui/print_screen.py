"""Print: a preview, copies, colour or black and white, which pages, the session's quota,
then the job's progress until "printed" or a plain problem.

The rules (quota, ranges, neutral titles, scrub) live in `kiosk.printing`; talking to CUPS
blocks, so every call runs on a background task.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.printer import JobState, JobStatus, PrinterStatus
from kiosk.documents.pages import image_to_pdf
from kiosk.printing import MAX_COPIES, PrintPlan, PrintRefused, PrintService
from kiosk.ui.widgets import Screen, big_button, compact_button, wrapped_label
from kiosk.ui.worker import Task, run_task

POLL_MS = 1000
PREVIEW = QSize(420, 594)


class PrintScreen(Screen):
    def __init__(
        self,
        service: PrintService,
        on_help: Callable[[], None],
        on_device_problem: Callable[[bool], None] = lambda _problem: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printScreen")
        self._on_device_problem = on_device_problem
        self._service = service
        self._on_help = on_help
        self._folder: Path | None = None
        self._pdf: Path | None = None
        self._plan: PrintPlan | None = None
        self._problem: str | None = None  # a refusal code or printer status, for retranslate
        self._printer_problem: PrinterStatus | None = None  # jobs wait until it is solved
        self._job: int | None = None
        self._job_status: JobStatus | None = None
        self._copies = 1
        self._color = True
        self._page = 0
        self._document = QPdfDocument(self)
        self._task = Task(self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_job)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        self.title = wrapped_label("screenTitle")
        layout.addWidget(self.title)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        preview_column = QVBoxLayout()
        self.preview = QLabel()
        self.preview.setObjectName("printPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(200, 260))
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        preview_column.addWidget(self.preview, 1)
        pager = QHBoxLayout()
        self.previous_button = compact_button("printPreviousPage", "back")
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = compact_button("printNextPage", "go")
        self.next_button.clicked.connect(lambda: self._turn(1))
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.next_button)
        preview_column.addLayout(pager)
        body.addLayout(preview_column, 1)

        # The choices scroll rather than overlap when the text is made larger.
        options_area = QScrollArea()
        options_area.setWidgetResizable(True)
        options_area.setFrameShape(QFrame.Shape.NoFrame)
        options_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options_panel = QWidget()
        options_panel.setObjectName("printOptions")
        options_area.setWidget(options_panel)
        options = QVBoxLayout(options_panel)
        options.setSpacing(12)
        copies = QHBoxLayout()
        self.fewer_button = big_button("printFewer", "minus", 28)
        self.fewer_button.clicked.connect(lambda: self._set_copies(self._copies - 1))
        self.copies_label = QLabel()
        self.copies_label.setObjectName("sectionTitle")
        self.copies_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_button = big_button("printMore", "plus", 28)
        self.more_button.clicked.connect(lambda: self._set_copies(self._copies + 1))
        copies.addWidget(self.fewer_button)
        copies.addWidget(self.copies_label, 1)
        copies.addWidget(self.more_button)
        options.addLayout(copies)
        colours = QHBoxLayout()
        self.color_button = big_button("printColor", "color", 28)
        self.gray_button = big_button("printGray", "black_white", 28)
        for button, color in ((self.color_button, True), (self.gray_button, False)):
            button.setCheckable(True)
            button.setProperty("role", "topic")
            button.clicked.connect(lambda _=False, c=color: self._set_color(c))
            colours.addWidget(button)
        options.addLayout(colours)
        self.pages_label = QLabel()
        self.pages_label.setWordWrap(True)
        options.addWidget(self.pages_label)
        self.pages_field = QLineEdit()
        self.pages_field.setObjectName("printPages")
        self.pages_field.setMinimumHeight(56)
        self.pages_field.textChanged.connect(lambda _text: self._replan())
        options.addWidget(self.pages_field)
        self.quota_label = QLabel()
        self.quota_label.setObjectName("printQuota")
        self.quota_label.setWordWrap(True)
        options.addWidget(self.quota_label)
        options.addStretch(1)
        # What happens and what to do stay in view under the choices.
        right = QVBoxLayout()
        right.addWidget(options_area, 1)
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        self.help_button = big_button("printCallHelp", "help", 32)
        self.help_button.setProperty("role", "primary")
        self.help_button.clicked.connect(self._on_help)
        right.addWidget(self.help_button)
        self.print_button = big_button("printGo", "print", 36)
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self._print)
        right.addWidget(self.print_button)
        body.addLayout(right, 1)
        self.retranslate()

    # -- entering -------------------------------------------------------------------------

    def open_session(self, folder: Path) -> None:
        self._folder = folder

    def open_document(self, path: Path, mime: str) -> None:
        """Show ``path`` (a PDF, or an image printed as one A4 page) ready to print."""
        self._reset_choices()
        self._problem = "preparing"
        self._render_status()
        folder = self._folder or path.parent
        self._task = run_task(self, lambda: self._prepare(path, mime, folder),
                              self._on_prepared, self._on_refused)

    def _prepare(self, path: Path, mime: str, folder: Path) -> tuple[Path, PrintPlan]:
        """On the task's thread: an image becomes a PDF; then the plan (page count)."""
        if mime != "application/pdf":
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = image_to_pdf(path, folder / f"print-{time.monotonic_ns()}.pdf")
        return path, self._service.plan(path, 1, "", self._service.color_offered())

    def _on_prepared(self, value: object) -> None:
        if not isinstance(value, tuple):
            return
        self._pdf, self._plan = value
        self._color = self._plan.color
        self._document.load(str(self._pdf))
        self._page = 0
        self._problem = None
        self._render_preview()
        self._render_choices()
        self._check_printer()

    def _check_printer(self) -> None:
        self._status_task = run_task(self, self._service.status, self._on_printer_status)

    def _on_printer_status(self, status: object) -> None:
        troubled = status not in (PrinterStatus.READY, PrinterStatus.BUSY)
        self._on_device_problem(troubled)
        self._printer_problem = status if troubled and isinstance(status, PrinterStatus) else None
        self._render_choices()

    # -- choices --------------------------------------------------------------------------

    def _reset_choices(self) -> None:
        self._poll.stop()
        self._printer_problem = None
        self._pdf = None
        self._plan = None
        self._job = None
        self._job_status = None
        self._copies = 1
        self._document.close()
        self.preview.clear()
        self.pages_field.blockSignals(True)
        self.pages_field.clear()
        self.pages_field.blockSignals(False)

    def _set_copies(self, copies: int) -> None:
        self._copies = max(1, min(MAX_COPIES, copies))
        self._replan()

    def _set_color(self, color: bool) -> None:
        self._color = color
        self._replan()

    def _replan(self) -> None:
        if self._pdf is None or self._plan is None:
            return
        self._job = None
        self._job_status = None
        try:
            self._plan = self._service.plan(
                self._pdf, self._copies, self.pages_field.text(), self._color
            )
            self._problem = None
        except PrintRefused as refused:
            self._problem = refused.code
        self._render_choices()

    def _turn(self, step: int) -> None:
        self._page = max(0, min(self._document.pageCount() - 1, self._page + step))
        self._render_preview()

    # -- printing -------------------------------------------------------------------------

    def _print(self) -> None:
        plan = self._plan
        if plan is None or self._problem is not None or self._task.running:
            return
        self._problem = "sending"
        self.print_button.setEnabled(False)
        self._render_status()
        self._task = run_task(self, lambda: self._service.submit(plan), self._on_submitted,
                              self._on_refused)

    def _on_submitted(self, job_id: object) -> None:
        if not isinstance(job_id, int):
            return
        self._job = job_id
        self._problem = None
        self._job_status = JobStatus(JobState.PENDING)
        self._render_choices()
        self._poll.start()

    def _on_refused(self, error: object) -> None:
        self._problem = getattr(error, "code", "failed")
        self._render_choices()

    def _check_job(self) -> None:
        if self._job is None or self._task.running:
            return
        job = self._job
        self._task = run_task(self, lambda: self._service.job(job), self._on_job_status,
                              self._on_refused)

    def _on_job_status(self, status: object) -> None:
        if not isinstance(status, JobStatus):
            return
        self._job_status = status
        self._on_device_problem(
            status.state is JobState.FAILED
            or status.problem not in (None, PrinterStatus.READY, PrinterStatus.BUSY)
        )
        if status.state in (JobState.DONE, JobState.FAILED, JobState.CANCELLED):
            self._poll.stop()
        self._render_status()

    # -- showing --------------------------------------------------------------------------

    def _render_preview(self) -> None:
        count = self._document.pageCount()
        if count <= 0:
            self.preview.clear()
            self.page_label.clear()
            return
        room = self.preview.size().boundedTo(PREVIEW).expandedTo(QSize(120, 160))
        size = self._document.pagePointSize(self._page).toSize().scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio
        )
        image = self._document.render(self._page, size)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self._page + 1))
                                .replace("%2", str(count)))
        self.preview.setAccessibleName(self.page_label.text())
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)

    def _render_choices(self) -> None:
        self.copies_label.setText(self.tr("%n copy(ies)", "", self._copies))
        self.fewer_button.setEnabled(self._copies > 1)
        self.more_button.setEnabled(self._copies < MAX_COPIES)
        offered = self._service.color_offered()
        self.color_button.setVisible(offered)
        self.gray_button.setVisible(offered)
        self.color_button.setChecked(self._color and offered)
        self.gray_button.setChecked(not self._color or not offered)
        plan = self._plan
        if plan is not None:
            self.quota_label.setText(
                self.tr("This uses %n page(s).", "", plan.sheets) + " "
                + self.tr("You can print %n more page(s) in this session.", "",
                          self._service.quota_left)
            )
        busy = self._job is not None and (
            self._job_status is None
            or self._job_status.state in (JobState.PENDING, JobState.PRINTING)
        )
        over = plan is not None and plan.needs_unlock and self._problem is None
        missing = self._printer_problem is PrinterStatus.MISSING
        self.print_button.setEnabled(plan is not None and self._problem is None and not over
                                     and not busy and not missing)
        self.help_button.setVisible(
            over or self._problem in _NEEDS_HELP or self._printer_problem in _NEEDS_HELP
        )
        self._render_status()

    def _render_status(self) -> None:
        plan = self._plan
        text = ""
        if self._problem is not None:
            text = self._sentence(self._problem)
        elif self._job_status is not None:
            text = self._job_sentence(self._job_status)
        elif plan is not None and plan.needs_unlock:
            text = self._sentence("over_quota")
        elif self._printer_problem is PrinterStatus.MISSING:
            text = self._sentence(PrinterStatus.MISSING)
        elif self._printer_problem is not None:
            text = self.tr("Waiting for the printer:") + " " + self._sentence(self._printer_problem)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _job_sentence(self, status: JobStatus) -> str:
        if status.state is JobState.DONE:
            return self.tr("Printed. Take your pages from the printer.")
        if status.state is JobState.CANCELLED:
            return self.tr("The printing was stopped.")
        if status.state is JobState.FAILED:
            return self.tr("The printer could not print this document. Call a mediator.")
        if status.problem is not None and status.problem not in (
            PrinterStatus.READY, PrinterStatus.BUSY
        ):
            return self.tr("Waiting for the printer:") + " " + self._sentence(status.problem)
        if status.state is JobState.PRINTING:
            return self.tr("Printing…")
        return self.tr("Waiting for the printer…")

    def _sentence(self, code: str) -> str:
        return {
            "preparing": self.tr("Preparing the preview…"),
            "sending": self.tr("Sending to the printer…"),
            "bad_range": self.tr(
                "Write the pages like this: 1-3, 5 (pages 1 to 3, and page 5)."),
            "bad_copies": self.tr("Choose between 1 and 20 copies."),
            "over_quota": self.tr(
                "This needs more pages than are left for this session. A mediator can allow"
                " more: call one."),
            "unreadable": self.tr("This document cannot be read, so it cannot be printed."),
            "protected": self.tr(
                "This document is protected by a password, so it cannot be printed here."),
            PrinterStatus.NO_PAPER: self.tr("the printer has no paper. Call a mediator."),
            PrinterStatus.PAPER_JAM: self.tr("paper is stuck in the printer. Call a mediator."),
            PrinterStatus.NO_INK: self.tr("the printer has no ink left. Call a mediator."),
            PrinterStatus.DOOR_OPEN: self.tr("a door of the printer is open."),
            PrinterStatus.OFFLINE: self.tr("the printer is switched off or not connected."),
            PrinterStatus.MISSING: self.tr("No printer is available. Call a mediator."),
            "failed": self.tr("Something went wrong. Try again, or call a mediator."),
        }.get(code, self.tr("Something went wrong. Try again, or call a mediator."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._document.pageCount() > 0:
            QTimer.singleShot(0, self._render_preview)  # once the layout has settled

    def quota_changed(self) -> None:
        """A mediator allowed more pages."""
        self._replan()

    def reset(self) -> None:
        self._reset_choices()
        self._folder = None
        self._problem = None
        self.status.clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Print"))
        texts = [
            (self.previous_button, self.tr("Previous page")),
            (self.next_button, self.tr("Next page")),
            (self.fewer_button, self.tr("Fewer")),
            (self.more_button, self.tr("More")),
            (self.color_button, self.tr("Colour")),
            (self.gray_button, self.tr("Black and white")),
            (self.help_button, self.tr("Call a mediator")),
            (self.print_button, self.tr("Print")),
        ]
        for button, text in texts:
            button.setText(text)
            button.setAccessibleName(text)
        # Short words beside the pictograms where the row is narrow.
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.pages_label.setText(self.tr("Pages to print (empty: all), for example 1-3, 5:"))
        self.pages_field.setAccessibleName(self.pages_label.text())
        self.pages_field.setPlaceholderText(self.tr("All pages"))
        self._render_choices()
        if self._plan is not None:
            self._render_preview()


_NEEDS_HELP = {
    "over_quota", PrinterStatus.NO_PAPER, PrinterStatus.PAPER_JAM, PrinterStatus.NO_INK,
    PrinterStatus.OFFLINE, PrinterStatus.MISSING, "failed",
}
