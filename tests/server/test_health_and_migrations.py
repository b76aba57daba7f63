"""The server starts on an empty database, migrates it, and answers health checks."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from support import app_client

from ecabinet import __version__
from ecabinet.server import models  # noqa: F401 - full metadata
from ecabinet.server.config import Settings
from ecabinet.server.db import Base, Database


def test_health_on_empty_database(fresh_settings: Settings) -> None:
    with app_client(fresh_settings) as client:
        response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__}


def test_migrations_from_empty_match_the_models(fresh_settings: Settings) -> None:
    db = Database(fresh_settings.effective_database_url)
    fresh_settings.data_dir.mkdir(parents=True, exist_ok=True)
    db.upgrade()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_upgrade_twice_is_harmless(fresh_settings: Settings) -> None:
    fresh_settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(fresh_settings.effective_database_url)
    db.upgrade()
    db.upgrade()
    db.dispose()


def test_openapi_is_served(fresh_settings: Settings) -> None:
    with app_client(fresh_settings) as client:
        schema = client.get("/api/openapi.json").json()
    assert "/api/sync" in schema["paths"]
    assert "/api/auth/login" in schema["paths"]


def test_unknown_route_uses_the_error_shape(fresh_settings: Settings) -> None:
    with app_client(fresh_settings) as client:
        response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_ids_never_look_like_command_line_options() -> None:
    from ecabinet.server.ids import new_id

    ids = [new_id() for _ in range(5000)]  # ~1 in 64 would start with "-" if nothing prevented it
    assert not [i for i in ids if i.startswith("-")]
    assert len(set(ids)) == len(ids) and all(len(i) == 22 for i in ids)
