"""Running a meeting: start and close, attendance and quorum, the current item, en-bloc approval, recusals,
requests to speak, and votes. The rules themselves live in ``ecabinet.core.voting``; this module applies
them to the database inside the caller's write transaction.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from ecabinet.core import voting
from ecabinet.core.domain import MEETING_TRANSITIONS, MeetingRole, MeetingState, Position
from ecabinet.core.errors import Conflict, Forbidden, InvalidRequest, NotFound
from ecabinet.core.permissions import Action, MeetingAccess, is_preparer, require
from ecabinet.server.access import load_meeting, meeting_access, role_in
from ecabinet.server.accounts.models import User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.config import Settings
from ecabinet.server.db import utcnow
from ecabinet.server.documents.models import Document
from ecabinet.server.journal import audit, record_change
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant, PositionStatement
from ecabinet.server.meetings.service import load_item, touch_meeting
from ecabinet.server.meetings.views import agenda_items, agenda_numbers, iso
from ecabinet.server.session.models import (
    AttendanceRecord,
    BallotReceipt,
    NamedBallot,
    Recusal,
    SpeakingRequest,
    Vote,
    VoteCounter,
    VoteParticipation,
    VoteSeat,
)

VOTING_ROLES = frozenset({MeetingRole.CHAIR, MeetingRole.MEMBER})


class VoteClosed(Conflict):
    code = "vote_closed"


# ---------------------------------------------------------------- session state


def _require_in_session(meeting: Meeting) -> None:
    if meeting.state != MeetingState.IN_SESSION:
        raise Conflict("The session has not started (or is over).", code="not_in_session")


def start_session(session: Session, caller: Caller, meeting_id: str) -> Meeting:
    """Published -> in session (chair or secretary). Starting a running session again changes nothing."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.RUN_SESSION)
    if meeting.state == MeetingState.IN_SESSION:
        return meeting
    current = MeetingState(meeting.state)
    if MeetingState.IN_SESSION not in MEETING_TRANSITIONS[current]:
        raise Conflict(f"A {current.value} meeting cannot be started.", code="invalid_state")
    meeting.state = MeetingState.IN_SESSION
    meeting.session_started_at = utcnow()
    touch_meeting(session, meeting)
    audit(session, caller.actor, "session_started", target_kind="meeting", target_id=meeting.id)
    return meeting


def close_session(session: Session, caller: Caller, meeting_id: str) -> Meeting:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.RUN_SESSION)
    _require_in_session(meeting)
    if _open_vote(session, meeting.id) is not None:
        raise Conflict("Close the open vote first.", code="vote_open")
    meeting.state = MeetingState.CLOSED
    meeting.session_closed_at = utcnow()
    meeting.current_item_id = None
    for request in session.execute(
        select(SpeakingRequest).where(
            SpeakingRequest.meeting_id == meeting.id, SpeakingRequest.state.in_(("waiting", "speaking"))
        )
    ).scalars():
        request.state = "done" if request.state == "speaking" else "withdrawn"
        request.ended_at = utcnow()
    touch_meeting(session, meeting)
    audit(session, caller.actor, "session_closed", target_kind="meeting", target_id=meeting.id)
    return meeting


def set_rules(
    session: Session,
    caller: Caller,
    meeting_id: str,
    *,
    quorum_rule: voting.QuorumRule | None,
    remote_voting: bool | None,
) -> Meeting:
    """The meeting's quorum rule and whether remote members vote (chair or secretary; before or in session)."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.RUN_SESSION)
    if meeting.state == MeetingState.CLOSED:
        raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")
    if quorum_rule is not None:
        meeting.quorum_rule = quorum_rule.value
    if remote_voting is not None:
        meeting.remote_voting = remote_voting
    touch_meeting(session, meeting)
    record_change(session, kind="attendance", entity_id=meeting.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "session_rules_set",
        target_kind="meeting",
        target_id=meeting.id,
        details={"quorum_rule": meeting.quorum_rule, "remote_voting": meeting.remote_voting},
    )
    return meeting


# ---------------------------------------------------------------- attendance and quorum


def members_for(session: Session, meeting: Meeting, item_id: str | None = None) -> list[voting.Member]:
    """Every active participant as the voting rules see them (recusals of ``item_id`` applied)."""
    participants = session.execute(
        select(Participant.user_id, Participant.role)
        .where(Participant.meeting_id == meeting.id, Participant.removed_at.is_(None))
        .order_by(Participant.id)
    ).all()
    records = {
        r.user_id: r
        for r in session.execute(select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting.id)).scalars()
    }
    recused: set[str] = set()
    if item_id is not None:
        recused = set(session.execute(select(Recusal.user_id).where(Recusal.item_id == item_id)).scalars())
    members = []
    for user_id, role in participants:
        record = records.get(user_id)
        members.append(
            voting.Member(
                user_id=user_id,
                voting=MeetingRole(role) in VOTING_ROLES,
                attendance=voting.Attendance(record.status) if record else None,
                deputy_id=record.deputy_id if record else None,
                recused=user_id in recused,
            )
        )
    return members


def attendance_view(session: Session, meeting: Meeting) -> dict[str, Any]:
    """Who is there and whether the meeting has its quorum: the live numbers every screen shows."""
    members = members_for(session, meeting)
    rule = voting.QuorumRule(meeting.quorum_rule)
    base = voting.voting_base(members)
    present = voting.attendance_count(members)
    names = dict(
        session.execute(
            select(User.id, User.display_name)
            .join(Participant, Participant.user_id == User.id)
            .where(Participant.meeting_id == meeting.id)
        ).all()
    )
    roles = dict(
        session.execute(
            select(Participant.user_id, Participant.role).where(
                Participant.meeting_id == meeting.id, Participant.removed_at.is_(None)
            )
        ).all()
    )
    records = {
        r.user_id: r
        for r in session.execute(select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting.id)).scalars()
    }
    people = []
    for member in members:
        record = records.get(member.user_id)
        people.append(
            {
                "user_id": member.user_id,
                "display_name": names.get(member.user_id, ""),
                "role": roles.get(member.user_id),
                "voting": member.voting,
                "status": record.status if record else None,
                "deputy_id": record.deputy_id if record else None,
                # Issue 16: shown as "X (represented by Y)".
                "deputy_name": names.get(record.deputy_id, "") if record and record.deputy_id else None,
                "self_reported": bool(record and record.recorded_by == member.user_id),
                "updated_at": iso(record.updated_at) if record else None,
            }
        )
    return {
        "meeting_id": meeting.id,
        "quorum_rule": rule.value,
        "remote_voting": meeting.remote_voting,
        "voting_members": base,
        "present": present,
        "eligible": len(voting.eligible_voters(members, allow_remote_voting=meeting.remote_voting)),
        "quorum_needed": voting.quorum_needed(rule, base),
        "quorum": voting.quorum_met(rule, present, base),
        "people": people,
    }


def record_attendance(
    session: Session,
    caller: Caller,
    meeting_id: str,
    *,
    status: voting.Attendance,
    user_id: str | None = None,
    deputy_id: str | None = None,
) -> Meeting:
    """Self check-in (present or remote) or one's own deputy, or the secretary's record of anyone's attendance."""
    meeting, access = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
    if meeting.state not in (MeetingState.PUBLISHED, MeetingState.IN_SESSION):
        raise Conflict("Attendance is recorded for a published meeting or a running session.", code="invalid_state")
    target = user_id or caller.user_id
    # A member checks in (present, remote) or names their deputy for this meeting (one of the deputies the
    # secretariat invited); anything else about anyone is the secretary's record.
    own = target == caller.user_id and (status in voting.SELF_CHECK_IN or status is voting.Attendance.REPRESENTED)
    by_secretary = not own
    if by_secretary and not is_preparer(caller.person, access):
        raise Forbidden("Only the secretary records others' attendance.", code="not_allowed")
    target_role = role_in(session, meeting.id, target)
    if target_role is None:
        raise InvalidRequest("This person is not a participant of the meeting.", code="not_participant")
    if status is voting.Attendance.REPRESENTED:
        if target_role not in VOTING_ROLES:
            raise InvalidRequest("Only a voting member can be represented.", code="invalid_deputy")
        if deputy_id is None or role_in(session, meeting.id, deputy_id) is not MeetingRole.DEPUTY:
            raise InvalidRequest("Name a deputy invited to this meeting as deputy.", code="invalid_deputy")
        taken = session.execute(
            select(AttendanceRecord.user_id).where(
                AttendanceRecord.meeting_id == meeting.id,
                AttendanceRecord.deputy_id == deputy_id,
                AttendanceRecord.user_id != target,
            )
        ).first()
        if taken is not None:
            raise InvalidRequest("This deputy already stands in for another member.", code="invalid_deputy")
    elif deputy_id is not None:
        raise InvalidRequest("A deputy is named only for 'represented'.", code="invalid_deputy")
    record = session.execute(
        select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting.id, AttendanceRecord.user_id == target)
    ).scalar_one_or_none()
    if record is None:
        record = AttendanceRecord(meeting_id=meeting.id, user_id=target, status=status.value, recorded_by="")
        session.add(record)
    record.status = status.value
    record.deputy_id = deputy_id
    record.recorded_by = caller.user_id
    record.updated_at = utcnow()
    session.flush()
    record_change(session, kind="attendance", entity_id=meeting.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "attendance_recorded",
        target_kind="meeting",
        target_id=meeting.id,
        details={"user_id": target, "status": status.value, "deputy_id": deputy_id},
    )
    return meeting


# ---------------------------------------------------------------- agenda during the session


def open_item(session: Session, caller: Caller, meeting_id: str, item_id: str) -> AgendaItem:
    """Make ``item_id`` the current item; its positions close (409 ``item_closed`` from then on)."""
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.RUN_SESSION)
    _require_in_session(meeting)
    if item.opened_at is None:
        item.opened_at = utcnow()
    meeting.current_item_id = item.id
    record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    touch_meeting(session, meeting)
    audit(
        session,
        caller.actor,
        "item_opened",
        target_kind="agenda_item",
        target_id=item.id,
        details={"meeting_id": meeting.id},
    )
    return item


def mark_uncontested(
    session: Session, caller: Caller, meeting_id: str, item_id: str, *, uncontested: bool
) -> AgendaItem:
    """The chair or secretary marks an item for approval en bloc (or takes the mark back)."""
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.RUN_SESSION)
    if meeting.state not in (MeetingState.PUBLISHED, MeetingState.IN_SESSION):
        raise Conflict("Only a published meeting's items can be marked.", code="invalid_state")
    if item.decision:
        raise Conflict("This item is already settled.", code="item_decided")
    item.uncontested = uncontested
    record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "item_marked_uncontested" if uncontested else "item_unmarked_uncontested",
        target_kind="agenda_item",
        target_id=item.id,
        details={"meeting_id": meeting.id},
    )
    return item


def approve_en_bloc(session: Session, caller: Caller, meeting_id: str) -> list[str]:
    """Approve every item marked uncontested and not yet settled, at once, without debate."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.RUN_SESSION)
    _require_in_session(meeting)
    approved = []
    now = utcnow()
    for item in agenda_items(session, meeting.id):
        if item.uncontested and not item.decision:
            item.decision = "approved_en_bloc"
            if item.opened_at is None:
                item.opened_at = now
            record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
            approved.append(item.id)
    if not approved:
        raise Conflict("No item is marked for approval en bloc.", code="nothing_to_approve")
    audit(
        session,
        caller.actor,
        "items_approved_en_bloc",
        target_kind="meeting",
        target_id=meeting.id,
        details={"items": approved},
    )
    return approved


def positions_board(session: Session, caller: Caller, meeting_id: str) -> dict[str, Any]:
    """Every member's position on every item, for the chair and the secretary."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.RUN_SESSION)
    items = agenda_items(session, meeting.id)
    numbers = agenda_numbers(items)
    names = dict(session.execute(select(User.id, User.display_name)).all())
    voters = [m.user_id for m in members_for(session, meeting) if m.voting]
    statements: dict[str, list[PositionStatement]] = {}
    for statement in session.execute(
        select(PositionStatement).where(PositionStatement.meeting_id == meeting.id)
    ).scalars():
        statements.setdefault(statement.item_id, []).append(statement)
    recusals: dict[str, list[str]] = {}
    for item_id, user_id in session.execute(
        select(Recusal.item_id, Recusal.user_id).where(Recusal.meeting_id == meeting.id)
    ).all():
        recusals.setdefault(item_id, []).append(user_id)
    board = []
    for item in items:
        stated = statements.get(item.id, [])
        counts = {p.value: 0 for p in Position}
        for s in stated:
            counts[s.position] = counts.get(s.position, 0) + 1
        recused = recusals.get(item.id, [])
        board.append(
            {
                "item_id": item.id,
                "number": numbers[item.id],
                "title": item.title,
                "open": item.opened_at is not None,
                "uncontested": item.uncontested,
                "decision": item.decision or None,
                "counts": counts,
                "contested": counts[Position.OBJECTS.value] > 0 or counts[Position.WANTS_TO_SPEAK.value] > 0,
                "positions": [
                    {
                        "user_id": s.user_id,
                        "display_name": names.get(s.user_id, ""),
                        "position": s.position,
                        "comment": s.comment,
                        "updated_at": iso(s.updated_at),
                    }
                    for s in sorted(stated, key=lambda s: names.get(s.user_id, ""))
                ],
                "missing": [u for u in voters if u not in {s.user_id for s in stated} and u not in recused],
                "recused": recused,
            }
        )
    return {"meeting_id": meeting.id, "items": board}


# ---------------------------------------------------------------- recusal


def recuse(
    session: Session, caller: Caller, meeting_id: str, item_id: str, *, reason: str, user_id: str | None = None
) -> Recusal:
    """A member stands aside from an item (themself, or recorded by the secretary)."""
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.VIEW_MEETING)
    access = meeting_access(session, meeting, caller.person)
    target = user_id or caller.user_id
    if target != caller.user_id and not is_preparer(caller.person, access):
        raise Forbidden("Only the secretary records another member's recusal.", code="not_allowed")
    if role_in(session, meeting.id, target) not in (*VOTING_ROLES, MeetingRole.DEPUTY):
        raise InvalidRequest("Only a member can recuse from an item.", code="not_participant")
    if meeting.state == MeetingState.CLOSED:
        raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")
    if _open_vote(session, meeting.id, item.id) is not None:
        raise Conflict("A vote on this item is open; its voters are fixed.", code="vote_open")
    row = session.execute(
        select(Recusal).where(Recusal.item_id == item.id, Recusal.user_id == target)
    ).scalar_one_or_none()
    if row is None:
        row = Recusal(meeting_id=meeting.id, item_id=item.id, user_id=target, reason=reason)
        session.add(row)
        session.flush()
    _recusal_changed(session, meeting, item)
    audit(
        session,
        caller.actor,
        "recused",
        target_kind="agenda_item",
        target_id=item.id,
        details={"meeting_id": meeting.id, "user_id": target},
    )
    return row


def withdraw_recusal(session: Session, caller: Caller, meeting_id: str, item_id: str, *, user_id: str | None) -> None:
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.VIEW_MEETING)
    access = meeting_access(session, meeting, caller.person)
    target = user_id or caller.user_id
    if target != caller.user_id and not is_preparer(caller.person, access):
        raise Forbidden("Only the secretary withdraws another member's recusal.", code="not_allowed")
    if _open_vote(session, meeting.id, item.id) is not None:
        raise Conflict("A vote on this item is open; its voters are fixed.", code="vote_open")
    row = session.execute(
        select(Recusal).where(Recusal.item_id == item.id, Recusal.user_id == target)
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("No recusal to withdraw.")
    session.delete(row)
    session.flush()
    _recusal_changed(session, meeting, item)
    audit(
        session,
        caller.actor,
        "recusal_withdrawn",
        target_kind="agenda_item",
        target_id=item.id,
        details={"meeting_id": meeting.id, "user_id": target},
    )


def _recusal_changed(session: Session, meeting: Meeting, item: AgendaItem) -> None:
    """Who reads the item's restricted documents changed: the feed re-announces them to everyone."""
    for doc_id in session.execute(select(Document.id).where(Document.item_id == item.id)).scalars():
        record_change(session, kind="document", entity_id=doc_id, meeting_id=meeting.id)
    record_change(session, kind="attendance", entity_id=meeting.id, meeting_id=meeting.id)


def recusals_of(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    return [
        {"item_id": item_id, "user_id": user_id, "reason": reason}
        for item_id, user_id, reason in session.execute(
            select(Recusal.item_id, Recusal.user_id, Recusal.reason).where(Recusal.meeting_id == meeting_id)
        ).all()
    ]


# ---------------------------------------------------------------- requests to speak


def speakers_view(session: Session, meeting: Meeting) -> dict[str, Any]:
    """The current item's speakers: who has the floor, the queue in order, who spoke."""
    names = dict(
        session.execute(
            select(User.id, User.display_name)
            .join(Participant, Participant.user_id == User.id)
            .where(Participant.meeting_id == meeting.id)
        ).all()
    )
    rows = []
    if meeting.current_item_id is not None:
        rows = list(
            session.execute(
                select(SpeakingRequest)
                .where(SpeakingRequest.item_id == meeting.current_item_id)
                .order_by(SpeakingRequest.requested_at, SpeakingRequest.id)
            ).scalars()
        )

    def one(r: SpeakingRequest) -> dict[str, Any]:
        return {
            "id": r.id,
            "user_id": r.user_id,
            "display_name": names.get(r.user_id, ""),
            "state": r.state,
            "requested_at": iso(r.requested_at),
            "started_at": iso(r.started_at),
            "ended_at": iso(r.ended_at),
            "time_limit_seconds": r.time_limit_seconds,
        }

    speaking = next((one(r) for r in rows if r.state == "speaking"), None)
    return {
        "meeting_id": meeting.id,
        "item_id": meeting.current_item_id,
        "speaking": speaking,
        "queue": [one(r) for r in rows if r.state == "waiting"],
        "done": [one(r) for r in rows if r.state == "done"],
    }


def request_floor(session: Session, caller: Caller, meeting_id: str) -> Meeting:
    """Raise a hand on the current item; raising it again changes nothing."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.STATE_POSITION)
    _require_in_session(meeting)
    if meeting.current_item_id is None:
        raise Conflict("No item is open.", code="no_current_item")
    existing = session.execute(
        select(SpeakingRequest.id).where(
            SpeakingRequest.item_id == meeting.current_item_id,
            SpeakingRequest.user_id == caller.user_id,
            SpeakingRequest.state.in_(("waiting", "speaking")),
        )
    ).first()
    if existing is None:
        session.add(SpeakingRequest(meeting_id=meeting.id, item_id=meeting.current_item_id, user_id=caller.user_id))
        session.flush()
        audit(
            session,
            caller.actor,
            "floor_requested",
            target_kind="agenda_item",
            target_id=meeting.current_item_id,
            details={"meeting_id": meeting.id},
        )
    return meeting


def _load_request(session: Session, meeting: Meeting, request_id: str) -> SpeakingRequest:
    request = session.get(SpeakingRequest, request_id)
    if request is None or request.meeting_id != meeting.id:
        raise NotFound("No such request to speak.")
    return request


def withdraw_floor_request(session: Session, caller: Caller, meeting_id: str, request_id: str) -> Meeting:
    meeting, access = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
    request = _load_request(session, meeting, request_id)
    if request.user_id != caller.user_id and not _runs(caller, access):
        raise Forbidden("Only the member or the chair withdraws a request to speak.", code="not_allowed")
    if request.state == "waiting":
        request.state = "withdrawn"
        request.ended_at = utcnow()
        audit(
            session,
            caller.actor,
            "floor_request_withdrawn",
            target_kind="agenda_item",
            target_id=request.item_id,
            details={"meeting_id": meeting.id, "user_id": request.user_id},
        )
    return meeting


def _runs(caller: Caller, access: MeetingAccess) -> bool:
    try:
        require(caller.person, Action.RUN_SESSION, access)
    except (Forbidden, NotFound):
        return False
    return True


def give_floor(
    session: Session, caller: Caller, meeting_id: str, request_id: str, *, time_limit_seconds: int | None
) -> Meeting:
    """The chair gives the floor; whoever had it is done."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.RUN_SESSION)
    _require_in_session(meeting)
    request = _load_request(session, meeting, request_id)
    if request.state not in ("waiting", "speaking"):
        raise Conflict("This request is no longer waiting.", code="request_closed")
    now = utcnow()
    for other in session.execute(
        select(SpeakingRequest).where(SpeakingRequest.meeting_id == meeting.id, SpeakingRequest.state == "speaking")
    ).scalars():
        if other.id != request.id:
            other.state = "done"
            other.ended_at = now
    request.state = "speaking"
    request.started_at = request.started_at or now
    request.time_limit_seconds = time_limit_seconds
    audit(
        session,
        caller.actor,
        "floor_given",
        target_kind="agenda_item",
        target_id=request.item_id,
        details={"meeting_id": meeting.id, "user_id": request.user_id, "time_limit_seconds": time_limit_seconds},
    )
    return meeting


def end_floor(session: Session, caller: Caller, meeting_id: str, request_id: str) -> Meeting:
    """The chair (or the speaker) ends a turn."""
    meeting, access = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
    request = _load_request(session, meeting, request_id)
    if request.user_id != caller.user_id and not _runs(caller, access):
        raise Forbidden("Only the chair ends someone's turn.", code="not_allowed")
    if request.state != "speaking":
        raise Conflict("This member does not have the floor.", code="request_closed")
    request.state = "done"
    request.ended_at = utcnow()
    audit(
        session,
        caller.actor,
        "floor_ended",
        target_kind="agenda_item",
        target_id=request.item_id,
        details={"meeting_id": meeting.id, "user_id": request.user_id},
    )
    return meeting


# ---------------------------------------------------------------- votes


def _open_vote(session: Session, meeting_id: str, item_id: str | None = None) -> Vote | None:
    query = select(Vote).where(Vote.meeting_id == meeting_id, Vote.state == "open")
    if item_id is not None:
        query = query.where(Vote.item_id == item_id)
    return session.execute(query.limit(1)).scalar_one_or_none()


def open_vote(
    session: Session,
    caller: Caller,
    meeting_id: str,
    *,
    agenda_item_id: str,
    question: str,
    secret: bool,
    majority: voting.Majority,
    options: list[str] | None,
    quorum_rule: voting.QuorumRule | None = None,
    allow_change: bool = False,
    live_counts: bool = False,
    time_limit_seconds: int | None = None,
    require_signed_ballots: bool = False,
    deputies_may_vote: bool = True,
) -> Vote:
    """Open a vote on an item; the eligible set is fixed now. One open vote per meeting at a time."""
    meeting, item = load_item(session, caller.person, meeting_id, agenda_item_id, Action.RUN_SESSION)
    _require_in_session(meeting)
    if secret and (allow_change or live_counts):
        raise InvalidRequest("A secret vote never shows live counts or lets a ballot change.", code="invalid_request")
    if secret and require_signed_ballots:
        raise InvalidRequest(
            "A secret vote cannot require signed ballots: a signature would identify the voter.",
            code="secret_vote_unsigned",
        )
    try:
        chosen = voting.check_options(options or list(voting.DEFAULT_OPTIONS))
    except ValueError as exc:
        raise InvalidRequest(str(exc), code="invalid_options") from exc
    if _open_vote(session, meeting.id) is not None:
        raise Conflict("Another vote of this meeting is open.", code="vote_open")
    members = members_for(session, meeting, item.id)
    seats = voting.eligible_voters(members, allow_remote_voting=meeting.remote_voting)
    if not deputies_may_vote:
        seats = [s for s in seats if s.on_behalf_of is None]
    now = utcnow()
    vote = Vote(
        meeting_id=meeting.id,
        item_id=item.id,
        question=question,
        secret=secret,
        majority=majority.value,
        options=json.dumps(list(chosen), ensure_ascii=False),
        quorum_rule=(quorum_rule or voting.QuorumRule(meeting.quorum_rule)).value,
        allow_change=allow_change,
        live_counts=live_counts,
        state="open",
        opened_by=caller.user_id,
        opened_at=now,
        closes_at=now + timedelta(seconds=time_limit_seconds) if time_limit_seconds else None,
        eligible_count=len(seats),
        base_count=voting.voting_base(members),
        cast_count=0,
        require_signed_ballots=require_signed_ballots,
        deputies_may_vote=deputies_may_vote,
    )
    session.add(vote)
    session.flush()
    session.add_all(VoteSeat(vote_id=vote.id, user_id=s.user_id, on_behalf_of=s.on_behalf_of) for s in seats)
    if secret:
        session.add_all(VoteCounter(vote_id=vote.id, option=o, count=0) for o in chosen)
    if item.opened_at is None:
        item.opened_at = now
        record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    session.flush()
    record_change(session, kind="vote", entity_id=vote.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "vote_opened",
        target_kind="vote",
        target_id=vote.id,
        details={
            "meeting_id": meeting.id,
            "item_id": item.id,
            "question": question,
            "secret": secret,
            "majority": majority.value,
            "options": list(chosen),
            "eligible": sorted(s.user_id for s in seats),
            "require_signed_ballots": require_signed_ballots,
            "deputies_may_vote": deputies_may_vote,
        },
    )
    return vote


def ballot_hash(vote_id: str, ballot_id: str) -> str:
    """What a secret vote keeps of a ballot id: enough to recognise a retry, nothing to read back."""
    return hashlib.sha256(f"{vote_id}\x00{ballot_id}".encode()).hexdigest()


def load_vote(session: Session, caller: Caller, vote_id: str, action: Action = Action.VIEW_MEETING) -> Vote:
    """The vote if the caller sees its meeting (404 otherwise, never revealing that it exists)."""
    vote = session.get(Vote, vote_id)
    if vote is None:
        raise NotFound("Vote not found.")
    meeting = session.get(Meeting, vote.meeting_id)
    if meeting is None:
        raise NotFound("Vote not found.")
    try:
        require(caller.person, action, meeting_access(session, meeting, caller.person))
    except NotFound:
        raise NotFound("Vote not found.") from None
    return vote


def cast_ballot(
    session: Session,
    caller: Caller,
    vote_id: str,
    *,
    option: str,
    ballot_id: str,
    signature: str | None = None,
    settings: Settings | None = None,
) -> tuple[Vote, bool]:
    """Count one ballot; returns (vote, counted now). A ballot id seen before is a no-op (False).

    A vote that requires signed ballots checks ``signature`` (base64 detached CMS) over the canonical ballot
    against the voter's enrolled certificate and keeps it with the exact signed bytes (issue 16)."""
    vote = load_vote(session, caller, vote_id)
    digest = ballot_hash(vote.id, ballot_id)
    if vote.secret:
        seen = session.execute(
            select(VoteParticipation.user_id).where(VoteParticipation.ballot_hash == digest)
        ).scalar_one_or_none()
    else:
        seen = session.execute(
            select(BallotReceipt.user_id).where(BallotReceipt.vote_id == vote.id, BallotReceipt.ballot_id == ballot_id)
        ).scalar_one_or_none()
    if seen is not None:
        if seen != caller.user_id:
            raise Conflict("This ballot id was used by someone else.", code="ballot_id_reused")
        return vote, False
    if vote.state != "open" or (vote.closes_at is not None and utcnow() >= vote.closes_at):
        raise VoteClosed("The vote is closed.")
    seat = session.get(VoteSeat, (vote.id, caller.user_id))
    if seat is None:
        if not vote.deputies_may_vote and _stands_in(session, vote.meeting_id, caller.user_id):
            raise Forbidden(
                "The rules of this vote do not let a deputy vote in a member's place.", code="deputy_not_allowed"
            )
        raise Forbidden("You are not among the voters of this vote.", code="not_eligible")
    options = json.loads(vote.options)
    if option not in options:
        raise InvalidRequest("This is not one of the vote's options.", code="unknown_option")
    signed = None
    if vote.require_signed_ballots and not vote.secret:
        signed = _check_ballot_signature(session, settings, vote, seat, option, ballot_id, signature)
    if vote.secret:
        _cast_secret(session, vote, caller.user_id, option, digest)
        audit(session, caller.actor, "ballot_cast", target_kind="vote", target_id=vote.id)
    else:
        _cast_named(session, vote, seat, option, ballot_id)
        if signed is not None:
            _keep_ballot_signature(session, vote, seat, ballot_id, signed)
        audit(
            session,
            caller.actor,
            "ballot_cast",
            target_kind="vote",
            target_id=vote.id,
            details={
                "option": option,
                "on_behalf_of": seat.on_behalf_of,
                "signed_by": signed[2] if signed is not None else None,
            },
        )
    record_change(session, kind="vote", entity_id=vote.id, meeting_id=vote.meeting_id)
    return vote, True


def _stands_in(session: Session, meeting_id: str, user_id: str) -> bool:
    """Whether ``user_id`` is the named deputy of a represented member of this meeting."""
    return (
        session.execute(
            select(AttendanceRecord.id).where(
                AttendanceRecord.meeting_id == meeting_id,
                AttendanceRecord.deputy_id == user_id,
                AttendanceRecord.status == voting.Attendance.REPRESENTED.value,
            )
        ).first()
        is not None
    )


def _check_ballot_signature(
    session: Session,
    settings: Settings | None,
    vote: Vote,
    seat: VoteSeat,
    option: str,
    ballot_id: str,
    signature: str | None,
) -> tuple[bytes, bytes, str]:
    """(signed bytes, signature, fingerprint) of a valid signature over the canonical ballot; 422 otherwise."""
    from ecabinet.core.canonical import ballot_payload, canonical_bytes
    from ecabinet.server.consultations.signatures import check_member_signature, decode_signature

    if signature is None:
        raise InvalidRequest("This vote requires a signed ballot.", code="signature_required")
    if settings is None:
        raise RuntimeError("signed ballots need the server settings (trust roots)")
    data = canonical_bytes(
        ballot_payload(
            vote_id=vote.id,
            question=vote.question,
            option=option,
            ballot_id=ballot_id,
            voter_id=seat.user_id,
            on_behalf_of=seat.on_behalf_of,
        )
    )
    blob = decode_signature(signature)
    report = check_member_signature(session, settings, user_id=seat.user_id, data=data, signature=blob)
    return data, blob, report.fingerprint


def _keep_ballot_signature(
    session: Session, vote: Vote, seat: VoteSeat, ballot_id: str, signed: tuple[bytes, bytes, str]
) -> None:
    from ecabinet.server.consultations.models import SignedBallot

    row = session.get(SignedBallot, (vote.id, seat.user_id)) or SignedBallot(vote_id=vote.id, user_id=seat.user_id)
    row.ballot_id = ballot_id
    row.on_behalf_of = seat.on_behalf_of
    row.signed_bytes, row.signature, row.signer_fingerprint = signed
    row.signed_at = utcnow()
    session.add(row)
    session.flush()


def _cast_secret(session: Session, vote: Vote, user_id: str, option: str, digest: str) -> None:
    """Participation row and counters in one transaction. Every counter of the vote is rewritten, so no
    counter row carries a trace (PostgreSQL's xmin/ctid, an update time) of which one this ballot raised."""
    taken = session.get(VoteParticipation, (vote.id, user_id))
    if taken is not None:
        raise Conflict("You have already voted; a secret ballot cannot change.", code="already_voted")
    session.add(VoteParticipation(vote_id=vote.id, user_id=user_id, ballot_hash=digest))
    session.execute(
        update(VoteCounter)
        .where(VoteCounter.vote_id == vote.id)
        .values(count=VoteCounter.count + case((VoteCounter.option == option, 1), else_=0))
    )
    vote.cast_count = (vote.cast_count or 0) + 1
    session.flush()


def _cast_named(session: Session, vote: Vote, seat: VoteSeat, option: str, ballot_id: str) -> None:
    ballot = session.get(NamedBallot, (vote.id, seat.user_id))
    if ballot is not None and not vote.allow_change:
        raise Conflict("You have already voted.", code="already_voted")
    session.add(BallotReceipt(vote_id=vote.id, ballot_id=ballot_id, user_id=seat.user_id))
    if ballot is None:
        session.add(
            NamedBallot(
                vote_id=vote.id,
                user_id=seat.user_id,
                on_behalf_of=seat.on_behalf_of,
                option=option,
                ballot_id=ballot_id,
            )
        )
        vote.cast_count = (vote.cast_count or 0) + 1
    else:
        ballot.option = option
        ballot.ballot_id = ballot_id
        ballot.cast_at = utcnow()
    session.flush()


def counts_of(session: Session, vote: Vote) -> dict[str, int]:
    options = json.loads(vote.options)
    counts = {o: 0 for o in options}
    if vote.secret:
        rows = session.execute(select(VoteCounter.option, VoteCounter.count).where(VoteCounter.vote_id == vote.id))
    else:
        rows = session.execute(
            select(NamedBallot.option, func.count()).where(NamedBallot.vote_id == vote.id).group_by(NamedBallot.option)
        )
    for option, n in rows.all():
        counts[option] = int(n)
    return counts


def close_vote(session: Session, caller: Caller, vote_id: str) -> Vote:
    """Close and decide; the result is stored with the vote for the minutes."""
    vote = load_vote(session, caller, vote_id, Action.RUN_SESSION)
    if vote.state != "open":
        raise VoteClosed("The vote is already closed.")
    counts = counts_of(session, vote)
    tally = voting.decide(
        counts,
        options=json.loads(vote.options),
        majority=voting.Majority(vote.majority),
        eligible=vote.eligible_count,
        base=vote.base_count,
        quorum=voting.QuorumRule(vote.quorum_rule),
    )
    vote.state = "closed"
    vote.closed_at = utcnow()
    result = {"counts": tally.counts, "outcome": tally.outcome.value, "winner": tally.winner}
    vote.result = json.dumps(result, ensure_ascii=False)
    vote.cast_count = tally.cast
    session.flush()
    record_change(session, kind="vote", entity_id=vote.id, meeting_id=vote.meeting_id)
    audit(
        session,
        caller.actor,
        "vote_closed",
        target_kind="vote",
        target_id=vote.id,
        details={"meeting_id": vote.meeting_id, "cast": tally.cast, "eligible": tally.eligible, **result},
    )
    return vote


def vote_view(session: Session, vote: Vote, viewer_id: str | None = None) -> dict[str, Any]:
    """A vote as every participant sees it (``shared/api.md``); with ``viewer_id`` also their own ballot."""
    options = json.loads(vote.options)
    results: dict[str, Any] = {"cast": vote.cast_count, "eligible": vote.eligible_count}
    if vote.state == "closed" and vote.result:
        stored = json.loads(vote.result)
        results.update(counts=stored["counts"], outcome=stored["outcome"], winner=stored.get("winner"))
        if not vote.secret:
            results["voters"] = _voters(session, vote)
    elif not vote.secret and vote.live_counts:
        results["counts"] = counts_of(session, vote)
    data: dict[str, Any] = {
        "id": vote.id,
        "meeting_id": vote.meeting_id,
        "agenda_item_id": vote.item_id,
        "question": vote.question,
        "secret": vote.secret,
        "majority": vote.majority,
        "options": options,
        "quorum_rule": vote.quorum_rule,
        "allow_change": vote.allow_change,
        "live_counts": vote.live_counts,
        "require_signed_ballots": vote.require_signed_ballots,
        "deputies_may_vote": vote.deputies_may_vote,
        "state": vote.state,
        "opened_at": iso(vote.opened_at),
        "closes_at": iso(vote.closes_at),
        "closed_at": iso(vote.closed_at),
        "results": results,
    }
    if viewer_id is not None:
        data["my_ballot"] = _my_ballot(session, vote, viewer_id)
    return data


def _voters(session: Session, vote: Vote) -> list[dict[str, Any]]:
    rows = session.execute(
        select(NamedBallot, User.display_name)
        .join(User, User.id == NamedBallot.user_id)
        .where(NamedBallot.vote_id == vote.id)
        .order_by(User.display_name, User.id)
    ).all()
    return [
        {"user_id": b.user_id, "display_name": name, "option": b.option, "on_behalf_of": b.on_behalf_of}
        for b, name in rows
    ]


def ballot_record(session: Session, vote: Vote) -> list[dict[str, Any]]:
    """A named vote's ballots for the record and the minutes (issue 16): who voted in the room or remotely,
    "X (represented by Y)", and whether the ballot carries a signature."""
    from ecabinet.server.consultations.models import SignedBallot

    rows = session.execute(
        select(NamedBallot, User.display_name)
        .join(User, User.id == NamedBallot.user_id)
        .where(NamedBallot.vote_id == vote.id)
        .order_by(User.display_name, User.id)
    ).all()
    signed = set(session.execute(select(SignedBallot.user_id).where(SignedBallot.vote_id == vote.id)).scalars())
    status = dict(
        session.execute(
            select(AttendanceRecord.user_id, AttendanceRecord.status).where(
                AttendanceRecord.meeting_id == vote.meeting_id
            )
        ).all()
    )
    represented = {b.on_behalf_of for b, _ in rows if b.on_behalf_of}
    names = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(represented))).all())
    return [
        {
            "user_id": b.user_id,
            "display_name": name,
            "option": b.option,
            "on_behalf_of": b.on_behalf_of,
            "on_behalf_of_name": names.get(b.on_behalf_of) if b.on_behalf_of else None,
            "remote": status.get(b.user_id) == voting.Attendance.REMOTE.value,
            "signed": b.user_id in signed,
        }
        for b, name in rows
    ]


def _my_ballot(session: Session, vote: Vote, user_id: str) -> dict[str, Any]:
    seat = session.get(VoteSeat, (vote.id, user_id))
    mine: dict[str, Any] = {"eligible": seat is not None, "on_behalf_of": seat.on_behalf_of if seat else None}
    if vote.secret:
        mine["voted"] = session.get(VoteParticipation, (vote.id, user_id)) is not None
    else:
        ballot = session.get(NamedBallot, (vote.id, user_id))
        mine["voted"] = ballot is not None
        mine["option"] = ballot.option if ballot else None
    return mine


def meeting_votes(session: Session, meeting_id: str) -> list[Vote]:
    return list(
        session.execute(select(Vote).where(Vote.meeting_id == meeting_id).order_by(Vote.opened_at, Vote.id)).scalars()
    )


# ---------------------------------------------------------------- one picture for a (re)connecting client


def session_view(session: Session, caller: Caller, meeting_id: str) -> dict[str, Any]:
    meeting, access = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
    return {
        "meeting_id": meeting.id,
        "state": meeting.state,
        "my_role": access.role.value if access.role else None,
        "current_item_id": meeting.current_item_id,
        "started_at": iso(meeting.session_started_at),
        "closed_at": iso(meeting.session_closed_at),
        "attendance": attendance_view(session, meeting),
        "speakers": speakers_view(session, meeting),
        "votes": [vote_view(session, v, caller.user_id) for v in meeting_votes(session, meeting.id)],
        "recusals": recusals_of(session, meeting.id),
    }
