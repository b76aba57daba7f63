"""Meeting, agenda, participant and position rules on top of the database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MEETING_TRANSITIONS, Language, MeetingRole, MeetingState, Position
from ecabinet.core.errors import Conflict, Forbidden, InvalidRequest, NotFound
from ecabinet.core.permissions import (
    Action,
    Person,
    can_create_meeting,
    can_read_document,
    can_view_meeting,
    is_preparer,
)
from ecabinet.server.access import document_access, load_meeting, meeting_access
from ecabinet.server.accounts.models import Body, User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.db import utcnow
from ecabinet.server.documents.models import Document
from ecabinet.server.journal import audit, record_change
from ecabinet.server.meetings.models import AgendaItem, AppliedClientId, Meeting, Participant, PositionStatement
from ecabinet.server.meetings.views import agenda_items, document_data, item_data, meeting_summary

# ---------------------------------------------------------------- change feed helpers


def touch_meeting(session: Session, meeting: Meeting) -> None:
    meeting.updated_at = utcnow()
    record_change(session, kind="meeting", entity_id=meeting.id, meeting_id=meeting.id)


def touch_meeting_tree(session: Session, meeting: Meeting) -> None:
    """Re-announce a meeting and everything in it: visibility of all of it changed for someone."""
    touch_meeting(session, meeting)
    for item in agenda_items(session, meeting.id):
        record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    for doc_id in session.execute(select(Document.id).where(Document.meeting_id == meeting.id)).scalars():
        record_change(session, kind="document", entity_id=doc_id, meeting_id=meeting.id)
    for pos_id in session.execute(
        select(PositionStatement.id).where(PositionStatement.meeting_id == meeting.id)
    ).scalars():
        record_change(session, kind="position", entity_id=pos_id, meeting_id=meeting.id)


def renumber(session: Session, meeting_id: str) -> None:
    """Numbers follow order; every item whose number may have moved is announced."""
    for index, item in enumerate(agenda_items(session, meeting_id)):
        item.sort_key = (index + 1) * 10
        record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting_id)


# ---------------------------------------------------------------- reading


def visible_meetings(session: Session, person: Person) -> list[tuple[Meeting, str | None]]:
    participant_rows = session.execute(
        select(Participant.meeting_id, Participant.role).where(
            Participant.user_id == person.user_id, Participant.removed_at.is_(None)
        )
    ).all()
    roles = {m: r for m, r in participant_rows}
    conditions = [Meeting.id.in_(list(roles))] if roles else []
    if person.secretariat_of:
        conditions.append(Meeting.body_id.in_(list(person.secretariat_of)))
    if not conditions:
        return []
    meetings = session.execute(select(Meeting).where(or_(*conditions)).order_by(Meeting.starts_at)).scalars()
    result = []
    for meeting in meetings:
        access = meeting_access(session, meeting, person)
        if can_view_meeting(person, access):
            result.append((meeting, roles.get(meeting.id)))
    return result


def meeting_detail(session: Session, person: Person, meeting_id: str) -> dict[str, Any]:
    meeting, access = load_meeting(session, person, meeting_id, Action.VIEW_MEETING)
    data = meeting_summary(meeting, access.role.value if access.role else None)
    preparer = is_preparer(person, access)
    docs_by_item: dict[str, list[dict[str, Any]]] = {}
    documents = session.execute(
        select(Document).where(Document.meeting_id == meeting.id).order_by(Document.sort_key, Document.created_at)
    ).scalars()
    for document in documents:
        if not can_read_document(person, access, document_access(session, document)):
            continue
        docs_by_item.setdefault(document.item_id, []).append(document_data(session, document, include_readers=preparer))
    data["agenda"] = [
        {**item_data(item, str(n)), "documents": docs_by_item.get(item.id, [])}
        for n, item in enumerate(agenda_items(session, meeting.id), start=1)
    ]
    if preparer or access.role is not None:
        data["participants"] = participants_data(session, meeting.id)
    return data


def participants_data(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Participant, User)
        .join(User, User.id == Participant.user_id)
        .where(Participant.meeting_id == meeting_id, Participant.removed_at.is_(None))
        .order_by(Participant.id)
    )
    return [{"user_id": u.id, "display_name": u.display_name, "role": p.role} for p, u in rows]


# ---------------------------------------------------------------- secretariat writes


def _check_language(language: str) -> None:
    if language not in set(Language):
        raise InvalidRequest(f"Unknown language {language!r}.")


def create_meeting(
    session: Session,
    caller: Caller,
    *,
    body_id: str,
    title: str,
    starts_at: datetime,
    duration_minutes: int,
    location: str,
    language: str,
) -> Meeting:
    if session.get(Body, body_id) is None or not can_create_meeting(caller.person, body_id):
        raise Forbidden("Only the secretariat of this body may create its meetings.", code="not_allowed")
    _check_language(language)
    meeting = Meeting(
        body_id=body_id,
        title=title,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        location=location,
        language=language,
        state=MeetingState.DRAFT,
    )
    session.add(meeting)
    session.flush()
    touch_meeting(session, meeting)
    audit(session, caller.actor, "meeting_created", target_kind="meeting", target_id=meeting.id)
    return meeting


def update_meeting(session: Session, caller: Caller, meeting_id: str, changes: dict[str, Any]) -> Meeting:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    if meeting.state == MeetingState.CLOSED:
        raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")
    if "language" in changes:
        _check_language(changes["language"])
    for key in ("title", "starts_at", "duration_minutes", "location", "language"):
        if key in changes and changes[key] is not None:
            setattr(meeting, key, changes[key])
    touch_meeting(session, meeting)
    audit(
        session,
        caller.actor,
        "meeting_updated",
        target_kind="meeting",
        target_id=meeting.id,
        details={"fields": sorted(k for k, v in changes.items() if v is not None)},
    )
    return meeting


def change_state(session: Session, caller: Caller, meeting_id: str, target: MeetingState) -> Meeting:
    action = Action.RUN_SESSION if target in (MeetingState.IN_SESSION, MeetingState.CLOSED) else Action.EDIT_MEETING
    meeting, _ = load_meeting(session, caller.person, meeting_id, action)
    current = MeetingState(meeting.state)
    if target not in MEETING_TRANSITIONS[current]:
        raise Conflict(f"A {current.value} meeting cannot become {target.value}.", code="invalid_state")
    meeting.state = target
    if target is MeetingState.PUBLISHED and meeting.published_at is None:
        meeting.published_at = utcnow()
    # Publishing or unpublishing changes who sees everything inside the meeting.
    if MeetingState.DRAFT in (current, target):
        touch_meeting_tree(session, meeting)
    else:
        touch_meeting(session, meeting)
    audit(session, caller.actor, f"meeting_{target.value}", target_kind="meeting", target_id=meeting.id)
    return meeting


def set_participant(
    session: Session, caller: Caller, meeting_id: str, *, user_id: str, role: MeetingRole
) -> Participant:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise InvalidRequest("No such active user.", code="unknown_user")
    row = session.execute(
        select(Participant).where(Participant.meeting_id == meeting.id, Participant.user_id == user_id)
    ).scalar_one_or_none()
    if row is None:
        row = Participant(meeting_id=meeting.id, user_id=user_id, role=role)
        session.add(row)
    else:
        row.role = role
        row.removed_at = None
    session.flush()
    touch_meeting_tree(session, meeting)
    audit(
        session,
        caller.actor,
        "participant_set",
        target_kind="meeting",
        target_id=meeting.id,
        details={"user_id": user_id, "role": role.value},
    )
    return row


def remove_participant(session: Session, caller: Caller, meeting_id: str, *, user_id: str) -> None:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    row = session.execute(
        select(Participant).where(
            Participant.meeting_id == meeting.id, Participant.user_id == user_id, Participant.removed_at.is_(None)
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound("This person is not a participant.")
    row.removed_at = utcnow()
    touch_meeting_tree(session, meeting)
    audit(
        session,
        caller.actor,
        "participant_removed",
        target_kind="meeting",
        target_id=meeting.id,
        details={"user_id": user_id},
    )


def add_item(
    session: Session,
    caller: Caller,
    meeting_id: str,
    *,
    title: str,
    presenter: str,
    duration_minutes: int,
    position: int | None = None,
) -> AgendaItem:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    if meeting.state == MeetingState.CLOSED:
        raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")
    items = agenda_items(session, meeting.id)
    index = len(items) if position is None else max(0, min(position - 1, len(items)))
    item = AgendaItem(
        meeting_id=meeting.id,
        title=title,
        presenter=presenter,
        duration_minutes=duration_minutes,
        sort_key=0,
        late=meeting.state != MeetingState.DRAFT,
    )
    session.add(item)
    items.insert(index, item)
    for n, it in enumerate(items, start=1):
        it.sort_key = n * 10
    session.flush()
    renumber(session, meeting.id)
    touch_meeting(session, meeting)
    audit(session, caller.actor, "item_added", target_kind="agenda_item", target_id=item.id)
    return item


def load_item(
    session: Session, person: Person, meeting_id: str, item_id: str, action: Action
) -> tuple[Meeting, AgendaItem]:
    meeting, _ = load_meeting(session, person, meeting_id, action)
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id:
        raise NotFound("Agenda item not found.")
    return meeting, item


def update_item(session: Session, caller: Caller, meeting_id: str, item_id: str, changes: dict[str, Any]) -> AgendaItem:
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.EDIT_MEETING)
    for key in ("title", "presenter", "duration_minutes"):
        if changes.get(key) is not None:
            setattr(item, key, changes[key])
    record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    audit(session, caller.actor, "item_updated", target_kind="agenda_item", target_id=item.id)
    return item


def delete_item(session: Session, caller: Caller, meeting_id: str, item_id: str) -> None:
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.EDIT_MEETING)
    doc_ids = list(session.execute(select(Document.id).where(Document.item_id == item.id)).scalars())
    if doc_ids and meeting.state != MeetingState.DRAFT:
        raise Conflict("Remove or move the item's documents first.", code="item_has_documents")
    for doc_id in doc_ids:
        record_change(session, kind="document", entity_id=doc_id, meeting_id=meeting.id)
        session.delete(session.get(Document, doc_id))
    session.delete(item)
    record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    session.flush()
    renumber(session, meeting.id)
    audit(session, caller.actor, "item_deleted", target_kind="agenda_item", target_id=item_id)


def reorder_items(session: Session, caller: Caller, meeting_id: str, item_ids: list[str]) -> None:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    items = {i.id: i for i in agenda_items(session, meeting.id)}
    if sorted(item_ids) != sorted(items):
        raise InvalidRequest("The new order must list every item of the meeting exactly once.", code="invalid_order")
    for n, item_id in enumerate(item_ids, start=1):
        items[item_id].sort_key = n * 10
    renumber(session, meeting.id)
    audit(session, caller.actor, "items_reordered", target_kind="meeting", target_id=meeting.id)


# ---------------------------------------------------------------- positions


def state_position(
    session: Session,
    caller: Caller,
    meeting_id: str,
    item_id: str,
    *,
    position: Position,
    comment: str,
    client_id: str,
) -> tuple[PositionStatement, bool]:
    """Record a position; returns (statement, applied). A client id seen before is a no-op, so an
    outbox that sends twice, or a retry arriving after a newer statement, changes nothing."""
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.STATE_POSITION)
    current = session.execute(
        select(PositionStatement).where(
            PositionStatement.item_id == item.id, PositionStatement.user_id == caller.user_id
        )
    ).scalar_one_or_none()
    seen = session.get(AppliedClientId, client_id)
    if seen is not None:
        if seen.user_id != caller.user_id:
            raise Conflict("This client id was used by someone else.", code="client_id_reused")
        if current is None:
            raise Conflict("This client id was used for something else.", code="client_id_reused")
        return current, False
    if meeting.state in (MeetingState.CLOSED,) or item.opened_at is not None:
        raise Conflict("The chair has opened this item; positions are closed.", code="item_closed")
    if position is Position.OBJECTS and not comment.strip():
        raise InvalidRequest("Say briefly why you object.", code="comment_required")
    session.add(AppliedClientId(client_id=client_id, user_id=caller.user_id))
    if current is None:
        current = PositionStatement(
            item_id=item.id,
            meeting_id=meeting.id,
            user_id=caller.user_id,
            position=position,
            comment=comment,
            client_id=client_id,
        )
        session.add(current)
    else:
        current.position = position
        current.comment = comment
        current.client_id = client_id
        current.updated_at = utcnow()
    session.flush()
    record_change(session, kind="position", entity_id=current.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "position_stated",
        target_kind="agenda_item",
        target_id=item.id,
        details={"position": position.value},
    )
    return current, True
