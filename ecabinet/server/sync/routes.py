"""``GET /api/sync``: the change feed."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.sync.service import current_cursor, feed, feed_etag

router = APIRouter(tags=["sync"])


@router.get("/api/sync", responses={304: {"description": "Nothing changed since the ETag"}})
def sync(request: Request, caller: CallerDep, services: ServicesDep, since: int = Query(default=0, ge=0)) -> Any:
    with services.db.reading() as session:
        if_none_match = request.headers.get("if-none-match")
        if if_none_match:
            etag = feed_etag(session, caller.user_id, current_cursor(session))
            if if_none_match == etag:
                return Response(status_code=304, headers={"ETag": etag})
        page = feed(session, caller.person, since, page_size=services.settings.sync_page_size)
    return JSONResponse(
        {"cursor": page.cursor, "changes": page.changes, "more": page.more},
        headers={"ETag": page.etag, "Cache-Control": "private, no-cache"},
    )
