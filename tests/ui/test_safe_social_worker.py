"""Letting a social worker open my safe, as the owner and the social worker see it: name them
and agree, lock, the social worker opens it with their own secret (a banner says so and the
owner's own actions are gone), the owner sees the visit in the history and withdraws."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.app import ShellApp
from kiosk.ui.safe_screen import SafeScreen

from .test_safe import LEFT, confirm, create, open_safe_screen

HELPER = "Mme Ndiaye, CCAS"


def open_with(screen: SafeScreen, qtbot: QtBot, identifier: str, secret: str) -> None:
    qtbot.mouseClick(screen.lock_button, LEFT)
    qtbot.mouseClick(screen.open_button, LEFT)
    screen.identifier.setText(identifier)
    screen.secret.setText(secret)
    qtbot.mouseClick(screen.submit_button, LEFT)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.inside, timeout=20_000)


def test_name_a_social_worker_who_opens_then_withdraw(shell: ShellApp, qtbot: QtBot) -> None:
    screen = open_safe_screen(shell, qtbot)
    identifier, owner_secret, code = create(screen, qtbot)
    confirm(screen, qtbot, code)
    step = screen.social_worker_step
    assert screen.social_worker_button.isVisible()
    assert not screen.social_worker_banner.isVisible()

    # The owner reads what it means, names the social worker, who types a secret.
    qtbot.mouseClick(screen.social_worker_button, LEFT)
    assert screen.steps.currentWidget() is step and step.pages.currentWidget() is step.form
    assert "withdraw this at any time" in screen.message.text()
    suggested = step.suggestion.text()
    assert len(suggested.split()) == 4
    qtbot.mouseClick(step.continue_button, LEFT)
    assert "name of the social worker" in step.form_error.text()
    step.name_field.setText(HELPER)
    step.secret_field.setText(suggested)
    qtbot.mouseClick(step.continue_button, LEFT)
    assert step.pages.currentWidget() is step.consent
    assert HELPER in screen.message.text() and "agree" in screen.message.text()
    qtbot.mouseClick(step.agree_button, LEFT)
    qtbot.waitUntil(lambda: step.pages.currentWidget() is step.status, timeout=20_000)
    assert f"Your social worker {HELPER} can open this safe" in screen.message.text()
    assert step.withdraw_button.isVisible()
    # Never read aloud: the name is the owner's business.
    controller = shell.window.controller
    assert controller is not None
    qtbot.mouseClick(shell.window.bar.listen, LEFT)
    assert "Ndiaye" not in controller.read_aloud.last_text
    qtbot.mouseClick(step.status_back, LEFT)
    assert screen.steps.currentWidget() is screen.inside
    assert f"Your social worker {HELPER} can open this safe." in screen.message.text()

    # The social worker opens it with their own secret: a banner, no owner's actions.
    open_with(screen, qtbot, identifier, suggested)
    safe = shell.core.safe.current
    assert safe is not None and safe.opened_by_social_worker
    assert screen.social_worker_banner.isVisible()
    assert "Opened by the social worker" in screen.social_worker_banner.text()
    assert not screen.social_worker_button.isVisible()
    assert screen.add_button.isVisible() and screen.export_button.isVisible()

    # The owner comes back: no banner, and the visit is in the history.
    open_with(screen, qtbot, identifier, owner_secret)
    assert not screen.social_worker_banner.isVisible()
    qtbot.mouseClick(screen.journal_button, LEFT)
    lines = [screen.journal_list.item(i).text() for i in range(screen.journal_list.count())]
    assert any("opened by your social worker" in line for line in lines)
    assert any("allowed a social worker" in line and HELPER in line for line in lines)
    qtbot.mouseClick(screen.journal_back, LEFT)

    # Withdraw, after a second tap: the social worker's secret no longer opens it.
    qtbot.mouseClick(screen.social_worker_button, LEFT)
    assert step.pages.currentWidget() is step.status
    qtbot.mouseClick(step.withdraw_button, LEFT)
    assert step.withdraw_button.text() == "Really withdraw?"
    qtbot.mouseClick(step.withdraw_button, LEFT)
    qtbot.waitUntil(lambda: screen.steps.currentWidget() is screen.inside, timeout=20_000)
    assert f"{HELPER} can no longer open your safe." in screen.message.text()
    qtbot.mouseClick(screen.lock_button, LEFT)
    qtbot.mouseClick(screen.open_button, LEFT)
    screen.identifier.setText(identifier)
    screen.secret.setText(suggested)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in screen.open_error.text(), timeout=20_000)


def test_the_owners_secret_cannot_be_the_social_workers(shell: ShellApp, qtbot: QtBot) -> None:
    screen = open_safe_screen(shell, qtbot)
    _identifier, owner_secret, code = create(screen, qtbot)
    confirm(screen, qtbot, code)
    step = screen.social_worker_step
    qtbot.mouseClick(screen.social_worker_button, LEFT)
    step.name_field.setText(HELPER)
    step.secret_field.setText(owner_secret)
    qtbot.mouseClick(step.continue_button, LEFT)
    qtbot.mouseClick(step.agree_button, LEFT)
    qtbot.waitUntil(lambda: step.form_error.text() != "", timeout=20_000)
    assert "secret of their own" in step.form_error.text()
    assert step.pages.currentWidget() is step.form
    safe = shell.core.safe.current
    assert safe is not None and safe.social_worker() is None
