"""The minutes' content from the meeting's record: attendance, quorum, items, documents, positions, speakers, votes.

Kept apart from the writes in ``service`` so the same function fills the draft the secretary edits (as JSON)
and the `MinutesRecord` the PDF is laid out from: what is shown is what gets signed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecabinet.pdf.minutes import (
    Attendee,
    MinutesDocument,
    MinutesItem,
    MinutesRecord,
    MinutesSigner,
    Quorum,
    VoteResult,
    minutes_translation,
)
from ecabinet.server.accounts.models import Body, User
from ecabinet.server.documents.models import Document, DocumentVersion
from ecabinet.server.meetings.models import Meeting, Participant, PositionStatement
from ecabinet.server.meetings.views import agenda_items, agenda_numbers
from ecabinet.server.minutes.models import MinutesDraft
from ecabinet.server.minutes.models import MinutesSigner as SignerRow
from ecabinet.server.session.models import SpeakingRequest
from ecabinet.server.session.service import attendance_view, meeting_votes, vote_view

_POSITIONS = ("no_objection", "wants_to_speak", "objects")
_ROLE_WORDS = {
    "chair": "Chair",
    "secretary": "Secretary",
    "member": "Member",
    "deputy": "Deputy",
    "observer": "Observer",
}
#: The decision the record suggests while the secretary has written none.
EN_BLOC_TEXT = "Approved en bloc: no member objected."


def names_of(session: Session, meeting_id: str) -> dict[str, str]:
    return dict(
        session.execute(
            select(User.id, User.display_name)
            .join(Participant, Participant.user_id == User.id)
            .where(Participant.meeting_id == meeting_id)
        ).all()
    )


def decisions_of(draft: MinutesDraft | None) -> dict[str, str]:
    if draft is None:
        return {}
    try:
        value = json.loads(draft.decisions or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _role_word(role: str | None, gettext: Callable[[str], str]) -> str:
    return gettext(_ROLE_WORDS.get(role or "", "Member"))


def _items(
    session: Session, meeting: Meeting, draft: MinutesDraft | None, names: dict[str, str]
) -> list[dict[str, Any]]:
    items = agenda_items(session, meeting.id)
    numbers = agenda_numbers(items)
    decisions = decisions_of(draft)
    votes = [v for v in meeting_votes(session, meeting.id) if v.state == "closed"]
    out = []
    for item in items:
        documents = []
        for document in session.execute(
            select(Document).where(Document.item_id == item.id).order_by(Document.sort_key, Document.created_at)
        ).scalars():
            newest = session.execute(
                select(DocumentVersion.sha256)
                .where(DocumentVersion.document_id == document.id, DocumentVersion.withdrawn_at.is_(None))
                .order_by(DocumentVersion.created_at.desc(), DocumentVersion.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if newest is not None:
                documents.append({"document_id": document.id, "title": document.title, "sha256": newest})
        counts = dict(
            session.execute(
                select(PositionStatement.position, func.count())
                .where(PositionStatement.item_id == item.id)
                .group_by(PositionStatement.position)
            ).all()
        )
        speakers: list[str] = []
        for user_id in session.execute(
            select(SpeakingRequest.user_id)
            .where(SpeakingRequest.item_id == item.id, SpeakingRequest.started_at.is_not(None))
            .order_by(SpeakingRequest.started_at, SpeakingRequest.id)
        ).scalars():
            name = names.get(user_id, "")
            if name and name not in speakers:
                speakers.append(name)
        item_votes = []
        for vote in votes:
            if vote.item_id != item.id:
                continue
            view = vote_view(session, vote)
            results = view["results"]
            counts_by_option = {str(o): int(results.get("counts", {}).get(o, 0)) for o in view["options"]}
            voters: dict[str, list[str]] | None = None
            if not vote.secret:
                voters = {}
                for voter in results.get("voters", []):
                    voters.setdefault(str(voter["option"]), []).append(str(voter["display_name"]))
            item_votes.append(
                {
                    "vote_id": vote.id,
                    "question": vote.question,
                    "secret": vote.secret,
                    "majority": vote.majority,
                    "counts": counts_by_option,
                    "cast": int(results.get("cast", 0)),
                    "eligible": int(results.get("eligible", 0)),
                    "outcome": str(results.get("outcome", "")),
                    "voters": voters,
                }
            )
        suggested = EN_BLOC_TEXT if item.decision == "approved_en_bloc" else ""
        out.append(
            {
                "item_id": item.id,
                "number": numbers[item.id],
                "title": item.title,
                "documents": documents,
                "positions": {p: int(counts[p]) for p in _POSITIONS if counts.get(p)},
                "speakers": speakers,
                "votes": item_votes,
                "decision": decisions.get(item.id, suggested),
                "decision_edited": item.id in decisions,
            }
        )
    return out


def record_data(session: Session, meeting: Meeting, draft: MinutesDraft | None) -> dict[str, Any]:
    """The record as JSON: what the draft view shows and what `to_minutes_record` prints."""
    names = names_of(session, meeting.id)
    attendance = attendance_view(session, meeting)
    roles = dict(
        session.execute(
            select(Participant.user_id, Participant.role).where(
                Participant.meeting_id == meeting.id, Participant.removed_at.is_(None)
            )
        ).all()
    )
    chair = next((names.get(u, "") for u, r in roles.items() if r == "chair"), "")
    secretary = next((names.get(u, "") for u, r in roles.items() if r == "secretary"), "")
    people = [
        {
            "user_id": p["user_id"],
            "name": p["display_name"],
            "role": p["role"],
            "status": p["status"] or "absent",
            "deputy": names.get(p["deputy_id"]) if p.get("deputy_id") else None,
        }
        for p in attendance["people"]
    ]
    body = session.get(Body, meeting.body_id)
    ends_at = meeting.session_closed_at
    if ends_at is not None and not (dt.timedelta(0) < ends_at - meeting.starts_at < dt.timedelta(hours=24)):
        ends_at = None
    return {
        "body": body.name if body else meeting.body_id,
        "title": meeting.title,
        "starts_at": meeting.starts_at,
        "ends_at": ends_at,
        "place": meeting.location,
        "chair": chair,
        "secretary": secretary,
        "attendance": people,
        "quorum": {
            "present": int(attendance["present"]),
            "members": int(attendance["voting_members"]),
            "required": int(attendance["quorum_needed"]),
            "reached": bool(attendance["quorum"]),
        },
        "items": _items(session, meeting, draft, names),
    }


def to_minutes_record(
    data: dict[str, Any], draft: MinutesDraft, signers: list[SignerRow], names: dict[str, str], *, timezone: str
) -> MinutesRecord:
    """The printable record (``ecabinet.pdf.minutes``) from `record_data` and the draft's texts."""
    gettext = minutes_translation(draft.language)
    quorum = data["quorum"]
    return MinutesRecord(
        body=data["body"],
        title=data["title"],
        starts_at=data["starts_at"],
        ends_at=data["ends_at"],
        place=data["place"],
        chair=data["chair"],
        secretary=data["secretary"] or None,
        reference=draft.reference or None,
        attendance=[
            Attendee(name=p["name"], role=_role_word(p["role"], gettext), status=p["status"], deputy=p["deputy"])
            for p in data["attendance"]
        ],
        quorum=Quorum(present=quorum["present"], members=quorum["members"], required=quorum["required"]),
        items=[
            MinutesItem(
                number=item["number"],
                title=item["title"],
                documents=[MinutesDocument(d["title"], d["sha256"]) for d in item["documents"]],
                positions=item["positions"],
                speakers=item["speakers"],
                decision=item["decision"],
                votes=[
                    VoteResult(
                        question=v["question"],
                        secret=v["secret"],
                        majority=v["majority"],
                        counts=v["counts"],
                        cast=v["cast"],
                        eligible=v["eligible"],
                        outcome=v["outcome"],
                        voters=v["voters"],
                    )
                    for v in item["votes"]
                ],
            )
            for item in data["items"]
        ],
        signers=[
            MinutesSigner(field_name=s.field_name, name=names.get(s.user_id, ""), role=_role_word(s.role, gettext))
            for s in signers
        ],
        general_remarks=draft.general_remarks,
        timezone=timezone or None,
    )
