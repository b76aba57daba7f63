"""``GET /api/events``: a stream of "the feed moved to cursor N" hints for the signed-in user.

Durable events carry the change cursor as their id, so ``Last-Event-ID`` resumes; the client then pulls
``/api/sync`` from its own cursor. The stream closes when the session ends (logout, revoked device,
expired token): the last event says why, with the same codes as the HTTP errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse, ServerSentEvent

from ecabinet.core.errors import DomainError
from ecabinet.server.accounts.service import Caller
from ecabinet.server.deps import CallerDep, ServicesDep, bearer_token
from ecabinet.server.services import Services
from ecabinet.server.sync.service import current_cursor

router = APIRouter(tags=["events"])

#: Even with no writes, a stream re-checks its session this often (token expiry needs no write).
RECHECK_SECONDS = 15.0


def _cursor(services: Services) -> int:
    with services.db.reading() as session:
        return current_cursor(session)


async def _stream(request: Request, services: Services, caller: Caller, start: int | None) -> AsyncIterator[Any]:
    token = bearer_token(request)
    wake = services.notifier.subscribe()
    try:
        sent = start if start is not None else await run_in_threadpool(_cursor, services)
        yield ServerSentEvent(event="hello", data=json.dumps({"cursor": sent, "user_id": caller.user_id}))
        while True:
            wake.clear()  # before reading: a write committing from here on wakes the wait below
            try:
                await run_in_threadpool(services.accounts.authenticate, token)
            except DomainError as exc:
                yield ServerSentEvent(event="session_ended", data=json.dumps({"code": exc.code}))
                return
            cursor = await run_in_threadpool(_cursor, services)
            if cursor > sent:
                sent = cursor
                yield ServerSentEvent(
                    id=str(cursor),
                    event="changes",
                    data=json.dumps({"cursor": cursor, "at": datetime.now(UTC).isoformat()}),
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=RECHECK_SECONDS)
    finally:
        services.notifier.unsubscribe(wake)


@router.get("/api/events", response_class=EventSourceResponse)
async def events(request: Request, caller: CallerDep, services: ServicesDep) -> EventSourceResponse:
    last = request.headers.get("last-event-id") or request.query_params.get("since")
    start = int(last) if last and last.isdigit() else None
    return EventSourceResponse(_stream(request, services, caller, start), ping=20, send_timeout=30)
