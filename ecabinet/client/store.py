"""The device's offline store: what the user may see, what they did offline, and where sync stopped.

SQLite in WAL mode, so the app reads while sync writes. Every write goes through one writer thread: SQLite
allows one writer anyway, and a single thread makes "apply this change set" one transaction that either
lands whole or not at all (a killed process leaves the store as it was before the set).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

SCHEMA_VERSION = 3

#: Version 2 replaced the unused plaintext ``annotations`` table of version 1 by one whose content is
#: encrypted (see ``ecabinet.client.annotations``); a version-1 table is set aside, not read. Version 3 keeps
#: the details of a refusal with an outbox item (a late answer's deadline and the server's time of receipt).
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    meeting_id TEXT,
    data TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS entities_meeting ON entities (meeting_id);
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    error_details TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE TABLE IF NOT EXISTS annotations (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    mine INTEGER NOT NULL,
    shared INTEGER NOT NULL,
    author_id TEXT,
    revision INTEGER,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    review TEXT,
    review_target TEXT,
    data BLOB NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS annotations_document ON annotations (document_id, sha256);
CREATE TABLE IF NOT EXISTS reanchored (
    document_id TEXT NOT NULL,
    old_sha256 TEXT NOT NULL,
    new_sha256 TEXT NOT NULL,
    moved INTEGER NOT NULL,
    review INTEGER NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (document_id, old_sha256, new_sha256)
);
"""

#: Children that go when their meeting goes (the server sends removes for them too; this is a backstop).
_MEETING_CHILDREN = ("agenda_item", "document", "position")
_DELETE_CHILDREN = f"DELETE FROM entities WHERE meeting_id = ? AND kind IN ({','.join('?' * len(_MEETING_CHILDREN))})"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _add_outbox_details(conn: sqlite3.Connection) -> None:
    """A store made before schema 3 gets the column for a refusal's details (empty for older refusals)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    if columns and "error_details" not in columns:
        conn.execute("ALTER TABLE outbox ADD COLUMN error_details TEXT")


def _set_aside_v1_annotations(conn: sqlite3.Connection) -> None:
    """A store made before schema 2 has a plaintext ``annotations`` table nothing ever wrote: drop it when
    empty, else rename it out of the way (never read again, never silently deleted)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(annotations)")}
    if not columns or "mine" in columns:
        return
    if conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] == 0:
        conn.execute("DROP TABLE annotations")
    else:
        conn.execute("ALTER TABLE annotations RENAME TO annotations_v1")


class ChangeHandler(Protocol):
    """Takes over one kind of change-feed entity instead of the plaintext ``entities`` table (shared
    annotations, which the store keeps encrypted). Both methods run inside the feed page's transaction."""

    def apply_change(self, conn: sqlite3.Connection, change: dict[str, Any]) -> None: ...

    def reset(self, conn: sqlite3.Connection) -> None:
        """A ``since=0`` answer is about to bring the full picture: forget what came from the feed."""


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    client_id: str
    kind: str
    method: str
    path: str
    body: dict[str, Any]
    state: str
    attempts: int
    error_code: str | None
    error_message: str | None
    created_at: str
    sent_at: str | None
    #: What the server said besides code and message (`server_time`, `deadline`, ...), for a refusal.
    error_details: dict[str, Any] = field(default_factory=dict)


class Store:
    """One store per (server, user) inside a profile folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ecabinet-store-writer")
        self._local = threading.local()
        self._write_conn: sqlite3.Connection | None = None
        self._all_readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        setup = self._connect()
        try:
            _set_aside_v1_annotations(setup)
            _add_outbox_details(setup)
            setup.executescript(_SCHEMA)
            setup.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(SCHEMA_VERSION),),
            )
        finally:
            setup.close()

    # -- connections ------------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.row_factory = sqlite3.Row
        return conn

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._readers_lock:
                self._all_readers.append(conn)
        return conn

    def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` in the writer thread inside one transaction; its result or its exception comes back."""
        if self._closed:
            raise RuntimeError("store is closed")

        def job() -> T:
            if self._write_conn is None:
                self._write_conn = self._connect()
            conn = self._write_conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result

        return self._writer.submit(job).result()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several reads."""
        conn = self._reader()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def close(self) -> None:
        if self._closed:
            return

        def shut() -> None:
            if self._write_conn is not None:
                self._write_conn.close()
                self._write_conn = None

        self._writer.submit(shut).result()
        self._writer.shutdown(wait=True)
        with self._readers_lock:
            for conn in self._all_readers:
                conn.close()
            self._all_readers.clear()
        self._closed = True

    # -- meta -------------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self._reader().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else default

    @staticmethod
    def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
        if value is None:
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def cursor(self) -> int:
        return int(self.get_meta("cursor", "0") or 0)

    # -- entities ---------------------------------------------------------------------------------------

    def apply_changes(
        self,
        changes: Iterable[dict[str, Any]],
        *,
        cursor: int,
        etag: str | None,
        reset: bool = False,
        hook: Callable[[int], None] | None = None,
        handlers: Mapping[str, ChangeHandler] | None = None,
    ) -> int:
        """Apply one page of the change feed and move the cursor, in one transaction.

        ``reset`` (a ``since=0`` answer) replaces everything: what the full picture leaves out is gone.
        ``hook`` is called after each change (tests use it to kill the process mid-way).
        ``handlers`` take the changes of their kind instead of the ``entities`` table.
        """
        items = list(changes)
        routed = dict(handlers or {})

        def apply(conn: sqlite3.Connection) -> int:
            if reset:
                conn.execute("DELETE FROM entities")
                for each in routed.values():
                    each.reset(conn)
            for n, change in enumerate(items):
                kind, entity_id = str(change["kind"]), str(change["id"])
                handler = routed.get(kind)
                if handler is not None:
                    handler.apply_change(conn, change)
                elif change["op"] == "upsert":
                    data = change["data"]
                    conn.execute(
                        "INSERT INTO entities (kind, id, meeting_id, data, seq) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT (kind, id) DO UPDATE SET meeting_id = excluded.meeting_id, "
                        "data = excluded.data, seq = excluded.seq",
                        (
                            kind,
                            entity_id,
                            data.get("meeting_id", entity_id if kind == "meeting" else None),
                            json.dumps(data, ensure_ascii=False),
                            int(change.get("seq", 0)),
                        ),
                    )
                else:
                    conn.execute("DELETE FROM entities WHERE kind = ? AND id = ?", (kind, entity_id))
                    if kind == "meeting":
                        conn.execute(_DELETE_CHILDREN, (entity_id, *_MEETING_CHILDREN))
                if hook:
                    hook(n)
            self.set_meta(conn, "cursor", str(cursor))
            self.set_meta(conn, "feed_etag", etag)
            return len(items)

        return self.write(apply)

    def entities(self, kind: str, *, meeting_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT data FROM entities WHERE kind = ?"
        args: tuple[Any, ...] = (kind,)
        if meeting_id is not None:
            sql += " AND meeting_id = ?"
            args += (meeting_id,)
        return [json.loads(row["data"]) for row in self._reader().execute(sql + " ORDER BY seq, id", args)]

    def entity(self, kind: str, entity_id: str) -> dict[str, Any] | None:
        row = (
            self._reader().execute("SELECT data FROM entities WHERE kind = ? AND id = ?", (kind, entity_id)).fetchone()
        )
        return json.loads(row["data"]) if row else None

    # -- outbox -----------------------------------------------------------------------------------------

    def enqueue(self, *, client_id: str, kind: str, method: str, path: str, body: dict[str, Any]) -> int:
        """Queue a call for the server; the same client id twice is one item."""

        return self.write(
            lambda conn: self.enqueue_in(conn, client_id=client_id, kind=kind, method=method, path=path, body=body)
        )

    @staticmethod
    def enqueue_in(
        conn: sqlite3.Connection, *, client_id: str, kind: str, method: str, path: str, body: dict[str, Any]
    ) -> int:
        """`enqueue` inside a transaction already open (so a local change and its outbox entry land together)."""
        cur = conn.execute(
            "INSERT INTO outbox (client_id, kind, method, path, body, created_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (client_id) DO NOTHING",
            (client_id, kind, method, path, json.dumps(body, ensure_ascii=False), _now()),
        )
        return int(cur.lastrowid or 0)

    def outbox(self, state: str | None = None) -> list[OutboxItem]:
        sql = "SELECT * FROM outbox"
        args: tuple[Any, ...] = ()
        if state:
            sql += " WHERE state = ?"
            args = (state,)
        return [
            OutboxItem(
                seq=row["seq"],
                client_id=row["client_id"],
                kind=row["kind"],
                method=row["method"],
                path=row["path"],
                body=json.loads(row["body"]),
                state=row["state"],
                attempts=row["attempts"],
                error_code=row["error_code"],
                error_message=row["error_message"],
                created_at=row["created_at"],
                sent_at=row["sent_at"],
                error_details=json.loads(row["error_details"]) if row["error_details"] else {},
            )
            for row in self._reader().execute(sql + " ORDER BY seq", args)
        ]

    def mark_outbox(
        self,
        seq: int,
        *,
        state: str,
        error_code: str | None = None,
        error_message: str | None = None,
        error_details: Mapping[str, Any] | None = None,
    ) -> None:
        details = json.dumps(dict(error_details), ensure_ascii=False) if error_details else None

        def mark(conn: sqlite3.Connection) -> None:
            # A sent item keeps its record (what, when) but not its body: a shared note's text or a position's
            # comment has no reason to stay on the device in the clear once the server has it.
            conn.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, error_code = ?, error_message = ?, "
                "error_details = ?, sent_at = CASE WHEN ? = 'done' THEN ? ELSE sent_at END, "
                "body = CASE WHEN ? = 'done' THEN '{}' ELSE body END WHERE seq = ?",
                (state, error_code, error_message, details, state, _now(), state, seq),
            )

        self.write(mark)

    def dismiss_refused(self, seq: int) -> None:
        """The user has seen a refusal: it leaves the list (the audit on the server keeps what happened)."""
        self.write(lambda conn: conn.execute("DELETE FROM outbox WHERE seq = ? AND state = 'refused'", (seq,)))
