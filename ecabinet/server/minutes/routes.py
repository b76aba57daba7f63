"""Minutes endpoints, enrolled signing certificates (admin) and the trust roots.

``GET /api/trust/roots`` needs a signed-in user like every call that api.md does not mark "no auth": the apps
fetch it after sign-in and keep it for offline checks; there is nothing secret in it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select

from ecabinet.core.errors import InvalidRequest
from ecabinet.server.accounts.models import User
from ecabinet.server.deps import AdminDep, CallerDep, ServicesDep
from ecabinet.server.documents.routes import _receive_upload
from ecabinet.server.meetings.routes import IfMatch, expected_version
from ecabinet.server.minutes import certificates, service
from ecabinet.server.minutes.views import (
    ApprovalAnswerIn,
    ApprovalRequestIn,
    CertificateEnrollIn,
    FinaliseIn,
    MinutesUpdateIn,
    SignersIn,
)

router = APIRouter(tags=["minutes"])


@router.get(
    "/api/trust/roots",
    response_class=Response,
    responses={200: {"content": {"application/x-pem-file": {}}, "description": "PEM certificates"}},
)
def trust_roots(_caller: CallerDep, services: ServicesDep) -> Response:
    """The CA certificates this server trusts for signatures (PEM, several concatenated; empty when none)."""
    return Response(
        service.trust_roots_pem(services.settings),
        media_type="application/x-pem-file",
        headers={"Cache-Control": "private, max-age=300"},
    )


@router.get("/api/meetings/{meeting_id}/minutes")
def get_minutes(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        return service.minutes_view(session, caller.person, meeting_id, services.settings)


@router.patch("/api/meetings/{meeting_id}/minutes")
def update_minutes(
    meeting_id: str, body: MinutesUpdateIn, caller: CallerDep, services: ServicesDep, if_match: str | None = IfMatch
) -> dict[str, Any]:
    """Decision texts (``{item_id: rich text or null}``), general remarks, language, reference number.

    With ``If-Match: "<version>"`` or ``expected_version``: 409 ``version_conflict`` if someone saved meanwhile."""
    changes = body.model_dump(exclude_unset=True)
    expected = expected_version(if_match, changes.pop("expected_version", None))
    with services.db.writing() as session:
        service.update_draft(
            session, caller, meeting_id, changes, expected_version=expected, settings=services.settings
        )
    return get_minutes(meeting_id, caller, services)


@router.put("/api/meetings/{meeting_id}/minutes/signers")
def put_signers(meeting_id: str, body: SignersIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.set_signers(session, caller, meeting_id, [(s.user_id, s.role) for s in body.signers])
    return get_minutes(meeting_id, caller, services)


@router.post("/api/meetings/{meeting_id}/minutes/approvals")
def ask_approval(meeting_id: str, body: ApprovalRequestIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.request_approval(session, caller, meeting_id, body.user_ids)
    return get_minutes(meeting_id, caller, services)


@router.put("/api/meetings/{meeting_id}/minutes/approval")
def answer_approval(
    meeting_id: str, body: ApprovalAnswerIn, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        service.answer_approval(session, caller, meeting_id, approve=body.approve, comment=body.comment)
    return get_minutes(meeting_id, caller, services)


@router.post("/api/meetings/{meeting_id}/minutes/finalise")
async def finalise(
    meeting_id: str,
    caller: CallerDep,
    services: ServicesDep,
    body: FinaliseIn | None = None,
    if_match: str | None = IfMatch,
) -> dict[str, Any]:
    """Lay out the PDF, add a signature field per signer, record the unsigned hash; the PDF becomes a document."""
    expected = expected_version(if_match, body.expected_version if body else None)
    await run_in_threadpool(service.finalise, services, caller, meeting_id, expected_version=expected)
    return await run_in_threadpool(get_minutes, meeting_id, caller, services)


@router.post("/api/meetings/{meeting_id}/minutes/signed")
async def upload_signed(meeting_id: str, request: Request, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """A signed version (raw ``application/pdf`` body, or multipart ``file``): validated, then the newest version.

    422 with the reason's code (``broken``, ``untrusted``, ``wrong_signer``, ``modified_after_signing``,
    ``first_revision_changed``, ``signer_not_enrolled``, ``out_of_order`` ...; ``details.codes`` lists all);
    409 ``minutes_outdated`` when the file does not extend the newest version."""
    staged, _fields = await _receive_upload(request, services)
    await run_in_threadpool(service.accept_signed, services, caller, meeting_id, staged)
    return await run_in_threadpool(get_minutes, meeting_id, caller, services)


# ---------------------------------------------------------------- admin: signing certificates


@router.get("/api/admin/signing-certificates")
def list_certificates(
    _admin: AdminDep,
    services: ServicesDep,
    state: str | None = Query(default=None, pattern="^(active|pending|revoked)$"),
) -> dict[str, Any]:
    with services.db.reading() as session:
        return {"certificates": certificates.list_certificates(session, state=state)}


@router.post("/api/admin/signing-certificates", status_code=201)
def enroll_certificate(body: CertificateEnrollIn, admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    """Enroll a user's signing certificate (PEM) or its SHA-256 fingerprint; it counts at once."""
    with services.db.writing() as session:
        user_id = body.user_id
        if user_id is None and body.username is not None:
            user_id = session.execute(select(User.id).where(User.username == body.username)).scalar_one_or_none()
        if user_id is None:
            raise InvalidRequest("Name the user (user_id or username).", code="unknown_user")
        row = certificates.enroll(
            session,
            admin.actor,
            user_id=user_id,
            certificate=body.certificate_pem.encode() if body.certificate_pem else None,
            fingerprint=body.fingerprint,
        )
        return certificates.certificate_data(row)


@router.post("/api/admin/signing-certificates/{certificate_id}/approve")
def approve_certificate(certificate_id: int, admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        return certificates.certificate_data(certificates.decide(session, admin.actor, certificate_id, state="active"))


@router.post("/api/admin/signing-certificates/{certificate_id}/revoke")
def revoke_certificate(certificate_id: int, admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        return certificates.certificate_data(certificates.decide(session, admin.actor, certificate_id, state="revoked"))
