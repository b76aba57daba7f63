"""Glue between database rows and the permission rules in ``ecabinet.core.permissions``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingRole, MeetingState
from ecabinet.core.errors import NotFound
from ecabinet.core.permissions import Action, DocumentAccess, MeetingAccess, Person, require
from ecabinet.server.documents.models import Document, DocumentReader
from ecabinet.server.meetings.models import Meeting, Participant
from ecabinet.server.session.models import Recusal


def role_in(session: Session, meeting_id: str, user_id: str) -> MeetingRole | None:
    role = session.execute(
        select(Participant.role).where(
            Participant.meeting_id == meeting_id,
            Participant.user_id == user_id,
            Participant.removed_at.is_(None),
        )
    ).scalar_one_or_none()
    return MeetingRole(role) if role else None


def meeting_access(session: Session, meeting: Meeting, person: Person) -> MeetingAccess:
    return MeetingAccess(
        body_id=meeting.body_id,
        state=MeetingState(meeting.state),
        role=role_in(session, meeting.id, person.user_id),
    )


def load_meeting(session: Session, person: Person, meeting_id: str, action: Action) -> tuple[Meeting, MeetingAccess]:
    """The meeting if ``person`` may do ``action`` there: 404 if invisible, 403 if only not allowed."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound("Meeting not found.")
    access = meeting_access(session, meeting, person)
    require(person, action, access)
    return meeting, access


def document_access(session: Session, document: Document) -> DocumentAccess:
    if not document.restricted:
        return DocumentAccess(restricted=False)
    readers = (
        session.execute(select(DocumentReader.user_id).where(DocumentReader.document_id == document.id)).scalars().all()
    )
    # A member who recused from the item does not read its restricted documents (issue 14).
    recused = session.execute(select(Recusal.user_id).where(Recusal.item_id == document.item_id)).scalars().all()
    return DocumentAccess(restricted=True, readers=frozenset(readers) - frozenset(recused))
