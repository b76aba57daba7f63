"""Shared annotations: written by their author (usually from the outbox), read by the document's readers."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from ecabinet.core.errors import InvalidRequest
from ecabinet.server.accounts.service import Caller
from ecabinet.server.annotations import service
from ecabinet.server.annotations.service import MAX_BODY_BYTES, AnnotationTooLarge
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.services import Services

router = APIRouter(tags=["annotations"])


async def _read_json(request: Request) -> Any:
    """The body as JSON, refused unread when it announces more than the limit and cut off when it sends
    more than it announced."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise AnnotationTooLarge()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise AnnotationTooLarge()
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidRequest("The body is not JSON.") from exc


def _put(services: Services, caller: Caller, annotation_id: str, payload: Any) -> dict[str, Any]:
    annotation = service.parse_annotation(annotation_id, payload)
    with services.db.writing() as session:
        row, _ = service.put_annotation(session, caller, annotation)
        return service.annotation_view(session, row)


@router.put(
    "/api/annotations/{annotation_id}",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}},
)
async def put_annotation(
    annotation_id: str, request: Request, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """Create or replace one of the caller's shared annotations (the JSON of ``ecabinet.core.annotations``).

    200 with the stored annotation plus ``revision``, ``author`` and ``meeting_id``; 409
    ``annotation_deleted`` once its author withdrew it (the outbox drops the entry); 422 for a private
    annotation; 413 ``annotation_too_large``; 409 ``too_many_annotations``."""
    payload = await _read_json(request)
    return await run_in_threadpool(_put, services, caller, annotation_id, payload)


@router.delete("/api/annotations/{annotation_id}", status_code=204)
def delete_annotation(annotation_id: str, caller: CallerDep, services: ServicesDep) -> Response:
    """Withdraw a shared annotation (author only). Again: 204. Readers get ``remove`` in the change feed."""
    with services.db.writing() as session:
        service.delete_annotation(session, caller, annotation_id)
    return Response(status_code=204)


@router.get("/api/documents/{document_id}/annotations")
def document_annotations(document_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """The shared annotations on a document, for those who may read it."""
    with services.db.reading() as session:
        return {"annotations": service.document_annotations(session, caller.person, document_id)}
