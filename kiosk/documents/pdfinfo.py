"""How many pages a PDF has, counted in a separate process with limits.

A PDF from the web or a stick is untrusted: a hostile one can make a parser loop or eat
memory, so the count runs in a child process with a CPU and memory limit and a timeout.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

TIMEOUT_S = 20.0
MEMORY_LIMIT = 512 * 1024 * 1024
CPU_LIMIT_S = 15
# What the child prints: a page count, or one of these codes.
PROTECTED = "protected"
UNREADABLE = "unreadable"


class PdfError(Exception):
    """``code``: "unreadable" (damaged or not a PDF) or "protected" (encrypted)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_S, CPU_LIMIT_S))


def count_pages(path: Path) -> int:
    """The number of pages of the PDF at ``path``; raises PdfError."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-m", "kiosk.documents.pdfinfo", str(path)],
            capture_output=True, text=True, timeout=TIMEOUT_S, preexec_fn=_limit, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PdfError(UNREADABLE) from exc
    answer = done.stdout.strip()
    if answer == PROTECTED:
        raise PdfError(PROTECTED)
    if done.returncode != 0 or not answer.isdigit() or int(answer) < 1:
        raise PdfError(UNREADABLE)
    return int(answer)


def _child(path: str) -> str:
    import logging

    from pypdf import PdfReader

    logging.disable(logging.CRITICAL)  # pypdf warns about damaged files on stderr
    try:
        reader = PdfReader(path, strict=False)
        # Restrictions alone (an owner password) still let it open and print; a password
        # needed to open it does not.
        if reader.is_encrypted and not reader.decrypt(""):
            return PROTECTED
        return str(len(reader.pages))
    except Exception:  # noqa: BLE001 - any failure of the parser means "unreadable"
        return UNREADABLE


if __name__ == "__main__":
    print(_child(sys.argv[1]))
