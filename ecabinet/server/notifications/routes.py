"""Notification centre, contact addresses, and the reminder worker's life."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import Field
from sqlalchemy import select

from ecabinet.core.errors import NotFound
from ecabinet.core.schemas import _Strict
from ecabinet.server.accounts.models import User
from ecabinet.server.db import utcnow
from ecabinet.server.deps import AdminDep, CallerDep, ServicesDep
from ecabinet.server.journal import audit, record_change
from ecabinet.server.notifications.models import ContactAddress, Notification
from ecabinet.server.notifications.reminders import ReminderWorker
from ecabinet.server.notifications.service import notification_data
from ecabinet.server.services import Services


@asynccontextmanager
async def _worker(app: FastAPI) -> AsyncIterator[None]:
    services: Services = app.state.services
    worker = ReminderWorker(services)
    app.state.reminder_worker = worker
    worker.start()
    try:
        yield
    finally:
        await run_in_threadpool(worker.stop)


router = APIRouter(tags=["notifications"], lifespan=_worker)


class ContactIn(_Strict):
    email: str = Field(default="", max_length=300, pattern=r"^$|^[^@\s]+@[^@\s]+$")
    phone: str = Field(default="", max_length=40, pattern=r"^$|^\+?[0-9 ()-]{5,40}$")


@router.get("/api/notifications")
def list_notifications(
    caller: CallerDep,
    services: ServicesDep,
    unread: bool = Query(default=False),
    limit: int = Query(default=200, le=1000),
) -> dict[str, Any]:
    """The caller's notification centre, newest first."""
    with services.db.reading() as session:
        query = select(Notification).where(Notification.user_id == caller.user_id)
        if unread:
            query = query.where(Notification.read_at.is_(None))
        rows = session.execute(query.order_by(Notification.created_at.desc(), Notification.id).limit(limit)).scalars()
        return {"notifications": [notification_data(n) for n in rows]}


@router.post("/api/notifications/{notification_id}/read")
def mark_read(notification_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.writing() as session:
        row = session.get(Notification, notification_id)
        if row is None or row.user_id != caller.user_id:
            raise NotFound("Notification not found.")
        if row.read_at is None:
            row.read_at = utcnow()
            record_change(session, kind="notification", entity_id=row.id, meeting_id=None)
        return notification_data(row)


def _set_contact(services: Services, actor: Any, user_id: str, body: ContactIn) -> dict[str, Any]:
    with services.db.writing() as session:
        if session.get(User, user_id) is None:
            raise NotFound("User not found.")
        row = session.get(ContactAddress, user_id) or ContactAddress(user_id=user_id)
        row.email, row.phone, row.updated_at = body.email.strip(), body.phone.strip(), utcnow()
        session.add(row)
        audit(
            session,
            actor,
            "contact_set",
            target_kind="user",
            target_id=user_id,
            details={"email": bool(row.email), "phone": bool(row.phone)},
        )
        return {"user_id": user_id, "email": row.email, "phone": row.phone}


@router.get("/api/me/contact")
def my_contact(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        row = session.get(ContactAddress, caller.user_id)
        return {"user_id": caller.user_id, "email": row.email if row else "", "phone": row.phone if row else ""}


@router.put("/api/me/contact")
def set_my_contact(body: ContactIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Where reminders reach the caller outside the app (e-mail; SMS for urgent ones)."""
    return _set_contact(services, caller.actor, caller.user_id, body)


@router.put("/api/admin/users/{user_id}/contact")
def set_contact(user_id: str, body: ContactIn, admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    return _set_contact(services, admin.actor, user_id, body)


@router.post("/api/admin/reminders/run")
def run_now(admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    """Admin: run the reminder job and the delivery now (they also run every ``reminder_interval_seconds``)."""
    from ecabinet.server.notifications.delivery import deliver_pending
    from ecabinet.server.notifications.reminders import run_reminders

    run = run_reminders(services)
    delivered = deliver_pending(services.db, services.settings)
    return {"closed": run.closed, "notified": run.notified, "sent": delivered.sent, "retry": delivered.retry}
