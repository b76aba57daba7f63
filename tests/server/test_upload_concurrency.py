"""A slow upload to the document store never holds the database's write lock.

Write transactions run one at a time (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL), so bytes
that went to S3 inside one would stall every other writer for as long as the network upload takes. The bytes go to
the store first (content-addressed: an object left behind by a transaction that then fails is harmless and a retry
reuses it), then a short transaction records the version.

Real server (uvicorn on 127.0.0.1), real database (SQLite, or PostgreSQL with ``ECABINET_TEST_DATABASE_URL``), real
store (the folder, or S3 with ``ECABINET_STORAGE_URL``). The only addition is a wrapper around the real store that
holds ``put`` at a gate (a slow or failing network upload, made deterministic): a fault injector, not a mock.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from support import Api, error_code, make_pdf

from ecabinet.server.app import create_app, prepare
from ecabinet.server.config import Settings
from ecabinet.server.documents.storage import BlobStorage, StorageUnavailable
from ecabinet.server.serve import make_server

CABINET = "Regular Cabinet Session"
#: Longest a gated put waits for the test to open the gate (a safety net: the tests open it much sooner).
GATE_SECONDS = 60.0
#: A write that has to wait for the upload's transaction would take the whole hold; these finish in well under it.
WRITE_TIMEOUT = 15.0


class GatedStore:
    """The real store, except that ``put`` of the hashes ``hold`` selects waits until ``release`` is set, and
    ``fail`` makes the next puts raise ``StorageUnavailable`` (the store is down) without storing anything."""

    def __init__(self, inner: BlobStorage, hold: Callable[[str], bool]) -> None:
        self.inner = inner
        self.hold = hold
        self.entered = threading.Event()
        self.release = threading.Event()
        self.puts: list[str] = []
        self.fail = 0

    def put(self, staged: Path, sha256: str) -> None:
        self.puts.append(sha256)
        if self.fail > 0:
            self.fail -= 1
            staged.unlink(missing_ok=True)  # what a real put does with its staged file, success or not
            raise StorageUnavailable("The document store cannot be reached (injected). Try again.")
        if self.hold(sha256):
            self.entered.set()
            if not self.release.wait(GATE_SECONDS):
                raise AssertionError("the test never opened the gate")
        self.inner.put(staged, sha256)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@dataclass
class Running:
    url: str
    store: GatedStore
    settings: Settings

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=WRITE_TIMEOUT)


@contextmanager
def serving(settings: Settings, hold: Callable[[str], bool] = lambda _sha: False) -> Iterator[Running]:
    """``create_app`` under a real uvicorn in a thread, its document store wrapped in a ``GatedStore``."""
    services = prepare(settings)
    store = GatedStore(services.documents.storage, hold)
    services.documents.storage = store
    services.documents.ocr.storage = store
    ready: list[str] = []
    server = make_server(create_app(settings, services), on_ready=ready.append)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not ready:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield Running(ready[0], store, settings)
    finally:
        store.release.set()
        server.should_exit = True
        thread.join(15)


class Upload(threading.Thread):
    """One upload in a thread of its own (so the test can write while it is under way)."""

    def __init__(self, running: Running, path: str, pdf: bytes, title: str) -> None:
        super().__init__(daemon=True)
        self.running, self.path, self.pdf, self.title = running, path, pdf, title
        self.response: httpx.Response | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with httpx.Client(base_url=self.running.url, timeout=GATE_SECONDS + 30) as client:
                sec = Api(client, "secretary")
                self.response = sec.post(
                    self.path,
                    files={"file": ("paper.pdf", self.pdf, "application/pdf")},
                    data={"title": self.title},
                )
        except BaseException as exc:  # reported by the test
            self.error = exc


def _document(api: Api, meeting_id: str, title: str) -> dict[str, Any] | None:
    detail = api.get(f"/api/meetings/{meeting_id}").json()
    return next((d for i in detail["agenda"] for d in i["documents"] if d["title"] == title), None)


def _other_writers_go_on(secretary: Api, minister: Api, meeting: dict[str, Any]) -> None:
    """Two writers while the upload is held: a member states a position, the secretariat adds an agenda item.
    Each must finish within ``WRITE_TIMEOUT`` (a write stuck behind the upload's transaction would wait for the
    gate, i.e. until the test gives up)."""
    item = meeting["agenda"][1]
    started = time.monotonic()
    position = minister.put(
        f"/api/meetings/{meeting['id']}/items/{item['id']}/position",
        json={"position": "no_objection", "comment": "", "client_id": str(uuid.uuid4())},
    )
    assert position.status_code == 200, position.text
    added = secretary.post(f"/api/meetings/{meeting['id']}/items", json={"title": "Added during the upload"})
    assert added.status_code == 201, added.text
    assert time.monotonic() - started < WRITE_TIMEOUT


def test_a_slow_upload_does_not_block_other_writers(demo_settings: Settings) -> None:
    pdf = make_pdf(3, f"Slow network upload {uuid.uuid4()}", seed=4711)
    sha = hashlib.sha256(pdf).hexdigest()
    with serving(demo_settings, hold=lambda s: s == sha) as running, running.client() as client:
        secretary, minister = Api(client, "secretary"), Api(client, "minister1")
        meeting = secretary.meeting_titled(CABINET)
        path = f"/api/meetings/{meeting['id']}/items/{meeting['agenda'][0]['id']}/documents"
        upload = Upload(running, path, pdf, "Uploaded slowly")
        upload.start()
        assert running.store.entered.wait(GATE_SECONDS), f"the upload never reached the store: {upload.error}"

        _other_writers_go_on(secretary, minister, meeting)
        assert upload.is_alive(), "the writes above ran while the bytes were still on their way"
        # Nothing about the version is recorded before its bytes are stored.
        assert _document(secretary, meeting["id"], "Uploaded slowly") is None

        running.store.release.set()
        upload.join(GATE_SECONDS)
        assert upload.error is None and upload.response is not None
        assert upload.response.status_code == 201, upload.response.text
        created = upload.response.json()
        assert created["version"]["sha256"] == sha
        listed = _document(minister, meeting["id"], "Uploaded slowly")
        assert listed is not None and listed["versions"][-1]["sha256"] == sha
        content = minister.get(f"/api/documents/{created['id']}/versions/{sha}/content")
        assert content.status_code == 200 and content.content == pdf


def test_a_slow_new_version_does_not_block_other_writers(demo_settings: Settings) -> None:
    first = make_pdf(2, f"Version one {uuid.uuid4()}", seed=4712)
    second = make_pdf(2, f"Version two {uuid.uuid4()}", seed=4713)
    sha2 = hashlib.sha256(second).hexdigest()
    with serving(demo_settings, hold=lambda s: s == sha2) as running, running.client() as client:
        secretary, minister = Api(client, "secretary"), Api(client, "minister2")
        meeting = secretary.meeting_titled(CABINET)
        created = secretary.upload(meeting["id"], meeting["agenda"][0]["id"], first, title="Replaced slowly")
        assert created.status_code == 201, created.text
        document_id = created.json()["id"]
        upload = Upload(running, f"/api/documents/{document_id}/versions", second, "")
        upload.start()
        assert running.store.entered.wait(GATE_SECONDS), f"the upload never reached the store: {upload.error}"

        _other_writers_go_on(secretary, minister, meeting)
        assert upload.is_alive()
        listed = _document(secretary, meeting["id"], "Replaced slowly")
        assert listed is not None and [v["sha256"] for v in listed["versions"]] == [created.json()["version"]["sha256"]]

        running.store.release.set()
        upload.join(GATE_SECONDS)
        assert upload.response is not None and upload.response.status_code == 201, upload.response
        listed = _document(minister, meeting["id"], "Replaced slowly")
        assert listed is not None and listed["versions"][-1]["sha256"] == sha2


def test_a_refused_upload_sends_no_bytes_to_the_store(demo_settings: Settings) -> None:
    """Permission, a closed meeting and a duplicate are refused before any byte travels to the store."""
    with serving(demo_settings) as running, running.client() as client:
        secretary, minister = Api(client, "secretary"), Api(client, "minister1")
        meeting = secretary.meeting_titled(CABINET)
        item = meeting["agenda"][0]
        pdf = make_pdf(2, f"Not for a member to upload {uuid.uuid4()}", seed=4714)
        sha = hashlib.sha256(pdf).hexdigest()

        refused = minister.upload(meeting["id"], item["id"], pdf, title="Refused")
        assert refused.status_code == 403, refused.text
        closed = next(m for m in secretary.meetings() if m["state"] == "closed")
        closed_item = secretary.get(f"/api/meetings/{closed['id']}").json()["agenda"][0]
        in_closed = secretary.upload(closed["id"], closed_item["id"], pdf, title="Too late")
        assert in_closed.status_code == 409 and error_code(in_closed) == "meeting_closed"
        existing = next(d for i in meeting["agenda"] for d in i["documents"])
        same = minister.get(f"/api/documents/{existing['id']}/versions/{existing['versions'][-1]['sha256']}/content")
        duplicate = secretary.post(
            f"/api/documents/{existing['id']}/versions",
            files={"file": ("same.pdf", same.content, "application/pdf")},
        )
        assert duplicate.status_code == 409 and error_code(duplicate) == "duplicate_version"

        assert running.store.puts == []
        assert not running.store.exists(sha)
        assert list((running.settings.storage_dir / ".staging").glob("*")) == []


def test_store_down_during_upload_is_a_503_with_nothing_recorded_and_retry_works(demo_settings: Settings) -> None:
    pdf = make_pdf(2, f"Uploaded while the store is down {uuid.uuid4()}", seed=4715)
    sha = hashlib.sha256(pdf).hexdigest()
    with serving(demo_settings) as running, running.client() as client:
        secretary = Api(client, "secretary")
        meeting = secretary.meeting_titled(CABINET)
        item = meeting["agenda"][0]
        running.store.fail = 1
        refused = secretary.upload(meeting["id"], item["id"], pdf, title="Store down")
        assert refused.status_code == 503, refused.text
        assert error_code(refused) == "storage_unavailable"
        assert _document(secretary, meeting["id"], "Store down") is None
        assert not running.store.exists(sha)
        assert list((running.settings.storage_dir / ".staging").glob("*")) == []

        retried = secretary.upload(meeting["id"], item["id"], pdf, title="Store down")
        assert retried.status_code == 201, retried.text
        assert running.store.puts == [sha, sha]
        listed = _document(secretary, meeting["id"], "Store down")
        assert listed is not None and [v["sha256"] for v in listed["versions"]] == [sha]


# ---------------------------------------------------------------- OCR's derived version


def _tesseract() -> bool:
    from ecabinet.server.ocr import find_tessdata

    return find_tessdata() is not None


@pytest.mark.skipif(not _tesseract(), reason="Tesseract language data not installed")
def test_storing_an_ocr_result_does_not_block_other_writers(demo_settings: Settings) -> None:
    from server.test_ocr import scanned_pdf

    scan = scanned_pdf()
    scan_sha = hashlib.sha256(scan).hexdigest()
    # Every put but the scan's own is the OCR result going to the store.
    with serving(demo_settings, hold=lambda s: s != scan_sha) as running, running.client() as client:
        secretary, minister = Api(client, "secretary"), Api(client, "minister3")
        meeting = secretary.meeting_titled(CABINET)
        created = secretary.upload(meeting["id"], meeting["agenda"][0]["id"], scan, title="Scanned slowly")
        assert created.status_code == 201, created.text
        assert created.json()["version"]["sha256"] == scan_sha
        assert running.store.entered.wait(180), "OCR never stored its result"

        _other_writers_go_on(secretary, minister, meeting)
        listed = _document(secretary, meeting["id"], "Scanned slowly")
        assert listed is not None and [v["sha256"] for v in listed["versions"]] == [scan_sha]
        assert listed["ocr"]["state"] == "running"

        running.store.release.set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            listed = _document(secretary, meeting["id"], "Scanned slowly")
            assert listed is not None
            if listed["ocr"]["state"] != "running":
                break
            time.sleep(0.2)
        assert listed["ocr"]["state"] == "done", listed["ocr"]
        derived = listed["versions"][-1]
        assert derived["ocr"] is True and derived["sha256"] != scan_sha
        assert running.store.exists(derived["sha256"])
