"""Events between server processes through PostgreSQL ``LISTEN``/``NOTIFY``.

Why this and not Redis: PostgreSQL is already there, and a notification is only a hint. After each write
commits, the writing process sends ``{"p": pid, "k": "c"}`` on one channel; every process listens on its own
connection and wakes its event hub, which reads the change log (the truth) from its cursor. A lost hint costs
at most the hub's one-second poll, never a change. Short-lived events (presenter page, speakers' queue), which
are not stored, travel whole in the payload (``"k": "e"``), and are dropped when larger than PostgreSQL allows
(they are never replayed anyway; the next one replaces them).

The listener reconnects with a growing pause when PostgreSQL restarts, and wakes the hub after each
reconnect: whatever committed meanwhile is then read from the log.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url

log = logging.getLogger("ecabinet.events")

CHANNEL = "ecabinet_events"
#: PostgreSQL refuses payloads of 8000 bytes or more.
MAX_PAYLOAD = 7900


def conninfo(sqlalchemy_url: str) -> str:
    """A libpq URL for psycopg from a SQLAlchemy ``postgresql+psycopg://`` URL."""
    url = make_url(sqlalchemy_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class PgBridge:
    """Sends hints after commits and runs one listener thread per process."""

    def __init__(
        self,
        engine: Engine,
        *,
        on_change: Callable[[], None],
        on_ephemeral: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.engine = engine
        self.on_change = on_change
        self.on_ephemeral = on_ephemeral
        self.pid = os.getpid()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        #: How many times the listener (re)connected: tests watch it recover from a PostgreSQL restart.
        self.connects = 0
        self.connected = threading.Event()
        self._sender: threading.Thread | None = None
        self._outbox: list[str] = []
        self._outbox_lock = threading.Lock()
        self._outbox_ready = threading.Event()
        self._change_pending = False
        self._closing = False
        # When the database is disposed (app shutdown, a CLI command's end), send what is pending and let go of
        # every connection: a leftover one would keep the database busy (DROP DATABASE, CREATE ... TEMPLATE).
        event.listen(engine, "engine_disposed", self._on_dispose)

    # ------------------------------------------------------------ sending

    def changed(self) -> None:
        """A write committed here: tell the other processes (soon, off the request's thread).

        Hints are merged: a vote storm's hundreds of commits a second become a few notifications, and no
        request waits for a round trip to PostgreSQL that only serves other processes."""
        self._ensure_sender()
        with self._outbox_lock:
            self._change_pending = True
        self._outbox_ready.set()

    def ephemeral(self, event: dict[str, Any]) -> None:
        data = _encode({"p": self.pid, "k": "e", "e": event})
        if len(data.encode()) > MAX_PAYLOAD:
            log.warning("event %s too large to send to other processes; dropped", event.get("event"))
            return
        self._ensure_sender()
        with self._outbox_lock:
            self._outbox.append(data)
        self._outbox_ready.set()

    def _ensure_sender(self) -> None:
        if self._sender is None or not self._sender.is_alive():
            with self._lock:
                if self._sender is None or not self._sender.is_alive():
                    self._sender = threading.Thread(target=self._send_forever, name="ecabinet-pg-notify", daemon=True)
                    self._sender.start()

    def _on_dispose(self, engine: Engine) -> None:
        self.close()
        engine.pool.dispose()  # the sender may have used the new pool meanwhile

    def close(self) -> None:
        """Flush pending hints, stop both threads and close their connections."""
        self._closing = True
        self._outbox_ready.set()
        sender = self._sender
        if sender is not None and sender is not threading.current_thread():
            sender.join(timeout=5)
        self._sender = None
        self.stop()
        self._closing = False

    def _send_forever(self) -> None:
        while True:
            self._outbox_ready.wait()
            self._outbox_ready.clear()
            closing = self._closing
            with self._outbox_lock:
                batch = list(self._outbox)
                self._outbox.clear()
                if self._change_pending:
                    batch.append(_encode({"p": self.pid, "k": "c"}))
                    self._change_pending = False
            if batch:
                try:
                    with self.engine.connect() as conn:
                        for data in batch:
                            conn.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": data})
                        conn.commit()
                except Exception:  # the other processes' poll finds committed changes anyway
                    log.warning("could not notify other server processes", exc_info=True)
            if closing:
                return

    # ------------------------------------------------------------ listening

    def start(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            if self.pid != os.getpid():  # forked: a new process listens for itself
                self.pid = os.getpid()
            self._stop.clear()
            self._thread = threading.Thread(target=self._listen_forever, name="ecabinet-pg-listen", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout=5)

    def _listen_forever(self) -> None:
        pause = 0.2
        dsn = conninfo(self.engine.url.render_as_string(hide_password=False))
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connects += 1
                    self.connected.set()
                    pause = 0.2
                    self.on_change()  # catch up on whatever committed while we were not listening
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._handle(note.payload)
            except Exception as exc:
                self.connected.clear()
                if self._stop.is_set():
                    return
                log.warning("event listener lost PostgreSQL (%s); reconnecting in %.1f s", exc, pause)
                self._stop.wait(pause)
                pause = min(pause * 2, 5.0)

    def _handle(self, payload: str) -> None:
        try:
            message = json.loads(payload)
        except ValueError:
            return
        if message.get("p") == self.pid:
            return  # our own: already handled in-process
        if message.get("k") == "c":
            self.on_change()
        elif message.get("k") == "e" and self.on_ephemeral is not None:
            self.on_ephemeral(message.get("e") or {})


def _encode(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def wait_connected(bridge: PgBridge, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if bridge.connected.wait(0.05):
            return True
    return False
