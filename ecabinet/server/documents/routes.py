"""Upload, replace, restrict, withdraw and download document versions."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile
from starlette.responses import FileResponse

from ecabinet.core.errors import InvalidRequest
from ecabinet.core.schemas import DocumentAccessSet, WithdrawRequest
from ecabinet.server.accounts.service import Caller
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.documents.ranges import ranged_response
from ecabinet.server.documents.service import StagedUpload, Stager, UploadTooLarge, stage_chunks
from ecabinet.server.meetings.views import version_data
from ecabinet.server.services import Services


@asynccontextmanager
async def _ocr_worker(app: FastAPI) -> AsyncIterator[None]:
    """The OCR worker lives as long as the app: queued jobs are taken up at start, the child stopped at the end."""
    services: Services = app.state.services
    services.documents.ocr.start()
    try:
        yield
    finally:
        await run_in_threadpool(services.documents.ocr.stop)


router = APIRouter(tags=["documents"], lifespan=_ocr_worker)

_CHUNK = 256 * 1024
_MULTIPART_OVERHEAD = 64 * 1024


async def _receive_upload(request: Request, services: Services) -> tuple[StagedUpload, dict[str, str]]:
    """Stage the request's PDF: either the raw body (``Content-Type: application/pdf``; title and file name
    in the query) or a multipart form with a ``file`` part. Stops reading once the size limit is passed."""
    limit = services.settings.max_upload_bytes
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + _MULTIPART_OVERHEAD:
        raise UploadTooLarge(limit)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    storage = services.documents.storage
    if content_type == "multipart/form-data":
        if declared is None:
            raise InvalidRequest("Send the upload with a Content-Length.", code="length_required")
        form = await request.form(max_files=1, max_fields=20)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidRequest("The form needs a 'file' part with the PDF.", code="invalid_request")
        fields = {k: v for k, v in form.items() if isinstance(v, str)}

        def chunks() -> Iterator[bytes]:
            while block := upload.file.read(_CHUNK):
                yield block

        staged = await run_in_threadpool(stage_chunks, storage, chunks(), limit=limit, filename=upload.filename or "")
        await form.close()
        return staged, fields
    fields = dict(request.query_params)
    filename = request.headers.get("x-filename", fields.get("filename", ""))
    stager = Stager(storage, limit=limit, filename=filename)
    try:
        async for block in request.stream():
            stager.write(block)
    except BaseException:
        stager.abort()
        raise
    return stager.finish(), fields


def _bool(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _readers(value: str | None) -> list[str]:
    if not value:
        return []
    value = value.strip()
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError as exc:
            raise InvalidRequest("'readers' must be a JSON list or comma-separated ids.") from exc
        return [str(v) for v in parsed]
    return [v.strip() for v in value.split(",") if v.strip()]


@router.post("/api/meetings/{meeting_id}/items/{item_id}/documents", status_code=201)
async def upload_document(
    meeting_id: str, item_id: str, request: Request, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """Create a document with its first version. Fields: ``title``, ``restricted``, ``readers``."""
    staged, fields = await _receive_upload(request, services)
    document, version = await run_in_threadpool(
        services.documents.create_document,
        caller,
        meeting_id=meeting_id,
        item_id=item_id,
        title=fields.get("title", ""),
        restricted=_bool(fields.get("restricted")),
        readers=_readers(fields.get("readers")),
        staged=staged,
    )
    return {
        "id": document.id,
        "title": document.title,
        "restricted": document.restricted,
        "agenda_item_id": document.item_id,
        "version": version_data(version),
    }


@router.post("/api/documents/{document_id}/versions", status_code=201)
async def upload_version(
    document_id: str, request: Request, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    """Replace a document with a new version; earlier versions are kept."""
    staged, _fields = await _receive_upload(request, services)
    version = await run_in_threadpool(services.documents.add_version, caller, document_id=document_id, staged=staged)
    return version_data(version)


@router.put("/api/documents/{document_id}/access")
def set_access(document_id: str, body: DocumentAccessSet, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    document = services.documents.set_access(
        caller, document_id=document_id, restricted=body.restricted, readers=body.user_ids
    )
    return {"id": document.id, "restricted": document.restricted, "readers": sorted(set(body.user_ids))}


@router.post("/api/documents/{document_id}/versions/{sha256}/withdraw")
def withdraw(
    document_id: str, sha256: str, body: WithdrawRequest, caller: CallerDep, services: ServicesDep
) -> dict[str, Any]:
    version = services.documents.withdraw_version(caller, document_id=document_id, sha256=sha256, reason=body.reason)
    return {**version_data(version), "withdrawn": True, "reason": version.withdrawn_reason}


@router.get(
    "/api/documents/{document_id}/versions/{sha256}/content",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, 206: {"description": "Partial content"}},
)
def download(document_id: str, sha256: str, request: Request, caller: CallerDep, services: ServicesDep) -> Response:
    version, path = services.documents.open_version(caller, document_id=document_id, sha256=sha256)
    etag = f'"{version.sha256}"'
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    completes = _request_reaches_end(request.headers.get("range"), version.size)
    task = BackgroundTask(_record_download, services, caller, version) if completes else None
    headers = {"ETag": etag, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"}
    if path is None:  # object storage: Range reads streamed from the store
        return ranged_response(
            services.documents.storage,
            version.sha256,
            version.size,
            request.headers.get("range"),
            headers={**headers, "Content-Disposition": f'inline; filename="{version.sha256}.pdf"'},
            media_type="application/pdf",
            background=task,
        )
    return FileResponse(
        path,
        media_type="application/pdf",
        headers=headers,
        background=task,
        content_disposition_type="inline",
        filename=f"{version.sha256}.pdf",
    )


def _record_download(services: Services, caller: Caller, version: Any) -> None:
    services.documents.record_download(caller, version)


def _request_reaches_end(range_header: str | None, size: int) -> bool:
    """A download is complete when this request sends the file's last byte (Range requests of a resumed
    download included); the audit counts it once per device, not per request."""
    if not range_header:
        return True
    try:
        unit, _, spec = range_header.partition("=")
        if unit.strip().lower() != "bytes":
            return False
        for part in spec.split(","):
            start, _, end = part.strip().partition("-")
            if start == "":
                return True  # a suffix range ends at the end
            if end == "" or int(end) >= size - 1:
                return True
    except ValueError:
        return False
    return False
