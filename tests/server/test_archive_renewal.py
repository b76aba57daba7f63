"""Signed minutes stay verifiable: the archive timestamp is renewed before its certificate expires (B-LTA chain)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from minutes_flow import download, enroll, finalised, held_and_closed, sign, upload, with_test_pki
from pki import make_pki, timestamp_server
from pyhanko.pdf_utils.reader import PdfFileReader
from support import Api, app_client

from ecabinet.pdf.validation import validate_pdf
from ecabinet.server.config import Settings
from ecabinet.server.minutes.archive import archive_expiry, renew_archive_timestamps


def _stamps(pdf: bytes) -> int:
    return len(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_timestamp_signatures)


def test_the_archive_timestamp_is_renewed_before_it_expires_and_everything_still_validates(
    demo_settings: Settings, tmp_path: Path
) -> None:
    pki = make_pki()
    short_lived = pki.intermediate.issue_timestamp_authority("Old TSA", "eCabinet Test", years=2)
    renewed_tsa = pki.intermediate.issue_timestamp_authority("New TSA", "eCabinet Test", years=10)
    crl = tmp_path / "ca.crl"
    crl.write_bytes(pki.intermediate.crl())
    with timestamp_server(pki.dummy_timestamper(short_lived)) as old_url:
        settings = with_test_pki(demo_settings, pki, tmp_path / "trust", timestamp_url=old_url, signing_crls=[crl])
        with app_client(settings) as client:
            admin = Api(client, "admin")
            room = held_and_closed(client)
            enroll(admin, "secretary", pki.secretary.pem)
            enroll(admin, "chair", pki.chair.pem)
            unsigned = download(room["secretary"], finalised(room))
            first = upload(room["secretary"], room.id, sign(unsigned, "sig_secretary", pki.secretary)).json()
            done = upload(room["chair"], room.id, sign(download(room["chair"], first), "sig_chair", pki.chair))
            assert done.status_code == 200, done.text
            archived = download(room["chair"], done.json())
            assert _stamps(archived) == 1
            expiry = archive_expiry(archived)
            assert expiry is not None and expiry.year == dt.datetime.now(dt.UTC).year + 2

            services = client.app.state.services
            # Far from expiry: nothing to do (the demo's older minutes, signed without a timestamp authority,
            # get their first archive timestamp now).
            assert room.id not in renew_archive_timestamps(services).renewed
            # A month before the old TSA certificate expires, with the authority on its new certificate.
            later = expiry - dt.timedelta(days=30)
            # The authority still on its old certificate: a new timestamp would not last longer, so none is
            # added and the reason is logged for the IT office.
            stuck = renew_archive_timestamps(services, now=later)
            assert room.id in stuck.failed and "timestamp authority" in stuck.failed[room.id]
            with timestamp_server(pki.dummy_timestamper(renewed_tsa)) as new_url:
                services.settings = settings.model_copy(update={"timestamp_url": new_url})
                run = renew_archive_timestamps(services, now=later)
                assert room.id in run.renewed and not run.failed, run
                # The renewed file is the next version, synced like any: the signed bytes are its prefix.
                minutes = room["chair"].get(f"/api/meetings/{room.id}/minutes").json()
                renewed = download(room["chair"], minutes)
                assert renewed.startswith(archived) and _stamps(renewed) == 2
                new_expiry = archive_expiry(renewed)
                assert new_expiry is not None and new_expiry > expiry
                report = validate_pdf(renewed, [pki.root_pem], crls=[pki.intermediate.crl()])
                assert report.ok, report.codes
                # Done for now: the same day again renews nothing.
                assert renew_archive_timestamps(services, now=later).renewed == []
