"""My safe: create one (identifier, secret, recovery sheet), open it (secret or recovery
sheet), and inside: documents by category, add from My documents, view and print, delete,
the safe's journal, get everything, let a social worker open it (`safe_social_worker`), lock.
Opened by that social worker, a banner says so and the owner's own actions are hidden.

The keys and the files are the core's (`kiosk.vault`); every call that derives a key or
touches a file runs on a background task, and typed errors become sentences here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.artifacts import Artifact
from kiosk.ui.safe_social_worker import SocialWorkerStep
from kiosk.ui.widgets import Screen, big_button, compact_button, wrapped_label
from kiosk.ui.worker import Task, run_task
from kiosk.vault.service import SafeService
from kiosk.vault.store import Category, DocumentInfo, NewSafe, OpenSafe

CATEGORY_ICONS = {
    Category.IDENTITY: "id_card", Category.HOUSING: "home", Category.INCOME: "site_family",
    Category.TAXES: "site_tax", Category.HEALTH: "site_health",
    Category.EMPLOYMENT: "site_work", Category.OTHER: "file",
}


# Papers that usually carry an end date.
EXPIRING = (Category.IDENTITY,)


class SafeHost(Protocol):
    """What the safe screen needs from the rest of the shell."""

    def safe_folder(self) -> Path: ...  # the session's private folder for short-lived files
    def print_sheet(self, sheet: Path) -> bool: ...  # True: printing; False: put in the tray
    def pick_document(self) -> Artifact | None: ...
    def show_document(self, path: Path, mime: str) -> None: ...  # view and print
    def put_in_tray(self, path: Path, name: str, mime: str) -> None: ...
    def call_help(self) -> None: ...
    def write_sheet(self, new: NewSafe, out: Path) -> Path: ...
    def stick_ready(self) -> bool: ...
    def copy_to_stick(self, source: Path, name: str, cleanup: bool = False) -> None: ...


class SafeScreen(Screen):
    def __init__(self, service: SafeService, host: SafeHost, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("safeScreen")
        self._service = service
        self._host = host
        self._recovering = False
        self._new: NewSafe | None = None
        self._new_code = ""  # the recovery code shown until it is confirmed
        self._category = Category.IDENTITY
        self._confirm_delete: str | None = None
        self._adding: Artifact | None = None
        self._task = Task(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        self.title = wrapped_label("screenTitle")
        layout.addWidget(self.title)
        self.message = wrapped_label("overlayText")
        self.message.setObjectName("safeMessage")
        layout.addWidget(self.message)
        self.steps = QStackedWidget()
        # Larger text may need more room than the screen has: the steps scroll, the window
        # never grows past the screen.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.steps)
        layout.addWidget(scroller, 1)
        self._build_welcome()
        self._build_open()
        self._build_created()
        self._build_inside()
        self._build_journal()
        self._build_expiry()
        self._build_export()
        self.social_worker_step = SocialWorkerStep(self)
        self.steps.addWidget(self.social_worker_step)
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build_welcome(self) -> None:
        self.welcome = QWidget()
        column = QVBoxLayout(self.welcome)
        column.addStretch(1)
        self.open_button = big_button("safeOpen", "unlock", 40)
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(lambda: self._show_open(recovering=False))
        self.create_button = big_button("safeCreate", "safe", 40)
        self.create_button.clicked.connect(self._create)
        self.help_button = big_button("safeCallHelp", "help", 40)
        self.help_button.clicked.connect(lambda: self._host.call_help())
        for button in (self.open_button, self.create_button, self.help_button):
            column.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        self.steps.addWidget(self.welcome)

    def _build_open(self) -> None:
        self.open_form = QWidget()
        column = QVBoxLayout(self.open_form)
        self.identifier_label = QLabel()
        self.identifier = QLineEdit()
        self.identifier.setObjectName("safeIdentifier")
        self.secret_label = QLabel()
        self.secret = QLineEdit()
        self.secret.setObjectName("safeSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.identifier, self.secret):
            field.setProperty("private", True)
        for widget in (self.identifier_label, self.identifier, self.secret_label, self.secret):
            column.addWidget(widget)
        for field in (self.identifier, self.secret):
            field.setMinimumHeight(56)
            field.returnPressed.connect(self._submit_open)
        row = QHBoxLayout()
        self.show_secret = big_button("safeShowSecret", "view", 32)
        self.show_secret.setCheckable(True)
        self.show_secret.toggled.connect(self._toggle_show_secret)
        self.lost_button = big_button("safeLostSecret", "help", 32)
        self.lost_button.clicked.connect(lambda: self._show_open(not self._recovering))
        row.addWidget(self.show_secret)
        row.addWidget(self.lost_button)
        row.addStretch(1)
        column.addLayout(row)
        self.open_error = QLabel()
        self.open_error.setObjectName("unlockError")
        self.open_error.setWordWrap(True)
        column.addWidget(self.open_error)
        column.addStretch(1)
        actions = QHBoxLayout()
        self.open_back = big_button("safeOpenBack", "back", 32)
        self.open_back.clicked.connect(self.show_start)
        self.submit_button = big_button("safeSubmit", "unlock", 36)
        self.submit_button.setProperty("role", "primary")
        self.submit_button.clicked.connect(self._submit_open)
        actions.addWidget(self.open_back)
        actions.addStretch(1)
        actions.addWidget(self.submit_button)
        column.addLayout(actions)
        self.steps.addWidget(self.open_form)

    def _build_created(self) -> None:
        self.created = QWidget()
        column = QVBoxLayout(self.created)
        self.created_labels: list[QLabel] = []
        self.created_values: list[QLabel] = []
        for _row in range(3):  # each name above its value: a long code still fits at ×2 text
            label = QLabel()
            value = QLabel()
            value.setObjectName("sectionTitle")
            value.setProperty("private", True)  # never read aloud
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            column.addWidget(label)
            column.addWidget(value)
            self.created_labels.append(label)
            self.created_values.append(value)
        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        column.addWidget(self.sheet_note)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        column.addWidget(self.confirm_label)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("safeConfirm")
        self.confirm.setProperty("private", True)
        self.confirm.setMinimumHeight(56)
        self.confirm.returnPressed.connect(self._confirm_sheet)
        column.addWidget(self.confirm)
        self.confirm_error = QLabel()
        self.confirm_error.setObjectName("unlockError")
        column.addWidget(self.confirm_error)
        column.addStretch(1)
        self.confirm_button = big_button("safeConfirmSheet", "check", 36)
        self.confirm_button.setProperty("role", "primary")
        self.confirm_button.clicked.connect(self._confirm_sheet)
        column.addWidget(self.confirm_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.steps.addWidget(self.created)

    def _build_inside(self) -> None:
        self.inside = QWidget()
        column = QVBoxLayout(self.inside)
        column.setSpacing(8)
        self.social_worker_banner = QLabel()
        self.social_worker_banner.setObjectName("safeSocialWorkerBanner")
        self.social_worker_banner.setWordWrap(True)
        self.social_worker_banner.hide()
        column.addWidget(self.social_worker_banner)
        grid = QGridLayout()
        self.category_buttons: dict[Category, QToolButton] = {}
        for index, category in enumerate(Category):
            # Pictogram over a word in a fixed size: seven of them fit at any text size.
            button = compact_button(f"safeCategory_{category.value}", CATEGORY_ICONS[category])
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, c=category: self._choose_category(c))
            grid.addWidget(button, index // 4, index % 4)
            self.category_buttons[category] = button
        column.addLayout(grid)
        self.documents = QListWidget()
        self.documents.setObjectName("safeDocuments")
        self.documents.setProperty("private", True)  # the safe's contents are never read aloud
        column.addWidget(self.documents, 1)
        actions = QHBoxLayout()
        # Pictograms over short words: the row keeps its size whatever the text size.
        self.add_button = compact_button("safeAdd", "add_page")
        self.add_button.clicked.connect(self._add)
        self.export_button = compact_button("safeExport", "download")
        self.export_button.clicked.connect(self._export)
        self.journal_button = compact_button("safeJournal", "clock")
        self.journal_button.clicked.connect(self._show_journal)
        self.social_worker_button = compact_button("safeSocialWorkerButton", "social_worker")
        self.social_worker_button.clicked.connect(self._show_social_worker)
        self.lock_button = compact_button("safeLock", "lock")
        self.lock_button.clicked.connect(self.lock)
        for action in (self.add_button, self.export_button, self.journal_button,
                       self.social_worker_button):
            actions.addWidget(action)
        actions.addStretch(1)
        actions.addWidget(self.lock_button)
        column.addLayout(actions)
        self.steps.addWidget(self.inside)

    def _build_expiry(self) -> None:
        self.expiry_step = QWidget()
        column = QVBoxLayout(self.expiry_step)
        row = QHBoxLayout()
        self.expiry_month = QComboBox()
        self.expiry_month.setObjectName("safeExpiryMonth")
        self.expiry_year = QComboBox()
        self.expiry_year.setObjectName("safeExpiryYear")
        for combo in (self.expiry_month, self.expiry_year):
            combo.setMinimumHeight(56)
            row.addWidget(combo, 1)
        column.addLayout(row)
        column.addStretch(1)
        actions = QHBoxLayout()
        self.no_expiry_button = big_button("safeNoExpiry", "go", 32)
        self.no_expiry_button.clicked.connect(lambda: self._expiry_chosen(False))
        self.expiry_button = big_button("safeExpiry", "clock", 32)
        self.expiry_button.setProperty("role", "primary")
        self.expiry_button.clicked.connect(lambda: self._expiry_chosen(True))
        actions.addWidget(self.no_expiry_button)
        actions.addStretch(1)
        actions.addWidget(self.expiry_button)
        column.addLayout(actions)
        self.steps.addWidget(self.expiry_step)

    def _build_export(self) -> None:
        self.export_step = QWidget()
        column = QVBoxLayout(self.export_step)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        column.addWidget(self.export_label)
        self.export_password = QLineEdit()
        self.export_password.setObjectName("safeExportPassword")
        self.export_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.export_password.setProperty("private", True)
        self.export_password.setMinimumHeight(56)
        column.addWidget(self.export_password)
        column.addStretch(1)
        actions = QHBoxLayout()
        self.export_back = big_button("safeExportBack", "back", 32)
        self.export_back.clicked.connect(self._show_inside)
        self.export_plain = big_button("safeExportPlain", "download", 32)
        self.export_plain.clicked.connect(lambda: self._export_now(False))
        self.export_locked = big_button("safeExportLocked", "lock", 32)
        self.export_locked.setProperty("role", "primary")
        self.export_locked.clicked.connect(lambda: self._export_now(True))
        actions.addWidget(self.export_back)
        actions.addStretch(1)
        actions.addWidget(self.export_plain)
        actions.addWidget(self.export_locked)
        column.addLayout(actions)
        self.steps.addWidget(self.export_step)

    def _build_journal(self) -> None:
        self.journal_step = QWidget()
        column = QVBoxLayout(self.journal_step)
        self.journal_list = QListWidget()
        self.journal_list.setObjectName("safeJournalList")
        self.journal_list.setProperty("private", True)
        column.addWidget(self.journal_list, 1)
        self.journal_back = big_button("safeJournalBack", "back", 32)
        self.journal_back.clicked.connect(self._show_inside)
        column.addWidget(self.journal_back, alignment=Qt.AlignmentFlag.AlignLeft)
        self.steps.addWidget(self.journal_step)

    # -- start, open, create --------------------------------------------------------------

    def show_start(self) -> None:
        """The first step, or the inside when this session's safe is open."""
        self.message.setProperty("private", False)
        if self._service.current is not None and self._new is None:
            self._show_inside()
            return
        if self._new is not None:
            self.steps.setCurrentWidget(self.created)
            return
        self.steps.setCurrentWidget(self.welcome)
        available = self._service.available
        self.open_button.setVisible(available)
        self.create_button.setVisible(available)
        self.help_button.setVisible(not available)
        self.message.setText(
            self.tr("Your safe keeps copies of your papers, locked with a secret that only"
                    " you know. The staff cannot open it. Nobody else can either, unless you"
                    " choose to let your social worker open it.")
            if available else
            self.tr("The safe is not available on this terminal. A mediator can tell you"
                    " more.")
        )

    def _show_open(self, recovering: bool) -> None:
        self.message.setProperty("private", False)
        self._recovering = recovering
        self.steps.setCurrentWidget(self.open_form)
        self.secret.clear()
        self.open_error.clear()
        self._retranslate_open()
        (self.secret if self.identifier.text() else self.identifier).setFocus()

    def start_recovery(self) -> None:
        """Straight to "open with my recovery sheet" (a mediator's shortcut)."""
        self._service.lock()
        self._show_open(recovering=True)

    def _toggle_show_secret(self, shown: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                else QLineEdit.EchoMode.Password)

    def _busy(self, text: str) -> bool:
        if self._task.running:
            return False
        self.message.setText(text)
        return True

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Any], None] | None = None) -> None:
        self._task = run_task(self, call, done, failed or self._on_failed)

    def _create(self) -> None:
        if not self._busy(self.tr("Making your safe…")):
            return
        self._run(self._service.create, self._on_created)

    def _on_created(self, new: object) -> None:
        if not isinstance(new, NewSafe):
            return
        self._new = new
        self._new_code = new.recovery_code
        self._show_created(new.identifier, new.secret, new.recovery_code, recovered=False)
        self._send_sheet(new)

    def _show_created(self, identifier: str, secret: str, code: str, recovered: bool) -> None:
        self.steps.setCurrentWidget(self.created)
        self.message.setText(
            self.tr("Your safe has a new secret. Learn it or write it down.") if recovered
            else self.tr("Your safe is ready. Learn your secret or write it down.")
        )
        for value, text in zip(self.created_values, (identifier, secret, code), strict=True):
            value.setText(text)
        self.confirm.clear()
        self.confirm_error.clear()
        self._retranslate_created()

    def _send_sheet(self, new: NewSafe) -> None:
        sheet = self._host.write_sheet(new, self._host.safe_folder() / "recovery-sheet.pdf")
        printing = self._host.print_sheet(sheet)
        self.sheet_note.setText(
            self.tr("Your recovery sheet is printing. Take it from the printer and keep it"
                    " with your papers.") if printing else
            self.tr("No printer is available: your recovery sheet is in My documents. Print"
                    " it, or ask a mediator.")
        )

    def _confirm_sheet(self) -> None:
        last = self._new_code.rsplit("-", 1)[-1].upper()
        if self.confirm.text().strip().upper().replace("O", "0") != last.replace("O", "0"):
            self.confirm_error.setText(
                self.tr("That is not the last group of the code on the sheet. Look again.")
            )
            return
        self._new = None
        self._new_code = ""
        self.created_values[1].clear()
        self._show_inside()

    def _submit_open(self) -> None:
        identifier, secret = self.identifier.text(), self.secret.text()
        if not identifier.strip() or not secret.strip():
            self.open_error.setText(self.tr("Type your identifier and your secret."))
            return
        if not self._busy(self.tr("Opening your safe…")):
            return
        self.secret.clear()
        if self._recovering:
            self._run(lambda: self._recover(identifier, secret), self._on_recovered)
        else:
            self._run(lambda: self._service.open(identifier, secret), self._on_opened)

    def _recover(self, identifier: str, code: str) -> tuple[OpenSafe, str, str]:
        """On the task's thread: open with the sheet, then a new secret and a new code."""
        from kiosk.vault.crypto import new_passphrase

        safe = self._service.recover(identifier, code)
        secret = new_passphrase()
        safe.change_secret(secret)
        return safe, secret, safe.rotate_recovery()

    def _on_recovered(self, value: object) -> None:
        if not isinstance(value, tuple):
            return
        safe, secret, code = value
        self._new_code = code
        self._new = NewSafe(safe.identifier, secret, code, safe.delete_after, safe)
        self._show_created(safe.identifier, secret, code, recovered=True)
        self._send_sheet(self._new)

    def _on_opened(self, _safe: object) -> None:
        self.identifier.clear()
        self._show_inside()

    def _on_failed(self, error: object) -> None:
        text = self._error_sentence(error)
        if self.steps.currentWidget() is self.open_form:
            self.open_error.setText(text)
            self._retranslate_open()
        else:
            self.message.setText(text)

    def _error_sentence(self, error: object) -> str:
        code = getattr(error, "code", "")
        if code == "locked":
            minutes = max(1, round(getattr(error, "retry_after_s", 60) / 60))
            return self.tr("Too many tries. Wait %n minute(s), then try again.", "", minutes)
        left = getattr(error, "attempts_left", None)
        sentences = {
            "unknown_identifier": self.tr(
                "No safe has this identifier on this terminal. Check it on your sheet."),
            "wrong_secret": self.tr("This secret does not open the safe. Check it, and"
                                    " try again."),
            "bad_recovery_code": self.tr(
                "This recovery code has a mistake. Copy it again from your sheet."),
            "recovery_only": self.tr(
                "Too many tries: now only your recovery sheet can open this safe."),
            "damaged": self.tr("A document of this safe is damaged. Call a mediator."),
            "closed": self.tr("Your safe locked itself. Open it again."),
            "disabled": self.tr("The safe is not available on this terminal."),
            "weak_secret": self.tr("This secret is too short: at least 6 letters."),
            "bad_name": self.tr("Type the name of the social worker."),
            "same_secret": self.tr("This is the owner's secret. The social worker needs a"
                                   " secret of their own."),
            "owner_only": self.tr("Only the owner of the safe can do this."),
        }
        text = sentences.get(code, self.tr("Something went wrong. Try again, or call a"
                                           " mediator."))
        if code == "wrong_secret" and left is not None:
            text += " " + self.tr("%n try(ies) left before only the sheet works.", "", left)
        return text

    # -- inside ---------------------------------------------------------------------------

    def _show_inside(self) -> None:
        safe = self._service.current
        if safe is None:
            self.show_start()
            return
        self.steps.setCurrentWidget(self.inside)
        documents = safe.documents()
        locale = QLocale()
        lines = [self.tr("Your safe will be deleted if it is not opened before %1.")
                 .replace("%1", _long_date(locale, safe.delete_after))]
        by_social_worker = safe.opened_by_social_worker
        self.social_worker_banner.setVisible(by_social_worker)
        self.social_worker_button.setVisible(not by_social_worker)  # the owner's choice only
        named = None if by_social_worker else safe.social_worker()
        if named is not None:
            lines.append(self.tr("Your social worker %1 can open this safe.")
                         .replace("%1", named))
        for info in safe.expiring(date.today()):
            if info.expires_on is not None:
                lines.append(self.tr("“%1” expires on %2: think of renewing it.")
                             .replace("%1", info.title)
                             .replace("%2", _long_date(locale, info.expires_on)))
        self.message.setText("\n".join(lines))
        self.message.setProperty("private", len(lines) > 1)  # a name, titles of papers
        for category, button in self.category_buttons.items():
            count = sum(1 for d in documents if d.category is category)
            button.setText(f"{self._category_name(category)} ({count})")
            button.setAccessibleName(button.text())
            button.setChecked(category is self._category)
        self._fill_documents([d for d in documents if d.category is self._category])

    def _fill_documents(self, documents: list[DocumentInfo]) -> None:
        self.documents.clear()
        self.document_buttons: dict[str, tuple[QToolButton, QToolButton, QToolButton]] = {}
        locale = QLocale()
        if not documents:
            item = QListWidgetItem(self.tr("No document here yet. Add one from My documents."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.documents.addItem(item)
            return
        for info in documents:
            item = QListWidgetItem()
            row = QWidget()
            row.setMinimumHeight(88)
            line = QHBoxLayout(row)
            line.setContentsMargins(8, 8, 8, 8)
            added = locale.toString(QDate(info.added_at.astimezone().date()),
                                    QLocale.FormatType.ShortFormat)
            size = locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            label = QLabel(f"{info.title}\n{added} · {size}")
            label.setWordWrap(True)
            line.addWidget(label, 1)
            view = compact_button(f"safeView_{info.id}", "view")
            view.setText(self.tr("View or print"))
            view.clicked.connect(lambda _=False, i=info: self._view(i))
            take = compact_button(f"safeTake_{info.id}", "documents")
            take.setText(self.tr("To My documents"))
            take.clicked.connect(lambda _=False, i=info: self._to_tray(i))
            stick = None
            if self._host.stick_ready():
                stick = compact_button(f"safeToStick_{info.id}", "usb")
                stick.setText(self.tr("To the USB stick"))
                stick.clicked.connect(lambda _=False, i=info: self._to_stick(i))
            remove = compact_button(f"safeDelete_{info.id}", "trash")
            remove.setText(self.tr("Really delete?") if self._confirm_delete == info.id
                           else self.tr("Delete"))
            remove.clicked.connect(lambda _=False, i=info: self._delete(i))
            for button in (view, take, stick, remove):
                if button is not None:
                    button.setAccessibleName(f"{button.text()}: {info.title}")
                    line.addWidget(button)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, info.title)
            item.setSizeHint(row.sizeHint().expandedTo(QSize(0, 104)))
            self.documents.addItem(item)
            self.documents.setItemWidget(item, row)
            self.document_buttons[info.id] = (view, take, remove)

    # -- the social worker (SocialWorkerHost) ---------------------------------------------

    def _show_social_worker(self) -> None:
        safe = self._service.current
        if safe is None:
            self.show_start()
            return
        self._service.touch()
        self.steps.setCurrentWidget(self.social_worker_step)
        self.social_worker_step.show_for(safe)

    def current_safe(self) -> OpenSafe | None:
        self._service.touch()
        return self._service.current

    def show_inside(self) -> None:
        self._show_inside()

    def say(self, text: str, private: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("private", private)

    def start(self, text: str, call: Callable[[], Any], done: Callable[[Any], None],
              failed: Callable[[Any], None]) -> None:
        if self._busy(text):
            self._run(call, done, failed)

    def error_sentence(self, error: object) -> str:
        return self._error_sentence(error)

    def _choose_category(self, category: Category) -> None:
        self._category = category
        self._confirm_delete = None
        self._show_inside()

    def _add(self) -> None:
        safe = self._service.current
        artifact = self._host.pick_document()
        if safe is None or artifact is None or artifact.path is None:
            self._show_inside()
            return
        self._adding = artifact
        if self._category in EXPIRING:
            self._ask_expiry()  # an ID card, a residence permit: it may expire
        else:
            self._store_added(None)

    def _ask_expiry(self) -> None:
        self.steps.setCurrentWidget(self.expiry_step)
        self.message.setText(self.tr("Does this paper have an end date (an ID card, a residence"
                                     " permit)? Your safe will remind you two months before."))
        locale = QLocale()
        self.expiry_month.clear()
        for month in range(1, 13):
            self.expiry_month.addItem(locale.standaloneMonthName(month), month)
        self.expiry_year.clear()
        this_year = date.today().year
        for year in range(this_year, this_year + 16):
            self.expiry_year.addItem(str(year), year)

    def _expiry_chosen(self, with_date: bool) -> None:
        expires = None
        if with_date:
            year, month = self.expiry_year.currentData(), self.expiry_month.currentData()
            expires = date(int(year), int(month), 1)
        self._store_added(expires)

    def _store_added(self, expires_on: date | None) -> None:
        safe, artifact = self._service.current, self._adding
        self._adding = None
        if safe is None or artifact is None or artifact.path is None:
            self.show_start()
            return
        path, category, mime, name = artifact.path, self._category, artifact.mime, \
            artifact.display_name
        title = name.rsplit(".", 1)[0] if "." in name else name
        if not self._busy(self.tr("Putting the document in your safe…")):
            return
        self._run(
            lambda: safe.add(path, category, title, mime, name, expires_on),
            lambda _info: self._show_inside(),
        )

    def _decrypted(self, info: DocumentInfo, out: Path, event: str,
                   then: Callable[[Path], None]) -> None:
        """Decrypt ``info`` into ``out`` (the session's runtime folder, mode 0600) on a task,
        note ``event`` in the safe's journal, then call ``then`` with the file."""
        safe = self._service.current
        if safe is None:
            self.show_start()
            return
        self._service.touch()

        def decrypt() -> Path:
            with os.fdopen(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
                           "wb") as sink:
                for chunk in safe.chunks(info.id):
                    sink.write(chunk)
            safe.record(event, info.title)
            return out

        self._run(decrypt, lambda _path: then(out))

    def _view(self, info: DocumentInfo) -> None:
        out = self._host.safe_folder() / f"view-{info.id}{Path(info.original_name).suffix}"
        self._decrypted(info, out, "viewed", lambda path: self._host.show_document(path, info.mime))

    def _to_tray(self, info: DocumentInfo) -> None:
        """A copy in My documents, to attach to a web form or print (erased with the session)."""

        def done(path: Path) -> None:
            self._host.put_in_tray(path, info.original_name or info.title, info.mime)
            path.unlink(missing_ok=True)
            self._show_inside()
            self.message.setText(self.tr("A copy of “%1” is in My documents until the end of"
                                         " the session.").replace("%1", info.title))
            self.message.setProperty("private", True)

        self._decrypted(info, self._host.safe_folder() / f"take-{info.id}", "exported", done)

    def _to_stick(self, info: DocumentInfo) -> None:
        """Decrypted to the session's runtime folder only for the copy, then removed."""
        self._decrypted(
            info, self._host.safe_folder() / f"stick-{info.id}", "exported",
            lambda path: self._host.copy_to_stick(
                path, info.original_name or info.title, cleanup=True),
        )

    def _delete(self, info: DocumentInfo) -> None:
        safe = self._service.current
        if safe is None:
            return
        if self._confirm_delete != info.id:
            self._confirm_delete = info.id
            self._show_inside()
            return
        self._confirm_delete = None
        self._run(lambda: safe.delete(info.id), lambda _none: self._show_inside())

    def _export(self) -> None:
        """"Get everything": a plain ZIP, or one locked with a password (the age format)."""
        if self._service.current is None:
            self.show_start()
            return
        self.message.setProperty("private", False)
        self.steps.setCurrentWidget(self.export_step)
        self.export_password.clear()
        self.message.setText(self.tr(
            "All your documents in one file, with a list of them. You can lock that file with"
            " a password: it then opens with the free program “age”."))

    def _export_now(self, protected: bool) -> None:
        safe = self._service.current
        password = self.export_password.text() if protected else None
        if safe is None:
            self.show_start()
            return
        if protected and len((password or "").strip()) < 8:
            self.message.setText(self.tr("Choose a password of at least 8 characters."))
            return
        if not self._busy(self.tr("Gathering all your documents…")):
            return
        self.export_password.clear()
        out = self._host.safe_folder() / ("my-safe.zip.age" if protected else "my-safe.zip")

        def gather() -> Path:
            from kiosk.vault.export import ExportItem, export_all

            items = [
                (ExportItem(d.category.value, d.title, d.original_name, d.mime, d.added_at,
                            d.expires_on, d.sha256), safe.chunks(d.id))
                for d in safe.documents()
            ]
            with open(out, "wb") as sink:
                export_all(items, sink, password)
            safe.record("exported")
            return out

        def done(_path: object) -> None:
            name = self.tr("My safe") + (".zip.age" if protected else ".zip")
            mime = "application/octet-stream" if protected else "application/zip"
            self._host.put_in_tray(out, name, mime)
            out.unlink(missing_ok=True)
            self._show_inside()
            self.message.setText(
                self.tr("All your documents are in My documents, in one file locked with your"
                        " password, with a list of them.") if protected else
                self.tr("All your documents are in My documents, in one ZIP file, with a list"
                        " of them."))

        self._run(gather, done)

    def _show_journal(self) -> None:
        self.message.setProperty("private", False)
        safe = self._service.current
        if safe is None:
            self.show_start()
            return
        self.steps.setCurrentWidget(self.journal_step)
        self.message.setText(self.tr("Everything that happened to your safe:"))
        self.journal_list.clear()
        locale = QLocale()
        for entry in reversed(safe.journal()):
            when = locale.toString(QDateTime(entry.at.astimezone()), QLocale.FormatType.ShortFormat)
            text = f"{when} · {self._event_name(entry.event)}"
            if entry.detail:
                text += f" · {entry.detail}"
            self.journal_list.addItem(text)

    def lock(self) -> None:
        self._service.lock()
        self.identifier.clear()
        self.secret.clear()
        self.documents.clear()
        self.journal_list.clear()
        self.social_worker_step.reset()
        self.show_start()

    def locked_by_itself(self) -> None:
        """The safe locked after a while without a touch."""
        self.lock()
        self.message.setText(self.tr("Your safe locked itself after a while without use."
                                     " Open it again to go on."))

    def reset(self) -> None:
        """Session end: nothing of this person stays on the screen."""
        self._new = None
        self._new_code = ""
        for value in self.created_values:
            value.clear()
        self.confirm.clear()
        self.lock()

    # -- words ----------------------------------------------------------------------------

    def _category_name(self, category: Category) -> str:
        return {
            Category.IDENTITY: self.tr("Identity"), Category.HOUSING: self.tr("Housing"),
            Category.INCOME: self.tr("CAF, income"), Category.TAXES: self.tr("Taxes"),
            Category.HEALTH: self.tr("Health"), Category.EMPLOYMENT: self.tr("Work"),
            Category.OTHER: self.tr("Other"),
        }[category]

    def _event_name(self, event: str) -> str:
        return {
            "created": self.tr("safe created"), "opened": self.tr("opened"),
            "added": self.tr("document added"), "viewed": self.tr("document viewed"),
            "printed": self.tr("document printed"), "exported": self.tr("everything exported"),
            "deleted": self.tr("document deleted"),
            "failed_attempts": self.tr("wrong secret typed"),
            "recovered": self.tr("opened with the recovery sheet"),
            "secret_changed": self.tr("secret changed"),
            "recovery_changed": self.tr("new recovery sheet"),
            "social_worker_added": self.tr("you allowed a social worker to open your safe"),
            "social_worker_removed": self.tr("you withdrew a social worker's access"),
            "opened_by_social_worker": self.tr("opened by your social worker"),
        }.get(event, event)

    def _retranslate_open(self) -> None:
        self.identifier_label.setText(self.tr("Your identifier (on your sheet, like K7-MX4Q):"))
        self.secret_label.setText(
            self.tr("The recovery code printed on your sheet:") if self._recovering
            else self.tr("Your secret:")
        )
        self.lost_button.setText(
            self.tr("I have my secret") if self._recovering
            else self.tr("I lost my secret: use my sheet")
        )
        self.identifier.setAccessibleName(self.identifier_label.text())
        self.secret.setAccessibleName(self.secret_label.text())
        self.lost_button.setAccessibleName(self.lost_button.text())

    def _retranslate_created(self) -> None:
        names = (self.tr("Your identifier:"), self.tr("Your secret:"),
                 self.tr("Your recovery code:"))
        for label, name in zip(self.created_labels, names, strict=True):
            label.setText(name)
        self.confirm_label.setText(
            self.tr("To check that you have the sheet, type the last group of the recovery"
                    " code (after the last dash). If you lose both your secret and the sheet,"
                    " your documents are lost.")
        )
        self.confirm.setAccessibleName(self.confirm_label.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("My safe"))
        texts: list[tuple[QAbstractButton, str]] = [
            (self.open_button, self.tr("Open my safe")),
            (self.create_button, self.tr("Create my safe")),
            (self.help_button, self.tr("Call a mediator")),
            (self.show_secret, self.tr("Show")),
            (self.open_back, self.tr("Back")),
            (self.submit_button, self.tr("Open")),
            (self.confirm_button, self.tr("Continue")),
            (self.add_button, self.tr("Add from My documents")),
            (self.export_button, self.tr("Get everything")),
            (self.journal_button, self.tr("History")),
            (self.social_worker_button, self.tr("Social worker")),
            (self.lock_button, self.tr("Lock my safe")),
            (self.journal_back, self.tr("Back")),
            (self.no_expiry_button, self.tr("No end date")),
            (self.export_back, self.tr("Back")),
            (self.export_plain, self.tr("ZIP without password")),
            (self.export_locked, self.tr("Lock it with the password")),
            (self.expiry_button, self.tr("It ends on this month")),
        ]
        for button, text in texts:
            button.setText(text)
            button.setAccessibleName(text)
        self.documents.setAccessibleName(self.tr("Documents"))
        self.journal_list.setAccessibleName(self.tr("History"))
        self.export_label.setText(self.tr("Password to lock the file (leave empty for a plain"
                                          " ZIP):"))
        self.export_password.setAccessibleName(self.export_label.text())
        self.expiry_month.setAccessibleName(self.tr("Month"))
        self.expiry_year.setAccessibleName(self.tr("Year"))
        self.social_worker_banner.setText(self.tr(
            "Opened by the social worker. The owner will see this visit in the history."))
        self.social_worker_step.retranslate()
        self._retranslate_open()
        self._retranslate_created()
        current = self.steps.currentWidget()
        if current is self.welcome:
            self.show_start()
        elif current is self.inside:
            self._show_inside()


def _long_date(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day), QLocale.FormatType.LongFormat)
