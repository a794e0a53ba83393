"""What the kiosk accepts from the sandboxed stick worker: a well-formed listing becomes the
same `Listing` the walk makes; anything a compromised worker could write instead is refused."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.documents.stick import Caps
from kiosk.sandbox import stick_records
from kiosk.sandbox.stick_records import ListingParser, Malformed, parse_file

CAPS = Caps(entries=5, depth=3, file_size=1000)


def entry(*path: str, **changes: Any) -> dict[str, Any]:
    record = {"t": "entry", "path": list(path), "folder": False, "size": 10,
              "verdict": "ready", "reason": None, "kind": "text", "mime": "text/plain"}
    record.update(changes)
    return record


def folder(*path: str, **changes: Any) -> dict[str, Any]:
    return entry(*path, **{"folder": True, "size": 0, "kind": None, "mime": None, **changes})


def lines(*records: dict[str, Any] | str) -> bytes:
    return b"".join((r if isinstance(r, str) else json.dumps(r)).encode() + b"\n"
                    for r in records)


def parse(*records: dict[str, Any] | str, caps: Caps = CAPS) -> ListingParser:
    parser = ListingParser(caps)
    parser.feed(lines(*records))
    return parser


def test_a_listing_is_rebuilt_entry_by_entry() -> None:
    data = lines(folder("Photos"), entry("Photos", "plage.jpg", kind="jpeg", mime="image/jpeg"),
                 entry("setup.exe", verdict="refused", reason="executable", kind="executable",
                       mime="application/octet-stream"),
                 entry(".DS_Store", verdict="hidden", kind=None, mime=None),
                 {"t": "end", "count": 4})
    parser = ListingParser(CAPS)
    for at in range(0, len(data), 7):  # lines cut anywhere between chunks
        parser.feed(data[at:at + 7])
    listing = parser.listing()
    assert [e.path for e in listing.entries] == [
        ("Photos",), ("Photos", "plage.jpg"), ("setup.exe",), (".DS_Store",)]
    assert listing.children() == [listing.entries[0], listing.entries[2]]
    assert listing.entries[1].kind == "jpeg" and listing.entries[1].display_name == "plage.jpg"
    assert listing.limits == () and not listing.cancelled and listing.caps == CAPS


def test_names_are_shown_cleaned_and_surrogates_come_through() -> None:
    listing = parse(entry("Facture\u202egpj.exe\udcff"), {"t": "end", "count": 1}).listing()
    assert listing.entries[0].path == ("Facture\u202egpj.exe\udcff",)
    assert listing.entries[0].display_name == "Facturegpj.exe"


def test_caps_are_reported_once_in_walk_order() -> None:
    listing = parse(folder("a"), folder("a", "b"), folder("a", "b", "c", verdict="refused",
                                                          reason="too_deep"),
                    entry("z", verdict="refused", reason="too_many", kind=None, mime=None),
                    {"t": "end", "count": 4}).listing()
    assert listing.limits == ("too_deep", "too_many")


@pytest.mark.parametrize("bad", [
    "not json", "[1, 2]", '{"t": 1}', '{"t": "entry"}', '{"t": "surprise"}',
    json.dumps({**entry("a"), "extra": 1}),
    json.dumps(entry("a", size=float("nan"))), json.dumps(entry("a", size=float("inf"))),
    json.dumps(entry("a", size=True)), json.dumps(entry("a", size=-1)),
    json.dumps(entry("a", size=1.5)), json.dumps(entry("a", size=2000)),  # over the file cap
    json.dumps(entry("a", size=0)),  # a ready file is never empty
    json.dumps(entry("a/b")), json.dumps(entry("..")), json.dumps(entry(".")),
    json.dumps(entry("")), json.dumps(entry("a\0b")), json.dumps(entry("x" * 1025)),
    json.dumps(entry()), json.dumps(entry("a", "b", "c", "d")),  # deeper than the caps
    json.dumps(entry("a", path="a")), json.dumps(entry("a", path=[1])),
    json.dumps(entry("a", folder=1)),
    json.dumps(entry("a", verdict="ok")), json.dumps(entry("a", verdict=["ready"])),
    json.dumps(entry("a", reason="executable")),  # ready, yet a reason
    json.dumps(entry("a", verdict="refused")),  # refused, yet no reason
    json.dumps(entry("a", verdict="refused", reason="because")),
    json.dumps(entry("a", kind="exe")), json.dumps(entry("a", kind="executable")),
    json.dumps(entry("a", mime="text/plain; charset=utf-8")),
    json.dumps(entry("a", mime="image/png")),  # not the MIME type of its kind
    json.dumps(entry("a", verdict="hidden", kind="text")),
    json.dumps(folder("a", size=3)), json.dumps(folder("a", kind="pdf")),
    json.dumps(folder("a", verdict="refused", reason="executable")),
    json.dumps(entry("a", verdict="refused", reason="too_deep", kind=None, mime=None)),
    "[" * 100_000 + "]" * 100_000,
    '{"t": "entry", "size": ' + "9" * 5000 + "}",
])
def test_a_malformed_line_is_refused(bad: str) -> None:
    with pytest.raises(Malformed):
        parse(bad)


@pytest.mark.parametrize("records", [
    [entry("a", "b")],  # inside a folder never listed
    [folder("a", verdict="refused", reason="unreadable"), entry("a", "b")],
    [entry("a"), entry("a", "b")],  # inside a file
    [entry(f"f{n}") for n in range(7)],  # more than the caps allow
    [entry("a", verdict="refused", reason="timeout", kind=None, mime=None), entry("b")],
    [entry("a"), {"t": "end", "count": 2}],
    [entry("a"), {"t": "end", "count": 1}, entry("b")],  # nothing after the end
    [{"t": "end", "count": 0, "more": True}],
    [{"t": "error", "code": "unreadable"}, entry("b")],
    [{"t": "error", "code": "gone"}],
])
def test_a_malformed_sequence_is_refused(records: list[dict[str, Any]]) -> None:
    with pytest.raises(Malformed):
        parse(*records)


def test_the_cap_entry_itself_is_allowed() -> None:
    records = [entry(f"f{n}") for n in range(5)]
    records.append(entry("f5", verdict="refused", reason="too_many", kind=None, mime=None))
    listing = parse(*records, {"t": "end", "count": 6}).listing()
    assert len(listing.entries) == 6 and listing.limits == ("too_many",)


def test_a_listing_that_does_not_end_is_refused_unless_cancelled() -> None:
    parser = parse(entry("a"))
    with pytest.raises(Malformed):
        parser.listing()
    parser.feed(b'{"t": "entry", "pa')  # cut by the cancel
    listing = parser.listing(cancelled=True)
    assert listing.cancelled and [e.path for e in listing.entries] == [("a",)]


def test_too_long_a_line_or_too_much_output_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Malformed):
        ListingParser(CAPS).feed(b"{" * (stick_records.MAX_LINE + 1))
    monkeypatch.setattr(stick_records, "MAX_OUTPUT", 1000)
    parser = ListingParser(Caps())
    with pytest.raises(Malformed):
        for n in range(100):
            parser.feed(lines(entry(f"f{n}")))


def test_progress_follows_the_entries() -> None:
    seen: list[int] = []
    parser = ListingParser(Caps(), seen.append)
    parser.feed(lines(*(entry(f"f{n}") for n in range(130)), {"t": "end", "count": 130}))
    parser.listing()
    assert seen == [64, 128, 130]


def test_an_error_is_a_known_code() -> None:
    parser = parse({"t": "error", "code": "not_a_stick"})
    assert parser.error == "not_a_stick"


def test_a_file_verdict_is_checked_like_an_entry() -> None:
    record = {"t": "file", "size": 10, "verdict": "ready", "reason": None, "kind": "pdf",
              "mime": "application/pdf"}
    assert parse_file(record, CAPS).kind == "pdf"
    for bad in ({**record, "path": ["a"]}, {**record, "size": 5000}, {**record, "kind": "zip"}):
        with pytest.raises(Malformed):
            parse_file(bad, CAPS)
