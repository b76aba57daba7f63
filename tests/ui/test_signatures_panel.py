"""The signature panel on real signed PDFs (a fresh test PKI, pyHanko signatures): valid, invalid after a byte
inside a signed revision changed, modified after signing, unknown signer; the reader's button only for signed
files; trust roots from the server kept on disk for offline checks."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import pytest
from pki import PASSPHRASE, DemoPki, make_pki
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from support import live_server, make_pdf

from ecabinet.client.api import ApiClient
from ecabinet.pdf.signing import Pkcs12Source, SignatureStamp, add_signature_fields, sign_pdf
from ecabinet.ui.signatures_panel import (
    INVALID,
    MODIFIED,
    UNKNOWN_SIGNER,
    VALID,
    DocumentSignatures,
    SignatureChecker,
    SignatureRow,
    SignaturesPanel,
    TrustRoots,
    has_signatures,
)

WAIT = 20_000


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return add_signature_fields(
        make_pdf(2, "Minutes of the cabinet"),
        [("sig_secretary", 1, (60, 80, 260, 150)), ("sig_chair", 1, (320, 80, 520, 150))],
    )


def _sign(pdf: bytes, field: str, certificate, name: str) -> bytes:  # type: ignore[no-untyped-def]
    source = Pkcs12Source(certificate.pkcs12(PASSPHRASE), PASSPHRASE)
    return sign_pdf(
        pdf, field, source, reason="Minutes approved", location="Cabinet Room",
        stamp=SignatureStamp(name, field.removeprefix("sig_"), "2027-05-03 10:42"),
    )  # fmt: skip


@pytest.fixture(scope="module")
def signed_by_both(pki: DemoPki, unsigned: bytes) -> bytes:
    return _sign(_sign(unsigned, "sig_secretary", pki.secretary, "Phạm Thư Ký"), "sig_chair", pki.chair, "An")


def _append_change(pdf: bytes) -> bytes:
    """An unsigned incremental update after the last signature: a note added on page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    note = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/Text"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (50, 50, 80, 80)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Changed after signing"),
        }
    )
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(writer.add_object(note))
    page[generic.NameObject("/Annots")] = annots
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _checker(qtbot, pki: DemoPki) -> SignatureChecker:  # type: ignore[no-untyped-def]
    checker = SignatureChecker(lambda: None)
    checker.pinned_roots = [pki.root_pem]  # as a provisioning file's signature roots
    return checker


def _check(qtbot, checker: SignatureChecker, key: str, data: bytes):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(checker.checked, timeout=WAIT) as blocker:
        assert checker.check(key, data)
    assert blocker.args[0] == key
    return blocker.args[1]


def test_both_valid_then_tampered_and_appended_are_reported(
    qtbot, translations, pki: DemoPki, signed_by_both: bytes, unsigned: bytes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    checker = _checker(qtbot, pki)
    panel = SignaturesPanel()
    qtbot.addWidget(panel)
    panel.resize(460, 520)
    panel.show()

    check = _check(qtbot, checker, "good", signed_by_both)
    panel.show_check(check)
    rows = [r for r in panel.rows if isinstance(r, SignatureRow)]
    assert [r.verdict for r in rows] == [VALID, VALID]
    assert [r.name_label.text() for r in rows] == ["Phạm Thư Ký", "Nguyễn Văn An"]
    assert rows[0].badge.text() == "Valid"
    assert rows[0].when_label.text().startswith("Signed 20") and "signer's device" in rows[0].when_label.text()
    summary = panel.summary_label.text()
    assert summary.startswith("Signed by 2 ") and summary.endswith("Every signature is valid.")
    qtbot.wait(50)  # laid out before the picture
    shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(shots / "signatures_panel.png"))

    # One byte changed inside the secretary's signed revision: that signature no longer matches.
    tampered = bytearray(signed_by_both)
    tampered[len(unsigned) // 2] ^= 0x01
    check = _check(qtbot, checker, "tampered", bytes(tampered))
    panel.show_check(check)
    verdicts = [r.verdict for r in panel.rows if isinstance(r, SignatureRow)]
    assert verdicts == [INVALID, INVALID]  # the byte is in the first revision, which both signatures cover
    assert "with a problem" in panel.summary_label.text()
    assert panel.rows[0].why_label.text().startswith("The signature does not match the document")

    # A change appended after the last signature: both signatures say the document was modified after signing.
    check = _check(qtbot, checker, "appended", _append_change(signed_by_both))
    panel.show_check(check)
    assert [r.verdict for r in panel.rows if isinstance(r, SignatureRow)] == [MODIFIED, MODIFIED]
    assert panel.rows[1].badge.text() == "Modified after signing"
    qtbot.wait(50)
    assert panel.grab().save(str(shots / "signatures_panel_modified.png"))


def test_a_certificate_from_an_unknown_authority_and_no_trust_roots(
    qtbot, translations, pki: DemoPki, unsigned: bytes
) -> None:  # type: ignore[no-untyped-def]
    stranger = _sign(unsigned, "sig_chair", pki.stranger, "Nguyễn Văn An")  # same name, untrusted CA
    check = _check(qtbot, _checker(qtbot, pki), "stranger", stranger)
    panel = SignaturesPanel()
    qtbot.addWidget(panel)
    panel.show_check(check)
    (row,) = panel.rows
    assert isinstance(row, SignatureRow) and row.verdict == UNKNOWN_SIGNER
    assert row.badge.text() == "Unknown signer" and "not issued by an authority" in row.why_label.text()
    # Nobody signed in and nothing provisioned: no roots at all, and the panel says what to do.
    lonely = SignatureChecker(lambda: None)
    check = _check(qtbot, lonely, "no roots", _sign(unsigned, "sig_secretary", pki.secretary, "Thư Ký"))
    panel.show_check(check)
    assert check.roots_from == "none" and panel.rows[0].verdict == UNKNOWN_SIGNER
    assert "has not been received from the server yet" in panel.summary_label.text()


def test_the_reader_button_shows_only_for_signed_files(
    qtbot, translations, pki: DemoPki, signed_by_both: bytes, unsigned: bytes
) -> None:  # type: ignore[no-untyped-def]
    checker = _checker(qtbot, pki)
    reader = DocumentSignatures(checker)
    reader.button.setParent(None)
    qtbot.addWidget(reader.button)
    qtbot.addWidget(reader.panel)
    assert not has_signatures(unsigned) and has_signatures(signed_by_both)
    reader.document_shown("doc:unsigned", unsigned)
    assert reader.button.isHidden() and reader.state == ""
    with qtbot.waitSignal(checker.checked, timeout=WAIT):
        reader.document_shown("doc:signed", signed_by_both)
        assert reader.state == "checking" and not reader.button.isHidden()
    assert reader.state == "valid" and reader.button.text() == "✓ Signed"
    with qtbot.waitSignal(checker.checked, timeout=WAIT):
        reader.document_shown("doc:changed", _append_change(signed_by_both))
    assert reader.state == "problem" and reader.button.text() == "⚠ Signature problem"
    assert [r.verdict for r in reader.panel.rows] == [MODIFIED, MODIFIED]
    # The same file again: answered from the cache at once.
    reader.document_shown("doc:signed", signed_by_both)
    assert reader.state == "valid"
    reader.document_shown("doc:unsigned", unsigned)
    assert reader.button.isHidden()


def test_trust_roots_come_from_the_server_and_stay_for_offline(demo_settings, closed_port, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache = tmp_path / "signing" / "trust-roots.pem"
    expected = (demo_settings.data_dir / "pki" / "root-ca.pem").read_bytes().strip()
    with live_server(demo_settings) as url, ApiClient(url, device_id=str(uuid.uuid4())) as api:
        api.login("minister1", "demo", "tablet")
        blobs, origin = TrustRoots(api.trust_roots, cache).load()
    assert origin == "server" and expected in blobs[0] and cache.read_bytes() == blobs[0]
    with ApiClient(f"http://127.0.0.1:{closed_port}", device_id=str(uuid.uuid4())) as offline:
        offline._sleep = lambda _seconds: None  # type: ignore[method-assign]  # no waiting between retries
        blobs, origin = TrustRoots(offline.trust_roots, cache).load()
        assert origin == "saved" and expected in blobs[0]
        blobs, origin = TrustRoots(offline.trust_roots, tmp_path / "nothing.pem").load()
        assert (blobs, origin) == ([], "none")
