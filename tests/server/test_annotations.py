"""Shared annotations: written by their author, read by the document's readers, withdrawn for good."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from support import Api, app_client, error_code, live_server

from ecabinet.core.annotations import Annotation, InkGeometry, RectsGeometry
from ecabinet.server.annotations import service
from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.config import Settings
from ecabinet.server.db import Database

CABINET = "Regular Cabinet Session"
COMMITTEE = "Committee on Digital Government"


def documents(meeting: dict[str, Any], *, restricted: bool) -> list[dict[str, Any]]:
    return [d for item in meeting["agenda"] for d in item["documents"] if d["restricted"] is restricted]


def shared_highlight(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    annotation = Annotation.new(
        document_id=document["id"],
        sha256=document["versions"][-1]["sha256"],
        page=0,
        kind="highlight",
        color="#FFD400",
        geometry=RectsGeometry(((72.0, 60.0, 300.0, 76.0),)),
        text="Check the figures",
        shared=True,
    )
    return {**annotation.to_json(), **changes}


def put(api: Api, body: dict[str, Any]) -> Any:
    return api.put(f"/api/annotations/{body['id']}", json=body)


def entries(api: Api, since: int) -> tuple[int, list[dict[str, Any]]]:
    response = api.get(f"/api/sync?since={since}")
    assert response.status_code == 200, response.text
    return response.json()["cursor"], response.json()["changes"]


def annotation_entries(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in changes if c["kind"] == "annotation"]


def listed(api: Api, document_id: str) -> list[dict[str, Any]]:
    response = api.get(f"/api/documents/{document_id}/annotations")
    assert response.status_code == 200, response.text
    return list(response.json()["annotations"])


def test_a_shared_annotation_reaches_the_other_readers(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author, reader = Api(client, "minister1"), Api(client, "minister2")
        cursor, _ = entries(reader, 0)
        meeting = author.meeting_titled(CABINET)
        document = documents(meeting, restricted=False)[0]
        body = shared_highlight(document)
        response = put(author, body)
        assert response.status_code == 200, response.text
        stored = response.json()
        assert stored["revision"] == 1
        assert stored["author"] == {"id": author.user_id, "display_name": author.login["user"]["display_name"]}
        assert stored["meeting_id"] == meeting["id"]
        assert {k: stored[k] for k in body} == body
        _, changes = entries(reader, cursor)
        assert annotation_entries(changes) == [
            {"seq": changes[-1]["seq"], "kind": "annotation", "id": body["id"], "op": "upsert", "data": stored}
        ]
        assert listed(reader, document["id"]) == [stored]
        _, picture = entries(reader, 0)
        assert [c["data"] for c in annotation_entries(picture)] == [stored]


def test_revisions_increase_and_a_replay_changes_nothing(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author, reader = Api(client, "minister1"), Api(client, "minister2")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        body = shared_highlight(document)
        assert put(author, body).json()["revision"] == 1
        cursor, _ = entries(reader, 0)
        edited = {**body, "color": "#00A0E0", "text": "Figures fixed", "updated_at": "2030-01-01T00:00:00.000000Z"}
        second = put(author, edited)
        assert second.status_code == 200, second.text
        assert second.json()["revision"] == 2
        assert second.json()["color"] == "#00A0E0"
        # The outbox sends again after a lost answer: same content, no new revision, nothing in the feed.
        cursor, changes = entries(reader, cursor)
        assert [c["data"]["revision"] for c in annotation_entries(changes)] == [2]
        again = put(author, edited)
        assert again.status_code == 200 and again.json()["revision"] == 2
        assert entries(reader, cursor)[1] == []
        # An older edit arriving late still wins: the last writer wins, with a new revision.
        third = put(author, body)
        assert third.json()["revision"] == 3 and third.json()["color"] == "#FFD400"
        assert [a["revision"] for a in listed(reader, document["id"])] == [3]


def test_only_the_author_replaces_or_withdraws(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author, other = Api(client, "minister1"), Api(client, "minister2")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        body = shared_highlight(document)
        assert put(author, body).status_code == 200
        replaced = put(other, {**body, "text": "Mine now"})
        assert replaced.status_code == 403 and error_code(replaced) == "not_allowed"
        withdrawn = other.delete(f"/api/annotations/{body['id']}")
        assert withdrawn.status_code == 403 and error_code(withdrawn) == "not_allowed"
        assert [a["text"] for a in listed(other, document["id"])] == ["Check the figures"]


def test_someone_outside_the_meeting_gets_404(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        member, outsider = Api(client, "minister1"), Api(client, "minister6")
        document = documents(member.meeting_titled(COMMITTEE), restricted=False)[0]
        cursor_before = entries(outsider, 0)[0]
        body = shared_highlight(document)
        assert put(member, body).status_code == 200
        answers = [
            put(outsider, shared_highlight(document)),
            put(outsider, {**body, "text": "overwrite"}),
            outsider.delete(f"/api/annotations/{body['id']}"),
            outsider.get(f"/api/documents/{document['id']}/annotations"),
            outsider.get(f"/api/documents/{uuid.uuid4().hex}/annotations"),
            outsider.delete(f"/api/annotations/{uuid.uuid4()}"),
        ]
        assert [(r.status_code, error_code(r)) for r in answers] == [(404, "not_found")] * len(answers)
        assert annotation_entries(entries(outsider, 0)[1]) == []
        assert annotation_entries(entries(outsider, cursor_before)[1]) == []


def test_a_restricted_documents_annotations_stay_with_its_readers(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author, reader, outsider = Api(client, "minister1"), Api(client, "minister2"), Api(client, "minister6")
        document = documents(author.meeting_titled(CABINET), restricted=True)[0]
        cursors = {a.username: entries(a, 0)[0] for a in (reader, outsider)}
        body, withdrawn = shared_highlight(document), shared_highlight(document)
        assert put(author, body).status_code == 200
        assert put(author, withdrawn).status_code == 200
        assert author.delete(f"/api/annotations/{withdrawn['id']}").status_code == 204
        # The reader sees one annotation come and another come and go; the outsider hears nothing at all.
        reader_changes = annotation_entries(entries(reader, cursors["minister2"])[1])
        assert (reader_changes[0]["id"], reader_changes[0]["op"]) == (body["id"], "upsert")
        assert {c["op"] for c in reader_changes} == {"upsert", "remove"}
        assert annotation_entries(entries(outsider, cursors["minister6"])[1]) == []
        assert annotation_entries(entries(outsider, 0)[1]) == []
        forbidden = outsider.get(f"/api/documents/{document['id']}/annotations")
        assert forbidden.status_code == 403 and error_code(forbidden) == "forbidden_document"
        written = put(outsider, shared_highlight(document))
        assert written.status_code == 403 and error_code(written) == "forbidden_document"
        assert [a["id"] for a in listed(reader, document["id"])] == [body["id"]]


def test_a_withdrawal_wins_and_reaches_the_others(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author, reader = Api(client, "minister1"), Api(client, "minister2")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        body = shared_highlight(document)
        assert put(author, body).status_code == 200
        cursor, _ = entries(reader, 0)
        assert author.delete(f"/api/annotations/{body['id']}").status_code == 204
        _, changes = entries(reader, cursor)
        assert annotation_entries(changes) == [
            {"seq": changes[-1]["seq"], "kind": "annotation", "id": body["id"], "op": "remove", "data": None}
        ]
        cursor, _ = entries(reader, 0)
        # Again: still 204, and no second announcement.
        assert author.delete(f"/api/annotations/{body['id']}").status_code == 204
        assert entries(reader, cursor)[1] == []
        # An edit made offline before the withdrawal arrives later: the withdrawal wins.
        late = put(author, {**body, "text": "edited offline"})
        assert late.status_code == 409 and error_code(late) == "annotation_deleted"
        assert listed(reader, document["id"]) == []
        assert entries(reader, cursor)[1] == []
        assert annotation_entries(entries(reader, 0)[1]) == []


def test_private_annotations_are_refused(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author = Api(client, "minister1")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        response = put(author, shared_highlight(document, shared=False))
        assert response.status_code == 422 and error_code(response) == "annotation_not_shared"
        assert listed(author, document["id"]) == []


def test_malformed_annotations_are_refused(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author = Api(client, "minister1")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        ink = InkGeometry(strokes=(((1.0, 2.0, 0.5),),), width=1.0).to_json()
        other_doc = documents(author.meeting_titled(CABINET), restricted=False)[1]
        body = shared_highlight(document)
        bad = {
            "ink geometry on a highlight": shared_highlight(document, geometry=ink),
            "no rectangles": shared_highlight(document, geometry={"rects": []}),
            "another document's version": shared_highlight(document, sha256=other_doc["versions"][-1]["sha256"]),
            "a page past the end": shared_highlight(document, page=document["versions"][-1]["pages"]),
            "unknown key": shared_highlight(document, owner="me"),
        }
        for what, payload in bad.items():
            response = put(author, payload)
            assert (response.status_code, error_code(response)) == (422, "invalid_request"), what
        # Python's json reads Infinity; the annotation rules must still refuse it.
        infinite = shared_highlight(document, geometry={"rects": [[0, 0, "INF", 1]]})
        raw = json.dumps(infinite).replace('"INF"', "Infinity")
        not_finite = author.put(f"/api/annotations/{infinite['id']}", content=raw)
        assert not_finite.status_code == 422 and error_code(not_finite) == "invalid_request"
        assert not_finite.json()["error"]["details"] == {"field": "geometry.rects[0][2]"}
        mismatch = author.put(f"/api/annotations/{uuid.uuid4()}", json=body)
        assert mismatch.status_code == 422 and error_code(mismatch) == "invalid_request"
        not_json = author.put(f"/api/annotations/{body['id']}", content=b"{nope")
        assert not_json.status_code == 422 and error_code(not_json) == "invalid_request"
        field = put(author, shared_highlight(document, geometry=ink)).json()["error"]["details"]["field"]
        assert field.startswith("geometry")
        # Without the id in the body, the address names it.
        no_id = {k: v for k, v in body.items() if k != "id"}
        assert author.put(f"/api/annotations/{body['id']}", json=no_id).json()["id"] == body["id"]
        assert [a["id"] for a in listed(author, document["id"])] == [body["id"]]


def test_limits(demo_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    with app_client(demo_settings) as client:
        author = Api(client, "minister1")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        huge = shared_highlight(document, text="x" * (service.MAX_BODY_BYTES + 1))
        response = put(author, huge)
        assert response.status_code == 413 and error_code(response) == "annotation_too_large"
        monkeypatch.setattr(service, "MAX_PER_AUTHOR_AND_DOCUMENT", 2)
        first, second = shared_highlight(document), shared_highlight(document)
        assert put(author, first).status_code == 200
        assert put(author, second).status_code == 200
        third = put(author, shared_highlight(document))
        assert third.status_code == 409 and error_code(third) == "too_many_annotations"
        # Editing one still works at the cap, and withdrawing one makes room.
        assert put(author, {**first, "text": "edited"}).status_code == 200
        assert author.delete(f"/api/annotations/{first['id']}").status_code == 204
        assert put(author, shared_highlight(document)).status_code == 200


def test_losing_sight_of_the_document_removes_its_annotations(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec, author = Api(client, "secretary"), Api(client, "minister1")
        reader, leaver = Api(client, "minister2"), Api(client, "minister3")
        meeting = author.meeting_titled(CABINET)
        document = documents(meeting, restricted=False)[0]
        body = shared_highlight(document)
        assert put(author, body).status_code == 200
        cursors = {a.username: entries(a, 0)[0] for a in (reader, leaver)}
        restrict = {"restricted": True, "user_ids": [author.user_id, leaver.user_id]}
        assert sec.put(f"/api/documents/{document['id']}/access", json=restrict).status_code == 200
        cursor, changes = entries(reader, cursors["minister2"])
        assert [(c["id"], c["op"]) for c in annotation_entries(changes)] == [(body["id"], "remove")]
        assert annotation_entries(entries(leaver, cursors["minister3"])[1])[0]["op"] == "upsert"
        # Named again: it comes back.
        assert sec.put(f"/api/documents/{document['id']}/access", json={"restricted": False}).status_code == 200
        _, changes = entries(reader, cursor)
        assert [(c["id"], c["op"]) for c in annotation_entries(changes)] == [(body["id"], "upsert")]
        # Removed from the meeting: gone too.
        cursor, _ = entries(leaver, 0)
        assert sec.delete(f"/api/meetings/{meeting['id']}/participants/{leaver.user_id}").status_code == 204
        _, changes = entries(leaver, cursor)
        assert [(c["id"], c["op"]) for c in annotation_entries(changes)] == [(body["id"], "remove")]


def test_every_change_is_audited(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        author = Api(client, "minister1")
        document = documents(author.meeting_titled(CABINET), restricted=False)[0]
        body = shared_highlight(document)
        put(author, body)
        put(author, {**body, "text": "second thoughts"})
        author.delete(f"/api/annotations/{body['id']}")
    db = Database(demo_settings.effective_database_url)
    with db.reading() as session:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.target_id == body["id"]).order_by(AuditEntry.id)
        ).scalars()
        seen = [(r.action, r.user_id, r.device_id, json.loads(r.details)["revision"]) for r in rows]
    db.dispose()
    assert seen == [
        ("annotation_shared", author.user_id, author.device_id, 1),
        ("annotation_updated", author.user_id, author.device_id, 2),
        ("annotation_withdrawn", author.user_id, author.device_id, 3),
    ]


def test_the_event_stream_hints_at_a_new_annotation(demo_settings: Settings) -> None:
    with live_server(demo_settings) as url, httpx.Client(base_url=url) as client:
        headers = {}
        for username in ("minister1", "minister2"):
            login = client.post(
                "/api/auth/login",
                json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
            )
            headers[username] = {"Authorization": f"Bearer {login.json()['token']}"}
        events: list[str] = []

        def listen() -> None:
            with client.stream("GET", "/api/events", headers=headers["minister2"], timeout=30) as response:
                for line in response.iter_lines():
                    if line.startswith("event:"):
                        events.append(line.partition(":")[2].strip())
                    if events.count("changes"):
                        return

        listener = threading.Thread(target=listen, daemon=True)
        listener.start()
        deadline = time.monotonic() + 10
        while "hello" not in events and time.monotonic() < deadline:
            time.sleep(0.02)
        meetings = client.get("/api/meetings", headers=headers["minister1"]).json()["meetings"]
        cabinet = next(m for m in meetings if m["title"].startswith(CABINET))
        meeting = client.get(f"/api/meetings/{cabinet['id']}", headers=headers["minister1"]).json()
        body = shared_highlight(documents(meeting, restricted=False)[0])
        response = client.put(f"/api/annotations/{body['id']}", json=body, headers=headers["minister1"])
        assert response.status_code == 200, response.text
        listener.join(10)
        assert events[:2] == ["hello", "changes"]
