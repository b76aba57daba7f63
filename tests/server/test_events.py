"""The event stream: hints with the change cursor, resumable, and closed when the session ends."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import httpx
from support import live_server

from ecabinet.server.config import Settings


def _login(client: httpx.Client, username: str) -> dict[str, str]:
    response = client.post(
        "/api/auth/login",
        json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _read_events(client: httpx.Client, headers: dict[str, str], out: list[dict[str, Any]], stop_after: int) -> None:
    with client.stream("GET", "/api/events", headers=headers, timeout=httpx.Timeout(30, read=30)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        event: dict[str, Any] = {}
        for line in response.iter_lines():
            if not line:
                if event:
                    out.append(event)
                    event = {}
                    if len(out) >= stop_after:
                        return
                continue
            field, _, value = line.partition(":")
            if field in ("event", "id", "data"):
                event[field] = value.strip()
    out.append({"event": "<closed>"})


def test_stream_announces_changes_and_closes_on_logout(demo_settings: Settings) -> None:
    with live_server(demo_settings) as url, httpx.Client(base_url=url) as client:
        minister = _login(client, "minister1")
        secretary = _login(client, "secretary")
        seen: list[dict[str, Any]] = []
        reader = threading.Thread(target=_read_events, args=(client, minister, seen, 10), daemon=True)
        reader.start()
        deadline = time.monotonic() + 10
        while not seen and time.monotonic() < deadline:
            time.sleep(0.02)
        assert seen and seen[0]["event"] == "hello"
        start_cursor = json.loads(seen[0]["data"])["cursor"]
        meetings = client.get("/api/meetings", headers=secretary).json()["meetings"]
        started = time.monotonic()
        published = next(m for m in meetings if m["state"] == "published")
        client.patch(f"/api/meetings/{published['id']}", headers=secretary, json={"location": "Room 5"})
        while not any(e.get("event") == "changes" for e in seen) and time.monotonic() - started < 5:
            time.sleep(0.01)
        change = next(e for e in seen if e.get("event") == "changes")
        assert int(change["id"]) > start_cursor
        assert time.monotonic() - started < 2, "a change reaches an open stream within a second or two"
        assert client.post("/api/auth/logout", headers=minister).status_code == 204
        reader.join(10)
        assert not reader.is_alive(), "the stream closes when the session ends"
        ended = [e for e in seen if e.get("event") == "session_ended"]
        assert ended and json.loads(ended[0]["data"])["code"] == "invalid_token"


def test_last_event_id_resumes(demo_settings: Settings) -> None:
    with live_server(demo_settings) as url, httpx.Client(base_url=url) as client:
        minister = _login(client, "minister1")
        seen: list[dict[str, Any]] = []
        # Resuming from cursor 0 means the client missed everything: it hears at once that the feed moved.
        _read_events(client, {**minister, "Last-Event-ID": "0"}, seen, 2)
    assert seen[0]["event"] == "hello"
    assert seen[1]["event"] == "changes" and int(seen[1]["id"]) > 0


def test_events_need_a_session(demo_settings: Settings) -> None:
    with live_server(demo_settings) as url, httpx.Client(base_url=url) as client:
        response = client.get("/api/events")
    assert response.status_code == 401
