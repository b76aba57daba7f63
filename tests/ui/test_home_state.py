"""Home's state read from a real store: groups, cached counts per meeting, waiting and refused outbox items."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ecabinet.client.store import Store
from ecabinet.ui.home_state import meeting_group, read_home
from ecabinet.ui.meeting_state import Reading, write_reading

NOW = datetime(2030, 5, 10, 12, 0, tzinfo=UTC)


def change(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"seq": 1, "kind": kind, "id": data["id"], "op": "upsert", "data": data}


def test_groups() -> None:
    assert meeting_group({"state": "in_session", "starts_at": "2020-01-01T00:00:00Z"}, NOW) == "in_session"
    assert meeting_group({"state": "published", "starts_at": "2030-05-11T00:00:00Z"}, NOW) == "upcoming"
    # Started an hour ago and planned for two: still upcoming until it ends (the chair may open it late).
    assert meeting_group({"state": "published", "starts_at": "2030-05-10T11:00:00Z", "duration_minutes": 120}, NOW) == (
        "upcoming"
    )
    assert meeting_group({"state": "published", "starts_at": "2030-05-09T00:00:00Z"}, NOW) == "past"
    assert meeting_group({"state": "closed", "starts_at": "2030-06-01T00:00:00Z"}, NOW) == "past"
    assert meeting_group({"state": "cancelled"}, NOW) == "past"
    assert meeting_group({"state": "published", "starts_at": "garbage"}, NOW) == "upcoming"


def test_read_home(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite3")
    try:
        store.apply_changes(
            [
                change(
                    "meeting", {"id": "m1", "title": "Later", "starts_at": "2030-06-01T00:00:00Z", "state": "published"}
                ),
                change(
                    "meeting", {"id": "m2", "title": "Soon", "starts_at": "2030-05-20T00:00:00Z", "state": "published"}
                ),
                change(
                    "meeting", {"id": "m3", "title": "Now", "starts_at": "2030-05-10T10:00:00Z", "state": "in_session"}
                ),
                change("meeting", {"id": "m4", "title": "Old", "starts_at": "2030-01-01T00:00:00Z", "state": "closed"}),
                change(
                    "meeting", {"id": "m5", "title": "Older", "starts_at": "2029-01-01T00:00:00Z", "state": "closed"}
                ),
                change("agenda_item", {"id": "i1", "meeting_id": "m1", "title": "Budget"}),
                change(
                    "document",
                    {"id": "d1", "meeting_id": "m1", "versions": [{"sha256": "a" * 64}, {"sha256": "b" * 64}]},
                ),
                change("document", {"id": "d2", "meeting_id": "m1", "versions": [{"sha256": "c" * 64}]}),
                change("document", {"id": "d3", "meeting_id": "m2", "versions": [{"sha256": "d" * 64}]}),
                change("document", {"id": "d4", "meeting_id": "m2", "versions": []}),
            ],
            cursor=1,
            etag=None,
        )
        for n, path in enumerate(("/api/meetings/m1/items/i1/position", "/api/meetings/m1/items/gone/position", "/x")):
            store.enqueue(client_id=f"c{n}", kind="position", method="PUT", path=path, body={})
        refused = store.outbox()
        store.mark_outbox(refused[0].seq, state="refused", error_code="item_closed", error_message="Item closed.")
        store.mark_outbox(refused[1].seq, state="refused", error_code="not_found", error_message=None)

        # d1 was read at its first version (a newer one has come since), d2 read at its newest, d3 never opened.
        write_reading(store, "d1", Reading("a" * 64, 3))
        write_reading(store, "d2", Reading("c" * 64, 0))

        # Only the newest version counts: an older one in the cache does not make the document "here".
        cached = {"a" * 64, "c" * 64, "d" * 64}
        state = read_home(store, cached.__contains__, now=NOW)
    finally:
        store.close()
    assert [(e.meeting["title"], e.group) for e in state.meetings] == [
        ("Now", "in_session"),
        ("Soon", "upcoming"),
        ("Later", "upcoming"),
        ("Old", "past"),
        ("Older", "past"),
    ]
    counts = {e.meeting["title"]: (e.cached, e.documents, e.complete) for e in state.meetings}
    assert counts == {
        "Now": (0, 0, True),
        "Soon": (1, 1, True),
        "Later": (1, 2, False),
        "Old": (0, 0, True),
        "Older": (0, 0, True),
    }
    assert (state.cached, state.documents) == (2, 3)
    news = {e.meeting["title"]: (e.unread, e.changed) for e in state.meetings if e.documents}
    assert news == {"Soon": (1, 0), "Later": (0, 1)}
    assert state.pending == 1
    assert [(r.subject, r.code, r.reason) for r in state.refused] == [
        ("Budget", "item_closed", "Item closed."),
        ("", "not_found", None),
    ]


def test_meetings_past_retention_are_archived_not_partly_here(tmp_path: Path, qtbot: Any) -> None:
    from ecabinet.ui.meetings_page import MeetingCard

    store = Store(tmp_path / "store.sqlite3")
    try:
        store.apply_changes(
            [
                change(
                    "meeting", {"id": "old", "title": "Old", "starts_at": "2030-01-01T00:00:00Z", "state": "closed"}
                ),
                change(
                    "meeting", {"id": "new", "title": "New", "starts_at": "2030-05-01T00:00:00Z", "state": "closed"}
                ),
                change("document", {"id": "d1", "meeting_id": "old", "versions": [{"sha256": "a" * 64}]}),
                change("document", {"id": "d2", "meeting_id": "new", "versions": [{"sha256": "b" * 64}]}),
            ],
            cursor=1,
            etag=None,
        )
        state = read_home(store, lambda _sha: False, now=NOW, retention_days=30)
        kept_forever = read_home(store, lambda _sha: False, now=NOW)
    finally:
        store.close()
    entries = {e.id: e for e in state.meetings}
    assert entries["old"].archived and not entries["new"].archived
    assert not any(e.archived for e in kept_forever.meetings)
    card = MeetingCard(entries["old"])
    qtbot.addWidget(card)
    assert card.sync_state == "archived" and "server" in card.sync_label.text()
    card = MeetingCard(entries["new"])
    qtbot.addWidget(card)
    assert card.sync_state == "missing"
