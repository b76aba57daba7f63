"""Shared steps of the minutes tests: hold the demo cabinet session, close it, finalise its minutes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pki import PASSPHRASE, DemoPki
from session_support import Room
from support import Api

from ecabinet.pdf.signing import Pkcs12Source, SignatureStamp, sign_pdf
from ecabinet.server.config import Settings


def with_test_pki(settings: Settings, pki: DemoPki, folder: Path, **extra: Any) -> Settings:
    """The settings, trusting the test PKI's root (and nothing else)."""
    folder.mkdir(parents=True, exist_ok=True)
    root = folder / "test-root.pem"
    root.write_bytes(pki.root_pem)
    return settings.model_copy(update={"signing_trust_roots": [root], **extra})


def held_and_closed(client: TestClient) -> Room:
    """The demo cabinet session: attendance, a named vote on item 2, then closed."""
    room = Room(client, "secretary", "chair", "minister1", "minister2", "observer")
    room.start("chair", "minister1", "minister2")
    vote = room.open_vote(1, question="Adopt the budget estimate?")
    for name, option in (("chair", "for"), ("minister1", "for"), ("minister2", "against")):
        assert room.cast(name, vote["id"], option).status_code == 201
    room.close(vote["id"])
    closed = room["chair"].post(f"/api/meetings/{room.id}/close")
    assert closed.status_code == 200, closed.text
    return room


def enroll(admin: Api, username: str, certificate_pem: bytes) -> dict[str, Any]:
    response = admin.post(
        "/api/admin/signing-certificates", json={"username": username, "certificate_pem": certificate_pem.decode()}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def finalised(room: Room) -> dict[str, Any]:
    response = room["secretary"].post(f"/api/meetings/{room.id}/minutes/finalise", json={})
    assert response.status_code == 200, response.text
    return dict(response.json())


def download(api: Api, minutes: dict[str, Any]) -> bytes:
    response = api.get(f"/api/documents/{minutes['document_id']}/versions/{minutes['sha256']}/content")
    assert response.status_code == 200, response.text
    data = bytes(response.content)
    assert hashlib.sha256(data).hexdigest() == minutes["sha256"]
    return data


def sign(pdf: bytes, field: str, certificate: Any, name: str = "Signer") -> bytes:
    source = Pkcs12Source(certificate.pkcs12(PASSPHRASE), PASSPHRASE)
    return sign_pdf(
        pdf, field, source, reason="Minutes approved", location="Cabinet Room",
        stamp=SignatureStamp(name, field.removeprefix("sig_"), "Signed today"),
    )  # fmt: skip


def upload(api: Api, meeting_id: str, pdf: bytes) -> Any:
    return api.post(
        f"/api/meetings/{meeting_id}/minutes/signed", content=pdf, headers={"Content-Type": "application/pdf"}
    )
