"""Shared steps of the issue 16 tests: a test PKI, enrolled signing certificates, and consultations."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from pki import PASSPHRASE, DemoPki, make_pki
from sqlalchemy import select
from support import Api, make_pdf

from ecabinet.core.canonical import answer_payload, ballot_payload, canonical_bytes
from ecabinet.pdf.cms import sign_detached
from ecabinet.pdf.pki import IssuedCertificate
from ecabinet.pdf.signing import Pkcs12Source
from ecabinet.server.accounts.models import User
from ecabinet.server.config import Settings
from ecabinet.server.minutes.models import SigningCertificate
from ecabinet.server.services import Services


class People:
    """A PKI with a certificate for every demo person who signs in these tests."""

    def __init__(self) -> None:
        self.pki: DemoPki = make_pki()
        ca = self.pki.intermediate
        self.certs: dict[str, IssuedCertificate] = {
            "secretary": self.pki.secretary,
            "chair": self.pki.chair,
            "minister1": ca.issue_signer("Bộ trưởng Một", "Chính phủ"),
            "minister2": ca.issue_signer("Bộ trưởng Hai", "Chính phủ"),
            "minister3": ca.issue_signer("ລັດຖະມົນຕີ ສາມ", "ລັດຖະບານ"),
            "minister4": ca.issue_signer("Bộ trưởng Bốn", "Chính phủ"),
        }

    def source(self, name: str) -> Pkcs12Source:
        return Pkcs12Source(self.certs[name].pkcs12(PASSPHRASE), PASSPHRASE)

    def trust(self, settings: Settings) -> None:
        """Make the server trust the test root (before the app starts)."""
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        path = settings.data_dir / "trust-roots.pem"
        before = path.read_bytes() if path.exists() else b""
        path.unlink(missing_ok=True)  # a clone of the demo hard-links its files: never write through the link
        path.write_bytes(before + self.pki.root_pem)

    def enrol(self, services: Services, *names: str) -> None:
        with services.db.writing() as session:
            for name in names or tuple(self.certs):
                user_id = session.execute(select(User.id).where(User.username == name)).scalar_one()
                cert = self.certs[name]
                session.add(
                    SigningCertificate(
                        user_id=user_id,
                        fingerprint=cert.fingerprint,
                        certificate_pem=cert.pem.decode(),
                        state="active",
                        source="admin",
                    )
                )


def deadline_in(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


def create_consultation(
    secretary: Api,
    recipients: list[dict[str, Any]],
    *,
    questions: tuple[str, ...] = ("Adopt the draft decree?",),
    **extra: Any,
) -> dict[str, Any]:
    body = {
        "title": "Dự thảo Nghị định về Chính phủ số",
        "description": "Opinion form",
        "deadline": deadline_in(days=2),
        "questions": list(questions),
        "recipients": recipients,
        "body_id": "cabinet",
        **extra,
    }
    response = secretary.post("/api/consultations", json=body)
    assert response.status_code == 201, response.text
    consultation = dict(response.json())
    upload = secretary.post(
        f"/api/consultations/{consultation['id']}/documents",
        files={"file": ("decree.pdf", make_pdf(2, "Dự thảo nghị định"), "application/pdf")},
        data={"title": "Draft decree"},
    )
    assert upload.status_code == 201, upload.text
    published = secretary.post(f"/api/consultations/{consultation['id']}/publish")
    assert published.status_code == 200, published.text
    return dict(published.json())


def signed_answer(
    people: People,
    signer: str,
    signer_id: str,
    consultation: dict[str, Any],
    *,
    choice: str = "agree",
    comment: str = "",
    question: int = 0,
    on_behalf_of: str | None = None,
    sign_as: str | None = None,
) -> dict[str, Any]:
    """The body of a signed answer, built offline from the consultation as the app has it."""
    q = consultation["questions"][question]
    documents = [(d["id"], d["versions"][-1]["sha256"]) for d in consultation["documents"] if d["role"] == "material"]
    data = canonical_bytes(
        answer_payload(
            consultation_id=consultation["id"],
            question_id=q["id"],
            question=q["text"],
            documents=documents,
            choice=choice,
            comment=comment,
            signer_id=signer_id,
            on_behalf_of=on_behalf_of,
        )
    )
    signature = sign_detached(data, people.source(sign_as or signer))
    body: dict[str, Any] = {
        "choice": choice,
        "comment": comment,
        "client_id": str(uuid.uuid4()),
        "documents": [{"document_id": d, "sha256": s} for d, s in documents],
        "signature": base64.b64encode(signature).decode(),
    }
    if on_behalf_of:
        body["on_behalf_of"] = on_behalf_of
    return body


def signed_ballot(
    people: People, signer: str, vote: dict[str, Any], option: str, voter_id: str, *, on_behalf_of: str | None = None
) -> dict[str, Any]:
    ballot_id = str(uuid.uuid4())
    data = canonical_bytes(
        ballot_payload(
            vote_id=vote["id"],
            question=vote["question"],
            option=option,
            ballot_id=ballot_id,
            voter_id=voter_id,
            on_behalf_of=on_behalf_of,
        )
    )
    return {
        "option": option,
        "ballot_id": ballot_id,
        "signature": base64.b64encode(sign_detached(data, people.source(signer))).decode(),
    }
