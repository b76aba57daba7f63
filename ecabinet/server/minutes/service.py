"""The minutes' life: draft from the record, edits with a version check, approvals, the PDF, signed uploads.

States: ``draft`` (texts edited), ``final`` (PDF with an empty signature field per expected signer; its hash
recorded), ``signing`` (some signed), ``signed`` (all). The PDF is a document of the meeting, so it reaches
every participant through the change feed like any paper; each accepted signed file is a new version of it.

A document needs an agenda item, and the minutes belong to none: they hang on a hidden carrier item (created
deleted, so it is never in the agenda) and the change feed shows the minutes document by name
(`is_minutes_document`).

A signed upload is accepted only when every signature in it is intact, chains to the configured trust roots,
was made by a certificate enrolled for the signer of that field (``SigningCertificate``, never a matching
name), in signing order, the unsigned first revision is unchanged byte for byte, and pyHanko's change analysis
finds nothing but signatures and validation data after each one. Anything else is 422 with the reason's code.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingRole, MeetingState
from ecabinet.core.errors import Conflict, Forbidden, InvalidRequest
from ecabinet.core.permissions import Action, Person, is_preparer
from ecabinet.pdf.minutes import layout_minutes, sanitize_rich_text
from ecabinet.pdf.signing import add_signature_fields
from ecabinet.pdf.validation import ValidationReport, validate_pdf
from ecabinet.server.access import load_meeting
from ecabinet.server.accounts.service import Caller
from ecabinet.server.config import Settings
from ecabinet.server.db import utcnow
from ecabinet.server.documents.models import Document, DocumentVersion
from ecabinet.server.documents.service import StagedUpload, stage_chunks
from ecabinet.server.journal import Actor, audit, record_change
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant
from ecabinet.server.meetings.service import VersionConflict
from ecabinet.server.meetings.views import iso
from ecabinet.server.minutes import certificates
from ecabinet.server.minutes.models import MinutesApproval, MinutesDraft, MinutesSigner
from ecabinet.server.minutes.record import names_of, record_data, to_minutes_record
from ecabinet.server.services import Services

log = logging.getLogger(__name__)

CARRIER_TITLE = "Minutes"
_SIGNER_ROLES = ("secretary", "chair", "member")


# ---------------------------------------------------------------- reading


def load_draft(session: Session, meeting_id: str) -> MinutesDraft | None:
    return session.get(MinutesDraft, meeting_id)


def signers_of(session: Session, meeting_id: str) -> list[MinutesSigner]:
    return list(
        session.execute(
            select(MinutesSigner).where(MinutesSigner.meeting_id == meeting_id).order_by(MinutesSigner.position)
        ).scalars()
    )


def is_minutes_document(session: Session, document_id: str) -> bool:
    return (
        session.execute(select(MinutesDraft.meeting_id).where(MinutesDraft.document_id == document_id)).first()
        is not None
    )


def default_signers(session: Session, meeting_id: str) -> list[tuple[str, str]]:
    """(user id, role): the meeting's secretaries in the order they were added, then its chair."""
    rows = session.execute(
        select(Participant.user_id, Participant.role)
        .where(Participant.meeting_id == meeting_id, Participant.removed_at.is_(None))
        .order_by(Participant.id)
    ).all()
    secretaries = [(u, "secretary") for u, r in rows if r == MeetingRole.SECRETARY]
    chairs = [(u, "chair") for u, r in rows if r == MeetingRole.CHAIR]
    return secretaries + chairs


def _field_names(pairs: list[tuple[str, str]]) -> list[str]:
    seen: dict[str, int] = {}
    names = []
    for _user, role in pairs:
        seen[role] = seen.get(role, 0) + 1
        names.append(f"sig_{role}" if seen[role] == 1 else f"sig_{role}_{seen[role]}")
    return names


def _planned_signers(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    rows = signers_of(session, meeting_id)
    names = names_of(session, meeting_id)
    if rows:
        return [_signer_data(s, names) for s in rows]
    pairs = default_signers(session, meeting_id)
    return [
        {"user_id": u, "name": names.get(u, ""), "role": r, "field": f, "signed_at": None, "fingerprint": None}
        for (u, r), f in zip(pairs, _field_names(pairs), strict=True)
    ]


def _signer_data(signer: MinutesSigner, names: dict[str, str]) -> dict[str, Any]:
    return {
        "user_id": signer.user_id,
        "name": names.get(signer.user_id, ""),
        "role": signer.role,
        "field": signer.field_name,
        "signed_at": iso(signer.signed_at),
        "fingerprint": signer.fingerprint,
    }


def minutes_summary(session: Session, meeting_id: str) -> dict[str, Any] | None:
    """``{"document_id", "sha256", "state", "signers"}`` as in shared/api.md, or None without minutes."""
    draft = load_draft(session, meeting_id)
    if draft is None:
        return None
    return {
        "meeting_id": meeting_id,
        "document_id": draft.document_id,
        "sha256": draft.current_sha256,
        "unsigned_sha256": draft.unsigned_sha256,
        "state": draft.state,
        "version": draft.version,
        "language": draft.language,
        "signers": _planned_signers(session, meeting_id),
    }


def _approvals(session: Session, meeting_id: str, names: dict[str, str]) -> list[dict[str, Any]]:
    rows = session.execute(
        select(MinutesApproval).where(MinutesApproval.meeting_id == meeting_id).order_by(MinutesApproval.id)
    ).scalars()
    return [
        {
            "user_id": a.user_id,
            "name": names.get(a.user_id, ""),
            "state": a.state,
            "comment": a.comment,
            "draft_version": a.draft_version,
            "updated_at": iso(a.updated_at),
        }
        for a in rows
    ]


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {
        **data,
        "starts_at": iso(data["starts_at"]),
        "ends_at": iso(data["ends_at"]),
    }


def minutes_view(session: Session, person: Person, meeting_id: str, settings: Settings) -> dict[str, Any]:
    """The whole draft: record, texts, signers, approvals (whoever sees the meeting; edits are the secretary's)."""
    meeting, access = load_meeting(session, person, meeting_id, Action.VIEW_MEETING)
    draft = load_draft(session, meeting.id)
    names = names_of(session, meeting.id)
    summary = minutes_summary(session, meeting.id) or {
        "meeting_id": meeting.id,
        "document_id": None,
        "sha256": None,
        "unsigned_sha256": None,
        "state": "draft",
        "version": 0,
        "language": meeting.language,
        "signers": _planned_signers(session, meeting.id),
    }
    enrolled = certificates.active_fingerprints(session, [s["user_id"] for s in summary["signers"]])
    for signer in summary["signers"]:
        signer["enrolled"] = sorted(enrolled.get(signer["user_id"], ()))
    return {
        **summary,
        "reference": draft.reference if draft else "",
        "general_remarks": draft.general_remarks if draft else "",
        "record": _jsonable(record_data(session, meeting, draft)),
        "approvals": _approvals(session, meeting.id, names),
        "may_edit": is_preparer(person, access),
        "timestamp_url": settings.timestamp_url,
    }


# ---------------------------------------------------------------- draft writes


def _require_preparer(session: Session, person: Person, meeting_id: str) -> Meeting:
    meeting, access = load_meeting(session, person, meeting_id, Action.VIEW_MEETING)
    if not is_preparer(person, access):
        raise Forbidden("Only the secretary edits the minutes.", code="not_allowed")
    return meeting


def _ensure_draft(session: Session, meeting: Meeting) -> MinutesDraft:
    draft = load_draft(session, meeting.id)
    if draft is None:
        draft = MinutesDraft(
            meeting_id=meeting.id,
            state="draft",
            version=1,
            language=meeting.language,
            decisions="{}",
            created_at=utcnow(),
        )
        draft.updated_at = draft.created_at
        draft.general_remarks = ""
        draft.reference = ""
        session.add(draft)
        session.flush()
    return draft


def _check_version(
    session: Session, person: Person, draft: MinutesDraft, expected: int | None, settings: Settings
) -> None:
    if expected is None or expected == draft.version:
        return
    raise VersionConflict(
        f"Someone else changed the minutes meanwhile (you had version {expected}, it is now {draft.version}). "
        "Reload them and make your change again.",
        details={
            "current": minutes_view(session, person, draft.meeting_id, settings),
            "version": draft.version,
            "expected_version": expected,
        },
    )


def _touch(session: Session, draft: MinutesDraft) -> None:
    draft.version += 1
    draft.updated_at = utcnow()
    record_change(session, kind="minutes", entity_id=draft.meeting_id, meeting_id=draft.meeting_id)


def update_draft(
    session: Session,
    caller: Caller,
    meeting_id: str,
    changes: dict[str, Any],
    *,
    expected_version: int | None,
    settings: Settings,
) -> MinutesDraft:
    """Decision texts per item, general remarks, language and reference; rich text is sanitised on the way in."""
    meeting = _require_preparer(session, caller.person, meeting_id)
    existing = load_draft(session, meeting.id)
    if existing is None and expected_version not in (None, 0):
        raise VersionConflict(
            "The minutes were not started yet.", details={"version": 0, "expected_version": expected_version}
        )
    draft = _ensure_draft(session, meeting)
    if existing is not None:
        _check_version(session, caller.person, draft, expected_version, settings)
    if draft.state != "draft":
        raise Conflict("The minutes are final: their text cannot change any more.", code="minutes_final")
    if "decisions" in changes and changes["decisions"] is not None:
        live = {i.id for i in session.execute(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).scalars()}
        unknown = sorted(set(changes["decisions"]) - live)
        if unknown:
            raise InvalidRequest("Unknown agenda items.", code="unknown_item", details={"item_ids": unknown})
        decisions = json.loads(draft.decisions or "{}")
        for item_id, text in changes["decisions"].items():
            if text is None:
                decisions.pop(item_id, None)
            else:
                decisions[item_id] = sanitize_rich_text(str(text))
        draft.decisions = json.dumps(decisions, ensure_ascii=False, sort_keys=True)
    if changes.get("general_remarks") is not None:
        draft.general_remarks = sanitize_rich_text(str(changes["general_remarks"]))
    if changes.get("language") is not None:
        draft.language = str(changes["language"])
    if changes.get("reference") is not None:
        draft.reference = str(changes["reference"])[:100]
    _touch(session, draft)
    audit(
        session,
        caller.actor,
        "minutes_edited",
        target_kind="meeting",
        target_id=meeting.id,
        details={"version": draft.version},
    )
    return draft


def set_signers(session: Session, caller: Caller, meeting_id: str, signers: list[tuple[str, str]]) -> None:
    """Who signs, in order (default: secretaries, then the chair); only before the PDF is made."""
    meeting = _require_preparer(session, caller.person, meeting_id)
    draft = _ensure_draft(session, meeting)
    if draft.state != "draft":
        raise Conflict("The minutes are final: their signers are fixed.", code="minutes_final")
    if not signers:
        raise InvalidRequest("Name at least one signer.", code="no_signers")
    participants = set(
        session.execute(
            select(Participant.user_id).where(Participant.meeting_id == meeting.id, Participant.removed_at.is_(None))
        ).scalars()
    )
    for user_id, role in signers:
        if user_id not in participants:
            raise InvalidRequest("Signers must be participants of the meeting.", code="unknown_user")
        if role not in _SIGNER_ROLES:
            raise InvalidRequest(f"A signer's role is one of {', '.join(_SIGNER_ROLES)}.", code="invalid_request")
    if len({u for u, _ in signers}) != len(signers):
        raise InvalidRequest("Each person signs once.", code="invalid_request")
    _replace_signers(session, meeting.id, signers)
    _touch(session, draft)
    audit(
        session,
        caller.actor,
        "minutes_signers_set",
        target_kind="meeting",
        target_id=meeting.id,
        details={"signers": [u for u, _ in signers]},
    )


def _replace_signers(session: Session, meeting_id: str, signers: list[tuple[str, str]]) -> None:
    for row in signers_of(session, meeting_id):
        session.delete(row)
    session.flush()
    for position, ((user_id, role), field) in enumerate(zip(signers, _field_names(signers), strict=True)):
        session.add(
            MinutesSigner(meeting_id=meeting_id, position=position, user_id=user_id, role=role, field_name=field)
        )
    session.flush()


def request_approval(session: Session, caller: Caller, meeting_id: str, user_ids: list[str]) -> None:
    """Ask members to approve the draft (each answers approve or comment)."""
    meeting = _require_preparer(session, caller.person, meeting_id)
    draft = _ensure_draft(session, meeting)
    participants = set(
        session.execute(
            select(Participant.user_id).where(Participant.meeting_id == meeting.id, Participant.removed_at.is_(None))
        ).scalars()
    )
    unknown = sorted(set(user_ids) - participants)
    if unknown:
        raise InvalidRequest(
            "Only participants can approve the minutes.", code="unknown_user", details={"user_ids": unknown}
        )
    for user_id in dict.fromkeys(user_ids):
        row = session.execute(
            select(MinutesApproval).where(MinutesApproval.meeting_id == meeting.id, MinutesApproval.user_id == user_id)
        ).scalar_one_or_none()
        if row is None:
            session.add(
                MinutesApproval(
                    meeting_id=meeting.id,
                    user_id=user_id,
                    state="requested",
                    comment="",
                    requested_at=utcnow(),
                    updated_at=utcnow(),
                )
            )
        else:
            row.state, row.updated_at = "requested", utcnow()
    record_change(session, kind="minutes", entity_id=meeting.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "minutes_approval_requested",
        target_kind="meeting",
        target_id=meeting.id,
        details={"user_ids": sorted(set(user_ids))},
    )
    del draft


def answer_approval(
    session: Session, caller: Caller, meeting_id: str, *, approve: bool, comment: str
) -> MinutesApproval:
    meeting, _ = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
    draft = load_draft(session, meeting.id)
    row = session.execute(
        select(MinutesApproval).where(
            MinutesApproval.meeting_id == meeting.id, MinutesApproval.user_id == caller.user_id
        )
    ).scalar_one_or_none()
    if draft is None or row is None:
        raise Forbidden("You were not asked to approve these minutes.", code="not_allowed")
    row.state = "approved" if approve else "commented"
    row.comment = comment[:5000]
    row.draft_version = draft.version
    row.updated_at = utcnow()
    record_change(session, kind="minutes", entity_id=meeting.id, meeting_id=meeting.id)
    audit(
        session,
        caller.actor,
        "minutes_approved" if approve else "minutes_commented",
        target_kind="meeting",
        target_id=meeting.id,
        details={"version": draft.version},
    )
    return row


# ---------------------------------------------------------------- the PDF


@dataclass(frozen=True)
class _Rendered:
    pdf: bytes
    draft_version: int
    signers: list[tuple[str, str]]


def _render(services: Services, caller: Caller, meeting_id: str, expected_version: int | None) -> _Rendered:
    """Lay out the minutes from a consistent read (no write lock held while PyMuPDF works)."""
    settings = services.settings
    with services.db.reading() as session:
        meeting = _require_preparer(session, caller.person, meeting_id)
        if meeting.state != MeetingState.CLOSED:
            raise Conflict("Minutes are finalised after the meeting is closed.", code="meeting_not_closed")
        draft = load_draft(session, meeting.id)
        if draft is None:
            draft = MinutesDraft(
                meeting_id=meeting.id,
                state="draft",
                version=0,
                language=meeting.language,
                decisions="{}",
                general_remarks="",
                reference="",
            )
        else:
            _check_version(session, caller.person, draft, expected_version, settings)
        if draft.state != "draft":
            raise Conflict("The minutes are already final.", code="minutes_final")
        rows = signers_of(session, meeting.id)
        pairs = [(s.user_id, s.role) for s in rows] or default_signers(session, meeting.id)
        if not pairs:
            raise Conflict("The meeting has no secretary or chair to sign the minutes.", code="no_signers")
        planned = [
            MinutesSigner(meeting_id=meeting.id, position=i, user_id=u, role=r, field_name=f)
            for i, ((u, r), f) in enumerate(zip(pairs, _field_names(pairs), strict=True))
        ]
        names = names_of(session, meeting.id)
        record = to_minutes_record(
            record_data(session, meeting, draft), draft, planned, names, timezone=settings.minutes_timezone
        )
        language = draft.language
        version = draft.version
    rendered = layout_minutes(record, language)
    return _Rendered(add_signature_fields(rendered.pdf, rendered.signature_fields), version, pairs)


def finalise(services: Services, caller: Caller, meeting_id: str, *, expected_version: int | None) -> MinutesDraft:
    """Render, add a signature field per signer, record the unsigned hash, publish the PDF as a document."""
    rendered = _render(services, caller, meeting_id, expected_version)
    staged = _stage(services, rendered.pdf, "minutes.pdf")
    checked = services.documents.check(staged)
    try:
        services.documents.store(staged)  # before the write transaction, never inside it (S3 may be slow)
        with services.db.writing() as session:
            meeting = _require_preparer(session, caller.person, meeting_id)
            draft = _ensure_draft(session, meeting)
            if draft.state != "draft":
                raise Conflict("The minutes are already final.", code="minutes_final")
            if rendered.draft_version not in (0, draft.version):
                raise VersionConflict(
                    "The minutes changed while they were being laid out; finalise again.",
                    details={"version": draft.version, "expected_version": rendered.draft_version},
                )
            _replace_signers(session, meeting.id, rendered.signers)
            now = utcnow()
            carrier = AgendaItem(
                meeting_id=meeting.id,
                sort_key=1_000_000,
                title=CARRIER_TITLE,
                presenter="",
                duration_minutes=0,
                deleted_at=now,
            )
            session.add(carrier)
            session.flush()
            document = Document(
                meeting_id=meeting.id,
                item_id=carrier.id,
                title=f"{CARRIER_TITLE}: {meeting.title}"[:500],
                restricted=False,
                sort_key=0,
            )
            session.add(document)
            session.flush()
            _add_version(services, session, caller.actor, document, staged, checked.pages)
            draft.document_id = document.id
            draft.unsigned_sha256 = staged.sha256
            draft.current_sha256 = staged.sha256
            draft.state = "final"
            draft.finalised_at = now
            draft.finalised_by = caller.user_id
            _touch(session, draft)
            audit(
                session,
                caller.actor,
                "minutes_finalised",
                target_kind="meeting",
                target_id=meeting.id,
                details={"sha256": staged.sha256, "signers": [u for u, _ in rendered.signers]},
            )
            return draft
    finally:
        staged.path.unlink(missing_ok=True)


def _stage(services: Services, data: bytes, filename: str) -> StagedUpload:
    return stage_chunks(services.documents.storage, [data], limit=services.settings.max_upload_bytes, filename=filename)


def _add_version(
    services: Services, session: Session, actor: Actor, document: Document, staged: StagedUpload, pages: int
) -> DocumentVersion:
    """A new version of the minutes document (the meeting is closed: the documents service would refuse).

    Its bytes are in the store already (``Documents.store`` before the transaction)."""
    if session.execute(
        select(DocumentVersion.id).where(
            DocumentVersion.document_id == document.id, DocumentVersion.sha256 == staged.sha256
        )
    ).first():
        raise Conflict("This exact file is already a version of the minutes.", code="duplicate_version")
    version = DocumentVersion(
        document_id=document.id,
        sha256=staged.sha256,
        pages=pages,
        size=staged.size,
        filename=staged.filename,
        created_by=actor.user_id or "",
        created_at=utcnow(),
    )
    session.add(version)
    session.flush()
    record_change(session, kind="document", entity_id=document.id, meeting_id=document.meeting_id)
    audit(
        session,
        actor,
        "version_added",
        target_kind="document",
        target_id=document.id,
        details={"sha256": staged.sha256, "pages": pages, "size": staged.size},
    )
    return version


# ---------------------------------------------------------------- signed uploads


def trust_roots(settings: Settings) -> list[bytes]:
    """The configured trust roots as PEM blobs (each file may hold several certificates)."""
    return [path.read_bytes() for path in settings.trust_root_files if path.is_file()]


def trust_roots_pem(settings: Settings) -> str:
    return "".join(blob.decode("ascii", "replace").strip() + "\n" for blob in trust_roots(settings))


def _crls(settings: Settings) -> list[bytes]:
    out: list[bytes] = []
    for path in settings.signing_crls:
        data = Path(path).read_bytes()
        if data.lstrip().startswith(b"-----BEGIN"):
            from asn1crypto import pem

            out.extend(der for _kind, _headers, der in pem.unarmor(data, multiple=True))
        else:
            out.append(data)
    return out


def validate_with_settings(settings: Settings, pdf: bytes, *, unsigned_sha256: str | None) -> ValidationReport:
    return validate_pdf(
        pdf,
        trust_roots(settings),
        unsigned_hash=unsigned_sha256,
        crls=_crls(settings),
        allow_fetching=settings.signing_allow_fetching,
        revocation_mode=settings.signing_revocation_mode,
    )


class SignedMinutesRefused(InvalidRequest):
    """422: the uploaded file is not acceptable; ``code`` is the first reason, ``details.codes`` all of them."""


def read_blob(services: Services, sha256: str) -> bytes:
    storage = services.documents.storage
    size = storage.size(sha256)
    return b"".join(storage.read_range(sha256, 0, size - 1))


@dataclass
class _Verdict:
    codes: list[str]
    signatures: list[dict[str, Any]]
    signed: dict[str, tuple[str, dt.datetime | None]]  # field -> (fingerprint, time)
    pending: list[tuple[str, str, str]]  # (user id, fingerprint, subject) seen on first use


def judge(report: ValidationReport, signers: list[MinutesSigner], enrolled: dict[str, set[str]]) -> _Verdict:
    """Our checks on top of pyHanko's: the right certificate in each field, in signing order."""
    codes = list(report.problems)
    by_field = {s.field_name: s for s in signers}
    order = [s.field_name for s in signers]
    details = []
    signed: dict[str, tuple[str, dt.datetime | None]] = {}
    pending: list[tuple[str, str, str]] = []
    for index, signature in enumerate(report.signatures):
        problems = [p for p in signature.problems if p not in ("wrong_signer", "unexpected_signature")]
        signer = by_field.get(signature.field_name)
        if signer is None:
            problems.append("unexpected_signature")
        else:
            fingerprints = enrolled.get(signer.user_id, set())
            if not fingerprints:
                problems.append("signer_not_enrolled")
                pending.append((signer.user_id, signature.fingerprint, signature.signer_subject))
            elif signature.fingerprint not in fingerprints:
                problems.append("wrong_signer")
            if index >= len(order) or order[index] != signature.field_name:
                problems.append("out_of_order")
        when = signature.timestamp_time or signature.signing_time
        signed[signature.field_name] = (signature.fingerprint, when)
        codes.extend(problems)
        details.append(
            {
                "field": signature.field_name,
                "signer": signature.signer_common_name,
                "fingerprint": signature.fingerprint,
                "signed_at": iso(when),
                "problems": problems,
            }
        )
    return _Verdict(list(dict.fromkeys(codes)), details, signed, pending)


_MESSAGES = {
    "broken": "A signature does not match the document: the file was changed after it was signed.",
    "modified_after_signing": "The document was changed after it was signed.",
    "first_revision_changed": "The signed file is not based on the minutes this server made.",
    "untrusted": "A signature's certificate is not issued by an authority this server trusts.",
    "revoked": "A signature's certificate was revoked.",
    "wrong_signer": "A signature was made with a certificate that is not enrolled for that signer.",
    "signer_not_enrolled": "The signer has no enrolled signing certificate yet; an administrator must approve it.",
    "unexpected_signature": "The file carries a signature in a field nobody was asked to sign.",
    "out_of_order": "The minutes are signed in order: secretary first, then the chair.",
    "not_signed": "The file carries no signature.",
    "unreadable": "The file is not a readable PDF.",
    "certificate_expired": "A signature's certificate had expired.",
    "certificate_not_yet_valid": "A signature's certificate was not valid yet.",
    "certificate_not_for_signing": "A signature's certificate may not be used to sign documents.",
    "timestamp_invalid": "A signature's timestamp is not valid.",
}


def accept_signed(services: Services, caller: Caller, meeting_id: str, staged: StagedUpload) -> MinutesDraft:
    """Validate an uploaded signed version and, if everything holds, make it the minutes' newest version."""
    try:
        return _accept_signed(services, caller, meeting_id, staged)
    finally:
        staged.path.unlink(missing_ok=True)


def _accept_signed(services: Services, caller: Caller, meeting_id: str, staged: StagedUpload) -> MinutesDraft:
    settings = services.settings
    with services.db.reading() as session:
        meeting, access = load_meeting(session, caller.person, meeting_id, Action.VIEW_MEETING)
        draft = load_draft(session, meeting.id)
        if draft is None or draft.state == "draft" or draft.current_sha256 is None:
            raise Conflict("The minutes are not final yet: there is nothing to sign.", code="minutes_not_final")
        if draft.state == "signed":
            raise Conflict("The minutes are already signed by everyone.", code="minutes_signed")
        signers = signers_of(session, meeting.id)
        if caller.user_id not in {s.user_id for s in signers} and not is_preparer(caller.person, access):
            raise Forbidden("Only a signer or the secretary uploads signed minutes.", code="not_allowed")
        current_sha = draft.current_sha256
        unsigned_sha = draft.unsigned_sha256
        already = sum(1 for s in signers if s.signed_at is not None)
        enrolled = certificates.active_fingerprints(session, [s.user_id for s in signers])
    data = staged.path.read_bytes()
    checked = services.documents.check(staged)  # a child process with limits parses it first
    report = validate_with_settings(settings, data, unsigned_sha256=unsigned_sha)
    verdict = judge(report, signers, enrolled)
    if verdict.pending and settings.signing_enrollment == "first_use":
        _record_first_use(services, caller, verdict.pending)
    if verdict.codes:
        code = verdict.codes[0]
        raise SignedMinutesRefused(
            _MESSAGES.get(code, "The signed minutes were refused."),
            code=code,
            details={"codes": verdict.codes, "signatures": verdict.signatures},
        )
    if len(verdict.signed) <= already:
        raise Conflict("The file adds no new signature.", code="no_new_signature")
    current = read_blob(services, current_sha)
    if not data.startswith(current):
        raise Conflict(
            "The file is not based on the newest version of the minutes: download them again and sign that.",
            code="minutes_outdated",
        )
    complete = len(verdict.signed) == len(signers)
    final_bytes = _extend(settings, data, complete=complete, already=already)
    final = staged if final_bytes is data else _stage(services, final_bytes, staged.filename)
    try:
        services.documents.store(final)  # before the write transaction, never inside it (S3 may be slow)
        with services.db.writing() as session:
            draft_now = load_draft(session, meeting_id)
            if draft_now is None or draft_now.current_sha256 != current_sha:
                raise Conflict(
                    "Someone else uploaded a signed version meanwhile; download it and sign that.",
                    code="minutes_outdated",
                )
            document = session.get(Document, draft_now.document_id)
            assert document is not None
            _add_version(services, session, caller.actor, document, final, checked.pages)
            for signer in signers_of(session, meeting_id):
                if signer.signed_at is None and signer.field_name in verdict.signed:
                    fingerprint, when = verdict.signed[signer.field_name]
                    signer.fingerprint = fingerprint
                    signer.signed_at = when or utcnow()
            draft_now.current_sha256 = final.sha256
            draft_now.state = "signed" if complete else "signing"
            _touch(session, draft_now)
            audit(
                session,
                caller.actor,
                "minutes_signed_version",
                target_kind="meeting",
                target_id=meeting_id,
                details={"sha256": final.sha256, "fields": sorted(verdict.signed), "state": draft_now.state},
            )
            return draft_now
    finally:
        final.path.unlink(missing_ok=True)


def _extend(settings: Settings, data: bytes, *, complete: bool, already: int) -> bytes:
    """With a timestamp authority: validation data for the new signatures (B-LT), and a document timestamp
    (B-LTA) once everyone signed.

    Only the signatures added by this upload get validation data: re-adding it for an earlier signature rewrites
    its VRI entry, which pyHanko's change analysis then reports as a suspicious modification."""
    if not settings.timestamp_url:
        return data
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers, timestamps
    from pyhanko.sign.validation import add_validation_info

    from ecabinet.server.minutes.archive import validation_context

    context = validation_context(settings)
    current = data
    try:
        count = len(PdfFileReader(io.BytesIO(data), strict=False).embedded_regular_signatures)
        for index in range(already, count):
            signature = PdfFileReader(io.BytesIO(current), strict=False).embedded_regular_signatures[index]
            current = add_validation_info(signature, context, output=io.BytesIO()).getvalue()
        if complete:
            writer = IncrementalPdfFileWriter(io.BytesIO(current), strict=False)
            out = io.BytesIO()
            stamper = timestamps.HTTPTimeStamper(settings.timestamp_url, timeout=20)
            signers.PdfTimeStamper(stamper).timestamp_pdf(writer, "sha256", context, output=out)
            current = out.getvalue()
        return current
    except Exception as error:  # the file stays a valid B-B/B-T signature without it
        log.warning("could not extend the signed minutes: %s", error)
        return data


def _record_first_use(services: Services, caller: Caller, pending: list[tuple[str, str, str]]) -> None:
    """Note a signer's first certificate as pending (only the signer's own upload): an admin approves it."""
    with services.db.writing() as session:
        for user_id, fingerprint, subject in pending:
            if user_id != caller.user_id:
                continue
            certificates.note_first_use(
                session, caller.actor, user_id=user_id, fingerprint=fingerprint, subject=subject
            )
