"""Wakes open event streams when a write commits.

Writes run in worker threads and streams in the event loop, so the notifier hands a wake-up across
with ``call_soon_threadsafe``. A wake-up carries nothing: each stream re-reads the cursor and re-checks
its token, so a lost or merged wake-up cannot lose a change (the feed is the truth).

With PostgreSQL a ``PgBridge`` (``pgnotify``) is attached: each local commit is also announced to the other
server processes, and their announcements wake this process (``wake``), never re-sent.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecabinet.server.events.pgnotify import PgBridge


class ChangeNotifier:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self.bridge: PgBridge | None = None

    def attach(self, bridge: PgBridge) -> None:
        self.bridge = bridge

    def notify(self) -> None:
        """A write committed in this process: wake its streams and tell the other processes."""
        self.wake()
        if self.bridge is not None:
            self.bridge.changed()

    def wake(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for loop, event in waiters:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # that loop has closed; its stream is gone
                self._discard(loop, event)

    def subscribe(self) -> asyncio.Event:
        event = asyncio.Event()
        with self._lock:
            self._waiters.add((asyncio.get_running_loop(), event))
        return event

    def unsubscribe(self, event: asyncio.Event) -> None:
        with self._lock:
            self._waiters = {w for w in self._waiters if w[1] is not event}

    def _discard(self, loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
        with self._lock:
            self._waiters.discard((loop, event))

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._waiters)
