"""Keeping signed minutes verifiable for decades: renew the archive timestamp before its certificate expires.

A PAdES B-LTA file ends with a document timestamp. Whoever checks the minutes in twenty years trusts the
signatures because that timestamp proves they existed, with their validation data, while every certificate
was still good. The timestamp itself is only as good as the timestamp authority's certificate: before that
expires (or its algorithm weakens) the chain is extended with the validation data of the last timestamp and a
new document timestamp over everything (pyHanko's `update_archival_timestamp_chain`). Each renewal is a new
version of the minutes document, so readers sync the renewed file like any other version, and the earlier
bytes stay its prefix (signatures and timestamps remain valid).

A final set of minutes that has no document timestamp yet (the timestamp authority was down when the last
signature came, or was configured later) gets its first one the same way.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers, timestamps
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select

from ecabinet.server.config import Settings
from ecabinet.server.db import utcnow
from ecabinet.server.documents.models import Document, DocumentVersion
from ecabinet.server.journal import SYSTEM, Actor, audit
from ecabinet.server.minutes.models import MinutesDraft
from ecabinet.server.services import Services

log = logging.getLogger(__name__)


@dataclass
class RenewalRun:
    """What one pass did: meetings whose minutes were timestamped anew, and those that failed (with why)."""

    renewed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    checked: int = 0


def validation_context(settings: Settings) -> ValidationContext:
    """The server's trust roots and CRLs for the signatures and timestamps of the minutes, passed explicitly."""
    from ecabinet.server.minutes.service import _crls, trust_roots

    roots: list[asn1_x509.Certificate] = []
    for blob in trust_roots(settings):
        roots.extend(asn1_x509.Certificate.load(der) for _kind, _headers, der in pem.unarmor(blob, multiple=True))
    return ValidationContext(
        trust_roots=roots,
        crls=_crls(settings) or None,
        allow_fetching=settings.signing_allow_fetching,
        revocation_mode=settings.signing_revocation_mode,
    )


def archive_expiry(pdf: bytes) -> datetime | None:
    """When the certificate of the newest document timestamp expires (None: the file has no document timestamp)."""
    stamps = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_timestamp_signatures
    if not stamps:
        return None
    certificate = stamps[-1].signer_cert
    expiry: datetime = certificate["tbs_certificate"]["validity"]["not_after"].native
    return expiry


def needs_renewal(pdf: bytes, *, now: datetime, margin: timedelta) -> bool:
    expiry = archive_expiry(pdf)
    return expiry is None or expiry - margin <= now


def renew_pdf(pdf: bytes, settings: Settings) -> bytes:
    """Validation data for the newest timestamp (or the signatures) and a new document timestamp, appended."""
    assert settings.timestamp_url is not None
    stamper = signers.PdfTimeStamper(timestamps.HTTPTimeStamper(settings.timestamp_url, timeout=20))
    out = io.BytesIO()
    stamper.update_archival_timestamp_chain(
        PdfFileReader(io.BytesIO(pdf), strict=False), validation_context(settings), in_place=False, output=out
    )
    renewed = out.getvalue()
    if not renewed.startswith(pdf):  # an incremental update, never a rewrite: the signed bytes stay a prefix
        raise RuntimeError("the renewed minutes do not keep the signed file as their first bytes")
    return renewed


def renew_archive_timestamps(services: Services, *, now: datetime | None = None) -> RenewalRun:
    """One pass over every fully signed set of minutes: renew where the archive timestamp expires within
    ``settings.archive_renewal_days`` (or is missing). Without a timestamp authority nothing can be done."""
    from ecabinet.server.minutes.service import _add_version, _stage, read_blob

    settings = services.settings
    run = RenewalRun()
    if not settings.timestamp_url:
        return run
    now = now or utcnow()
    margin = timedelta(days=settings.archive_renewal_days)
    with services.db.reading() as session:
        signed = [
            (d.meeting_id, d.document_id, d.current_sha256)
            for d in session.execute(select(MinutesDraft).where(MinutesDraft.state == "signed")).scalars()
            if d.document_id and d.current_sha256
        ]
    for meeting_id, document_id, sha in signed:
        run.checked += 1
        try:
            data = read_blob(services, str(sha))
            if not needs_renewal(data, now=now, margin=margin):
                continue
            renewed = renew_pdf(data, settings)
            before, after = archive_expiry(data), archive_expiry(renewed)
            if before is not None and (after is None or after <= before):
                raise RuntimeError(
                    "the timestamp authority's own certificate expires as soon as the last one: a new archive "
                    "timestamp would not last longer (renew the authority's certificate)"
                )
            staged = _stage(services, renewed, "minutes.pdf")
            try:
                checked = services.documents.check(staged)
                services.documents.store(staged)  # before the write transaction (S3 may be slow)
                with services.db.writing() as session:
                    draft = session.get(MinutesDraft, meeting_id)
                    document = session.get(Document, document_id)
                    if draft is None or document is None or draft.current_sha256 != sha:
                        continue  # changed meanwhile (another process renewed it): the next pass looks again
                    # The version row names a person: the one who finalised the minutes (the audit says the server).
                    first_by = session.execute(
                        select(DocumentVersion.created_by).where(DocumentVersion.document_id == document.id).limit(1)
                    ).scalar_one()
                    owner = Actor(user_id=draft.finalised_by or first_by, device_id=None)
                    _add_version(services, session, owner, document, staged, checked.pages)
                    draft.current_sha256 = staged.sha256
                    audit(
                        session,
                        SYSTEM,
                        "minutes_timestamp_renewed",
                        target_kind="meeting",
                        target_id=meeting_id,
                        details={"sha256": staged.sha256, "previous": sha},
                    )
            finally:
                staged.path.unlink(missing_ok=True)
            run.renewed.append(meeting_id)
        except Exception as error:  # one bad file must not stop the others; the next pass tries again
            log.warning("could not renew the archive timestamp of the minutes of %s: %s", meeting_id, error)
            run.failed[meeting_id] = str(error)
    return run
