"""``GET /api/events``: what the signed-in user may see of the live session, as Server-Sent Events.

Events (``data`` is JSON):
- ``hello`` ``{"cursor", "user_id"}`` first.
- durable, with ``id`` = the change cursor (``Last-Event-ID`` resumes; the feed stays the truth):
  ``meeting`` ``{"kind", "id", "data": {"id", "state", "current_item_id", "started_at", "closed_at", "version"}}``,
  ``agenda_item`` (the item as the feed shows it), ``vote`` (the vote as ``GET /api/votes/{id}`` shows it,
  results once closed), ``attendance`` (present / eligible / quorum numbers); then ``changes`` ``{"cursor"}``,
  the hint to pull ``/api/sync``. ``data`` is null when the entity is gone.
- short-lived, no ``id``, never replayed: ``presenter`` (the presenter's page) and ``speakers`` (the queue).
- ``session_ended`` ``{"code"}`` last, when the session ends (logout, revoked device, expired token).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse, ServerSentEvent

from ecabinet.core.errors import DomainError
from ecabinet.core.permissions import MeetingAccess, Person, can_read_document, can_view_meeting
from ecabinet.server.access import meeting_access
from ecabinet.server.accounts.service import Caller
from ecabinet.server.deps import CallerDep, ServicesDep, bearer_token
from ecabinet.server.events.hub import DurableEvent, EphemeralEvent, EventHub
from ecabinet.server.meetings.models import Meeting
from ecabinet.server.services import Services


@asynccontextmanager
async def _bridge_lifespan(app: FastAPI) -> AsyncIterator[None]:
    """The PostgreSQL listener (several server processes) stops with the app."""
    yield
    services: Services = app.state.services
    if services.notifier.bridge is not None:
        await run_in_threadpool(services.notifier.bridge.stop)


router = APIRouter(tags=["events"], lifespan=_bridge_lifespan)

#: Even with no writes, a stream re-checks its session this often (token expiry needs no write).
RECHECK_SECONDS = 15.0


def get_hub(request: Request) -> EventHub:
    hub: EventHub = request.app.state.event_hub
    return hub


HubDep = Annotated[EventHub, Depends(get_hub)]


def _accesses(services: Services, person: Person, meeting_ids: set[str]) -> dict[str, MeetingAccess | None]:
    with services.db.reading() as session:
        out: dict[str, MeetingAccess | None] = {}
        for meeting_id in meeting_ids:
            meeting = session.get(Meeting, meeting_id)
            out[meeting_id] = meeting_access(session, meeting, person) if meeting else None
        return out


class _Filter:
    """One stream's view of who may see what, cached between wake-ups and dropped when it may have changed."""

    def __init__(self, services: Services, person: Person) -> None:
        self.services = services
        self.person = person
        self.access: dict[str, MeetingAccess | None] = {}

    async def load(self, meeting_ids: set[str]) -> None:
        missing = {m for m in meeting_ids if m not in self.access}
        if missing:
            self.access.update(await run_in_threadpool(_accesses, self.services, self.person, missing))

    def sees(self, meeting_id: str | None) -> MeetingAccess | None:
        access = self.access.get(meeting_id) if meeting_id else None
        return access if access is not None and can_view_meeting(self.person, access) else None

    def durable(self, event: DurableEvent) -> bool:
        return self.sees(event.meeting_id) is not None

    def ephemeral(self, event: EphemeralEvent) -> bool:
        access = self.sees(event.meeting_id)
        if access is None:
            return False
        return event.document is None or can_read_document(self.person, access, event.document)


def _durable_sse(event: DurableEvent) -> ServerSentEvent:
    payload = {"kind": event.kind, "id": event.entity_id, "meeting_id": event.meeting_id, "data": event.data}
    return ServerSentEvent(id=str(event.seq), event=event.kind, data=json.dumps(payload, ensure_ascii=False))


async def _stream(
    request: Request, services: Services, hub: EventHub, caller: Caller, start: int | None
) -> AsyncIterator[Any]:
    token = bearer_token(request)
    sub = await hub.subscribe()
    seen_filter = _Filter(services, caller.person)
    try:
        sent = start if start is not None else hub.cursor
        yield ServerSentEvent(event="hello", data=json.dumps({"cursor": hub.cursor, "user_id": caller.user_id}))
        auth_epoch = hub.auth_epoch
        checked = time.monotonic()
        while True:
            sub.wake.clear()
            if hub.auth_epoch != auth_epoch or time.monotonic() - checked >= RECHECK_SECONDS:
                auth_epoch = hub.auth_epoch
                checked = time.monotonic()
                try:
                    fresh = await run_in_threadpool(services.accounts.authenticate, token)
                except DomainError as exc:
                    yield ServerSentEvent(event="session_ended", data=json.dumps({"code": exc.code}))
                    return
                seen_filter = _Filter(services, fresh.person)  # roles may have changed meanwhile
            while sub.ephemeral:
                short = sub.ephemeral.popleft()
                await seen_filter.load({short.meeting_id})
                if seen_filter.ephemeral(short):
                    yield ServerSentEvent(event=short.event, data=json.dumps(short.data, ensure_ascii=False))
            cursor = hub.cursor
            if cursor > sent:
                events = hub.since(sent) or []
                for event in events:
                    if event.kind == "meeting":  # participants or state may have changed who sees it
                        seen_filter.access.pop(event.entity_id, None)
                await seen_filter.load({e.meeting_id for e in events if e.meeting_id})
                for event in events:
                    if event.seq <= cursor and seen_filter.durable(event):
                        yield _durable_sse(event)
                sent = cursor
                yield ServerSentEvent(
                    id=str(cursor),
                    event="changes",
                    data=json.dumps({"cursor": cursor, "at": datetime.now(UTC).isoformat()}),
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(sub.wake.wait(), timeout=RECHECK_SECONDS)
    finally:
        hub.unsubscribe(sub)


@router.get("/api/events", response_class=EventSourceResponse)
async def events(request: Request, caller: CallerDep, services: ServicesDep, hub: HubDep) -> EventSourceResponse:
    last = request.headers.get("last-event-id") or request.query_params.get("since")
    start = int(last) if last and last.isdigit() else None
    return EventSourceResponse(_stream(request, services, hub, caller, start), ping=20, send_timeout=30)
