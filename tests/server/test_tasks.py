"""Decision follow-up: tasks only from adopted decisions, assignees see theirs, notes and documents, the
dashboard with overdue tasks first, reminders, and every step in the audit log."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from consult_support import create_consultation
from fastapi.testclient import TestClient
from session_support import Room
from sqlalchemy import select
from support import Api, app_client, error_code, make_pdf

from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.config import Settings
from ecabinet.server.notifications.models import Notification
from ecabinet.server.notifications.reminders import run_reminders


@pytest.fixture
def client(demo_settings: Settings) -> Iterator[TestClient]:
    with app_client(demo_settings) as client:
        yield client


def _when(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


def _closed_consultation(client: TestClient) -> dict[str, Any]:
    secretary, m1 = Api(client, "secretary"), Api(client, "minister1")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}])
    closed = secretary.post(f"/api/consultations/{consultation['id']}/close")
    assert closed.status_code == 200, closed.text
    return dict(closed.json())


def _feed_tasks(api: Api) -> list[dict[str, Any]]:
    changes = api.get("/api/sync", params={"since": 0}).json()["changes"]
    return [c["data"] for c in changes if c["kind"] == "task"]


def test_only_an_adopted_decision_becomes_tasks(client: TestClient) -> None:
    room = Room(client)
    room.start("chair", "minister1", "minister2", "minister3")
    vote = room.open_vote()
    for name in ("chair", "minister1", "minister2", "minister3"):
        room.cast(name, vote["id"], "against")
    room.close(vote["id"])
    refused = room["secretary"].post(
        "/api/tasks",
        json={
            "source_kind": "vote",
            "source_id": vote["id"],
            "title": "Do it",
            "assignee_user_id": room["minister1"].user_id,
            "deadline": _when(days=7),
        },
    )
    assert refused.status_code == 422 and error_code(refused) == "not_adopted"
    adopted = room.open_vote(item=2)
    for name in ("chair", "minister1", "minister2", "minister3"):
        room.cast(name, adopted["id"], "for")
    assert room.close(adopted["id"])["results"]["outcome"] == "adopted"
    by_chair = room["chair"].post(
        "/api/tasks",
        json={
            "source_kind": "vote",
            "source_id": adopted["id"],
            "title": "Draft the circular",
            "assignee_body_id": "digital-committee",
            "deadline": _when(days=30),
        },
    )
    assert by_chair.status_code == 201, by_chair.text
    assert by_chair.json()["meeting_id"] == room.id and by_chair.json()["assignee_body_id"] == "digital-committee"
    member = room["minister2"].post(
        "/api/tasks",
        json={
            "source_kind": "vote",
            "source_id": adopted["id"],
            "title": "x",
            "assignee_user_id": room["minister2"].user_id,
            "deadline": _when(days=3),
        },
    )
    assert member.status_code == 403


def test_two_tasks_from_a_consultation_on_the_dashboard_and_in_the_assignees_apps(client: TestClient) -> None:
    consultation = _closed_consultation(client)
    secretary, chair = Api(client, "secretary"), Api(client, "chair")
    m2, m3 = Api(client, "minister2"), Api(client, "minister3")
    made = []
    for who, days in ((m2, 10), (m3, 1)):
        response = secretary.post(
            "/api/tasks",
            json={
                "source_kind": "consultation",
                "source_id": consultation["id"],
                "title": f"Implement part for {who.username}",
                "assignee_user_id": who.user_id,
                "deadline": _when(days=days),
            },
        )
        assert response.status_code == 201, response.text
        made.append(response.json())
    ours = {t["id"] for t in made}
    assert [t["id"] for t in _feed_tasks(m2) if t["id"] in ours] == [made[0]["id"]]
    assert [t["id"] for t in _feed_tasks(m3) if t["id"] in ours] == [made[1]["id"]]
    assert any(n["kind"] == "task_assigned" for n in m2.get("/api/notifications").json()["notifications"])
    # Progress: a note with a status, replayed from the outbox once more; a document attached.
    note = {"text": "Đã bắt đầu", "progress": 30, "client_id": str(uuid.uuid4())}
    first = m2.post(f"/api/tasks/{made[0]['id']}/notes", json=note)
    assert first.status_code == 201 and first.json()["status"] == "in_progress"
    assert m2.post(f"/api/tasks/{made[0]['id']}/notes", json=note).status_code == 200
    assert len(m2.get(f"/api/tasks/{made[0]['id']}").json()["notes"]) == 1
    assert (
        m3.post(f"/api/tasks/{made[0]['id']}/notes", json={"text": "x", "client_id": str(uuid.uuid4())}).status_code
        == 404
    )
    attached = m2.post(
        f"/api/tasks/{made[0]['id']}/documents",
        files={"file": ("report.pdf", make_pdf(1, "Progress report"), "application/pdf")},
        data={"title": "Progress report"},
    )
    assert attached.status_code == 201, attached.text
    assert attached.json()["documents"][0]["title"] == "Progress report"
    # The second task becomes overdue: first on the chair's dashboard.
    services = client.app.state.services  # type: ignore[attr-defined]
    from ecabinet.server.tasks.models import Task

    with services.db.writing() as session:
        session.get(Task, made[1]["id"]).deadline = datetime.now(UTC) - timedelta(hours=1)
    board = chair.get("/api/tasks/dashboard").json()
    cabinet = next(b for b in board["bodies"] if b["body_id"] == "cabinet")
    assert [t["id"] for t in cabinet["tasks"][:2]] == [made[1]["id"], made[0]["id"]]
    assert cabinet["tasks"][0]["status"] == "overdue" and cabinet["counts"]["overdue"] == 1
    assert m2.get("/api/tasks/dashboard").json()["bodies"] == []
    # Reminders: the overdue assignee and the secretariat are warned, once.
    run_reminders(services)
    run_reminders(services)
    with services.db.reading() as session:
        kinds = list(
            session.execute(select(Notification.kind).where(Notification.subject_id == made[1]["id"])).scalars()
        )
        assert kinds.count("task_overdue") == 2  # minister3 and the secretary
        actions = set(session.execute(select(AuditEntry.action).where(AuditEntry.target_kind == "task")).scalars())
    assert {"task_created", "task_progress", "task_document_attached"} <= actions
    done = m2.post(f"/api/tasks/{made[0]['id']}/notes", json={"status": "done", "client_id": str(uuid.uuid4())})
    assert done.json()["status"] == "done" and done.json()["progress"] == 100
