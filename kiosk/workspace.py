"""Session workspaces: a private folder per session under the runtime folder.

Everything a session creates on disk lives in its workspace, so erasing the session is
erasing one folder. The runtime root and each workspace are mode 0700 and owned by us;
a root that is a symlink or belongs to someone else is refused rather than trusted.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

PREFIX = "session-"


class WorkspaceError(Exception):
    """The runtime folder cannot hold private workspaces; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def prepare_root(root: Path) -> Path:
    """Create the runtime root (0700) if needed and check it is ours and private."""
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = root.lstat()
    except OSError as exc:
        raise WorkspaceError("runtime_unwritable") from exc
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise WorkspaceError("runtime_not_a_folder")
    if info.st_uid != os.getuid():
        raise WorkspaceError("runtime_not_ours")
    if info.st_mode & 0o077:
        os.chmod(root, 0o700)
    return root


MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


def filesystem_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The type of the file system holding ``path`` (from /proc/self/mountinfo), if known."""
    try:
        text = mountinfo if mountinfo is not None else Path("/proc/self/mountinfo").read_text()
        target = os.path.realpath(path)
    except OSError:
        return None
    best, kind = "", None
    for line in text.splitlines():
        left, _, right = line.partition(" - ")
        fields, after = left.split(), right.split()
        if len(fields) < 5 or not after:
            continue
        mount_point = fields[4].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, kind = mount_point, after[0]
    return kind


def in_memory(path: Path) -> bool | None:
    """Whether ``path`` is on a RAM file system, where session files never reach a disk."""
    kind = filesystem_type(path)
    return None if kind is None else kind in MEMORY_FILESYSTEMS


@dataclass(frozen=True)
class Workspace:
    """One session's private folder."""

    path: Path

    @classmethod
    def create(cls, root: Path) -> Workspace:
        prepare_root(root)
        path = root / (PREFIX + os.urandom(8).hex())
        try:
            path.mkdir(mode=0o700)
        except OSError as exc:
            raise WorkspaceError("workspace_not_created") from exc
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
        return cls(path)

    def subdir(self, name: str) -> Path:
        sub = self.path / name
        sub.mkdir(mode=0o700, exist_ok=True)
        return sub

    def destroy(self) -> None:
        """Delete the folder and everything in it, even read-only files inside."""
        if not self.path.exists():
            return
        for folder, dirs, _files in os.walk(self.path):
            for name in dirs:
                p = Path(folder, name)
                if not p.is_symlink():
                    os.chmod(p, 0o700)
        shutil.rmtree(self.path)


def stale_workspaces(root: Path) -> list[Path]:
    """Workspaces left under `root` (by a crash or a power cut, or by a failed scrub)."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.name.startswith(PREFIX))


def sweep(root: Path) -> int:
    """Delete every workspace left under `root`; return how many were removed."""
    removed = 0
    for path in stale_workspaces(root):
        try:
            Workspace(path).destroy()
            removed += 1
        except OSError:
            continue
    return removed
