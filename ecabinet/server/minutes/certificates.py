"""Enrolled signing certificates: which certificate is "the expected signer" for a user.

A certificate is named by the SHA-256 of its DER bytes. The administrator enrolls it (API or
``ecabinet admin cert enroll``); with ``signing_enrollment = "first_use"`` a signer's first certificate seen
in a signed upload is recorded as *pending* and counts only after an administrator approves it, so nobody
becomes "the chair" by uploading a file signed with a certificate that merely carries the chair's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.errors import Conflict, InvalidRequest, NotFound
from ecabinet.server.accounts.models import User
from ecabinet.server.db import utcnow
from ecabinet.server.journal import Actor, audit
from ecabinet.server.meetings.views import iso
from ecabinet.server.minutes.models import SigningCertificate

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def normalise_fingerprint(value: str) -> str:
    """``AB:CD:...`` or ``abcd...`` -> 64 lowercase hex digits; 422 ``invalid_fingerprint`` otherwise."""
    text = value.strip().lower().replace(":", "").replace(" ", "")
    if not _HEX64.match(text):
        raise InvalidRequest(
            "A fingerprint is the SHA-256 of the certificate: 64 hex digits.", code="invalid_fingerprint"
        )
    return text


def _load(data: bytes) -> x509.Certificate:
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as error:
        raise InvalidRequest("The certificate could not be read.", code="invalid_certificate") from error


def active_fingerprints(session: Session, user_ids: Iterable[str]) -> dict[str, set[str]]:
    ids = list(dict.fromkeys(user_ids))
    out: dict[str, set[str]] = {u: set() for u in ids}
    if not ids:
        return out
    for user_id, fingerprint in session.execute(
        select(SigningCertificate.user_id, SigningCertificate.fingerprint).where(
            SigningCertificate.user_id.in_(ids), SigningCertificate.state == "active"
        )
    ).all():
        out[user_id].add(fingerprint)
    return out


def certificate_data(row: SigningCertificate, username: str | None = None) -> dict[str, Any]:
    return {
        "id": row.id,
        "user_id": row.user_id,
        "username": username,
        "fingerprint": row.fingerprint,
        "subject": row.subject,
        "issuer": row.issuer,
        "not_after": iso(row.not_after),
        "state": row.state,
        "source": row.source,
        "created_at": iso(row.created_at),
        "decided_at": iso(row.decided_at),
    }


def enroll(
    session: Session,
    actor: Actor,
    *,
    user_id: str,
    certificate: bytes | None = None,
    fingerprint: str | None = None,
    source: str = "admin",
) -> SigningCertificate:
    """Make a certificate (or a bare fingerprint) an active signing certificate of the user."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("No such user.", code="unknown_user")
    fields: dict[str, Any] = {}
    if certificate is not None:
        loaded = _load(certificate)
        value = loaded.fingerprint(hashes.SHA256()).hex()
        if fingerprint is not None and normalise_fingerprint(fingerprint) != value:
            raise InvalidRequest("The fingerprint does not match the certificate.", code="invalid_fingerprint")
        fields = {
            "subject": loaded.subject.rfc4514_string()[:500],
            "issuer": loaded.issuer.rfc4514_string()[:500],
            "not_after": loaded.not_valid_after_utc,
            "certificate_pem": loaded.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        }
    elif fingerprint is not None:
        value = normalise_fingerprint(fingerprint)
    else:
        raise InvalidRequest("Give the certificate or its SHA-256 fingerprint.", code="invalid_request")
    row = session.execute(
        select(SigningCertificate).where(SigningCertificate.user_id == user_id, SigningCertificate.fingerprint == value)
    ).scalar_one_or_none()
    now = utcnow()
    if row is None:
        row = SigningCertificate(
            user_id=user_id, fingerprint=value, source=source, created_at=now, subject="", issuer="", certificate_pem=""
        )
        session.add(row)
    for key, field_value in fields.items():
        setattr(row, key, field_value)
    row.state = "active"
    row.decided_at = now
    row.decided_by = actor.user_id
    session.flush()
    audit(
        session,
        actor,
        "signing_certificate_enrolled",
        target_kind="user",
        target_id=user_id,
        details={"fingerprint": value, "source": source},
    )
    return row


def note_first_use(session: Session, actor: Actor, *, user_id: str, fingerprint: str, subject: str) -> None:
    """Record a certificate seen in the user's own signed upload as pending (never active by itself)."""
    exists = session.execute(
        select(SigningCertificate.id).where(
            SigningCertificate.user_id == user_id, SigningCertificate.fingerprint == fingerprint
        )
    ).first()
    if exists:
        return
    now = utcnow()
    session.add(
        SigningCertificate(
            user_id=user_id,
            fingerprint=fingerprint,
            subject=subject[:500],
            issuer="",
            certificate_pem="",
            state="pending",
            source="first_use",
            created_at=now,
        )
    )
    session.flush()
    audit(
        session,
        actor,
        "signing_certificate_seen",
        target_kind="user",
        target_id=user_id,
        details={"fingerprint": fingerprint},
    )


def decide(session: Session, actor: Actor, certificate_id: int, *, state: str) -> SigningCertificate:
    """Approve (``active``) a pending certificate, or revoke (``revoked``) any."""
    row = session.get(SigningCertificate, certificate_id)
    if row is None:
        raise NotFound("No such signing certificate.")
    if state == "active" and row.state == "revoked":
        raise Conflict("A revoked certificate cannot be approved again; enroll it anew.", code="certificate_revoked")
    row.state = state
    row.decided_at = utcnow()
    row.decided_by = actor.user_id
    audit(
        session,
        actor,
        f"signing_certificate_{'approved' if state == 'active' else 'revoked'}",
        target_kind="user",
        target_id=row.user_id,
        details={"fingerprint": row.fingerprint},
    )
    return row


def list_certificates(session: Session, *, state: str | None = None) -> list[dict[str, Any]]:
    query = select(SigningCertificate, User.username).join(User, User.id == SigningCertificate.user_id)
    if state:
        query = query.where(SigningCertificate.state == state)
    rows = session.execute(query.order_by(User.username, SigningCertificate.id)).all()
    return [certificate_data(row, username) for row, username in rows]
