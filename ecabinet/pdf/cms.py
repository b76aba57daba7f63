"""Detached CMS signatures over bytes (signed consultation answers and ballots), made and checked with pyHanko.

The same `SignerSource` as the minutes (a PKCS#12 file or a PKCS#11 token) signs, so there is one path for
files and tokens. Signing uses pyHanko's general-data signing (a detached CMS ``SignedData`` with the
signer's chain embedded and a signed ``signingTime``); checking uses pyHanko's CMS validation against the
trust roots passed in (never the system's) and, when given, the enrolled certificate's SHA-256
fingerprint: a valid signature by someone else is ``wrong_signer``, never accepted because a name matches.

Problems are stable codes (``unreadable``, ``broken``, ``untrusted``, ``revoked``, ``certificate_expired``,
``certificate_not_yet_valid``, ``certificate_not_for_signing``, ``wrong_signer``) for the apps to translate.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from pyhanko.sign.general import SigningError as HankoSigningError
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from ecabinet.pdf.signing import SignerSource, SigningError, _certificate_problems
from ecabinet.pdf.validation import _TRUST_CODES, _common_name, _load_roots, certificate_fingerprint

__all__ = ["CmsReport", "sign_detached", "signer_certificate", "verify_detached"]


def _run(coro: object) -> object:
    """Run a pyHanko coroutine from sync code, also from a thread that already has a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)  # type: ignore[arg-type]
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()  # type: ignore[arg-type]


def sign_detached(data: bytes, source: SignerSource) -> bytes:
    """A detached CMS signature (DER ``ContentInfo``) over ``data`` with the key of ``source``.

    Raises `SigningError` (wrong passphrase or PIN, expired certificate, token failure) with a stable code.
    """
    with source.open() as signer:
        certificate = signer.signing_cert
        if certificate is None:
            raise SigningError("certificate_missing", "No certificate was found for the signing key.")
        _certificate_problems(certificate, dt.datetime.now(dt.UTC))
        try:
            info = _run(signer.async_sign_general_data(data, "sha256", detached=True))
        except HankoSigningError as error:
            raise SigningError("signing_failed", f"Signing failed: {error}") from error
        except Exception as error:
            if type(error).__module__.startswith("pkcs11"):
                raise SigningError("token_failed", f"The token could not sign: {error!r}") from error
            raise
    assert isinstance(info, cms.ContentInfo)
    return bytes(info.dump())


@dataclass
class CmsReport:
    """One detached signature judged: who signed (certificate fingerprint), when they said, and problems."""

    fingerprint: str = ""
    signer_subject: str = ""
    signer_common_name: str = ""
    signing_time: dt.datetime | None = None
    intact: bool = False
    trusted: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _signed_data(signature: bytes) -> cms.SignedData:
    info = cms.ContentInfo.load(signature)
    if info["content_type"].native != "signed_data":
        raise ValueError("not a CMS SignedData")
    signed = info["content"]
    signed.native  # noqa: B018 - parse everything now, so damage shows here and not inside pyHanko
    return signed


def signer_certificate(signature: bytes) -> asn1_x509.Certificate | None:
    """The certificate named by the signature's signer info, or None when the blob is unreadable."""
    try:
        signed = _signed_data(signature)
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"]
        for choice in signed["certificates"]:
            certificate = choice.chosen
            if not isinstance(certificate, asn1_x509.Certificate):
                continue
            if sid.name == "issuer_and_serial_number":
                wanted = sid.chosen
                if (
                    certificate.issuer == wanted["issuer"]
                    and certificate.serial_number == wanted["serial_number"].native
                ):
                    return certificate
            elif certificate.key_identifier == sid.chosen.native:
                return certificate
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return None


def verify_detached(
    data: bytes,
    signature: bytes,
    trust_roots: Sequence[bytes | asn1_x509.Certificate],
    *,
    expected_fingerprints: Collection[str] | None = None,
    crls: Sequence[bytes] = (),
    moment: dt.datetime | None = None,
) -> CmsReport:
    """Check that ``signature`` is a valid detached CMS signature over exactly ``data``, by a certificate
    that chains to ``trust_roots`` and (when ``expected_fingerprints`` is given) is one of them."""
    report = CmsReport()
    try:
        signed = _signed_data(signature)
    except (ValueError, KeyError, TypeError):
        report.problems.append("unreadable")
        return report
    certificate = signer_certificate(signature)
    if certificate is None:
        report.problems.append("unreadable")
        return report
    report.fingerprint = certificate_fingerprint(certificate)
    report.signer_subject = certificate.subject.human_friendly
    report.signer_common_name = _common_name(certificate)
    context = ValidationContext(
        trust_roots=_load_roots(trust_roots),
        crls=list(crls) or None,
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=moment,
    )
    try:
        status = _run(async_validate_detached_cms(data, signed, signer_validation_context=context))
    except Exception:  # a damaged blob makes pyHanko raise instead of report
        report.problems.append("broken")
        return report
    report.intact = bool(status.intact and status.valid)  # type: ignore[attr-defined]
    report.trusted = bool(status.trusted)  # type: ignore[attr-defined]
    report.signing_time = status.signer_reported_dt  # type: ignore[attr-defined]
    if not report.intact:
        report.problems.append("broken")
    if status.revoked:  # type: ignore[attr-defined]
        report.problems.append("revoked")
    elif not report.trusted:
        indic = status.trust_problem_indic  # type: ignore[attr-defined]
        code = _TRUST_CODES.get(indic, "untrusted") if indic is not None else "untrusted"
        if indic is not None and "USAGE" in str(indic).upper():
            code = "certificate_not_for_signing"
        report.problems.append(code)
    if expected_fingerprints is not None:
        wanted = {fp.lower().replace(":", "") for fp in expected_fingerprints}
        if report.fingerprint not in wanted:
            report.problems.append("wrong_signer")
    return report
