"""`kiosk bench browser`: the Internet screen's first page, its memory beside Chromium's, and
the end of a busy session.

Each run is a fresh shell process (`kiosk.ui.bench_browser_child`) against a small web site
served here on 127.0.0.1; in the same run a headless Chromium opens the same page, and both
are measured the same way: the resident memory of the whole process tree (the program and
every engine process below it), after the same settling time.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

CHILD = "kiosk.ui.bench_browser_child"
PROGRAM = "kiosk bench browser"
NO_CHROMIUM = ("note: no `chromium` or `chromium-browser` on PATH, so there is no reference;"
               " install it (Debian/Ubuntu: apt-get install chromium) to measure the ratio.")
SETTLE_S = 2.0
CHILD_TIMEOUT_S = 180.0
RATIO_GOAL = 1.2
SCRUB_GOAL_S = 0.5
DOWNLOADS = 10

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head>
<body><h1>Local page {n}</h1>
<p>{text}</p><p><img src="/image.png?client={client}" width="320" height="200" alt="A gradient">
</p><p>{text}</p></body></html>
"""
TEXT = ("A public terminal shows ordinary pages: some text, an image, nothing heavy. " * 12)
DOWNLOADS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Downloads</title></head>
<body><h1>Ten letters</h1>{links}
<script>
window.addEventListener("load", () => {{
  for (const link of document.querySelectorAll("a[download]")) link.click();
}});
</script></body></html>
"""


def _png(width: int = 320, height: int = 200) -> bytes:
    """A valid RGB gradient PNG, built by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(
        b"\0" + bytes(v for x in range(width) for v in (x * 255 // width, y * 255 // height, 160))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def letter_pdf(number: int) -> bytes:
    """A minimal, valid one-page PDF (with correct cross-reference offsets)."""
    content = b"BT /F1 24 Tf 72 720 Td (Letter %d) Tj ET" % number
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (index, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


class LocalSite:
    """A small web site on 127.0.0.1 (an ephemeral port) that counts the requests it serves.

    `/?n=N&client=C`: a page of text and an image (`/image.png?client=C`);
    `/downloads.html`: a page whose script clicks ten links to `/download/letter-NN.pdf`,
    each served as an attachment.
    """

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self._changed = threading.Condition()
        self._image = _png()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def wait_for(self, path: str, timeout_s: float) -> bool:
        """Whether `path` (with its query) has been served, waiting up to `timeout_s`."""
        with self._changed:
            return self._changed.wait_for(lambda: self.hits[path] > 0, timeout_s)

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _answer(self, path: str) -> tuple[int, str, bytes, dict[str, str]]:
        parts = urlsplit(path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/":
            client = "".join(c for c in query.get("client", "") if c.isalnum() or c == "-")
            body = PAGE.format(n=query.get("n", "1")[:3], text=TEXT, client=client)
            return 200, "text/html; charset=utf-8", body.encode(), {}
        if parts.path == "/image.png":
            return 200, "image/png", self._image, {}
        if parts.path == "/downloads.html":
            links = "".join(f'<p><a download href="/download/letter-{i:02d}.pdf">Letter {i}</a></p>'
                            for i in range(1, DOWNLOADS + 1))
            return 200, "text/html; charset=utf-8", DOWNLOADS_PAGE.format(links=links).encode(), {}
        name = parts.path.removeprefix("/download/")
        if name.startswith("letter-") and name.endswith(".pdf") and name[7:9].isdigit():
            disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
            return 200, "application/pdf", letter_pdf(int(name[7:9])), disposition
        return 404, "text/plain", b"not found", {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the name http.server calls
                status, mime, body, headers = site._answer(self.path)
                self.send_response(status)
                self.send_header("Content-Type", mime)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)
                with site._changed:
                    site.hits[self.path] += 1
                    site._changed.notify_all()

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the benchmark prints its own report

        return Handler


@dataclass(frozen=True)
class ProcessMemory:
    pid: int
    kind: str  # "main" for the tree's root, else Chromium's --type (renderer, zygote, …)
    rss_kib: int
    pss_kib: int | None  # None when /proc/<pid>/smaps_rollup is not readable


@dataclass(frozen=True)
class TreeMemory:
    processes: tuple[ProcessMemory, ...]

    @property
    def rss_mb(self) -> float:
        return sum(p.rss_kib for p in self.processes) / 1024

    @property
    def pss_mb(self) -> float | None:
        if any(p.pss_kib is None for p in self.processes):
            return None
        return sum(p.pss_kib or 0 for p in self.processes) / 1024

    def by_kind(self, pss: bool = False) -> dict[str, float]:
        """MiB per kind of process (PSS counts a process whose PSS is unreadable as 0)."""
        kinds: dict[str, float] = {}
        for p in self.processes:
            kib = (p.pss_kib or 0) if pss else p.rss_kib
            kinds[p.kind] = kinds.get(p.kind, 0.0) + kib / 1024
        return kinds


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # The command name, in parentheses, may hold spaces: the fields follow the last ")".
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    return children


def _walk(pid: int) -> list[tuple[int, int | None]]:
    """(process, its parent) for `pid` and all its descendants."""
    children = _children()
    tree: list[tuple[int, int | None]] = []
    todo: list[tuple[int, int | None]] = [(pid, None)]
    while todo:
        current, parent = todo.pop()
        tree.append((current, parent))
        todo.extend((child, current) for child in children.get(current, []))
    return tree


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants, from /proc."""
    return [member for member, _parent in _walk(pid)]


def _kib(text: str, key: str) -> int | None:
    for line in text.splitlines():
        if line.startswith(key):
            return int(line.split()[1])
    return None


def _kind(pid: int, root: int) -> str:
    if pid == root:
        return "main"
    # Chromium rewrites its command line as one string of words: split on both.
    raw = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    args = raw.replace("\0", " ").split() or ["?"]
    options = dict(a[2:].split("=", 1) for a in args if a.startswith("--") and "=" in a)
    kind = options.get("type", Path(args[0]).name or "other")
    if kind == "utility" and "utility-sub-type" in options:
        # network.mojom.NetworkService -> utility:NetworkService
        kind += ":" + options["utility-sub-type"].rsplit(".", 1)[-1]
    return kind


def tree_memory(pid: int) -> TreeMemory:
    """VmRSS (and PSS where readable) of every process of the tree rooted at `pid`."""
    found = []
    kinds: dict[int, str] = {}
    for member, parent in _walk(pid):
        try:
            rss = _kib(Path(f"/proc/{member}/status").read_text(), "VmRSS:")
            kind = _kind(member, pid)
        except OSError:
            continue
        if rss is None:  # a zombie
            continue
        if kind == "zygote" and parent is not None and kinds.get(parent) == "zygote":
            # A zygote's forks keep its command line; in a web engine they are renderers.
            kind = "renderer"
        kinds[member] = kind
        try:
            pss = _kib(Path(f"/proc/{member}/smaps_rollup").read_text(), "Pss:")
        except OSError:
            pss = None
        found.append(ProcessMemory(member, kind, rss, pss))
    return TreeMemory(tuple(found))


class BenchError(Exception):
    """A measured process failed; the message says which and why."""


@dataclass(frozen=True)
class ShellRun:
    first_page_s: float
    memory: TreeMemory
    scrub_s: float
    scrub_report_s: float
    engine: str  # the Chromium version inside QtWebEngine


@dataclass(frozen=True)
class BrowserResult:
    runs: int
    first_page_s: float
    rss_mb: float
    pss_mb: float | None
    chromium_rss_mb: float | None
    chromium_pss_mb: float | None
    rss_ratio_vs_chromium: float | None
    # RSS counts the pages every process shares (the engine's library) once per process;
    # PSS splits them, so this ratio says which really uses more of the machine's memory.
    pss_ratio_vs_chromium: float | None
    scrub_s: float
    scrub_report_s: float
    processes: int
    chromium_processes: int | None
    rss_mb_by_kind: dict[str, float]
    pss_mb_by_kind: dict[str, float]
    chromium_rss_mb_by_kind: dict[str, float] | None
    chromium_pss_mb_by_kind: dict[str, float] | None
    engine: str
    chromium: str | None
    platform: str


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if os.geteuid() == 0:
        # Chromium's sandbox refuses to run as root; an unprivileged user keeps it on.
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


def run_shell(site: LocalSite, env: dict[str, str], root: Path) -> ShellRun:
    """One fresh shell process: first page, memory after settling, then the scrub."""
    done = subprocess.run(
        [sys.executable, "-m", CHILD, str(root), site.url(""), str(SETTLE_S)],
        capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S,
    )
    lines = [line.split() for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0:
        # The child's own sentence if it wrote one, else the end of what the engine said.
        said = done.stderr.strip().splitlines()
        ours = [line for line in said if line.startswith(f"{PROGRAM}:")]
        why = ours[-1].removeprefix(f"{PROGRAM}:").strip() if ours else " | ".join(said[-3:])
        raise BenchError(f"the shell process failed (exit {done.returncode}): {why}")
    values = {words[0]: words[1:] for words in lines if words[0] != "process"}
    processes = tuple(
        ProcessMemory(int(w[1]), w[2], int(w[3]), None if w[4] == "-" else int(w[4]))
        for w in lines if w[0] == "process"
    )
    return ShellRun(
        float(values["first_page"][0]), TreeMemory(processes), float(values["scrub"][0]),
        float(values["scrub"][1]), " ".join(values.get("engine", ["?"])),
    )


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(binary: str, site: LocalSite, tag: str) -> TreeMemory:
    """Headless Chromium on the same page, measured once its image was fetched and settled."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-chromium-") as tmp:
        args = [binary, "--headless=new", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                f"--user-data-dir={tmp}/profile", site.url(f"/?client={tag}")]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")
        # Its caches and NSS database go to the throwaway folder, not the home folder.
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp)
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env, start_new_session=True)
        try:
            if not site.wait_for(f"/image.png?client={tag}", timeout_s=60):
                raise BenchError("headless Chromium did not load the page in 60 s")
            time.sleep(SETTLE_S)
            return tree_memory(proc.pid)
        finally:
            _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # the whole group: zygotes and renderers too
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=15)
    except ProcessLookupError:
        proc.wait(timeout=15)


def chromium_version(binary: str) -> str:
    done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    return done.stdout.strip() or "?"


def _median_kinds(trees: list[TreeMemory], pss: bool = False) -> dict[str, float]:
    kinds = sorted({k for t in trees for k in t.by_kind()})
    return {k: round(statistics.median(t.by_kind(pss).get(k, 0.0) for t in trees), 1)
            for k in kinds}


def _median_or_none(values: list[float | None]) -> float | None:
    """The median, or None when there are no values or one of them is missing."""
    known = [v for v in values if v is not None]
    return statistics.median(known) if known and len(known) == len(values) else None


def summarize(
    shells: list[ShellRun], chromiums: list[TreeMemory], chromium: str | None, platform: str
) -> BrowserResult:
    """Medians over the runs; the Chromium fields are None when it was not measured."""
    med = statistics.median
    rss = med(s.memory.rss_mb for s in shells)
    pss = _median_or_none([s.memory.pss_mb for s in shells])
    c_rss = med(c.rss_mb for c in chromiums) if chromiums else None
    c_pss = _median_or_none([c.pss_mb for c in chromiums])
    return BrowserResult(
        runs=len(shells),
        first_page_s=round(med(s.first_page_s for s in shells), 4),
        rss_mb=round(rss, 1),
        pss_mb=round(pss, 1) if pss is not None else None,
        chromium_rss_mb=round(c_rss, 1) if c_rss is not None else None,
        chromium_pss_mb=round(c_pss, 1) if c_pss is not None else None,
        rss_ratio_vs_chromium=round(rss / c_rss, 3) if c_rss else None,
        pss_ratio_vs_chromium=round(pss / c_pss, 3) if pss is not None and c_pss else None,
        scrub_s=round(med(s.scrub_s for s in shells), 4),
        scrub_report_s=round(med(s.scrub_report_s for s in shells), 4),
        processes=round(med(len(s.memory.processes) for s in shells)),
        chromium_processes=round(med(len(c.processes) for c in chromiums)) if chromiums else None,
        rss_mb_by_kind=_median_kinds([s.memory for s in shells]),
        pss_mb_by_kind=_median_kinds([s.memory for s in shells], pss=True),
        chromium_rss_mb_by_kind=_median_kinds(chromiums) if chromiums else None,
        chromium_pss_mb_by_kind=_median_kinds(chromiums, pss=True) if chromiums else None,
        engine=shells[0].engine,
        chromium=chromium,
        platform=platform,
    )


def measure_browser(runs: int = 5) -> BrowserResult:
    env = child_env()
    binary = find_chromium()
    shells: list[ShellRun] = []
    chromiums: list[TreeMemory] = []
    with LocalSite() as site, tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        # A warm-up of each, not counted: no first-run outlier from a cold file cache.
        run_shell(site, env, Path(tmp) / "warm-up")
        if binary:
            run_chromium(binary, site, "warm-up")
        for index in range(runs):
            shells.append(run_shell(site, env, Path(tmp) / f"run-{index}"))
            if binary:
                chromiums.append(run_chromium(binary, site, f"run-{index}"))
    version = chromium_version(binary) if binary else None
    return summarize(shells, chromiums, version, env["QT_QPA_PLATFORM"])


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} MB"


def _print_human(r: BrowserResult) -> None:
    print(f"browser, median of {r.runs} runs ({r.platform} platform, engine: {r.engine})")
    print(f"  Internet tile to first page loaded: {r.first_page_s:.3f} s")
    print(f"  kiosk shell + engine, one page    : {_mb(r.rss_mb)} RSS, {_mb(r.pss_mb)} PSS"
          f" ({r.processes} processes)")
    if r.chromium is None:
        print("  headless Chromium                 : not measured")
        print(NO_CHROMIUM)
    else:
        print(f"  headless Chromium, same page      : {_mb(r.chromium_rss_mb)} RSS,"
              f" {_mb(r.chromium_pss_mb)} PSS ({r.chromium_processes} processes; {r.chromium})")
        print(f"  ratio kiosk / Chromium (RSS)      : {r.rss_ratio_vs_chromium:.2f}"
              f"  (goal <= {RATIO_GOAL})")
        if r.pss_ratio_vs_chromium is not None:
            print(f"  ratio kiosk / Chromium (PSS)      : {r.pss_ratio_vs_chromium:.2f}"
                  "  (shared pages counted once)")
    print(f"  end of session, 4 tabs + 10 files : {r.scrub_s:.3f} s  (goal <= {SCRUB_GOAL_S})")
    print(f"    of which the scrub report's time: {r.scrub_report_s:.3f} s (erase and verify)")
    print("  where the memory goes (MB, RSS / PSS):")
    for name, rss, pss in (("kiosk", r.rss_mb_by_kind, r.pss_mb_by_kind),
                           ("chromium", r.chromium_rss_mb_by_kind, r.chromium_pss_mb_by_kind)):
        for kind, mb in sorted((rss or {}).items(), key=lambda kv: -kv[1]):
            print(f"    {name:<8} {kind:<26} {mb:6.1f} / {(pss or {}).get(kind, 0.0):6.1f}")


def run_browser_bench(
    runs: int = 5,
    as_json: bool = False,
    measure: Callable[[int], BrowserResult] = measure_browser,
) -> int:
    try:
        result = measure(runs)
    except (BenchError, subprocess.TimeoutExpired) as error:
        print(f"{PROGRAM}: {error}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(asdict(result)))
        if result.chromium is None:
            print(NO_CHROMIUM, file=sys.stderr)  # standard output stays one JSON document
    else:
        _print_human(result)
    return 0
