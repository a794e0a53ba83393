"""Workspaces are private and erasable; the tray keeps files inside them with clean names."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from kiosk.artifacts import ArtifactError, ArtifactRegistry, Origin, Verdict, clean_name
from kiosk.clock import FakeClock
from kiosk.workspace import (
    Workspace,
    WorkspaceError,
    filesystem_type,
    in_memory,
    prepare_root,
    sweep,
)


def test_workspace_is_0700_and_destroyed_with_read_only_content(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "run")
    assert stat.S_IMODE(ws.path.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "run").stat().st_mode) == 0o700
    inner = ws.subdir("usb")
    (inner / "f").write_text("x")
    os.chmod(inner, 0o500)
    ws.destroy()
    assert not ws.path.exists()


def test_root_that_is_a_symlink_is_refused(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    with pytest.raises(WorkspaceError) as caught:
        prepare_root(tmp_path / "link")
    assert caught.value.code == "runtime_not_a_folder"


def test_sweep_removes_only_workspaces(tmp_path: Path) -> None:
    root = tmp_path / "run"
    Workspace.create(root)
    Workspace.create(root)
    (root / "other").mkdir()
    assert sweep(root) == 2
    assert [p.name for p in root.iterdir()] == ["other"]


def test_clean_name_strips_bidi_and_control_characters() -> None:
    assert clean_name("facture\u202egpj.exe") == "facturegpj.exe"
    assert clean_name("a\x00b\nc") == "abc"
    assert clean_name("../../etc/passwd") == "_.._etc_passwd"
    assert clean_name("\u200f") == "document"


def test_tray_copies_files_in_and_erases_them(tmp_path: Path) -> None:
    tray = ArtifactRegistry(tmp_path / "ws" / "tray", FakeClock())
    seen: list[int] = []
    tray.subscribe(lambda items: seen.append(len(items)))
    source = tmp_path / "letter.pdf"
    source.write_bytes(b"%PDF-1.4 hello")
    art = tray.add_file(source, Origin.DOWNLOAD, "lettre CAF.pdf", "application/pdf")
    assert art.size == 14 and art.verdict is Verdict.CLEAN
    assert art.path is not None and art.path.parent.parent == tmp_path / "ws" / "tray"
    assert art.path.name == "lettre CAF.pdf"
    assert stat.S_IMODE(art.path.stat().st_mode) == 0o600
    refused = tray.add_refusal(Origin.USB, "setup.exe", "application/x-dosexec", 10, "executable")
    assert refused.path is None and refused.reason == "executable"
    assert [a.id for a in tray.kept()] == [art.id]
    tray.clear()
    assert not art.path.exists() and len(tray) == 0
    assert list((tmp_path / "ws" / "tray").iterdir()) == []
    assert source.exists()
    assert seen == [1, 2, 1, 0]


def test_blocked_files_are_never_kept(tmp_path: Path) -> None:
    tray = ArtifactRegistry(tmp_path / "tray", FakeClock())
    with pytest.raises(ArtifactError):
        tray.add_file(tmp_path, Origin.USB, "x", "x", Verdict.BLOCKED)


MOUNTINFO = """\
22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
30 22 0:25 / /run rw,nosuid,nodev - tmpfs tmpfs rw,mode=755
31 30 0:26 / /run/user/1000 rw - tmpfs tmpfs rw,mode=700
32 22 0:27 / /srv/with\\040space rw - ramfs none rw
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/run/kiosk", "tmpfs"),
        ("/run/user/1000/kiosk", "tmpfs"),
        ("/runner/kiosk", "ext4"),  # a prefix of a mount point's name is not inside it
        ("/var/lib/kiosk", "ext4"),
        ("/srv/with space/kiosk", "ramfs"),
    ],
)
def test_the_file_system_of_a_folder_comes_from_the_deepest_mount(path: str, kind: str) -> None:
    assert filesystem_type(Path(path), MOUNTINFO) == kind


def test_a_ram_file_system_counts_as_memory_and_a_disk_does_not(tmp_path: Path) -> None:
    assert in_memory(Path("/proc")) is False
    shm = Path("/dev/shm")
    if filesystem_type(shm) == "tmpfs":
        assert in_memory(shm) is True


def test_the_tray_takes_files_from_several_threads_at_once(tmp_path: Path) -> None:
    tray = ArtifactRegistry(tmp_path / "tray", FakeClock())
    source = tmp_path / "doc.txt"
    source.write_text("Bonjour")
    seen: list[int] = []
    tray.subscribe(lambda items: seen.append(len(items)))

    def admit(worker: int) -> None:
        for index in range(25):
            if index % 2:
                tray.add_refusal(Origin.DOWNLOAD, f"w{worker}-{index}", "x/y", 1, "executable")
            else:
                tray.add_file(source, Origin.USB, f"w{worker}-{index}.txt", "text/plain")
            tray.items()

    threads = [threading.Thread(target=admit, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    items = tray.items()
    assert len(items) == 100 and len({a.id for a in items}) == 100
    assert len(tray.kept()) == 52 and max(seen) == 100
