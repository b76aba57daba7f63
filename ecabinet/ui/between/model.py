"""What the between-meetings screens show, read from the offline store (no Qt, no network).

The sync keeps the server's view of every consultation, notification and task this user sees in the store;
answers not yet delivered (or refused) are in the outbox. These functions turn both into what the screens
need, so the screens work the same offline, and build the exact bytes a member signs for an answer
(`ecabinet.core.canonical`, the same function the server checks with).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from ecabinet.client.api import ApiClient
from ecabinet.client.store import Store
from ecabinet.core.canonical import answer_payload, canonical_bytes

#: The four answers a member may give, in the order the form shows them.
CHOICES: Final = ("agree", "disagree", "agree_with_comments", "other_opinion")
#: Choices that mean nothing without a comment (the server refuses them without one).
NEEDS_COMMENT: Final = frozenset({"agree_with_comments", "other_opinion"})
#: Offline this close to a deadline, the app warns that an answer may not reach the server in time.
NEAR_DEADLINE: Final = timedelta(hours=24)
#: Task statuses as the server names them; "overdue" is shown, never set.
TASK_STATUSES: Final = ("open", "in_progress", "done", "overdue")

_ANSWER_PATH = re.compile(r"^/api/consultations/([^/]+)/questions/([^/]+)/answer$")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?")


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 time from the API (UTC when it has no offset); None when missing or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# -- consultations ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerDraft:
    """One question's answer as the member gave it on the form."""

    question_id: str
    choice: str
    comment: str = ""

    @property
    def clean_comment(self) -> str:
        """The comment as the server stores and signs it (surrounding blanks removed)."""
        return self.comment.strip()


@dataclass(frozen=True)
class QueuedAnswer:
    """An answer in this device's outbox: waiting to be sent, or refused by the server (kept for the member)."""

    seq: int
    consultation_id: str
    question_id: str
    state: str  # "pending" or "refused"
    choice: str
    comment: str
    signed: bool
    on_behalf_of: str | None
    code: str | None
    message: str | None
    created_at: str
    #: The refusal's details as the server sent them (`deadline`, `server_time` for a late answer).
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def late(self) -> bool:
        return self.code == "deadline_passed"

    def server_times(self) -> tuple[datetime | None, datetime | None]:
        """(deadline, the server's time of receipt) of a late answer, from the refusal's details (or, for a
        refusal kept by an older version of the app, as the server's message named them)."""
        if self.details.get("server_time") or self.details.get("deadline"):
            return parse_time(self.details.get("deadline")), parse_time(self.details.get("server_time"))
        found = [parse_time(text) for text in _ISO_TIME.findall(self.message or "")]
        deadline = found[0] if found else None
        received = found[1] if len(found) > 1 else None
        return deadline, received


def material_documents(consultation: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The documents asked about (not the result report), each with its versions oldest first."""
    return [dict(d) for d in consultation.get("documents") or [] if d.get("role", "material") == "material"]


def report_document(consultation: Mapping[str, Any]) -> dict[str, Any] | None:
    for document in consultation.get("documents") or []:
        if document.get("role") == "report" and document.get("versions"):
            return dict(document)
    return None


def answer_documents(consultation: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(document id, newest version's SHA-256) of every material document: the versions an answer is on."""
    return [
        (str(d["id"]), str(d["versions"][-1]["sha256"])) for d in material_documents(consultation) if d.get("versions")
    ]


def signing_bytes(
    consultation: Mapping[str, Any], draft: AnswerDraft, *, signer_id: str, on_behalf_of: str | None
) -> bytes:
    """The exact bytes a member signs for `draft` (RFC 8785, NFC), built on the device so it works offline."""
    question = next(q for q in consultation.get("questions") or [] if str(q["id"]) == draft.question_id)
    return canonical_bytes(
        answer_payload(
            consultation_id=str(consultation["id"]),
            question_id=draft.question_id,
            question=str(question["text"]),
            documents=answer_documents(consultation),
            choice=draft.choice,
            comment=draft.clean_comment,
            signer_id=signer_id,
            on_behalf_of=on_behalf_of,
        )
    )


def answer_body(
    consultation: Mapping[str, Any],
    draft: AnswerDraft,
    *,
    client_id: str,
    signature: str | None,
    on_behalf_of: str | None,
) -> dict[str, Any]:
    """The body of `PUT .../answer`: the versions answered against are named, so a new version published
    meanwhile does not silently change what was answered."""
    body: dict[str, Any] = {
        "choice": draft.choice,
        "comment": draft.clean_comment,
        "client_id": client_id,
        "documents": [{"document_id": d, "sha256": s} for d, s in answer_documents(consultation)],
    }
    if signature is not None:
        body["signature"] = signature
    if on_behalf_of:
        body["on_behalf_of"] = on_behalf_of
    return body


def queued_answers(store: Store, consultation_id: str | None = None) -> list[QueuedAnswer]:
    """Answers in the outbox that are waiting or were refused (oldest first), for one consultation or all."""
    out = []
    for item in store.outbox():
        if item.kind != "answer" or item.state not in ("pending", "refused"):
            continue
        match = _ANSWER_PATH.match(item.path)
        if match is None or (consultation_id is not None and match.group(1) != consultation_id):
            continue
        body = item.body
        out.append(
            QueuedAnswer(
                seq=item.seq,
                consultation_id=match.group(1),
                question_id=match.group(2),
                state=item.state,
                choice=str(body.get("choice") or ""),
                comment=str(body.get("comment") or ""),
                signed=bool(body.get("signature")),
                on_behalf_of=str(body["on_behalf_of"]) if body.get("on_behalf_of") else None,
                code=item.error_code,
                message=item.error_message,
                created_at=item.created_at,
                details=item.error_details,
            )
        )
    return out


def answer_path(consultation_id: str, question_id: str) -> str:
    return ApiClient.answer_path(consultation_id, question_id)


def seats(consultation: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """Whose answers this user gives: (member's user id, on_behalf_of or None when it is their own)."""
    out = []
    for seat in consultation.get("my_seats") or []:
        behalf = seat.get("on_behalf_of")
        out.append((str(seat.get("user_id") or ""), str(behalf) if behalf else None))
    return out


def answers_of(consultation: Mapping[str, Any], member_id: str | None) -> dict[str, dict[str, Any]]:
    """The server's record of the answers given for `member_id` (None: the first seat), by question id."""
    if member_id is None:
        given = seats(consultation)
        member_id = given[0][0] if given else None
    return {
        str(a["question_id"]): dict(a)
        for a in consultation.get("my_answers") or []
        if member_id is None or str(a.get("user_id")) == member_id
    }


def is_open(consultation: Mapping[str, Any], now: datetime) -> bool:
    """Published and before its deadline (by `now`, the best estimate of the server's clock)."""
    deadline = parse_time(consultation.get("deadline"))
    return consultation.get("state") == "published" and (deadline is None or now < deadline)


@dataclass(frozen=True)
class ConsultationEntry:
    """One consultation in the list: what it is and where this member stands with it."""

    consultation: dict[str, Any]
    open: bool
    questions: int
    answered: int  # questions the server has an answer to (for the first seat)
    signed: int
    pending: int  # answers waiting in the outbox
    refused: int  # answers the server refused, kept on the device
    manage: bool  # the secretariat's view (with the tally)

    @property
    def id(self) -> str:
        return str(self.consultation.get("id") or "")

    @property
    def deadline(self) -> datetime | None:
        return parse_time(self.consultation.get("deadline"))

    @property
    def needs_answer(self) -> bool:
        """Open, asked of this user, and not every question answered yet (outbox included)."""
        asked = bool(self.consultation.get("my_seats"))
        return self.open and asked and self.answered + self.pending < self.questions


def read_consultations(store: Store, *, now: datetime | None = None) -> list[ConsultationEntry]:
    """Every consultation on the device: open ones first (nearest deadline first), then the others (newest first)."""
    now = now or datetime.now(UTC)
    queued = queued_answers(store)
    entries = []
    for consultation in store.entities("consultation"):
        consultation_id = str(consultation.get("id") or "")
        mine = answers_of(consultation, None)
        waiting = {q.question_id for q in queued if q.consultation_id == consultation_id and q.state == "pending"}
        entries.append(
            ConsultationEntry(
                consultation=consultation,
                open=is_open(consultation, now),
                questions=len(consultation.get("questions") or []),
                answered=len(mine),
                signed=sum(1 for a in mine.values() if a.get("signed")),
                pending=len(waiting - set(mine)),
                refused=sum(1 for q in queued if q.consultation_id == consultation_id and q.state == "refused"),
                manage=bool(consultation.get("manage")),
            )
        )
    far = datetime.max.replace(tzinfo=UTC)
    open_ones = sorted((e for e in entries if e.open), key=lambda e: (e.deadline or far, e.id))
    others = sorted((e for e in entries if not e.open), key=lambda e: (e.deadline or far, e.id), reverse=True)
    return open_ones + others


# -- notifications ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotificationsState:
    """The notification centre: newest first, and how many are unread (read on this device included)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    read_here: frozenset[str] = frozenset()

    def is_read(self, notification: Mapping[str, Any]) -> bool:
        return bool(notification.get("read_at")) or str(notification.get("id")) in self.read_here

    @property
    def unread(self) -> int:
        return sum(1 for n in self.items if not self.is_read(n))


def read_notifications(store: Store, read_here: Iterable[str] = ()) -> NotificationsState:
    items = sorted(
        store.entities("notification"),
        key=lambda n: (str(n.get("created_at") or ""), str(n.get("id") or "")),
        reverse=True,
    )
    return NotificationsState(items=items, read_here=frozenset(read_here))


# -- tasks -----------------------------------------------------------------------------------------------


def task_status(task: Mapping[str, Any], now: datetime) -> str:
    """The status to show: the server's, or "overdue" once the deadline has passed here without it being done."""
    status = str(task.get("stored_status") or task.get("status") or "open")
    deadline = parse_time(task.get("deadline"))
    if status != "done" and deadline is not None and deadline <= now:
        return "overdue"
    return status


def _task_order(task: Mapping[str, Any], now: datetime) -> tuple[int, str, str]:
    rank = {"overdue": 0, "in_progress": 1, "open": 1, "done": 2}.get(task_status(task, now), 1)
    return rank, str(task.get("deadline") or ""), str(task.get("id") or "")


def sort_tasks(tasks: Iterable[Mapping[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """Overdue first, then by deadline; done ones last."""
    return [dict(t) for t in sorted(tasks, key=lambda t: _task_order(t, now))]


def is_mine(task: Mapping[str, Any], user: Mapping[str, Any]) -> bool:
    """Assigned to this person, or to a body whose secretariat they are part of (as far as the device knows)."""
    if task.get("assignee_user_id"):
        return str(task.get("assignee_user_id")) == str(user.get("id") or "")
    return bool(task.get("assignee_body_id")) and "secretariat" in (user.get("roles") or [])


def dashboard_from(tasks: Sequence[Mapping[str, Any]], now: datetime) -> dict[str, Any]:
    """The dashboard's shape (`GET /api/tasks/dashboard`) from the tasks on the device, for offline use."""
    bodies: dict[str, list[dict[str, Any]]] = {}
    for task in tasks:
        bodies.setdefault(str(task.get("body_id") or ""), []).append(dict(task))
    groups = []
    for body_id in sorted(bodies):
        ordered = sort_tasks(bodies[body_id], now)
        counts = dict.fromkeys(TASK_STATUSES, 0)
        for task in ordered:
            counts[task_status(task, now)] += 1
        groups.append({"body_id": body_id, "counts": counts, "tasks": ordered})
    return {"server_time": now.isoformat(), "bodies": groups}


__all__ = [
    "CHOICES",
    "NEAR_DEADLINE",
    "NEEDS_COMMENT",
    "TASK_STATUSES",
    "AnswerDraft",
    "ConsultationEntry",
    "NotificationsState",
    "QueuedAnswer",
    "answer_body",
    "answer_documents",
    "answer_path",
    "answers_of",
    "dashboard_from",
    "is_mine",
    "is_open",
    "material_documents",
    "parse_time",
    "queued_answers",
    "read_consultations",
    "read_notifications",
    "report_document",
    "seats",
    "signing_bytes",
    "sort_tasks",
    "task_status",
]
