"""Validation refuses what the server must refuse, with a code per reason."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest
from minutes_sample import minutes_record
from pki import PASSPHRASE, DemoPki, make_pki

from ecabinet.pdf.minutes import layout_minutes
from ecabinet.pdf.signing import Pkcs12Source, add_signature_fields, sign_pdf, unsigned_hash
from ecabinet.pdf.validation import certificate_fingerprint, validate_pdf


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    rendered = layout_minutes(minutes_record(items=2), "vi")
    return add_signature_fields(rendered.pdf, rendered.signature_fields)


def _sign(pdf: bytes, field: str, certificate: object) -> bytes:
    source = Pkcs12Source(certificate.pkcs12(PASSPHRASE), PASSPHRASE)  # type: ignore[attr-defined]
    return sign_pdf(pdf, field, source, reason="Approved", location="Hà Nội")


@pytest.fixture(scope="module")
def signed(pki: DemoPki, unsigned: bytes) -> bytes:
    return _sign(_sign(unsigned, "sig_secretary", pki.secretary), "sig_chair", pki.chair)


def _expected(pki: DemoPki) -> dict[str, str]:
    return {"sig_secretary": pki.secretary.fingerprint, "sig_chair": pki.chair.fingerprint}


def _check(pki: DemoPki, pdf: bytes, unsigned: bytes, **kwargs: object) -> list[str]:
    report = validate_pdf(pdf, [pki.root_pem], expected=_expected(pki), unsigned_hash=unsigned_hash(unsigned), **kwargs)  # type: ignore[arg-type]
    return report.codes


def test_good_file_passes(pki: DemoPki, unsigned: bytes, signed: bytes) -> None:
    assert _check(pki, signed, unsigned) == []
    # Fingerprints accepted with colons and capitals, as admins paste them.
    loud = {name: ":".join(fp[i : i + 2] for i in range(0, 64, 2)).upper() for name, fp in _expected(pki).items()}
    assert validate_pdf(signed, [pki.root_pem], expected=loud).ok


def test_one_flipped_byte_inside_a_signed_revision_is_broken(pki: DemoPki, unsigned: bytes, signed: bytes) -> None:
    for position in (1500, len(unsigned) - 200):
        tampered = bytearray(signed)
        tampered[position] ^= 0x01
        codes = _check(pki, bytes(tampered), unsigned)
        assert "broken" in codes, (position, codes)
        assert not validate_pdf(bytes(tampered), [pki.root_pem]).ok


def test_a_page_appended_after_the_last_signature_is_modified_after_signing(
    pki: DemoPki, unsigned: bytes, signed: bytes
) -> None:
    appended = _incremental(signed)
    assert appended.startswith(signed)
    codes = _check(pki, appended, unsigned)
    assert "modified_after_signing" in codes
    assert "broken" not in codes  # the signatures themselves are intact: the change came after them


def _incremental(original: bytes) -> bytes:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "signed.pdf"
        path.write_bytes(original)
        with pymupdf.open(path) as copy:
            copy.new_page()
            copy[copy.page_count - 1].insert_text((72, 72), "Added later")
            copy.saveIncr()
        return path.read_bytes()


def test_a_text_annotation_after_signing_is_modified_after_signing(
    pki: DemoPki, unsigned: bytes, signed: bytes
) -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "signed.pdf"
        path.write_bytes(signed)
        with pymupdf.open(path) as document:
            document[0].add_freetext_annot(pymupdf.Rect(72, 72, 300, 120), "Rejected!")
            document.saveIncr()
        changed = path.read_bytes()
    assert "modified_after_signing" in _check(pki, changed, unsigned)


def test_a_certificate_not_enrolled_is_the_wrong_signer(pki: DemoPki, unsigned: bytes) -> None:
    first = _sign(unsigned, "sig_secretary", pki.secretary)
    by_outsider = _sign(first, "sig_chair", pki.outsider)
    report = validate_pdf(by_outsider, [pki.root_pem], expected=_expected(pki), unsigned_hash=unsigned_hash(unsigned))
    chair = report.signatures[1]
    assert chair.problems == ["wrong_signer"] and chair.expected_match is False
    assert report.signatures[0].ok


def test_same_name_other_ca_is_untrusted_and_wrong_signer(pki: DemoPki, unsigned: bytes) -> None:
    first = _sign(unsigned, "sig_secretary", pki.secretary)
    forged = _sign(first, "sig_chair", pki.stranger)  # same name as the chair, other CA
    report = validate_pdf(forged, [pki.root_pem], expected=_expected(pki), unsigned_hash=unsigned_hash(unsigned))
    assert report.signatures[1].signer_common_name == "Nguyễn Văn An"
    assert set(report.signatures[1].problems) == {"untrusted", "wrong_signer"}


def test_untrusted_root(pki: DemoPki, unsigned: bytes, signed: bytes) -> None:
    report = validate_pdf(signed, [pki.other_root.issued.pem], expected=_expected(pki))
    assert [s.problems for s in report.signatures] == [["untrusted"], ["untrusted"]]


def test_signed_file_must_start_with_the_recorded_unsigned_file(pki: DemoPki, unsigned: bytes) -> None:
    other = layout_minutes(minutes_record(items=2, title="A different meeting"), "vi")
    other_unsigned = add_signature_fields(other.pdf, other.signature_fields)
    signed_other = _sign(other_unsigned, "sig_secretary", pki.secretary)
    report = validate_pdf(signed_other, [pki.root_pem], unsigned_hash=unsigned_hash(unsigned))
    assert report.first_revision_ok is False
    assert report.codes == ["first_revision_changed"]


def test_missing_unexpected_and_unsigned(pki: DemoPki, unsigned: bytes) -> None:
    first = _sign(unsigned, "sig_secretary", pki.secretary)
    report = validate_pdf(first, [pki.root_pem], expected=_expected(pki))
    assert report.problems == ["missing_signature"] and report.signatures[0].ok
    only_chair = validate_pdf(first, [pki.root_pem], expected={"sig_chair": pki.chair.fingerprint})
    assert "unexpected_signature" in only_chair.signatures[0].problems
    assert validate_pdf(unsigned, [pki.root_pem]).codes == ["not_signed"]
    assert validate_pdf(b"not a pdf", [pki.root_pem]).codes == ["unreadable"]


def test_revoked_certificate(unsigned: bytes) -> None:
    pki = make_pki()
    signed = _sign(unsigned, "sig_secretary", pki.secretary)
    assert validate_pdf(signed, [pki.root_pem], crls=pki.crls(), revocation_mode="require").ok
    pki.intermediate.revoke(pki.secretary.certificate, when=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
    report = validate_pdf(signed, [pki.root_pem], crls=pki.crls(), revocation_mode="require")
    assert report.codes == ["revoked"]


def test_fingerprint_is_sha256_of_der(pki: DemoPki) -> None:
    assert certificate_fingerprint(pki.chair.pem) == pki.chair.fingerprint == certificate_fingerprint(pki.chair.der)
