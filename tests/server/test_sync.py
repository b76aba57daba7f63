"""The change feed: full picture, 304s, removes on lost access, and no skipped change under concurrency."""

from __future__ import annotations

import random
import threading
import time
import uuid
from typing import Any

from support import Api, app_client

from ecabinet.server.config import Settings
from ecabinet.server.db import Database
from ecabinet.server.journal import record_change

CABINET = "Regular Cabinet Session"


def entries(api: Api, since: int) -> tuple[int, list[dict[str, Any]]]:
    response = api.get(f"/api/sync?since={since}")
    assert response.status_code == 200, response.text
    body = response.json()
    return body["cursor"], body["changes"]


def test_full_picture_then_304(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        minister = Api(client, "minister1")
        first = minister.get("/api/sync?since=0")
        body = first.json()
        kinds = {c["kind"] for c in body["changes"]}
        assert {"meeting", "agenda_item", "document"} <= kinds
        assert all(c["op"] == "upsert" for c in body["changes"])
        assert body["more"] is False
        etag = first.headers["etag"]
        second = minister.get(f"/api/sync?since={body['cursor']}", headers={"If-None-Match": etag})
        assert second.status_code == 304
        assert second.content == b""
        # Another user's ETag for the same cursor differs: it is per user.
        other = Api(client, "minister2").get("/api/sync?since=0")
        assert other.headers["etag"] != etag


def test_feed_shows_only_what_the_user_may_see(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        picture = {u: entries(Api(client, u), 0)[1] for u in ("minister1", "minister6", "secretary", "admin")}

    def meeting_titles(changes: list[dict[str, Any]]) -> set[str]:
        return {c["data"]["title"] for c in changes if c["kind"] == "meeting"}

    # minister1: the December session, the committee, the closed November session (with signed minutes).
    assert len(meeting_titles(picture["minister1"])) == 3
    assert len(meeting_titles(picture["minister6"])) == 2
    assert len(meeting_titles(picture["secretary"])) == 4
    assert picture["admin"] == []
    restricted_m1 = {c["id"] for c in picture["minister1"] if c["kind"] == "document" and c["data"]["restricted"]}
    docs_m6 = {c["id"] for c in picture["minister6"] if c["kind"] == "document"}
    assert restricted_m1 and not (restricted_m1 & docs_m6)


def test_restricting_a_document_sends_remove_without_title(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        minister = Api(client, "minister2")
        cursor, _ = entries(minister, 0)
        etag = minister.get(f"/api/sync?since={cursor}").headers["etag"]
        meeting = sec.meeting_titled(CABINET)
        doc = meeting["agenda"][1]["documents"][0]
        chair_id = Api(client, "chair").user_id
        response = sec.put(f"/api/documents/{doc['id']}/access", json={"restricted": True, "user_ids": [chair_id]})
        assert response.status_code == 200, response.text
        # The old ETag no longer matches: the feed changed.
        assert minister.get(f"/api/sync?since={cursor}", headers={"If-None-Match": etag}).status_code == 200
        cursor2, changes = entries(minister, cursor)
        assert changes == [
            {"seq": changes[0]["seq"], "kind": "document", "id": doc["id"], "op": "remove", "data": None}
        ]
        assert doc["title"] not in str(changes)
        # The chair, named on it, gets the update.
        _, chair_changes = entries(Api(client, "chair"), cursor)
        assert chair_changes[0]["op"] == "upsert"
        assert chair_changes[0]["data"]["restricted"] is True
        # Lifting the restriction brings it back.
        sec.put(f"/api/documents/{doc['id']}/access", json={"restricted": False})
        _, back = entries(minister, cursor2)
        assert back[0]["op"] == "upsert" and back[0]["data"]["title"] == doc["title"]


def test_uninvited_and_unpublished_meetings_are_removed(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        minister = Api(client, "minister3")
        observer = Api(client, "observer")
        meeting = sec.meeting_titled(CABINET)
        cursor_m, _ = entries(minister, 0)
        cursor_o, _ = entries(observer, 0)
        assert sec.delete(f"/api/meetings/{meeting['id']}/participants/{minister.user_id}").status_code == 204
        _, changes = entries(minister, cursor_m)
        assert {c["op"] for c in changes} == {"remove"}
        assert {"meeting", "agenda_item", "document"} <= {c["kind"] for c in changes}
        assert meeting["id"] in {c["id"] for c in changes}
        assert minister.get(f"/api/meetings/{meeting['id']}").status_code == 404
        # The observer is unaffected by that, but loses everything when the meeting goes back to draft.
        assert sec.post(f"/api/meetings/{meeting['id']}/unpublish").status_code == 200
        _, changes = entries(observer, cursor_o)
        removed = {c["id"] for c in changes if c["op"] == "remove"}
        assert meeting["id"] in removed
        assert all(c["data"] is None for c in changes if c["op"] == "remove")


def test_positions_reach_their_author_and_the_chair_only(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        m1, m2, chair = Api(client, "minister1"), Api(client, "minister2"), Api(client, "chair")
        cursors = {a.username: entries(a, 0)[0] for a in (m1, m2, chair)}
        meeting = m1.meeting_titled(CABINET)
        item = meeting["agenda"][1]
        m1.put(
            f"/api/meetings/{meeting['id']}/items/{item['id']}/position",
            json={"position": "objects", "comment": "The deficit is too high", "client_id": str(uuid.uuid4())},
        )
        got = {a.username: entries(a, cursors[a.username])[1] for a in (m1, m2, chair)}
    assert [c["data"]["position"] for c in got["minister1"] if c["kind"] == "position"] == ["objects"]
    assert [c for c in got["minister2"] if c["kind"] == "position"] == []
    assert [c["data"]["comment"] for c in got["chair"] if c["kind"] == "position"] == ["The deficit is too high"]


def _meeting_id(settings: Settings) -> str:
    with app_client(settings) as client:
        return str(Api(client, "secretary").meeting_titled(CABINET)["id"])


def test_a_transaction_held_open_is_not_skipped(demo_settings: Settings) -> None:
    """Writer A records a change and stays open; writer B tries to commit one after it. A reader polling
    meanwhile must not move its cursor past A's change before A commits."""
    meeting_id = _meeting_id(demo_settings)
    db = Database(demo_settings.effective_database_url)
    a_recorded, release_a = threading.Event(), threading.Event()
    ids = {"a": f"a-{uuid.uuid4().hex[:8]}", "b": f"b-{uuid.uuid4().hex[:8]}"}

    def writer_a() -> None:
        with db.writing() as session:
            record_change(session, kind="agenda_item", entity_id=ids["a"], meeting_id=meeting_id)
            session.flush()
            a_recorded.set()
            release_a.wait(10)

    def writer_b() -> None:
        with db.writing() as session:
            record_change(session, kind="agenda_item", entity_id=ids["b"], meeting_id=meeting_id)

    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        cursor, _ = entries(sec, 0)
        ta = threading.Thread(target=writer_a)
        ta.start()
        assert a_recorded.wait(10)
        tb = threading.Thread(target=writer_b)
        tb.start()
        time.sleep(0.3)  # give B every chance to commit ahead of A, as it could without the journal lock
        cursor_during, during = entries(sec, cursor)
        assert ids["a"] not in str(during)
        release_a.set()
        ta.join(10)
        tb.join(10)
        _, after = entries(sec, cursor_during)
        seen = str(during) + str(after)
    db.dispose()
    assert ids["a"] in seen and ids["b"] in seen


def test_no_change_is_skipped_under_concurrent_writers(demo_settings: Settings) -> None:
    meeting_id = _meeting_id(demo_settings)
    db = Database(demo_settings.effective_database_url)
    written: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(n: int) -> None:
        rng = random.Random(n)
        for i in range(15):
            entity = f"w{n}-{i}"
            with db.writing() as session:
                record_change(session, kind="agenda_item", entity_id=entity, meeting_id=meeting_id)
                time.sleep(rng.random() * 0.01)
            with lock:
                written.append(entity)

    with app_client(demo_settings) as client:
        sec = Api(client, "secretary")
        cursor, _ = entries(sec, 0)
        seen: set[str] = set()
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads) or not stop.is_set():
            if not any(t.is_alive() for t in threads):
                stop.set()
            cursor, changes = entries(sec, cursor)
            seen |= {c["id"] for c in changes}
        cursor, changes = entries(sec, cursor)
        seen |= {c["id"] for c in changes}
    db.dispose()
    assert len(written) == 60
    assert set(written) <= seen
