"""The safe's cryptographic core: streams, tamper detection, key slots, KDF and human codes."""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.vault.crypto import (
    BATCH_CHUNKS,
    CHUNK_SIZE,
    CROCKFORD,
    FILE_ID_BYTES,
    HEADER_BYTES,
    KEY_BYTES,
    MIN_MEMORY_KIB,
    PIPELINE_DEPTH,
    SECRET_FORM_EXACT,
    SECRET_FORM_FOLDED,
    TAG_BYTES,
    BadRecoveryCode,
    DamagedDocument,
    KdfParams,
    WrongSecret,
    calibrate,
    decrypt_stream,
    derive_secret_kek,
    encrypt_stream,
    encrypted_size,
    new_identifier,
    new_key,
    new_passphrase,
    new_recovery_code,
    normalize_identifier,
    normalize_secret,
    open_sealed,
    parse_recovery_code,
    passphrase_entropy_bits,
    passphrase_words,
    recovery_kek,
    seal,
    subkey,
    unwrap_key,
    wrap_key,
)

SEALED_CHUNK = CHUNK_SIZE + TAG_BYTES
FAST = KdfParams(memory_kib=8, iterations=1)


def _encrypt(data: bytes, dek: bytes, file_id: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, dek, file_id)
    return out.getvalue()


def _decrypt(blob: bytes, dek: bytes, file_id: bytes | None = None) -> bytes:
    return b"".join(decrypt_stream(io.BytesIO(blob), dek, file_id))


def _split(blob: bytes) -> tuple[bytes, list[bytes]]:
    body = blob[HEADER_BYTES:]
    return blob[:HEADER_BYTES], [
        body[i : i + SEALED_CHUNK] for i in range(0, len(body), SEALED_CHUNK)
    ]


def _flip(blob: bytes, index: int) -> bytes:
    return blob[:index] + bytes([blob[index] ^ 0x01]) + blob[index + 1 :]


# --- content streams ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 1024 * 1024 + 17,
     BATCH_CHUNKS * CHUNK_SIZE - 1, BATCH_CHUNKS * CHUNK_SIZE, 2 * BATCH_CHUNKS * CHUNK_SIZE],
)
def test_a_document_comes_back_intact_whatever_its_size(size: int) -> None:
    data = os.urandom(size)
    dek, file_id = new_key(), os.urandom(FILE_ID_BYTES)
    out, hasher = io.BytesIO(), hashlib.sha256()

    assert encrypt_stream(io.BytesIO(data), out, dek, file_id, hasher) == size
    blob = out.getvalue()

    assert len(blob) == encrypted_size(size)
    assert blob[:4] == b"KVLT" and blob[6:HEADER_BYTES] == file_id
    assert hasher.digest() == hashlib.sha256(data).digest()
    assert _decrypt(blob, dek, file_id) == data


def test_encrypted_size_counts_one_tag_per_chunk_and_one_chunk_for_an_empty_file() -> None:
    assert encrypted_size(0) == HEADER_BYTES + TAG_BYTES
    assert encrypted_size(CHUNK_SIZE) == HEADER_BYTES + CHUNK_SIZE + TAG_BYTES
    assert encrypted_size(CHUNK_SIZE + 1) == HEADER_BYTES + CHUNK_SIZE + 1 + 2 * TAG_BYTES


class _PatternSource(io.RawIOBase):
    """A long generated stream that never holds more than one small block, read in short reads."""

    def __init__(self, size: int) -> None:
        self._left = size
        self._block = bytes(range(256)) * 40  # 10,240 bytes: reads come back short

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(len(buffer), len(self._block), self._left)
        buffer[:count] = self._block[:count]
        self._left -= count
        return count


def test_streaming_64_mib_keeps_memory_bounded(tmp_path: Path) -> None:
    size = 64 * 1024 * 1024
    dek, file_id = new_key(), os.urandom(FILE_ID_BYTES)
    path = tmp_path / "doc.kv"
    plain_hash, decrypted_hash = hashlib.sha256(), hashlib.sha256()

    tracemalloc.start()
    try:
        with path.open("wb") as dst:
            encrypt_stream(_PatternSource(size), dst, dek, file_id, plain_hash)  # type: ignore[arg-type]
        with path.open("rb") as src:
            for chunk in decrypt_stream(src, dek, file_id):
                decrypted_hash.update(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert path.stat().st_size == encrypted_size(size)
    assert decrypted_hash.digest() == plain_hash.digest()
    # The writing pipeline's buffers (PIPELINE_DEPTH pairs of 1 MiB), whatever the size.
    assert peak < (2 * PIPELINE_DEPTH + 2) * 1024 * 1024


DEK = bytes(range(KEY_BYTES))
FILE_ID = b"F" * FILE_ID_BYTES
OTHER_ID = b"G" * FILE_ID_BYTES
DOC = bytes(range(256)) * (CHUNK_SIZE * 2 // 256) + b"tail of the document"  # 3 chunks
DOC_BLOB = _encrypt(DOC, DEK, FILE_ID)
OTHER_BLOB = _encrypt(b"another document", DEK, OTHER_ID)


def _tampered() -> dict[str, Callable[[], bytes]]:
    header, chunks = _split(DOC_BLOB)
    other_header, other_chunks = _split(OTHER_BLOB)
    exact = _encrypt(os.urandom(2 * CHUNK_SIZE), DEK, FILE_ID)
    return {
        "truncated at a chunk boundary": lambda: header + chunks[0] + chunks[1],
        "truncated after a full last-looking chunk": lambda: exact[: HEADER_BYTES + SEALED_CHUNK],
        "truncated to the header": lambda: header,
        "truncated inside the header": lambda: header[:10],
        "truncated mid-chunk": lambda: DOC_BLOB[:-5],
        "truncated to a stub shorter than a tag": lambda: header + chunks[0] + b"abc",
        "two chunks swapped": lambda: header + chunks[1] + chunks[0] + chunks[2],
        "a chunk duplicated": lambda: header + chunks[0] + chunks[0] + chunks[1] + chunks[2],
        "a chunk dropped in the middle": lambda: header + chunks[0] + chunks[2],
        "a bit flipped in a chunk": lambda: _flip(DOC_BLOB, HEADER_BYTES + 1000),
        "a bit flipped in the last tag": lambda: _flip(DOC_BLOB, len(DOC_BLOB) - 1),
        "a bit flipped in the file id": lambda: _flip(DOC_BLOB, HEADER_BYTES - 1),
        "a bit flipped in the magic": lambda: _flip(DOC_BLOB, 0),
        "unknown version": lambda: _flip(DOC_BLOB, 4),
        "unknown algorithm": lambda: _flip(DOC_BLOB, 5),
        "header of another file": lambda: other_header + b"".join(chunks),
        "the last chunk appended again": lambda: DOC_BLOB + chunks[-1],
        "a full chunk appended again": lambda: DOC_BLOB + chunks[0],
        "another file's last chunk appended": lambda: DOC_BLOB + other_chunks[-1],
        "garbage appended": lambda: DOC_BLOB + b"\x00",
        "an empty chunk appended": lambda: header + chunks[0] + chunks[1] + chunks[2] + bytes(16),
    }


@pytest.mark.parametrize("case", sorted(_tampered()))
def test_every_tampering_is_reported_as_a_damaged_document(case: str) -> None:
    blob = _tampered()[case]()

    with pytest.raises(DamagedDocument) as caught:
        _decrypt(blob, DEK)

    assert type(caught.value) is DamagedDocument and caught.value.code == "damaged"


def test_a_wrong_key_or_an_unexpected_file_id_is_a_damaged_document() -> None:
    with pytest.raises(DamagedDocument):
        _decrypt(DOC_BLOB, new_key())
    with pytest.raises(DamagedDocument):
        _decrypt(DOC_BLOB, DEK, OTHER_ID)


def test_an_empty_file_is_one_empty_last_chunk() -> None:
    blob = _encrypt(b"", DEK, FILE_ID)

    assert len(blob) == HEADER_BYTES + TAG_BYTES
    assert list(decrypt_stream(io.BytesIO(blob), DEK)) == [b""]


# --- key wrapping and sealed metadata -------------------------------------------------------


def test_a_wrapped_key_opens_only_with_its_kek_and_aad() -> None:
    key, kek = new_key(), new_key()
    blob = wrap_key(key, kek, b"vault-1|secret")

    assert unwrap_key(blob, kek, b"vault-1|secret") == key
    assert wrap_key(key, kek, b"vault-1|secret") != blob  # fresh nonce each time
    for bad_kek, aad, bad_blob in [
        (new_key(), b"vault-1|secret", blob),
        (kek, b"vault-2|secret", blob),
        (kek, b"vault-1|secret", _flip(blob, 20)),
        (kek, b"vault-1|secret", blob[:20]),
        (kek, b"vault-1|secret", b""),
    ]:
        with pytest.raises(WrongSecret) as caught:
            unwrap_key(bad_blob, bad_kek, aad)
        assert caught.value.code == "wrong_secret"


def test_sealed_metadata_round_trips_and_tampering_is_damage() -> None:
    key = subkey(new_key(), b"meta")
    blob = seal(b'{"title": "CAF"}', key, b"documents|7|meta")

    assert open_sealed(blob, key, b"documents|7|meta") == b'{"title": "CAF"}'
    for bad in (_flip(blob, 15), blob[:27]):
        with pytest.raises(DamagedDocument):
            open_sealed(bad, key, b"documents|7|meta")
    with pytest.raises(DamagedDocument):
        open_sealed(blob, key, b"documents|8|meta")


def test_subkeys_differ_by_purpose() -> None:
    master = new_key()

    assert subkey(master, b"meta") == subkey(master, b"meta")
    assert subkey(master, b"meta") != subkey(master, b"journal")
    assert len(subkey(master, b"meta")) == KEY_BYTES


# --- secrets and KDFs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Pomme  Lune-Rivière", "pomme lune rivière"),
        ("  pomme lune rivière ", "pomme lune rivière"),
        ("POMME.LUNE\tRIVIÈRE", "pomme lune rivière"),
        ("ｐｏｍｍｅ lune", "pomme lune"),  # full-width letters
        ("pomme\u00a0-\u00a0lune", "pomme lune"),  # no-break spaces around a dash
        ("Straße", "strasse"),
        ("123456", "123456"),
    ],
)
def test_secrets_are_normalised_before_derivation(typed: str, expected: str) -> None:
    assert normalize_secret(typed) == expected


def test_the_secret_kek_depends_on_secret_salt_pepper_and_context_only() -> None:
    salt, pepper = b"s" * 16, b"p" * 32
    base = derive_secret_kek("pomme lune rivière", salt, FAST, pepper, b"vault-1|pin")

    assert len(base) == KEY_BYTES
    assert derive_secret_kek("Pomme  Lune-Rivière", salt, FAST, pepper, b"vault-1|pin") == base
    variants = [
        derive_secret_kek("pomme lune riviere", salt, FAST, pepper, b"vault-1|pin"),
        derive_secret_kek("pomme lune rivière", b"t" * 16, FAST, pepper, b"vault-1|pin"),
        derive_secret_kek("pomme lune rivière", salt, FAST, b"q" * 32, b"vault-1|pin"),
        derive_secret_kek("pomme lune rivière", salt, FAST, pepper, b"vault-2|pin"),
        derive_secret_kek("pomme lune rivière", salt, KdfParams(16, 1), pepper, b"vault-1|pin"),
    ]
    assert base not in variants and len(set(variants)) == len(variants)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Été à la Forêt", "ete a la foret"),
        ("ÇA  Va-Très.BIEN", "ca va tres bien"),
        ("pomme lune", "pomme lune"),
    ],
)
def test_the_folded_form_drops_accents(typed: str, expected: str) -> None:
    assert normalize_secret(typed, SECRET_FORM_FOLDED) == expected


def test_a_slot_keeps_the_form_it_was_made_with() -> None:
    salt, pepper = b"s" * 16, b"p" * 32
    folded = replace(FAST, secret_form=SECRET_FORM_FOLDED)
    assert KdfParams.from_json(folded.to_json()) == folded
    assert KdfParams.from_json(FAST.to_json()).secret_form == SECRET_FORM_EXACT  # older rows
    assert "secret_form" not in FAST.to_json()  # older rows are written as they always were
    assert (derive_secret_kek("marée été", salt, folded, pepper, b"c")
            == derive_secret_kek("MAREE ETE", salt, folded, pepper, b"c"))
    assert (derive_secret_kek("marée été", salt, FAST, pepper, b"c")
            != derive_secret_kek("maree ete", salt, FAST, pepper, b"c"))
    with pytest.raises(ValueError):
        replace(FAST, secret_form=3)


def test_the_recovery_kek_is_hkdf_of_the_code_and_salt() -> None:
    code = os.urandom(16)

    assert recovery_kek(code, b"a" * 16) == recovery_kek(code, b"a" * 16)
    assert recovery_kek(code, b"a" * 16) != recovery_kek(code, b"b" * 16)
    with pytest.raises(ValueError):
        recovery_kek(b"short", b"a" * 16)


def test_kdf_params_survive_json_and_reject_nonsense() -> None:
    params = KdfParams(memory_kib=131072, iterations=4)

    assert KdfParams.from_json(params.to_json()) == params
    good = json.loads(params.to_json())
    for change in [
        {"memory_kib": 7},
        {"iterations": 0},
        {"lanes": 0},
        {"memory_kib": 1 << 30},
        {"iterations": True},
        {"memory_kib": "65536"},
        {"kdf": "scrypt"},
        {"version": 16},
    ]:
        with pytest.raises(ValueError):
            KdfParams.from_json(json.dumps({**good, **change}))
    for text in ["[]", "{}", json.dumps({k: v for k, v in good.items() if k != "lanes"})]:
        with pytest.raises(ValueError):
            KdfParams.from_json(text)
    with pytest.raises(ValueError):
        KdfParams(memory_kib=4, iterations=1)


class _FakeMachine:
    """A clock plus a derivation whose cost grows with memory x iterations, like Argon2."""

    def __init__(
        self, seconds_at_floor: float, noise: tuple[float, ...] = (1.0,), growth: float = 1.0
    ) -> None:
        self.now = 0.0
        self.seconds_at_floor = seconds_at_floor
        self.noise = noise
        self.growth = growth  # above 1, memory costs more than linearly (page faults)
        self.runs: list[KdfParams] = []

    def clock(self) -> float:
        return self.now

    def derive(self, params: KdfParams) -> None:
        self.runs.append(params)
        self.now += self.seconds(params) * self.noise[(len(self.runs) - 1) % len(self.noise)]

    def seconds(self, params: KdfParams) -> float:
        scale = (params.memory_kib / MIN_MEMORY_KIB) ** self.growth
        return self.seconds_at_floor * scale * params.iterations / 3


@pytest.mark.parametrize(
    ("seconds_at_floor", "expected"),
    [
        (0.26, KdfParams(128 * 1024, 4)),  # a desktop: memory doubles once, then one more pass
        (0.10, KdfParams(512 * 1024, 3)),  # a fast machine: memory alone reaches the target
        (2.00, KdfParams(64 * 1024, 3)),  # a slow kiosk: the floor wins over the time target
        (0.005, KdfParams(1024 * 1024, 26)),  # very fast: memory capped, iterations take over
    ],
)
def test_calibrate_prefers_memory_then_iterations_and_never_goes_below_the_floor(
    seconds_at_floor: float, expected: KdfParams
) -> None:
    machine = _FakeMachine(seconds_at_floor)

    params = calibrate(clock=machine.clock, derive=machine.derive)

    assert params == expected
    assert params.memory_kib >= MIN_MEMORY_KIB and params.iterations >= 3
    assert len(machine.runs) <= 8
    assert all(run.memory_kib >= MIN_MEMORY_KIB for run in machine.runs)
    if seconds_at_floor < 1.0:
        assert 0.5 <= machine.seconds(params) <= 1.0


def test_calibrate_settles_despite_a_busy_machine() -> None:
    machine = _FakeMachine(0.26, noise=(1.0, 1.0, 1.6, 1.3, 1.0))

    params = calibrate(clock=machine.clock, derive=machine.derive)

    assert params == KdfParams(128 * 1024, 4)
    iterations = [run.iterations for run in machine.runs if run.memory_kib == params.memory_kib]
    assert iterations == sorted(iterations) and len(machine.runs) <= 8


def test_calibrate_steps_back_when_more_memory_costs_more_than_expected() -> None:
    machine = _FakeMachine(0.2, growth=1.25)  # 128 MiB: 0.48 s, but 256 MiB: 1.13 s

    params = calibrate(clock=machine.clock, derive=machine.derive)

    assert params == KdfParams(128 * 1024, 4)
    assert 0.5 <= machine.seconds(params) <= 1.0


# --- human codes ----------------------------------------------------------------------------

CODE_LAYOUT = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}")


def test_recovery_codes_round_trip_through_their_printed_form() -> None:
    for _ in range(200):
        code, text = new_recovery_code()
        assert len(code) == 16 and CODE_LAYOUT.fullmatch(text)
        assert parse_recovery_code(text) == code


def test_recovery_code_typing_is_tolerant_of_case_spacing_and_look_alikes() -> None:
    code, text = next((c, t) for c, t in iter(new_recovery_code, None) if "0" in t and "1" in t)
    look_alike = text.replace("0", "O").replace("1", "I", 1).replace("1", "l")

    for typed in [text.lower(), text.replace("-", " "), text.replace("-", ""), look_alike]:
        assert parse_recovery_code(f"  {typed} ") == code


def test_any_single_typo_or_swap_in_a_recovery_code_is_caught_before_any_kdf() -> None:
    _, text = new_recovery_code()
    plain = text.replace("-", "")
    typos = [
        plain[:i] + other + plain[i + 1 :]
        for i in range(len(plain))
        for other in CROCKFORD
        if other != plain[i]
    ]
    swaps = [
        plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :]
        for i in range(len(plain) - 1)
        if plain[i] != plain[i + 1]
    ]
    for typed in typos + swaps + [plain[:-1], plain + "0", plain.replace(plain[3], "U", 1)]:
        with pytest.raises(BadRecoveryCode) as caught:
            parse_recovery_code(typed)
        assert caught.value.code == "bad_recovery_code"


def test_identifiers_are_short_and_typed_loosely() -> None:
    for _ in range(50):
        identifier = new_identifier()
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{2}-[0-9A-HJKMNP-TV-Z]{4}", identifier)
        assert normalize_identifier(identifier.lower().replace("-", " ")) == identifier

    assert normalize_identifier("k7 mx4q") == "K7-MX4Q"
    assert normalize_identifier("KO-IL10") == "K0-1110"
    for bad in ["K7-MX4", "K7-MX4QQ", "K7-MU4Q", "K7-MX4?", ""]:
        with pytest.raises(ValueError):
            normalize_identifier(bad)


# --- generated passphrases ------------------------------------------------------------------


def test_the_word_list_is_plain_distinct_and_large_enough() -> None:
    words = passphrase_words()

    assert 1500 <= len(words) <= 2500
    assert len(set(words)) == len(words)
    assert all(re.fullmatch(r"[a-z]{4,8}", w) for w in words)


def test_no_two_words_differ_by_a_single_letter() -> None:
    words = set(passphrase_words())
    close: list[tuple[str, ...]] = []
    patterns: dict[str, list[str]] = {}
    for word in words:
        for i in range(len(word)):
            if word[:i] + word[i + 1 :] in words:  # one letter more
                close.append((word, word[:i] + word[i + 1 :]))
            patterns.setdefault(word[:i] + "?" + word[i + 1 :], []).append(word)
    close += [tuple(group) for group in patterns.values() if len(group) > 1]  # one letter changed
    assert close == []


def test_passphrases_draw_from_the_list_and_survive_normalisation() -> None:
    words = set(passphrase_words())
    for _ in range(100):
        phrase = new_passphrase()
        assert len(phrase.split(" ")) == 4 and set(phrase.split(" ")) <= words
        assert normalize_secret(phrase) == phrase
    assert len(new_passphrase(3).split(" ")) == 3
    assert passphrase_entropy_bits(4) == pytest.approx(4 * math.log2(len(words)))
    assert passphrase_entropy_bits(4) > 43
