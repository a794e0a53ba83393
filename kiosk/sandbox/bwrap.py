"""Run one command inside bubblewrap, with limits, and say whether the sandbox works here.

The sandbox has no network, a new user namespace (the caller becomes uid 65534 there), no
capabilities, no further user namespaces, a new session and a clean environment. It sees a
read-only /usr (and the root-level links into it), the font configuration, its inputs read-only
at /in/<name>, an output folder read-write at /out, and a private /tmp. `prlimit` sets the
address-space, CPU, file-size and core limits; a wall-clock timeout kills the whole sandbox.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

PRLIMIT = "/usr/bin/prlimit"
OUTPUT_CAP = 1024 * 1024  # bytes kept of each of stdout and stderr; the rest is read and dropped
PROBE_TIMEOUT_S = 10.0
SANDBOX_UID = 65534
# Root-level paths that a merged-/usr system links into /usr (bound read-only where they are
# real directories instead).
_ROOT_LINKS = ("bin", "sbin", "lib", "lib32", "lib64", "libx32")
# Read-only system files the tools need: fonts (poppler, LibreOffice) and the linker's cache.
_SYSTEM_FILES = ("/etc/fonts", "/etc/ld.so.cache", "/etc/alternatives", "/var/cache/fontconfig")
_BASE_ENV = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "TMPDIR": "/tmp", "LANG": "C.UTF-8"}

CANCEL_POLL_S = 0.1
Bind = tuple[Path, str]  # (host path, path inside the sandbox), bound read-only
Sink = Callable[[bytes], None]  # takes stdout as it comes; raising stops the command


class Cancel(Protocol):
    """Anything that says when to give up, such as a threading.Event."""

    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class SandboxStatus:
    """Whether documents can be sandboxed here; if not, a code and bwrap's own words."""

    available: bool
    reason: str | None = None  # "missing" | "unusable"
    detail: str | None = None  # for the admin (never shown to the public)


@dataclass(frozen=True)
class SandboxResult:
    """How the sandboxed command ended; its output, each capped at OUTPUT_CAP bytes."""

    returncode: int
    stdout: bytes  # empty when it went to an `on_stdout` sink
    stderr: bytes


class SandboxError(Exception):
    """``code``: "unavailable", "timeout", "limit" (``detail``: "cpu", "file_size", "killed"),
    "cancelled" or "failed" (bubblewrap could not start the command)."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(code if detail is None else f"{code}: {detail}")
        self.code = code
        self.detail = detail


class Bubblewrap:
    """The sandbox, through the `bwrap` at `executable` (default: the one on PATH)."""

    def __init__(self, executable: str | Path | None = None) -> None:
        found = shutil.which("bwrap") if executable is None else str(executable)
        self.executable = found
        self._status: SandboxStatus | None = None
        self._lock = threading.Lock()

    def probe(self) -> SandboxStatus:
        """Whether a trivial command runs sandboxed with no capabilities (checked once)."""
        with self._lock:
            if self._status is None:
                self._status = self._probe()
            return self._status

    def _probe(self) -> SandboxStatus:
        if not self.executable or not os.access(self.executable, os.X_OK):
            return SandboxStatus(False, "missing", "bubblewrap (bwrap) is not installed")
        if not os.access(PRLIMIT, os.X_OK):
            return SandboxStatus(False, "unusable", f"{PRLIMIT} (util-linux) is missing")
        with tempfile.TemporaryDirectory(prefix="kiosk-probe-") as out:
            try:
                done = self._run(["/bin/cat", "/proc/self/status"], {}, Path(out), (),
                                 _Limits(256, 5, 1, PROBE_TIMEOUT_S), {})
            except SandboxError as error:  # bwrap's own complaint, e.g. "setting up uid map"
                return SandboxStatus(False, "unusable", error.detail or error.code)
        if done.returncode != 0:
            return SandboxStatus(False, "unusable", _first_line(done.stderr) or
                                 f"bwrap exited with status {done.returncode}")
        status = dict(line.split(":", 1) for line in done.stdout.decode("ascii", "replace")
                      .splitlines() if ":" in line)
        if status.get("CapEff", "").strip().strip("0"):
            return SandboxStatus(False, "unusable", "capabilities are not dropped")
        if status.get("Uid", "").split()[:1] != [str(SANDBOX_UID)]:
            return SandboxStatus(False, "unusable", "the user namespace is not in effect")
        return SandboxStatus(True)

    def run(self, argv: Sequence[str], *, inputs: Sequence[Path] | Mapping[str, Path] = (),
            output_dir: Path, memory_mb: int = 1024, cpu_s: int = 60, timeout_s: float = 120,
            file_size_mb: int = 512, env: Mapping[str, str] | None = None,
            ro_binds: Sequence[Bind] = (), cancel: Cancel | None = None,
            on_stdout: Sink | None = None, pass_fds: Sequence[int] = ()) -> SandboxResult:
        """Run `argv` sandboxed; `inputs` appear read-only at /in/<name> (a mapping names them),
        `output_dir` read-write at /out, `ro_binds` read-only where they say. `on_stdout`, when
        given, receives stdout as it comes (uncapped: the sink caps it) instead of the result;
        `pass_fds` stay open in the command (for a device, which cannot be bound).

        Returns however the command exited; raises SandboxError when the sandbox is
        unavailable, the command ran out of time, hit a limit or was cancelled (`cancel` is
        looked at every CANCEL_POLL_S), or bwrap could not start it; whatever `on_stdout`
        raises, once the command is killed.
        """
        if not self.probe().available:
            raise SandboxError("unavailable")
        named = dict(inputs) if isinstance(inputs, Mapping) else {p.name: p for p in inputs}
        for name, path in named.items():
            if not name or "/" in name or name in (".", "..") or "\0" in name:
                raise ValueError("bad input name")
            if path.is_symlink() or not path.is_file():
                raise ValueError("an input must be a regular file")
        if not output_dir.is_dir():
            raise ValueError("the output folder does not exist")
        limits = _Limits(memory_mb, cpu_s, file_size_mb, timeout_s)
        return self._run(argv, named, output_dir, ro_binds, limits, env or {}, cancel,
                         on_stdout, pass_fds)

    def _run(self, argv: Sequence[str], inputs: Mapping[str, Path], output_dir: Path,
             ro_binds: Sequence[Bind], limits: _Limits, env: Mapping[str, str],
             cancel: Cancel | None = None, on_stdout: Sink | None = None,
             pass_fds: Sequence[int] = ()) -> SandboxResult:
        assert self.executable is not None
        command = [self.executable, *_sandbox_args(inputs, output_dir, ro_binds, env), "--",
                   *limits.prlimit_args(), "--", *argv]
        try:
            # A session of its own, so a timeout kills bwrap's whole group; bwrap's
            # --die-with-parent then takes everything inside its PID namespace with it.
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, start_new_session=True,
                                    pass_fds=tuple(pass_fds))
        except OSError as error:
            raise SandboxError("failed", error.strerror) from error
        try:
            stdout, stderr, finished = _collect(proc, time.monotonic() + limits.timeout_s,
                                                cancel, on_stdout)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        if cancel is not None and cancel.is_set():
            raise SandboxError("cancelled")
        if not finished:
            raise SandboxError("timeout")
        code = proc.returncode
        if code in (128 + signal.SIGXCPU, -signal.SIGXCPU):
            raise SandboxError("limit", "cpu")
        if code in (128 + signal.SIGXFSZ, -signal.SIGXFSZ):
            raise SandboxError("limit", "file_size")
        if code in (128 + signal.SIGKILL, -signal.SIGKILL):
            raise SandboxError("limit", "killed")
        if code == 1 and stderr.startswith(b"bwrap: "):
            raise SandboxError("failed", _first_line(stderr))
        return SandboxResult(code, stdout, stderr)


@dataclass(frozen=True)
class _Limits:
    memory_mb: int
    cpu_s: int
    file_size_mb: int
    timeout_s: float

    def prlimit_args(self) -> list[str]:
        # CPU: SIGXCPU at the soft limit (told apart from other deaths), SIGKILL a second later.
        return [PRLIMIT, f"--as={self.memory_mb * 1024 * 1024}",
                f"--cpu={self.cpu_s}:{self.cpu_s + 1}",
                f"--fsize={self.file_size_mb * 1024 * 1024}", "--core=0"]


def _sandbox_args(inputs: Mapping[str, Path], output_dir: Path, ro_binds: Sequence[Bind],
                  env: Mapping[str, str]) -> list[str]:
    args = ["--unshare-all", "--unshare-user", "--uid", str(SANDBOX_UID), "--gid",
            str(SANDBOX_UID), "--disable-userns", "--cap-drop", "ALL", "--die-with-parent",
            "--new-session", "--clearenv", "--ro-bind", "/usr", "/usr"]
    for name in _ROOT_LINKS:
        path = Path("/", name)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    for system in _SYSTEM_FILES:
        args += ["--ro-bind-try", system, system]
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    for source, target in ro_binds:
        args += ["--ro-bind", str(source), target]
    for name, path in inputs.items():
        args += ["--ro-bind", str(path.resolve()), f"/in/{name}"]
    args += ["--bind", str(output_dir.resolve()), "/out", "--chdir", "/tmp"]
    for key, value in {**_BASE_ENV, **env}.items():
        args += ["--setenv", key, value]
    return args


def _collect(proc: subprocess.Popen[bytes], deadline: float, cancel: Cancel | None,
             on_stdout: Sink | None = None) -> tuple[bytes, bytes, bool]:
    """Stdout (unless `on_stdout` takes it) and stderr, capped, and whether the process ended
    before `deadline` (and before `cancel` was set)."""
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.fileno(), proc.stderr.fileno()
    kept = {out: bytearray(), err: bytearray()}
    with selectors.DefaultSelector() as selector:
        for fd in kept:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (cancel is not None and cancel.is_set()):
                return bytes(kept[out]), bytes(kept[err]), False
            wait = remaining if cancel is None else min(remaining, CANCEL_POLL_S)
            for key, _ in selector.select(wait):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    selector.unregister(key.fd)
                    continue
                if key.fd == out and on_stdout is not None:
                    on_stdout(chunk)
                    continue
                buffer = kept[key.fd]
                buffer += chunk[:max(0, OUTPUT_CAP - len(buffer))]
    while True:  # the pipes are closed, but the command may still run
        remaining = deadline - time.monotonic()
        if remaining <= 0 or (cancel is not None and cancel.is_set()):
            return bytes(kept[out]), bytes(kept[err]), False
        try:
            proc.wait(timeout=remaining if cancel is None else min(remaining, CANCEL_POLL_S))
            return bytes(kept[out]), bytes(kept[err]), True
        except subprocess.TimeoutExpired:
            continue


def _first_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[0][:200] if lines else ""


@dataclass(frozen=True)
class PythonRuntime:
    """How to start this Python inside the sandbox with some of its packages (under `site`)."""

    argv: tuple[str, ...]
    binds: tuple[Bind, ...]
    site: str = "/site"


def python_runtime(packages: Sequence[str] = ("PIL",)) -> PythonRuntime:
    """This interpreter (its installation bound read-only unless it is under /usr), run isolated
    and without site-packages, plus `packages` (and Pillow's bundled libraries) under /site."""
    interpreter = Path(os.path.realpath(sys.executable))
    prefix = Path(os.path.realpath(sys.base_prefix))
    binds: list[Bind] = []
    if not interpreter.is_relative_to("/usr"):
        root = prefix if interpreter.is_relative_to(prefix) else interpreter.parent
        binds.append((root, str(root)))
    for package in packages:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(package)
        directory = Path(spec.origin).parent
        binds.append((directory, f"/site/{package}"))
        # A wheel's bundled shared libraries, found through a relative RPATH (e.g. pillow.libs)
        bundled = directory.parent / ("pillow.libs" if package == "PIL" else f"{package}.libs")
        if bundled.is_dir():
            binds.append((bundled, f"/site/{bundled.name}"))
    return PythonRuntime((str(interpreter), "-I", "-S", "-B"), tuple(binds))


def describe(status: SandboxStatus) -> str:
    """One sentence for `kiosk doctor` and the admin's maintenance screen."""
    if status.available:
        return "USB sticks are read and documents rebuilt in the bubblewrap sandbox"
    if status.reason == "missing":
        return ("USB sticks cannot be read and documents from downloads are refused:"
                " bubblewrap is not installed (install the bubblewrap package).")
    return (f"USB sticks cannot be read and documents from downloads are refused: the"
            f" bubblewrap sandbox does not work here ({status.detail}); on Ubuntu 23.10 and"
            f" later, bwrap needs an AppArmor profile that allows user namespaces.")


@functools.cache
def default_sandbox() -> Bubblewrap:
    """The sandbox through the `bwrap` on PATH (one per process, so the probe runs once)."""
    return Bubblewrap()


def probe() -> SandboxStatus:
    """Whether the default sandbox works here (cached)."""
    return default_sandbox().probe()


def run(argv: Sequence[str], *, inputs: Sequence[Path] | Mapping[str, Path] = (),
        output_dir: Path, memory_mb: int = 1024, cpu_s: int = 60, timeout_s: float = 120,
        file_size_mb: int = 512, env: Mapping[str, str] | None = None,
        ro_binds: Sequence[Bind] = (), cancel: Cancel | None = None,
        on_stdout: Sink | None = None, pass_fds: Sequence[int] = ()) -> SandboxResult:
    """`Bubblewrap.run` on the default sandbox."""
    return default_sandbox().run(argv, inputs=inputs, output_dir=output_dir,
                                 memory_mb=memory_mb, cpu_s=cpu_s, timeout_s=timeout_s,
                                 file_size_mb=file_size_mb, env=env, ro_binds=ro_binds,
                                 cancel=cancel, on_stdout=on_stdout, pass_fds=pass_fds)
