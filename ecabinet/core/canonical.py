"""The exact bytes a member signs: RFC 8785 canonical JSON with every string in Unicode NFC.

A signature is over bytes, not over meaning, so client and server must build the same bytes from the
same answer on any platform: keys sorted by RFC 8785, numbers in their one canonical form, and every
string (keys and values) normalised to NFC first, because a Vietnamese comment typed on a tablet may
arrive decomposed (``e`` + combining marks) and must still sign and verify the same. The payload names
what was answered (consultation, question, the SHA-256 of every document version the member had) so a
signature can never be moved to another question or to a changed document.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

import rfc8785

__all__ = [
    "ANSWER_TYPE",
    "BALLOT_TYPE",
    "answer_payload",
    "ballot_payload",
    "canonical_bytes",
    "nfc",
]

ANSWER_TYPE = "ecabinet.consultation-answer/1"
BALLOT_TYPE = "ecabinet.ballot/1"


def nfc(value: Any) -> Any:
    """``value`` with every string in it (dict keys included) in NFC; other JSON types unchanged."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {nfc(str(key)): nfc(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [nfc(item) for item in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def canonical_bytes(value: Mapping[str, Any]) -> bytes:
    """RFC 8785 (JCS) serialisation of ``value`` after NFC normalisation: UTF-8 bytes to sign."""
    return bytes(rfc8785.dumps(nfc(value)))


def answer_payload(
    *,
    consultation_id: str,
    question_id: str,
    question: str,
    documents: Sequence[tuple[str, str]],
    choice: str,
    comment: str,
    signer_id: str,
    on_behalf_of: str | None = None,
) -> dict[str, Any]:
    """What a consultation answer's signature covers; ``documents`` are (document id, version SHA-256)."""
    return {
        "type": ANSWER_TYPE,
        "consultation_id": consultation_id,
        "question_id": question_id,
        "question": question,
        "documents": [{"document_id": d, "sha256": s.lower()} for d, s in sorted(documents)],
        "choice": choice,
        "comment": comment,
        "signer_id": signer_id,
        "on_behalf_of": on_behalf_of,
    }


def ballot_payload(
    *,
    vote_id: str,
    question: str,
    option: str,
    ballot_id: str,
    voter_id: str,
    on_behalf_of: str | None = None,
) -> dict[str, Any]:
    """What a signed ballot of a named vote covers. Secret votes are never signed (it would name the voter)."""
    return {
        "type": BALLOT_TYPE,
        "vote_id": vote_id,
        "question": question,
        "option": option,
        "ballot_id": ballot_id,
        "voter_id": voter_id,
        "on_behalf_of": on_behalf_of,
    }
