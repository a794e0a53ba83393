"""The core stays Qt-free: nothing outside kiosk/ui/ imports PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk

ROOT = Path(kiosk.__file__).parent


def test_only_the_ui_package_imports_pyside6() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        if "ui" in path.relative_to(ROOT).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_module_opens_with_a_docstring() -> None:
    missing = [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if "migrations" not in p.parts and ast.get_docstring(ast.parse(p.read_text())) is None
    ]
    assert missing == []


# What parses a stick's content: run only inside the sandbox, by its worker.
STICK_PARSING = frozenset((
    "list_folder", "list_fat_image", "list_source", "classify", "copy_out", "copy_file",
    "open_fat", "fat_offset", "detect_source", "FatVolume", "sniff",
))
# Nothing is typed outside the sandbox any more: web downloads go through `kiosk.intake`.
SNIFF_OUTSIDE_THE_SANDBOX: frozenset[str] = frozenset()


def test_nothing_from_a_stick_is_parsed_outside_the_sandbox_worker() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        where = str(path.relative_to(ROOT))
        if where in ("documents/stick.py", "documents/sniff.py", "sandbox/list_worker.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in (
                    "kiosk.documents.stick", "kiosk.documents.sniff"):
                used = {alias.name for alias in node.names} & STICK_PARSING
                if used and not (used == {"sniff"} and where in SNIFF_OUTSIDE_THE_SANDBOX):
                    offenders.append(f"{where}: {sorted(used)}")
            elif isinstance(node, ast.ImportFrom) and node.module == "kiosk.documents" and any(
                    alias.name in ("stick", "sniff") for alias in node.names):
                offenders.append(f"{where}: the whole module")
    assert offenders == []
