"""Check the signatures of a PDF (the minutes): intact, trusted, by the expected person, nothing changed after.

The server refuses a signed upload unless every signature passes; the apps show the same verdicts in a
signature panel. Judged with pyHanko: ``intact`` (the signed bytes hash to what was signed) and the chain
to the trust roots passed in (never the system's), plus pyHanko's change analysis of every revision
appended after each signature: only filling the prepared signature fields and adding validation data
or document timestamps is allowed. pyHanko's ``valid`` alone is not enough: it stays true on a tampered
file. The expected signer is a certificate (its SHA-256 fingerprint), never a matching name.

Every problem is a stable code (`broken`, `untrusted`, `revoked`, `certificate_expired`,
`certificate_not_yet_valid`, `certificate_not_for_signing`, `modified_after_signing`, `wrong_signer`,
`unexpected_signature`, `missing_signature`, `first_revision_changed`, `not_signed`, `unreadable`) for
the apps to translate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESIndeterminate, AdESSubIndic
from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

__all__ = ["SignatureReport", "ValidationReport", "certificate_fingerprint", "validate_pdf"]


def certificate_fingerprint(certificate: asn1_x509.Certificate | bytes) -> str:
    """SHA-256 of a certificate's DER bytes, lowercase hex (PEM or DER accepted)."""
    if isinstance(certificate, bytes):
        certificate = _load_certificate(certificate)
    return hashlib.sha256(certificate.dump()).hexdigest()


def _load_certificate(data: bytes) -> asn1_x509.Certificate:
    from asn1crypto import pem

    if pem.detect(data):
        _kind, _headers, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


def _load_roots(trust_roots: Iterable[bytes | asn1_x509.Certificate]) -> list[asn1_x509.Certificate]:
    """Certificates from DER, PEM (one or several per blob) or asn1crypto objects."""
    from asn1crypto import pem

    roots: list[asn1_x509.Certificate] = []
    for item in trust_roots:
        if isinstance(item, asn1_x509.Certificate):
            roots.append(item)
        elif pem.detect(item):
            roots.extend(asn1_x509.Certificate.load(der) for _kind, _headers, der in pem.unarmor(item, multiple=True))
        else:
            roots.append(asn1_x509.Certificate.load(item))
    return roots


@dataclass
class SignatureReport:
    """One signature as a person would ask about it: who, when, and is it still good."""

    field_name: str
    signer_subject: str
    signer_common_name: str
    fingerprint: str  # SHA-256 of the signer's certificate
    signing_time: dt.datetime | None  # as the signer's device claimed it
    timestamp_time: dt.datetime | None  # from a trusted timestamp authority (B-T and above)
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_document: bool
    modification_level: str | None  # pyHanko's ModificationLevel name for revisions after this one
    expected_match: bool | None  # None: no expectation for this field
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ValidationReport:
    """All signatures of a file and the document-level checks."""

    signatures: list[SignatureReport]
    first_revision_ok: bool | None  # None: no unsigned hash given
    problems: list[str] = field(default_factory=list)  # document-level codes

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def codes(self) -> list[str]:
        """Every problem code, document-level first, without repeats."""
        out = list(self.problems)
        for signature in self.signatures:
            out.extend(signature.problems)
        return list(dict.fromkeys(out))


def _unsigned_prefix_ok(pdf_bytes: bytes, first: EmbeddedPdfSignature, expected_hash: str) -> bool:
    """The bytes before the first signature's revision are exactly the recorded unsigned file.

    The unsigned file ends at the last ``%%EOF`` before the first signature's dictionary.
    """
    signature_start = int(first.byte_range[1])
    end = pdf_bytes.rfind(b"%%EOF", 0, signature_start)
    if end < 0:
        return False
    stop = end + len(b"%%EOF")
    while stop < len(pdf_bytes) and pdf_bytes[stop : stop + 1] in (b"\r", b"\n"):
        stop += 1
    return hashlib.sha256(pdf_bytes[:stop]).hexdigest() == expected_hash.lower()


_TRUST_CODES: Mapping[AdESSubIndic, str] = {
    AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: "untrusted",
    AdESIndeterminate.REVOKED_NO_POE: "revoked",
    AdESIndeterminate.REVOKED_CA_NO_POE: "revoked",
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: "certificate_expired",
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: "certificate_expired",
    AdESIndeterminate.EXPIRED: "certificate_expired",
    AdESIndeterminate.NOT_YET_VALID: "certificate_not_yet_valid",
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: "untrusted",
}


def _common_name(certificate: asn1_x509.Certificate) -> str:
    try:
        return str(certificate.subject.native.get("common_name", ""))
    except (ValueError, TypeError):
        return ""


def _status_problems(status: PdfSignatureStatus) -> list[str]:
    problems: list[str] = []
    if not status.intact or not status.valid:
        problems.append("broken")
    if status.revoked:
        problems.append("revoked")
    elif not status.trusted:
        indic = status.trust_problem_indic
        code = _TRUST_CODES.get(indic, "untrusted") if indic is not None else "untrusted"
        if indic is not None and "USAGE" in str(indic).upper():
            code = "certificate_not_for_signing"
        problems.append(code)
    timestamp = status.timestamp_validity
    if timestamp is not None and not (timestamp.intact and timestamp.valid and timestamp.trusted):
        problems.append("timestamp_invalid")
    level = status.modification_level
    diff_suspicious = isinstance(status.diff_result, SuspiciousModification)
    if (
        diff_suspicious
        or (level is not None and level > ModificationLevel.FORM_FILLING)
        or status.docmdp_ok is False
        or status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)
    ):
        problems.append("modified_after_signing")
    if "broken" not in problems and not status.bottom_line and len(problems) == 0:
        problems.append("broken")
    return problems


def validate_pdf(
    pdf_bytes: bytes,
    trust_roots: Sequence[bytes | asn1_x509.Certificate],
    *,
    expected: Mapping[str, str] | None = None,
    unsigned_hash: str | None = None,
    crls: Sequence[bytes] = (),
    ocsps: Sequence[bytes] = (),
    allow_fetching: bool = False,
    revocation_mode: str = "soft-fail",
    moment: dt.datetime | None = None,
) -> ValidationReport:
    """Validate every signature of ``pdf_bytes`` against ``trust_roots`` (PEM or DER certificates).

    ``expected`` maps field name -> SHA-256 fingerprint of the enrolled certificate: a signature in one of
    those fields by another certificate is `wrong_signer`, a signature in another field is
    `unexpected_signature`; an expected field still empty is only reported as `missing_signature` at the
    document level (the minutes are signed one signer at a time). ``unsigned_hash`` is the SHA-256 of the
    unsigned file the server made; the signed file must begin with exactly those bytes.
    Revocation data is used when given (``crls``, ``ocsps``) or fetched when ``allow_fetching``; pyHanko's
    ``soft-fail`` and ``hard-fail`` only check certificates that name a CRL or OCSP address, ``require``
    demands revocation data for every certificate in the chain (what a server with a CRL feed wants).
    """
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        embedded = list(reader.embedded_regular_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError):
        return ValidationReport([], None, ["unreadable"])
    roots = _load_roots(trust_roots)
    context = ValidationContext(
        trust_roots=roots,
        crls=list(crls) or None,
        ocsps=list(ocsps) or None,
        allow_fetching=allow_fetching,
        revocation_mode=revocation_mode,
        moment=moment,
    )
    reports: list[SignatureReport] = []
    for signature in embedded:
        reports.append(_check_signature(signature, context, expected))
    problems: list[str] = []
    if not embedded:
        problems.append("not_signed")
    first_ok: bool | None = None
    if unsigned_hash is not None:
        first_ok = bool(embedded) and _unsigned_prefix_ok(pdf_bytes, embedded[0], unsigned_hash)
        if embedded and not first_ok:
            problems.append("first_revision_changed")
    if expected:
        signed = {report.field_name for report in reports}
        if any(name not in signed for name in expected):
            problems.append("missing_signature")
    return ValidationReport(reports, first_ok, problems)


def _check_signature(
    signature: EmbeddedPdfSignature, context: ValidationContext, expected: Mapping[str, str] | None
) -> SignatureReport:
    field_name = str(signature.field_name)
    certificate = signature.signer_cert
    fingerprint = certificate_fingerprint(certificate)
    try:
        status = validate_pdf_signature(signature, context)
    except Exception:  # a damaged CMS blob makes pyHanko raise instead of report
        return SignatureReport(
            field_name=field_name,
            signer_subject=certificate.subject.human_friendly,
            signer_common_name=_common_name(certificate),
            fingerprint=fingerprint,
            signing_time=signature.self_reported_timestamp,
            timestamp_time=None,
            intact=False,
            valid=False,
            trusted=False,
            covers_whole_document=False,
            modification_level=None,
            expected_match=None if not expected or field_name not in expected else False,
            problems=["broken"],
        )
    problems = _status_problems(status)
    expected_match: bool | None = None
    if expected is not None:
        if field_name in expected:
            expected_match = expected[field_name].lower().replace(":", "") == fingerprint
            if not expected_match:
                problems.append("wrong_signer")
        else:
            problems.append("unexpected_signature")
    timestamp = status.timestamp_validity
    level = status.modification_level
    return SignatureReport(
        field_name=field_name,
        signer_subject=certificate.subject.human_friendly,
        signer_common_name=_common_name(certificate),
        fingerprint=fingerprint,
        signing_time=status.signer_reported_dt,
        timestamp_time=timestamp.timestamp if timestamp is not None else None,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        covers_whole_document=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        modification_level=level.name if level is not None else None,
        expected_match=expected_match,
        problems=problems,
    )
