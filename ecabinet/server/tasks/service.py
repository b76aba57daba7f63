"""Tasks from adopted decisions: made by the secretariat (or the chair of the meeting), worked on by the
assignee (a person, or a body's secretariat), watched on a dashboard; every step audited."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingRole
from ecabinet.core.errors import Conflict, Forbidden, InvalidRequest, NotFound
from ecabinet.core.permissions import Person
from ecabinet.server.accounts.models import Body, User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.config import Settings
from ecabinet.server.consultations.models import Consultation
from ecabinet.server.db import utcnow
from ecabinet.server.journal import audit, record_change
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant
from ecabinet.server.meetings.views import iso
from ecabinet.server.notifications.service import notify, secretariat_of_body
from ecabinet.server.session.models import Vote
from ecabinet.server.tasks.models import Task, TaskDocument, TaskNote
from ecabinet.server.tasks.schemas import SourceKind, TaskStatus

#: How a source counts as an adopted decision.
ADOPTED_ITEM_DECISIONS = frozenset({"approved_en_bloc", "adopted", "approved"})


def chairs_body(session: Session, person: Person, body_id: str) -> bool:
    """Chairs a meeting of this body: sees the body's task dashboard."""
    return (
        session.execute(
            select(Participant.id)
            .join(Meeting, Meeting.id == Participant.meeting_id)
            .where(
                Meeting.body_id == body_id,
                Participant.user_id == person.user_id,
                Participant.role == MeetingRole.CHAIR.value,
                Participant.removed_at.is_(None),
            )
            .limit(1)
        ).first()
        is not None
    )


def oversees(session: Session, person: Person, body_id: str) -> bool:
    return body_id in person.secretariat_of or chairs_body(session, person, body_id)


def is_assignee(person: Person, task: Task) -> bool:
    return task.assignee_user_id == person.user_id or (
        task.assignee_body_id is not None and task.assignee_body_id in person.secretariat_of
    )


def can_view(session: Session, person: Person, task: Task) -> bool:
    return is_assignee(person, task) or oversees(session, person, task.body_id)


def load(session: Session, person: Person, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None or not can_view(session, person, task):
        raise NotFound("Task not found.")
    return task


def effective_status(task: Task, now: datetime | None = None) -> str:
    if task.status != TaskStatus.DONE and task.deadline <= (now or utcnow()):
        return TaskStatus.OVERDUE.value
    return task.status


def _source(session: Session, person: Person, kind: SourceKind, source_id: str) -> tuple[str, str | None]:
    """(body id, meeting id) of an adopted decision the caller may turn into tasks (422 when not adopted)."""
    if kind is SourceKind.CONSULTATION:
        consultation = session.get(Consultation, source_id)
        if consultation is None:
            raise NotFound("Consultation not found.")
        if consultation.state != "closed":
            raise InvalidRequest("Only a closed consultation's decision becomes tasks.", code="not_adopted")
        return consultation.body_id, None
    if kind is SourceKind.VOTE:
        vote = session.get(Vote, source_id)
        if vote is None:
            raise NotFound("Vote not found.")
        outcome = json.loads(vote.result).get("outcome") if vote.result else None
        if outcome != "adopted":
            raise InvalidRequest("Only an adopted decision becomes tasks.", code="not_adopted")
        meeting = session.get(Meeting, vote.meeting_id)
        assert meeting is not None
        return meeting.body_id, meeting.id
    item = session.get(AgendaItem, source_id)
    if item is None:
        raise NotFound("Agenda item not found.")
    meeting = session.get(Meeting, item.meeting_id)
    assert meeting is not None
    adopted_vote = any(
        v.result and json.loads(v.result).get("outcome") == "adopted"
        for v in session.execute(select(Vote).where(Vote.item_id == item.id)).scalars()
    )
    if item.decision not in ADOPTED_ITEM_DECISIONS and not adopted_vote:
        raise InvalidRequest("Only an adopted decision becomes tasks.", code="not_adopted")
    return meeting.body_id, meeting.id


def _may_create(session: Session, person: Person, body_id: str, meeting_id: str | None) -> bool:
    if body_id in person.secretariat_of:
        return True
    if meeting_id is None:
        return False
    role = session.execute(
        select(Participant.role).where(
            Participant.meeting_id == meeting_id,
            Participant.user_id == person.user_id,
            Participant.removed_at.is_(None),
        )
    ).scalar_one_or_none()
    return role in (MeetingRole.CHAIR.value, MeetingRole.SECRETARY.value)


def _check_assignee(session: Session, user_id: str | None, body_id: str | None) -> None:
    if user_id is None and body_id is None:
        raise InvalidRequest("Assign the task to a person or a body.", code="assignee_required")
    if user_id is not None and session.get(User, user_id) is None:
        raise InvalidRequest("Unknown assignee.", code="unknown_user")
    if body_id is not None and session.get(Body, body_id) is None:
        raise InvalidRequest("Unknown body.", code="unknown_body")


def _assignees(session: Session, task: Task) -> list[str]:
    people = [task.assignee_user_id] if task.assignee_user_id else []
    if task.assignee_body_id:
        people += secretariat_of_body(session, task.assignee_body_id)
    return list(dict.fromkeys(people))


def create(
    session: Session,
    settings: Settings,
    caller: Caller,
    *,
    source_kind: SourceKind,
    source_id: str,
    title: str,
    description: str,
    assignee_user_id: str | None,
    assignee_body_id: str | None,
    deadline: datetime,
) -> Task:
    body_id, meeting_id = _source(session, caller.person, source_kind, source_id)
    if not _may_create(session, caller.person, body_id, meeting_id):
        raise Forbidden("Only the secretariat or the chair makes tasks of a decision.", code="not_allowed")
    _check_assignee(session, assignee_user_id, assignee_body_id)
    if deadline.tzinfo is None:
        raise InvalidRequest("Give the deadline with a time zone.", code="invalid_deadline")
    now = utcnow()
    task = Task(
        body_id=body_id,
        source_kind=source_kind.value,
        source_id=source_id,
        meeting_id=meeting_id,
        title=title.strip(),
        description=description,
        assignee_user_id=assignee_user_id,
        assignee_body_id=assignee_body_id,
        deadline=deadline,
        status=TaskStatus.OPEN.value,
        progress=0,
        created_by=caller.user_id,
        created_at=now,
        updated_at=now,
    )
    session.add(task)
    session.flush()
    record_change(session, kind="task", entity_id=task.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "task_created",
        target_kind="task",
        target_id=task.id,
        details={
            "source_kind": task.source_kind,
            "source_id": source_id,
            "title": task.title,
            "assignee_user_id": assignee_user_id,
            "assignee_body_id": assignee_body_id,
            "deadline": iso(deadline),
        },
    )
    for user_id in _assignees(session, task):
        notify(
            session,
            settings,
            user_id=user_id,
            kind="task_assigned",
            subject_kind="task",
            subject_id=task.id,
            key=f"task_assigned:{task.id}:{user_id}",
            fields={"title": task.title, "deadline": task.deadline},
        )
    return task


def update(session: Session, settings: Settings, caller: Caller, task_id: str, **changes: Any) -> Task:
    task = load(session, caller.person, task_id)
    if not oversees(session, caller.person, task.body_id):
        raise Forbidden("Only the secretariat or the chair changes a task.", code="not_allowed")
    before = set(_assignees(session, task))
    for name in ("title", "description", "deadline"):
        if changes.get(name) is not None:
            setattr(task, name, changes[name])
    if "assignee_user_id" in changes or "assignee_body_id" in changes:
        user_id = changes.get("assignee_user_id", task.assignee_user_id)
        body_id = changes.get("assignee_body_id", task.assignee_body_id)
        _check_assignee(session, user_id, body_id)
        task.assignee_user_id, task.assignee_body_id = user_id, body_id
    task.updated_at = utcnow()
    session.flush()
    record_change(session, kind="task", entity_id=task.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "task_updated",
        target_kind="task",
        target_id=task.id,
        details={k: (iso(v) if isinstance(v, datetime) else v) for k, v in changes.items()},
    )
    for user_id in set(_assignees(session, task)) - before:
        notify(
            session,
            settings,
            user_id=user_id,
            kind="task_assigned",
            subject_kind="task",
            subject_id=task.id,
            key=f"task_assigned:{task.id}:{user_id}",
            fields={"title": task.title, "deadline": task.deadline},
        )
    return task


def add_note(
    session: Session,
    caller: Caller,
    task_id: str,
    *,
    text: str,
    status: TaskStatus | None,
    progress: int | None,
    client_id: str,
) -> tuple[TaskNote, bool]:
    """A progress note by the assignee (or the secretariat); status and percentage may change with it."""
    seen = session.execute(select(TaskNote).where(TaskNote.client_id == client_id)).scalar_one_or_none()
    if seen is not None:
        if seen.user_id != caller.user_id:
            raise Conflict("This client id was used by someone else.", code="client_id_reused")
        return seen, False
    task = load(session, caller.person, task_id)
    if not is_assignee(caller.person, task) and not oversees(session, caller.person, task.body_id):
        raise Forbidden("Only the assignee reports progress.", code="not_allowed")
    if status is TaskStatus.OVERDUE:
        raise InvalidRequest("Overdue is shown by the server, not set.", code="invalid_status")
    if not text.strip() and status is None and progress is None:
        raise InvalidRequest("Write a note or change the status.", code="empty_note")
    now = utcnow()
    note = TaskNote(
        task_id=task.id,
        user_id=caller.user_id,
        text=text.strip(),
        status=status.value if status else None,
        progress=progress,
        client_id=client_id,
        created_at=now,
    )
    session.add(note)
    if status is not None:
        task.status = status.value
        task.done_at = now if status is TaskStatus.DONE else None
        if status is TaskStatus.DONE:
            task.progress = 100
    if progress is not None:
        task.progress = progress
        if task.status == TaskStatus.OPEN and 0 < progress < 100:
            task.status = TaskStatus.IN_PROGRESS.value
    task.updated_at = now
    session.flush()
    record_change(session, kind="task", entity_id=task.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "task_progress",
        target_kind="task",
        target_id=task.id,
        details={"note_id": note.id, "status": note.status, "progress": progress},
    )
    return note, True


def load_for_attach(session: Session, person: Person, task_id: str) -> Task:
    """The task, if the person may attach documents to it (its assignee, or whoever oversees its body)."""
    task = load(session, person, task_id)
    if not is_assignee(person, task) and not oversees(session, person, task.body_id):
        raise Forbidden("Only the assignee attaches documents.", code="not_allowed")
    return task


def attach_document(
    session: Session, caller: Caller, task_id: str, *, title: str, sha256: str, pages: int, size: int, filename: str
) -> TaskDocument:
    task = load_for_attach(session, caller.person, task_id)
    document = TaskDocument(
        task_id=task.id,
        title=title.strip() or filename or "Document",
        sha256=sha256,
        pages=pages,
        size=size,
        filename=filename,
        uploaded_by=caller.user_id,
        created_at=utcnow(),
    )
    session.add(document)
    task.updated_at = utcnow()
    session.flush()
    record_change(session, kind="task", entity_id=task.id, meeting_id=None)
    audit(
        session,
        caller.actor,
        "task_document_attached",
        target_kind="task",
        target_id=task.id,
        details={"document_id": document.id, "sha256": sha256, "pages": pages},
    )
    return document


def task_data(session: Session, task: Task, *, now: datetime | None = None) -> dict[str, Any]:
    names = dict(
        session.execute(
            select(User.id, User.display_name).where(or_(User.id == task.assignee_user_id, User.id == task.created_by))
        ).all()
    )
    body_names = dict(session.execute(select(Body.id, Body.name)).all())
    notes = list(
        session.execute(select(TaskNote).where(TaskNote.task_id == task.id).order_by(TaskNote.created_at)).scalars()
    )
    note_names = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_({n.user_id for n in notes}))).all()
    )
    documents = session.execute(
        select(TaskDocument).where(TaskDocument.task_id == task.id).order_by(TaskDocument.created_at)
    ).scalars()
    return {
        "id": task.id,
        "body_id": task.body_id,
        "body_name": body_names.get(task.body_id, ""),
        "source_kind": task.source_kind,
        "source_id": task.source_id,
        "meeting_id": task.meeting_id,
        "title": task.title,
        "description": task.description,
        "assignee_user_id": task.assignee_user_id,
        "assignee_name": names.get(task.assignee_user_id or ""),
        "assignee_body_id": task.assignee_body_id,
        "assignee_body_name": body_names.get(task.assignee_body_id or ""),
        "deadline": iso(task.deadline),
        "status": effective_status(task, now),
        "stored_status": task.status,
        "progress": task.progress,
        "created_by": task.created_by,
        "created_at": iso(task.created_at),
        "updated_at": iso(task.updated_at),
        "done_at": iso(task.done_at),
        "notes": [
            {
                "id": n.id,
                "user_id": n.user_id,
                "display_name": note_names.get(n.user_id, ""),
                "text": n.text,
                "status": n.status,
                "progress": n.progress,
                "created_at": iso(n.created_at),
            }
            for n in notes
        ],
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "sha256": d.sha256,
                "pages": d.pages,
                "size": d.size,
                "created_at": iso(d.created_at),
            }
            for d in documents
        ],
    }


def visible_tasks(session: Session, person: Person) -> list[Task]:
    rows = session.execute(select(Task).order_by(Task.deadline, Task.id)).scalars()
    return [t for t in rows if can_view(session, person, t)]


def _order(task: Task, now: datetime) -> tuple[int, datetime, str]:
    status = effective_status(task, now)
    rank = {"overdue": 0, "in_progress": 1, "open": 1, "done": 2}.get(status, 1)
    return rank, task.deadline, task.id


def dashboard(session: Session, person: Person, *, body_id: str | None = None) -> dict[str, Any]:
    """Chair and secretariat: tasks by body, overdue first, then by deadline; counts per status."""
    now = utcnow()
    bodies = [
        b
        for b in session.execute(select(Body.id).order_by(Body.id)).scalars()
        if (body_id is None or b == body_id) and oversees(session, person, b)
    ]
    if body_id is not None and not bodies:
        raise Forbidden("Only the secretariat or a chair sees this dashboard.", code="not_allowed")
    groups = []
    for body in bodies:
        tasks = sorted(
            session.execute(select(Task).where(Task.body_id == body)).scalars(), key=lambda t: _order(t, now)
        )
        counts = {s.value: 0 for s in TaskStatus}
        for t in tasks:
            counts[effective_status(t, now)] += 1
        groups.append({"body_id": body, "counts": counts, "tasks": [task_data(session, t, now=now) for t in tasks]})
    return {"server_time": iso(now), "bodies": groups}
