"""Consultations: create and publish, documents in versions, answers (signed or not) judged by the server's
clock, live results, closing (at the deadline or early), and the result report.

Every function runs inside the caller's write (or read) transaction and takes keyword arguments; the routes
map the domain errors to HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.canonical import answer_payload, canonical_bytes
from ecabinet.core.errors import Conflict, Forbidden, InvalidRequest, NotFound
from ecabinet.core.permissions import Person
from ecabinet.server.accounts.models import Body, User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.config import Settings
from ecabinet.server.consultations.models import (
    Consultation,
    ConsultationAnswer,
    ConsultationClientId,
    ConsultationDocument,
    ConsultationDocumentVersion,
    ConsultationQuestion,
    ConsultationRecipient,
)
from ecabinet.server.consultations.schemas import NEEDS_COMMENT, Choice, RecipientIn
from ecabinet.server.consultations.signatures import check_member_signature, decode_signature
from ecabinet.server.db import utcnow
from ecabinet.server.journal import Actor, audit, record_change
from ecabinet.server.meetings.views import iso
from ecabinet.server.notifications.service import notify_many, secretariat_of_body


class DeadlinePassed(Conflict):
    code = "deadline_passed"


# ---------------------------------------------------------------- who may do what


def is_secretariat(person: Person, consultation: Consultation) -> bool:
    return consultation.body_id in person.secretariat_of


def recipient_rows(session: Session, consultation_id: str) -> list[ConsultationRecipient]:
    return list(
        session.execute(
            select(ConsultationRecipient)
            .where(ConsultationRecipient.consultation_id == consultation_id)
            .order_by(ConsultationRecipient.id)
        ).scalars()
    )


def seats_of(session: Session, consultation_id: str, user_id: str) -> list[ConsultationRecipient]:
    """The recipient rows ``user_id`` answers for: their own, and those naming them as deputy."""
    return [r for r in recipient_rows(session, consultation_id) if user_id in (r.user_id, r.deputy_id)]


def can_view(session: Session, person: Person, consultation: Consultation) -> bool:
    if is_secretariat(person, consultation):
        return True
    return consultation.state != "draft" and bool(seats_of(session, consultation.id, person.user_id))


def load(session: Session, person: Person, consultation_id: str, *, manage: bool = False) -> Consultation:
    """The consultation if visible (404 otherwise); with ``manage`` only for its secretariat (403)."""
    consultation = session.get(Consultation, consultation_id)
    if consultation is None or not can_view(session, person, consultation):
        raise NotFound("Consultation not found.")
    if manage and not is_secretariat(person, consultation):
        raise Forbidden("Only the secretariat manages a consultation.", code="not_allowed")
    return consultation


def visible_consultations(session: Session, person: Person) -> list[Consultation]:
    rows = session.execute(select(Consultation).order_by(Consultation.deadline.desc(), Consultation.id)).scalars()
    return [c for c in rows if can_view(session, person, c)]


# ---------------------------------------------------------------- create, edit, publish


def _default_body(person: Person, body_id: str | None) -> str:
    if body_id is not None:
        if body_id not in person.secretariat_of:
            raise Forbidden("Only a body's secretariat creates its consultations.", code="not_allowed")
        return body_id
    if len(person.secretariat_of) != 1:
        raise InvalidRequest("Say which body this consultation is for.", code="body_required")
    return next(iter(person.secretariat_of))


def _set_questions(session: Session, consultation: Consultation, questions: Sequence[str]) -> None:
    cleaned = [q.strip() for q in questions]
    if any(not q for q in cleaned):
        raise InvalidRequest("A question cannot be blank.", code="invalid_question")
    for row in session.execute(
        select(ConsultationQuestion).where(ConsultationQuestion.consultation_id == consultation.id)
    ).scalars():
        session.delete(row)
    session.flush()
    for position, text in enumerate(cleaned, start=1):
        session.add(ConsultationQuestion(consultation_id=consultation.id, position=position, text=text))


def _set_recipients(session: Session, consultation: Consultation, recipients: Sequence[RecipientIn]) -> None:
    ids = [r.user_id for r in recipients] + [r.deputy_id for r in recipients if r.deputy_id]
    known = set(session.execute(select(User.id).where(User.id.in_(ids), User.active.is_(True))).scalars())
    unknown = sorted(set(ids) - known)
    if unknown:
        raise InvalidRequest("Unknown recipients.", code="unknown_user", details={"user_ids": unknown})
    if len({r.user_id for r in recipients}) != len(recipients):
        raise InvalidRequest("A member is listed twice.", code="invalid_recipients")
    for r in recipients:
        if r.deputy_id == r.user_id:
            raise InvalidRequest("A member cannot be their own deputy.", code="invalid_deputy")
    for row in recipient_rows(session, consultation.id):
        session.delete(row)
    session.flush()
    for r in recipients:
        session.add(ConsultationRecipient(consultation_id=consultation.id, user_id=r.user_id, deputy_id=r.deputy_id))


def _check_deadline(deadline: datetime, now: datetime) -> datetime:
    if deadline.tzinfo is None:
        raise InvalidRequest("Give the deadline with a time zone.", code="invalid_deadline")
    if deadline <= now:
        raise InvalidRequest("The deadline must be in the future.", code="invalid_deadline")
    return deadline


def create(
    session: Session,
    caller: Caller,
    *,
    title: str,
    description: str,
    deadline: datetime,
    questions: Sequence[str],
    recipients: Sequence[RecipientIn],
    body_id: str | None,
    language: str,
    signatures_required: bool,
) -> Consultation:
    body = _default_body(caller.person, body_id)
    if session.get(Body, body) is None:
        raise InvalidRequest("Unknown body.", code="unknown_body")
    now = utcnow()
    consultation = Consultation(
        body_id=body,
        title=title.strip(),
        description=description,
        language=language,
        state="draft",
        deadline=_check_deadline(deadline, now),
        signatures_required=signatures_required,
        created_by=caller.user_id,
        created_at=now,
        updated_at=now,
        close_reason="",
        report_state="none",
    )
    session.add(consultation)
    session.flush()
    _set_questions(session, consultation, questions)
    _set_recipients(session, consultation, recipients)
    session.flush()
    record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "consultation_created",
        target_kind="consultation",
        target_id=consultation.id,
        details={"title": consultation.title, "deadline": iso(consultation.deadline), "body_id": body},
    )
    return consultation


def update(session: Session, caller: Caller, consultation_id: str, **changes: Any) -> Consultation:
    """Edit a draft; once published only the deadline may move (later), and recipients may be added."""
    consultation = load(session, caller.person, consultation_id, manage=True)
    if consultation.state == "closed":
        raise Conflict("A closed consultation cannot be changed.", code="consultation_closed")
    published = consultation.state == "published"
    if published and any(changes.get(k) is not None for k in ("title", "description", "questions")):
        raise Conflict("Only the deadline and the recipients change after publishing.", code="already_published")
    now = utcnow()
    if changes.get("title") is not None:
        consultation.title = changes["title"].strip()
    if changes.get("description") is not None:
        consultation.description = changes["description"]
    if changes.get("signatures_required") is not None:
        if published:
            raise Conflict("Signing rules are fixed once published.", code="already_published")
        consultation.signatures_required = changes["signatures_required"]
    if changes.get("deadline") is not None:
        consultation.deadline = _check_deadline(changes["deadline"], now)
    if changes.get("questions") is not None:
        _set_questions(session, consultation, changes["questions"])
    if changes.get("recipients") is not None:
        before = {r.user_id for r in recipient_rows(session, consultation.id)}
        if published and not before <= {r.user_id for r in changes["recipients"]}:
            raise Conflict("Recipients cannot be removed after publishing.", code="already_published")
        answered = {a.user_id for a in _answers(session, consultation.id)}
        _set_recipients(session, consultation, changes["recipients"])
        if published:
            added = [r.user_id for r in changes["recipients"] if r.user_id not in before and r.user_id not in answered]
            _announce(session, caller, consultation, added)
    consultation.updated_at = now
    session.flush()
    record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "consultation_updated",
        target_kind="consultation",
        target_id=consultation.id,
        details={k: (iso(v) if isinstance(v, datetime) else v) for k, v in changes.items() if k != "recipients"},
    )
    return consultation


def _settings_of(session: Session) -> Settings:
    settings = session.info.get("settings")
    if not isinstance(settings, Settings):
        raise RuntimeError("the session carries no settings (see consultations.routes)")
    return settings


def _announce(session: Session, caller: Caller | None, consultation: Consultation, members: Sequence[str]) -> None:
    rows = [r for r in recipient_rows(session, consultation.id) if r.user_id in set(members)]
    people = [r.user_id for r in rows] + [r.deputy_id for r in rows if r.deputy_id]
    notify_many(
        session,
        _settings_of(session),
        people,
        kind="consultation_published",
        subject_kind="consultation",
        subject_id=consultation.id,
        key=f"consultation_published:{consultation.id}",
        fields={"title": consultation.title, "deadline": consultation.deadline},
    )


def publish(session: Session, caller: Caller, consultation_id: str) -> Consultation:
    """Draft -> published: every recipient (and deputy) gets it in the feed, with a notification."""
    consultation = load(session, caller.person, consultation_id, manage=True)
    if consultation.state != "draft":
        raise Conflict("Only a draft can be published.", code="invalid_state")
    if not recipient_rows(session, consultation.id):
        raise InvalidRequest("Name at least one recipient.", code="no_recipients")
    if not _materials(session, consultation.id) and not consultation.description.strip():
        raise InvalidRequest("Attach a document or describe the matter.", code="no_documents")
    now = utcnow()
    if consultation.deadline <= now:
        raise InvalidRequest("The deadline has passed; set a new one.", code="invalid_deadline")
    consultation.state = "published"
    consultation.published_at = now
    consultation.updated_at = now
    session.flush()
    record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
    _announce(session, caller, consultation, [r.user_id for r in recipient_rows(session, consultation.id)])
    audit(session, caller.actor, "consultation_published", target_kind="consultation", target_id=consultation.id)
    return consultation


# ---------------------------------------------------------------- documents


def _materials(session: Session, consultation_id: str) -> list[ConsultationDocument]:
    return list(
        session.execute(
            select(ConsultationDocument)
            .where(ConsultationDocument.consultation_id == consultation_id, ConsultationDocument.role == "material")
            .order_by(ConsultationDocument.sort_key, ConsultationDocument.id)
        ).scalars()
    )


def versions_of(session: Session, document_id: str) -> list[ConsultationDocumentVersion]:
    return list(
        session.execute(
            select(ConsultationDocumentVersion)
            .where(ConsultationDocumentVersion.document_id == document_id)
            .order_by(ConsultationDocumentVersion.created_at, ConsultationDocumentVersion.id)
        ).scalars()
    )


def current_versions(session: Session, consultation_id: str) -> dict[str, str]:
    """Document id -> SHA-256 of its newest version, for every material document."""
    out: dict[str, str] = {}
    for document in _materials(session, consultation_id):
        versions = versions_of(session, document.id)
        if versions:
            out[document.id] = versions[-1].sha256
    return out


def add_document(
    session: Session,
    caller: Caller,
    consultation_id: str,
    *,
    title: str,
    sha256: str,
    pages: int,
    size: int,
    filename: str,
    role: str = "material",
    actor: Actor | None = None,
) -> tuple[ConsultationDocument, ConsultationDocumentVersion]:
    consultation = load(session, caller.person, consultation_id, manage=True)
    if consultation.state == "closed" and role == "material":
        raise Conflict("A closed consultation cannot be changed.", code="consultation_closed")
    existing = session.execute(
        select(ConsultationDocument.sort_key).where(ConsultationDocument.consultation_id == consultation.id)
    ).scalars()
    document = ConsultationDocument(
        consultation_id=consultation.id,
        title=title.strip() or filename or "Document",
        role=role,
        sort_key=max(existing, default=0) + 10,
        created_at=utcnow(),
    )
    session.add(document)
    session.flush()
    version = _add_version(
        session, caller, consultation, document, sha256=sha256, pages=pages, size=size, filename=filename
    )
    return document, version


def add_version(
    session: Session,
    caller: Caller,
    consultation_id: str,
    document_id: str,
    *,
    sha256: str,
    pages: int,
    size: int,
    filename: str,
) -> ConsultationDocumentVersion:
    """A new version; members who already answered are told, and their answers keep the version they saw."""
    consultation = load(session, caller.person, consultation_id, manage=True)
    if consultation.state == "closed":
        raise Conflict("A closed consultation cannot be changed.", code="consultation_closed")
    document = session.get(ConsultationDocument, document_id)
    if document is None or document.consultation_id != consultation.id or document.role != "material":
        raise NotFound("Document not found.")
    version = _add_version(
        session, caller, consultation, document, sha256=sha256, pages=pages, size=size, filename=filename
    )
    if consultation.state == "published":
        answered = sorted({a.user_id for a in _answers(session, consultation.id)})
        rows = {r.user_id: r for r in recipient_rows(session, consultation.id)}
        people = answered + [rows[u].deputy_id for u in answered if u in rows and rows[u].deputy_id]
        notify_many(
            session,
            _settings_of(session),
            [p for p in people if p],
            kind="consultation_document_changed",
            subject_kind="consultation",
            subject_id=consultation.id,
            key=f"consultation_document_changed:{version.sha256}:{consultation.id}",
            fields={"title": consultation.title, "deadline": consultation.deadline},
        )
    return version


def _add_version(
    session: Session,
    caller: Caller,
    consultation: Consultation,
    document: ConsultationDocument,
    *,
    sha256: str,
    pages: int,
    size: int,
    filename: str,
) -> ConsultationDocumentVersion:
    duplicate = session.execute(
        select(ConsultationDocumentVersion.id).where(
            ConsultationDocumentVersion.document_id == document.id, ConsultationDocumentVersion.sha256 == sha256
        )
    ).first()
    if duplicate is not None:
        raise Conflict("This exact file is already a version of the document.", code="duplicate_version")
    version = ConsultationDocumentVersion(
        document_id=document.id,
        sha256=sha256,
        pages=pages,
        size=size,
        filename=filename,
        created_at=utcnow(),
        created_by=caller.user_id,
    )
    session.add(version)
    consultation.updated_at = utcnow()
    session.flush()
    record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "consultation_version_added",
        target_kind="consultation",
        target_id=consultation.id,
        details={"document_id": document.id, "sha256": sha256, "pages": pages, "size": size, "role": document.role},
    )
    return version


def find_version(
    session: Session, person: Person, consultation_id: str, document_id: str, sha256: str
) -> ConsultationDocumentVersion:
    consultation = load(session, person, consultation_id)
    document = session.get(ConsultationDocument, document_id)
    if document is None or document.consultation_id != consultation.id:
        raise NotFound("Document not found.")
    if document.role == "report" and not is_secretariat(person, consultation) and consultation.report_state != "signed":
        raise NotFound("Document not found.")
    version = session.execute(
        select(ConsultationDocumentVersion).where(
            ConsultationDocumentVersion.document_id == document.id, ConsultationDocumentVersion.sha256 == sha256
        )
    ).scalar_one_or_none()
    if version is None:
        raise NotFound("Document version not found.")
    return version


# ---------------------------------------------------------------- answers


def _answers(session: Session, consultation_id: str) -> list[ConsultationAnswer]:
    return list(
        session.execute(
            select(ConsultationAnswer)
            .where(ConsultationAnswer.consultation_id == consultation_id)
            .order_by(ConsultationAnswer.received_at, ConsultationAnswer.id)
        ).scalars()
    )


def _closed_or_late(consultation: Consultation, now: datetime) -> None:
    details = {"server_time": iso(now), "deadline": iso(consultation.deadline)}
    if consultation.state == "closed" and consultation.close_reason == "early":
        raise Conflict(
            "The consultation was closed early; your answer was not recorded.",
            code="consultation_closed",
            details=details,
        )
    if consultation.state == "closed" or now >= consultation.deadline:
        raise DeadlinePassed(
            f"The deadline ({iso(consultation.deadline)}) passed before your answer arrived ({iso(now)}); "
            "it was not recorded.",
            details=details,
        )


def signing_bytes(
    consultation: Consultation,
    question: ConsultationQuestion,
    documents: Sequence[tuple[str, str]],
    *,
    choice: str,
    comment: str,
    signer_id: str,
    on_behalf_of: str | None,
) -> bytes:
    """The canonical bytes a member signs for this answer (``ecabinet.core.canonical``)."""
    return canonical_bytes(
        answer_payload(
            consultation_id=consultation.id,
            question_id=question.id,
            question=question.text,
            documents=documents,
            choice=choice,
            comment=comment,
            signer_id=signer_id,
            on_behalf_of=on_behalf_of,
        )
    )


def answer(
    session: Session,
    caller: Caller,
    consultation_id: str,
    question_id: str,
    *,
    choice: Choice,
    comment: str,
    client_id: str,
    documents: Sequence[tuple[str, str]] | None,
    signature: str | None,
    on_behalf_of: str | None,
) -> tuple[ConsultationAnswer, bool]:
    """Record (or change) an answer; returns (answer, applied now). A known ``client_id`` is a no-op, even
    after the deadline: it arrived in time the first time. The server's clock alone decides lateness."""
    now = utcnow()
    seen = session.get(ConsultationClientId, client_id)
    if seen is not None:
        if seen.user_id != caller.user_id:
            raise Conflict("This client id was used by someone else.", code="client_id_reused")
        previous = session.get(ConsultationAnswer, seen.answer_id)
        if previous is None:
            raise NotFound("Answer not found.")
        return previous, False
    consultation = load(session, caller.person, consultation_id)
    if consultation.state == "draft":
        raise NotFound("Consultation not found.")
    question = session.get(ConsultationQuestion, question_id)
    if question is None or question.consultation_id != consultation.id:
        raise NotFound("Question not found.")
    seat = _seat(session, caller, consultation, on_behalf_of)
    _closed_or_late(consultation, now)
    comment = comment.strip()
    if choice in NEEDS_COMMENT and not comment:
        raise InvalidRequest("This choice needs a comment.", code="comment_required")
    current = current_versions(session, consultation.id)
    chosen = dict(documents) if documents is not None else dict(current)
    for document_id, sha256 in chosen.items():
        if document_id not in current or sha256 not in {v.sha256 for v in versions_of(session, document_id)}:
            raise InvalidRequest(
                "The answer names a document version this consultation does not have.",
                code="unknown_version",
                details={"document_id": document_id, "sha256": sha256},
            )
    if set(chosen) != set(current):
        raise InvalidRequest(
            "Name the version you read of every document.",
            code="documents_incomplete",
            details={"documents": sorted(set(current) - set(chosen))},
        )
    existing = session.execute(
        select(ConsultationAnswer).where(
            ConsultationAnswer.question_id == question.id, ConsultationAnswer.user_id == seat.user_id
        )
    ).scalar_one_or_none()
    if existing is not None and existing.signature is not None:
        raise Conflict("This answer is signed and can no longer change.", code="answer_signed")
    represented = seat.user_id if seat.user_id != caller.user_id else None
    pairs = sorted(chosen.items())
    signed_bytes = signature_blob = None
    report = None
    if signature is not None:
        signature_blob = decode_signature(signature)
        signed_bytes = signing_bytes(
            consultation,
            question,
            pairs,
            choice=choice.value,
            comment=comment,
            signer_id=caller.user_id,
            on_behalf_of=represented,
        )
        report = check_member_signature(
            session, _settings_of(session), user_id=caller.user_id, data=signed_bytes, signature=signature_blob
        )
    row = existing or ConsultationAnswer(
        consultation_id=consultation.id, question_id=question.id, user_id=seat.user_id, signer_subject=""
    )
    row.answered_by = caller.user_id
    row.choice = choice.value
    row.comment = comment
    row.documents = json.dumps([{"document_id": d, "sha256": s} for d, s in pairs])
    row.client_id = client_id
    row.received_at = now
    if report is not None:
        row.signed_bytes = signed_bytes
        row.signature = signature_blob
        row.signer_fingerprint = report.fingerprint
        row.signer_subject = report.signer_subject[:500]
        row.signed_at = now
    if existing is None:
        session.add(row)
    session.flush()
    session.add(ConsultationClientId(client_id=client_id, user_id=caller.user_id, answer_id=row.id))
    record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "consultation_answered",
        target_kind="consultation",
        target_id=consultation.id,
        details={
            "question_id": question.id,
            "choice": choice.value,
            "on_behalf_of": represented,
            "documents": [s for _d, s in pairs],
            "signed": report is not None,
            "fingerprint": report.fingerprint if report is not None else None,
        },
    )
    return row, True


def _seat(
    session: Session, caller: Caller, consultation: Consultation, on_behalf_of: str | None
) -> ConsultationRecipient:
    """Whose answer the caller gives: their own, or (as the named deputy) the member's. Someone who is not
    the member's named deputy may never answer in their name (403 ``not_deputy``)."""
    rows = recipient_rows(session, consultation.id)
    if on_behalf_of is not None and on_behalf_of != caller.user_id:
        for row in rows:
            if row.user_id == on_behalf_of:
                if row.deputy_id != caller.user_id:
                    raise Forbidden("You are not this member's named deputy.", code="not_deputy")
                return row
        raise Forbidden("This person is not a recipient of the consultation.", code="not_deputy")
    for row in rows:
        if row.user_id == caller.user_id:
            return row
    deputised = [row for row in rows if row.deputy_id == caller.user_id]
    if len(deputised) == 1:
        return deputised[0]
    if deputised:
        raise InvalidRequest("Say for whom you answer (on_behalf_of).", code="on_behalf_of_required")
    raise Forbidden("You are not asked in this consultation.", code="not_recipient")


# ---------------------------------------------------------------- closing


def close(session: Session, consultation: Consultation, *, actor: Actor, reason: str) -> Consultation:
    """Close now (``deadline`` by the job, ``early`` by the secretariat); answers are final from here."""
    if consultation.state != "published":
        raise Conflict("Only a published consultation can be closed.", code="invalid_state")
    now = utcnow()
    consultation.state = "closed"
    consultation.closed_at = now
    consultation.close_reason = reason
    consultation.updated_at = now
    session.flush()
    record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
    audit(
        session,
        actor,
        "consultation_closed",
        target_kind="consultation",
        target_id=consultation.id,
        details={"reason": reason, "answers": len(_answers(session, consultation.id))},
    )
    return consultation


def non_answerers(session: Session, consultation: Consultation) -> list[str]:
    """Members who have not answered every question, in recipient order."""
    questions = session.execute(
        select(ConsultationQuestion.id).where(ConsultationQuestion.consultation_id == consultation.id)
    ).scalars()
    needed = set(questions)
    given: dict[str, set[str]] = {}
    for a in _answers(session, consultation.id):
        given.setdefault(a.user_id, set()).add(a.question_id)
    return [r.user_id for r in recipient_rows(session, consultation.id) if not needed <= given.get(r.user_id, set())]


def secretariat(session: Session, consultation: Consultation) -> list[str]:
    return secretariat_of_body(session, consultation.body_id)
