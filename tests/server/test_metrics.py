"""``/metrics`` (Prometheus text), ``/api/ready`` and the JSON log format."""

from __future__ import annotations

import json
import logging
import re
import time
import uuid

import httpx
from session_support import Room
from support import app_client, live_server

from ecabinet.server.config import Settings
from ecabinet.server.serve import JsonFormatter, json_log_config


def _value(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        metric, _, value = line.rpartition(" ")
        if metric.split("{")[0] != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', metric))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    return 0.0


def test_metrics_count_latency_sync_and_ballots(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "chair", "minister1", "minister2", "secretary")
        room.start("minister1", "minister2")
        vote = room.open_vote()
        assert room.cast("minister1", vote["id"], "for").status_code == 201
        assert room.cast("minister2", vote["id"], "nonsense").status_code >= 400
        first = room["minister1"].get("/api/sync?since=0")
        etag = first.headers["etag"]
        assert room["minister1"].get("/api/sync?since=0", headers={"If-None-Match": etag}).status_code == 304
        text = client.get("/metrics").text
    assert "# TYPE ecabinet_request_duration_seconds histogram" in text
    assert _value(text, "ecabinet_ballots_total", outcome="accepted") == 1
    assert _value(text, "ecabinet_ballots_total", outcome="refused") == 1
    assert _value(text, "ecabinet_sync_requests_total", outcome="ok") >= 1
    assert _value(text, "ecabinet_sync_requests_total", outcome="not_modified") == 1
    count = _value(text, "ecabinet_request_duration_seconds_count", method="POST", route="/api/votes/{vote_id}/ballots")
    assert count == 2
    inf = _value(
        text, "ecabinet_request_duration_seconds_bucket", method="POST", route="/api/votes/{vote_id}/ballots", le="+Inf"
    )
    assert inf == 2
    # Route templates only: no id ever appears in a label.
    assert vote["id"] not in text


def test_open_event_streams_are_counted(demo_settings: Settings) -> None:
    with live_server(demo_settings) as url, httpx.Client(base_url=url, timeout=30) as http:
        login = http.post(
            "/api/auth/login",
            json={"username": "minister1", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
        )
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        with http.stream("GET", "/api/events", headers=headers) as response:
            lines = response.iter_lines()
            while not next(lines).startswith("event: hello"):
                pass
            assert _value(httpx.get(f"{url}/metrics", timeout=10).text, "ecabinet_event_streams_open") == 1
        deadline = time.monotonic() + 10
        while _value(httpx.get(f"{url}/metrics", timeout=10).text, "ecabinet_event_streams_open") != 0:
            assert time.monotonic() < deadline, "a closed stream still counts"
            time.sleep(0.2)


def test_ready_checks_database_and_storage(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        ready = client.get("/api/ready")
        assert ready.status_code == 200
        assert ready.json() == {"status": "ready", "checks": {"database": "ok", "storage": "ok"}}
        if demo_settings.storage_url:
            return  # object storage: its outage is tested in test_storage_s3
        moved = demo_settings.storage_dir.with_name("moved-away")
        demo_settings.storage_dir.rename(moved)
        try:
            down = client.get("/api/ready")
            assert down.status_code == 503
            assert down.json()["error"]["code"] == "not_ready"
            assert down.json()["error"]["checks"]["storage"].startswith("unavailable")
            assert client.get("/api/health").status_code == 200  # the process itself is fine
        finally:
            moved.rename(demo_settings.storage_dir)
        assert client.get("/api/ready").status_code == 200


def test_json_logs_are_one_object_per_line() -> None:
    formatter = JsonFormatter()
    access = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/sync?since=3", "1.1", 304),
        None,
    )
    entry = json.loads(formatter.format(access))
    assert entry["method"] == "GET" and entry["status"] == 304 and entry["path"] == "/api/sync?since=3"
    assert entry["level"] == "info" and entry["time"].endswith("Z")
    plain = logging.LogRecord("ecabinet.events", logging.WARNING, __file__, 1, "lost %s", ("PostgreSQL",), None)
    assert json.loads(formatter.format(plain))["message"] == "lost PostgreSQL"
    config = json_log_config("info")
    assert config["loggers"]["uvicorn.access"]["handlers"] == ["default"]
    assert config["formatters"]["json"]["()"] is JsonFormatter
