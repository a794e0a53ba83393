"""Reading a channel's password or token from a file that only the admin can read.

The settings hold the path, never the secret; the secret is read when it is needed and is
never logged. A file that everyone may read is refused, as ssh refuses an open key.
"""

from __future__ import annotations

import stat
from pathlib import Path

from kiosk.help.errors import ChannelError


def read_secret(path: Path) -> str:
    """The secret in ``path`` without its trailing newline.

    Raises ChannelError("secret_unreadable") when it cannot be read and
    ChannelError("secret_too_open") when other users may read or change it.
    """
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IROTH | stat.S_IWOTH):
            raise ChannelError("secret_too_open")
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as error:
        raise ChannelError("secret_unreadable") from error
