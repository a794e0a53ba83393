"""The PySide6 shell. The only package allowed to import Qt.

Importing it first makes PySide's import hook cheaper. Once PySide6.QtCore is loaded, every
module name imported anywhere is looked at once, to see whether that module opts into PySide's
`from __feature__ import ...` (which Kiosk never does): PySide reads the module's whole source
through `inspect.getsource`, 0.1 to 1.3 ms a module, about 10 ms for the shell's start. The same
question is answered here by looking for the same word in the file's bytes, without inspect.
If PySide's internals are not the expected ones, its own check stays.
"""

from __future__ import annotations

from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the hook whose check is replaced below)


def _mentions_pyside(module: ModuleType) -> bool:
    """What PySide's check answers: does the module's source file name PySide6?"""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, compiled or source-less: inspect finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _lighten_feature_check() -> None:
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]


_lighten_feature_check()
