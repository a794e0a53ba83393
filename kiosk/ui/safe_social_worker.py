"""Inside an open safe: let a social worker open it with their own secret, or withdraw that.

Three pages: the form (their name and where they work, a suggested secret shown large, the
secret the social worker types), the owner's consent, and once someone is named, who it is
with "Withdraw". The core (`OpenSafe.add_social_worker`) records the consent in the safe's
journal; the key derivation runs on a background task.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets import big_button
from kiosk.vault.records import MAX_NAME_CHARS, MIN_SECRET_CHARS
from kiosk.vault.store import OpenSafe


class SocialWorkerHost(Protocol):
    """What this step needs from the safe screen around it."""

    def current_safe(self) -> OpenSafe | None: ...
    def show_inside(self) -> None: ...
    def say(self, text: str, private: bool = False) -> None: ...  # the line above the step
    def start(self, text: str, call: Callable[[], Any], done: Callable[[Any], None],
              failed: Callable[[Any], None]) -> None: ...
    def error_sentence(self, error: object) -> str: ...


class SocialWorkerStep(QWidget):
    def __init__(self, host: SocialWorkerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safeSocialWorker")
        self._host = host
        self._named: str | None = None  # the social worker already named, if any
        self._confirm_withdraw = False
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self._build_form()
        self._build_consent()
        self._build_status()
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.form = QWidget()
        column = QVBoxLayout(self.form)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("safeSocialWorkerName")
        self.name_field.setMaxLength(MAX_NAME_CHARS)
        self.suggestion_label = QLabel()
        self.suggestion = QLabel()
        self.suggestion.setObjectName("sectionTitle")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.another_button = big_button("safeSocialWorkerAnother", "reload", 28)
        self.another_button.clicked.connect(self._suggest)
        suggested = QHBoxLayout()
        suggested.addWidget(self.suggestion, 1)
        suggested.addWidget(self.another_button)
        self.secret_label = QLabel()
        self.secret_label.setWordWrap(True)
        self.secret_field = QLineEdit()
        self.secret_field.setObjectName("safeSocialWorkerSecret")
        for field in (self.name_field, self.secret_field):
            field.setProperty("private", True)  # never read aloud
            field.setMinimumHeight(56)
            field.returnPressed.connect(self._ask_consent)
        self.suggestion.setProperty("private", True)
        self.form_error = QLabel()
        self.form_error.setObjectName("unlockError")
        self.form_error.setWordWrap(True)
        column.addWidget(self.name_label)
        column.addWidget(self.name_field)
        column.addWidget(self.suggestion_label)
        column.addLayout(suggested)
        column.addWidget(self.secret_label)
        column.addWidget(self.secret_field)
        column.addWidget(self.form_error)
        column.addStretch(1)
        self.form_back = big_button("safeSocialWorkerFormBack", "back", 32)
        self.form_back.clicked.connect(self._back)
        self.continue_button = big_button("safeSocialWorkerContinue", "go", 32)
        self.continue_button.setProperty("role", "primary")
        self.continue_button.clicked.connect(self._ask_consent)
        column.addLayout(_actions(self.form_back, self.continue_button))
        self.pages.addWidget(self.form)

    def _build_consent(self) -> None:
        self.consent = QWidget()
        column = QVBoxLayout(self.consent)
        self.consent_back = big_button("safeSocialWorkerConsentBack", "back", 32)
        self.consent_back.clicked.connect(self._show_form_again)
        self.agree_button = big_button("safeSocialWorkerAgree", "check", 36)
        self.agree_button.setProperty("role", "primary")
        self.agree_button.clicked.connect(self._agree)
        column.addLayout(_actions(self.consent_back, self.agree_button))
        column.addStretch(1)  # the buttons right under the question, clear of the keyboard
        self.pages.addWidget(self.consent)

    def _build_status(self) -> None:
        self.status = QWidget()
        column = QVBoxLayout(self.status)
        self.status_back = big_button("safeSocialWorkerStatusBack", "back", 32)
        self.status_back.clicked.connect(self._back)
        self.replace_button = big_button("safeSocialWorkerReplace", "reload", 32)
        self.replace_button.clicked.connect(lambda: self._show_form(clear=True))
        self.withdraw_button = big_button("safeSocialWorkerWithdraw", "trash", 32)
        self.withdraw_button.clicked.connect(self._withdraw)
        column.addLayout(_actions(self.status_back, self.replace_button, self.withdraw_button))
        column.addStretch(1)
        self.pages.addWidget(self.status)

    # -- pages ----------------------------------------------------------------------------

    def show_for(self, safe: OpenSafe) -> None:
        """Who can open the safe, or the form to name someone."""
        self._named = safe.social_worker()
        self._confirm_withdraw = False
        if self._named is None:
            self._show_form(clear=True)
        else:
            self._show_status()

    def _show_form(self, clear: bool) -> None:
        if clear:
            self.clear()
            self._suggest()
        self.pages.setCurrentWidget(self.form)
        self._say_page()
        self.name_field.setFocus()

    def _show_form_again(self) -> None:
        self._show_form(clear=False)

    def _show_status(self) -> None:
        self.pages.setCurrentWidget(self.status)
        self._retranslate_withdraw()
        self._say_page()

    def _say_page(self) -> None:
        page = self.pages.currentWidget()
        if page is self.form:
            self._host.say(self.tr(
                "You can let a social worker you trust open your safe, to help you with your"
                " papers. They open it with their own secret, not yours, and can read your"
                " documents. They cannot change your secret or delete your safe. Each visit"
                " is written in the history. You can withdraw this at any time."))
        elif page is self.consent:
            lines = [self.tr("Do you agree that %1 can open your safe and read your documents"
                             " with their own secret? You can withdraw this at any time.")
                     .replace("%1", self._typed_name())]
            if self._named is not None:
                lines.append(self.tr("%1 will no longer be able to open it.")
                             .replace("%1", self._named))
            self._host.say("\n".join(lines), private=True)
        elif page is self.status and self._named is not None:
            self._host.say(self.tr("Your social worker %1 can open this safe with their own"
                                   " secret. You can withdraw this at any time.")
                           .replace("%1", self._named), private=True)

    def _suggest(self) -> None:
        from kiosk.vault.crypto import new_passphrase

        self.suggestion.setText(new_passphrase(4))
        self.secret_field.clear()

    def _typed_name(self) -> str:
        return " ".join(self.name_field.text().split())

    # -- actions --------------------------------------------------------------------------

    def _ask_consent(self) -> None:
        secret = self.secret_field.text()
        if not self._typed_name():
            self.form_error.setText(self.tr("Type the name of the social worker."))
        elif len("".join(secret.split())) < MIN_SECRET_CHARS:
            self.form_error.setText(self.tr(
                "The social worker types the secret shown above, or a secret of their own of"
                " at least 6 letters."))
        else:
            self.form_error.clear()
            self.pages.setCurrentWidget(self.consent)
            self._say_page()

    def _agree(self) -> None:
        safe = self._host.current_safe()
        if safe is None:
            self._back()
            return
        name, secret = self._typed_name(), self.secret_field.text()
        self._host.start(self.tr("Saving…"), lambda: safe.add_social_worker(name, secret),
                         self._on_added, self._on_failed)

    def _on_added(self, _none: object) -> None:
        self._named = self._typed_name()
        self.clear()
        self._show_status()

    def _on_failed(self, error: object) -> None:
        self.pages.setCurrentWidget(self.form)
        self._say_page()
        self.form_error.setText(self._host.error_sentence(error))

    def _withdraw(self) -> None:
        safe = self._host.current_safe()
        if safe is None:
            self._back()
            return
        if not self._confirm_withdraw:
            self._confirm_withdraw = True
            self._retranslate_withdraw()
            return
        named = self._named or ""
        self._host.start(self.tr("Saving…"), safe.remove_social_worker,
                         lambda _none: self._on_withdrawn(named), self._on_failed_withdraw)

    def _on_withdrawn(self, named: str) -> None:
        self._named = None
        self._confirm_withdraw = False
        self._host.show_inside()
        self._host.say(self.tr("%1 can no longer open your safe.").replace("%1", named),
                       private=True)

    def _on_failed_withdraw(self, error: object) -> None:
        self._host.say(self._host.error_sentence(error))

    def _back(self) -> None:
        self.clear()
        self._host.show_inside()

    def reset(self) -> None:
        """The safe locked: forget who was named, too."""
        self.clear()
        self._named = None

    def clear(self) -> None:
        """Nothing typed stays on screen: the name, the secret, the suggestion."""
        for field in (self.name_field, self.secret_field):
            field.clear()
        self.suggestion.clear()
        self.form_error.clear()
        self._confirm_withdraw = False

    # -- words ----------------------------------------------------------------------------

    def _retranslate_withdraw(self) -> None:
        text = self.tr("Really withdraw?") if self._confirm_withdraw else self.tr("Withdraw")
        self.withdraw_button.setText(text)
        self.withdraw_button.setAccessibleName(text)

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Name of the social worker, and where they work:"))
        self.suggestion_label.setText(self.tr("A secret for the social worker:"))
        self.secret_label.setText(self.tr(
            "Social worker: type this secret, or a secret of your own, and keep it. You will"
            " open this safe with it."))
        self.name_field.setAccessibleName(self.name_label.text())
        self.secret_field.setAccessibleName(self.secret_label.text())
        texts: list[tuple[QAbstractButton, str]] = [
            (self.another_button, self.tr("Another one")),
            (self.form_back, self.tr("Back")),
            (self.continue_button, self.tr("Continue")),
            (self.consent_back, self.tr("Back")),
            (self.agree_button, self.tr("Yes, I agree")),
            (self.status_back, self.tr("Back")),
            (self.replace_button, self.tr("Name someone else")),
        ]
        for button, text in texts:
            button.setText(text)
            button.setAccessibleName(text)
        self._retranslate_withdraw()
        if self.isVisible():
            self._say_page()


def _actions(back: QAbstractButton, *others: QAbstractButton) -> QHBoxLayout:
    """Back on the reading side's start, the other actions at its end."""
    row = QHBoxLayout()
    row.addWidget(back)
    row.addStretch(1)
    for button in others:
        row.addWidget(button)
    return row
