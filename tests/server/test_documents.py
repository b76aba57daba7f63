"""Uploads (good and bad), versions, downloads with Range, withdrawal and the download audit."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import func, select
from support import Api, app_client, error_code, make_pdf

from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.config import Settings
from ecabinet.server.db import Database
from ecabinet.server.documents.models import DocumentVersion

CABINET = "Regular Cabinet Session"


def _stored_files(settings: Settings) -> set[str]:
    return {p.name for p in settings.storage_dir.glob("??/*")}


def _staging_files(settings: Settings) -> list[Path]:
    return list((settings.storage_dir / ".staging").iterdir())


def _version_count(settings: Settings) -> int:
    db = Database(settings.effective_database_url)
    with db.reading() as session:
        count = int(session.execute(select(func.count()).select_from(DocumentVersion)).scalar_one())
    db.dispose()
    return count


def _encrypted_pdf() -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    data: bytes = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    return data


BAD_UPLOADS = {
    "not_a_pdf": b"Minutes of the meeting\n" * 50,
    "encrypted_pdf": None,  # built lazily
    "corrupt_pdf": None,
    "empty_file": b"",
}


@pytest.mark.parametrize("expected", ["not_a_pdf", "encrypted_pdf", "corrupt_pdf", "empty_file", "file_too_large"])
def test_bad_uploads_are_refused_and_leave_nothing(demo_settings: Settings, expected: str) -> None:
    if expected == "encrypted_pdf":
        data = _encrypted_pdf()
    elif expected == "corrupt_pdf":
        good = make_pdf(5)
        data = good[: len(good) // 2] + b"\x00garbage" * 20
    elif expected == "file_too_large":
        demo_settings.max_upload_bytes = 10_000
        data = make_pdf(1) + b"%" + b"x" * 20_000
    else:
        data = BAD_UPLOADS[expected] or b""
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        meeting = sec.meeting_titled(CABINET)
        files_before, versions_before = _stored_files(demo_settings), _version_count(demo_settings)
        response = sec.upload(meeting["id"], meeting["agenda"][0]["id"], data, title="Bad")
    assert 400 <= response.status_code < 500, response.text
    assert error_code(response) == expected
    assert response.json()["error"]["message"]
    assert _stored_files(demo_settings) == files_before
    assert _version_count(demo_settings) == versions_before
    assert _staging_files(demo_settings) == []


def test_upload_raw_body_and_file_names_never_become_paths(demo_settings: Settings) -> None:
    data = make_pdf(2, seed=7)
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        meeting = sec.meeting_titled(CABINET)
        response = sec.post(
            f"/api/meetings/{meeting['id']}/items/{meeting['agenda'][0]['id']}/documents",
            params={"title": "Raw upload"},
            content=data,
            headers={"Content-Type": "application/pdf", "X-Filename": "../../../etc/passwd"},
        )
    assert response.status_code == 201, response.text
    sha = hashlib.sha256(data).hexdigest()
    assert response.json()["version"] == {**response.json()["version"], "sha256": sha, "pages": 2, "size": len(data)}
    assert sha in _stored_files(demo_settings)
    assert not (demo_settings.data_dir.parent / "etc").exists()
    assert all(len(name) == 64 for name in _stored_files(demo_settings))


def test_new_version_and_duplicate(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        meeting = sec.meeting_titled(CABINET)
        doc = meeting["agenda"][3]["documents"][0]
        v2 = make_pdf(4, "Revised", seed=2)
        response = sec.post(f"/api/documents/{doc['id']}/versions", files={"file": ("v2.pdf", v2, "application/pdf")})
        assert response.status_code == 201, response.text
        again = sec.post(f"/api/documents/{doc['id']}/versions", files={"file": ("v2.pdf", v2, "application/pdf")})
        assert error_code(again) == "duplicate_version"
        versions = sec.meeting_titled(CABINET)["agenda"][3]["documents"][0]["versions"]
        assert [v["sha256"] for v in versions][-1] == hashlib.sha256(v2).hexdigest()
        assert len(versions) == 2
        minister = Api(client, "minister1")
        assert (
            minister.post(
                f"/api/documents/{doc['id']}/versions", files={"file": ("v3.pdf", make_pdf(1), "application/pdf")}
            ).status_code
            == 403
        )


def test_download_with_etag_and_range(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        minister = Api(client, "minister1")
        meeting = minister.meeting_titled(CABINET)
        doc = meeting["agenda"][1]["documents"][0]
        version = doc["versions"][-1]
        url = f"/api/documents/{doc['id']}/versions/{version['sha256']}/content"
        full = minister.get(url)
        assert full.status_code == 200
        assert full.headers["content-type"] == "application/pdf"
        assert full.headers["etag"] == f'"{version["sha256"]}"'
        assert full.headers["accept-ranges"] == "bytes"
        assert hashlib.sha256(full.content).hexdigest() == version["sha256"]
        part = minister.get(url, headers={"Range": "bytes=100-199"})
        assert part.status_code == 206
        assert part.content == full.content[100:200]
        assert part.headers["content-range"] == f"bytes 100-199/{version['size']}"
        not_modified = minister.get(url, headers={"If-None-Match": full.headers["etag"]})
        assert not_modified.status_code == 304


def test_a_resumed_download_is_audited_once_per_device(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        minister = Api(client, "minister1")
        meeting = minister.meeting_titled(CABINET)
        doc = meeting["agenda"][2]["documents"][0]
        version = doc["versions"][-1]
        url = f"/api/documents/{doc['id']}/versions/{version['sha256']}/content"
        size = version["size"]
        half = size // 2
        assert minister.get(url, headers={"Range": f"bytes=0-{half - 1}"}).status_code == 206
        assert minister.get(url, headers={"Range": f"bytes={half}-"}).status_code == 206
        assert minister.get(url).status_code == 200  # and once more in full
        other_device = Api(client, "minister1")
        assert other_device.get(url).status_code == 200
    db = Database(demo_settings.effective_database_url)
    with db.reading() as session:
        rows = (
            session.execute(
                select(AuditEntry).where(AuditEntry.action == "document_downloaded", AuditEntry.target_id == doc["id"])
            )
            .scalars()
            .all()
        )
    db.dispose()
    assert sorted(r.device_id or "" for r in rows) == sorted([minister.device_id, other_device.device_id])


def test_withdrawn_version_disappears(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        minister = Api(client, "minister1")
        meeting = sec.meeting_titled(CABINET)
        doc = meeting["agenda"][5]["documents"][0]
        mistake = make_pdf(2, "Wrong file", seed=9)
        sha = sec.post(
            f"/api/documents/{doc['id']}/versions", files={"file": ("x.pdf", mistake, "application/pdf")}
        ).json()["sha256"]
        cursor = minister.get("/api/sync?since=0").json()["cursor"]
        response = sec.post(f"/api/documents/{doc['id']}/versions/{sha}/withdraw", json={"reason": "wrong file"})
        assert response.status_code == 200
        assert minister.get(f"/api/documents/{doc['id']}/versions/{sha}/content").status_code == 404
        changes = minister.get(f"/api/sync?since={cursor}").json()["changes"]
        entry = next(c for c in changes if c["kind"] == "document" and c["id"] == doc["id"])
        assert sha not in [v["sha256"] for v in entry["data"]["versions"]]
        assert entry["data"]["withdrawn"][0]["sha256"] == sha
        assert entry["data"]["withdrawn"][0]["reason"] == "wrong file"
        versions = minister.meeting_titled(CABINET)["agenda"][5]["documents"][0]["versions"]
        assert sha not in [v["sha256"] for v in versions]


def test_a_pdf_check_that_takes_too_long_is_refused(demo_settings: Settings) -> None:
    demo_settings.inspect_timeout_seconds = 0.001  # the child cannot even start in that time
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        meeting = sec.meeting_titled(CABINET)
        response = sec.upload(meeting["id"], meeting["agenda"][0]["id"], make_pdf(2, seed=11))
    assert response.status_code == 422
    assert error_code(response) == "pdf_too_complex"
    assert _staging_files(demo_settings) == []
