"""Canonical answer bytes: RFC 8785 with NFC strings, the same on every device."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecabinet.core.canonical import answer_payload, ballot_payload, canonical_bytes, nfc


def _answer(comment: str, documents: list[tuple[str, str]] | None = None) -> bytes:
    return canonical_bytes(
        answer_payload(
            consultation_id="c",
            question_id="q",
            question="Thông qua?",
            documents=documents if documents is not None else [("d2", "B" * 64), ("d1", "a" * 64)],
            choice="agree_with_comments",
            comment=comment,
            signer_id="u",
        )
    )


def test_known_bytes() -> None:
    assert canonical_bytes({"b": 1, "a": [True, None, 1.5, "é"]}) == '{"a":[true,null,1.5,"é"],"b":1}'.encode()


def test_decomposed_and_composed_vietnamese_give_the_same_bytes() -> None:
    text = "Đồng ý với ý kiến của Bộ Tài chính"
    assert _answer(unicodedata.normalize("NFD", text)) == _answer(text)
    assert text.encode() in _answer(unicodedata.normalize("NFD", text))


def test_document_order_and_hash_case_do_not_matter() -> None:
    assert _answer("x") == _answer("x", [("d1", "A" * 64), ("d2", "b" * 64)])
    assert _answer("x") != _answer("x", [("d1", "a" * 64), ("d2", "c" * 64)])


def test_lao_and_ballot() -> None:
    payload = ballot_payload(vote_id="v", question="ຮັບຮອງ?", option="for", ballot_id="b", voter_id="u")
    assert canonical_bytes(payload).startswith(b'{"ballot_id":"b","on_behalf_of":null,"option":"for"')


def test_rejects_non_json() -> None:
    with pytest.raises(TypeError):
        nfc({"a": object()})


@given(st.text())
def test_nfc_is_idempotent_and_bytes_stable(text: str) -> None:
    once = canonical_bytes({"t": text})
    assert canonical_bytes({"t": unicodedata.normalize("NFD", text)}) == once
    assert canonical_bytes({"t": nfc(text)}) == once
