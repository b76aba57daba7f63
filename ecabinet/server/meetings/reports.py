"""What the secretariat reads about a meeting: delivery status per person, and the meeting's audit trail.

Delivery is judged from download receipts (one row per version and device, written when a download
reached the file's last byte), not from the audit text: one indexed join per meeting.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingRole
from ecabinet.core.errors import Forbidden, NotFound
from ecabinet.core.permissions import Action, Person, can_read_document, is_preparer
from ecabinet.server.access import document_access, load_meeting, meeting_access
from ecabinet.server.accounts.models import User
from ecabinet.server.accounts.service import person_for
from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.documents.models import Document, DocumentVersion, DownloadReceipt
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant
from ecabinet.server.meetings.views import agenda_items, agenda_numbers, iso

NOT_YET = "not_yet"
OUTDATED = "outdated"
CURRENT = "current"


def delivery(session: Session, person: Person, meeting_id: str) -> dict[str, Any]:
    """For each participant and each document they may read: ``not_yet`` (no version downloaded),
    ``outdated`` (only older versions) or ``current`` (the newest, on at least one device).

    A download of the scan that the newest (OCR) version was made from counts as current: same pages.
    Only the meeting's preparers and its chair may ask (403 ``not_allowed`` for other participants)."""
    meeting, access = load_meeting(session, person, meeting_id, Action.VIEW_MEETING)
    if not (is_preparer(person, access) or access.role is MeetingRole.CHAIR):
        raise Forbidden("Only the secretariat and the chair see the delivery status.", code="not_allowed")
    items = agenda_items(session, meeting.id)
    numbers = agenda_numbers(items)
    order = {item.id: n for n, item in enumerate(items)}
    documents = [
        d
        for d in session.execute(select(Document).where(Document.meeting_id == meeting.id)).scalars()
        if d.item_id in order
    ]
    documents.sort(key=lambda d: (order[d.item_id], d.sort_key, d.created_at))
    versions: dict[str, list[DocumentVersion]] = {}
    for version in session.execute(
        select(DocumentVersion)
        .where(DocumentVersion.document_id.in_([d.id for d in documents]), DocumentVersion.withdrawn_at.is_(None))
        .order_by(DocumentVersion.created_at, DocumentVersion.id)
    ).scalars():
        versions.setdefault(version.document_id, []).append(version)
    documents = [d for d in documents if versions.get(d.id)]
    current_shas = {d.id: _current_shas(versions[d.id]) for d in documents}
    #: (user, document) -> [(sha256, completed_at, device_id)]
    received: dict[tuple[str, str], list[tuple[str, datetime, str]]] = {}
    for user_id, document_id, sha, at, device_id in session.execute(
        select(
            DownloadReceipt.user_id,
            DocumentVersion.document_id,
            DocumentVersion.sha256,
            DownloadReceipt.completed_at,
            DownloadReceipt.device_id,
        )
        .join(DocumentVersion, DocumentVersion.id == DownloadReceipt.version_id)
        .where(DocumentVersion.document_id.in_([d.id for d in documents]))
    ).all():
        received.setdefault((user_id, document_id), []).append((sha, at, device_id))

    people = []
    for participant, user in session.execute(
        select(Participant, User)
        .join(User, User.id == Participant.user_id)
        .where(Participant.meeting_id == meeting.id, Participant.removed_at.is_(None))
        .order_by(Participant.id)
    ).all():
        their_access = meeting_access(session, meeting, person_for(session, user.id))
        their_person = person_for(session, user.id)
        rows = []
        for document in documents:
            if not can_read_document(their_person, their_access, document_access(session, document)):
                continue
            got = received.get((user.id, document.id), [])
            newest_current = [g for g in got if g[0] in current_shas[document.id]]
            if newest_current:
                status, best = CURRENT, max(newest_current, key=lambda g: g[1])
            elif got:
                status, best = OUTDATED, max(got, key=lambda g: g[1])
            else:
                status, best = NOT_YET, None
            rows.append(
                {
                    "document_id": document.id,
                    "status": status,
                    "sha256": best[0] if best else None,
                    "downloaded_at": iso(best[1]) if best else None,
                    "devices": len({g[2] for g in newest_current}) if newest_current else 0,
                }
            )
        counts = {key: sum(1 for r in rows if r["status"] == key) for key in (CURRENT, OUTDATED, NOT_YET)}
        people.append(
            {
                "user_id": user.id,
                "username": user.username,
                "display_name": user.display_name,
                "role": participant.role,
                "ready": counts[OUTDATED] == 0 and counts[NOT_YET] == 0,
                "counts": counts,
                "documents": rows,
            }
        )
    return {
        "meeting_id": meeting.id,
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "agenda_item_id": d.item_id,
                "number": numbers.get(d.item_id, ""),
                "restricted": d.restricted,
                "sha256": versions[d.id][-1].sha256,
                "versions": len(versions[d.id]),
            }
            for d in documents
        ],
        "participants": people,
    }


def _current_shas(versions: list[DocumentVersion]) -> set[str]:
    newest = versions[-1]
    return {newest.sha256, newest.derived_from} - {None} if newest.derived_from else {newest.sha256}


def meeting_audit(
    session: Session, person: Person, meeting_id: str, *, limit: int = 50, before: int | None = None
) -> dict[str, Any]:
    """Entries of the audit chain that concern the meeting, its items and its documents, newest first.

    The meeting's preparers and the administrators (whose business the audit is) may read it; others
    who see the meeting get 403 ``not_allowed``, the rest 404."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound("Meeting not found.")
    if not person.is_admin:
        _, access = load_meeting(session, person, meeting_id, Action.VIEW_MEETING)
        if not is_preparer(person, access):
            raise Forbidden("Only the secretariat and administrators see the audit.", code="not_allowed")
    item_ids = list(session.execute(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id)).scalars())
    doc_ids = list(session.execute(select(Document.id).where(Document.meeting_id == meeting.id)).scalars())
    marker = json.dumps({"meeting_id": meeting.id}, separators=(",", ":"))[1:-1]
    concerns = or_(
        and_(AuditEntry.target_kind == "meeting", AuditEntry.target_id == meeting.id),
        and_(AuditEntry.target_kind == "agenda_item", AuditEntry.target_id.in_(item_ids)),
        and_(AuditEntry.target_kind == "document", AuditEntry.target_id.in_(doc_ids)),
        AuditEntry.details.contains(marker),
    )
    query = select(AuditEntry).where(concerns)
    if before is not None:
        query = query.where(AuditEntry.id < before)
    rows = list(session.execute(query.order_by(AuditEntry.id.desc()).limit(limit + 1)).scalars())
    more = len(rows) > limit
    rows = rows[:limit]
    users = {
        u.id: u
        for u in session.execute(select(User).where(User.id.in_({r.user_id for r in rows if r.user_id}))).scalars()
    }
    entries = []
    for row in rows:
        user = users.get(row.user_id or "")
        entries.append(
            {
                "id": row.id,
                "at": iso(row.at),
                "user_id": row.user_id,
                "username": user.username if user else None,
                "display_name": user.display_name if user else None,
                "device_id": row.device_id,
                "action": row.action,
                "target_kind": row.target_kind,
                "target_id": row.target_id,
                "details": json.loads(row.details or "{}"),
            }
        )
    return {"entries": entries, "next_before": rows[-1].id if more and rows else None}
