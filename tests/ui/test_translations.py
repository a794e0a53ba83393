"""Every user-facing string exists in every shipped language, and the catalogues are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kiosk
from kiosk.config import SHIPPED_LANGUAGES

REPO = Path(kiosk.__file__).parent.parent
TS_DIR = REPO / "translations"
QM_DIR = Path(kiosk.__file__).parent / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
FORMS = {"fr": 2, "en": 2, "es": 2, "ar": 6, "pt": 2, "uk": 3}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What the code asks to translate now, read by Qt's own lupdate."""
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    sources = sorted(str(p) for p in (REPO / "kiosk" / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(out)], check=True, capture_output=True)
    return set(messages(out))


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_every_string_is_translated(language: str, code_strings: set[tuple[str, str]]) -> None:
    shipped = messages(TS_DIR / f"kiosk_{language}.ts")
    missing = sorted(code_strings - set(shipped))
    assert missing == [], f"run scripts/translations, then translate: {missing}"
    untranslated = []
    for key in sorted(code_strings):
        translation = shipped[key].find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            untranslated.append(key)
            continue
        if shipped[key].get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != FORMS[language] or not all(forms):
                untranslated.append(key)
            elif "%n" in key[1] and not all("%n" in f for f in forms):
                untranslated.append(key)
        elif not (translation.text or "").strip():
            untranslated.append(key)
    assert untranslated == []


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_shipped_catalogue_is_built_from_its_source(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"kiosk_{language}.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(TS_DIR / f"kiosk_{language}.ts"), "-qm", str(built)],
        check=True,
    )
    assert built.read_bytes() == (QM_DIR / f"kiosk_{language}.qm").read_bytes(), (
        "the .qm is stale: run scripts/translations --build"
    )
