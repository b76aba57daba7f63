"""What a person sees of a consultation: the secretariat everything (with the live tally), a member the
questions, documents and their own answers (never another member's)."""

from __future__ import annotations

import base64
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.permissions import Person
from ecabinet.pdf.consultation_report import FIELD_NAME
from ecabinet.server.accounts.models import User
from ecabinet.server.consultations.models import (
    Consultation,
    ConsultationAnswer,
    ConsultationDocument,
    ConsultationQuestion,
)
from ecabinet.server.consultations.schemas import Choice
from ecabinet.server.consultations.service import (
    _answers,
    current_versions,
    is_secretariat,
    recipient_rows,
    seats_of,
    versions_of,
)
from ecabinet.server.db import utcnow
from ecabinet.server.meetings.views import iso


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())


def questions_of(session: Session, consultation_id: str) -> list[ConsultationQuestion]:
    return list(
        session.execute(
            select(ConsultationQuestion)
            .where(ConsultationQuestion.consultation_id == consultation_id)
            .order_by(ConsultationQuestion.position)
        ).scalars()
    )


def answer_data(answer: ConsultationAnswer, current: dict[str, str], *, with_signature: bool = False) -> dict[str, Any]:
    documents = json.loads(answer.documents)
    stale = any(current.get(d["document_id"]) != d["sha256"] for d in documents)
    data: dict[str, Any] = {
        "id": answer.id,
        "question_id": answer.question_id,
        "user_id": answer.user_id,
        "answered_by": answer.answered_by,
        "on_behalf_of": answer.user_id if answer.answered_by != answer.user_id else None,
        "choice": answer.choice,
        "comment": answer.comment,
        "documents": documents,
        "stale": stale,
        "client_id": answer.client_id,
        "received_at": iso(answer.received_at),
        "signed": answer.signature is not None,
        "signed_at": iso(answer.signed_at),
        "signer_fingerprint": answer.signer_fingerprint,
        "signer_subject": answer.signer_subject or None,
    }
    if with_signature and answer.signature is not None and answer.signed_bytes is not None:
        data["signed_bytes"] = base64.b64encode(answer.signed_bytes).decode()
        data["signature"] = base64.b64encode(answer.signature).decode()
    return data


def _documents(session: Session, consultation: Consultation, person: Person) -> list[dict[str, Any]]:
    out = []
    for document in session.execute(
        select(ConsultationDocument)
        .where(ConsultationDocument.consultation_id == consultation.id)
        .order_by(ConsultationDocument.sort_key, ConsultationDocument.id)
    ).scalars():
        if (
            document.role == "report"
            and consultation.report_state != "signed"
            and not is_secretariat(person, consultation)
        ):
            continue
        out.append(
            {
                "id": document.id,
                "title": document.title,
                "role": document.role,
                "versions": [
                    {"sha256": v.sha256, "pages": v.pages, "size": v.size, "created_at": iso(v.created_at)}
                    for v in versions_of(session, document.id)
                ],
            }
        )
    return out


def summary(consultation: Consultation) -> dict[str, Any]:
    return {
        "id": consultation.id,
        "body_id": consultation.body_id,
        "title": consultation.title,
        "state": consultation.state,
        "deadline": iso(consultation.deadline),
        "published_at": iso(consultation.published_at),
        "closed_at": iso(consultation.closed_at),
    }


def consultation_view(session: Session, consultation: Consultation, person: Person) -> dict[str, Any]:
    rows = recipient_rows(session, consultation.id)
    names = _names(session, {r.user_id for r in rows} | {r.deputy_id for r in rows if r.deputy_id})
    current = current_versions(session, consultation.id)
    manage = is_secretariat(person, consultation)
    data: dict[str, Any] = {
        **summary(consultation),
        "description": consultation.description,
        "language": consultation.language,
        "signatures_required": consultation.signatures_required,
        "close_reason": consultation.close_reason or None,
        "server_time": iso(utcnow()),
        "questions": [
            {"id": q.id, "position": q.position, "text": q.text} for q in questions_of(session, consultation.id)
        ],
        "choices": [c.value for c in Choice],
        "documents": _documents(session, consultation, person),
        "recipients": [
            {
                "user_id": r.user_id,
                "display_name": names.get(r.user_id, ""),
                "deputy_id": r.deputy_id,
                "deputy_name": names.get(r.deputy_id, "") if r.deputy_id else None,
            }
            for r in rows
        ],
        "manage": manage,
        "report": report_data(consultation, session, person),
    }
    mine = seats_of(session, consultation.id, person.user_id)
    seats = {r.user_id for r in mine}
    data["my_seats"] = [
        {"user_id": r.user_id, "on_behalf_of": r.user_id if r.user_id != person.user_id else None} for r in mine
    ]
    data["my_answers"] = [answer_data(a, current) for a in _answers(session, consultation.id) if a.user_id in seats]
    if manage:
        data["tally"] = tally(session, consultation)
    return data


def report_data(consultation: Consultation, session: Session, person: Person) -> dict[str, Any] | None:
    if consultation.report_sha256 is None:
        return None
    if consultation.report_state != "signed" and not is_secretariat(person, consultation):
        return None
    document_id = session.execute(
        select(ConsultationDocument.id).where(
            ConsultationDocument.consultation_id == consultation.id, ConsultationDocument.role == "report"
        )
    ).scalar_one_or_none()
    return {
        "document_id": document_id,
        "sha256": consultation.report_sha256,
        "unsigned_sha256": consultation.report_unsigned_sha256,
        "state": consultation.report_state,
        "signed_by": consultation.report_signed_by,
        "signed_at": iso(consultation.report_signed_at),
        "field_name": FIELD_NAME,
    }


def tally(session: Session, consultation: Consultation) -> dict[str, Any]:
    """The live results: per question the counts per choice, who answered what (with comments), who did not."""
    rows = recipient_rows(session, consultation.id)
    names = _names(session, {r.user_id for r in rows} | {r.deputy_id for r in rows if r.deputy_id})
    current = current_versions(session, consultation.id)
    answers = _answers(session, consultation.id)
    names.update(_names(session, {a.answered_by for a in answers} - set(names)))
    questions = []
    complete: dict[str, int] = {}
    for question in questions_of(session, consultation.id):
        given = [a for a in answers if a.question_id == question.id]
        counts = {c.value: 0 for c in Choice}
        for a in given:
            counts[a.choice] = counts.get(a.choice, 0) + 1
            complete[a.user_id] = complete.get(a.user_id, 0) + 1
        answered = {a.user_id for a in given}
        questions.append(
            {
                "question_id": question.id,
                "text": question.text,
                "counts": counts,
                "answers": [
                    {
                        **answer_data(a, current),
                        "display_name": names.get(a.user_id, ""),
                        "answered_by_name": names.get(a.answered_by, ""),
                    }
                    for a in given
                ],
                "not_answered": [r.user_id for r in rows if r.user_id not in answered],
            }
        )
    total = len(questions)
    return {
        "recipients": len(rows),
        "answered": sum(1 for r in rows if complete.get(r.user_id, 0) >= total and total),
        "signed": len({a.user_id for a in answers if a.signature is not None}),
        "questions": questions,
        "not_answered": [
            {"user_id": r.user_id, "display_name": names.get(r.user_id, "")}
            for r in rows
            if complete.get(r.user_id, 0) < total
        ],
    }
