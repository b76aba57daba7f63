"""Detached CMS signatures over canonical bytes: made from a PKCS#12 file, checked against roots and enrolment."""

from __future__ import annotations

import pytest
from pki import PASSPHRASE, DemoPki, make_pki

from ecabinet.core.canonical import answer_payload, canonical_bytes
from ecabinet.pdf.cms import sign_detached, signer_certificate, verify_detached
from ecabinet.pdf.signing import Pkcs12Source, SigningError
from ecabinet.pdf.validation import certificate_fingerprint


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


def _payload(comment: str = "Đồng ý, có ý kiến") -> bytes:
    return canonical_bytes(
        answer_payload(
            consultation_id="c1",
            question_id="q1",
            question="Thông qua dự thảo?",
            documents=[("d1", "ab" * 32)],
            choice="agree_with_comments",
            comment=comment,
            signer_id="u1",
        )
    )


def _source(certificate: object, passphrase: str = PASSPHRASE) -> Pkcs12Source:
    return Pkcs12Source(certificate.pkcs12(PASSPHRASE), passphrase)  # type: ignore[attr-defined]


def test_signed_by_the_enrolled_certificate_verifies(pki: DemoPki) -> None:
    data = _payload()
    signature = sign_detached(data, _source(pki.chair))
    report = verify_detached(data, signature, [pki.root_pem], expected_fingerprints={pki.chair.fingerprint})
    assert report.ok, report.problems
    assert report.fingerprint == pki.chair.fingerprint
    cert = signer_certificate(signature)
    assert cert is not None and certificate_fingerprint(cert) == pki.chair.fingerprint


def test_someone_elses_certificate_is_wrong_signer(pki: DemoPki) -> None:
    data = _payload()
    signature = sign_detached(data, _source(pki.outsider))
    report = verify_detached(data, signature, [pki.root_pem], expected_fingerprints={pki.chair.fingerprint})
    assert report.problems == ["wrong_signer"]


def test_tampered_bytes_are_broken(pki: DemoPki) -> None:
    data = _payload()
    signature = sign_detached(data, _source(pki.chair))
    report = verify_detached(
        _payload("Đồng ý"), signature, [pki.root_pem], expected_fingerprints={pki.chair.fingerprint}
    )
    assert "broken" in report.problems


def test_nfd_comment_gives_the_same_bytes_and_verifies() -> None:
    import unicodedata

    assert _payload(unicodedata.normalize("NFD", "Đồng ý, có ý kiến")) == _payload()


def test_untrusted_root_and_garbage(pki: DemoPki) -> None:
    data = _payload()
    signature = sign_detached(data, _source(pki.stranger))
    assert "untrusted" in verify_detached(data, signature, [pki.root_pem]).problems
    assert verify_detached(data, b"not a signature", [pki.root_pem]).problems == ["unreadable"]
    flipped = bytearray(sign_detached(data, _source(pki.chair)))
    flipped[-10] ^= 0x01
    assert not verify_detached(data, bytes(flipped), [pki.root_pem]).ok


def test_wrong_passphrase_is_a_signing_error(pki: DemoPki) -> None:
    with pytest.raises(SigningError) as caught:
        sign_detached(_payload(), _source(pki.chair, "wrong"))
    assert caught.value.code == "wrong_passphrase"
