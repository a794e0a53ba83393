"""`kiosk bench vault`: the safe's content stream against the raw disk, its memory, its unlock.

All in one run and one folder (a temporary one under the data folder given, else /var/tmp):

- raw: `size_mb` MiB written in 1 MiB blocks then fsync'ed (as `dd conv=fdatasync`), then read
  back in 1 MiB blocks;
- safe: the same bytes through `kiosk.vault.store.write_encrypted` (AES-GCM and the SHA-256 on
  two threads, the writes on a third, into a `.part` file with the kernel asked to start
  writeback every 8 MiB, fsync, `os.replace`, fsync of the folder: exactly as a stored
  document), then read back through `kiosk.vault.store.read_verified` (a reading thread up to
  8 MiB ahead, every chunk authenticated) as the store reads one;
- cpu: the same encryption and SHA-256 into nothing, the ceiling the processor sets for the
  safe whatever the disk (raw has no such ceiling: a fast disk can leave the safe behind).

Raw and safe alternate which goes first over `ROUNDS` rounds (an even number: whichever
runs second, right after the other's I/O, is often slower) and each figure is the median.
Dropping the whole page cache needs root, so before each read the file's own pages are dropped with
`posix_fadvise(POSIX_FADV_DONTNEED)` after its fsync (clean pages, so the kernel can let them
go); on a virtual disk the host may still cache, equally for both. Then `big_mb` MiB are stored
from a generator while a thread samples VmRSS every 20 ms: the growth is the peak over the
level just before. Last, `calibrate()` picks the Argon2id parameters and one unlock
(`derive_secret_kek`) is timed with them. Throughput is in MB/s (10^6 bytes), sizes in MiB.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk.app import UNLOCK_TARGET_S
from kiosk.bench import report_figures
from kiosk.vault import crypto
from kiosk.vault.store import read_verified, write_encrypted

MIB = 1024 * 1024
MB = 1_000_000
ROUNDS = 10  # a noisy virtual disk: medians, over an even count so each side goes first as often
BLOCK = MIB  # raw I/O block and the generator's block
RSS_PERIOD_S = 0.02
GOAL_RATIO = 0.7
GOAL_MEM_GROWTH_MB = 32.0
GOAL_UNLOCK_S = (0.5, 1.0)
DEFAULT_FOLDER = Path("/var/tmp")
CACHE_NOTE = "posix_fadvise(DONTNEED) on each file after its fsync; no global cache drop"


class _GeneratorReader(io.RawIOBase):
    """A readable stream over a generator of byte blocks (an upload or a scan as it comes)."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = memoryview(next(self._blocks))
            except StopIteration:
                return 0
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count


def _generated(pattern: bytes, size: int) -> io.BufferedReader:
    """`size` bytes of `pattern` as a readable stream (an upload or a scan as it comes)."""
    return io.BufferedReader(_GeneratorReader(_blocks(pattern, size)), crypto.CHUNK_SIZE)


def _blocks(pattern: bytes, size: int) -> Iterator[bytes]:
    """`size` bytes as blocks of `pattern` (random, so nothing below can compress or dedupe)."""
    while size > 0:
        block = pattern if size >= len(pattern) else pattern[:size]
        yield block
        size -= len(block)


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise OSError("no VmRSS in /proc/self/status")


class RssSampler:
    """Samples this process's resident size every RSS_PERIOD_S in a thread; keeps the peak."""

    def __init__(self) -> None:
        self.peak_kib = _rss_kib()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(RSS_PERIOD_S):
            self.peak_kib = max(self.peak_kib, _rss_kib())

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_kib = max(self.peak_kib, _rss_kib())


def _drop_cache(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def raw_write(path: Path, pattern: bytes, size: int) -> float:
    """Seconds to write `size` bytes in blocks and fsync them."""
    start = time.perf_counter()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        for block in _blocks(pattern, size):
            view = memoryview(block)
            while view:
                view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def raw_read(path: Path) -> tuple[float, int]:
    """Seconds to read the file in blocks, and its size."""
    buffer, total = bytearray(BLOCK), 0
    start = time.perf_counter()
    with open(path, "rb", buffering=0) as source:
        while count := source.readinto(buffer):
            total += count
    return time.perf_counter() - start, total


@dataclass(frozen=True)
class StoredDocument:
    """A document the benchmark stored, and what reading it back needs."""

    path: Path
    seconds: float
    dek: bytes
    file_id: bytes
    sha256: str


def safe_write(folder: Path, name: str, pattern: bytes, size: int) -> StoredDocument:
    """Store `size` bytes as the vault stores a document, timed."""
    dek, file_id = crypto.new_key(), os.urandom(crypto.FILE_ID_BYTES)
    part, final = folder / f"{name}.part", folder / f"{name}.kv"
    hasher = hashlib.sha256()  # on this thread: a second one only adds GIL hand-offs here
    source = _generated(pattern, size)
    start = time.perf_counter()
    write_encrypted(source, part, final, dek, file_id, hasher)  # the store's own write
    digest = hasher.hexdigest()
    seconds = time.perf_counter() - start
    return StoredDocument(final, seconds, dek, file_id, digest)


def safe_read(stored: StoredDocument) -> tuple[float, int]:
    """Seconds to decrypt and verify a stored document as the store reads it, and its size."""
    total = 0
    start = time.perf_counter()
    for chunk in read_verified(stored.path, stored.dek, stored.file_id):
        total += len(chunk)
    return time.perf_counter() - start, total


class _NullSink:
    def write(self, data: bytes | memoryview) -> int:
        return len(data)


def safe_cpu(pattern: bytes, size: int) -> float:
    """Seconds to encrypt and hash `size` bytes with no disk at all."""
    source = _generated(pattern, size)
    hasher = hashlib.sha256()
    start = time.perf_counter()
    crypto.encrypt_stream(source, _NullSink(), crypto.new_key(), os.urandom(16), hasher)
    hasher.hexdigest()
    return time.perf_counter() - start


def _mb_s(size: int, seconds: float) -> float:
    return size / MB / max(seconds, 1e-9)


def _throughput_rounds(folder: Path, pattern: bytes, size: int) -> dict[str, list[float]]:
    runs: dict[str, list[float]] = {"raw_write": [], "raw_read": [], "safe_write": [],
                                    "safe_read": [], "safe_cpu": []}
    raw_path = folder / "raw.bin"
    for index in range(ROUNDS):
        # Alternate, so that neither side always runs right after the other's writeback.
        raw_first = index % 2 == 0
        if raw_first:
            runs["raw_write"].append(_mb_s(size, raw_write(raw_path, pattern, size)))
        stored = safe_write(folder, "safe", pattern, size)
        runs["safe_write"].append(_mb_s(size, stored.seconds))
        if not raw_first:
            runs["raw_write"].append(_mb_s(size, raw_write(raw_path, pattern, size)))
        _drop_cache(raw_path)
        _drop_cache(stored.path)
        reads = [("raw_read", functools.partial(raw_read, raw_path)),
                 ("safe_read", functools.partial(safe_read, stored))]
        for kind, read in reads if raw_first else reads[::-1]:
            seconds, total = read()
            runs[kind].append(_mb_s(total, seconds))
        raw_path.unlink()
        stored.path.unlink()
        runs["safe_cpu"].append(_mb_s(size, safe_cpu(pattern, size)))
    return runs


def _memory(folder: Path, pattern: bytes, size: int) -> dict[str, float]:
    """Store `size` bytes while sampling RSS: the growth over the level just before."""
    before = _rss_kib()
    with RssSampler() as sampler:
        stored = safe_write(folder, "big", pattern, size)
    stored.path.unlink()
    return {
        "rss_before_mb": round(before / 1024, 1),
        "rss_peak_mb": round(sampler.peak_kib / 1024, 1),
        "mem_growth_mb_1gb": round(max(0, sampler.peak_kib - before) / 1024, 1),
        "big_write_mb_s": round(_mb_s(size, stored.seconds), 1),
    }


def _unlock() -> dict[str, Any]:
    start = time.perf_counter()
    params = crypto.calibrate(UNLOCK_TARGET_S)
    calibrate_s = time.perf_counter() - start
    salt, pepper = os.urandom(16), os.urandom(crypto.KEY_BYTES)
    start = time.perf_counter()
    crypto.derive_secret_kek("cactus brioche marée lundi", salt, params, pepper, b"bench")
    return {"unlock_s": round(time.perf_counter() - start, 3), "calibrate_s": round(calibrate_s, 2),
            "kdf": {"algorithm": "argon2id", "memory_kib": params.memory_kib,
                    "iterations": params.iterations, "lanes": params.lanes}}


def _aes_ni() -> bool | None:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpuinfo:
            return any(line.startswith("flags") and " aes" in line for line in cpuinfo)
    except OSError:
        return None


def measure_vault(size_mb: int = 256, big_mb: int = 1024, folder: Path | None = None
                  ) -> dict[str, Any]:
    """Every figure of the benchmark, keyed as `kiosk bench vault --json` prints them."""
    base = folder or DEFAULT_FOLDER
    base.mkdir(parents=True, exist_ok=True)
    size, big = size_mb * MIB, big_mb * MIB
    needed = max(2 * size, big) + 64 * MIB
    if shutil.disk_usage(base).free < needed:
        raise OSError(f"{base} has less than {needed // MIB} MiB free")
    pattern = os.urandom(BLOCK)
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-vault-", dir=base) as tmp:
        runs = _throughput_rounds(Path(tmp), pattern, size)
        memory = _memory(Path(tmp), pattern, big)
    medians = {kind: statistics.median(values) for kind, values in runs.items()}
    figures: dict[str, Any] = {
        "size_mb": size_mb, "big_mb": big_mb, "rounds": ROUNDS, "folder": str(base),
        "cache": CACHE_NOTE, "aes_ni": _aes_ni(),
        **{f"{kind}_mb_s": round(value, 1) for kind, value in medians.items()},
        "write_ratio_vs_raw": round(medians["safe_write"] / medians["raw_write"], 3),
        "read_ratio_vs_raw": round(medians["safe_read"] / medians["raw_read"], 3),
        "runs_mb_s": {kind: [round(v, 1) for v in values] for kind, values in runs.items()},
        **memory, **_unlock(),
    }
    figures["goals"] = {
        "write_ratio_vs_raw": figures["write_ratio_vs_raw"] >= GOAL_RATIO,
        "read_ratio_vs_raw": figures["read_ratio_vs_raw"] >= GOAL_RATIO,
        "mem_growth_mb_1gb": figures["mem_growth_mb_1gb"] <= GOAL_MEM_GROWTH_MB,
        "unlock_s": GOAL_UNLOCK_S[0] <= figures["unlock_s"] <= GOAL_UNLOCK_S[1],
    }
    figures["goals_met"] = all(figures["goals"].values())
    return figures


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _print_human(f: dict[str, Any]) -> None:
    print(f"vault, {f['size_mb']} MiB per pass, median of {f['rounds']} rounds, in {f['folder']}")
    print(f"  cache: {f['cache']}")
    print(f"  {'':<8}{'raw MB/s':>10}{'safe MB/s':>11}{'ratio':>8}")
    for kind in ("write", "read"):
        print(f"  {kind:<8}{f[f'raw_{kind}_mb_s']:>10.1f}{f[f'safe_{kind}_mb_s']:>11.1f}"
              f"{f[f'{kind}_ratio_vs_raw']:>8.2f}")
    print(f"  encryption and SHA-256 alone, no disk: {f['safe_cpu_mb_s']:.1f} MB/s "
          "(the processor's ceiling for the safe)")
    print(f"  storing {f['big_mb']} MiB from a generator: {f['big_write_mb_s']:.1f} MB/s, RSS "
          f"{f['rss_before_mb']} -> peak {f['rss_peak_mb']} MiB")
    kdf = f["kdf"]
    print(f"  unlock: {f['unlock_s']:.3f} s with Argon2id {kdf['memory_kib'] // 1024} MiB, "
          f"t={kdf['iterations']}, p={kdf['lanes']} (calibrated in {f['calibrate_s']} s)")
    goals = f["goals"]
    print(f"goal: write ratio ≥ {GOAL_RATIO} — {_met(goals['write_ratio_vs_raw'])}")
    print(f"goal: read ratio ≥ {GOAL_RATIO} — {_met(goals['read_ratio_vs_raw'])}")
    print(f"goal: memory growth ≤ {GOAL_MEM_GROWTH_MB:g} MiB ({f['mem_growth_mb_1gb']}) — "
          f"{_met(goals['mem_growth_mb_1gb'])}")
    print(f"goal: unlock {GOAL_UNLOCK_S[0]}–{GOAL_UNLOCK_S[1]} s — {_met(goals['unlock_s'])}")


def run_vault_bench(
    json_out: bool, *, size_mb: int = 256, big_mb: int = 1024, folder: Path | None = None
) -> int:
    """Run the benchmark and print its figures (one JSON document with `json_out`)."""
    return report_figures(
        "kiosk bench vault", lambda: measure_vault(size_mb, big_mb, folder), _print_human, json_out,
        (OSError, crypto.VaultCryptoError),
    )
