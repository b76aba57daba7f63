"""Meeting, agenda, participant and position rules on top of the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
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
from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion
from ecabinet.server.journal import audit, record_change
from ecabinet.server.meetings.models import AgendaItem, AppliedClientId, Meeting, Participant, PositionStatement
from ecabinet.server.meetings.views import (
    agenda_items,
    agenda_numbers,
    document_data,
    document_visible,
    iso,
    item_data,
    item_number,
    meeting_summary,
)

# ---------------------------------------------------------------- change feed helpers


def touch_meeting(session: Session, meeting: Meeting) -> None:
    meeting.updated_at = utcnow()
    meeting.version = (meeting.version or 1) + 1
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
    session.flush()
    for index, item in enumerate(agenda_items(session, meeting_id)):
        item.sort_key = (index + 1) * 10
        record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting_id)


# ---------------------------------------------------------------- lost updates


class VersionConflict(Conflict):
    """The writer's picture is older than the stored one: nothing was changed; ``details.current`` is the
    object as it is now, so the client can show it and let the person redo their change."""

    code = "version_conflict"


def check_version(expected: int | None, actual: int, current: Callable[[], dict[str, Any]], what: str) -> None:
    """Without a precondition every write goes through (as before); with one it must match."""
    if expected is None or expected == actual:
        return
    raise VersionConflict(
        f"Someone else changed this {what} meanwhile (you had version {expected}, it is now {actual}). "
        "Reload it and make your change again.",
        details={"current": current(), "version": actual, "expected_version": expected},
    )


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
        if not document_visible(session, document):
            continue
        docs_by_item.setdefault(document.item_id, []).append(document_data(session, document, include_readers=preparer))
    items = agenda_items(session, meeting.id)
    numbers = agenda_numbers(items)
    data["agenda"] = [
        {**item_data(item, numbers[item.id]), "documents": docs_by_item.get(item.id, [])} for item in items
    ]
    data["planned_minutes"] = sum(item.duration_minutes for item in items)
    if preparer or access.role is not None:
        data["participants"] = participants_data(session, meeting.id)
    if preparer:
        data["deleted_items"] = deleted_items_data(session, meeting.id)
    # The minutes build on meetings (their record reads this module), so they are imported here, late.
    from ecabinet.server.minutes.service import minutes_summary

    minutes = minutes_summary(session, meeting.id)
    if minutes is not None:
        data["minutes"] = minutes
    return data


def deleted_items_data(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    """Items in the trash of a draft, newest first: what the secretary may still restore."""
    rows = session.execute(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_not(None))
        .order_by(AgendaItem.deleted_at.desc(), AgendaItem.sort_key)
    ).scalars()
    out = []
    for item in rows:
        documents = session.execute(select(func.count()).where(Document.item_id == item.id)).scalar_one()
        out.append(
            {
                "id": item.id,
                "title": item.title,
                "parent_id": item.parent_id,
                "deleted_at": iso(item.deleted_at),
                "documents": int(documents),
            }
        )
    return out


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


def update_meeting(
    session: Session, caller: Caller, meeting_id: str, changes: dict[str, Any], *, expected_version: int | None = None
) -> Meeting:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    check_version(
        expected_version, meeting.version, lambda: meeting_detail(session, caller.person, meeting.id), "meeting"
    )
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
    if target is MeetingState.PUBLISHED:
        _purge_trash(session, caller, meeting)
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


def _check_open(meeting: Meeting) -> None:
    if meeting.state == MeetingState.CLOSED:
        raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")


def _check_parent(session: Session, meeting: Meeting, parent_id: str | None, item: AgendaItem | None = None) -> None:
    """A parent is a live top-level item of the same meeting; an item with sub-items cannot become one."""
    if parent_id is None:
        return
    parent = session.get(AgendaItem, parent_id)
    if parent is None or parent.meeting_id != meeting.id or parent.deleted_at is not None:
        raise InvalidRequest("The parent item is not on this agenda.", code="invalid_parent")
    if parent.parent_id is not None:
        raise InvalidRequest("Sub-items cannot have sub-items of their own.", code="invalid_parent")
    if item is not None:
        if parent.id == item.id:
            raise InvalidRequest("An item cannot be its own parent.", code="invalid_parent")
        if _children(session, item.id):
            raise InvalidRequest("An item with sub-items cannot become a sub-item.", code="invalid_parent")


def _children(session: Session, item_id: str, *, deleted: bool = False) -> list[AgendaItem]:
    condition = AgendaItem.deleted_at.is_not(None) if deleted else AgendaItem.deleted_at.is_(None)
    return list(
        session.execute(
            select(AgendaItem).where(AgendaItem.parent_id == item_id, condition).order_by(AgendaItem.sort_key)
        ).scalars()
    )


def _item_audit(session: Session, caller: Caller, action: str, item: AgendaItem, **details: Any) -> None:
    """Item entries carry the meeting id, so the meeting's audit view finds them after a final deletion."""
    audit(
        session,
        caller.actor,
        action,
        target_kind="agenda_item",
        target_id=item.id,
        details={"meeting_id": item.meeting_id, "title": item.title, **details},
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
    parent_id: str | None = None,
) -> AgendaItem:
    """Add an item (or a sub-item under ``parent_id``) at a 1-based ``position`` among its siblings."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    _check_open(meeting)
    _check_parent(session, meeting, parent_id)
    item = AgendaItem(
        meeting_id=meeting.id,
        parent_id=parent_id,
        title=title,
        presenter=presenter,
        duration_minutes=duration_minutes,
        sort_key=0,
        late=meeting.state != MeetingState.DRAFT,
        version=1,
    )
    session.add(item)
    _place(session, meeting.id, item, position)
    touch_meeting(session, meeting)
    _item_audit(session, caller, "item_added", item, parent_id=parent_id, late=item.late)
    return item


def _place(session: Session, meeting_id: str, item: AgendaItem, position: int | None) -> None:
    """Put ``item`` at ``position`` (1-based, default last) among ``siblings``, then renumber the agenda."""
    session.flush()
    others = [i for i in agenda_items(session, meeting_id) if i.id != item.id]
    top = [i for i in others if i.parent_id is None]
    children: dict[str, list[AgendaItem]] = {}
    for other in others:
        if other.parent_id is not None:
            children.setdefault(other.parent_id, []).append(other)
    row = top if item.parent_id is None else children.setdefault(item.parent_id, [])
    index = len(row) if position is None else max(0, min(position - 1, len(row)))
    row.insert(index, item)
    n = 0
    for parent in top:
        for member in (parent, *children.get(parent.id, [])):
            n += 1
            member.sort_key = n * 10
    renumber(session, meeting_id)


def load_item(
    session: Session, person: Person, meeting_id: str, item_id: str, action: Action
) -> tuple[Meeting, AgendaItem]:
    meeting, _ = load_meeting(session, person, meeting_id, action)
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id or item.deleted_at is not None:
        raise NotFound("Agenda item not found.")
    return meeting, item


def _item_now(session: Session, item: AgendaItem) -> Callable[[], dict[str, Any]]:
    return lambda: item_data(item, item_number(session, item))


def update_item(
    session: Session,
    caller: Caller,
    meeting_id: str,
    item_id: str,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> AgendaItem:
    """Change an item's fields; ``parent_id`` in ``changes`` (None included) moves it, as the last sibling."""
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.EDIT_MEETING)
    check_version(expected_version, item.version, _item_now(session, item), "agenda item")
    _check_open(meeting)
    fields = sorted(k for k in ("title", "presenter", "duration_minutes") if changes.get(k) is not None)
    for key in fields:
        setattr(item, key, changes[key])
    moved = "parent_id" in changes and changes["parent_id"] != item.parent_id
    if moved:
        _check_parent(session, meeting, changes["parent_id"], item)
        item.parent_id = changes["parent_id"]
        _place(session, meeting.id, item, None)
        touch_meeting(session, meeting)
        fields.append("parent_id")
    if fields:
        item.version += 1
    record_change(session, kind="agenda_item", entity_id=item.id, meeting_id=meeting.id)
    _item_audit(session, caller, "item_updated", item, fields=fields)
    return item


def delete_item(
    session: Session,
    caller: Caller,
    meeting_id: str,
    item_id: str,
    *,
    force: bool = False,
    expected_version: int | None = None,
) -> bool:
    """Delete an item with its sub-items. Returns True when it went to the trash (a draft: restorable until
    publication), False when it is gone for good (after publication; audited with what it held)."""
    meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.EDIT_MEETING)
    check_version(expected_version, item.version, _item_now(session, item), "agenda item")
    _check_open(meeting)
    family = [item, *_children(session, item.id)]
    doc_ids = list(session.execute(select(Document.id).where(Document.item_id.in_([i.id for i in family]))).scalars())
    if doc_ids and not force:
        raise Conflict(
            f"This item holds {len(doc_ids)} document(s). Confirm to delete them with it.",
            code="item_has_documents",
            details={"documents": len(doc_ids)},
        )
    for doc_id in doc_ids:
        record_change(session, kind="document", entity_id=doc_id, meeting_id=meeting.id)
    soft = meeting.state == MeetingState.DRAFT
    if soft:
        stamp = utcnow()
        for member in family:
            member.deleted_at = stamp
            record_change(session, kind="agenda_item", entity_id=member.id, meeting_id=meeting.id)
    else:
        _hard_delete(session, meeting.id, family, doc_ids)
    renumber(session, meeting.id)
    touch_meeting(session, meeting)
    _item_audit(
        session,
        caller,
        "item_deleted" if soft else "item_deleted_final",
        item,
        documents=doc_ids,
        sub_items=[m.id for m in family[1:]],
        restorable=soft,
    )
    return soft


def _hard_delete(session: Session, meeting_id: str, family: list[AgendaItem], doc_ids: list[str]) -> None:
    for doc_id in doc_ids:
        document = session.get(Document, doc_id)
        if document is not None:
            session.delete(document)
    session.flush()
    for member in reversed(family):  # sub-items first: their parent link has no ON DELETE rule
        record_change(session, kind="agenda_item", entity_id=member.id, meeting_id=meeting_id)
        session.delete(member)
        session.flush()


def restore_item(session: Session, caller: Caller, meeting_id: str, item_id: str) -> AgendaItem:
    """Take an item (and the sub-items deleted with it) out of the trash of a draft."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id:
        raise NotFound("Agenda item not found; after publication a deletion is final.")
    if item.deleted_at is None:
        raise Conflict("This item is not deleted.", code="not_deleted")
    if item.parent_id is not None:
        parent = session.get(AgendaItem, item.parent_id)
        if parent is None or parent.deleted_at is not None:
            raise Conflict("Restore its parent item first.", code="parent_deleted")
    family = [item] + [c for c in _children(session, item.id, deleted=True) if c.deleted_at == item.deleted_at]
    for member in family:
        member.deleted_at = None
        record_change(session, kind="agenda_item", entity_id=member.id, meeting_id=meeting.id)
    for doc_id in session.execute(select(Document.id).where(Document.item_id.in_([m.id for m in family]))).scalars():
        record_change(session, kind="document", entity_id=doc_id, meeting_id=meeting.id)
    renumber(session, meeting.id)
    touch_meeting(session, meeting)
    _item_audit(session, caller, "item_restored", item)
    return item


def _purge_trash(session: Session, caller: Caller, meeting: Meeting) -> None:
    """At publication the trash is emptied: deletions before it become final."""
    trashed = list(
        session.execute(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted_at.is_not(None))
        ).scalars()
    )
    if not trashed:
        return
    ids = [i.id for i in trashed]
    doc_ids = list(session.execute(select(Document.id).where(Document.item_id.in_(ids))).scalars())
    ordered = sorted(trashed, key=lambda i: i.parent_id is not None)  # parents first; deleted children-first
    _hard_delete(session, meeting.id, ordered, doc_ids)
    audit(
        session,
        caller.actor,
        "items_purged",
        target_kind="meeting",
        target_id=meeting.id,
        details={"items": sorted(ids), "documents": sorted(doc_ids)},
    )


def reorder_items(
    session: Session, caller: Caller, meeting_id: str, item_ids: list[str], *, expected_version: int | None = None
) -> None:
    """A new agenda order: every live item once. Sub-items keep their parent and follow the list's order
    among their siblings (move one to another parent with PATCH ``parent_id``)."""
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    check_version(
        expected_version, meeting.version, lambda: meeting_detail(session, caller.person, meeting.id), "agenda"
    )
    items = {i.id: i for i in agenda_items(session, meeting.id)}
    if sorted(item_ids) != sorted(items):
        raise InvalidRequest("The new order must list every item of the meeting exactly once.", code="invalid_order")
    for n, item_id in enumerate(item_ids, start=1):
        items[item_id].sort_key = n * 10
    renumber(session, meeting.id)
    touch_meeting(session, meeting)
    audit(
        session,
        caller.actor,
        "items_reordered",
        target_kind="meeting",
        target_id=meeting.id,
        details={"order": item_ids},
    )


def copy_meeting(
    session: Session,
    caller: Caller,
    meeting_id: str,
    *,
    title: str | None = None,
    starts_at: datetime | None = None,
    location: str | None = None,
    with_documents: bool = False,
) -> Meeting:
    """A new draft like ``meeting_id``: items and sub-items, presenters, durations, participants and, when
    asked, each document's newest version (the same stored bytes: nothing is uploaded again)."""
    source, _ = load_meeting(session, caller.person, meeting_id, Action.EDIT_MEETING)
    copy = create_meeting(
        session,
        caller,
        body_id=source.body_id,
        title=title or source.title,
        starts_at=starts_at or source.starts_at,
        duration_minutes=source.duration_minutes,
        location=source.location if location is None else location,
        language=source.language,
    )
    for participant in session.execute(
        select(Participant).where(Participant.meeting_id == source.id, Participant.removed_at.is_(None))
    ).scalars():
        session.add(Participant(meeting_id=copy.id, user_id=participant.user_id, role=participant.role))
    new_ids: dict[str, str] = {}
    for item in agenda_items(session, source.id):
        twin = AgendaItem(
            meeting_id=copy.id,
            parent_id=new_ids.get(item.parent_id) if item.parent_id else None,
            sort_key=item.sort_key,
            title=item.title,
            presenter=item.presenter,
            duration_minutes=item.duration_minutes,
            late=False,
            version=1,
        )
        session.add(twin)
        session.flush()
        new_ids[item.id] = twin.id
    copied_docs = 0
    if with_documents:
        copied_docs = copy_documents(session, caller, source.id, copy.id, new_ids)
    session.flush()
    renumber(session, copy.id)
    touch_meeting_tree(session, copy)
    audit(
        session,
        caller.actor,
        "meeting_copied",
        target_kind="meeting",
        target_id=copy.id,
        details={"from": source.id, "items": len(new_ids), "documents": copied_docs},
    )
    return copy


def copy_documents(session: Session, caller: Caller, source_id: str, target_id: str, item_map: dict[str, str]) -> int:
    copied = 0
    documents = session.execute(
        select(Document).where(Document.meeting_id == source_id).order_by(Document.sort_key, Document.created_at)
    ).scalars()
    for document in list(documents):
        if document.item_id not in item_map:
            continue  # its item is in the trash
        newest = session.execute(
            select(DocumentVersion)
            .where(DocumentVersion.document_id == document.id, DocumentVersion.withdrawn_at.is_(None))
            .order_by(DocumentVersion.created_at.desc(), DocumentVersion.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if newest is None:
            continue
        twin = Document(
            meeting_id=target_id,
            item_id=item_map[document.item_id],
            title=document.title,
            restricted=document.restricted,
            sort_key=document.sort_key,
        )
        session.add(twin)
        session.flush()
        for reader in session.execute(
            select(DocumentReader.user_id).where(DocumentReader.document_id == document.id)
        ).scalars():
            session.add(DocumentReader(document_id=twin.id, user_id=reader))
        session.add(
            DocumentVersion(
                document_id=twin.id,
                sha256=newest.sha256,
                pages=newest.pages,
                size=newest.size,
                filename=newest.filename,
                created_by=caller.user_id,
                created_at=utcnow(),
                derived_from=newest.derived_from,
                ocr=newest.ocr,
            )
        )
        copied += 1
    return copied


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
