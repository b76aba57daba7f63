"""JSON shapes of meetings, agenda items, documents and positions (the contract in shared/api.md).

Shared by the REST endpoints and the change feed, so an entity looks the same wherever a client meets it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion, OcrJob
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
        "version": meeting.version,
        "current_item_id": meeting.current_item_id,
        "quorum_rule": meeting.quorum_rule,
        "remote_voting": meeting.remote_voting,
    }


def agenda_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    """The live items in agenda order: each top-level item followed by its sub-items."""
    rows = list(
        session.execute(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.sort_key, AgendaItem.id)
        ).scalars()
    )
    top = [i for i in rows if i.parent_id is None]
    children: dict[str, list[AgendaItem]] = {}
    for item in rows:
        if item.parent_id is not None:
            children.setdefault(item.parent_id, []).append(item)
    ordered: list[AgendaItem] = []
    for parent in top:
        ordered.append(parent)
        ordered.extend(children.get(parent.id, []))
    return ordered


def agenda_numbers(items: list[AgendaItem]) -> dict[str, str]:
    """Numbers from agenda order (as ``agenda_items`` gives it): "1", "2", then "2.1", "2.2" under 2."""
    numbers: dict[str, str] = {}
    top = 0
    sub = 0
    for item in items:
        if item.parent_id is None:
            top += 1
            sub = 0
            numbers[item.id] = str(top)
        else:
            sub += 1
            numbers[item.id] = f"{numbers.get(item.parent_id, '?')}.{sub}"
    return numbers


def item_number(session: Session, item: AgendaItem) -> str:
    return agenda_numbers(agenda_items(session, item.meeting_id)).get(item.id, "")


def item_view(session: Session, item: AgendaItem | None) -> dict[str, Any] | None:
    """An item as the feed shows it, or None when it is gone (deleted, or in the trash of a draft)."""
    if item is None or item.deleted_at is not None:
        return None
    return item_data(item, item_number(session, item))


def item_data(item: AgendaItem, number: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "meeting_id": item.meeting_id,
        "number": number,
        "order": item.sort_key,
        "parent_id": item.parent_id,
        "title": item.title,
        "presenter": item.presenter,
        "duration_minutes": item.duration_minutes,
        "late": item.late,
        "open": item.opened_at is not None,
        "version": item.version,
        "uncontested": item.uncontested,
        "decision": item.decision or None,
    }


def version_data(version: DocumentVersion) -> dict[str, Any]:
    return {
        "sha256": version.sha256,
        "pages": version.pages,
        "size": version.size,
        "created_at": iso(version.created_at),
        "derived_from": version.derived_from,
        "ocr": version.ocr,
    }


def document_visible(session: Session, document: Document) -> bool:
    """A document of an item in the trash is hidden along with it."""
    item = session.get(AgendaItem, document.item_id)
    return item is not None and item.deleted_at is None


def ocr_data(session: Session, document_id: str) -> dict[str, Any] | None:
    """Progress of the newest OCR job of the document, for the secretariat's progress bar."""
    job = session.execute(
        select(OcrJob).where(OcrJob.document_id == document_id).order_by(OcrJob.id.desc()).limit(1)
    ).scalar_one_or_none()
    if job is None:
        return None
    source = session.get(DocumentVersion, job.version_id)
    return {
        "state": job.state,
        "pages_done": job.pages_done,
        "pages": job.pages,
        "source_sha256": source.sha256 if source else None,
        "result_sha256": job.result_sha256,
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
        "late": _late(session, document),
        "versions": [version_data(v) for v in versions if v.withdrawn_at is None],
        "withdrawn": [
            {"sha256": v.sha256, "withdrawn_at": iso(v.withdrawn_at), "reason": v.withdrawn_reason}
            for v in versions
            if v.withdrawn_at is not None
        ],
    }
    if include_readers:
        data["ocr"] = ocr_data(session, document.id)
    if include_readers and document.restricted:
        data["readers"] = sorted(
            session.execute(select(DocumentReader.user_id).where(DocumentReader.document_id == document.id)).scalars()
        )
    return data


def _late(session: Session, document: Document) -> bool:
    """Added after the meeting was first published (shown as a late addition, like items)."""
    meeting = session.get(Meeting, document.meeting_id)
    return meeting is not None and meeting.published_at is not None and document.created_at > meeting.published_at


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
