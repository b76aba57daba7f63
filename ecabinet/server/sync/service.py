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

from ecabinet.core.domain import MeetingRole
from ecabinet.core.permissions import MeetingAccess, Person, can_read_document, can_view_meeting, is_preparer
from ecabinet.server.access import document_access, meeting_access
from ecabinet.server.accounts.models import User
from ecabinet.server.documents.models import Document
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant, PositionStatement
from ecabinet.server.meetings.service import visible_meetings
from ecabinet.server.meetings.views import (
    agenda_items,
    document_data,
    item_data,
    meeting_summary,
    position_data,
)
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
    never theirs to know about, not even as a bare id."""
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


def _entity(viewer: _Viewer, kind: str, entity_id: str, meeting_id: str | None) -> dict[str, Any] | None:
    """The user's view of one entity, or None when it is gone or hidden from them."""
    session = viewer.session
    access = viewer.sees_meeting(meeting_id)
    if access is None:
        return None
    if kind == "meeting":
        meeting = session.get(Meeting, entity_id)
        return meeting_summary(meeting, access.role.value if access.role else None) if meeting else None
    if kind == "agenda_item":
        item = session.get(AgendaItem, entity_id)
        if item is None:
            return None
        number = str([i.id for i in agenda_items(session, item.meeting_id)].index(item.id) + 1)
        return item_data(item, number)
    if kind == "document":
        document = session.get(Document, entity_id)
        if document is None or not can_read_document(viewer.person, access, document_access(session, document)):
            return None
        return document_data(session, document, include_readers=is_preparer(viewer.person, access))
    if kind == "position":
        statement = session.get(PositionStatement, entity_id)
        if statement is None:
            return None
        if statement.user_id != viewer.person.user_id and not _sees_all_positions(viewer.person, access):
            return None
        return position_data(statement)
    return None


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
    latest: dict[tuple[str, str], Change] = {}
    for row in rows:
        latest.pop((row.kind, row.entity_id), None)
        latest[(row.kind, row.entity_id)] = row  # re-inserted: dict order follows the newest change
    changes: list[dict[str, Any]] = []
    for (kind, entity_id), row in latest.items():
        data = _entity(viewer, kind, entity_id, row.meeting_id)
        if data is not None:
            changes.append({"seq": row.seq, "kind": kind, "id": entity_id, "op": "upsert", "data": data})
        elif viewer.related(row.meeting_id) and _may_have_seen(viewer, kind, entity_id, row.meeting_id):
            changes.append({"seq": row.seq, "kind": kind, "id": entity_id, "op": "remove", "data": None})
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
        for n, item in enumerate(agenda_items(session, meeting.id), start=1):
            add("agenda_item", item.id, item_data(item, str(n)))
        for document in session.execute(
            select(Document).where(Document.meeting_id == meeting.id).order_by(Document.sort_key)
        ).scalars():
            if can_read_document(person, access, document_access(session, document)):
                add(
                    "document",
                    document.id,
                    document_data(session, document, include_readers=is_preparer(person, access)),
                )
        positions = select(PositionStatement).where(PositionStatement.meeting_id == meeting.id)
        if not _sees_all_positions(person, access):
            positions = positions.where(PositionStatement.user_id == person.user_id)
        for statement in session.execute(positions).scalars():
            add("position", statement.id, position_data(statement))
    return out
