"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from ecabinet import __version__
from ecabinet.server import errors, metrics
from ecabinet.server.accounts.models import ServerMeta
from ecabinet.server.accounts.routes import router as accounts_router
from ecabinet.server.annotations.routes import router as annotations_router
from ecabinet.server.config import Settings
from ecabinet.server.consultations.routes import router as consultations_router
from ecabinet.server.documents.routes import router as documents_router
from ecabinet.server.events.hub import EventHub
from ecabinet.server.events.routes import router as events_router
from ecabinet.server.meetings.routes import router as meetings_router
from ecabinet.server.minutes.routes import router as minutes_router
from ecabinet.server.notifications.routes import router as notifications_router
from ecabinet.server.services import Services
from ecabinet.server.session.routes import router as session_router
from ecabinet.server.sync.routes import router as sync_router
from ecabinet.server.tasks.routes import router as tasks_router

DEMO_MARK = "demo"


class DemoDataRefused(RuntimeError):
    """A demo database (well-known passwords) must never be served by a real server."""


def is_demo_database(services: Services) -> bool:
    with services.db.reading() as session:
        return session.get(ServerMeta, DEMO_MARK) is not None


def prepare(settings: Settings) -> Services:
    """Open the database, migrate it to the newest schema and refuse demo data unless allowed."""
    services = Services.build(settings)
    services.db.upgrade()
    if is_demo_database(services) and not settings.allow_demo_data:
        services.db.dispose()
        raise DemoDataRefused(
            f"{settings.data_dir} holds demo data with published passwords; "
            "serve it with 'ecabinet demo --headless --data-dir ...' or choose another data folder."
        )
    return services


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or Settings()
    ready = services or prepare(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ready.db.dispose()

    app = FastAPI(
        title="eCabinet",
        version=__version__,
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = ready
    app.state.event_hub = EventHub(ready)
    errors.install(app)
    metrics.install(app, ready)  # /metrics, /api/ready and request timing

    @app.get("/api/health", tags=["health"])
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__}

    @app.get("/api/client-version", tags=["health"])
    def client_version() -> dict[str, Any]:
        """What an app needs before sign-in: the server's name and the newest app version it expects."""
        return {
            "server_name": settings.server_name or None,
            "newest_version": settings.client_newest_version,
            "download_url": settings.client_download_url,
        }

    for router in (
        accounts_router,
        minutes_router,  # before meetings: its GET /api/meetings/{id} adds "minutes" to the detail
        meetings_router,
        documents_router,
        annotations_router,
        sync_router,
        events_router,
        session_router,
        consultations_router,
        notifications_router,
        tasks_router,
    ):
        app.include_router(router)
    return app
