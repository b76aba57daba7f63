"""Checking members' detached signatures (answers, ballots) against the trust roots and their enrolled certificates.

Enrolment is the minutes' (``signing_certificates``, state ``active``): one list of a person's signing
certificates for everything they sign. `enrolled_fingerprints` is the only place that knows where it lives.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.errors import InvalidRequest
from ecabinet.pdf.cms import CmsReport, verify_detached
from ecabinet.server.config import Settings


def enrolled_fingerprints(session: Session, user_id: str) -> set[str]:
    """SHA-256 fingerprints of the certificates this person may sign with."""
    from ecabinet.server.minutes.models import SigningCertificate

    rows = session.execute(
        select(SigningCertificate.fingerprint).where(
            SigningCertificate.user_id == user_id, SigningCertificate.state == "active"
        )
    ).scalars()
    return {fp.lower().replace(":", "") for fp in rows}


def trust_roots(settings: Settings) -> list[bytes]:
    """The CA certificates this server trusts for signatures (PEM files from the settings)."""
    files: list[Path] = list(getattr(settings, "trust_root_files", []) or [])
    return [path.read_bytes() for path in files if path.exists()]


def crls(settings: Settings) -> list[bytes]:
    files: list[Path] = list(getattr(settings, "signing_crls", []) or [])
    return [path.read_bytes() for path in files if path.exists()]


def decode_signature(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidRequest("The signature is not base64.", code="signature_invalid") from exc


class SignatureRefused(InvalidRequest):
    """422, a code per reason: ``not_enrolled``, ``wrong_signer``, ``signature_invalid``, ``untrusted_signature``."""


def check_member_signature(
    session: Session, settings: Settings, *, user_id: str, data: bytes, signature: bytes
) -> CmsReport:
    """The report of a valid signature over exactly ``data`` by one of ``user_id``'s enrolled certificates.

    Raises `SignatureRefused` otherwise, most specific reason first: a signature by someone else's (valid,
    trusted) certificate is ``wrong_signer``; changed bytes are ``signature_invalid``."""
    enrolled = enrolled_fingerprints(session, user_id)
    if not enrolled:
        raise SignatureRefused(
            "No signing certificate is enrolled for you; ask the administrator to enrol one.", code="not_enrolled"
        )
    report = verify_detached(
        data, signature, trust_roots(settings), expected_fingerprints=enrolled, crls=crls(settings)
    )
    problems = report.problems
    details = {"problems": problems, "fingerprint": report.fingerprint}
    if "unreadable" in problems or "broken" in problems:
        raise SignatureRefused(
            "The signature does not match the signed content (changed after signing, or damaged).",
            code="signature_invalid",
            details=details,
        )
    if "wrong_signer" in problems:
        raise SignatureRefused(
            "This was signed with a certificate that is not enrolled for you.", code="wrong_signer", details=details
        )
    if problems:
        raise SignatureRefused(
            "The signing certificate is not trusted by this server (or expired or revoked).",
            code="untrusted_signature",
            details=details,
        )
    return report
