"""What the Meeting page shows, read from the offline store and the document cache (no Qt, no network).

The agenda in order with each item's documents, and per document what this device remembers of the reader:
the version (sha) last opened and the page last read, kept in the store's meta table so they survive a
restart. A document whose newest version differs from the one last opened is marked "new version".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ecabinet.client.store import Store

_READING_PREFIX = "reading:"
_POSITION_PATH = re.compile(r"^/api/meetings/([^/]+)/items/([^/]+)/position$")


@dataclass(frozen=True)
class Reading:
    """Where the reader left a document: the version it had open and the 0-based page."""

    sha: str
    page: int


@dataclass(frozen=True)
class DocumentEntry:
    id: str
    title: str
    sha: str  # the newest version ("" when it has none)
    pages: int
    versions: int
    cached: bool
    last: Reading | None
    #: Restricted to named readers: shown with the reader's name and the time as a watermark.
    restricted: bool = False

    @property
    def new_version(self) -> bool:
        """Opened before, and a newer version has arrived since."""
        return self.last is not None and self.last.sha != self.sha


@dataclass(frozen=True)
class ItemEntry:
    id: str
    number: str
    title: str
    presenter: str
    duration_minutes: int
    late: bool
    documents: tuple[DocumentEntry, ...]
    #: My position on the item ("no_objection", "wants_to_speak", "objects") and whether it still waits in
    #: the outbox (stated offline, or not yet confirmed by the server).
    position: str | None = None
    position_pending: bool = False


@dataclass(frozen=True)
class MeetingState:
    meeting: dict[str, Any]
    items: tuple[ItemEntry, ...]

    @property
    def id(self) -> str:
        return str(self.meeting.get("id") or "")

    @property
    def title(self) -> str:
        return str(self.meeting.get("title") or "")

    def documents(self) -> list[DocumentEntry]:
        return [document for item in self.items for document in item.documents]

    def document(self, document_id: str) -> DocumentEntry | None:
        return next((d for d in self.documents() if d.id == document_id), None)


def reading_key(document_id: str) -> str:
    return _READING_PREFIX + document_id


def read_reading(store: Store, document_id: str) -> Reading | None:
    """The reader's last place in a document on this device (None when never opened)."""
    raw = store.get_meta(reading_key(document_id))
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return Reading(sha=str(data["sha"]), page=max(0, int(data["page"])))
    except (ValueError, KeyError, TypeError):
        return None


def write_reading(store: Store, document_id: str, reading: Reading) -> None:
    """Remember the version open and the page (one small write in the store's writer thread)."""
    value = json.dumps({"sha": reading.sha, "page": reading.page})
    store.write(lambda conn: Store.set_meta(conn, reading_key(document_id), value))


def _document_entry(store: Store, document: dict[str, Any], has: Callable[[str], bool]) -> DocumentEntry:
    versions = document.get("versions") or []
    newest = versions[-1] if versions else {}
    sha = str(newest.get("sha256") or "")
    return DocumentEntry(
        id=str(document.get("id") or ""),
        title=str(document.get("title") or ""),
        sha=sha,
        pages=int(newest.get("pages") or 0),
        versions=len(versions),
        cached=bool(sha) and has(sha),
        last=read_reading(store, str(document.get("id") or "")),
        restricted=bool(document.get("restricted")),
    )


def _order(item: dict[str, Any]) -> tuple[Any, ...]:
    number = str(item.get("number") or "")
    return (item.get("order") is None, item.get("order") or 0, len(number), number)


def _my_positions(store: Store, meeting_id: str, user_id: str | None) -> dict[str, tuple[str, bool]]:
    """Item id -> (my position, waiting in the outbox): the server's record, overridden by a newer one queued."""
    mine: dict[str, tuple[str, bool]] = {}
    for statement in store.entities("position", meeting_id=meeting_id):
        if user_id and statement.get("user_id") == user_id:
            mine[str(statement.get("agenda_item_id"))] = (str(statement.get("position")), False)
    for queued in store.outbox("pending"):
        match = _POSITION_PATH.match(queued.path)
        if queued.kind == "position" and match and match.group(1) == meeting_id:
            mine[match.group(2)] = (str(queued.body.get("position")), True)
    return mine


def read_meeting(
    store: Store, has: Callable[[str], bool], meeting_id: str, *, user_id: str | None = None
) -> MeetingState | None:
    """The meeting's agenda with its documents (None when the store no longer has the meeting)."""
    meeting = store.entity("meeting", meeting_id)
    if meeting is None:
        return None
    positions = _my_positions(store, meeting_id, user_id)
    documents = [d for d in store.entities("document", meeting_id=meeting_id) if d.get("versions")]
    items: list[ItemEntry] = []
    placed: set[str] = set()
    for item in sorted(store.entities("agenda_item", meeting_id=meeting_id), key=_order):
        item_id = str(item.get("id") or "")
        own = [d for d in documents if str(d.get("agenda_item_id") or "") == item_id]
        placed.update(str(d.get("id")) for d in own)
        items.append(
            ItemEntry(
                id=item_id,
                number=str(item.get("number") or ""),
                title=str(item.get("title") or ""),
                presenter=str(item.get("presenter") or ""),
                duration_minutes=int(item.get("duration_minutes") or 0),
                late=bool(item.get("late")),
                documents=tuple(_document_entry(store, d, has) for d in own),
                position=positions.get(item_id, (None, False))[0],
                position_pending=positions.get(item_id, (None, False))[1],
            )
        )
    loose = [d for d in documents if str(d.get("id")) not in placed]
    if loose:
        items.append(
            ItemEntry(
                id="",
                number="",
                title="",
                presenter="",
                duration_minutes=0,
                late=False,
                documents=tuple(_document_entry(store, d, has) for d in loose),
            )
        )
    return MeetingState(meeting=dict(meeting), items=tuple(items))


__all__ = [
    "DocumentEntry",
    "ItemEntry",
    "MeetingState",
    "Reading",
    "read_meeting",
    "read_reading",
    "reading_key",
    "write_reading",
]
