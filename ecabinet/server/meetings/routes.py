"""Meetings, agenda, participants and positions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy import select

from ecabinet.core.domain import MeetingState
from ecabinet.core.errors import Forbidden, InvalidRequest
from ecabinet.core.schemas import MeetingCreate, ParticipantSet, PositionStatementIn
from ecabinet.server.accounts.models import Body, User
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.meetings import reports, service
from ecabinet.server.meetings.schemas import ItemCreateIn, ItemOrderIn, ItemUpdateIn, MeetingCopy, MeetingUpdateIn
from ecabinet.server.meetings.views import item_data, item_number, meeting_summary, position_data

router = APIRouter(tags=["meetings"])


@router.get("/api/meetings")
def list_meetings(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        return {"meetings": [meeting_summary(m, r) for m, r in service.visible_meetings(session, caller.person)]}


@router.get("/api/meetings/{meeting_id}")
def get_meeting(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        return service.meeting_detail(session, caller.person, meeting_id)


@router.post("/api/meetings", status_code=201)
def create_meeting(body: MeetingCreate, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        meeting = service.create_meeting(session, caller, **body.model_dump())
        meeting_id = meeting.id
    return get_meeting(meeting_id, caller, services)


IfMatch = Header(
    default=None,
    alias="If-Match",
    description='"<version>" of the meeting or item as the client saw it; 409 version_conflict if it changed',
)


def expected_version(if_match: str | None, body_value: int | None) -> int | None:
    """The precondition from ``If-Match: "7"`` (also ``W/"7"`` or ``7``) or the body's ``expected_version``."""
    if if_match is None or if_match.strip() == "*":
        return body_value
    text = if_match.strip().removeprefix("W/").strip('"')
    if not text.isdigit():
        raise InvalidRequest('If-Match must be a version number in quotes, like "7".', code="invalid_request")
    header_value = int(text)
    if body_value is not None and body_value != header_value:
        raise InvalidRequest("If-Match and expected_version disagree.", code="invalid_request")
    return header_value


@router.patch("/api/meetings/{meeting_id}")
def update_meeting(
    meeting_id: str,
    body: MeetingUpdateIn,
    caller: CallerDep,
    services: ServicesDep,
    if_match: str | None = IfMatch,
) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    expected = expected_version(if_match, changes.pop("expected_version", None))
    with services.db.writing() as session:
        service.update_meeting(session, caller, meeting_id, changes, expected_version=expected)
    return get_meeting(meeting_id, caller, services)


@router.post("/api/meetings/{meeting_id}/copy", status_code=201)
def copy_meeting(meeting_id: str, body: MeetingCopy, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """A new draft from this meeting: agenda (sub-items too), participants, optionally the documents."""
    with services.db.writing() as session:
        copy = service.copy_meeting(session, caller, meeting_id, **body.model_dump())
        copy_id = copy.id
    return get_meeting(copy_id, caller, services)


@router.get("/api/meetings/{meeting_id}/delivery")
def delivery(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Who has the newest version of each document they may read: not_yet / outdated / current."""
    with services.db.reading() as session:
        return reports.delivery(session, caller.person, meeting_id)


@router.get("/api/meetings/{meeting_id}/audit")
def meeting_audit(
    meeting_id: str,
    caller: CallerDep,
    services: ServicesDep,
    limit: int = Query(default=50, ge=1, le=500),
    before: int | None = Query(default=None, ge=1, description="next_before of the previous page"),
) -> dict[str, Any]:
    """Who changed what on this meeting and who downloaded which document, newest first."""
    with services.db.reading() as session:
        return reports.meeting_audit(session, caller.person, meeting_id, limit=limit, before=before)


def _transition(meeting_id: str, target: MeetingState, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.change_state(session, caller, meeting_id, target)
    return get_meeting(meeting_id, caller, services)


@router.post("/api/meetings/{meeting_id}/publish")
def publish(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    return _transition(meeting_id, MeetingState.PUBLISHED, caller, services)


@router.post("/api/meetings/{meeting_id}/unpublish")
def unpublish(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Back to draft: participants lose sight of it (their clients get ``remove``)."""
    return _transition(meeting_id, MeetingState.DRAFT, caller, services)


@router.put("/api/meetings/{meeting_id}/participants")
def set_participant(meeting_id: str, body: ParticipantSet, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.set_participant(session, caller, meeting_id, user_id=body.user_id, role=body.role)
    with services.db.reading() as session:
        return {"participants": service.participants_data(session, meeting_id)}


@router.delete("/api/meetings/{meeting_id}/participants/{user_id}", status_code=204)
def remove_participant(meeting_id: str, user_id: str, caller: CallerDep, services: ServicesDep) -> Response:
    with services.db.writing() as session:
        service.remove_participant(session, caller, meeting_id, user_id=user_id)
    return Response(status_code=204)


@router.post("/api/meetings/{meeting_id}/items", status_code=201)
def add_item(meeting_id: str, body: ItemCreateIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        item = service.add_item(session, caller, meeting_id, **body.model_dump())
        return item_data(item, item_number(session, item))


@router.patch("/api/meetings/{meeting_id}/items/{item_id}")
def update_item(
    meeting_id: str,
    item_id: str,
    body: ItemUpdateIn,
    caller: CallerDep,
    services: ServicesDep,
    if_match: str | None = IfMatch,
) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    expected = expected_version(if_match, changes.pop("expected_version", None))
    with services.db.writing() as session:
        item = service.update_item(session, caller, meeting_id, item_id, changes, expected_version=expected)
        return item_data(item, item_number(session, item))


@router.delete("/api/meetings/{meeting_id}/items/{item_id}", status_code=204)
def delete_item(
    meeting_id: str,
    item_id: str,
    caller: CallerDep,
    services: ServicesDep,
    force: bool = Query(default=False, description="also delete the item's documents"),
    expected_version_q: int | None = Query(default=None, alias="expected_version", ge=1),
    if_match: str | None = IfMatch,
) -> Response:
    """In a draft the item goes to the trash (restorable until publication); afterwards it is gone for good.
    409 ``item_has_documents`` unless ``force=true``."""
    expected = expected_version(if_match, expected_version_q)
    with services.db.writing() as session:
        service.delete_item(session, caller, meeting_id, item_id, force=force, expected_version=expected)
    return Response(status_code=204)


@router.post("/api/meetings/{meeting_id}/items/{item_id}/restore")
def restore_item(meeting_id: str, item_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        item = service.restore_item(session, caller, meeting_id, item_id)
        return item_data(item, item_number(session, item))


@router.put("/api/meetings/{meeting_id}/items/order")
def reorder_items(
    meeting_id: str, body: ItemOrderIn, caller: CallerDep, services: ServicesDep, if_match: str | None = IfMatch
) -> dict[str, Any]:
    expected = expected_version(if_match, body.expected_version)
    with services.db.writing() as session:
        service.reorder_items(session, caller, meeting_id, body.item_ids, expected_version=expected)
    return get_meeting(meeting_id, caller, services)


@router.put("/api/meetings/{meeting_id}/items/{item_id}/position")
def state_position(
    meeting_id: str, item_id: str, body: PositionStatementIn, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        statement, applied = service.state_position(
            session,
            caller,
            meeting_id,
            item_id,
            position=body.position,
            comment=body.comment,
            client_id=body.client_id,
        )
        return {**position_data(statement), "applied": applied}


@router.get("/api/users")
def directory(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Active users, for the secretariat to invite, and the bodies the caller prepares meetings for (where a new
    meeting can be made); nobody else needs the list."""
    if not caller.person.secretariat_of:
        raise Forbidden("Only the secretariat may list users.", code="not_allowed")
    with services.db.reading() as session:
        users = session.execute(select(User).where(User.active.is_(True)).order_by(User.display_name)).scalars()
        bodies = session.execute(
            select(Body).where(Body.id.in_(caller.person.secretariat_of)).order_by(Body.name)
        ).scalars()
        return {
            "users": [{"id": u.id, "username": u.username, "display_name": u.display_name} for u in users],
            "bodies": [{"id": b.id, "name": b.name} for b in bodies],
        }
