"""Telling people things: one call makes the in-app notification (feed kind ``notification``) and queues the
e-mail and SMS copies, all keyed so that the same reminder is never made twice (by any server process)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from babel.dates import format_datetime
from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.server.accounts.models import User
from ecabinet.server.config import Settings
from ecabinet.server.db import utcnow
from ecabinet.server.journal import record_change
from ecabinet.server.meetings.views import iso
from ecabinet.server.notifications.messages import render
from ecabinet.server.notifications.models import ContactAddress, Notification, OutgoingMessage

#: Kinds urgent enough for an SMS as well (where the person has a phone number).
SMS_KINDS = frozenset({"consultation_overdue", "consultation_reminder", "task_overdue"})


def format_moment(moment: datetime, language: str) -> str:
    """A time for a message in the recipient's language (UTC; the app shows local times itself)."""
    locale = language if language in ("en", "vi", "lo") else "en"
    return f"{format_datetime(moment, format='short', tzinfo=None, locale=locale)} UTC"


def already_sent(session: Session, key: str) -> bool:
    return session.execute(select(OutgoingMessage.id).where(OutgoingMessage.key == key)).first() is not None


def notify(
    session: Session,
    settings: Settings,
    *,
    user_id: str,
    kind: str,
    subject_kind: str,
    subject_id: str,
    key: str,
    fields: Mapping[str, Any],
    now: datetime | None = None,
) -> Notification | None:
    """Notify one person once per ``key``: None when this key was already used (nothing is made again).

    Runs in the caller's write transaction (writers are serialised, and ``outgoing_messages.key`` is unique
    as a last guard), so two server processes running the same reminder job make one message."""
    app_key = f"{key}:app"
    if already_sent(session, app_key):
        return None
    user = session.get(User, user_id)
    if user is None or not user.active:
        return None
    now = now or utcnow()
    language = user.language or "en"
    filled = {
        name: format_moment(value, language) if isinstance(value, datetime) else str(value)
        for name, value in fields.items()
    }
    title, body = render(kind, language, filled)
    notification = Notification(
        user_id=user_id,
        kind=kind,
        subject_kind=subject_kind,
        subject_id=subject_id,
        language=language,
        title=title,
        body=body,
        created_at=now,
    )
    session.add(notification)
    session.flush()
    session.add(
        OutgoingMessage(
            key=app_key, channel="app", user_id=user_id, subject=title, state="sent", created_at=now, sent_at=now
        )
    )
    contact = session.get(ContactAddress, user_id)
    if contact is not None and contact.email and settings.smtp_host:
        session.add(
            OutgoingMessage(
                key=f"{key}:email",
                channel="email",
                user_id=user_id,
                address=contact.email,
                subject=title,
                body=body,
                state="pending",
                next_attempt_at=now,
                created_at=now,
            )
        )
    if contact is not None and contact.phone and kind in SMS_KINDS:
        session.add(
            OutgoingMessage(
                key=f"{key}:sms",
                channel="sms",
                user_id=user_id,
                address=contact.phone,
                subject=title,
                body=title,
                state="pending",
                next_attempt_at=now,
                created_at=now,
            )
        )
    session.flush()
    record_change(session, kind="notification", entity_id=notification.id, meeting_id=None)
    return notification


def notify_many(
    session: Session,
    settings: Settings,
    user_ids: Iterable[str],
    *,
    kind: str,
    subject_kind: str,
    subject_id: str,
    key: str,
    fields: Mapping[str, Any],
    now: datetime | None = None,
) -> int:
    """`notify` each person (key suffixed with their id); the number newly notified."""
    made = 0
    for user_id in dict.fromkeys(user_ids):
        if notify(
            session,
            settings,
            user_id=user_id,
            kind=kind,
            subject_kind=subject_kind,
            subject_id=subject_id,
            key=f"{key}:{user_id}",
            fields=fields,
            now=now,
        ):
            made += 1
    return made


def notification_data(notification: Notification) -> dict[str, Any]:
    return {
        "id": notification.id,
        "kind": notification.kind,
        "subject_kind": notification.subject_kind,
        "subject_id": notification.subject_id,
        "title": notification.title,
        "body": notification.body,
        "language": notification.language,
        "created_at": iso(notification.created_at),
        "read_at": iso(notification.read_at),
    }


def secretariat_of_body(session: Session, body_id: str) -> list[str]:
    from ecabinet.core.domain import GlobalRole
    from ecabinet.server.accounts.models import RoleGrant

    return list(
        session.execute(
            select(RoleGrant.user_id)
            .join(User, User.id == RoleGrant.user_id)
            .where(RoleGrant.role == GlobalRole.SECRETARIAT.value, RoleGrant.body_id == body_id, User.active.is_(True))
            .order_by(RoleGrant.user_id)
        ).scalars()
    )
