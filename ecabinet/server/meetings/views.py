"""JSON shapes of meetings, agenda items, documents and positions (the contract in shared/api.md).

Shared by the REST endpoints and the change feed, so an entity looks the same wherever a client meets it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion
from ecabinet.server.meetings.models import AgendaItem, Meeting, PositionStatement


def iso(value: Any) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def meeting_summary(meeting: Meeting, role: str | None) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "title": meeting.title,
        "starts_at": iso(meeting.starts_at),
        "duration_minutes": meeting.duration_minutes,
        "location": meeting.location,
        "state": meeting.state,
        "body_id": meeting.body_id,
        "language": meeting.language,
        "my_role": role,
        "updated_at": iso(meeting.updated_at),
    }


def agenda_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(
        session.execute(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.sort_key, AgendaItem.id)
        ).scalars()
    )


def item_number(session: Session, item: AgendaItem) -> str:
    ids = [i.id for i in agenda_items(session, item.meeting_id)]
    return str(ids.index(item.id) + 1)


def item_data(item: AgendaItem, number: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "meeting_id": item.meeting_id,
        "number": number,
        "order": item.sort_key,
        "title": item.title,
        "presenter": item.presenter,
        "duration_minutes": item.duration_minutes,
        "late": item.late,
        "open": item.opened_at is not None,
    }


def version_data(version: DocumentVersion) -> dict[str, Any]:
    return {
        "sha256": version.sha256,
        "pages": version.pages,
        "size": version.size,
        "created_at": iso(version.created_at),
    }


def document_data(session: Session, document: Document, *, include_readers: bool) -> dict[str, Any]:
    versions = list(
        session.execute(
            select(DocumentVersion)
            .where(DocumentVersion.document_id == document.id)
            .order_by(DocumentVersion.created_at, DocumentVersion.id)
        ).scalars()
    )
    data: dict[str, Any] = {
        "id": document.id,
        "meeting_id": document.meeting_id,
        "agenda_item_id": document.item_id,
        "title": document.title,
        "restricted": document.restricted,
        "versions": [version_data(v) for v in versions if v.withdrawn_at is None],
        "withdrawn": [
            {"sha256": v.sha256, "withdrawn_at": iso(v.withdrawn_at), "reason": v.withdrawn_reason}
            for v in versions
            if v.withdrawn_at is not None
        ],
    }
    if include_readers and document.restricted:
        data["readers"] = sorted(
            session.execute(select(DocumentReader.user_id).where(DocumentReader.document_id == document.id)).scalars()
        )
    return data


def position_data(statement: PositionStatement) -> dict[str, Any]:
    return {
        "id": statement.id,
        "meeting_id": statement.meeting_id,
        "agenda_item_id": statement.item_id,
        "user_id": statement.user_id,
        "position": statement.position,
        "comment": statement.comment,
        "client_id": statement.client_id,
        "updated_at": iso(statement.updated_at),
    }
