"""Wakes open event streams when a write commits.

Writes run in worker threads and streams in the event loop, so the notifier hands a wake-up across
with ``call_soon_threadsafe``. A wake-up carries nothing: each stream re-reads the cursor and re-checks
its token, so a lost or merged wake-up cannot lose a change (the feed is the truth).
"""

from __future__ import annotations

import asyncio
import threading


class ChangeNotifier:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()

    def notify(self) -> None:
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
