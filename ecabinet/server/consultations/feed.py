"""Feed kinds of issue 16 that belong to no meeting: ``consultation``, ``notification``, ``task``.

``consultation``: its recipients (and deputies) once published, and its secretariat (with the tally);
``notification``: its recipient only; ``task``: assignees, the owning body's secretariat and chairs.
A ``remove`` goes to whoever could have seen it (never to others, not even as a bare id)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.permissions import Person
from ecabinet.server.consultations import service as consultations
from ecabinet.server.consultations.models import Consultation, ConsultationRecipient
from ecabinet.server.consultations.views import consultation_view
from ecabinet.server.notifications.models import Notification
from ecabinet.server.notifications.service import notification_data
from ecabinet.server.tasks import service as tasks
from ecabinet.server.tasks.models import Task

FEED_KINDS = frozenset({"consultation", "notification", "task"})


def entity(session: Session, person: Person, kind: str, entity_id: str) -> dict[str, Any] | None:
    if kind == "consultation":
        consultation = session.get(Consultation, entity_id)
        if consultation is None or not consultations.can_view(session, person, consultation):
            return None
        return consultation_view(session, consultation, person)
    if kind == "notification":
        notification = session.get(Notification, entity_id)
        if notification is None or notification.user_id != person.user_id:
            return None
        return notification_data(notification)
    if kind == "task":
        task = session.get(Task, entity_id)
        if task is None or not tasks.can_view(session, person, task):
            return None
        return tasks.task_data(session, task)
    return None


def may_have_seen(session: Session, person: Person, kind: str, entity_id: str) -> bool:
    """Whether a ``remove`` tells this person nothing new (they were, or could have been, shown it)."""
    if kind == "notification":
        notification = session.get(Notification, entity_id)
        return notification is not None and notification.user_id == person.user_id
    if kind == "consultation":
        consultation = session.get(Consultation, entity_id)
        if consultation is None:
            return False
        if consultation.body_id in person.secretariat_of:
            return True
        was_recipient = session.execute(
            select(ConsultationRecipient.id).where(
                ConsultationRecipient.consultation_id == entity_id,
                (ConsultationRecipient.user_id == person.user_id) | (ConsultationRecipient.deputy_id == person.user_id),
            )
        ).first()
        return was_recipient is not None and consultation.published_at is not None
    if kind == "task":
        task = session.get(Task, entity_id)
        return task is not None and tasks.oversees(session, person, task.body_id)
    return False


def full_picture(session: Session, person: Person) -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, id, data) of everything of these kinds this person sees now."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    for consultation in consultations.visible_consultations(session, person):
        out.append(("consultation", consultation.id, consultation_view(session, consultation, person)))
    for task in tasks.visible_tasks(session, person):
        out.append(("task", task.id, tasks.task_data(session, task)))
    for notification in session.execute(
        select(Notification)
        .where(Notification.user_id == person.user_id)
        .order_by(Notification.created_at.desc())
        .limit(200)
    ).scalars():
        out.append(("notification", notification.id, notification_data(notification)))
    return out
