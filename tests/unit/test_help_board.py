"""What a console (or a terminal) knows of the site's calls: each call once, repeats dropped."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from kiosk.help import EventKind, HelpRequest, RequestState, TerminalProblem, TerminalState, Topic
from kiosk.help.board import CallBoard
from kiosk.help.wire import (
    Ack,
    AckState,
    TerminalStatus,
    decode_ack,
    decode_call,
    decode_terminal,
    encode_ack,
    encode_call,
    encode_terminal,
)

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def request(number: int, **changes: object) -> HelpRequest:
    base = HelpRequest(
        id=f"{number:032x}", terminal=f"Poste {number}", topic=Topic.NONE,
        state=RequestState.PENDING, created_at=T0 + timedelta(minutes=number),
        updated_at=T0, acknowledged_by=None, seq=1,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def doc(req: HelpRequest, event: EventKind = EventKind.CALL) -> bytes:
    return encode_call(req, event)


def test_call_documents_round_trip() -> None:
    sent = request(1, topic=Topic.SAFE, acknowledged_by="Marie", seq=3)
    got = decode_call(doc(sent, EventKind.UPDATE))
    assert got is not None
    assert (got.id, got.terminal, got.topic, got.state, got.created_at, got.acknowledged_by,
            got.seq, got.event) == (sent.id, "Poste 1", Topic.SAFE, RequestState.PENDING,
                                    sent.created_at, "Marie", 3, EventKind.UPDATE)


def test_malformed_documents_are_ignored() -> None:
    for payload in (b"", b"not json", b"[]", b'{"id": "x"}', b"\xff\xfe",
                    b'{"id": "' + b"0" * 32 + b'", "seq": true, "terminal": "a",'
                    b' "state": "pending", "created_at": "2026-01-01T09:00:00+00:00"}'):
        assert decode_call(payload) is None
    assert decode_ack(b'{"id": "x", "by": "", "state": "coming"}') is None
    assert decode_ack(b'{"id": "x", "by": "Marie", "state": "maybe"}') is None


def test_names_from_the_network_are_cut_to_printable_text() -> None:
    ack = decode_ack(encode_ack(Ack("x", "Marie\x1b[31m" + "e" * 100, AckState.COMING)))
    assert ack is not None and "\x1b" not in ack.by and len(ack.by) == 64


def test_terminal_states_and_the_offline_will() -> None:
    status = TerminalStatus("Poste 2", TerminalState.IN_SESSION, (TerminalProblem.PRINTER,), T0)
    assert decode_terminal(encode_terminal(status), "Poste 2") == status
    offline = decode_terminal(b"offline", "Poste 3")
    assert offline is not None and offline.state is TerminalState.OFFLINE


def test_a_new_call_is_announced_once_whatever_the_repeats() -> None:
    board = CallBoard()
    call = request(1)
    kinds = [board.apply_call(call.id, doc(call)) for _ in range(3)]
    assert [k.kind if k else None for k in kinds] == ["new", None, None]
    assert [c.id for c in board.calls()] == [call.id]


def test_older_documents_never_undo_newer_ones() -> None:
    board = CallBoard()
    old, acked = request(1), request(1, state=RequestState.ACKNOWLEDGED,
                                       acknowledged_by="Marie", seq=2)
    board.apply_call(old.id, doc(old))
    change = board.apply_call(acked.id, doc(acked, EventKind.UPDATE))
    assert change is not None and change.kind == "changed"
    assert board.apply_call(old.id, doc(old)) is None
    (shown,) = board.calls()
    assert shown.acknowledged_by == "Marie"


def test_a_closed_call_leaves_and_stays_gone() -> None:
    board = CallBoard()
    call = request(1)
    closing = request(1, state=RequestState.CANCELLED, seq=2)
    board.apply_call(call.id, doc(call))
    change = board.apply_call(call.id, doc(closing, EventKind.CANCEL))
    assert change is not None and change.kind == "closed"
    assert board.apply_call(call.id, b"") is None  # the retained document is cleared
    assert board.apply_call(call.id, doc(call)) is None  # a late repeat of the call
    assert board.calls() == []


def test_clearing_a_call_removes_it() -> None:
    board = CallBoard()
    call = request(1)
    board.apply_call(call.id, doc(call))
    change = board.apply_call(call.id, b"")
    assert change is not None and change.kind == "closed" and board.calls() == []


def test_after_a_lost_session_retained_calls_come_back_without_a_new_announcement() -> None:
    board = CallBoard()
    call = request(1)
    board.apply_call(call.id, doc(call))
    board.forget_calls()
    change = board.apply_call(call.id, doc(call))
    assert change is not None and change.kind == "changed"
    assert [c.id for c in board.calls()] == [call.id]


def test_calls_are_listed_oldest_first() -> None:
    board = CallBoard()
    for number in (3, 1, 2):
        board.apply_call(request(number).id, doc(request(number)))
    assert [c.terminal for c in board.calls()] == ["Poste 1", "Poste 2", "Poste 3"]
    assert board.calls()[0].waiting_s(T0 + timedelta(minutes=11)) == 600
