"""A private cupsd for tests: its own socket, spool, cache and logs, and a cups-pdf queue.

cups-pdf reads its per-queue configuration from /etc/cups whatever the ServerRoot, so the
queue's device URI carries a random instance name and /etc/cups/cups-pdf-<name>.conf (removed
at teardown) sends the PDFs to our own folder. cups-pdf only runs as root.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD_NAME = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
PPD_FILE = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF_DIR = Path("/etc/cups")
QUEUE = "KioskTest"
TOOLS = ("lpadmin", "lpstat", "cupsenable", "cupsdisable", "cupsaccept", "cupsreject", "cancel")


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def skip_reason() -> str | None:
    """Why a private cupsd with a cups-pdf queue cannot run here, or None."""
    if os.geteuid() != 0:
        return "cups-pdf must run as root (it refuses otherwise)"
    if not CUPSD.exists():
        return "cupsd is not installed (apt-get install cups)"
    if not CUPS_PDF_BACKEND.exists() or not PPD_FILE.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    missing = [tool for tool in TOOLS if not _which(tool)]
    if missing:
        return f"CUPS client tools missing: {', '.join(missing)} (apt-get install cups-client)"
    return None


def _which(tool: str) -> str | None:
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")


class PrivateCups:
    """A cupsd under a fresh folder in /tmp, listening only on a unix socket there.

    /tmp rather than pytest's tmp_path: the socket path must stay short (108 bytes) and the
    filters, which run as user lp, must be able to reach the spool.
    """

    def __init__(self, *, preserve_history: bool = False) -> None:
        reason = skip_reason()
        if reason:
            pytest.skip(reason)
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.root.chmod(0o755)
        self.queue = QUEUE
        self.instance = f"kiosktest-{secrets.token_hex(4)}"
        self.socket = self.root / "cups.sock"
        self.spool = self.root / "spool"
        self.out = self.root / "out"
        self.cups_pdf_conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{self.instance}.conf"
        self._preserve_history = preserve_history
        self._process: subprocess.Popen[bytes] | None = None

    # -- lifecycle ------------------------------------------------------------------------

    @classmethod
    @contextlib.contextmanager
    def running(cls, *, preserve_history: bool = False) -> Iterator[PrivateCups]:
        server = cls(preserve_history=preserve_history)
        try:
            server.start()
            yield server
        finally:
            server.close()

    def start(self) -> None:
        etc = self.root / "etc"
        for folder in (
            etc / "ppd",
            self.spool / "tmp",
            self.root / "cache",
            self.root / "log",
            self.root / "state" / "certs",
            self.root / "gstmp",
            self.out,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        history = "Yes" if self._preserve_history else "No"
        (etc / "cupsd.conf").write_text(
            f"Listen {self.socket}\n"
            "Browsing No\nWebInterface No\nLogLevel info\n"
            f"PreserveJobHistory {history}\nPreserveJobFiles No\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
            encoding="utf-8",
        )
        r = self.root
        (etc / "cups-files.conf").write_text(
            f"ServerRoot {etc}\nRequestRoot {self.spool}\nTempDir {self.spool / 'tmp'}\n"
            f"CacheDir {r / 'cache'}\nStateDir {r / 'state'}\nPrintcap {r / 'printcap'}\n"
            f"AccessLog {r / 'log/access_log'}\nErrorLog {r / 'log/error_log'}\n"
            f"PageLog {r / 'log/page_log'}\nSystemGroup root\n",
            encoding="utf-8",
        )
        # Out: our folder; Spool, Log, GSTmp: keep cups-pdf's own files out of /var too.
        self.cups_pdf_conf.write_text(
            f"Out {self.out}\nSpool {r / 'cups-pdf-spool'}\nLog {r / 'log'}\nLogType 3\n"
            f"GSTmp {r / 'gstmp'}\n",
            encoding="utf-8",
        )
        log = (r / "log" / "cupsd.out").open("ab")
        self._process = subprocess.Popen(
            [str(CUPSD), "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
            stdout=log,
            stderr=log,
            env=self.env(),
        )
        log.close()
        wait_until(self._running, 10.0, "the private cupsd to listen")
        self.run(
            "lpadmin",
            "-p",
            self.queue,
            "-E",
            "-v",
            f"cups-pdf:/{self.instance}",
            "-m",
            PPD_NAME,
            "-o",
            "printer-is-shared=false",
        )

    def close(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(10)
            self._process = None
        self.cups_pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def _running(self) -> bool:
        if self._process is not None and self._process.poll() is not None:
            log = (self.root / "log" / "cupsd.out").read_text(errors="replace")
            raise AssertionError(f"cupsd exited with {self._process.returncode}: {log}")
        if not self.socket.exists():
            return False
        result = subprocess.run(
            [_which("lpstat") or "lpstat", "-r"],
            env=self.env(),
            capture_output=True,
            text=True,
            check=False,
        )
        return "is running" in result.stdout

    # -- helpers for tests ----------------------------------------------------------------

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def run(self, *args: str) -> str:
        tool = _which(args[0]) or args[0]
        result = subprocess.run(
            [tool, *args[1:]],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def disable(self) -> None:
        """Stop the queue: it still accepts jobs, which wait (CUPS 'paused')."""
        self.run("cupsdisable", self.queue)

    def enable(self) -> None:
        self.run("cupsenable", self.queue)

    def reject(self) -> None:
        """Make the queue refuse new jobs."""
        self.run("cupsreject", self.queue)

    def accept(self) -> None:
        self.run("cupsaccept", self.queue)

    def jobs(self) -> list[str]:
        """Every job CUPS still knows on any queue, completed ones included ("KioskTest-3")."""
        return [
            line.split()[0]
            for line in self.run("lpstat", "-W", "all", "-o").splitlines()
            if line.strip()
        ]

    def spool_files(self, job_id: int) -> list[str]:
        """The control (c*) and document (d*) files cupsd keeps for ``job_id``."""
        prefix_c, prefix_d = f"c{job_id:05d}", f"d{job_id:05d}-"
        return sorted(
            p.name
            for p in self.spool.iterdir()
            if p.name == prefix_c or p.name.startswith(prefix_d)
        )

    def outputs(self) -> list[Path]:
        return sorted(self.out.glob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def wait_for_output(self, timeout: float = 15.0, after: int = 0) -> Path:
        """The newest PDF cups-pdf wrote, once there are more than ``after`` of them."""
        wait_until(lambda: len(self.outputs()) > after, timeout, "cups-pdf output")
        newest = self.outputs()[-1]
        # cups-pdf lets Ghostscript write in place: wait until the size holds still.
        size = -1
        while size != newest.stat().st_size:
            size = newest.stat().st_size
            time.sleep(0.1)
        return newest

    def reset(self) -> None:
        """Back to a fresh, enabled, accepting queue with no jobs, between tests."""
        self.run("cupsenable", self.queue)
        self.run("cupsaccept", self.queue)
        self.run("cancel", "-a", "-x", self.queue)
