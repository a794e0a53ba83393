"""Read-aloud never freezes the screen while the speech service starts, or if it hangs."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui import read_aloud
from kiosk.ui.read_aloud import ReadAloud, speechd_address, speechd_answers

HAS_SPEECHD = shutil.which("speech-dispatcher") is not None
ON_CI = os.environ.get("CI") == "true"


@pytest.fixture
def runtime_dir(tmp_path: Path) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR; a speech-dispatcher started in it is stopped after."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    yield folder
    for pid_file in (folder / "speech-dispatcher" / "pid").glob("*.pid"):
        try:
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        except (ValueError, ProcessLookupError):
            pass


def test_the_address_is_found_as_the_client_library_finds_it() -> None:
    assert speechd_address({"XDG_RUNTIME_DIR": "/run/user/7"}) == (
        socket.AF_UNIX, "/run/user/7/speech-dispatcher/speechd.sock")
    assert speechd_address({"SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"}) == (
        socket.AF_UNIX, "/tmp/s.sock")
    assert speechd_address({"SPEECHD_ADDRESS": "inet_socket:10.0.0.2:7000"}) == (
        socket.AF_INET, ("10.0.0.2", 7000))


@pytest.mark.skipif(not HAS_SPEECHD and not ON_CI, reason="speech-dispatcher not installed")
def test_the_real_service_is_started_and_answers(runtime_dir: Path) -> None:
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime_dir)}
    assert speechd_answers(timeout=10, env=env)
    assert (runtime_dir / "speech-dispatcher" / "speechd.sock").exists()
    assert speechd_answers(timeout=2, env=env)  # already there: answers at once


def test_a_service_that_never_answers_is_given_up(tmp_path: Path) -> None:
    path = tmp_path / "mute.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mute:
        mute.bind(str(path))
        mute.listen()  # accepts (the kernel does), never says a word
        env = {"SPEECHD_ADDRESS": f"unix_socket:{path}", "PATH": os.environ["PATH"]}
        assert not speechd_answers(timeout=0.5, env=env, spawn=["true"])


def test_no_service_and_none_to_start_is_given_up(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "PATH": os.environ["PATH"]}
    assert not speechd_answers(timeout=0.5, env=env, spawn=["true"])
    assert not speechd_answers(timeout=0.5, env=env, spawn=[str(tmp_path / "missing")])


def test_the_screen_goes_on_while_the_service_is_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "speechd")
    asked, answer = threading.Event(), threading.Event()

    def slow_service(*_args: object, **_kwargs: object) -> bool:
        asked.set()
        answer.wait(10)
        return False

    monkeypatch.setattr(read_aloud, "speechd_answers", slow_service)
    reader = ReadAloud()
    reader.say("Bonjour")  # returns while the service has not answered
    assert asked.wait(5)
    assert reader.last_text == "Bonjour" and not reader.available
    answer.set()
    qtbot.waitUntil(lambda: not reader._waiting, timeout=5000)
    assert not reader.available  # it did not answer: nothing is read, nothing hangs


@pytest.mark.skipif(not HAS_SPEECHD and not ON_CI, reason="speech-dispatcher not installed")
def test_what_was_asked_meanwhile_is_said_once_the_real_service_answers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, runtime_dir: Path
) -> None:
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "speechd")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    reader = ReadAloud()
    reader.say("Bonjour")
    qtbot.waitUntil(lambda: not reader._waiting, timeout=15000)
    assert reader.available
    assert reader.last_text == "Bonjour"
    reader.stop()
    reader.deleteLater()
