"""Who sees which meetings and documents, and the secretariat's write API."""

from __future__ import annotations

import uuid

from support import Api, app_client, error_code, make_pdf

from ecabinet.server.config import Settings

CABINET = "Regular Cabinet Session"
COMMITTEE = "Committee on Digital Government"
DRAFT = "Extraordinary Cabinet Session"
CLOSED = "Monthly Cabinet Session"  # the closed earlier session with signed minutes


def titles(api: Api) -> set[str]:
    return {m["title"].split(" —")[0] for m in api.meetings()}


def test_each_person_sees_only_their_meetings(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        seen = {
            u: titles(Api(client, u)) for u in ("secretary", "chair", "minister1", "minister6", "observer", "admin")
        }
    assert seen["secretary"] == {CABINET, COMMITTEE, DRAFT, CLOSED}
    assert seen["chair"] == {CABINET, CLOSED}
    assert seen["minister1"] == {CABINET, COMMITTEE, CLOSED}
    assert seen["minister6"] == {CABINET, CLOSED}
    assert seen["observer"] - {CLOSED} == {CABINET, COMMITTEE}
    assert seen["admin"] == set()


def test_meeting_detail_follows_the_contract(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        meeting = Api(client, "minister1").meeting_titled(CABINET)
    assert {"id", "title", "starts_at", "location", "state", "agenda"} <= set(meeting)
    assert meeting["state"] == "published"
    assert len(meeting["agenda"]) == 8
    assert [i["number"] for i in meeting["agenda"]] == [str(n) for n in range(1, 9)]
    for item in meeting["agenda"]:
        assert {"id", "number", "title", "presenter", "documents"} <= set(item)
        for doc in item["documents"]:
            assert {"id", "title", "restricted", "versions"} <= set(doc)
            for version in doc["versions"]:
                assert {"sha256", "pages", "size", "created_at"} <= set(version)
    pages = [v["pages"] for i in meeting["agenda"] for d in i["documents"] for v in d["versions"]]
    assert max(pages) >= 300


def test_restricted_document_is_hidden_and_forbidden(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        insider = Api(client, "minister1").meeting_titled(CABINET)
        outsider_api = Api(client, "minister6")
        outsider = outsider_api.meeting_titled(CABINET)
        restricted = [d for i in insider["agenda"] for d in i["documents"] if d["restricted"]]
        assert restricted, "the demo has a restricted document"
        doc = restricted[0]
        assert doc["id"] not in {d["id"] for i in outsider["agenda"] for d in i["documents"]}
        sha = doc["versions"][-1]["sha256"]
        response = outsider_api.get(f"/api/documents/{doc['id']}/versions/{sha}/content")
    assert response.status_code == 403
    assert error_code(response) == "forbidden_document"


def test_meeting_not_invited_to_is_404_not_403(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        committee = Api(client, "minister1").meeting_titled(COMMITTEE)
        outsider = Api(client, "minister6")
        item = committee["agenda"][0]
        doc = item["documents"][0]
        sha = doc["versions"][-1]["sha256"]
        responses = [
            outsider.get(f"/api/meetings/{committee['id']}"),
            outsider.get(f"/api/documents/{doc['id']}/versions/{sha}/content"),
            outsider.put(
                f"/api/meetings/{committee['id']}/items/{item['id']}/position",
                json={"position": "no_objection", "comment": "", "client_id": str(uuid.uuid4())},
            ),
            outsider.get(f"/api/meetings/{uuid.uuid4().hex}"),
        ]
    assert [r.status_code for r in responses] == [404, 404, 404, 404]
    assert {error_code(r) for r in responses} == {"not_found"}


def test_draft_is_visible_to_the_secretariat_only(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        draft = Api(client, "secretary").meeting_titled(DRAFT)
        assert draft["state"] == "draft"
        for user in ("chair", "minister1", "observer"):
            assert Api(client, user).get(f"/api/meetings/{draft['id']}").status_code == 404


def test_secretariat_builds_and_publishes_a_meeting(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        minister = Api(client, "minister2")
        created = sec.post(
            "/api/meetings",
            json={
                "body_id": "cabinet",
                "title": "Special session",
                "starts_at": "2027-02-01T09:00:00+07:00",
                "location": "Room 2",
            },
        )
        assert created.status_code == 201, created.text
        meeting = created.json()
        assert meeting["state"] == "draft"
        assert meeting["starts_at"] == "2027-02-01T02:00:00Z"
        mid = meeting["id"]
        a = sec.post(f"/api/meetings/{mid}/items", json={"title": "First", "presenter": "X", "duration_minutes": 5})
        b = sec.post(f"/api/meetings/{mid}/items", json={"title": "Second"})
        c = sec.post(f"/api/meetings/{mid}/items", json={"title": "Before all", "position": 1})
        assert c.json()["number"] == "1"
        order = [b.json()["id"], a.json()["id"], c.json()["id"]]
        reordered = sec.put(f"/api/meetings/{mid}/items/order", json={"item_ids": order})
        assert [i["title"] for i in reordered.json()["agenda"]] == ["Second", "First", "Before all"]
        assert sec.upload(mid, a.json()["id"], make_pdf(3), title="Memo").status_code == 201
        assert (
            sec.put(
                f"/api/meetings/{mid}/participants", json={"user_id": minister.user_id, "role": "member"}
            ).status_code
            == 200
        )
        assert minister.get(f"/api/meetings/{mid}").status_code == 404  # still a draft
        assert sec.post(f"/api/meetings/{mid}/publish").json()["state"] == "published"
        seen = minister.get(f"/api/meetings/{mid}").json()
        assert [i["title"] for i in seen["agenda"]] == ["Second", "First", "Before all"]
        assert seen["agenda"][1]["documents"][0]["versions"][0]["pages"] == 3
        # A member cannot edit; an edit on a published meeting marks new items as late.
        assert error_code(minister.post(f"/api/meetings/{mid}/items", json={"title": "Mine"})) == "not_allowed"
        late = sec.post(f"/api/meetings/{mid}/items", json={"title": "Late one"}).json()
        assert late["late"] is True
        assert error_code(sec.post(f"/api/meetings/{mid}/publish")) == "invalid_state"


def test_only_the_bodys_secretariat_creates_meetings(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        body = {"body_id": "cabinet", "title": "X", "starts_at": "2027-01-01T09:00:00Z"}
        for user in ("chair", "minister1", "admin"):
            response = Api(client, user).post("/api/meetings", json=body)
            assert response.status_code == 403
            assert error_code(response) == "not_allowed"
        naive = Api(client, "secretary").post("/api/meetings", json={**body, "body_id": "unknown"})
        assert naive.status_code == 403


def test_positions_are_idempotent_by_client_id(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        minister = Api(client, "minister1")
        meeting = minister.meeting_titled(CABINET)
        item = meeting["agenda"][1]
        url = f"/api/meetings/{meeting['id']}/items/{item['id']}/position"
        first_id, second_id = str(uuid.uuid4()), str(uuid.uuid4())
        first = minister.put(url, json={"position": "objects", "comment": "Too high", "client_id": first_id})
        assert first.status_code == 200 and first.json()["applied"] is True
        second = minister.put(url, json={"position": "no_objection", "comment": "", "client_id": second_id})
        assert second.json()["position"] == "no_objection"
        # The first statement arrives again (an outbox retry): nothing changes.
        again = minister.put(url, json={"position": "objects", "comment": "Too high", "client_id": first_id})
        assert again.status_code == 200
        assert again.json()["applied"] is False
        assert again.json()["position"] == "no_objection"
        no_reason = minister.put(url, json={"position": "objects", "comment": " ", "client_id": str(uuid.uuid4())})
        assert error_code(no_reason) == "comment_required"
        observer = Api(client, "observer").put(
            url, json={"position": "no_objection", "comment": "", "client_id": str(uuid.uuid4())}
        )
        assert observer.status_code == 403


def test_positions_close_when_the_item_is_opened(demo_settings: Settings) -> None:
    from sqlalchemy import update

    from ecabinet.server.db import Database, utcnow
    from ecabinet.server.meetings.models import AgendaItem

    with app_client(demo_settings) as client:
        minister = Api(client, "minister1")
        meeting = minister.meeting_titled(CABINET)
        item = meeting["agenda"][2]
        db = Database(demo_settings.effective_database_url)
        with db.writing() as session:  # the chair's "open item" arrives with the live-session work
            session.execute(update(AgendaItem).where(AgendaItem.id == item["id"]).values(opened_at=utcnow()))
        db.dispose()
        response = minister.put(
            f"/api/meetings/{meeting['id']}/items/{item['id']}/position",
            json={"position": "no_objection", "comment": "", "client_id": str(uuid.uuid4())},
        )
    assert response.status_code == 409
    assert error_code(response) == "item_closed"
