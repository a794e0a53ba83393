"""Workspaces are private and erasable; the tray keeps files inside them with clean names."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.artifacts import ArtifactError, ArtifactRegistry, Origin, Verdict, clean_name
from kiosk.clock import FakeClock
from kiosk.workspace import Workspace, WorkspaceError, prepare_root, sweep


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
