"""Shared annotations: who may write, replace and withdraw them, and which ones a reader gets.

Rules (issue 12): only someone who may read the document writes on it; only the author replaces or
withdraws; each accepted write gets the next ``revision`` (the last writer wins); a withdrawal leaves a
tombstone, and any later write with that id is refused (a delete wins over an edit). Private annotations
are refused outright: they must never be stored on a server.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecabinet.core.annotations import Annotation
from ecabinet.core.errors import Conflict, Forbidden, InvalidRequest, NotFound, PayloadTooLarge
from ecabinet.core.permissions import Action, Person, require_document
from ecabinet.server.access import document_access, load_meeting
from ecabinet.server.accounts.models import User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.annotations.models import SharedAnnotation
from ecabinet.server.annotations.views import annotation_data
from ecabinet.server.db import utcnow
from ecabinet.server.documents.models import Document, DocumentVersion
from ecabinet.server.journal import audit, record_change

#: Largest request body for one annotation. Ink with thousands of points fits many times over; more than
#: this is a broken or hostile client, refused before it is parsed.
MAX_BODY_BYTES = 512 * 1024
#: Live shared annotations one person may have on one document: far above any real reading, low enough
#: that one client cannot flood everybody's change feed.
MAX_PER_AUTHOR_AND_DOCUMENT = 5000


class AnnotationTooLarge(PayloadTooLarge):
    code = "annotation_too_large"

    def __init__(self) -> None:
        super().__init__(f"An annotation may not be larger than {MAX_BODY_BYTES // 1024} KiB.")


def canonical_id(value: str) -> str | None:
    """Annotation ids are UUIDs made by the author's device, kept in their canonical spelling."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def parse_annotation(annotation_id: str, payload: Any) -> Annotation:
    """The request body as a validated, shared annotation whose id is the one in the path.

    Validation is ``Annotation.from_json``'s (one definition of the wire shape); its refusals leave here
    as ``invalid_request`` like every other request validation error (shared/api.md), the field at fault
    in ``details``."""
    path_id = canonical_id(annotation_id)
    if path_id is None:
        raise InvalidRequest("The annotation id must be a UUID.", details={"field": "id"})
    if not isinstance(payload, dict):
        raise InvalidRequest("The body must be an annotation object.")
    body_id = payload.get("id", path_id)
    if not isinstance(body_id, str) or canonical_id(body_id) != path_id:
        raise InvalidRequest("The id in the body differs from the id in the address.", details={"field": "id"})
    try:
        annotation = Annotation.from_json({**payload, "id": path_id})
    except InvalidRequest as exc:
        raise InvalidRequest(exc.message, code="invalid_request", details=exc.details) from exc
    if annotation.shared is not True:
        raise InvalidRequest(
            "Only shared annotations may be sent; private ones stay on the device.", code="annotation_not_shared"
        )
    return annotation


def _canonical(annotation: Annotation) -> str:
    return json.dumps(annotation.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def readable_document(session: Session, person: Person, document_id: str) -> Document:
    """The document if ``person`` may read it: 404 when its meeting is invisible to them (or it does not
    exist), 403 ``forbidden_document`` when it is restricted and they are not named on it."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound("Document not found.")
    _, access = load_meeting(session, person, document.meeting_id, Action.VIEW_MEETING)
    require_document(person, access, document_access(session, document))
    return document


def annotation_view(session: Session, row: SharedAnnotation) -> dict[str, Any]:
    return annotation_data(row, session.get(User, row.user_id))


def put_annotation(session: Session, caller: Caller, annotation: Annotation) -> tuple[SharedAnnotation, bool]:
    """Create or replace the caller's shared annotation; returns (row, changed). Sending the very same
    content again (an outbox replay after a lost answer) changes nothing and bumps no revision."""
    row = session.get(SharedAnnotation, annotation.id)
    if row is not None and row.document_id != annotation.document_id:
        # Visibility first: someone who cannot see the stored annotation's document learns nothing here.
        readable_document(session, caller.person, row.document_id)
        if row.user_id != caller.user_id:
            raise Forbidden("Only the author may change an annotation.", code="not_allowed")
        raise InvalidRequest("An annotation cannot move to another document.", code="document_mismatch")
    document = readable_document(session, caller.person, annotation.document_id)
    if row is not None and row.user_id != caller.user_id:
        raise Forbidden("Only the author may change an annotation.", code="not_allowed")
    if row is not None and row.deleted_at is not None:
        raise Conflict("This annotation was withdrawn; a withdrawal wins over later edits.", code="annotation_deleted")
    version = session.execute(
        select(DocumentVersion).where(
            DocumentVersion.document_id == document.id, DocumentVersion.sha256 == annotation.sha256
        )
    ).scalar_one_or_none()
    if version is None:
        raise InvalidRequest("The annotation names a version this document does not have.", details={"field": "sha256"})
    if not _page_exists(annotation.page, version.pages):
        raise InvalidRequest("The annotation's page is not in that version.", details={"field": "page"})
    data = _canonical(annotation)
    if row is not None and row.data == data:
        return row, False
    if row is None:
        live = session.execute(
            select(func.count())
            .select_from(SharedAnnotation)
            .where(
                SharedAnnotation.document_id == document.id,
                SharedAnnotation.user_id == caller.user_id,
                SharedAnnotation.deleted_at.is_(None),
            )
        ).scalar_one()
        if live >= MAX_PER_AUTHOR_AND_DOCUMENT:
            raise Conflict(
                f"You already share {MAX_PER_AUTHOR_AND_DOCUMENT} annotations on this document.",
                code="too_many_annotations",
            )
        row = SharedAnnotation(
            id=annotation.id,
            document_id=document.id,
            meeting_id=document.meeting_id,
            user_id=caller.user_id,
            revision=0,
            created_at=utcnow(),
        )
        session.add(row)
        action = "annotation_shared"
    else:
        action = "annotation_updated"
    row.sha256 = annotation.sha256
    row.page = annotation.page
    row.kind = annotation.kind
    row.data = data
    row.revision += 1
    row.updated_at = utcnow()
    session.flush()
    record_change(session, kind="annotation", entity_id=row.id, meeting_id=row.meeting_id)
    audit(
        session,
        caller.actor,
        action,
        target_kind="annotation",
        target_id=row.id,
        details={"document_id": row.document_id, "sha256": row.sha256, "page": row.page, "revision": row.revision},
    )
    return row, True


def delete_annotation(session: Session, caller: Caller, annotation_id: str) -> None:
    """Withdraw the caller's shared annotation, leaving a tombstone; withdrawing again is a no-op.

    The author may withdraw even after losing sight of the document: taking one's own words back never
    reveals anything, and it is the one thing a withdrawn reader should still be able to do."""
    row_id = canonical_id(annotation_id)
    row = session.get(SharedAnnotation, row_id) if row_id else None
    if row is None:
        raise NotFound("Annotation not found.")
    if row.user_id != caller.user_id:
        readable_document(session, caller.person, row.document_id)
        raise Forbidden("Only the author may withdraw an annotation.", code="not_allowed")
    if row.deleted_at is not None:
        return
    row.deleted_at = utcnow()
    row.updated_at = row.deleted_at
    row.revision += 1
    row.data = ""  # withdrawn words are not kept; the tombstone only has to win over late edits
    record_change(session, kind="annotation", entity_id=row.id, meeting_id=row.meeting_id)
    audit(
        session,
        caller.actor,
        "annotation_withdrawn",
        target_kind="annotation",
        target_id=row.id,
        details={"document_id": row.document_id, "revision": row.revision},
    )


def live_annotations(session: Session, document_id: str) -> list[SharedAnnotation]:
    """Every shared, not withdrawn annotation on a document, in reading order."""
    return list(
        session.execute(
            select(SharedAnnotation)
            .where(SharedAnnotation.document_id == document_id, SharedAnnotation.deleted_at.is_(None))
            .order_by(SharedAnnotation.page, SharedAnnotation.created_at, SharedAnnotation.id)
        ).scalars()
    )


def document_annotations(session: Session, person: Person, document_id: str) -> list[dict[str, Any]]:
    document = readable_document(session, person, document_id)
    rows = live_annotations(session, document.id)
    authors = {u.id: u for u in session.execute(select(User).where(User.id.in_({r.user_id for r in rows}))).scalars()}
    return [annotation_data(row, authors.get(row.user_id)) for row in rows]


def _page_exists(page: int, pages: int) -> bool:
    return 0 <= page < pages
