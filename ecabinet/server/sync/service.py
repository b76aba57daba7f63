"""The per-user change feed.

Change rows name an entity; what a user receives is computed when they ask: the entity's current data
if they may see it now, or a bare ``remove`` if it is gone or hidden from them. A remove goes to people
who had a reason to know the meeting (present or past participants, its secretariat), never with a title.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingRole, MeetingState
from ecabinet.core.permissions import MeetingAccess, Person, can_read_document, can_view_meeting, is_preparer
from ecabinet.server.access import document_access, meeting_access
from ecabinet.server.accounts.models import User
from ecabinet.server.annotations.models import SharedAnnotation
from ecabinet.server.annotations.service import live_annotations
from ecabinet.server.annotations.views import annotation_data
from ecabinet.server.consultations import feed as between_meetings
from ecabinet.server.documents.models import Document
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant, PositionStatement
from ecabinet.server.meetings.service import visible_meetings
from ecabinet.server.meetings.views import (
    agenda_items,
    agenda_numbers,
    document_data,
    document_visible,
    item_data,
    item_view,
    meeting_summary,
    position_data,
)
from ecabinet.server.minutes.service import is_minutes_document, minutes_summary
from ecabinet.server.session.models import Vote
from ecabinet.server.session.service import attendance_view, meeting_votes, vote_view
from ecabinet.server.sync.models import Change


@dataclass
class FeedPage:
    cursor: int
    changes: list[dict[str, Any]]
    more: bool
    etag: str


def current_cursor(session: Session) -> int:
    return int(session.execute(select(func.coalesce(func.max(Change.seq), 0))).scalar_one())


def feed_etag(session: Session, user_id: str, cursor: int) -> str:
    """Per user: the same user, cursor and permission epoch mean the same (empty) answer."""
    epoch = session.execute(select(User.permission_epoch).where(User.id == user_id)).scalar_one()
    digest = hashlib.sha256(f"{user_id}|{cursor}|{epoch}".encode()).hexdigest()[:32]
    return f'W/"{digest}"'


@dataclass
class _Viewer:
    """Caches meeting access for one feed answer."""

    session: Session
    person: Person
    _access: dict[str, MeetingAccess | None] = field(default_factory=dict)
    _related: dict[str, bool] = field(default_factory=dict)

    def access(self, meeting_id: str | None) -> MeetingAccess | None:
        if meeting_id is None:
            return None
        if meeting_id not in self._access:
            meeting = self.session.get(Meeting, meeting_id)
            self._access[meeting_id] = meeting_access(self.session, meeting, self.person) if meeting else None
        return self._access[meeting_id]

    def sees_meeting(self, meeting_id: str | None) -> MeetingAccess | None:
        access = self.access(meeting_id)
        return access if access is not None and can_view_meeting(self.person, access) else None

    def related(self, meeting_id: str | None) -> bool:
        """Had a reason to know this meeting: told when things in it vanish."""
        if meeting_id is None:
            return False
        if meeting_id not in self._related:
            was_participant = self.session.execute(
                select(Participant.id).where(
                    Participant.meeting_id == meeting_id, Participant.user_id == self.person.user_id
                )
            ).first()
            meeting = self.session.get(Meeting, meeting_id)
            secretariat = meeting is not None and meeting.body_id in self.person.secretariat_of
            self._related[meeting_id] = bool(was_participant) or secretariat
        return self._related[meeting_id]


def _sees_all_positions(person: Person, access: MeetingAccess) -> bool:
    return is_preparer(person, access) or access.role is MeetingRole.CHAIR


def _may_have_seen(viewer: _Viewer, kind: str, entity_id: str, meeting_id: str | None) -> bool:
    """Whether a ``remove`` tells this person anything they did not know. Other members' positions are
    never theirs to know about, not even as a bare id; annotations are judged by
    ``_may_have_seen_annotation``."""
    if kind != "position":
        return True
    statement = viewer.session.get(PositionStatement, entity_id)
    if statement is not None and statement.user_id == viewer.person.user_id:
        return True
    meeting = viewer.session.get(Meeting, meeting_id) if meeting_id else None
    if meeting is not None and meeting.body_id in viewer.person.secretariat_of:
        return True
    past_role = viewer.session.execute(
        select(Participant.role).where(
            Participant.meeting_id == meeting_id, Participant.user_id == viewer.person.user_id
        )
    ).scalar_one_or_none()
    return past_role in (MeetingRole.CHAIR, MeetingRole.SECRETARY)


def _may_have_seen_annotation(viewer: _Viewer, entity_id: str, *, document_changed: bool) -> bool:
    """Whether a ``remove`` of an annotation tells this person something they may have had.

    Its author's writes and withdrawal (an annotation change) concern only those who read the document;
    the others must not even learn that someone annotates it. A change of the document itself (how
    every change of who reads it is announced) concerns everyone who knows the meeting: they may have
    just lost the annotation along with the document."""
    annotation = viewer.session.get(SharedAnnotation, entity_id)
    if annotation is None or annotation.user_id == viewer.person.user_id:
        return True  # gone with its document (whose remove they got too), or their own
    if document_changed and annotation.deleted_at is None:
        return True
    access = viewer.sees_meeting(annotation.meeting_id)
    document = viewer.session.get(Document, annotation.document_id)
    return (
        access is not None
        and document is not None
        and can_read_document(viewer.person, access, document_access(viewer.session, document))
    )


def _entity(viewer: _Viewer, kind: str, entity_id: str, meeting_id: str | None) -> dict[str, Any] | None:
    """The user's view of one entity, or None when it is gone or hidden from them."""
    session = viewer.session
    if kind in between_meetings.FEED_KINDS:  # issue 16: consultations, notifications, tasks (no meeting)
        return between_meetings.entity(session, viewer.person, kind, entity_id)
    access = viewer.sees_meeting(meeting_id)
    if access is None:
        return None
    if kind == "meeting":
        meeting = session.get(Meeting, entity_id)
        return meeting_summary(meeting, access.role.value if access.role else None) if meeting else None
    if kind == "agenda_item":
        return item_view(session, session.get(AgendaItem, entity_id))
    if kind == "document":
        document = session.get(Document, entity_id)
        if document is None or not can_read_document(viewer.person, access, document_access(session, document)):
            return None
        if not document_visible(session, document) and not is_minutes_document(session, document.id):
            return None
        return document_data(session, document, include_readers=is_preparer(viewer.person, access))
    if kind == "position":
        statement = session.get(PositionStatement, entity_id)
        if statement is None:
            return None
        if statement.user_id != viewer.person.user_id and not _sees_all_positions(viewer.person, access):
            return None
        return position_data(statement)
    if kind == "vote":
        vote = session.get(Vote, entity_id)
        return vote_view(session, vote, viewer.person.user_id) if vote is not None else None
    if kind == "attendance":
        meeting = session.get(Meeting, entity_id)
        return attendance_view(session, meeting) if meeting is not None else None
    if kind == "minutes":
        return minutes_summary(session, entity_id)
    if kind == "annotation":
        annotation = session.get(SharedAnnotation, entity_id)
        if annotation is None or annotation.deleted_at is not None:
            return None
        document = session.get(Document, annotation.document_id)
        if document is None or not can_read_document(viewer.person, access, document_access(session, document)):
            return None
        return annotation_data(annotation, session.get(User, annotation.user_id))
    return None


def _annotations_riding_on(session: Session, document_id: str) -> list[tuple[str, str]]:
    """(id, meeting id) of the live shared annotations on a document.

    Whoever may read a document may read its shared annotations, so a change to the document (new
    readers, a restriction, a participant added or removed, the meeting unpublished: every change of who
    sees it is announced as a document change) is also a change to them. The feed re-announces them
    with it, and each reader gets an upsert or a remove as the document now allows."""
    return [
        (annotation_id, meeting_id)
        for annotation_id, meeting_id in session.execute(
            select(SharedAnnotation.id, SharedAnnotation.meeting_id).where(
                SharedAnnotation.document_id == document_id, SharedAnnotation.deleted_at.is_(None)
            )
        ).all()
    ]


def feed(session: Session, person: Person, since: int, *, page_size: int) -> FeedPage:
    # The cursor is read before any data: whatever commits later has a higher sequence and comes next time.
    top = current_cursor(session)
    viewer = _Viewer(session, person)
    if since <= 0:
        picture = _full_picture(viewer, top)
        return FeedPage(cursor=top, changes=picture, more=False, etag=feed_etag(session, person.user_id, top))
    rows = list(
        session.execute(
            select(Change).where(Change.seq > since, Change.seq <= top).order_by(Change.seq).limit(page_size + 1)
        ).scalars()
    )
    more = len(rows) > page_size
    rows = rows[:page_size]
    #: (kind, id) -> (seq, meeting id, whether a document change carried it: see _annotations_riding_on)
    latest: dict[tuple[str, str], tuple[int, str | None, bool]] = {}

    def note(kind: str, entity_id: str, seq: int, meeting_id: str | None, *, via_document: bool = False) -> None:
        previous = latest.pop((kind, entity_id), None)
        via_document = via_document or (previous is not None and previous[2])
        latest[(kind, entity_id)] = (seq, meeting_id, via_document)  # re-inserted: order follows the newest

    for row in rows:
        note(row.kind, row.entity_id, row.seq, row.meeting_id)
        if row.kind == "document":
            for annotation_id, annotation_meeting in _annotations_riding_on(session, row.entity_id):
                note("annotation", annotation_id, row.seq, annotation_meeting, via_document=True)
    changes: list[dict[str, Any]] = []
    for (kind, entity_id), (seq, meeting_id, via_document) in latest.items():
        data = _entity(viewer, kind, entity_id, meeting_id)
        if data is not None:
            changes.append({"seq": seq, "kind": kind, "id": entity_id, "op": "upsert", "data": data})
            continue
        if kind in between_meetings.FEED_KINDS:
            if between_meetings.may_have_seen(session, person, kind, entity_id):
                changes.append({"seq": seq, "kind": kind, "id": entity_id, "op": "remove", "data": None})
            continue
        if kind == "annotation":
            told = _may_have_seen_annotation(viewer, entity_id, document_changed=via_document)
        else:
            told = _may_have_seen(viewer, kind, entity_id, meeting_id)
        if told and viewer.related(meeting_id):
            changes.append({"seq": seq, "kind": kind, "id": entity_id, "op": "remove", "data": None})
    cursor = rows[-1].seq if rows else top
    return FeedPage(cursor=cursor, changes=changes, more=more, etag=feed_etag(session, person.user_id, cursor))


def _full_picture(viewer: _Viewer, top: int) -> list[dict[str, Any]]:
    session, person = viewer.session, viewer.person
    out: list[dict[str, Any]] = []

    def add(kind: str, entity_id: str, data: dict[str, Any]) -> None:
        out.append({"seq": top, "kind": kind, "id": entity_id, "op": "upsert", "data": data})

    for meeting, role in visible_meetings(session, person):
        access = viewer.sees_meeting(meeting.id)
        assert access is not None
        add("meeting", meeting.id, meeting_summary(meeting, role))
        items = agenda_items(session, meeting.id)
        numbers = agenda_numbers(items)
        for item in items:
            add("agenda_item", item.id, item_data(item, numbers[item.id]))
        for document in session.execute(
            select(Document).where(Document.meeting_id == meeting.id).order_by(Document.sort_key)
        ).scalars():
            if can_read_document(person, access, document_access(session, document)) and (
                document_visible(session, document) or is_minutes_document(session, document.id)
            ):
                add(
                    "document",
                    document.id,
                    document_data(session, document, include_readers=is_preparer(person, access)),
                )
                for annotation in live_annotations(session, document.id):
                    add("annotation", annotation.id, annotation_data(annotation, session.get(User, annotation.user_id)))
        positions = select(PositionStatement).where(PositionStatement.meeting_id == meeting.id)
        if not _sees_all_positions(person, access):
            positions = positions.where(PositionStatement.user_id == person.user_id)
        for statement in session.execute(positions).scalars():
            add("position", statement.id, position_data(statement))
        if meeting.state in (MeetingState.IN_SESSION, MeetingState.CLOSED):
            add("attendance", meeting.id, attendance_view(session, meeting))
        for vote in meeting_votes(session, meeting.id):
            add("vote", vote.id, vote_view(session, vote, person.user_id))
        minutes = minutes_summary(session, meeting.id)
        if minutes is not None:
            add("minutes", meeting.id, minutes)
    for kind, entity_id, data in between_meetings.full_picture(session, person):
        add(kind, entity_id, data)
    return out
