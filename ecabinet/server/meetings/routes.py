"""Meetings, agenda, participants and positions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import select

from ecabinet.core.domain import MeetingState
from ecabinet.core.errors import Forbidden
from ecabinet.core.schemas import (
    ItemCreate,
    ItemOrder,
    ItemUpdate,
    MeetingCreate,
    MeetingUpdate,
    ParticipantSet,
    PositionStatementIn,
)
from ecabinet.server.accounts.models import User
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.meetings import service
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


@router.patch("/api/meetings/{meeting_id}")
def update_meeting(meeting_id: str, body: MeetingUpdate, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.update_meeting(session, caller, meeting_id, body.model_dump(exclude_unset=True))
    return get_meeting(meeting_id, caller, services)


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
def add_item(meeting_id: str, body: ItemCreate, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        item = service.add_item(session, caller, meeting_id, **body.model_dump())
        return item_data(item, item_number(session, item))


@router.patch("/api/meetings/{meeting_id}/items/{item_id}")
def update_item(
    meeting_id: str, item_id: str, body: ItemUpdate, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        item = service.update_item(session, caller, meeting_id, item_id, body.model_dump(exclude_unset=True))
        return item_data(item, item_number(session, item))


@router.delete("/api/meetings/{meeting_id}/items/{item_id}", status_code=204)
def delete_item(meeting_id: str, item_id: str, caller: CallerDep, services: ServicesDep) -> Response:
    with services.db.writing() as session:
        service.delete_item(session, caller, meeting_id, item_id)
    return Response(status_code=204)


@router.put("/api/meetings/{meeting_id}/items/order")
def reorder_items(meeting_id: str, body: ItemOrder, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.reorder_items(session, caller, meeting_id, body.item_ids)
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
    """Active users, for the secretariat to invite; nobody else needs the list."""
    if not caller.person.secretariat_of:
        raise Forbidden("Only the secretariat may list users.", code="not_allowed")
    with services.db.reading() as session:
        users = session.execute(select(User).where(User.active.is_(True)).order_by(User.display_name)).scalars()
        return {"users": [{"id": u.id, "username": u.username, "display_name": u.display_name} for u in users]}
