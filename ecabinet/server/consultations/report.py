"""The result report: rendered when the consultation closes, signed by the secretariat, then distributed.

The server renders the PDF with an empty signature field and keeps the hash of that unsigned file. A
member of the secretariat signs it on their device (PKCS#12 or token, as for the minutes) and uploads the
signed file; the server accepts it only when the signature is intact, trusted, by one of the uploader's
enrolled certificates, in the prepared field, and the file begins with exactly the unsigned bytes. Then
every recipient gets it (a ``report`` document of the consultation) with a notification.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.errors import Conflict, InvalidRequest
from ecabinet.pdf.consultation_report import FIELD_NAME, ReportAnswer, ReportQuestion, ReportRecord, layout_report
from ecabinet.pdf.signing import add_signature_fields, unsigned_hash
from ecabinet.pdf.validation import validate_pdf
from ecabinet.server.accounts.models import Body, User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.consultations.models import Consultation, ConsultationDocument, ConsultationDocumentVersion
from ecabinet.server.consultations.service import (
    _answers,
    _materials,
    current_versions,
    load,
    recipient_rows,
    versions_of,
)
from ecabinet.server.consultations.signatures import crls, enrolled_fingerprints, trust_roots
from ecabinet.server.consultations.views import questions_of
from ecabinet.server.db import utcnow
from ecabinet.server.documents.storage import BlobStorage
from ecabinet.server.journal import Actor, audit, record_change
from ecabinet.server.notifications.messages import translation
from ecabinet.server.notifications.service import notify_many
from ecabinet.server.services import Services


def _put(storage: BlobStorage, data: bytes, sha256: str) -> None:
    if storage.exists(sha256):
        return
    staged = storage.staging_file()
    staged.write_bytes(data)
    storage.put(staged, sha256)


def report_record(session: Session, consultation: Consultation, signer_name: str) -> ReportRecord:
    rows = recipient_rows(session, consultation.id)
    ids = {r.user_id for r in rows} | {r.deputy_id for r in rows if r.deputy_id}
    answers = _answers(session, consultation.id)
    ids |= {a.answered_by for a in answers}
    names = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())
    _ = translation(consultation.language)
    current = current_versions(session, consultation.id)

    def who(user_id: str, answered_by: str) -> str:
        if answered_by == user_id:
            return names.get(user_id, user_id)
        return _("{member} (represented by {deputy})").format(
            member=names.get(user_id, user_id), deputy=names.get(answered_by, answered_by)
        )

    questions = []
    missing_all: set[str] = set()
    for question in questions_of(session, consultation.id):
        given = [a for a in answers if a.question_id == question.id]
        answered = {a.user_id for a in given}
        not_answered = [names.get(r.user_id, r.user_id) for r in rows if r.user_id not in answered]
        missing_all |= {r.user_id for r in rows if r.user_id not in answered}
        questions.append(
            ReportQuestion(
                number=question.position,
                text=question.text,
                answers=[
                    ReportAnswer(
                        name=who(a.user_id, a.answered_by),
                        choice=a.choice,
                        comment=a.comment,
                        received_at=a.received_at,
                        signed=a.signature is not None,
                        versions=[d["sha256"] for d in json.loads(a.documents)],
                        stale=any(current.get(d["document_id"]) != d["sha256"] for d in json.loads(a.documents)),
                    )
                    for a in given
                ],
                not_answered=not_answered,
            )
        )
    body = session.get(Body, consultation.body_id)
    documents = []
    for document in _materials(session, consultation.id):
        versions = versions_of(session, document.id)
        if versions:
            documents.append((document.title, versions[-1].sha256))
    assert consultation.closed_at is not None
    return ReportRecord(
        body=body.name if body else consultation.body_id,
        title=consultation.title,
        deadline=consultation.deadline,
        closed_at=consultation.closed_at,
        closed_early=consultation.close_reason == "early",
        documents=documents,
        questions=questions,
        signer_role=_("For the secretariat"),
        signer_name=signer_name,
        recipients=len(rows),
        not_answered=sorted(missing_all),
    )


def _report_document(session: Session, consultation: Consultation) -> ConsultationDocument | None:
    return session.execute(
        select(ConsultationDocument).where(
            ConsultationDocument.consultation_id == consultation.id, ConsultationDocument.role == "report"
        )
    ).scalar_one_or_none()


@dataclass(frozen=True)
class _Rendered:
    pdf: bytes
    sha256: str
    pages: int
    title: str


def _render(services: Services, consultation_id: str, actor: Actor) -> _Rendered:
    """Read what the report says (a short read), then lay it out and store its bytes, outside any transaction."""
    with services.db.reading() as session:
        consultation = session.get(Consultation, consultation_id)
        if consultation is None or consultation.state != "closed":
            raise Conflict("The report is made once the consultation is closed.", code="invalid_state")
        secretary = session.get(User, actor.user_id) if actor.user_id else None
        record = report_record(session, consultation, secretary.display_name if secretary else "")
        language = consultation.language
    rendered = layout_report(record, language, translation(language))
    pdf = add_signature_fields(rendered.pdf, rendered.signature_fields)
    sha256 = unsigned_hash(pdf)
    _put(services.documents.storage, pdf, sha256)  # before the write transaction: S3 may be slow
    _ = translation(language)
    return _Rendered(pdf, sha256, rendered.pages, _("Result of the written consultation"))


def prepare_report(services: Services, consultation_id: str, *, actor: Actor) -> str:
    """Render the unsigned report (with its signature field), store it as the ``report`` document; its SHA-256.

    Called after the transaction that closed the consultation has committed (by the secretariat's "close now",
    or by the reminder job at the deadline, which also makes any report an earlier attempt could not)."""
    rendered = _render(services, consultation_id, actor)
    with _writing(services) as session:
        consultation = session.get(Consultation, consultation_id)
        if consultation is None or consultation.state != "closed":
            raise Conflict("The report is made once the consultation is closed.", code="invalid_state")
        if consultation.report_state == "signed":
            return str(consultation.report_sha256)  # made and signed meanwhile: nothing to redo
        document = _report_document(session, consultation)
        if document is None:
            document = ConsultationDocument(
                consultation_id=consultation.id, title=rendered.title, role="report", sort_key=10**6
            )
            session.add(document)
            session.flush()
        if not any(v.sha256 == rendered.sha256 for v in versions_of(session, document.id)):
            session.add(
                ConsultationDocumentVersion(
                    document_id=document.id,
                    sha256=rendered.sha256,
                    pages=rendered.pages,
                    size=len(rendered.pdf),
                    filename="report.pdf",
                    created_at=utcnow(),
                    created_by=actor.user_id or consultation.created_by,
                )
            )
        consultation.report_unsigned_sha256 = rendered.sha256
        consultation.report_sha256 = rendered.sha256
        consultation.report_state = "unsigned"
        session.flush()
        record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
        audit(
            session,
            actor,
            "consultation_report_made",
            target_kind="consultation",
            target_id=consultation.id,
            details={"sha256": rendered.sha256},
        )
    return rendered.sha256


def accept_signed_report(services: Services, caller: Caller, consultation_id: str, pdf: bytes) -> None:
    """Accept the report signed by a member of the secretariat (422 with the validation codes otherwise).

    The signature is checked and the bytes stored before the short write transaction that records them."""
    settings = services.settings
    with services.db.reading() as session:
        consultation = load(session, caller.person, consultation_id, manage=True)
        if consultation.report_state == "signed":
            raise Conflict("The report is already signed.", code="already_signed")
        if consultation.report_state != "unsigned" or consultation.report_unsigned_sha256 is None:
            raise Conflict("There is no report to sign yet; close the consultation first.", code="invalid_state")
        unsigned = consultation.report_unsigned_sha256
        enrolled = enrolled_fingerprints(session, caller.user_id)
    report = validate_pdf(pdf, trust_roots(settings), unsigned_hash=unsigned, crls=crls(settings))
    codes = list(report.codes)
    for signature in report.signatures:
        if signature.field_name != FIELD_NAME:
            codes.append("unexpected_signature")
        elif signature.fingerprint not in enrolled:
            codes.append("wrong_signer")
    if len(report.signatures) != 1:
        codes.append("missing_signature" if not report.signatures else "unexpected_signature")
    codes = list(dict.fromkeys(codes))
    if codes:
        raise InvalidRequest(
            "The signed report was not accepted: " + ", ".join(codes) + ".",
            code="signature_rejected",
            details={"problems": codes},
        )
    sha256 = unsigned_hash(pdf)
    _put(services.documents.storage, pdf, sha256)
    with _writing(services) as session:
        consultation = load(session, caller.person, consultation_id, manage=True)
        if consultation.report_state != "unsigned" or consultation.report_unsigned_sha256 != unsigned:
            raise Conflict("The report changed meanwhile; open it again and sign that.", code="report_changed")
        document = _report_document(session, consultation)
        assert document is not None
        pages = versions_of(session, document.id)[-1].pages
        session.add(
            ConsultationDocumentVersion(
                document_id=document.id,
                sha256=sha256,
                pages=pages,
                size=len(pdf),
                filename="report-signed.pdf",
                created_at=utcnow(),
                created_by=caller.user_id,
            )
        )
        consultation.report_sha256 = sha256
        consultation.report_state = "signed"
        consultation.report_signed_by = caller.user_id
        consultation.report_signed_at = utcnow()
        session.flush()
        record_change(session, kind="consultation", entity_id=consultation.id, meeting_id=None)
        audit(
            session,
            caller.actor,
            "consultation_report_signed",
            target_kind="consultation",
            target_id=consultation.id,
            details={"sha256": sha256, "fingerprint": report.signatures[0].fingerprint},
        )
        rows = recipient_rows(session, consultation.id)
        notify_many(
            session,
            settings,
            [r.user_id for r in rows] + [r.deputy_id for r in rows if r.deputy_id],
            kind="consultation_report",
            subject_kind="consultation",
            subject_id=consultation.id,
            key=f"consultation_report:{consultation.id}",
            fields={"title": consultation.title},
        )


@contextmanager
def _writing(services: Services) -> Iterator[Session]:
    """A write transaction that carries the settings (notifications need them deep inside)."""
    with services.db.writing() as session:
        session.info["settings"] = services.settings
        yield session
