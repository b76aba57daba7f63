"""Decision follow-up endpoints."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ecabinet.server.consultations.routes import writing
from ecabinet.server.deps import CallerDep, ServicesDep
from ecabinet.server.documents.routes import _receive_upload
from ecabinet.server.tasks import service
from ecabinet.server.tasks.schemas import NoteIn, TaskIn, TaskPatch

router = APIRouter(tags=["tasks"])


def _task(services: Any, caller: Any, task_id: str) -> dict[str, Any]:
    with services.db.reading() as session:
        return service.task_data(session, service.load(session, caller.person, task_id))


@router.post("/api/tasks", status_code=201)
def create(body: TaskIn, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Secretariat (or the meeting's chair/secretary): a task from an adopted decision; 422 ``not_adopted``."""
    with writing(services) as session:
        task = service.create(
            session,
            services.settings,
            caller,
            source_kind=body.source_kind,
            source_id=body.source_id,
            title=body.title,
            description=body.description,
            assignee_user_id=body.assignee_user_id,
            assignee_body_id=body.assignee_body_id,
            deadline=body.deadline,
        )
        task_id = task.id
    return _task(services, caller, task_id)


@router.get("/api/tasks")
def mine(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Every task the caller sees (their own, their body's, and those of bodies they oversee)."""
    with services.db.reading() as session:
        return {"tasks": [service.task_data(session, t) for t in service.visible_tasks(session, caller.person)]}


@router.get("/api/tasks/dashboard")
def dashboard(
    caller: CallerDep, services: ServicesDep, body_id: str | None = Query(default=None, max_length=64)
) -> dict[str, Any]:
    """Chair and secretariat: ``{"server_time", "bodies": [{"body_id", "counts", "tasks"}]}``, overdue first."""
    with services.db.reading() as session:
        return service.dashboard(session, caller.person, body_id=body_id)


@router.get("/api/tasks/{task_id}")
def get(task_id: str, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    return _task(services, caller, task_id)


@router.patch("/api/tasks/{task_id}")
def patch(task_id: str, body: TaskPatch, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with writing(services) as session:
        service.update(session, services.settings, caller, task_id, **body.model_dump(exclude_unset=True))
    return _task(services, caller, task_id)


@router.post("/api/tasks/{task_id}/notes", status_code=201)
def add_note(task_id: str, body: NoteIn, caller: CallerDep, services: ServicesDep) -> Any:
    """A progress note (and status/progress change); the same ``client_id`` again: 200, no second effect."""
    with writing(services) as session:
        _note, applied = service.add_note(
            session,
            caller,
            task_id,
            text=body.text,
            status=body.status,
            progress=body.progress,
            client_id=body.client_id,
        )
    return JSONResponse(_task(services, caller, task_id), status_code=201 if applied else 200)


@router.post("/api/tasks/{task_id}/documents", status_code=201)
async def attach(task_id: str, request: Request, caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """A PDF from the assignee (raw body or multipart ``file``, ``title``)."""
    staged, fields = await _receive_upload(request, services)
    checked = await run_in_threadpool(services.documents.check, staged)

    def store() -> None:
        try:
            with services.db.reading() as session:  # refused before any byte travels to the store
                service.load_for_attach(session, caller.person, task_id)
            services.documents.store(staged)  # before the write transaction, never inside it (S3 may be slow)
            with writing(services) as session:
                service.attach_document(
                    session,
                    caller,
                    task_id,
                    title=fields.get("title", ""),
                    sha256=staged.sha256,
                    pages=checked.pages,
                    size=staged.size,
                    filename=staged.filename,
                )
        finally:
            staged.path.unlink(missing_ok=True)

    await run_in_threadpool(store)
    return _task(services, caller, task_id)
