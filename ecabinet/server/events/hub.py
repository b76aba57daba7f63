"""One reader of the change log per server process, fanning events out to every open stream.

Two kinds of events:
- *durable*: a committed change (``changes`` rows, written through the journal). The hub reads new rows once
  per wake-up, builds the public view of live-session entities once (a vote, attendance, the meeting's
  session state, an agenda item), and every stream forwards what its user may see, with the change's
  sequence number as the SSE ``id``: ``Last-Event-ID`` resumes from there, and the change feed stays the truth.
- *short-lived*: the presenter's page and the speakers' queue. Published by a request after its commit,
  handed to the streams open right now, never stored, never replayed, no ``id``.

Streams never hold a database session: the hub reads in a worker thread, briefly, and streams only filter.
Filtering uses the permission functions of ``ecabinet.core.permissions``, as the change feed does.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecabinet.core.permissions import DocumentAccess
from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.events.notifier import ChangeNotifier
from ecabinet.server.meetings.models import AgendaItem, Meeting
from ecabinet.server.meetings.views import iso, item_view
from ecabinet.server.services import Services
from ecabinet.server.sync.models import Change

#: Kinds whose public view travels in the event itself; every change also moves the ``changes`` hint.
TYPED_KINDS = frozenset({"meeting", "agenda_item", "vote", "attendance"})
#: Audit actions after which every stream checks its session again at once (not only every 15 seconds).
AUTH_ACTIONS = ("logout", "device_revoked", "user_deactivated", "password_changed", "password_reset")
#: Wake-ups within this window are read together: a vote storm is hundreds of commits a second.
COALESCE_SECONDS = 0.05
#: Changes written by another server process (PostgreSQL) are found at the latest after this long.
POLL_SECONDS = 1.0
BUFFER = 5000


@dataclass(frozen=True)
class DurableEvent:
    seq: int
    kind: str
    entity_id: str
    meeting_id: str | None
    #: The public view, or None when the entity is gone (the ``changes`` hint still tells the client).
    data: dict[str, Any] | None


@dataclass(frozen=True)
class EphemeralEvent:
    event: str
    meeting_id: str
    data: dict[str, Any]
    #: Set for a presenter page: only those who may read the document receive it.
    document: DocumentAccess | None = None


@dataclass(eq=False)
class Subscription:
    loop: asyncio.AbstractEventLoop
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    ephemeral: deque[EphemeralEvent] = field(default_factory=lambda: deque(maxlen=200))


def _session_state(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "state": meeting.state,
        "current_item_id": meeting.current_item_id,
        "started_at": iso(meeting.session_started_at),
        "closed_at": iso(meeting.session_closed_at),
        "version": meeting.version,
    }


def public_view(session: Session, kind: str, entity_id: str) -> dict[str, Any] | None:
    """What every person who sees the meeting may see of a live-session entity."""
    from ecabinet.server.session.models import Vote
    from ecabinet.server.session.service import attendance_view, vote_view

    if kind == "vote":
        vote = session.get(Vote, entity_id)
        return vote_view(session, vote) if vote else None
    if kind == "attendance":
        meeting = session.get(Meeting, entity_id)
        return attendance_view(session, meeting) if meeting else None
    if kind == "meeting":
        meeting = session.get(Meeting, entity_id)
        return _session_state(meeting) if meeting else None
    if kind == "agenda_item":
        return item_view(session, session.get(AgendaItem, entity_id))
    return None


class EventHub:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._notifier: ChangeNotifier = services.notifier
        self._lock = threading.Lock()
        self._subs: set[Subscription] = set()
        self._task: asyncio.Task[None] | None = None
        self.cursor = 0
        #: Durable events from ``floor`` on (older ones are not replayed: the client syncs instead).
        self.floor = 0
        self.buffer: deque[DurableEvent] = deque(maxlen=BUFFER)
        self.auth_epoch = 0
        self._audit_high = 0
        #: The last presenter page per meeting, for a client that joins late (memory only, like the event).
        self.presenter: dict[str, EphemeralEvent] = {}
        self._primed = False
        if self._notifier.bridge is not None:
            self._notifier.bridge.on_ephemeral = self._from_other_process

    # ------------------------------------------------------------ streams

    async def subscribe(self) -> Subscription:
        await self._ensure_running()
        sub = Subscription(loop=asyncio.get_running_loop())
        with self._lock:
            self._subs.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            self._subs.discard(sub)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._subs)

    def since(self, sent: int) -> list[DurableEvent] | None:
        """Durable events after ``sent``, newest per entity; None when the buffer no longer reaches back."""
        if sent < self.floor:
            return None
        newest: dict[tuple[str, str], DurableEvent] = {}
        for event in list(self.buffer):
            if event.seq > sent:
                newest.pop((event.kind, event.entity_id), None)
                newest[(event.kind, event.entity_id)] = event
        return list(newest.values())

    # ------------------------------------------------------------ short-lived events

    def publish(self, event: EphemeralEvent) -> None:
        """Hand a short-lived event to the streams open now, here and in the other server processes."""
        self._publish_here(event)
        if self._notifier.bridge is not None:
            self._notifier.bridge.ephemeral(_ephemeral_wire(event))

    def _from_other_process(self, wire: dict[str, Any]) -> None:
        try:
            event = _ephemeral_from_wire(wire)
        except (KeyError, TypeError):
            return
        self._publish_here(event)

    def _publish_here(self, event: EphemeralEvent) -> None:
        """Hand a short-lived event to this process's streams (callable from any thread)."""
        if event.event == "presenter":
            self.presenter[event.meeting_id] = event
        with self._lock:
            subs = list(self._subs)
        for sub in subs:
            with contextlib.suppress(RuntimeError):  # that stream's loop has closed
                sub.loop.call_soon_threadsafe(self._deliver, sub, event)

    @staticmethod
    def _deliver(sub: Subscription, event: EphemeralEvent) -> None:
        sub.ephemeral.append(event)
        sub.wake.set()

    # ------------------------------------------------------------ the reader

    async def _ensure_running(self) -> None:
        if self._notifier.bridge is not None:
            self._notifier.bridge.start()
        if not self._primed:
            await run_in_threadpool(self._prime)
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            self._task = loop.create_task(self._run())

    def _prime(self) -> None:
        with self._services.db.reading() as session:
            top = int(session.execute(select(func.coalesce(func.max(Change.seq), 0))).scalar_one())
            audit_top = int(session.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one())
        with self._lock:
            if not self._primed:
                self.cursor = self.floor = top
                self._audit_high = audit_top
                self._primed = True

    async def _run(self) -> None:
        wake = self._notifier.subscribe()
        try:
            while True:
                wake.clear()
                try:
                    found = await run_in_threadpool(self._poll)
                except Exception:
                    found = None
                moved = found is not None and self._apply(found)
                if moved:
                    self._wake_all()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=POLL_SECONDS)
                await asyncio.sleep(COALESCE_SECONDS)
        finally:
            self._notifier.unsubscribe(wake)

    def _wake_all(self) -> None:
        with self._lock:
            subs = list(self._subs)
        for sub in subs:
            with contextlib.suppress(RuntimeError):
                sub.loop.call_soon_threadsafe(sub.wake.set)

    def _poll(self) -> _Found:
        """Read what committed since the last poll (in a worker thread; the loop applies it)."""
        with self._services.db.reading() as session:
            rows = list(
                session.execute(
                    select(Change).where(Change.seq > self.cursor).order_by(Change.seq).limit(2000)
                ).scalars()
            )
            auth_changes = session.execute(
                select(func.count()).where(AuditEntry.id > self._audit_high, AuditEntry.action.in_(AUTH_ACTIONS))
            ).scalar_one()
            audit_top = int(session.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one())
            # Only the newest change of an entity carries its view; older ones would show the same state.
            last_of: dict[tuple[str, str], int] = {(r.kind, r.entity_id): r.seq for r in rows}
            events = [
                DurableEvent(r.seq, r.kind, r.entity_id, r.meeting_id, public_view(session, r.kind, r.entity_id))
                for r in rows
                if r.kind in TYPED_KINDS and last_of[(r.kind, r.entity_id)] == r.seq
            ]
        return _Found(events, rows[-1].seq if rows else self.cursor, bool(auth_changes), audit_top)

    def _apply(self, found: _Found) -> bool:
        """On the loop: take the new events in; True when streams have something new."""
        moved = False
        if found.auth_changed:
            self.auth_epoch += 1
            moved = True
        self._audit_high = max(self._audit_high, found.audit_top)
        if found.cursor > self.cursor:
            self.buffer.extend(found.events)
            if len(self.buffer) == self.buffer.maxlen:
                self.floor = max(self.floor, self.buffer[0].seq - 1)
            self.cursor = found.cursor
            moved = True
        return moved


@dataclass(frozen=True)
class _Found:
    events: list[DurableEvent]
    cursor: int
    auth_changed: bool
    audit_top: int


def _ephemeral_wire(event: EphemeralEvent) -> dict[str, Any]:
    document = None
    if event.document is not None:
        document = {"restricted": event.document.restricted, "readers": sorted(event.document.readers)}
    return {"event": event.event, "meeting_id": event.meeting_id, "data": event.data, "document": document}


def _ephemeral_from_wire(wire: dict[str, Any]) -> EphemeralEvent:
    doc = wire.get("document")
    document = DocumentAccess(restricted=bool(doc["restricted"]), readers=tuple(doc["readers"])) if doc else None
    return EphemeralEvent(
        event=str(wire["event"]), meeting_id=str(wire["meeting_id"]), data=dict(wire["data"]), document=document
    )
