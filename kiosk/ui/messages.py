"""The one place where typed core errors become translated sentences."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from kiosk.roles import LockedOut, NoPinSet, WrongPin


class Messages(QObject):
    def unlock_error(self, error: Exception) -> str:
        if isinstance(error, WrongPin):
            if error.attempts_left > 0:
                return self.tr("Wrong PIN. %n attempt(s) left.", "", error.attempts_left)
            return self.tr("Wrong PIN.")
        if isinstance(error, LockedOut):
            minutes = max(1, math.ceil(error.retry_after_s / 60))
            return self.tr(
                "Too many wrong PINs. Try again in %n minute(s).", "", minutes
            )
        if isinstance(error, NoPinSet):
            return self.tr(
                "No staff PIN is set on this terminal. An administrator sets one with"
                " 'kiosk set-pin'."
            )
        return self.tr("The PIN could not be checked. Please try again.")

    def fact_names(self) -> dict[str, str]:
        return {
            "site": self.tr("Site"),
            "data": self.tr("Data folder"),
            "runtime": self.tr("Session folder"),
            "scrub": self.tr("Last erase check"),
            "passed": self.tr("passed"),
            "failed": self.tr("failed"),
            "none": self.tr("none yet"),
            "reason": self.tr("Out of service because of"),
        }
