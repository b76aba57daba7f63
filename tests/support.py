"""Helpers for API tests: signed-in httpx clients against the app, and small real PDFs."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pymupdf
from fastapi.testclient import TestClient
from keyring.backend import KeyringBackend

from ecabinet.server.app import create_app
from ecabinet.server.config import Settings


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only: tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def cheap_settings_for_bench(data_dir: Any) -> Settings:
    """Settings for benchmarks and scripts outside pytest (conftest's fixtures are not there)."""
    return Settings(
        data_dir=data_dir, argon2_time_cost=1, argon2_memory_kib=8, argon2_parallelism=1, allow_demo_data=True
    )


def minimal_installation(data_dir: Any) -> Settings:
    """A migrated installation with a cabinet body, a secretary and two ministers (password ``demo``),
    without the demo corpus: benchmarks set up their own documents."""
    from ecabinet.core.domain import GlobalRole
    from ecabinet.server.accounts.models import Body
    from ecabinet.server.accounts.service import create_user
    from ecabinet.server.services import Services

    settings = cheap_settings_for_bench(data_dir)
    services = Services.build(settings)
    services.db.upgrade()
    with services.db.writing() as session:
        session.add(Body(id="cabinet", name="Cabinet"))
        session.flush()
        for username, roles in (
            ("secretary", [(GlobalRole.SECRETARIAT, "cabinet")]),
            ("minister1", []),
            ("minister2", []),
        ):
            create_user(
                session,
                services.accounts.passwords,
                username=username,
                password="demo",
                display_name=username,
                roles=roles,
                check_quality=False,
            )
    services.db.dispose()
    return settings


def make_pdf(pages: int = 2, text: str = "Cabinet paper", *, seed: int = 0) -> bytes:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"{text} — page {n + 1} ({seed})")
    data: bytes = doc.tobytes(no_new_id=True)
    doc.close()
    return data


@contextmanager
def app_client(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


class Api:
    """A signed-in user on one device."""

    def __init__(self, client: TestClient, username: str, password: str = "demo", device_id: str | None = None):
        self.client = client
        self.username = username
        self.device_id = device_id or str(uuid.uuid4())
        response = client.post(
            "/api/auth/login",
            json={"username": username, "password": password, "device_id": self.device_id, "device_name": "test"},
        )
        assert response.status_code == 200, response.text
        self.login = response.json()
        self.token: str = self.login["token"]
        self.user_id: str = self.login["user"]["id"]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def post(self, url: str, **kw: Any) -> Any:
        return self.client.post(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def put(self, url: str, **kw: Any) -> Any:
        return self.client.put(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def patch(self, url: str, **kw: Any) -> Any:
        return self.client.patch(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def delete(self, url: str, **kw: Any) -> Any:
        return self.client.delete(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def upload(self, meeting_id: str, item_id: str, data: bytes, title: str = "Paper", **fields: str) -> Any:
        return self.post(
            f"/api/meetings/{meeting_id}/items/{item_id}/documents",
            files={"file": ("paper.pdf", data, "application/pdf")},
            data={"title": title, **fields},
        )

    def meetings(self) -> list[dict[str, Any]]:
        response = self.get("/api/meetings")
        assert response.status_code == 200, response.text
        return list(response.json()["meetings"])

    def meeting_titled(self, prefix: str) -> dict[str, Any]:
        for meeting in self.meetings():
            if meeting["title"].startswith(prefix):
                detail = self.get(f"/api/meetings/{meeting['id']}")
                assert detail.status_code == 200
                return dict(detail.json())
        raise AssertionError(f"{self.username} sees no meeting titled {prefix!r}")


def error_code(response: Any) -> str:
    return str(response.json()["error"]["code"])


@contextmanager
def live_server(settings: Settings) -> Iterator[str]:
    """The app under a real uvicorn on 127.0.0.1 (port 0) in a thread; yields its base URL."""
    import threading

    from ecabinet.server.serve import make_server

    ready: list[str] = []
    server = make_server(create_app(settings), on_ready=ready.append)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not ready:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield ready[0]
    finally:
        server.should_exit = True
        thread.join(10)


def load_script(path: Any) -> Any:
    """Import a script (a benchmark) by its file path, as the smoke tests run it."""
    import importlib.util
    from pathlib import Path

    path = Path(path)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
