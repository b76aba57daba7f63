"""Routes of the live session. Writes commit first; short-lived events go out after the commit."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response
from fastapi.responses import JSONResponse
from sqlalchemy import select

from ecabinet.core.errors import InvalidRequest, NotFound
from ecabinet.core.permissions import Action, can_read_document
from ecabinet.server.access import document_access, load_meeting
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.documents.models import Document, DocumentVersion
from ecabinet.server.events.hub import EphemeralEvent, EventHub
from ecabinet.server.events.routes import HubDep
from ecabinet.server.meetings.models import Meeting
from ecabinet.server.meetings.routes import get_meeting
from ecabinet.server.meetings.views import item_data, item_number
from ecabinet.server.services import Services
from ecabinet.server.session import service
from ecabinet.server.session.schemas import (
    AttendanceIn,
    BallotIn,
    FloorIn,
    PresenterIn,
    RecusalIn,
    RulesIn,
    UncontestedIn,
    VoteIn,
)

router = APIRouter(tags=["session"])


def _attendance(services: Services, meeting_id: str) -> dict[str, Any]:
    with services.db.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return service.attendance_view(session, meeting)


def _speakers(services: Services, hub: EventHub, meeting_id: str) -> dict[str, Any]:
    """The queue as it is now, also sent as a short-lived ``speakers`` event."""
    with services.db.reading() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        view = service.speakers_view(session, meeting)
    hub.publish(EphemeralEvent(event="speakers", meeting_id=meeting_id, data=view))
    return view


# ---------------------------------------------------------------- session


@router.post("/api/meetings/{meeting_id}/start")
def start(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Chair or secretary: the meeting is ``in_session`` (again: no change). Answers the meeting."""
    with services.db.writing() as session:
        service.start_session(session, caller, meeting_id)
    return get_meeting(meeting_id, caller, services)


@router.post("/api/meetings/{meeting_id}/close")
def close(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Chair or secretary ends the session (409 ``vote_open`` while a vote is open)."""
    with services.db.writing() as session:
        service.close_session(session, caller, meeting_id)
    return get_meeting(meeting_id, caller, services)


@router.get("/api/meetings/{meeting_id}/session")
def session_state(meeting_id: str, caller: CallerDep, services: ServicesDep, hub: HubDep) -> dict[str, Any]:
    """Everything a (re)connecting client needs: state, current item, attendance, speakers, votes, presenter."""
    with services.db.reading() as session:
        view = service.session_view(session, caller, meeting_id)
        _, access = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
        page = hub.presenter.get(meeting_id)
        visible = page is not None and (
            page.document is None or can_read_document(caller.person, access, page.document)
        )
    view["presenter"] = page.data if page is not None and visible else None
    return view


@router.put("/api/meetings/{meeting_id}/rules")
def set_rules(meeting_id: str, body: RulesIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Quorum rule (``half`` = more than half, ``two_thirds``, ``three_quarters``, ``all``, ``none``) and
    whether members attending remotely vote."""
    with services.db.writing() as session:
        service.set_rules(session, caller, meeting_id, quorum_rule=body.quorum_rule, remote_voting=body.remote_voting)
    return _attendance(services, meeting_id)


@router.get("/api/meetings/{meeting_id}/attendance")
def get_attendance(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
    return _attendance(services, meeting_id)


@router.post("/api/meetings/{meeting_id}/attendance")
def record_attendance(meeting_id: str, body: AttendanceIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Self check-in as ``present`` or ``remote``; the secretary may record anyone's, ``represented`` with a
    ``deputy_id``. Answers the attendance with the live quorum numbers."""
    with services.db.writing() as session:
        service.record_attendance(
            session, caller, meeting_id, status=body.status, user_id=body.user_id, deputy_id=body.deputy_id
        )
    return _attendance(services, meeting_id)


# ---------------------------------------------------------------- agenda during the session


@router.post("/api/meetings/{meeting_id}/items/{item_id}/open")
def open_item(meeting_id: str, item_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """The current item changes; positions on it close."""
    with services.db.writing() as session:
        item = service.open_item(session, caller, meeting_id, item_id)
        return item_data(item, item_number(session, item))


@router.put("/api/meetings/{meeting_id}/items/{item_id}/uncontested")
def mark_uncontested(
    meeting_id: str, item_id: str, body: UncontestedIn, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        item = service.mark_uncontested(session, caller, meeting_id, item_id, uncontested=body.uncontested)
        return item_data(item, item_number(session, item))


@router.post("/api/meetings/{meeting_id}/approve-en-bloc")
def approve_en_bloc(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        approved = service.approve_en_bloc(session, caller, meeting_id)
    return {"approved": approved}


@router.get("/api/meetings/{meeting_id}/positions")
def positions_board(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Chair and secretary: every member's position per item, counts, who has not answered, who recused."""
    with services.db.reading() as session:
        return service.positions_board(session, caller, meeting_id)


@router.put("/api/meetings/{meeting_id}/items/{item_id}/recusal")
def recuse(meeting_id: str, item_id: str, body: RecusalIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        service.recuse(session, caller, meeting_id, item_id, reason=body.reason, user_id=body.user_id)
    with services.db.reading() as session:
        return {"recusals": service.recusals_of(session, meeting_id)}


@router.delete("/api/meetings/{meeting_id}/items/{item_id}/recusal", status_code=204)
def withdraw_recusal(
    meeting_id: str,
    item_id: str,
    caller: CallerDep,
    services: ServicesDep,
    user_id: str | None = Query(default=None, max_length=36),
) -> Response:
    with services.db.writing() as session:
        service.withdraw_recusal(session, caller, meeting_id, item_id, user_id=user_id)
    return Response(status_code=204)


# ---------------------------------------------------------------- speakers


@router.get("/api/meetings/{meeting_id}/speakers")
def speakers(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        meeting, _ = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
        return service.speakers_view(session, meeting)


@router.post("/api/meetings/{meeting_id}/speakers")
def request_floor(meeting_id: str, caller: CallerDep, services: ServicesDep, hub: HubDep) -> dict[str, Any]:
    """Raise a hand on the current item (again: no change)."""
    with services.db.writing() as session:
        service.request_floor(session, caller, meeting_id)
    return _speakers(services, hub, meeting_id)


@router.delete("/api/meetings/{meeting_id}/speakers/{request_id}")
def withdraw_floor_request(
    meeting_id: str, request_id: str, caller: CallerDep, services: ServicesDep, hub: HubDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        service.withdraw_floor_request(session, caller, meeting_id, request_id)
    return _speakers(services, hub, meeting_id)


@router.post("/api/meetings/{meeting_id}/speakers/{request_id}/floor")
def give_floor(
    meeting_id: str, request_id: str, body: FloorIn, caller: CallerDep, services: ServicesDep, hub: HubDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        service.give_floor(session, caller, meeting_id, request_id, time_limit_seconds=body.time_limit_seconds)
    return _speakers(services, hub, meeting_id)


@router.post("/api/meetings/{meeting_id}/speakers/{request_id}/end")
def end_floor(
    meeting_id: str, request_id: str, caller: CallerDep, services: ServicesDep, hub: HubDep
) -> dict[str, Any]:
    with services.db.writing() as session:
        service.end_floor(session, caller, meeting_id, request_id)
    return _speakers(services, hub, meeting_id)


# ---------------------------------------------------------------- presenter page


@router.put("/api/meetings/{meeting_id}/presenter")
def share_page(
    meeting_id: str, body: PresenterIn, caller: CallerDep, services: ServicesDep, hub: HubDep
) -> dict[str, Any]:
    """ "I am on page N of document D": a short-lived ``presenter`` event to those who may read D."""
    with services.db.reading() as session:
        meeting, access = load_meeting(session, caller.person, meeting_id, Action.STATE_POSITION)
        document = session.get(Document, body.document_id)
        if document is None or document.meeting_id != meeting.id:
            raise NotFound("Document not found.")
        doc_access = document_access(session, document)
        if not can_read_document(caller.person, access, doc_access):
            raise NotFound("Document not found.")
        versions = select(DocumentVersion).where(
            DocumentVersion.document_id == document.id, DocumentVersion.withdrawn_at.is_(None)
        )
        if body.sha256:
            versions = versions.where(DocumentVersion.sha256 == body.sha256)
        version = session.execute(
            versions.order_by(DocumentVersion.created_at.desc(), DocumentVersion.id.desc()).limit(1)
        ).scalar_one_or_none()
        if version is None:
            raise NotFound("Document version not found.")
        if body.page > version.pages:
            raise InvalidRequest(f"The document has {version.pages} pages.", code="invalid_page")
    data = {
        "meeting_id": meeting_id,
        "document_id": document.id,
        "sha256": version.sha256,
        "page": body.page,
        "presenter_id": caller.user_id,
        "presenter_name": caller.display_name,
    }
    hub.publish(EphemeralEvent(event="presenter", meeting_id=meeting_id, data=data, document=doc_access))
    return data


# ---------------------------------------------------------------- votes


@router.post("/api/meetings/{meeting_id}/votes", status_code=201)
def open_vote(meeting_id: str, body: VoteIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Chair or secretary opens a vote on an item (403 ``not_allowed`` otherwise); the voters are fixed now."""
    with services.db.writing() as session:
        vote = service.open_vote(
            session,
            caller,
            meeting_id,
            agenda_item_id=body.agenda_item_id,
            question=body.question,
            secret=body.secret,
            majority=body.majority,
            options=body.options,
            quorum_rule=body.quorum,
            allow_change=body.allow_change,
            live_counts=body.live_counts,
            time_limit_seconds=body.time_limit_seconds,
            require_signed_ballots=body.require_signed_ballots,
            deputies_may_vote=body.deputies_may_vote,
        )
        vote_id = vote.id
    return get_vote(vote_id, caller, services)


@router.get("/api/meetings/{meeting_id}/votes")
def list_votes(meeting_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        meeting, _ = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
        return {
            "votes": [service.vote_view(session, v, caller.user_id) for v in service.meeting_votes(session, meeting.id)]
        }


@router.get("/api/votes/{vote_id}")
def get_vote(vote_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        vote = service.load_vote(session, caller, vote_id)
        return service.vote_view(session, vote, caller.user_id)


@router.post("/api/votes/{vote_id}/ballots", status_code=201)
def cast_ballot(vote_id: str, body: BallotIn, caller: CallerDep, services: ServicesDep) -> Any:
    """201 when counted; the same ``ballot_id`` again: 200 and no second effect. The answer never repeats the
    option of a secret ballot."""
    with services.db.writing() as session:
        vote, counted = service.cast_ballot(
            session,
            caller,
            vote_id,
            option=body.option,
            ballot_id=body.ballot_id,
            signature=body.signature,
            settings=services.settings,
        )
        answer: dict[str, Any] = {
            "vote_id": vote.id,
            "ballot_id": body.ballot_id,
            "counted": True,
            "cast": vote.cast_count,
            "eligible": vote.eligible_count,
        }
    return JSONResponse(answer, status_code=201 if counted else 200)


@router.post("/api/votes/{vote_id}/close")
def close_vote(vote_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Chair or secretary; 409 ``vote_closed`` if already closed. Answers the vote with its results."""
    with services.db.writing() as session:
        service.close_vote(session, caller, vote_id)
    return get_vote(vote_id, caller, services)
