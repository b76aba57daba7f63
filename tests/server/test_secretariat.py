"""The secretariat's API (issue 13): no lost updates, copies, sub-items, the trash, delivery status and
the meeting's audit view."""

from __future__ import annotations

from typing import Any

from support import Api, app_client, error_code, make_pdf

from ecabinet.server.config import Settings

CABINET = "Regular Cabinet Session"


def users(sec: Api) -> dict[str, str]:
    return {u["username"]: u["id"] for u in sec.get("/api/users").json()["users"]}


def new_meeting(sec: Api, title: str = "Special session", **extra: Any) -> dict[str, Any]:
    response = sec.post(
        "/api/meetings",
        json={"body_id": "cabinet", "title": title, "starts_at": "2027-02-01T09:00:00Z", **extra},
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def add(sec: Api, meeting_id: str, title: str, **extra: Any) -> dict[str, Any]:
    response = sec.post(f"/api/meetings/{meeting_id}/items", json={"title": title, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


def agenda(sec: Api, meeting_id: str) -> list[tuple[str, str]]:
    return [(i["number"], i["title"]) for i in sec.get(f"/api/meetings/{meeting_id}").json()["agenda"]]


def test_two_secretaries_cannot_overwrite_each_other(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        first = Api(client, "secretary")
        second = Api(client, "secretary")  # a colleague on another device
        meeting = new_meeting(first)
        mid = meeting["id"]
        item = add(first, mid, "Budget")
        assert item["version"] == 1
        # Both loaded version 1; the first saves, the second's save is refused with the current item.
        ok = first.patch(
            f"/api/meetings/{mid}/items/{item['id']}", json={"title": "Budget 2027"}, headers={"If-Match": '"1"'}
        )
        assert ok.status_code == 200, ok.text
        assert ok.json()["version"] == 2
        lost = second.patch(
            f"/api/meetings/{mid}/items/{item['id']}", json={"title": "Budget (rev)", "expected_version": 1}
        )
        assert lost.status_code == 409
        assert error_code(lost) == "version_conflict"
        body = lost.json()["error"]
        assert "Reload" in body["message"]
        assert body["details"]["current"]["title"] == "Budget 2027"
        assert body["details"]["version"] == 2
        assert agenda(first, mid) == [("1", "Budget 2027")]
        # The meeting itself, and the agenda's order, are guarded by the meeting's version.
        version = first.get(f"/api/meetings/{mid}").json()["version"]
        b = add(second, mid, "Second")
        stale_order = first.put(
            f"/api/meetings/{mid}/items/order", json={"item_ids": [b["id"], item["id"]], "expected_version": version}
        )
        assert stale_order.status_code == 409 and error_code(stale_order) == "version_conflict"
        assert [i["title"] for i in stale_order.json()["error"]["details"]["current"]["agenda"]] == [
            "Budget 2027",
            "Second",
        ]
        stale_patch = first.patch(
            f"/api/meetings/{mid}", json={"location": "Room 9"}, headers={"If-Match": f'"{version}"'}
        )
        assert error_code(stale_patch) == "version_conflict"
        stale_delete = first.delete(f"/api/meetings/{mid}/items/{item['id']}", headers={"If-Match": '"1"'})
        assert error_code(stale_delete) == "version_conflict"
        assert (
            first.patch(
                f"/api/meetings/{mid}", json={"location": "Room 9"}, headers={"If-Match": "nonsense"}
            ).status_code
            == 422
        )
        # Without a precondition writes work as before (the original contract).
        assert first.patch(f"/api/meetings/{mid}", json={"location": "Room 9"}).status_code == 200
        assert (
            first.put(f"/api/meetings/{mid}/items/order", json={"item_ids": [b["id"], item["id"]]}).status_code == 200
        )


def test_sub_items_are_numbered_and_renumbered(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        mid = new_meeting(sec)["id"]
        one = add(sec, mid, "Opening", duration_minutes=5)
        two = add(sec, mid, "Laws", duration_minutes=10)
        three = add(sec, mid, "Other", duration_minutes=15)
        a = add(sec, mid, "Law A", parent_id=two["id"], duration_minutes=20)
        assert a["number"] == "2.1" and a["parent_id"] == two["id"]
        add(sec, mid, "Law B", parent_id=two["id"], duration_minutes=25)
        add(sec, mid, "Law 0", parent_id=two["id"], position=1)
        assert agenda(sec, mid) == [
            ("1", "Opening"),
            ("2", "Laws"),
            ("2.1", "Law 0"),
            ("2.2", "Law A"),
            ("2.3", "Law B"),
            ("3", "Other"),
        ]
        detail = sec.get(f"/api/meetings/{mid}").json()
        assert detail["planned_minutes"] == 5 + 10 + 15 + 20 + 25 + 10
        assert detail["duration_minutes"] == 120
        # Sub-items cannot nest, and an item with sub-items cannot become one.
        nested = sec.post(f"/api/meetings/{mid}/items", json={"title": "x", "parent_id": a["id"]})
        assert error_code(nested) == "invalid_parent"
        assert (
            error_code(sec.patch(f"/api/meetings/{mid}/items/{two['id']}", json={"parent_id": one["id"]}))
            == "invalid_parent"
        )
        # Reordering the top level carries the sub-items along; deleting renumbers.
        order = [three["id"], two["id"], *[i["id"] for i in detail["agenda"] if i["parent_id"]], one["id"]]
        assert sec.put(f"/api/meetings/{mid}/items/order", json={"item_ids": order}).status_code == 200
        assert agenda(sec, mid)[:3] == [("1", "Other"), ("2", "Laws"), ("2.1", "Law 0")]
        assert sec.delete(f"/api/meetings/{mid}/items/{a['id']}").status_code == 204
        assert agenda(sec, mid) == [("1", "Other"), ("2", "Laws"), ("2.1", "Law 0"), ("2.2", "Law B"), ("3", "Opening")]
        # Moving a sub-item to the top level.
        moved = sec.patch(f"/api/meetings/{mid}/items/{detail['agenda'][2]['id']}", json={"parent_id": None})
        assert moved.json()["number"] == "4" and moved.json()["parent_id"] is None
        # The change feed numbers them the same way.
        feed = sec.get("/api/sync?since=0").json()["changes"]
        numbers = {
            c["data"]["title"]: c["data"]["number"]
            for c in feed
            if c["kind"] == "agenda_item" and c["data"]["meeting_id"] == mid
        }
        assert numbers == {"Other": "1", "Laws": "2", "Law B": "2.1", "Opening": "3", "Law 0": "4"}


def test_copy_a_meeting_with_its_agenda_participants_and_documents(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        source = sec.meeting_titled(CABINET)
        first_item = source["agenda"][0]
        add(sec, source["id"], "A sub-item", parent_id=first_item["id"], presenter="Ms Lan", duration_minutes=7)
        source = sec.get(f"/api/meetings/{source['id']}").json()
        bare = sec.post(
            f"/api/meetings/{source['id']}/copy", json={"title": "Next week", "starts_at": "2027-05-01T02:00:00Z"}
        )
        assert bare.status_code == 201, bare.text
        copy = bare.json()
        assert copy["state"] == "draft" and copy["id"] != source["id"] and copy["title"] == "Next week"
        assert copy["starts_at"] == "2027-05-01T02:00:00Z"
        shape = [(i["number"], i["title"], i["presenter"], i["duration_minutes"]) for i in source["agenda"]]
        assert [(i["number"], i["title"], i["presenter"], i["duration_minutes"]) for i in copy["agenda"]] == shape
        assert not any(i["late"] for i in copy["agenda"])
        assert all(i["documents"] == [] for i in copy["agenda"])
        assert {(p["user_id"], p["role"]) for p in copy["participants"]} == {
            (p["user_id"], p["role"]) for p in source["participants"]
        }
        full = sec.post(f"/api/meetings/{source['id']}/copy", json={"with_documents": True}).json()
        assert full["title"] == source["title"]
        newest = lambda m: sorted(  # noqa: E731
            (d["title"], d["restricted"], d["versions"][-1]["sha256"]) for i in m["agenda"] for d in i["documents"]
        )
        assert newest(full) == newest(source)
        assert all(len(d["versions"]) == 1 for i in full["agenda"] for d in i["documents"])
        restricted = [d for i in full["agenda"] for d in i["documents"] if d["restricted"]]
        assert restricted and all(d["readers"] for d in restricted)
        # The same bytes serve both: nothing was uploaded again.
        doc = full["agenda"][0]["documents"][0] if full["agenda"][0]["documents"] else restricted[0]
        got = sec.get(f"/api/documents/{doc['id']}/versions/{doc['versions'][-1]['sha256']}/content")
        assert got.status_code == 200
        # Only the secretariat copies.
        assert Api(client, "chair").post(f"/api/meetings/{source['id']}/copy", json={}).status_code == 403


def test_delete_with_documents_asks_first_and_can_be_undone_until_publication(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        ids = users(sec)
        mid = new_meeting(sec)["id"]
        sec.put(f"/api/meetings/{mid}/participants", json={"user_id": ids["minister1"], "role": "member"})
        keep = add(sec, mid, "Keep")
        gone = add(sec, mid, "Gone")
        sub = add(sec, mid, "Gone's sub-item", parent_id=gone["id"])
        assert sec.upload(mid, sub["id"], make_pdf(1, seed=31), title="Annex").status_code == 201
        refused = sec.delete(f"/api/meetings/{mid}/items/{gone['id']}")
        assert refused.status_code == 409 and error_code(refused) == "item_has_documents"
        assert sec.delete(f"/api/meetings/{mid}/items/{gone['id']}?force=true").status_code == 204
        detail = sec.get(f"/api/meetings/{mid}").json()
        assert [i["title"] for i in detail["agenda"]] == ["Keep"]
        assert {d["title"] for d in detail["deleted_items"]} == {"Gone", "Gone's sub-item"}
        restored = sec.post(f"/api/meetings/{mid}/items/{gone['id']}/restore")
        assert restored.status_code == 200, restored.text
        assert agenda(sec, mid) == [("1", "Keep"), ("2", "Gone"), ("2.1", "Gone's sub-item")]
        annex = sec.get(f"/api/meetings/{mid}").json()["agenda"][2]["documents"]
        assert [d["title"] for d in annex] == ["Annex"]
        assert error_code(sec.post(f"/api/meetings/{mid}/items/{gone['id']}/restore")) == "not_deleted"
        # Deleted again, then published: the trash is emptied and the deletion is final.
        assert sec.delete(f"/api/meetings/{mid}/items/{gone['id']}?force=true").status_code == 204
        assert sec.post(f"/api/meetings/{mid}/publish").status_code == 200
        assert sec.post(f"/api/meetings/{mid}/items/{gone['id']}/restore").status_code == 404
        minister = Api(client, "minister1")
        assert [i["title"] for i in minister.get(f"/api/meetings/{mid}").json()["agenda"]] == ["Keep"]
        # After publication: deletion is immediate, final and audited; additions are late.
        late = add(sec, mid, "Late item")
        assert late["late"] is True
        up = sec.upload(mid, keep["id"], make_pdf(1, seed=32), title="Late paper")
        assert [d["late"] for d in sec.get(f"/api/meetings/{mid}").json()["agenda"][0]["documents"]] == [True]
        assert error_code(sec.delete(f"/api/meetings/{mid}/items/{keep['id']}")) == "item_has_documents"
        assert sec.delete(f"/api/meetings/{mid}/items/{keep['id']}?force=true").status_code == 204
        assert sec.post(f"/api/meetings/{mid}/items/{keep['id']}/restore").status_code == 404
        audit = sec.get(f"/api/meetings/{mid}/audit").json()["entries"]
        final = [e for e in audit if e["action"] == "item_deleted_final"]
        assert final and final[0]["details"]["documents"] == [up.json()["id"]]
        assert any(e["action"] == "items_purged" for e in audit)


def test_delivery_status_follows_downloads(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        ids = users(sec)
        mid = new_meeting(sec)["id"]
        for user, role in (("minister1", "member"), ("minister2", "member"), ("chair", "chair")):
            sec.put(f"/api/meetings/{mid}/participants", json={"user_id": ids[user], "role": role})
        item = add(sec, mid, "Budget")
        doc = sec.upload(mid, item["id"], make_pdf(2, seed=41), title="Budget paper").json()
        secret = sec.upload(
            mid, item["id"], make_pdf(1, seed=42), title="Secret annex", restricted="true", readers=ids["minister2"]
        ).json()
        sec.post(f"/api/meetings/{mid}/publish")
        member = Api(client, "minister1")

        def status(user: str) -> dict[str, Any]:
            answer = sec.get(f"/api/meetings/{mid}/delivery")
            assert answer.status_code == 200, answer.text
            person = next(p for p in answer.json()["participants"] if p["username"] == user)
            return {r["document_id"]: r["status"] for r in person["documents"]} | {"ready": person["ready"]}

        v1 = doc["version"]["sha256"]
        assert status("minister1") == {doc["id"]: "not_yet", "ready": False}
        assert set(status("minister2")) == {doc["id"], secret["id"], "ready"}  # only what they may read
        assert member.get(f"/api/documents/{doc['id']}/versions/{v1}/content").status_code == 200
        assert status("minister1") == {doc["id"]: "current", "ready": True}
        v2 = sec.post(
            f"/api/documents/{doc['id']}/versions",
            files={"file": ("v2.pdf", make_pdf(3, seed=43), "application/pdf")},
        ).json()["sha256"]
        assert status("minister1") == {doc["id"]: "outdated", "ready": False}
        # A download that stops short is not a delivery.
        partial = member.get(f"/api/documents/{doc['id']}/versions/{v2}/content", headers={"Range": "bytes=0-99"})
        assert partial.status_code == 206
        assert status("minister1")[doc["id"]] == "outdated"
        assert member.get(f"/api/documents/{doc['id']}/versions/{v2}/content").status_code == 200
        assert status("minister1") == {doc["id"]: "current", "ready": True}
        answer = sec.get(f"/api/meetings/{mid}/delivery").json()
        assert [d["title"] for d in answer["documents"]] == ["Budget paper", "Secret annex"]
        assert answer["documents"][0]["sha256"] == v2
        # The chair may look; a member may not; someone not invited does not learn the meeting exists.
        assert Api(client, "chair").get(f"/api/meetings/{mid}/delivery").status_code == 200
        assert error_code(member.get(f"/api/meetings/{mid}/delivery")) == "not_allowed"
        assert Api(client, "minister6").get(f"/api/meetings/{mid}/delivery").status_code == 404
        # The audit view shows who downloaded what, newest first, page by page.
        page = sec.get(f"/api/meetings/{mid}/audit?limit=3").json()
        assert len(page["entries"]) == 3 and page["next_before"]
        assert page["entries"][0]["action"] == "document_downloaded"
        assert page["entries"][0]["username"] == "minister1"
        assert page["entries"][0]["details"]["sha256"] == v2
        rest = sec.get(f"/api/meetings/{mid}/audit?before={page['next_before']}&limit=500").json()
        actions = [e["action"] for e in page["entries"] + rest["entries"]]
        assert rest["next_before"] is None
        assert actions[-1] == "meeting_created"
        assert {"participant_set", "item_added", "version_added", "meeting_published"} <= set(actions)
        ids_seen = [e["id"] for e in page["entries"] + rest["entries"]]
        assert ids_seen == sorted(ids_seen, reverse=True)
        assert error_code(member.get(f"/api/meetings/{mid}/audit")) == "not_allowed"
        assert Api(client, "admin").get(f"/api/meetings/{mid}/audit").status_code == 200
