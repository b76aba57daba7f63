"""Signing the minutes: fields first, then secretary and chair as incremental PAdES signatures."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from minutes_sample import minutes_record
from pki import PASSPHRASE, DemoPki, make_pki, timestamp_server
from pyhanko.pdf_utils.reader import PdfFileReader

from ecabinet.pdf.minutes import layout_minutes
from ecabinet.pdf.signing import (
    Pkcs12Source,
    SignatureStamp,
    SigningError,
    add_signature_fields,
    extend_to_lt,
    extend_to_lta,
    first_revision_length,
    sign_pdf,
    unsigned_hash,
    write_atomically,
)
from ecabinet.pdf.validation import validate_pdf


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    rendered = layout_minutes(minutes_record(), "vi")
    return add_signature_fields(rendered.pdf, rendered.signature_fields)


def _source(certificate: object, passphrase: str = PASSPHRASE) -> Pkcs12Source:
    return Pkcs12Source(certificate.pkcs12(PASSPHRASE), passphrase)  # type: ignore[attr-defined]


def _expected(pki: DemoPki) -> dict[str, str]:
    return {"sig_secretary": pki.secretary.fingerprint, "sig_chair": pki.chair.fingerprint}


@pytest.fixture(scope="module")
def signed_twice(pki: DemoPki, unsigned: bytes) -> bytes:
    first = sign_pdf(
        unsigned,
        "sig_secretary",
        _source(pki.secretary),
        reason="Minutes approved",
        location="Hà Nội",
        stamp=SignatureStamp("Phạm Thư Ký", "Thư ký", "Đã ký 03/05/2027 10:42"),
    )
    return sign_pdf(
        first,
        "sig_chair",
        _source(pki.chair),
        reason="Minutes approved",
        location="Hà Nội",
        stamp=SignatureStamp("ສົມພອນ ແກ້ວມະນີ", "ປະທານ", "ເຊັນ 03/05/2027"),
    )


def test_fields_are_an_incremental_update_and_deterministic() -> None:
    rendered = layout_minutes(minutes_record(), "en")
    with_fields = add_signature_fields(rendered.pdf, rendered.signature_fields)
    assert with_fields.startswith(rendered.pdf)
    assert first_revision_length(with_fields) == len(rendered.pdf)
    assert add_signature_fields(rendered.pdf, rendered.signature_fields) == with_fields
    reader = PdfFileReader(io.BytesIO(with_fields))
    names = [field.get_object().get("/T") for field in reader.root["/AcroForm"]["/Fields"]]
    assert names == ["sig_secretary", "sig_chair"]


def test_secretary_then_chair_both_valid(pki: DemoPki, unsigned: bytes, signed_twice: bytes) -> None:
    assert signed_twice.startswith(unsigned)
    report = validate_pdf(signed_twice, [pki.root_pem], expected=_expected(pki), unsigned_hash=unsigned_hash(unsigned))
    assert report.ok, report.codes
    assert report.first_revision_ok is True
    secretary, chair = report.signatures
    assert (secretary.field_name, chair.field_name) == ("sig_secretary", "sig_chair")
    assert secretary.signer_common_name == "Phạm Thư Ký"
    assert chair.fingerprint == pki.chair.fingerprint
    assert secretary.intact and secretary.valid and secretary.trusted
    assert not secretary.covers_whole_document and secretary.modification_level == "FORM_FILLING"
    assert chair.covers_whole_document and chair.modification_level == "NONE"
    now = dt.datetime.now(dt.UTC)
    assert chair.signing_time is not None and abs((now - chair.signing_time).total_seconds()) < 600


def test_visible_stamp_shows_name_in_the_box(signed_twice: bytes) -> None:
    import pymupdf

    with pymupdf.open(stream=signed_twice, filetype="pdf") as document:
        page = document[document.page_count - 1]
        widgets = {widget.field_name: widget for widget in page.widgets()}
        assert set(widgets) == {"sig_secretary", "sig_chair"}
        pixmap = page.get_pixmap(dpi=72, clip=widgets["sig_chair"].rect, annots=True)
        dark = sum(1 for value in pixmap.samples[::3] if value < 160)
        assert dark > 50  # the stamp is drawn (Lao name, role, date)


def test_wrong_passphrase_signs_nothing(pki: DemoPki, unsigned: bytes) -> None:
    with pytest.raises(SigningError) as caught:
        sign_pdf(unsigned, "sig_secretary", _source(pki.secretary, "wrong"), reason="r", location="l")
    assert caught.value.code == "wrong_passphrase"


def test_missing_and_already_signed_fields(pki: DemoPki, unsigned: bytes, signed_twice: bytes) -> None:
    with pytest.raises(SigningError) as caught:
        sign_pdf(unsigned, "sig_nobody", _source(pki.secretary), reason="r", location="l")
    assert caught.value.code == "field_missing"
    with pytest.raises(SigningError) as caught:
        sign_pdf(signed_twice, "sig_chair", _source(pki.chair), reason="r", location="l")
    assert caught.value.code == "field_already_signed"


def test_expired_not_yet_valid_and_non_signing_certificates(pki: DemoPki, unsigned: bytes) -> None:
    now = dt.datetime.now(dt.UTC)
    cases = {
        "certificate_expired": pki.intermediate.issue_signer(
            "Old", "Gov", not_before=now - dt.timedelta(days=400), not_after=now - dt.timedelta(days=1)
        ),
        "certificate_not_yet_valid": pki.intermediate.issue_signer(
            "Future", "Gov", not_before=now + dt.timedelta(days=2), not_after=now + dt.timedelta(days=400)
        ),
    }
    for code, certificate in cases.items():
        with pytest.raises(SigningError) as caught:
            sign_pdf(unsigned, "sig_chair", _source(certificate), reason="r", location="l")
        assert caught.value.code == code


def test_b_t_with_a_local_timestamp_authority_then_b_lt_and_b_lta(pki: DemoPki, unsigned: bytes) -> None:
    with timestamp_server(pki.dummy_timestamper()) as url:
        assert url.startswith("http://127.0.0.1:")
        first = sign_pdf(unsigned, "sig_secretary", _source(pki.secretary), reason="r", location="l", timestamper=url)
        report = validate_pdf(first, [pki.root_pem], unsigned_hash=unsigned_hash(unsigned))
        (signature,) = report.signatures
        assert signature.ok and signature.timestamp_time is not None
        long_term = extend_to_lt(first, pki.validation_context())
        assert long_term.startswith(first)
        reader = PdfFileReader(io.BytesIO(long_term))
        dss = reader.root["/DSS"]
        assert len(dss["/Certs"]) >= 2 and len(dss["/CRLs"]) >= 1
        archived = extend_to_lta(first, url, pki.validation_context())
        assert archived.startswith(first)
        assert len(PdfFileReader(io.BytesIO(archived)).embedded_timestamp_signatures) == 1
    # The chair signs after the validation data and the document timestamp: everything still holds.
    both = sign_pdf(archived, "sig_chair", _source(pki.chair), reason="r", location="l")
    report = validate_pdf(
        both, [pki.root_pem], expected=_expected(pki), unsigned_hash=unsigned_hash(unsigned), crls=pki.crls()
    )
    assert report.ok, report.codes


def test_write_atomically_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    write_atomically(target, b"%PDF-1.7 first")
    write_atomically(target, b"%PDF-1.7 second")
    assert target.read_bytes() == b"%PDF-1.7 second"
    assert [path.name for path in tmp_path.iterdir()] == ["minutes.pdf"]


@pytest.mark.skipif(shutil.which("pdfsig") is None or shutil.which("certutil") is None, reason="needs poppler-utils")
def test_pdfsig_agrees_both_valid_and_trusted(pki: DemoPki, signed_twice: bytes, tmp_path: Path) -> None:
    """poppler's pdfsig (NSS, not pyHanko) with an NSS database that trusts the test root.

    Our certificates carry no OCSP address, so pdfsig runs without ``-no-ocsp``: poppler 22.12 with
    ``-no-ocsp`` reports "Unknown issue with Certificate or corrupted data" for these valid certificates.
    """
    nss = tmp_path / "nss"
    nss.mkdir()
    root = tmp_path / "root.pem"
    root.write_bytes(pki.root_pem)
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(
        ["certutil", "-A", "-d", f"sql:{nss}", "-n", "ecabinet test root", "-t", "CT,C,C", "-i", str(root)],
        check=True,
        capture_output=True,
    )
    document = tmp_path / "signed.pdf"
    document.write_bytes(signed_twice)
    result = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(document)], capture_output=True, text=True)
    output = result.stdout
    assert output.count("Signature is Valid.") == 2, output
    assert output.count("Certificate is Trusted.") == 2, output
    assert "sig_secretary" in output and "sig_chair" in output
    # Without the root in the database: still intact, but not trusted.
    untrusted = subprocess.run(["pdfsig", str(document)], capture_output=True, text=True).stdout
    assert untrusted.count("Signature is Valid.") == 2
    assert "Certificate is Trusted." not in untrusted
    # One flipped byte inside the signed range: pdfsig sees it too (and still exits 0).
    tampered = bytearray(signed_twice)
    tampered[2000] ^= 0x01
    document.write_bytes(bytes(tampered))
    broken = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(document)], capture_output=True, text=True)
    assert broken.stdout.count("Signature is Valid.") == 0, broken.stdout
