"""An optional ClamAV scan of a file copied from a stick, when clamd is running.

Never relied on alone: a file still goes through the content check and the sandboxed
rebuild, and a clamd that is missing, slow or confused only means "not scanned". The copy
is streamed to clamd (INSTREAM over its Unix socket), so clamd needs no access to the
session's folder.
"""

from __future__ import annotations

import logging
import socket
import struct
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 64 * 1024
TIMEOUT_S = 30.0


class ClamdScanner:
    """clamd at ``socket_path``; ``scan`` returns the signature found, or None."""

    def __init__(self, socket_path: Path, timeout_s: float = TIMEOUT_S) -> None:
        self._path = socket_path
        self._timeout = timeout_s

    def _connect(self) -> socket.socket:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self._timeout)
        try:
            sock.connect(str(self._path))
        except OSError:
            sock.close()
            raise
        return sock

    def available(self) -> bool:
        """clamd answers PING."""
        if not self._path.is_socket():
            return False
        try:
            with self._connect() as sock:
                sock.sendall(b"zPING\0")
                return _reply(sock) == "PONG"
        except OSError:
            return False

    def scan(self, path: Path) -> str | None:
        """The name of what clamd found in the file, or None when it found nothing.

        Raises OSError when clamd cannot be asked or gives an answer it should not."""
        with self._connect() as sock, path.open("rb") as source:
            sock.sendall(b"zINSTREAM\0")
            while chunk := source.read(CHUNK):
                sock.sendall(struct.pack(">I", len(chunk)) + chunk)
            sock.sendall(struct.pack(">I", 0))
            answer = _reply(sock)
        if answer.endswith(" FOUND"):
            return answer.removeprefix("stream:").removesuffix(" FOUND").strip() or "unknown"
        if answer.endswith(" OK"):
            return None
        raise OSError(f"clamd answered an error ({answer[:60]!r})")


def _reply(sock: socket.socket) -> str:
    data = b""
    while not data.endswith(b"\0") and len(data) < 4096:
        part = sock.recv(4096)
        if not part:
            break
        data += part
    return data.rstrip(b"\0").decode("utf-8", "replace").strip()
