"""The shipped languages: code, name in its own script, and writing direction."""

from __future__ import annotations

from kiosk.records import Record


class Language(Record):
    code: str
    endonym: str  # the language's name written in its own script; never translated
    right_to_left: bool = False


LANGUAGES: dict[str, Language] = {
    "fr": Language("fr", "Français"),
    "en": Language("en", "English"),
    "ar": Language("ar", "العربية", right_to_left=True),
    "es": Language("es", "Español"),
    "pt": Language("pt", "Português"),
    "uk": Language("uk", "Українська"),
}
