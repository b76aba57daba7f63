"""Brings the store and the document cache up to date with the server.

Order of work: send the outbox (so our own changes come back in the feed), pull the change feed from the
stored cursor (a 304 when nothing changed), apply each page in one transaction, download missing document
versions in parallel with Range resume into the encrypted cache (the SHA-256 is checked before a file
becomes visible), carry the user's annotations over to new versions (re-anchoring), then purge what the user
may no longer see. Every step can be interrupted and run again.

Shared annotations in the feed go to the `AnnotationBook` (encrypted), not to the plaintext entity table.
A version that my annotations are on stays in the cache while the document is visible (re-anchoring needs its
bytes, and annotations that need review are shown on it), and an older listed version they are on is
downloaded when missing, so they can be carried over.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ecabinet.client import outbox
from ecabinet.client.annotations import AnnotationBook
from ecabinet.client.api import ApiClient, consultation_content_path
from ecabinet.client.cache import CacheIntegrityError, DocumentCache
from ecabinet.client.errors import DeviceRevoked, OfflineError
from ecabinet.client.store import ChangeHandler, Store


class SyncCancelled(Exception):
    pass


class _Dropped:
    """Where shared annotations go when no book is open: nowhere (they are never kept in plaintext)."""

    def apply_change(self, conn: sqlite3.Connection, change: dict[str, Any]) -> None:
        pass

    def reset(self, conn: sqlite3.Connection) -> None:
        pass


@dataclass
class SyncProgress:
    phase: str  # "outbox", "feed", "download", "reanchor", "purge", "done"
    files_done: int = 0
    files_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0


@dataclass
class SyncReport:
    changes: int = 0
    not_modified: bool = False
    downloaded: int = 0
    bytes_downloaded: int = 0
    purged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (sha256, reason)
    outbox: outbox.FlushResult = field(default_factory=outbox.FlushResult)
    offline: bool = False
    annotations_moved: int = 0  # my annotations carried over to a new version
    annotations_to_review: int = 0  # ... and those that could not be, kept on their version for review


@dataclass(frozen=True)
class WantedVersion:
    document_id: str
    sha256: str
    size: int
    title: str
    #: Where the bytes are, when not a meeting document's usual address (a consultation's papers).
    path: str | None = None


def expired_meetings(store: Store, *, retention_days: int | None, now: datetime | None = None) -> set[str]:
    """Meetings closed longer ago than the retention period: their packets are not kept on the device."""
    if retention_days is None:
        return set()
    limit = (now or datetime.now(UTC)) - timedelta(days=retention_days)
    expired: set[str] = set()
    for meeting in store.entities("meeting"):
        starts = datetime.fromisoformat(str(meeting["starts_at"]).replace("Z", "+00:00"))
        if meeting.get("state") == "closed" and starts < limit:
            expired.add(str(meeting["id"]))
    return expired


def wanted_versions(
    store: Store, *, retention_days: int | None = None, now: datetime | None = None
) -> list[WantedVersion]:
    """The newest version of every document the user may see, except packets of meetings closed longer
    than the retention period."""
    expired = expired_meetings(store, retention_days=retention_days, now=now)
    wanted = []
    for doc in store.entities("document"):
        if doc.get("meeting_id") in expired or not doc.get("versions"):
            continue
        newest = doc["versions"][-1]
        wanted.append(WantedVersion(doc["id"], newest["sha256"], int(newest["size"]), str(doc.get("title", ""))))
    wanted.extend(consultation_versions(store, retention_days=retention_days, now=now))
    return wanted


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def consultation_versions(
    store: Store, *, retention_days: int | None = None, now: datetime | None = None
) -> list[WantedVersion]:
    """The newest version of every paper of the consultations this user sees, so a member can read them and
    answer on the train; those of consultations closed longer ago than the retention period are left out."""
    limit = (now or datetime.now(UTC)) - timedelta(days=retention_days) if retention_days is not None else None
    wanted = []
    for consultation in store.entities("consultation"):
        if consultation.get("state") not in ("published", "closed"):
            continue
        deadline = consultation.get("deadline")
        closed = consultation.get("state") == "closed"
        if limit is not None and closed and deadline and _instant(str(deadline)) < limit:
            continue
        consultation_id = str(consultation["id"])
        for document in consultation.get("documents") or []:
            versions = document.get("versions") or []
            if not versions:
                continue
            newest = versions[-1]
            document_id, sha = str(document["id"]), str(newest["sha256"])
            path = consultation_content_path(consultation_id, document_id, sha)
            wanted.append(WantedVersion(document_id, sha, int(newest["size"]), str(document.get("title", "")), path))
    return wanted


def kept_versions(store: Store, wanted: list[WantedVersion]) -> set[str]:
    """Every cached file that may stay: the wanted ones, and older versions still listed (not withdrawn)."""
    keep = {w.sha256 for w in wanted}
    wanted_docs = {w.document_id for w in wanted}
    for doc in store.entities("document"):
        if doc["id"] in wanted_docs:
            keep.update(v["sha256"] for v in doc.get("versions", []))
    return keep


class SyncEngine:
    def __init__(
        self,
        api: ApiClient,
        store: Store,
        cache: DocumentCache,
        *,
        workers: int = 4,
        retention_days: int | None = None,
        annotations: AnnotationBook | None = None,
    ) -> None:
        """Without `annotations`, shared annotations in the feed are not kept (never in plaintext)."""
        self.api = api
        self.store = store
        self.cache = cache
        self.workers = workers
        self.retention_days = retention_days
        self.annotations = annotations
        self._lock = threading.Lock()

    def sync(
        self,
        *,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        report = SyncReport()
        cancel = cancel or threading.Event()
        say = progress or (lambda _p: None)
        try:
            say(SyncProgress("outbox"))
            report.outbox = outbox.flush(self.api, self.store)
            say(SyncProgress("feed"))
            report.changes, report.not_modified = self._pull(cancel)
        except DeviceRevoked:
            raise
        except OfflineError:
            report.offline = True
            return report
        self._download(report, say, cancel)
        if self.annotations is not None:
            say(SyncProgress("reanchor"))
            moved = self.annotations.reanchor_pending(self.cache)
            report.annotations_moved, report.annotations_to_review = moved.moved, moved.needs_review
        if not report.offline:
            say(SyncProgress("purge"))
            report.purged = self.cache.purge(self._kept())
        say(
            SyncProgress("done", report.downloaded, report.downloaded, report.bytes_downloaded, report.bytes_downloaded)
        )
        return report

    def _wanted(self) -> list[WantedVersion]:
        return wanted_versions(self.store, retention_days=self.retention_days)

    def _kept(self) -> set[str]:
        wanted = self._wanted()
        keep = kept_versions(self.store, wanted)
        if self.annotations is not None:
            visible = {w.document_id for w in wanted}
            for document_id, versions in self.annotations.annotated_versions().items():
                if document_id in visible:
                    keep.update(versions)
        return keep

    def _to_download(self) -> list[WantedVersion]:
        """The wanted versions, plus listed older versions my annotations wait on to be carried over."""
        wanted = self._wanted()
        if self.annotations is not None:
            visible = {w.document_id: w for w in wanted}
            documents = {str(d["id"]): d for d in self.store.entities("document")}
            for document_id, old_sha in self.annotations.pending_versions():
                newest = visible.get(document_id)
                listed = [v for v in documents.get(document_id, {}).get("versions", []) if v["sha256"] == old_sha]
                if newest is not None and listed:
                    wanted.append(WantedVersion(document_id, old_sha, int(listed[0]["size"]), newest.title))
        unique = {w.sha256: w for w in wanted}
        return list(unique.values())

    def _handlers(self) -> dict[str, ChangeHandler]:
        if self.annotations is None:
            return {"annotation": _Dropped()}
        return {"annotation": self.annotations.feed_handler}

    def _pull(self, cancel: threading.Event) -> tuple[int, bool]:
        applied = 0
        since = self.store.cursor
        etag = self.store.get_meta("feed_etag") if since else None
        while True:
            if cancel.is_set():
                raise SyncCancelled()
            page = self.api.feed(since, etag)
            if page is None:
                return applied, applied == 0
            applied += self.store.apply_changes(
                page.changes, cursor=page.cursor, etag=page.etag, reset=since == 0, handlers=self._handlers()
            )
            since, etag = page.cursor, page.etag
            if not page.more:
                return applied, False

    def _download(self, report: SyncReport, say: Callable[[SyncProgress], None], cancel: threading.Event) -> None:
        missing = [w for w in self._to_download() if not self.cache.has(w.sha256)]
        total_bytes = sum(w.size for w in missing)
        state = SyncProgress("download", 0, len(missing), 0, total_bytes)
        say(state)
        if not missing:
            return

        def count(n: int) -> None:
            with self._lock:
                state.bytes_done += n
                snapshot = SyncProgress(**vars(state))
            say(snapshot)

        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="ecabinet-download") as pool:
            futures = {pool.submit(self._fetch, w, count, cancel): w for w in missing}
            for future in as_completed(futures):
                wanted = futures[future]
                try:
                    fetched = future.result()
                except DeviceRevoked:
                    cancel.set()
                    raise
                except OfflineError:
                    report.offline = True
                    continue
                except CacheIntegrityError as exc:
                    report.failed.append((wanted.sha256, str(exc)))
                    continue
                if fetched:
                    with self._lock:
                        state.files_done += 1
                        report.downloaded += 1
                        report.bytes_downloaded += wanted.size
                    say(SyncProgress(**vars(state)))
        if cancel.is_set():
            raise SyncCancelled()

    def _fetch(self, wanted: WantedVersion, count: Callable[[int], None], cancel: threading.Event) -> bool:
        """Download one version into the cache; one retry from scratch when the bytes do not match."""
        for attempt in (1, 2):
            writer = self.cache.writer(wanted.sha256, wanted.size)
            try:
                start = writer.offset
                if start and attempt == 1:
                    count(start)  # bytes already stored by an earlier, interrupted sync

                def sink(block: bytes, _writer: Any = writer) -> None:
                    _writer.write(block)
                    count(len(block))

                if start < wanted.size:  # a complete partial (cancelled before commit) needs no bytes
                    self.api.download(
                        wanted.document_id,
                        wanted.sha256,
                        offset=start,
                        sink=sink,
                        cancelled=cancel.is_set,
                        path=wanted.path,
                    )
                if cancel.is_set():
                    writer.close()
                    return False
                try:
                    writer.commit()
                    return True
                except CacheIntegrityError:
                    if attempt == 2:
                        raise
            except BaseException:
                writer.close()
                raise
        return False
