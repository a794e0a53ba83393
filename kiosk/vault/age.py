"""age v1 files protected by a passphrase (the scrypt recipient): a streaming writer and a reader.

Written from the age specification (c2sp.org/age) with pyca/cryptography primitives only, so
that an export opens with the standard `age -d` tool. The writer holds at most one 64 KiB
chunk; the reader is for our own checks and caps the scrypt work factor.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import re
from collections.abc import Iterator
from types import TracebackType
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

VERSION_LINE = b"age-encryption.org/v1\n"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK_SIZE = 64 * 1024
TAG_BYTES = 16
FILE_KEY_BYTES = 16
SALT_BYTES = 16
PAYLOAD_NONCE_BYTES = 16
DEFAULT_WORK_FACTOR = 18  # log2 N, age's own default (~0.6 s and 256 MiB here)
MAX_WORK_FACTOR = 22  # age's reader refuses more by default: 4 GiB of scrypt memory
_COLUMNS = 64
_MAX_HEADER_LINE = 1024
_ZERO_NONCE = bytes(12)
_WORK_FACTOR = re.compile(rb"[1-9][0-9]*")


class AgeError(Exception):
    """An age file cannot be written or read; `code` says why (no passphrase in it)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ByteSink(Protocol):
    """Where the encrypted bytes go: a file, a pipe, a USB stick."""

    def write(self, data: bytes, /) -> object: ...


def write_all(dst: ByteSink, data: bytes) -> None:
    """Write all of `data`, even where `dst` (a raw file, a pipe) takes it in parts."""
    written = dst.write(data)
    # A sink that reports nothing took everything; one reporting less is written to again.
    while isinstance(written, int) and written < len(data):
        if written <= 0:
            raise OSError("the destination accepts no more bytes")
        data = data[written:]
        written = dst.write(data)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    """Canonical unpadded base64 only, as the specification requires of readers."""
    if b"=" in text or b"\n" in text:
        raise AgeError("bad_base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error as exc:
        raise AgeError("bad_base64") from exc
    if _b64(data) != text:
        raise AgeError("bad_base64")
    return data


def _hkdf(file_key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(file_key)


def _header_mac(file_key: bytes, header: bytes) -> bytes:
    mac = crypto_hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(header)
    return mac.finalize()


def _scrypt_key(passphrase: str, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


def _wrap_lines(body: bytes) -> bytes:
    """Base64 body wrapped at 64 columns, ending with a shorter (maybe empty) line."""
    text = _b64(body)
    lines = [text[i:i + _COLUMNS] for i in range(0, len(text), _COLUMNS)]
    if not lines or len(lines[-1]) == _COLUMNS:
        lines.append(b"")
    return b"".join(line + b"\n" for line in lines)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _scrypt_header(file_key: bytes, passphrase: str, work_factor: int) -> bytes:
    salt = os.urandom(SALT_BYTES)
    wrap_key = _scrypt_key(passphrase, salt, work_factor)
    body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
    stanza = b"-> scrypt " + _b64(salt) + b" " + str(work_factor).encode() + b"\n"
    header = VERSION_LINE + stanza + _wrap_lines(body) + b"---"
    return header + b" " + _b64(_header_mac(file_key, header)) + b"\n"


class AgeWriter:
    """A write-only binary sink that encrypts into `dst` as an age v1 passphrase file.

    The header goes out at once; each full 64 KiB chunk goes out when more data follows it;
    `close()` seals the final chunk and flushes `dst` without closing it. `abort()` (or leaving
    a `with` block by an exception) stops without a final chunk, so no reader accepts the file.
    Not seekable: `zipfile` then streams with data descriptors.
    """

    def __init__(
        self, dst: ByteSink, passphrase: str, work_factor: int = DEFAULT_WORK_FACTOR
    ) -> None:
        if not passphrase:
            raise AgeError("empty_passphrase")
        if not 1 <= work_factor <= MAX_WORK_FACTOR:
            raise AgeError("bad_work_factor")
        self._dst = dst
        file_key = os.urandom(FILE_KEY_BYTES)
        nonce = os.urandom(PAYLOAD_NONCE_BYTES)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._buffer = bytearray()
        self._counter = 0
        self._closed = False
        write_all(dst, _scrypt_header(file_key, passphrase, work_factor) + nonce)

    @property
    def closed(self) -> bool:
        return self._closed

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Buffer `data`, sealing every chunk known not to be the last one."""
        if self._closed:
            raise ValueError("write to a closed AgeWriter")
        view = memoryview(data).cast("B")
        position = 0
        while position < len(view):
            if len(self._buffer) == CHUNK_SIZE:  # more data follows, so it is not the last
                self._seal(last=False)
            take = min(CHUNK_SIZE - len(self._buffer), len(view) - position)
            self._buffer += view[position:position + take]
            position += take
        return len(view)

    def flush(self) -> None:
        """Flush `dst`; a partial chunk stays buffered (age has no partial chunks)."""
        flush = getattr(self._dst, "flush", None)
        if flush is not None:
            flush()

    def close(self) -> None:
        """Seal the final chunk (empty only for an empty payload) and flush `dst`."""
        if self._closed:
            return
        self._seal(last=True)
        self._closed = True
        self.flush()

    def abort(self) -> None:
        """Stop without the final chunk: what was written is a truncated, rejected file."""
        self._closed = True
        self._buffer.clear()

    def _seal(self, last: bool) -> None:
        sealed = self._aead.encrypt(_chunk_nonce(self._counter, last), bytes(self._buffer), None)
        write_all(self._dst, sealed)
        self._buffer.clear()
        self._counter += 1

    def __enter__(self) -> AgeWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def encrypt_to(
    dst: ByteSink, passphrase: str, work_factor: int = DEFAULT_WORK_FACTOR
) -> AgeWriter:
    """A writer that encrypts what it is given into `dst`; call `close()` to finish."""
    return AgeWriter(dst, passphrase, work_factor)


def _read_line(src: BinaryIO) -> bytes:
    line = src.readline(_MAX_HEADER_LINE)
    if not line.endswith(b"\n"):
        raise AgeError("bad_header")
    return line


def _read_full(src: BinaryIO, size: int) -> bytes:
    parts = []
    while size > 0:
        part = src.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _read_header(src: BinaryIO) -> tuple[bytes, list[list[bytes]], bytes]:
    """(header up to "---", stanzas as [args..., body], MAC) from a v1 header."""
    header = _read_line(src)
    if header != VERSION_LINE:
        raise AgeError("not_age_v1")
    stanzas: list[list[bytes]] = []
    line = _read_line(src)
    while line.startswith(b"-> "):
        header += line
        args = line[3:-1].split(b" ")
        body = b""
        while True:
            body_line = _read_line(src)
            header += body_line
            body += body_line[:-1]
            if len(body_line) - 1 < _COLUMNS:
                break
        stanzas.append([*args, _unb64(body)])
        line = _read_line(src)
    if not stanzas or not line.startswith(b"--- ") or len(line) != 4 + 43 + 1:
        raise AgeError("bad_header")
    return header + b"---", stanzas, _unb64(line[4:-1])


def _unwrap_file_key(stanzas: list[list[bytes]], passphrase: str, max_work_factor: int) -> bytes:
    if len(stanzas) != 1 or stanzas[0][0] != b"scrypt":
        raise AgeError("not_a_passphrase_file")
    stanza = stanzas[0]
    if len(stanza) != 4 or not _WORK_FACTOR.fullmatch(stanza[2]):
        raise AgeError("bad_header")
    salt, work_factor, body = _unb64(stanza[1]), int(stanza[2]), stanza[3]
    if len(salt) != SALT_BYTES or len(body) != FILE_KEY_BYTES + TAG_BYTES:
        raise AgeError("bad_header")
    if work_factor > max_work_factor:
        raise AgeError("work_factor_too_high")
    try:
        return ChaCha20Poly1305(_scrypt_key(passphrase, salt, work_factor)).decrypt(
            _ZERO_NONCE, body, None
        )
    except InvalidTag as exc:
        raise AgeError("wrong_passphrase") from exc


def _opens(aead: ChaCha20Poly1305, counter: int, chunk: bytes) -> bool:
    """Whether `chunk` is a valid non-final chunk: the file was cut just after it."""
    try:
        aead.decrypt(_chunk_nonce(counter, False), chunk, None)
    except InvalidTag:
        return False
    return True


def decrypt_chunks(
    src: BinaryIO, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR
) -> Iterator[bytes]:
    """The plaintext of an age passphrase file, chunk by chunk, each one verified.

    Raises AgeError: wrong_passphrase, bad_header, header_mac, damaged (a chunk fails its tag),
    truncated (no final chunk), work_factor_too_high.
    """
    header, stanzas, mac = _read_header(src)
    file_key = _unwrap_file_key(stanzas, passphrase, max_work_factor)
    if not hmac.compare_digest(_header_mac(file_key, header), mac):
        raise AgeError("header_mac")
    nonce = _read_full(src, PAYLOAD_NONCE_BYTES)
    if len(nonce) != PAYLOAD_NONCE_BYTES:
        raise AgeError("truncated")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    sealed_size = CHUNK_SIZE + TAG_BYTES
    chunk, counter = _read_full(src, sealed_size), 0
    while True:
        if len(chunk) < TAG_BYTES:
            raise AgeError("truncated")
        following = _read_full(src, sealed_size) if len(chunk) == sealed_size else b""
        last = not following
        try:
            plain = aead.decrypt(_chunk_nonce(counter, last), chunk, None)
        except InvalidTag as exc:
            cut = last and _opens(aead, counter, chunk)
            raise AgeError("truncated" if cut else "damaged") from exc
        if last and not plain and counter > 0:
            raise AgeError("damaged")  # only an empty payload may end with an empty chunk
        yield plain
        if last:
            return
        chunk, counter = following, counter + 1


def decrypt(src: BinaryIO, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR) -> bytes:
    """The whole plaintext of an age passphrase file (for checks on small files)."""
    return b"".join(decrypt_chunks(src, passphrase, max_work_factor))
