"""What the Home screen shows, read from the offline store and the document cache (no Qt, no network).

Meetings are grouped as the minister thinks of them: in session now, coming up, or past. Each carries how
many of its documents (newest versions) are on this device, so the screen can say "synced",
"downloading 3 of 8" or "not yet downloaded" without asking the server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from ecabinet.client.store import Store
from ecabinet.client.sync import expired_meetings
from ecabinet.ui.meeting_state import read_reading

GROUP_IN_SESSION: Final = "in_session"
GROUP_UPCOMING: Final = "upcoming"
GROUP_PAST: Final = "past"
# The order the groups are shown in: what is happening now first.
GROUP_ORDER: Final = (GROUP_IN_SESSION, GROUP_UPCOMING, GROUP_PAST)

_ITEM_PATH = re.compile(r"^/api/meetings/[^/]+/items/([^/]+)/")


@dataclass(frozen=True)
class MeetingEntry:
    """One meeting on Home: its data from the store, its group, and how many documents are cached."""

    meeting: dict[str, Any]
    group: str
    documents: int
    cached: int
    #: Documents never opened on this device, and documents opened before whose newest version is newer.
    unread: int = 0
    changed: int = 0
    #: Closed longer ago than the device keeps packets (the admin's retention): read on the server, not here.
    archived: bool = False

    @property
    def id(self) -> str:
        return str(self.meeting.get("id") or "")

    @property
    def complete(self) -> bool:
        """Every document's newest version is on this device (true for a meeting without documents)."""
        return self.cached >= self.documents


@dataclass(frozen=True)
class Refusal:
    """Something the user did offline that the server did not accept, with its reason if it gave one."""

    seq: int
    kind: str
    subject: str
    code: str | None
    reason: str | None


@dataclass(frozen=True)
class HomeState:
    meetings: list[MeetingEntry] = field(default_factory=list)
    pending: int = 0
    refused: list[Refusal] = field(default_factory=list)

    def group(self, name: str) -> list[MeetingEntry]:
        return [entry for entry in self.meetings if entry.group == name]

    @property
    def documents(self) -> int:
        return sum(entry.documents for entry in self.meetings)

    @property
    def cached(self) -> int:
        return sum(min(entry.cached, entry.documents) for entry in self.meetings)


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def meeting_group(meeting: Mapping[str, Any], now: datetime) -> str:
    """In session (the chair opened it), past (closed, cancelled, or its planned end has passed), else upcoming."""
    state = str(meeting.get("state") or "")
    if state == "in_session":
        return GROUP_IN_SESSION
    if state in ("closed", "cancelled"):
        return GROUP_PAST
    starts = _parse_time(meeting.get("starts_at"))
    if starts is not None:
        minutes = meeting.get("duration_minutes")
        duration = timedelta(minutes=int(minutes) if isinstance(minutes, int) and minutes > 0 else 60)
        if starts + duration < now:
            return GROUP_PAST
    return GROUP_UPCOMING


def _sort_key(entry: MeetingEntry) -> tuple[str, str]:
    return (str(entry.meeting.get("starts_at") or ""), entry.id)


def read_home(
    store: Store,
    is_cached: Callable[[str], bool],
    *,
    now: datetime | None = None,
    retention_days: int | None = None,
) -> HomeState:
    """Meetings with their group and cached-document counts, and the outbox's waiting and refused items."""
    now = now or datetime.now(UTC)
    archived = expired_meetings(store, retention_days=retention_days, now=now)
    totals: dict[str, int] = {}
    cached: dict[str, int] = {}
    unread: dict[str, int] = {}
    changed: dict[str, int] = {}
    for document in store.entities("document"):
        versions = document.get("versions") or []
        meeting_id = str(document.get("meeting_id") or "")
        if not versions or not meeting_id:
            continue
        totals[meeting_id] = totals.get(meeting_id, 0) + 1
        newest = str(versions[-1]["sha256"])
        if is_cached(newest):
            cached[meeting_id] = cached.get(meeting_id, 0) + 1
        reading = read_reading(store, str(document.get("id") or ""))
        if reading is None:
            unread[meeting_id] = unread.get(meeting_id, 0) + 1
        elif reading.sha != newest:
            changed[meeting_id] = changed.get(meeting_id, 0) + 1
    entries = [
        MeetingEntry(
            meeting=meeting,
            group=meeting_group(meeting, now),
            documents=totals.get(str(meeting.get("id")), 0),
            cached=cached.get(str(meeting.get("id")), 0),
            unread=unread.get(str(meeting.get("id")), 0),
            changed=changed.get(str(meeting.get("id")), 0),
            archived=str(meeting.get("id")) in archived,
        )
        for meeting in store.entities("meeting")
    ]
    ordered: list[MeetingEntry] = []
    for group in GROUP_ORDER:
        members = sorted((e for e in entries if e.group == group), key=_sort_key, reverse=group == GROUP_PAST)
        ordered.extend(members)
    refused = []
    pending = 0
    for item in store.outbox():
        if item.state == "pending":
            pending += 1
        elif item.state == "refused":
            refused.append(
                Refusal(
                    seq=item.seq,
                    kind=item.kind,
                    subject=_subject(store, item.path),
                    code=item.error_code,
                    reason=item.error_message,
                )
            )
    return HomeState(meetings=ordered, pending=pending, refused=refused)


def _subject(store: Store, path: str) -> str:
    """The title of the agenda item an outbox call was about, when the store still has it."""
    match = _ITEM_PATH.match(path)
    if match is None:
        return ""
    item = store.entity("agenda_item", match.group(1))
    return str(item.get("title") or "") if item else ""
