"""A private Mosquitto broker for tests: loopback only, anonymous, persistent in tmp_path."""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.help.broker import BrokerSettings

SITE = "test-site"
WAIT_S = 20.0


def wait_until(condition: Callable[[], object], timeout: float = WAIT_S, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- Mosquitto ----------------------------------------------------------------------------


class Mosquitto:
    """A private broker: loopback only, anonymous, persistent in its own folder."""

    def __init__(self, root: Path) -> None:
        binary = shutil.which("mosquitto") or shutil.which(
            "mosquitto", path="/usr/sbin:/sbin:/usr/local/sbin"
        )
        if binary is None:
            pytest.skip("mosquitto is not installed (apt-get install mosquitto)")
        self.binary = binary
        self.port = free_port()
        self.root = root
        (root / "data").mkdir(parents=True)
        self.config = root / "mosquitto.conf"
        self.config.write_text(
            f"listener {self.port} 127.0.0.1\n"
            "allow_anonymous true\n"
            "persistence true\n"
            f"persistence_location {root / 'data'}/\n"
            f"user {getpass.getuser()}\n"  # as root, stay root: the folder is ours
            "log_dest stderr\n",
            encoding="utf-8",
        )
        self._process: subprocess.Popen[bytes] | None = None
        self._log = (root / "mosquitto.log").open("ab")

    def start(self) -> None:
        self._process = subprocess.Popen(
            [self.binary, "-c", str(self.config)], stdout=self._log, stderr=self._log
        )
        wait_until(self._accepting, 10.0, "mosquitto to listen")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()  # SIGTERM: sessions and retained messages are saved
            self._process.wait(10)
            self._process = None

    def close(self) -> None:
        self.stop()
        self._log.close()

    def settings(self) -> BrokerSettings:
        return BrokerSettings(host="127.0.0.1", port=self.port, site_id=SITE, keepalive_s=5,
                              reconnect_max_s=1)

    def _accepting(self) -> bool:
        assert self._process is not None
        if self._process.poll() is not None:
            raise AssertionError(f"mosquitto exited: {(self.root / 'mosquitto.log').read_text()}")
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            return True
        except OSError:
            return False
