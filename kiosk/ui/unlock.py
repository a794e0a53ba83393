"""The staff unlock: a PIN pad, and the panel of what a mediator or an admin may do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.ui.widgets import Overlay, big_button, pictogram, wrapped_label


class UnlockDialog(Overlay):
    """Asks for a mediator or admin PIN. `on_submit` returns an error sentence or None."""

    def __init__(self, parent: QWidget, on_submit: Callable[[str], str | None]) -> None:
        super().__init__(parent, "unlockDialog")
        self._on_submit = on_submit
        self.title = wrapped_label("overlayTitle")
        self.body.addWidget(self.title)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self._submit)
        self.body.addWidget(self.pin)
        self.error = wrapped_label("unlockError")
        self.body.addWidget(self.error)
        pad = QGridLayout()
        for index, digit in enumerate("123456789"):
            pad.addWidget(self._digit(digit), index // 3, index % 3)
        self.erase = big_button("pinErase", "keyboard_erase", 32)
        self.erase.clicked.connect(self.pin.backspace)
        pad.addWidget(self.erase, 3, 0)
        pad.addWidget(self._digit("0"), 3, 1)
        self.ok = big_button("pinOk", "unlock", 32)
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self._submit)
        pad.addWidget(self.ok, 3, 2)
        self.body.addLayout(pad)
        self.cancel = big_button("unlockCancel", "back", 32)
        self.cancel.clicked.connect(self.close_overlay)
        self.body.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def _digit(self, digit: str) -> QPushButton:
        button = big_button(f"pin_{digit}")
        button.setProperty("role", "digit")
        button.setText(digit)
        button.setAccessibleName(digit)
        button.clicked.connect(lambda: self.pin.insert(digit))
        return button

    def open(self) -> None:
        self.pin.clear()
        self.error.clear()
        super().open()
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        error = self._on_submit(pin)
        if error is None:
            self.close_overlay()
        else:
            self.error.setText(error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff access: enter your PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.erase.setAccessibleName(self.tr("Erase one digit"))
        self.ok.setText(self.tr("Unlock"))
        self.ok.setAccessibleName(self.tr("Unlock"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))


class StaffPanel(Overlay):
    """What an unlocked mediator or admin can do here. Actions are given by the shell."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "staffPanel")
        self.body.addWidget(pictogram("unlock", 56))
        self.title = wrapped_label("overlayTitle")
        self.body.addWidget(self.title)
        self.actions_row = QHBoxLayout()
        self.body.addLayout(self.actions_row)
        self.buttons: dict[str, QPushButton] = {}
        self._labels: dict[str, Callable[[], str]] = {}
        self.lock = big_button("staffLock", "lock", 32)
        self.lock.clicked.connect(self.close_overlay)
        self.body.addWidget(self.lock, alignment=Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def set_actions(self, actions: list[tuple[str, str, Callable[[], None]]]) -> None:
        """(key, icon, callback) for each action allowed now."""
        for button in self.buttons.values():
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for key, icon_name, callback in actions:
            button = big_button(f"staff_{key}", icon_name, 40)
            button.clicked.connect(self.close_overlay)
            button.clicked.connect(callback)
            self.actions_row.addWidget(button)
            self.buttons[key] = button
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff access"))
        names = {
            "end_session": self.tr("End this session"),
            "extend": self.tr("Give more time"),
            "retry": self.tr("Check and put back in service"),
            "maintenance": self.tr("Maintenance"),
            "allow_scan": self.tr("Allow scanning"),
            "allow_print": self.tr("Allow more printing"),
            "safe_recovery": self.tr("Open a safe with its sheet"),
        }
        for key, button in self.buttons.items():
            button.setText(names.get(key, key))
            button.setAccessibleName(button.text())
        self.lock.setText(self.tr("Done"))
        self.lock.setAccessibleName(self.tr("Done"))
