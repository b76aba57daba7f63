"""The server refuses signed minutes that do not hold up, with a clear code; the demo's signed minutes validate
with pyHanko and with poppler's pdfsig (NSS, an independent validator)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from minutes_flow import download, enroll, finalised, held_and_closed, sign, upload, with_test_pki
from pki import DemoPki, make_pki, timestamp_server
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select
from support import Api, app_client, error_code

from ecabinet.pdf.validation import validate_pdf
from ecabinet.server.config import Settings
from ecabinet.server.demo import CLOSED_TITLE


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


def _codes(response: Any) -> list[str]:
    assert response.status_code == 422, response.text
    return list(response.json()["error"]["details"]["codes"])


def _append_unsigned_change(pdf: bytes) -> bytes:
    """An incremental update after the last signature that changes the page (a new annotation)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    from pyhanko.pdf_utils import generic

    page_ref = writer.root["/Pages"]["/Kids"][0]
    annotation = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (50, 50, 80, 80)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Changed after signing"),
        }
    )
    page = page_ref.get_object()
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(writer.add_object(annotation))
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_tampered_appended_wrong_signer_untrusted_are_refused(
    demo_settings: Settings, pki: DemoPki, tmp_path: Path
) -> None:
    settings = with_test_pki(demo_settings, pki, tmp_path / "trust")
    with app_client(settings) as client:
        admin = Api(client, "admin")
        room = held_and_closed(client)
        secretary, chair = room["secretary"], room["chair"]
        final = finalised(room)
        unsigned = download(secretary, final)
        enroll(admin, "secretary", pki.secretary.pem)
        enroll(admin, "chair", pki.chair.pem)

        not_signed = upload(secretary, room.id, unsigned)
        assert "not_signed" in _codes(not_signed)
        by_secretary = sign(unsigned, "sig_secretary", pki.secretary)
        tampered = bytearray(by_secretary)
        tampered[len(unsigned) // 2] ^= 0x01  # inside the signed revision
        assert "broken" in _codes(upload(secretary, room.id, bytes(tampered)))
        appended = _append_unsigned_change(by_secretary)
        refused = upload(secretary, room.id, appended)
        assert "modified_after_signing" in _codes(refused), refused.text
        assert error_code(refused) == "modified_after_signing"
        wrong = upload(secretary, room.id, sign(unsigned, "sig_secretary", pki.outsider))
        assert _codes(wrong) == ["wrong_signer"] and error_code(wrong) == "wrong_signer"
        untrusted = upload(secretary, room.id, sign(unsigned, "sig_secretary", pki.stranger))
        assert "untrusted" in _codes(untrusted)
        chair_first = upload(chair, room.id, sign(unsigned, "sig_chair", pki.chair))
        assert "out_of_order" in _codes(chair_first)
        assert upload(room["minister1"], room.id, by_secretary).status_code == 403
        assert secretary.get(f"/api/meetings/{room.id}/minutes").json()["state"] == "final", "nothing accepted"

        accepted = upload(secretary, room.id, by_secretary)
        assert accepted.status_code == 200, accepted.text
        # The chair signs the unsigned file, not the newest version: the secretary's signature would be lost.
        outdated = upload(chair, room.id, sign(sign(unsigned, "sig_secretary", pki.secretary), "sig_chair", pki.chair))
        assert outdated.status_code == 409 and error_code(outdated) == "minutes_outdated"
        # A file whose unsigned first revision differs from the server's.
        other = bytearray(unsigned)
        index = other.rfind(b"/Producer")
        other[index + 12] ^= 0x01
        changed = upload(secretary, room.id, sign(bytes(other), "sig_secretary", pki.secretary))
        assert "first_revision_changed" in _codes(changed)


def test_first_use_waits_for_the_admin(demo_settings: Settings, pki: DemoPki, tmp_path: Path) -> None:
    settings = with_test_pki(demo_settings, pki, tmp_path / "trust", signing_enrollment="first_use")
    with app_client(settings) as client:
        admin = Api(client, "admin")
        room = held_and_closed(client)
        secretary = room["secretary"]
        unsigned = download(secretary, finalised(room))
        signed = sign(unsigned, "sig_secretary", pki.secretary)
        # The demo enrolled a certificate for the secretary: with it, another one is simply the wrong signer.
        assert _codes(upload(secretary, room.id, signed)) == ["wrong_signer"]
        for certificate in admin.get("/api/admin/signing-certificates?state=active").json()["certificates"]:
            if certificate["username"] == "secretary":
                assert admin.post(f"/api/admin/signing-certificates/{certificate['id']}/revoke").status_code == 200
        first = upload(secretary, room.id, signed)
        assert _codes(first) == ["signer_not_enrolled"]
        pending = admin.get("/api/admin/signing-certificates?state=pending").json()["certificates"]
        (row,) = [c for c in pending if c["username"] == "secretary"]
        assert row["fingerprint"] == pki.secretary.fingerprint and row["source"] == "first_use"
        assert secretary.get("/api/admin/signing-certificates").status_code == 403
        approved = admin.post(f"/api/admin/signing-certificates/{row['id']}/approve")
        assert approved.status_code == 200 and approved.json()["state"] == "active"
        assert upload(secretary, room.id, signed).status_code == 200


def test_with_a_timestamp_authority_the_server_adds_validation_data(
    demo_settings: Settings, pki: DemoPki, tmp_path: Path
) -> None:
    with timestamp_server(pki.dummy_timestamper()) as url:
        crl = tmp_path / "ca.crl"
        crl.write_bytes(pki.intermediate.crl())
        settings = with_test_pki(demo_settings, pki, tmp_path / "trust", timestamp_url=url, signing_crls=[crl])
        with app_client(settings) as client:
            admin = Api(client, "admin")
            room = held_and_closed(client)
            enroll(admin, "secretary", pki.secretary.pem)
            enroll(admin, "chair", pki.chair.pem)
            view = room["secretary"].get(f"/api/meetings/{room.id}/minutes").json()
            assert view["timestamp_url"] == url
            unsigned = download(room["secretary"], finalised(room))
            first = upload(room["secretary"], room.id, sign(unsigned, "sig_secretary", pki.secretary))
            assert first.status_code == 200, first.text
            latest = download(room["chair"], first.json())
            assert "/DSS" in PdfFileReader(io.BytesIO(latest)).root, "B-LT: validation data embedded"
            done = upload(room["chair"], room.id, sign(latest, "sig_chair", pki.chair))
            assert done.status_code == 200, done.text
            archived = download(room["chair"], done.json())
            assert len(PdfFileReader(io.BytesIO(archived)).embedded_timestamp_signatures) == 1, "B-LTA"
            assert validate_pdf(archived, [pki.root_pem], crls=[pki.intermediate.crl()]).ok


def test_revoked_certificate_is_refused(demo_settings: Settings, tmp_path: Path) -> None:
    pki = make_pki()
    pki.intermediate.revoke(pki.secretary.certificate)
    crls = [tmp_path / "root.crl", tmp_path / "ca.crl"]
    crls[0].write_bytes(pki.root.crl())
    crls[1].write_bytes(pki.intermediate.crl())
    # Our certificates name no CRL address: only "require" makes pyHanko check every one against the CRLs given.
    settings = with_test_pki(
        demo_settings, pki, tmp_path / "trust", signing_crls=crls, signing_revocation_mode="require"
    )
    with app_client(settings) as client:
        enroll(Api(client, "admin"), "secretary", pki.secretary.pem)
        enroll(Api(client, "admin"), "chair", pki.chair.pem)
        room = held_and_closed(client)
        unsigned = download(room["secretary"], finalised(room))
        refused = upload(room["secretary"], room.id, sign(unsigned, "sig_secretary", pki.secretary))
        assert "revoked" in _codes(refused)
        pki.secretary = pki.intermediate.issue_signer("Phạm Thư Ký", "Văn phòng Chính phủ")  # a new, good one
        enroll(Api(client, "admin"), "secretary", pki.secretary.pem)
        accepted = upload(room["secretary"], room.id, sign(unsigned, "sig_secretary", pki.secretary))
        assert accepted.status_code == 200, accepted.text


def _demo_minutes(settings: Settings) -> tuple[bytes, dict[str, Any]]:
    with app_client(settings) as client:
        member = Api(client, "minister6")
        meeting = member.meeting_titled(CLOSED_TITLE)
        minutes = meeting["minutes"]
        assert minutes["state"] == "signed"
        assert [(s["role"], bool(s["signed_at"])) for s in minutes["signers"]] == [("secretary", True), ("chair", True)]
        return download(member, minutes), minutes


def test_demo_seed_closed_meeting_is_signed_and_validates(demo_settings: Settings, tmp_path: Path) -> None:
    from ecabinet.server.minutes.models import MinutesDraft
    from ecabinet.server.services import Services

    pdf, minutes = _demo_minutes(demo_settings)
    roots = [(demo_settings.data_dir / "pki" / "root-ca.pem").read_bytes()]
    services = Services.build(demo_settings)
    with services.db.reading() as session:
        draft = session.execute(
            select(MinutesDraft).where(MinutesDraft.document_id == minutes["document_id"])
        ).scalar_one()
        unsigned_sha = draft.unsigned_sha256
    services.db.dispose()
    expected = {s["field"]: s["fingerprint"] for s in minutes["signers"]}
    report = validate_pdf(pdf, roots, expected=expected, unsigned_hash=unsigned_sha)
    assert report.ok, report.codes
    if shutil.which("pdfsig") is None or shutil.which("certutil") is None:
        pytest.skip("poppler-utils / libnss3-tools not installed")
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(
        ["certutil", "-A", "-d", f"sql:{nss}", "-n", "ecabinet demo root", "-t", "CT,C,C", "-i",
         str(demo_settings.data_dir / "pki" / "root-ca.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    document = tmp_path / "minutes.pdf"
    document.write_bytes(pdf)
    output = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(document)], capture_output=True, text=True).stdout
    assert output.count("Signature is Valid.") == 2, output
    assert output.count("Certificate is Trusted.") == 2, output
    assert "sig_secretary" in output and "sig_chair" in output
