"""Sync rules that need no server: retention of closed meetings, what the outbox refuses to carry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ecabinet.client import outbox
from ecabinet.client.store import Store
from ecabinet.client.sync import kept_versions, wanted_versions


def _doc(doc_id: str, meeting_id: str, *shas: str) -> dict[str, object]:
    return {
        "id": doc_id,
        "meeting_id": meeting_id,
        "title": doc_id,
        "versions": [{"sha256": s, "size": 10, "pages": 1} for s in shas],
    }


def _changes(now: datetime) -> list[dict[str, object]]:
    old = (now - timedelta(days=90)).isoformat()
    recent = (now - timedelta(days=2)).isoformat()
    rows: list[dict[str, object]] = [
        {"kind": "meeting", "id": "old", "op": "upsert", "data": {"id": "old", "state": "closed", "starts_at": old}},
        {"kind": "meeting", "id": "new", "op": "upsert", "data": {"id": "new", "state": "closed", "starts_at": recent}},
        {
            "kind": "meeting",
            "id": "next",
            "op": "upsert",
            "data": {"id": "next", "state": "published", "starts_at": old},
        },
    ]
    for doc_id, meeting, shas in (("d1", "old", ("a",)), ("d2", "new", ("b", "c")), ("d3", "next", ("e",))):
        rows.append({"kind": "document", "id": doc_id, "op": "upsert", "data": _doc(doc_id, meeting, *shas)})
    return rows


def test_closed_meetings_past_retention_are_not_kept(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    store = Store(tmp_path / "s.sqlite3")
    store.apply_changes(_changes(now), cursor=5, etag=None)
    wanted = wanted_versions(store, retention_days=30, now=now)
    assert sorted(w.sha256 for w in wanted) == ["c", "e"]  # newest versions; the old closed meeting is gone
    assert kept_versions(store, wanted) == {"b", "c", "e"}  # older listed versions may stay
    assert sorted(w.sha256 for w in wanted_versions(store, retention_days=None, now=now)) == ["a", "c", "e"]
    store.close()


def test_consultation_papers_are_kept_offline_until_their_retention_ends(tmp_path: Path) -> None:
    now = datetime.now(UTC)

    def consultation(cid: str, state: str, deadline: datetime) -> dict[str, object]:
        paper = {
            "id": f"p-{cid}",
            "title": "Draft decree",
            "versions": [{"sha256": f"old-{cid}", "size": 5}, {"sha256": f"new-{cid}", "size": 7}],
        }
        data = {"id": cid, "state": state, "deadline": deadline.isoformat(), "documents": [paper]}
        return {"kind": "consultation", "id": cid, "op": "upsert", "data": data}

    store = Store(tmp_path / "s.sqlite3")
    store.apply_changes(
        [
            consultation("open", "published", now + timedelta(days=2)),
            consultation("done", "closed", now - timedelta(days=3)),
            consultation("ancient", "closed", now - timedelta(days=90)),
            consultation("draft", "draft", now + timedelta(days=9)),
        ],
        cursor=3,
        etag=None,
    )
    wanted = {w.sha256: w for w in wanted_versions(store, retention_days=30, now=now)}
    store.close()
    assert sorted(wanted) == ["new-done", "new-open"]  # newest versions; not the ancient one, not a draft
    assert wanted["new-open"].path == "/api/consultations/open/documents/p-open/versions/new-open/content"
    assert wanted["new-open"].size == 7


def test_removing_a_meeting_removes_what_is_in_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.apply_changes(_changes(datetime.now(UTC)), cursor=5, etag=None)
    store.apply_changes([{"kind": "meeting", "id": "new", "op": "remove", "data": None}], cursor=6, etag=None)
    assert {d["id"] for d in store.entities("document")} == {"d1", "d3"}
    assert store.cursor == 6
    store.close()


def test_ballots_never_wait_in_the_outbox(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with pytest.raises(ValueError, match="cannot wait"):
        outbox.enqueue(store, client_id="x" * 10, kind="ballot", method="POST", path="/api/votes/1/ballots", body={})
    assert store.outbox() == []
    store.close()


def test_the_same_client_id_is_one_outbox_item(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    for _ in range(2):
        outbox.enqueue(store, client_id="same-id-1", kind="position", method="PUT", path="/p", body={"a": 1})
    assert len(store.outbox()) == 1
    store.close()


def test_a_store_from_before_refusal_details_gains_the_column_and_keeps_its_outbox(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    store = Store(path)
    store.enqueue(client_id="c1", kind="position", method="PUT", path="/x", body={"position": "objects"})
    store.close()
    conn = sqlite3.connect(path)  # what a schema-2 store looked like: no error_details column
    conn.execute("ALTER TABLE outbox DROP COLUMN error_details")
    conn.commit()
    conn.close()
    store = Store(path)
    (item,) = store.outbox()
    assert item.body == {"position": "objects"} and item.error_details == {}
    store.mark_outbox(item.seq, state="refused", error_code="late", error_message="m", error_details={"a": 1})
    assert store.outbox("refused")[0].error_details == {"a": 1}
    store.close()
