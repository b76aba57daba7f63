"""Annotations between devices through a real server: private ones never leave the device, shared ones reach
the other participants with their author's name and can be withdrawn, and a new version uploaded by the
secretary carries my annotations over (the rest wait for review)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from client.test_annotation_book import PAPER, covered_text, highlight, note, raw_store_bytes, revision_phrases
from support import MemoryKeyring, live_server

from ecabinet.client.engine import Engine
from ecabinet.pdf.corpus import build_document
from ecabinet.pdf.words import DocumentWords, split_words
from ecabinet.server.config import Settings


@pytest.fixture
def client_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "device"
    monkeypatch.setenv("ECABINET_DATA_DIR", str(home))
    return home


@pytest.fixture
def server(demo_settings: Settings) -> Iterator[str]:
    """A private copy of the demo: these tests upload versions."""
    with live_server(demo_settings) as url:
        yield url


def signed_in(url: str, username: str) -> Engine:
    engine = Engine(url, profile=username)
    engine.login(username, "demo")
    report = engine.sync()
    assert not report.failed and not report.offline
    return engine


def teacher_paper(engine: Engine) -> dict[str, Any]:
    assert engine.store is not None
    return next(d for d in engine.store.entities("document") if d["title"] == PAPER["title"])


def secretary(url: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60)
    token = client.post(
        "/api/auth/login",
        json={"username": "secretary", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "office"},
    ).json()["token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def test_private_stays_home_shared_travels_and_is_withdrawn(
    server: str, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    author, reader = signed_in(server, "minister1"), signed_in(server, "minister2")
    try:
        document = teacher_paper(author)
        version = document["versions"][-1]["sha256"]
        private = author.annotations.save(note(document["id"], version=version))
        shared = author.annotations.save(note(document["id"], "Please read section 3", shared=True, version=version))
        report = author.sync()
        assert report.outbox.sent == 1 and not report.outbox.refused
        # The server holds the shared one only, whoever asks.
        assert [a["id"] for a in author.api.document_annotations(document["id"])] == [shared.id]
        assert [a["id"] for a in reader.api.document_annotations(document["id"])] == [shared.id]
        # The echo gives the author the server's revision, without a duplicate.
        mine = author.annotations.for_document(document["id"], version)
        assert {s.id for s in mine} == {private.id, shared.id}
        assert next(s for s in mine if s.id == shared.id).revision == 1
        # The reader's book gets it through the feed, with the author's name.
        reader.sync()
        (received,) = reader.annotations.for_document(document["id"])
        assert received.annotation == shared.annotation
        assert not received.mine and received.author_name == author.user["display_name"]  # type: ignore[index]
        # Withdrawn by its author: gone from the server and from the reader; private again on the author's device.
        author.annotations.save(shared.annotation.with_changes(shared=False))
        assert author.sync().outbox.sent == 1
        assert author.api.document_annotations(document["id"]) == []
        reader.sync()
        assert reader.annotations.for_document(document["id"]) == []
        author.sync()
        kept = author.annotations.get(shared.id)
        assert kept is not None and kept.mine and not kept.shared
        assert author.store is not None
        assert private.annotation.text.encode() not in raw_store_bytes(author.store)
    finally:
        author.close()
        reader.close()


def test_a_new_version_carries_my_annotations_over(
    server: str, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    engine = signed_in(server, "minister1")
    try:
        document = teacher_paper(engine)
        v1 = build_document(**PAPER)
        v2 = build_document(**PAPER, revision=2)
        old_sha, new_sha = hashlib.sha256(v1).hexdigest(), hashlib.sha256(v2).hexdigest()
        assert document["versions"][-1]["sha256"] == old_sha
        words = DocumentWords.from_pdf(engine.open_document(old_sha))
        phrases = revision_phrases()
        book = engine.annotations
        made = {name: book.save(highlight(v1, words, phrase, document["id"])) for name, phrase in phrases.items()}
        made["shared"] = book.save(highlight(v1, words, phrases["early"], document["id"], shared=True))
        assert engine.sync().outbox.sent == 1
        # The secretary replaces the paper an hour before the meeting.
        office = secretary(server)
        response = office.post(
            f"/api/documents/{document['id']}/versions", files={"file": ("v2.pdf", v2, "application/pdf")}
        )
        office.close()
        assert response.status_code == 201, response.text
        report = engine.sync()
        assert report.downloaded == 1
        assert (report.annotations_moved, report.annotations_to_review) == (3, 2)
        for name in ("early", "late", "shared"):
            stored = book.get(made[name].id)
            assert stored is not None and stored.annotation.sha256 == new_sha and stored.review is None
            expected = phrases["early" if name == "shared" else name]
            assert covered_text(v2, stored.annotation) == split_words(expected)
        moved_late = book.get(made["late"].id)
        assert moved_late is not None and moved_late.annotation.page == made["late"].annotation.page + 1
        review = book.needs_review(document["id"])
        assert {s.id for s in review} == {made["rewritten"].id, made["deleted"].id}
        assert all(s.annotation.sha256 == old_sha and s.review for s in review)
        # The old version stays in the cache while annotations that need review are on it.
        assert engine.cache is not None and engine.cache.has(old_sha)
        # The next sync sends the moved shared annotation; nothing is carried over twice.
        again = engine.sync()
        assert again.outbox.sent == 1 and (again.annotations_moved, again.annotations_to_review) == (0, 0)
        (on_server,) = engine.api.document_annotations(document["id"])
        assert on_server["id"] == made["shared"].id and on_server["sha256"] == new_sha
        assert len(book.for_document(document["id"])) == 5
    finally:
        engine.close()
