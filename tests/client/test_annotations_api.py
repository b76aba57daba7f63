"""ApiClient's shared-annotation calls against the real seeded demo server (`demo_server`)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import AnnotationDeleted, ApiError, Forbidden, NotFound
from ecabinet.core.annotations import Annotation, PointGeometry

CABINET = "Regular Cabinet Session"
COMMITTEE = "Committee on Digital Government"


def signed_in(base_url: str, username: str) -> ApiClient:
    api = ApiClient(base_url, device_id=str(uuid.uuid4()))
    api.login(username, "demo", "pytest tablet")
    return api


def user_of(api: ApiClient, username: str) -> dict[str, Any]:
    return api.login(username, "demo", "pytest tablet").user


def open_document(api: ApiClient, title_prefix: str) -> dict[str, Any]:
    meeting = next(m for m in api.meetings() if m["title"].startswith(title_prefix))
    detail = api.meeting(meeting["id"])
    return next(d for item in detail["agenda"] for d in item["documents"] if not d["restricted"])


def shared_note(document: dict[str, Any], text: str = "Ask about the budget line") -> dict[str, Any]:
    return Annotation.new(
        document_id=document["id"],
        sha256=document["versions"][-1]["sha256"],
        page=0,
        kind="note",
        color="#E03C31",
        geometry=PointGeometry((100.0, 120.0)),
        text=text,
        shared=True,
    ).to_json()


def test_share_edit_see_and_withdraw(demo_server: str) -> None:
    with signed_in(demo_server, "minister1") as author, signed_in(demo_server, "minister2") as reader:
        document = open_document(author, CABINET)
        start = reader.feed(0)
        assert start is not None
        cursor = start.cursor
        note = shared_note(document)
        stored = author.put_annotation(note)
        me = user_of(author, "minister1")
        assert stored["revision"] == 1
        assert stored["author"] == {"id": me["id"], "display_name": me["display_name"]}
        assert {k: stored[k] for k in note} == note
        assert author.meeting(stored["meeting_id"])["id"] == stored["meeting_id"]
        edited = author.put_annotation({**note, "text": "Budget line answered"})
        assert edited["revision"] == 2
        assert [a["text"] for a in reader.document_annotations(document["id"]) if a["id"] == note["id"]] == [
            "Budget line answered"
        ]
        page = reader.feed(cursor)
        assert page is not None
        assert [c["data"]["revision"] for c in page.changes if c["id"] == note["id"]] == [2]
        author.delete_annotation(note["id"])
        author.delete_annotation(note["id"])  # again: harmless
        assert note["id"] not in {a["id"] for a in reader.document_annotations(document["id"])}
        with pytest.raises(AnnotationDeleted) as info:
            author.put_annotation({**note, "text": "edited offline"})
        assert (info.value.status, info.value.code) == (409, "annotation_deleted")
        # The outbox replays through `send`: the same error class, so it can drop the entry.
        with pytest.raises(AnnotationDeleted):
            author.send("PUT", ApiClient.annotation_path(note["id"]), {**note, "text": "edited offline"})


def test_refusals_map_to_their_errors(demo_server: str) -> None:
    with signed_in(demo_server, "minister1") as author, signed_in(demo_server, "minister6") as outsider:
        document = open_document(author, CABINET)
        note = shared_note(document)
        author.put_annotation(note)
        with signed_in(demo_server, "minister2") as other, pytest.raises(Forbidden):
            other.put_annotation({**note, "text": "not mine"})
        committee_doc = open_document(author, COMMITTEE)
        with pytest.raises(NotFound):
            outsider.put_annotation(shared_note(committee_doc))
        with pytest.raises(NotFound):
            outsider.document_annotations(committee_doc["id"])
        with pytest.raises(ApiError) as info:
            author.put_annotation({**shared_note(document), "shared": False})
        assert (info.value.status, info.value.code) == (422, "annotation_not_shared")


def test_outbox_settles_an_edit_of_a_withdrawn_note(demo_server: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Edited offline on the tablet, withdrawn meanwhile on the laptop: the edit is dropped, not shown as refused."""
    from ecabinet.client.outbox import enqueue, flush
    from ecabinet.client.store import Store

    with signed_in(demo_server, "minister3") as laptop, signed_in(demo_server, "minister3") as tablet:
        document = open_document(laptop, CABINET)
        note = laptop.put_annotation(shared_note(document))
        laptop.delete_annotation(note["id"])
        store = Store(tmp_path / "store.sqlite3")
        try:
            path = ApiClient.annotation_path(note["id"])
            body = {k: note[k] for k in shared_note(document)} | {"text": "edited offline"}
            enqueue(store, client_id="edit-1", kind="annotation", method="PUT", path=path, body=body)
            enqueue(store, client_id="drop-1", kind="annotation", method="DELETE", path=path, body={})
            enqueue(store, client_id="bad-1", kind="annotation", method="PUT", path=path + "x", body=body)
            result = flush(tablet, store)
            assert (result.sent, result.settled) == (1, 1)  # a second withdrawal is a plain 204
            states = {item.client_id: item.state for item in store.outbox()}
            bodies = {item.client_id: item.body for item in store.outbox()}
        finally:
            store.close()
        assert states["edit-1"] == "done" and states["drop-1"] == "done"
        assert states["bad-1"] == "refused"  # a real refusal is still kept for the user to see
        # What was sent leaves no text behind on the device; what was refused keeps it, for the user to see.
        assert bodies["edit-1"] == {} and bodies["drop-1"] == {}
        assert bodies["bad-1"]["text"] == "edited offline"
