"""Consultation endpoints (see the issue 16 report for the shapes)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from ecabinet.core.errors import InvalidRequest, NotFound
from ecabinet.server.accounts.service import Caller
from ecabinet.server.consultations import report as reports
from ecabinet.server.consultations import service
from ecabinet.server.consultations.models import Consultation, ConsultationAnswer, ConsultationQuestion
from ecabinet.server.consultations.schemas import AnswerIn, ConsultationIn, ConsultationPatch
from ecabinet.server.consultations.views import answer_data, consultation_view, summary, tally
from ecabinet.server.db import utcnow
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.documents.routes import _receive_upload
from ecabinet.server.documents.storage import check_sha256
from ecabinet.server.meetings.views import iso
from ecabinet.server.services import Services

log = logging.getLogger(__name__)

router = APIRouter(tags=["consultations"])


@contextmanager
def writing(services: Services) -> Iterator[Session]:
    """A write transaction that carries the settings (notifications need them deep inside)."""
    with services.db.writing() as session:
        session.info["settings"] = services.settings
        yield session


def _view(services: Services, caller: Caller, consultation_id: str) -> dict[str, Any]:
    with services.db.reading() as session:
        consultation = service.load(session, caller.person, consultation_id)
        return consultation_view(session, consultation, caller.person)


@router.get("/api/consultations")
def list_consultations(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        return {"consultations": [summary(c) for c in service.visible_consultations(session, caller.person)]}


@router.post("/api/consultations", status_code=201)
def create(body: ConsultationIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Secretariat: a draft consultation with its questions and recipients (documents are uploaded next)."""
    with writing(services) as session:
        consultation = service.create(
            session,
            caller,
            title=body.title,
            description=body.description,
            deadline=body.deadline,
            questions=body.questions,
            recipients=body.recipients,
            body_id=body.body_id,
            language=body.language,
            signatures_required=body.signatures_required,
        )
        consultation_id = consultation.id
    return _view(services, caller, consultation_id)


@router.get("/api/consultations/{consultation_id}")
def get(consultation_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    return _view(services, caller, consultation_id)


@router.patch("/api/consultations/{consultation_id}")
def patch(consultation_id: str, body: ConsultationPatch, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with writing(services) as session:
        service.update(session, caller, consultation_id, **body.model_dump(exclude_unset=True))
    return _view(services, caller, consultation_id)


@router.post("/api/consultations/{consultation_id}/publish")
def publish(consultation_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with writing(services) as session:
        service.publish(session, caller, consultation_id)
    return _view(services, caller, consultation_id)


@router.post("/api/consultations/{consultation_id}/documents", status_code=201)
async def upload_document(
    consultation_id: str, request: Request, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """A PDF (raw body or multipart ``file``; ``title`` field or query) as a new document of the consultation."""
    staged, fields = await _receive_upload(request, services)
    checked = await run_in_threadpool(services.documents.check, staged)

    def store() -> dict[str, Any]:
        try:
            with services.db.reading() as session:  # refused before any byte travels to the store
                service.load(session, caller.person, consultation_id, manage=True)
            services.documents.store(staged)  # before the write transaction, never inside it (S3 may be slow)
            with writing(services) as session:
                document, version = service.add_document(
                    session,
                    caller,
                    consultation_id,
                    title=fields.get("title", ""),
                    sha256=staged.sha256,
                    pages=checked.pages,
                    size=staged.size,
                    filename=staged.filename,
                )
                return {"id": document.id, "title": document.title, "version": _version(version)}
        finally:
            staged.path.unlink(missing_ok=True)

    return await run_in_threadpool(store)


@router.post("/api/consultations/{consultation_id}/documents/{document_id}/versions", status_code=201)
async def upload_version(
    consultation_id: str, document_id: str, request: Request, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """A new version of a document; members who already answered are told (their answers keep their version)."""
    staged, _fields = await _receive_upload(request, services)
    checked = await run_in_threadpool(services.documents.check, staged)

    def store() -> dict[str, Any]:
        try:
            with services.db.reading() as session:  # refused before any byte travels to the store
                service.load(session, caller.person, consultation_id, manage=True)
            services.documents.store(staged)  # before the write transaction, never inside it (S3 may be slow)
            with writing(services) as session:
                version = service.add_version(
                    session,
                    caller,
                    consultation_id,
                    document_id,
                    sha256=staged.sha256,
                    pages=checked.pages,
                    size=staged.size,
                    filename=staged.filename,
                )
                return _version(version)
        finally:
            staged.path.unlink(missing_ok=True)

    return await run_in_threadpool(store)


def _version(version: Any) -> dict[str, Any]:
    return {
        "sha256": version.sha256,
        "pages": version.pages,
        "size": version.size,
        "created_at": iso(version.created_at),
    }


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@router.get(
    "/api/consultations/{consultation_id}/documents/{document_id}/versions/{sha256}/content",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, 206: {"description": "Partial content"}},
)
def download(
    consultation_id: str, document_id: str, sha256: str, request: Request, caller: CallerDep, services: ServicesDep
) -> Response:
    """The PDF bytes (``ETag`` the SHA-256; one ``Range`` gives 206)."""
    try:
        check_sha256(sha256)
    except ValueError:
        return JSONResponse({"error": {"code": "not_found", "message": "Document not found."}}, status_code=404)
    with services.db.reading() as session:
        version = service.find_version(session, caller.person, consultation_id, document_id, sha256)
    etag = f'"{version.sha256}"'
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    with services.documents.storage.fetch(version.sha256) as path:
        data = path.read_bytes()
    headers = {"ETag": etag, "Accept-Ranges": "bytes", "Cache-Control": "private, no-store"}
    match = _RANGE.match(request.headers.get("range", "").strip())
    if match and (match.group(1) or match.group(2)):
        size = len(data)
        if match.group(1):
            start = int(match.group(1))
            end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        else:
            start, end = max(size - int(match.group(2)), 0), size - 1
        if start > end or start >= size:
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Response(data[start : end + 1], status_code=206, media_type="application/pdf", headers=headers)
    return Response(data, media_type="application/pdf", headers=headers)


@router.put("/api/consultations/{consultation_id}/questions/{question_id}/answer")
def put_answer(
    consultation_id: str, question_id: str, body: AnswerIn, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """Answer (or change an answer to) one question; with ``signature`` the answer is signed and final.

    409 ``deadline_passed`` (details: ``server_time``, ``deadline``) when it arrives after the deadline;
    422 ``wrong_signer`` / ``signature_invalid`` / ``untrusted_signature`` / ``not_enrolled`` for signatures;
    409 ``answer_signed`` once signed; the same ``client_id`` again: the stored answer, ``applied`` false."""
    with writing(services) as session:
        row, applied = service.answer(
            session,
            caller,
            consultation_id,
            question_id,
            choice=body.choice,
            comment=body.comment,
            client_id=body.client_id,
            documents=[(d.document_id, d.sha256) for d in body.documents] if body.documents is not None else None,
            signature=body.signature,
            on_behalf_of=body.on_behalf_of,
        )
        consultation = session.get(Consultation, row.consultation_id)
        assert consultation is not None
        current = service.current_versions(session, consultation.id)
        return {
            **answer_data(row, current),
            "applied": applied,
            "on_time": True,
            "deadline": iso(consultation.deadline),
            "server_time": iso(row.received_at) if applied else iso(utcnow()),
        }


@router.get("/api/consultations/{consultation_id}/signing-payload")
def signing_payload(
    consultation_id: str,
    question_id: str,
    choice: str,
    caller: CallerDep,
    services: ServicesDep,
    comment: str = "",
    on_behalf_of: str | None = None,
) -> dict[str, Any]:
    """The exact bytes (base64) a signature over this answer must cover, with the newest document versions.
    Clients build the same bytes with ``ecabinet.core.canonical`` (offline too); this is for checking."""
    import base64

    with services.db.reading() as session:
        consultation = service.load(session, caller.person, consultation_id)
        question = session.get(ConsultationQuestion, question_id)
        if question is None or question.consultation_id != consultation.id:
            raise NotFound("Question not found.")
        documents = sorted(service.current_versions(session, consultation.id).items())
        data = service.signing_bytes(
            consultation,
            question,
            documents,
            choice=choice,
            comment=comment.strip(),
            signer_id=caller.user_id,
            on_behalf_of=on_behalf_of if on_behalf_of != caller.user_id else None,
        )
    return {
        "bytes": base64.b64encode(data).decode(),
        "documents": [{"document_id": d, "sha256": s} for d, s in documents],
    }


@router.get("/api/consultations/{consultation_id}/results")
def results(consultation_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Secretariat: the live tally."""
    with services.db.reading() as session:
        consultation = service.load(session, caller.person, consultation_id, manage=True)
        return {"consultation_id": consultation.id, "state": consultation.state, **tally(session, consultation)}


@router.post("/api/consultations/{consultation_id}/close")
def close(consultation_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Secretariat closes early; the unsigned result report is made at once."""
    with writing(services) as session:
        consultation = service.load(session, caller.person, consultation_id, manage=True)
        service.close(session, consultation, actor=caller.actor, reason="early")
    # Made after the close has committed: the PDF and its upload never hold the write lock. Should it fail
    # (storage down), the consultation stays closed and the reminder job makes the report at its next pass.
    try:
        reports.prepare_report(services, consultation_id, actor=caller.actor)
    except Exception:  # the close stands; the answer shows no report yet, and the job makes it
        log.exception("the result report of consultation %s could not be made now", consultation_id)
    return _view(services, caller, consultation_id)


@router.put("/api/consultations/{consultation_id}/report")
async def upload_signed_report(
    consultation_id: str, request: Request, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """The report signed in field ``sig_secretariat`` (raw ``application/pdf`` body); 422 ``signature_rejected``
    with ``details.problems`` (validation codes) when it does not pass."""
    pdf = await request.body()
    if len(pdf) > services.settings.max_upload_bytes:
        raise InvalidRequest("The file is too large.", code="file_too_large")

    await run_in_threadpool(reports.accept_signed_report, services, caller, consultation_id, pdf)
    return _view(services, caller, consultation_id)


@router.get("/api/consultations/{consultation_id}/answers/{answer_id}/signature")
def answer_signature(consultation_id: str, answer_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """The signed bytes and signature of an answer (base64), for anyone re-verifying it: its member, deputy or
    the secretariat."""
    with services.db.reading() as session:
        consultation = service.load(session, caller.person, consultation_id)
        row = session.get(ConsultationAnswer, answer_id)
        seats = {r.user_id for r in service.seats_of(session, consultation.id, caller.user_id)}
        if row is None or row.consultation_id != consultation.id:
            raise NotFound("Answer not found.")
        if row.user_id not in seats and not service.is_secretariat(caller.person, consultation):
            raise NotFound("Answer not found.")
        return answer_data(row, service.current_versions(session, consultation.id), with_signature=True)


@router.get("/api/votes/{vote_id}/record")
def ballot_record(vote_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """A closed named vote for the record: who chose what, in the room or remotely, in whose name, and the
    signed ballots (base64 signed bytes and CMS) so anyone who sees the meeting can re-verify them. Secret
    votes have no such record by design; before closing only the caller's own signed ballot is shown."""
    import base64

    from sqlalchemy import select

    from ecabinet.server.consultations.models import SignedBallot
    from ecabinet.server.session.service import ballot_record as record_of
    from ecabinet.server.session.service import load_vote

    with services.db.reading() as session:
        vote = load_vote(session, caller, vote_id)
        closed = vote.state == "closed" and not vote.secret
        query = select(SignedBallot).where(SignedBallot.vote_id == vote.id).order_by(SignedBallot.signed_at)
        if not closed:
            query = query.where(SignedBallot.user_id == caller.user_id)
        rows = session.execute(query).scalars()
        return {
            "vote_id": vote.id,
            "state": vote.state,
            "secret": vote.secret,
            "require_signed_ballots": vote.require_signed_ballots,
            "voters": record_of(session, vote) if closed else [],
            "signatures": [
                {
                    "user_id": r.user_id,
                    "on_behalf_of": r.on_behalf_of,
                    "ballot_id": r.ballot_id,
                    "signer_fingerprint": r.signer_fingerprint,
                    "signed_at": iso(r.signed_at),
                    "signed_bytes": base64.b64encode(r.signed_bytes).decode(),
                    "signature": base64.b64encode(r.signature).decode(),
                }
                for r in rows
            ],
        }
