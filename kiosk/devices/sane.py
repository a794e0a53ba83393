"""The SANE scanner: drives `scanimage` in a worker process, so that a stuck or crashing
backend can be killed without freezing or taking down the kiosk."""

from __future__ import annotations

import logging
import os
import queue
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk.devices.scanner import (
    PAGE_NAME,
    ScanError,
    ScanMode,
    ScannedPage,
    ScannerInfo,
    ScanProblem,
    ScanProgress,
    ScanRequest,
    ScanSource,
    next_page_number,
)

log = logging.getLogger(__name__)

QUERY_TIMEOUT_S = 30.0  # listing probes every configured backend; network ones are slow
CANCEL_GRACE_S = 0.5  # after SIGINT, scanimage cancels and exits; then SIGKILL
DRAIN_S = 1.0  # after the worker is gone, how long its pipes may stay open
EXIT_GRACE_S = 3.0  # after scanimage says the batch is over, how long it may take to exit
POLL_S = 0.05

_OPTION = re.compile(r"^\s+(--?[A-Za-z][\w-]*)\s+(.+?)\s+\[([^\]]*)\]$")
_RANGE = re.compile(r"^(-?[\d.]+)\.\.(-?[\d.]+)([a-z]*)")
_PROGRESS = re.compile(r"Progress: ([\d.]+)%")
_SCANNING_PAGE = re.compile(r"Scanning page (\d+)")
_ROUNDED_DPI = re.compile(r"rounded value of resolution from \S+ to ([\d.]+)")
_PART = re.compile(r"page-(\d{4,})\.pnm(\.part)?")
_OPEN_FAILED = re.compile(r"open of device .* failed")
_ERROR_LINE = re.compile(r"^scanimage: (sane_\w+: |.* failed)")
_BATCH_END = "Batch terminated"
_OUT_OF_DOCUMENTS = "Document feeder out of documents"
_PROBLEMS = (
    ("Document feeder jammed", ScanProblem.JAMMED),
    ("Scanner cover is open", ScanProblem.COVER_OPEN),
    ("Device busy", ScanProblem.BUSY),
    ("no SANE devices found", ScanProblem.NO_SCANNER),
    ("Operation was canceled", ScanProblem.CANCELLED),
)
_MODE_WORDS = {
    ScanMode.COLOR: ("color", "colour", "rgb"),
    ScanMode.GRAY: ("gray", "grey"),
    ScanMode.LINEART: ("lineart", "binary", "black & white", "black and white", "monochrome"),
}
_FEEDER_WORDS = ("feeder", "adf")


def _pick(values: Sequence[str], words: Sequence[str]) -> str | None:
    """The value equal to the first word, else the first containing a word (case-insensitive)."""
    folded = [v.casefold() for v in values]
    if words[0] in folded:
        return values[folded.index(words[0])]
    return next((v for w in words for v, f in zip(values, folded, strict=True) if w in f), None)


@dataclass(frozen=True)
class DeviceOptions:
    """What `scanimage -A` says a device accepts (only the options the kiosk sets)."""

    modes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    depths: tuple[int, ...] = ()
    resolutions: tuple[int, ...] = ()  # a list constraint
    resolution_range: tuple[float, float] | None = None
    max_mm: tuple[float | None, float | None] = (None, None)

    @classmethod
    def parse(cls, listing: str) -> DeviceOptions:
        found: dict[str, str] = {}
        for line in listing.splitlines():
            if (m := _OPTION.match(line)) and m.group(1) not in found:
                found[m.group(1)] = m.group(2)

        def words(name: str) -> tuple[str, ...]:
            text = found.get(name, "")
            return tuple(v.strip() for v in text.split("|")) if "|" in text else ()

        def numbers(name: str) -> tuple[int, ...]:
            return tuple(int(float(v)) for v in re.findall(r"[\d.]+", "|".join(words(name))))

        def span(name: str) -> tuple[float, float, str] | None:
            m = _RANGE.match(found.get(name, ""))
            return (float(m.group(1)), float(m.group(2)), m.group(3)) if m else None

        res, x, y = span("--resolution"), span("-x"), span("-y")
        return cls(
            modes=words("--mode"),
            sources=words("--source"),
            depths=numbers("--depth"),
            resolutions=numbers("--resolution"),
            resolution_range=(res[0], res[1]) if res else None,
            max_mm=(x[1] if x and x[2] == "mm" else None, y[1] if y and y[2] == "mm" else None),
        )

    @property
    def has_feeder(self) -> bool:
        return self.feeder_source is not None

    @property
    def feeder_source(self) -> str | None:
        feeders = [s for s in self.sources if any(w in s.casefold() for w in _FEEDER_WORDS)]
        simplex = [s for s in feeders if not re.search(r"duplex|back", s, re.IGNORECASE)]
        return next(iter(simplex or feeders), None)

    def mode_args(self, mode: ScanMode) -> list[str]:
        """The device's nearest mode; lineart falls back to 1-bit gray, colour to gray."""
        if not self.modes:
            return []
        name = _pick(self.modes, _MODE_WORDS[mode])
        if name is not None:
            return ["--mode", name]
        gray = _pick(self.modes, _MODE_WORDS[ScanMode.GRAY]) or self.modes[0]
        depth = ["--depth", "1"] if mode is ScanMode.LINEART and 1 in self.depths else []
        return ["--mode", gray, *depth]

    def source_args(self, source: ScanSource) -> list[str]:
        if not self.sources:
            if source is ScanSource.FEEDER:
                raise ScanError(ScanProblem.FAILED)
            return []
        if source is ScanSource.FEEDER:
            name = self.feeder_source
            if name is None:
                raise ScanError(ScanProblem.FAILED)
        else:
            name = _pick(self.sources, ("flatbed", "normal")) or self.sources[0]
        return ["--source", name]

    def resolution(self, dpi: int) -> int:
        if self.resolutions:
            return min(self.resolutions, key=lambda r: (abs(r - dpi), -r))
        if self.resolution_range:
            low, high = self.resolution_range
            return int(min(max(dpi, low), high))
        return dpi

    def area(self, width_mm: float, height_mm: float) -> tuple[float, float]:
        max_x, max_y = self.max_mm
        return (min(width_mm, max_x or width_mm), min(height_mm, max_y or height_mm))


class SaneScanner:
    """A SANE scanner driven through `scanimage`, one scan at a time.

    ``env`` is merged over the environment (tests pass SANE_CONFIG_DIR); ``extra_args`` are
    added to every scan command (device-specific options; tests use the test backend's).
    Callbacks run on the thread that called scan().
    """

    def __init__(
        self,
        device: str | None = None,
        *,
        env: Mapping[str, str] | None = None,
        scanimage: str = "scanimage",
        page_timeout_s: float = 120.0,
        extra_args: Sequence[str] = (),
    ) -> None:
        self._device = device or None
        self._env = {**os.environ, **(env or {}), "LC_ALL": "C"}  # C: parseable messages
        self._scanimage = scanimage
        self._page_timeout_s = page_timeout_s
        self._extra_args = tuple(extra_args)
        self._info: ScannerInfo | None = None
        self._options: dict[str, DeviceOptions] = {}
        self._lock = threading.Lock()
        self._scanning = threading.Lock()
        self._cancelled = threading.Event()

    # -- discovery --------------------------------------------------------------------------

    def find(self) -> ScannerInfo | None:
        with self._lock:
            if self._info is not None:
                return self._info
        listed = self._list_devices()
        if self._device is not None:
            device, label = self._device, dict(listed).get(self._device, self._device)
        elif listed:
            device, label = listed[0]
        else:
            log.info("no scanner found")
            return None
        options = self._device_options(device)
        if options is None:
            log.info("scanner %s not available", device)
            return None
        info = ScannerInfo(device, label, options.has_feeder)
        with self._lock:
            self._info = info
        return info

    def _list_devices(self) -> list[tuple[str, str]]:
        listing = self._query(["-f", "%d\t%v\t%m%n"])
        rows = [line.split("\t") for line in (listing or "").splitlines()]
        return [(r[0], f"{r[1]} {r[2]}".strip()) for r in rows if len(r) == 3 and r[0]]

    def _device_options(self, device: str) -> DeviceOptions | None:
        with self._lock:
            if device in self._options:
                return self._options[device]
        listing = self._query(["-d", device, "-A"])
        if listing is None:
            return None
        options = DeviceOptions.parse(listing)
        with self._lock:
            self._options[device] = options
        return options

    def _query(self, args: list[str]) -> str | None:
        """stdout of a short scanimage call, or None when it fails."""
        try:
            done = subprocess.run(
                [self._scanimage, *args], stdin=subprocess.DEVNULL, capture_output=True,
                env=self._env, timeout=QUERY_TIMEOUT_S, check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("scanimage query failed: %s", type(exc).__name__)
            return None
        return done.stdout.decode(errors="replace") if done.returncode == 0 else None

    # -- scanning ---------------------------------------------------------------------------

    def cancel(self) -> None:
        self._cancelled.set()

    def scan(
        self,
        request: ScanRequest,
        out_dir: Path,
        on_progress: Callable[[ScanProgress], None] | None = None,
        on_page: Callable[[ScannedPage], None] | None = None,
    ) -> list[ScannedPage]:
        if not self._scanning.acquire(blocking=False):
            raise ScanError(ScanProblem.BUSY)
        try:
            self._cancelled.clear()
            info = self.find()
            if info is None:
                raise ScanError(ScanProblem.NO_SCANNER)
            if self._cancelled.is_set():  # while the device was being looked up
                raise ScanError(ScanProblem.CANCELLED)
            options = self._device_options(info.device) or DeviceOptions()
            try:
                return self._scan(info.device, options, request, out_dir, on_progress, on_page)
            except ScanError as exc:
                log.warning("scan on %s: %s after %d pages", info.device, exc.code, len(exc.pages))
                if exc.code is ScanProblem.NO_SCANNER:
                    with self._lock:
                        self._info = None
                raise
        finally:
            self._scanning.release()

    def _scan(
        self,
        device: str,
        options: DeviceOptions,
        request: ScanRequest,
        out_dir: Path,
        on_progress: Callable[[ScanProgress], None] | None,
        on_page: Callable[[ScannedPage], None] | None,
    ) -> list[ScannedPage]:
        out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        first = next_page_number(out_dir)
        dpi = options.resolution(request.dpi)
        width, height = options.area(request.width_mm, request.height_mm)
        pattern = str(out_dir).replace("%", "%%") + "/page-%04d.pnm"
        command = [
            self._scanimage, "-d", device, "--format=pnm",
            *options.mode_args(request.mode), *options.source_args(request.source),
            "--resolution", str(dpi), "-x", f"{width:g}", "-y", f"{height:g}",
            f"--batch={pattern}", f"--batch-start={first}", "--batch-print", "-p",
            *(["--batch-count=1"] if request.source is ScanSource.FLATBED else []),
            *self._extra_args,
        ]
        try:
            worker = _Worker(command, self._env)
        except OSError as exc:
            raise ScanError(ScanProblem.NO_SCANNER) from exc
        pages: list[ScannedPage] = []
        try:
            stopped = self._follow(worker, first, dpi, pages, on_progress, on_page)
        finally:
            worker.close()
            _remove_unfinished(out_dir, first, {p.path.name for p in pages})
        problem = stopped or _problem(worker.messages, worker.returncode, len(pages))
        if problem is not None:
            raise ScanError(problem, pages)
        if pages and pages[0].dpi != request.dpi:
            log.info("scanner %s used %d dpi for %d", device, pages[0].dpi, request.dpi)
        return pages

    def _follow(
        self,
        worker: _Worker,
        first: int,
        dpi: int,
        pages: list[ScannedPage],
        on_progress: Callable[[ScanProgress], None] | None,
        on_page: Callable[[ScannedPage], None] | None,
    ) -> ScanProblem | None:
        """Relay the worker's events until it ends; the problem that made us stop it, if any."""
        deadline = time.monotonic() + self._page_timeout_s  # renewed at each finished page
        page, fraction = 1, -1.0

        def should_stop() -> bool:
            return self._cancelled.is_set() or time.monotonic() > deadline

        for kind, value in worker.events(should_stop):
            if kind == "stop":
                worker.stop()
                return ScanProblem.CANCELLED if self._cancelled.is_set() else ScanProblem.FAILED
            if kind == "start":
                page, fraction = int(value) - first + 1, -1.0
            elif kind == "progress" and float(value) > fraction:
                fraction = float(value)
                if on_progress is not None:
                    on_progress(ScanProgress(page, min(fraction, 1.0)))
            elif kind == "line" and (m := _ROUNDED_DPI.search(value)):
                dpi = round(float(m.group(1)))
            elif kind == "page":
                done = _read_page(Path(value), dpi)
                if done is None:
                    worker.stop()
                    return ScanProblem.FAILED
                pages.append(done)
                deadline = time.monotonic() + self._page_timeout_s
                if on_page is not None:
                    on_page(done)
        return None


class _Worker:
    """One scanimage process in its own process group, its output turned into events."""

    def __init__(self, command: list[str], env: Mapping[str, str]) -> None:
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, start_new_session=True,
        )
        self._events: queue.Queue[tuple[str, str]] = queue.Queue()
        self.messages: list[str] = []
        self._hung = False
        self._exit_watch: threading.Timer | None = None
        assert self._process.stdout is not None and self._process.stderr is not None
        self._readers = [
            threading.Thread(target=self._read_pages, args=(self._process.stdout,), daemon=True),
            threading.Thread(target=self._read_messages, args=(self._process.stderr,), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @property
    def returncode(self) -> int | None:
        """The exit status; None when it had to be killed after the batch was over."""
        return None if self._hung else self._process.returncode

    def events(self, should_stop: Callable[[], bool]) -> Iterator[tuple[str, str]]:
        """(kind, value) until both pipes end; ("stop", "") as soon as should_stop() is true."""
        open_pipes, ended_at = 2, 0.0
        while open_pipes:
            if should_stop():
                yield ("stop", "")
                return
            try:
                kind, value = self._events.get(timeout=POLL_S)
            except queue.Empty:
                if self._process.poll() is not None:
                    ended_at = ended_at or time.monotonic()
                    if time.monotonic() - ended_at > DRAIN_S:  # a pipe held open elsewhere
                        return
                continue
            if kind == "eof":
                open_pipes -= 1
            else:
                yield (kind, value)

    def _read_pages(self, stream: IO[bytes]) -> None:
        for line in stream:  # --batch-print: one finished file per line
            self._events.put(("page", os.fsdecode(line.rstrip(b"\n"))))
        self._events.put(("eof", ""))

    def _read_messages(self, stream: IO[bytes]) -> None:
        pending = b""
        while chunk := os.read(stream.fileno(), 4096):  # progress lines end in \r, not \n
            *lines, pending = re.split(rb"[\r\n]", pending + chunk)
            for line in lines:
                self._message(line.decode(errors="replace"))
        self._message(pending.decode(errors="replace"))
        self._events.put(("eof", ""))

    def _message(self, text: str) -> None:
        for progress in _PROGRESS.finditer(text):  # a message may follow on the same line
            self._events.put(("progress", str(float(progress.group(1)) / 100)))
        text = _PROGRESS.sub("", text)
        if m := _SCANNING_PAGE.search(text):
            self._events.put(("start", m.group(1)))
        elif text.strip():
            self.messages.append(text)
            self._events.put(("line", text))
            if text.startswith(_BATCH_END):
                # Everything is known now; some backends (the test one, now and then) hang
                # while closing the device.
                self._exit_watch = threading.Timer(EXIT_GRACE_S, self._kill_if_hung)
                self._exit_watch.daemon = True
                self._exit_watch.start()

    def _kill_if_hung(self) -> None:
        if self._process.poll() is None:
            self._hung = True
            self.stop()

    def stop(self) -> None:
        """SIGINT lets scanimage cancel the device; SIGKILL when it does not exit promptly."""
        self._signal(signal.SIGINT)
        try:
            self._process.wait(CANCEL_GRACE_S)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)

    def close(self) -> None:
        """Never leak the worker: stop it, kill what is left of its group, reap, join readers."""
        if self._exit_watch is not None:
            self._exit_watch.cancel()
        if self._process.poll() is None:
            self.stop()
        self._signal(signal.SIGKILL)  # anything the backend forked into the group
        self._process.wait()
        for reader, stream in zip(
            self._readers, (self._process.stdout, self._process.stderr), strict=True
        ):
            reader.join(DRAIN_S)
            if stream is not None and not reader.is_alive():  # else it is still reading it
                stream.close()

    def _signal(self, signum: int) -> None:
        try:
            os.killpg(self._process.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass


def _read_page(path: Path, dpi: int) -> ScannedPage | None:
    if not PAGE_NAME.fullmatch(path.name):
        return None
    try:
        from PIL import Image  # loaded at the first page, not when the terminal starts

        with Image.open(path) as image:
            width, height = image.size
    except OSError:
        return None
    return ScannedPage(path, width, height, dpi)


def _problem(messages: Sequence[str], returncode: int | None, pages: int) -> ScanProblem | None:
    """What went wrong, from scanimage's messages and exit status (None: unknown)."""
    text = "\n".join(messages)
    if _OUT_OF_DOCUMENTS in text:  # the feeder ran empty: the normal end of a batch
        return None if pages else ScanProblem.NO_PAPER
    for needle, problem in _PROBLEMS:
        if needle in text:
            return problem
    if _OPEN_FAILED.search(text):
        return ScanProblem.NO_SCANNER
    if returncode not in (0, None) or not pages or any(map(_ERROR_LINE.match, messages)):
        return ScanProblem.FAILED
    return None


def _remove_unfinished(out_dir: Path, first: int, finished: set[str]) -> None:
    """Delete this scan's partial pages (and any page it did not report as done)."""
    for path in out_dir.iterdir():
        m = _PART.fullmatch(path.name)
        if m and int(m.group(1)) >= first and path.name not in finished:
            path.unlink(missing_ok=True)
