"""The safe's cryptographic core: key derivation, key wrapping, content streams, human codes.

Built only from ``cryptography`` primitives (Argon2id, HKDF-SHA256, AES-256-GCM). Nothing here
logs, and no error carries a secret, a key or plaintext.

Content stream (age-like STREAM, 64 KiB chunks)::

    header  = b"KVLT" || version (1) || alg (1 = AES-256-GCM) || file_id (16 bytes)
    key     = HKDF-SHA256(dek, salt=file_id, info=b"kiosk/vault/payload/v1")
    chunk i = AES-256-GCM(key, nonce = i as 11-byte big-endian || last flag, aad = header)

Every chunk but the last holds exactly CHUNK_SIZE bytes of plaintext; the last holds 1 to
CHUNK_SIZE bytes, or 0 when the whole file is empty. The last flag in the nonce is what makes
truncation and appended data detectable; the counter catches reordering and duplication; the
file_id in the key and the AAD ties chunks to their header.
"""

from __future__ import annotations

import functools
import hmac
import json
import math
import os
import re
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from importlib import resources
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK_SIZE = 64 * 1024
BATCH_CHUNKS = 16  # chunks (1 MiB) encrypted while their SHA-256 runs on the other core
PIPELINE_DEPTH = 8  # batches in flight while a document is stored: read, hashed, written
KEY_BYTES = 32
FILE_ID_BYTES = 16
MAGIC = b"KVLT"
FORMAT_VERSION = 1
ALG_AES_256_GCM = 1
HEADER_BYTES = len(MAGIC) + 2 + FILE_ID_BYTES
NONCE_BYTES = 12
TAG_BYTES = 16
# A batch as stored: BATCH_CHUNKS sealed chunks, what decrypt_stream reads at a time.
SEALED_BATCH_BYTES = BATCH_CHUNKS * (CHUNK_SIZE + TAG_BYTES)
MIN_MEMORY_KIB = 64 * 1024
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# Bounds on KDF parameters read back from storage, so tampered rows cannot exhaust the machine.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 100
_MAX_LANES = 16
_FLOOR_ITERATIONS = 3
_SECRET_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212]+")
_CODE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_CONFUSABLES = str.maketrans("OIL", "011")


class VaultCryptoError(Exception):
    """Base of this module's errors; ``code`` names the case for the translated message."""

    code: str = "vault_crypto_error"


class DamagedDocument(VaultCryptoError):
    """Content or sealed metadata failed verification: tampered, truncated or wrong key."""

    code = "damaged"


class WrongSecret(VaultCryptoError):
    """A key slot did not open: wrong secret or wrong recovery code."""

    code = "wrong_secret"


class BadRecoveryCode(VaultCryptoError):
    """The typed recovery code is not well formed (length, letters or check characters)."""

    code = "bad_recovery_code"


class Hasher(Protocol):
    """What ``encrypt_stream`` needs of a ``hashlib`` object."""

    def update(self, data: bytes | memoryview, /) -> None: ...


# --- secrets and key derivation -----------------------------------------------------------


SECRET_FORM_EXACT = 1  # accents count: "été" is not "ete" (slots made before folding came)
SECRET_FORM_FOLDED = 2  # accents and other marks are dropped: "été" and "ete" are the same
SECRET_FORM = SECRET_FORM_FOLDED  # what new slots use


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with each key slot so they can change later, and the
    form the typed secret is brought to before derivation (``secret_form``)."""

    memory_kib: int
    iterations: int
    lanes: int = 1
    secret_form: int = SECRET_FORM_EXACT

    def __post_init__(self) -> None:
        values = (self.memory_kib, self.iterations, self.lanes, self.secret_form)
        if any(type(v) is not int for v in values):
            raise ValueError("KDF parameters must be integers")
        if not (
            1 <= self.lanes <= _MAX_LANES
            and 1 <= self.iterations <= _MAX_ITERATIONS
            and max(8, 8 * self.lanes) <= self.memory_kib <= _MAX_MEMORY_KIB
            and self.secret_form in (SECRET_FORM_EXACT, SECRET_FORM_FOLDED)
        ):
            raise ValueError("KDF parameters out of range")

    def to_json(self) -> str:
        data: dict[str, object] = {
            "kdf": "argon2id",
            "version": 19,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }
        if self.secret_form != SECRET_FORM_EXACT:
            data["secret_form"] = self.secret_form
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Parse and validate; ``ValueError`` on anything unexpected."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("kdf") != "argon2id" or data.get("version") != 19:
            raise ValueError("not Argon2id v19 parameters")
        try:
            return cls(data["memory_kib"], data["iterations"], data["lanes"],
                       data.get("secret_form", SECRET_FORM_EXACT))
        except KeyError as missing:
            raise ValueError(f"missing KDF parameter {missing}") from None


def normalize_secret(secret: str, form: int = SECRET_FORM_EXACT) -> str:
    """NFKC, case-folded, separators (spaces, hyphens, dots) collapsed to single spaces; in
    the folded form, accents and other combining marks dropped too ("Été" → "ete")."""
    folded = unicodedata.normalize("NFKC", secret).casefold()
    if form == SECRET_FORM_FOLDED:
        bare = "".join(c for c in unicodedata.normalize("NFKD", folded)
                       if not unicodedata.combining(c))
        folded = unicodedata.normalize("NFKC", bare)
    return _SECRET_SEPARATORS.sub(" ", folded).strip()


def derive_secret_kek(
    secret: str, salt: bytes, params: KdfParams, pepper: bytes, context: bytes
) -> bytes:
    """Argon2id over the normalised secret, peppered with the installation secret."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        secret=pepper,
        ad=context,
    )
    return kdf.derive(normalize_secret(secret, params.secret_form).encode("utf-8"))


def _calibration_derive(params: KdfParams) -> None:
    derive_secret_kek("calibration", os.urandom(16), params, bytes(KEY_BYTES), b"calibrate")


def calibrate(
    target_s: float = 0.7,
    min_memory_kib: int = MIN_MEMORY_KIB,
    max_memory_kib: int = 1024 * 1024,
    clock: Callable[[], float] = time.perf_counter,
    derive: Callable[[KdfParams], None] = _calibration_derive,
) -> KdfParams:
    """Pick Argon2id parameters taking about ``target_s`` on this machine.

    Starts at ``min_memory_kib`` and 3 iterations, doubles memory (memory hardness is what
    slows GPU guessing) while the next step stays within 10/7 of the target (0.5-1.0 s for
    0.7 s), then sets iterations for the target. Never goes below the floor, even on a
    machine too slow to meet the target. One derivation per memory step plus at most three,
    about 2-4 s; ``derive`` runs one (tests pass a fake along with a fake ``clock``).
    """
    if not 8 <= min_memory_kib <= max_memory_kib:
        raise ValueError("bad memory bounds")
    high = target_s * 10 / 7

    def measure(params: KdfParams) -> float:
        start = clock()
        derive(params)
        return clock() - start

    params = KdfParams(min_memory_kib, _FLOOR_ITERATIONS)
    elapsed = measure(params)
    while elapsed < target_s and params.memory_kib * 2 <= max_memory_kib and elapsed * 2 <= high:
        bigger = replace(params, memory_kib=params.memory_kib * 2)
        bigger_elapsed = measure(bigger)
        if bigger_elapsed > high:  # cost grows faster than memory (page faults): step back
            break
        params, elapsed = bigger, bigger_elapsed
    # Other work on the machine only ever adds time, so the fastest pass seen is the best
    # estimate of one pass; keeping the minimum also makes the iteration count only grow.
    per_pass = max(elapsed, 1e-9) / params.iterations
    for _ in range(3):
        wanted = max(_FLOOR_ITERATIONS, min(_MAX_ITERATIONS, round(target_s / per_pass)))
        if wanted == params.iterations:
            break
        params = replace(params, iterations=wanted)
        per_pass = min(per_pass, max(measure(params), 1e-9) / wanted)
    return params


def recovery_kek(code: bytes, salt: bytes) -> bytes:
    """HKDF over the 128-bit recovery code; not peppered, so it opens on a replacement kiosk."""
    if len(code) != 16:
        raise ValueError("a recovery code is 16 bytes")
    return _hkdf(code, salt, b"kiosk/vault/recovery/v1")


def subkey(master: bytes, purpose: bytes) -> bytes:
    """An independent 32-byte key for one purpose (``b"meta"``, ...) from a master key."""
    return _hkdf(master, None, b"kiosk/vault/" + purpose)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _hkdf(material: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(material)


# --- small AEAD blobs: wrapped keys and sealed metadata -------------------------------------


def _gcm_seal(data: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def _gcm_open(blob: bytes, key: bytes, aad: bytes) -> bytes | None:
    if len(blob) < NONCE_BYTES + TAG_BYTES:
        return None
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag:
        return None


def wrap_key(key: bytes, kek: bytes, aad: bytes) -> bytes:
    """AES-256-GCM: random 12-byte nonce || ciphertext || tag."""
    return _gcm_seal(key, kek, aad)


def unwrap_key(blob: bytes, kek: bytes, aad: bytes) -> bytes:
    key = _gcm_open(blob, kek, aad)
    if key is None:
        raise WrongSecret()
    return key


def seal(data: bytes, key: bytes, aad: bytes) -> bytes:
    """Encrypt small metadata: random 12-byte nonce || ciphertext || tag."""
    return _gcm_seal(data, key, aad)


def open_sealed(blob: bytes, key: bytes, aad: bytes) -> bytes:
    data = _gcm_open(blob, key, aad)
    if data is None:
        raise DamagedDocument()
    return data


# --- content streams ------------------------------------------------------------------------


def _read_exact(src: Reads, size: int) -> bytes:
    """Up to ``size`` bytes, fewer only at end of stream (raw streams may return short reads)."""
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = src.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _payload_cipher(dek: bytes, file_id: bytes) -> AESGCM:
    if len(dek) != KEY_BYTES or len(file_id) != FILE_ID_BYTES:
        raise ValueError("bad key or file id length")
    return AESGCM(_hkdf(dek, file_id, b"kiosk/vault/payload/v1"))


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Reads(Protocol):
    """What ``decrypt_stream`` reads: a binary file, or anything with its ``read``."""

    def read(self, size: int, /) -> bytes: ...


class Readable(Protocol):
    """What ``encrypt_stream`` reads: a binary file, or anything with its ``readinto``."""

    def readinto(self, buffer: memoryview, /) -> int | None: ...


class Writable(Protocol):
    """Where ``encrypt_stream`` writes: a binary file, or anything with its ``write``."""

    def write(self, data: bytes | memoryview, /) -> int: ...


def _read_into(src: Readable, buffer: bytearray) -> int:
    """Fill ``buffer`` from ``src``; fewer bytes only at end of stream (reads may be short)."""
    view, filled = memoryview(buffer), 0
    while filled < len(buffer):
        count = src.readinto(view[filled:])
        if not count:
            break
        filled += count
    return filled


def encrypt_stream(
    src: Readable, dst: Writable, dek: bytes, file_id: bytes, hasher: Hasher | None = None
) -> int:
    """Encrypt ``src`` into ``dst``; return the plaintext size.

    A pipeline of PIPELINE_DEPTH batches of BATCH_CHUNKS chunks, each in its own pair of
    fixed buffers (memory stays at about 16 MiB whatever the size): while this thread reads
    and encrypts one batch, the ``hasher`` digests an earlier one on a second thread and a
    third writes another one out, each in order. hashlib, AES-GCM and the writes let go of the
    GIL, so on two cores the SHA-256 and the write cost little time; no stage waits for
    another batch by batch, only when it is a whole pipeline ahead. The batch after the
    current one is read before the current one's last chunk is sealed: that is how the last
    chunk is known.
    """
    cipher = _payload_cipher(dek, file_id)
    header = MAGIC + bytes((FORMAT_VERSION, ALG_AES_256_GCM)) + file_id
    dst.write(header)
    batch_size = BATCH_CHUNKS * CHUNK_SIZE
    plains = [bytearray(batch_size) for _ in range(PIPELINE_DEPTH)]
    sealed = [memoryview(bytearray(SEALED_BATCH_BYTES)) for _ in range(PIPELINE_DEPTH)]
    busy: list[list[Future[object]]] = [[] for _ in range(PIPELINE_DEPTH)]
    hashing = ThreadPoolExecutor(1, thread_name_prefix="kiosk-sha256")
    writing = ThreadPoolExecutor(1, thread_name_prefix="kiosk-write")

    def fill(slot: int) -> int:
        """Read the next batch into ``slot`` once its previous batch is hashed and written,
        and have it hashed."""
        for work in busy[slot]:
            work.result()  # raises what the hashing or the write raised
        busy[slot].clear()
        filled = _read_into(src, plains[slot])
        if hasher is not None and filled:
            busy[slot].append(hashing.submit(hasher.update, memoryview(plains[slot])[:filled]))
        return filled

    try:
        slot, filled = 0, fill(0)
        total = counter = 0
        while True:
            following = (slot + 1) % PIPELINE_DEPTH
            ahead = fill(following) if filled == batch_size else 0
            plain, out = memoryview(plains[slot])[:filled], 0
            for start in range(0, filled, CHUNK_SIZE) or range(1):  # empty file: one empty chunk
                piece = plain[start : start + CHUNK_SIZE]
                last = ahead == 0 and start + CHUNK_SIZE >= filled
                end = out + len(piece) + TAG_BYTES
                cipher.encrypt_into(_nonce(counter, last), piece, header, sealed[slot][out:end])
                out, counter = end, counter + 1
            busy[slot].append(writing.submit(dst.write, sealed[slot][:out]))
            total += filled
            if ahead == 0:
                break
            slot, filled = following, ahead
        for works in busy:
            for work in works:
                work.result()
        return total
    finally:
        # On failure, what is still queued is dropped; what runs is waited for, as its
        # buffers belong to this call.
        hashing.shutdown(cancel_futures=True)
        writing.shutdown(cancel_futures=True)


def decrypt_stream(
    src: Reads, dek: bytes, expected_file_id: bytes | None = None
) -> Iterator[bytes]:
    """Yield verified plaintext chunks; raise ``DamagedDocument`` on any inconsistency.

    Each yielded chunk is authentic, but truncation is only known at the end: callers must
    discard what they produced if iteration raises. The sealed chunks are read a batch
    (BATCH_CHUNKS of them) at a time: fewer, larger reads.
    """
    header = _read_exact(src, HEADER_BYTES)
    if (
        len(header) != HEADER_BYTES
        or header[:4] != MAGIC
        or header[4:6] != bytes((FORMAT_VERSION, ALG_AES_256_GCM))
    ):
        raise DamagedDocument()
    file_id = header[6:]
    if expected_file_id is not None and not hmac.compare_digest(file_id, expected_file_id):
        raise DamagedDocument()
    cipher = _payload_cipher(dek, file_id)
    sealed_size = CHUNK_SIZE + TAG_BYTES
    counter = 0
    batch = _read_exact(src, SEALED_BATCH_BYTES)
    while True:
        following = (_read_exact(src, SEALED_BATCH_BYTES) if len(batch) == SEALED_BATCH_BYTES
                     else b"")
        sealed = memoryview(batch)
        for start in range(0, len(batch), sealed_size) or range(1):  # nothing: one chunk
            chunk = sealed[start : start + sealed_size]
            last = not following and start + sealed_size >= len(batch)
            # An empty chunk is only valid as the whole of an empty file.
            if len(chunk) < TAG_BYTES or (counter > 0 and len(chunk) == TAG_BYTES):
                raise DamagedDocument()
            try:
                plain = cipher.decrypt(_nonce(counter, last), chunk, header)
            except InvalidTag:
                raise DamagedDocument() from None
            yield plain
            if last:
                return
            counter += 1
        batch = following


def encrypted_size(plain_size: int) -> int:
    """Size on disk of a content stream holding ``plain_size`` bytes."""
    chunks = max(1, math.ceil(plain_size / CHUNK_SIZE))
    return HEADER_BYTES + plain_size + chunks * TAG_BYTES


# --- human codes ----------------------------------------------------------------------------
#
# Recovery code: the 128-bit code is left-aligned in 130 bits (2 zero bits of padding) and
# written as 26 Crockford base32 characters, followed by 2 check characters. The 28 characters
# form a Reed-Solomon codeword over GF(32) (roots alpha and alpha^2, alpha a root of
# x^5 + x^2 + 1): ANY one or two wrong characters, so every swap of two characters, is caught.
# Shown as 7 groups of 4: "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX".
#
# Identifier: 30 random bits as 6 Crockford characters, shown "K7-MX4Q" (2, a dash, 4).

_CODE_DATA_CHARS = 26
_CODE_CHARS = _CODE_DATA_CHARS + 2


def _gf32_tables() -> tuple[tuple[int, ...], tuple[int, ...]]:
    exp, log = [0] * 62, [0] * 32
    value = 1
    for power in range(31):
        exp[power] = exp[power + 31] = value
        log[value] = power
        value <<= 1
        if value & 32:
            value ^= 0b100101
    return tuple(exp), tuple(log)


_GF_EXP, _GF_LOG = _gf32_tables()


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _GF_EXP[_GF_LOG[a] + _GF_LOG[b]]


def _gf_eval(symbols: list[int], point: int) -> int:
    acc = 0
    for symbol in symbols:
        acc = _gf_mul(acc, point) ^ symbol
    return acc


def _check_symbols(data: list[int]) -> list[int]:
    # Solve c(alpha) = c(alpha^2) = 0 for the last two symbols x, y:
    #   x*alpha + y = d1 and x*alpha^2 + y = d2, with d_j = data evaluated with x = y = 0.
    alpha, alpha2 = _GF_EXP[1], _GF_EXP[2]
    d1, d2 = _gf_eval([*data, 0, 0], alpha), _gf_eval([*data, 0, 0], alpha2)
    inverse = _GF_EXP[31 - _GF_LOG[alpha ^ alpha2]]
    x = _gf_mul(d1 ^ d2, inverse)
    return [x, _gf_mul(x, alpha) ^ d1]


def _clean_code(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).upper().translate(_CONFUSABLES)
    return _CODE_SEPARATORS.sub("", folded)


def _symbols(text: str) -> list[int] | None:
    if any(char not in CROCKFORD for char in text):
        return None
    return [CROCKFORD.index(char) for char in text]


def _group(text: str, size: int) -> str:
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def new_recovery_code() -> tuple[bytes, str]:
    """16 random bytes and their printed form, 7 dash-separated groups of 4 characters."""
    code = os.urandom(16)
    value = int.from_bytes(code, "big") << 2
    data = [(value >> (5 * i)) & 31 for i in reversed(range(_CODE_DATA_CHARS))]
    text = "".join(CROCKFORD[s] for s in data + _check_symbols(data))
    return code, _group(text, 4)


def parse_recovery_code(text: str) -> bytes:
    """The 16 bytes of a typed code; ``BadRecoveryCode`` on a typo. Tolerates case, spaces,
    dashes, O for 0 and I or L for 1."""
    symbols = _symbols(_clean_code(text))
    if symbols is None or len(symbols) != _CODE_CHARS:
        raise BadRecoveryCode()
    if _gf_eval(symbols, _GF_EXP[1]) or _gf_eval(symbols, _GF_EXP[2]):
        raise BadRecoveryCode()
    value = 0
    for symbol in symbols[:_CODE_DATA_CHARS]:
        value = value << 5 | symbol
    if value & 3:
        raise BadRecoveryCode()
    return (value >> 2).to_bytes(16, "big")


def new_identifier() -> str:
    """A random 30-bit identifier such as ``K7-MX4Q``."""
    text = "".join(secrets.choice(CROCKFORD) for _ in range(6))
    return f"{text[:2]}-{text[2:]}"


def normalize_identifier(text: str) -> str:
    """The canonical ``K7-MX4Q`` form of a typed identifier; ``ValueError`` if malformed."""
    cleaned = _clean_code(text)
    if len(cleaned) != 6 or _symbols(cleaned) is None:
        raise ValueError("not an identifier")
    return f"{cleaned[:2]}-{cleaned[2:]}"


# --- generated passphrases ------------------------------------------------------------------


@functools.cache
def passphrase_words() -> tuple[str, ...]:
    """The French word list for generated passphrases (``words_fr.txt``)."""
    text = resources.files("kiosk.vault").joinpath("words_fr.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def new_passphrase(words: int = 4) -> str:
    """``words`` words drawn independently and uniformly, joined with spaces."""
    if words < 1:
        raise ValueError("at least one word")
    vocabulary = passphrase_words()
    return " ".join(secrets.choice(vocabulary) for _ in range(words))


def passphrase_entropy_bits(words: int) -> float:
    return words * math.log2(len(passphrase_words()))
