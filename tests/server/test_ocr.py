"""OCR of scanned uploads: a searchable version appears in the background; without Tesseract the
upload still works; a job left waiting is taken up when a server starts."""

from __future__ import annotations

import time
from typing import Any

import pymupdf
import pytest
from support import Api, app_client, make_pdf

from ecabinet.pdf.search import PacketIndex
from ecabinet.server.app import create_app
from ecabinet.server.config import Settings
from ecabinet.server.ocr import find_tessdata

pytestmark = pytest.mark.skipif(
    find_tessdata() is None,
    reason="Tesseract language data not installed (Debian: tesseract-ocr-vie tesseract-ocr-lao tesseract-ocr-eng)",
)

LINES = ["Ngân sách nhà nước năm 2027", "Cabinet budget resolution"]


def scanned_pdf() -> bytes:
    """A page of text (Vietnamese diacritics included) photographed: an image-only PDF, no text layer."""
    source = pymupdf.open()
    page = source.new_page()
    page.insert_font(fontname="notos", fontbuffer=pymupdf.Font("notos").buffer)
    for n, line in enumerate(LINES):
        page.insert_text((72, 100 + 40 * n), line, fontname="notos", fontsize=18)
    pix = page.get_pixmap(dpi=200)
    scan = pymupdf.open()
    scan_page = scan.new_page(width=page.rect.width, height=page.rect.height)
    scan_page.insert_image(scan_page.rect, stream=pix.tobytes("png"))
    data: bytes = scan.tobytes(deflate=True)
    assert pymupdf.open("pdf", data)[0].get_text().strip() == ""
    return data


def new_meeting(sec: Api) -> tuple[str, str]:
    meeting = sec.post(
        "/api/meetings",
        json={"body_id": "cabinet", "title": "OCR session", "starts_at": "2027-03-01T09:00:00Z"},
    ).json()
    item = sec.post(f"/api/meetings/{meeting['id']}/items", json={"title": "Budget"}).json()
    return meeting["id"], item["id"]


def document(sec: Api, meeting_id: str, doc_id: str) -> dict[str, Any]:
    detail = sec.get(f"/api/meetings/{meeting_id}").json()
    return next(d for i in detail["agenda"] for d in i["documents"] if d["id"] == doc_id)


def wait_for_ocr(sec: Api, meeting_id: str, doc_id: str, timeout: float = 180) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        doc = document(sec, meeting_id, doc_id)
        seen.append(doc["ocr"]["state"])
        if doc["ocr"]["state"] not in ("queued", "running"):
            return doc
        time.sleep(0.2)
    raise AssertionError(f"OCR did not finish; states seen: {seen[-5:]}")


def test_scanned_upload_gets_a_searchable_version(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        meeting_id, item_id = new_meeting(sec)
        uploaded = sec.upload(meeting_id, item_id, scanned_pdf(), title="Scanned budget")
        assert uploaded.status_code == 201, uploaded.text
        doc_id = uploaded.json()["id"]
        original = uploaded.json()["version"]["sha256"]
        assert document(sec, meeting_id, doc_id)["ocr"]["state"] in ("queued", "running", "done")
        cursor = sec.get("/api/sync?since=0").json()["cursor"]
        doc = wait_for_ocr(sec, meeting_id, doc_id)
        assert doc["ocr"]["state"] == "done", doc["ocr"]
        assert doc["ocr"]["pages_done"] == doc["ocr"]["pages"] == 1
        first, searchable = doc["versions"]
        assert first["sha256"] == original and not first["ocr"]
        assert searchable["ocr"] is True and searchable["derived_from"] == original
        assert doc["ocr"]["result_sha256"] == searchable["sha256"]
        # The feed told the secretary's devices about it.
        changes = sec.get(f"/api/sync?since={cursor}").json()["changes"]
        assert any(c["kind"] == "document" and c["id"] == doc_id for c in changes)
        content = sec.get(f"/api/documents/{doc_id}/versions/{searchable['sha256']}/content")
        assert content.status_code == 200
    text = pymupdf.open("pdf", content.content)[0].get_text()
    assert "Cabinet budget" in text
    assert "sách" in text
    index = PacketIndex([(doc_id, content.content)])
    assert index.search("ngan sach"), "a minister typing without diacritics finds the OCRed word"


def test_a_text_pdf_needs_no_ocr(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        meeting_id, item_id = new_meeting(sec)
        doc_id = sec.upload(meeting_id, item_id, make_pdf(2)).json()["id"]
        doc = document(sec, meeting_id, doc_id)
    assert doc["ocr"] is None
    assert len(doc["versions"]) == 1


def test_without_tesseract_the_upload_works_and_a_later_server_does_the_ocr(demo_settings: Settings) -> None:
    app = create_app(demo_settings)
    app.state.services.documents.ocr.tesseract = None  # this server has no Tesseract
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://127.0.0.1") as client:
        sec = Api(client, "secretary")
        meeting_id, item_id = new_meeting(sec)
        uploaded = sec.upload(meeting_id, item_id, scanned_pdf())
        assert uploaded.status_code == 201
        doc_id = uploaded.json()["id"]
        doc = document(sec, meeting_id, doc_id)
        assert doc["ocr"]["state"] == "unavailable"
        assert len(doc["versions"]) == 1
    # Restarted with Tesseract installed: the job is taken up at start.
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        doc = wait_for_ocr(sec, meeting_id, doc_id)
    assert doc["ocr"]["state"] == "done"
    assert [v["ocr"] for v in doc["versions"]] == [False, True]
