"""The device's book of annotations: mine (private and shared) and the shared ones of others.

What a minister writes on a packet must never be lost, and a private note is not a government record:
it must never reach the server. So:

* Every save is one small SQLite transaction, done before `save` returns (the UI saves at the end of
  every stroke; a crash loses nothing), in the store's WAL with ``synchronous=FULL``.
* The content of every annotation (geometry, text, anchor quote, author name) is encrypted at rest with
  AES-256-GCM under a key derived from the vault's data key (HKDF, label ``ecabinet/annotations/v1/row``,
  the annotation id as associated data, so a row cannot be swapped for another). Only what the store must
  query stays in the clear: ids, document and version, mine/shared, author id, server revision, times and
  the review state.
* Private annotations are never queued for the server. A shared one of mine goes out through the outbox
  (``PUT``, a fresh client id per write) in the same transaction as the local write; unsharing queues a
  ``DELETE`` and keeps it here as private.
* Others' shared annotations (and mine made on another device) arrive through the change feed:
  `AnnotationBook.feed_handler` takes the feed's ``annotation`` changes inside the feed page's
  transaction. An echo of my own never overwrites a newer local edit nor one still waiting in the outbox.
* When a document gets a new version, `reanchor_pending` (run by the sync, once both versions are in the
  cache) carries my annotations over with `ecabinet.pdf.anchoring.reanchor`: placed ones move to the new
  version (shared ones are sent again), the others stay on their version with the reason recorded, listed
  by `needs_review`, until the user places or discards them (`resolve`). Each group is committed in one
  transaction that also records the (document, old, new) pair, so a crash in the middle is simply redone.

A re-shared annotation gets a new id: the server keeps a tombstone for a withdrawn one, and a withdrawal
wins over any later write with that id. `save` returns the annotation as stored; the UI keeps that one.
"""

# PyMuPDF (reached through ecabinet.pdf) ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ecabinet.client.api import ApiClient
from ecabinet.client.cache import DocumentCache
from ecabinet.client.notes_transfer import KdfParams, NotesFileError, open_notes, seal_notes
from ecabinet.client.store import Store
from ecabinet.core.annotations import Annotation, format_timestamp
from ecabinet.core.errors import InvalidRequest
from ecabinet.pdf.anchoring import Placed, reanchor

__all__ = [
    "AnnotationBook",
    "AnnotationError",
    "AnnotationNotFound",
    "AnnotationNotMine",
    "ImportResult",
    "MyAnnotationEntry",
    "ReanchorResult",
    "StoredAnnotation",
    "annotation_key",
]

log = logging.getLogger(__name__)

_INFO_ROW: Final = b"ecabinet/annotations/v1/row"
_ROW_VERSION: Final = b"\x01"
_NONCE_SIZE: Final = 12
_SNIPPET: Final = 120
#: Review reasons of this module (those of `ecabinet.pdf.anchoring.ReviewReason` are used as they are).
VERSION_UNAVAILABLE: Final = "version_unavailable"  # the old version's bytes are gone (withdrawn, not cached)
REANCHOR_FAILED: Final = "reanchor_failed"  # one of the two versions could not be read as a PDF


class AnnotationError(Exception):
    """Base of the book's refusals; ``code`` is stable for the UI's translated message."""

    code = "annotation_error"


class AnnotationNotMine(AnnotationError):
    """Only the author changes or withdraws an annotation; others' shared ones are read-only here."""

    code = "annotation_not_mine"


class AnnotationNotFound(AnnotationError):
    code = "annotation_not_found"


def annotation_key(data_key: bytes) -> bytes:
    """The key of the annotation rows: its own HKDF label, so no key of the cache serves two purposes."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO_ROW).derive(data_key)


@dataclass(frozen=True)
class StoredAnnotation:
    """One annotation as the viewer shows it."""

    annotation: Annotation
    mine: bool
    author_id: str | None  # None: mine, never sent
    author_name: str
    revision: int | None  # the server's revision; None for private ones and ones not yet echoed
    review: str | None = None  # why it could not be carried to the newest version (needs review), or None

    @property
    def id(self) -> str:
        return self.annotation.id

    @property
    def shared(self) -> bool:
        return self.annotation.shared


@dataclass(frozen=True)
class MyAnnotationEntry:
    """A row of "my annotations across the packet"."""

    document_id: str
    document_title: str
    page: int  # 0-based
    kind: str
    snippet: str  # the note's text, else the words it covers or lies by
    stored: StoredAnnotation


@dataclass
class ReanchorResult:
    moved: int = 0
    needs_review: int = 0
    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # (document id, old sha, new sha) done


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new on this device
    updated: int  # newer than the copy here
    unchanged: int  # already here (importing twice)
    skipped: int  # same id as one shared here, or of someone else: left alone
    unknown_documents: int  # annotations on documents this device does not (yet) have


def _iso(moment: datetime) -> str:
    return format_timestamp(moment)


class _FeedHandler:
    """Takes the change feed's ``annotation`` entries for the book (see `Store.apply_changes`)."""

    def __init__(self, book: AnnotationBook) -> None:
        self.book = book

    def apply_change(self, conn: sqlite3.Connection, change: dict[str, Any]) -> None:
        if change.get("op") == "upsert":
            self.book._feed_upsert(conn, change.get("data"))
        else:
            self.book._feed_remove(conn, str(change["id"]))

    def reset(self, conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM annotations WHERE mine = 0")


class AnnotationBook:
    """The annotations of one signed-in user on this device (``engine.annotations``)."""

    def __init__(self, store: Store, key: bytes, *, user: Mapping[str, Any]) -> None:
        if len(key) != 32:
            raise ValueError("the annotation key must be 32 bytes")
        self.store = store
        self.user_id = str(user["id"])
        self.user_name = str(user.get("display_name") or user.get("username") or "")
        self._aead = AESGCM(key)
        self.feed_handler = _FeedHandler(self)

    # -- encryption -------------------------------------------------------------------------------------

    def _seal(self, annotation: Annotation, author_name: str) -> bytes:
        plain = json.dumps({"annotation": annotation.to_json(), "author_name": author_name}, ensure_ascii=False)
        nonce = os.urandom(_NONCE_SIZE)
        return _ROW_VERSION + nonce + self._aead.encrypt(nonce, plain.encode("utf-8"), annotation.id.encode())

    def _open(self, row: sqlite3.Row) -> StoredAnnotation:
        blob = bytes(row["data"])
        if blob[:1] != _ROW_VERSION:
            raise AnnotationError(f"annotation {row['id']}: unknown row format")
        try:
            plain = self._aead.decrypt(blob[1 : 1 + _NONCE_SIZE], blob[1 + _NONCE_SIZE :], str(row["id"]).encode())
        except InvalidTag:
            raise AnnotationError(f"annotation {row['id']}: the key does not open it (or it was altered)") from None
        data = json.loads(plain)
        return StoredAnnotation(
            annotation=Annotation.from_json(data["annotation"]),
            mine=bool(row["mine"]),
            author_id=row["author_id"],
            author_name=str(data.get("author_name", "")),
            revision=row["revision"],
            review=row["review"],
        )

    def _put(
        self,
        conn: sqlite3.Connection,
        annotation: Annotation,
        *,
        mine: bool,
        author_id: str | None,
        author_name: str,
        revision: int | None,
        withdrawn: bool = False,
        review: str | None = None,
        review_target: str | None = None,
    ) -> StoredAnnotation:
        conn.execute(
            "INSERT INTO annotations (id, document_id, sha256, mine, shared, author_id, revision, withdrawn, review, "
            "review_target, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            "SET document_id = excluded.document_id, sha256 = excluded.sha256, mine = excluded.mine, "
            "shared = excluded.shared, author_id = excluded.author_id, revision = excluded.revision, "
            "withdrawn = excluded.withdrawn, review = excluded.review, review_target = excluded.review_target, "
            "data = excluded.data, updated_at = excluded.updated_at",
            (
                annotation.id,
                annotation.document_id,
                annotation.sha256,
                int(mine),
                int(annotation.shared),
                author_id,
                revision,
                int(withdrawn),
                review,
                review_target,
                self._seal(annotation, author_name),
                _iso(annotation.updated_at),
            ),
        )
        return StoredAnnotation(annotation, mine, author_id, author_name, revision, review)

    @staticmethod
    def _row(conn: sqlite3.Connection, annotation_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = conn.execute("SELECT * FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        return row

    def _select(self, where: str, args: tuple[Any, ...] = ()) -> list[StoredAnnotation]:
        with self.store.reading() as conn:
            rows = conn.execute(f"SELECT * FROM annotations WHERE {where}", args).fetchall()
        found = [self._open(row) for row in rows]
        return sorted(found, key=lambda s: (s.annotation.page, s.annotation.created_at, s.id))

    # -- the outbox -------------------------------------------------------------------------------------

    @staticmethod
    def _send(conn: sqlite3.Connection, annotation: Annotation) -> None:
        Store.enqueue_in(
            conn,
            client_id=str(uuid.uuid4()),
            kind="annotation",
            method="PUT",
            path=ApiClient.annotation_path(annotation.id),
            body=annotation.to_json(),
        )

    @staticmethod
    def _withdraw(conn: sqlite3.Connection, annotation_id: str) -> None:
        Store.enqueue_in(
            conn,
            client_id=str(uuid.uuid4()),
            kind="annotation",
            method="DELETE",
            path=ApiClient.annotation_path(annotation_id),
            body={},
        )

    @staticmethod
    def _waiting(conn: sqlite3.Connection, annotation_id: str) -> bool:
        """Whether a write or withdrawal of this annotation still waits in the outbox."""
        row = conn.execute(
            "SELECT 1 FROM outbox WHERE kind = 'annotation' AND path = ? AND state = 'pending' LIMIT 1",
            (ApiClient.annotation_path(annotation_id),),
        ).fetchone()
        return row is not None

    # -- what the UI calls ------------------------------------------------------------------------------

    def save(self, annotation: Annotation) -> StoredAnnotation:
        """Store a new or changed annotation of mine now (one transaction), and queue what the server
        must know: a PUT when it is shared, a DELETE when it was shared and no longer is. Returns it as
        stored; a re-shared annotation comes back with a new id (see the module docstring)."""
        return self.store.write(lambda conn: self._save(conn, annotation, clear_review=False))

    def _save(self, conn: sqlite3.Connection, annotation: Annotation, *, clear_review: bool) -> StoredAnnotation:
        row = self._row(conn, annotation.id)
        if row is not None and not row["mine"]:
            raise AnnotationNotMine("Only its author can change this annotation.")
        was_shared = bool(row["shared"]) if row is not None else False
        withdrawn = bool(row["withdrawn"]) if row is not None else False
        revision = row["revision"] if row is not None else None
        review = review_target = None
        if row is not None and row["sha256"] == annotation.sha256 and not clear_review:
            review, review_target = row["review"], row["review_target"]
        if annotation.shared and withdrawn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation.id,))
            annotation = replace(annotation, id=str(uuid.uuid4()))
            withdrawn, revision = False, None
        if annotation.shared:
            self._send(conn, annotation)
        elif was_shared:
            self._withdraw(conn, annotation.id)
            withdrawn, revision = True, None
        return self._put(
            conn,
            annotation,
            mine=True,
            author_id=self.user_id,
            author_name=self.user_name,
            revision=revision,
            withdrawn=withdrawn,
            review=review,
            review_target=review_target,
        )

    def delete(self, annotation_id: str) -> bool:
        """Remove one of my annotations (a shared one is also withdrawn from the server through the outbox).
        False when it is not here (deleting twice is harmless). Undo is the UI's: it saves the copy again."""

        def remove(conn: sqlite3.Connection) -> bool:
            row = self._row(conn, annotation_id)
            if row is None:
                return False
            if not row["mine"]:
                raise AnnotationNotMine("Only its author can delete this annotation.")
            if row["shared"]:
                self._withdraw(conn, annotation_id)
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            return True

        return self.store.write(remove)

    def get(self, annotation_id: str) -> StoredAnnotation | None:
        found = self._select("id = ?", (annotation_id,))
        return found[0] if found else None

    def for_document(self, document_id: str, sha256: str | None = None) -> list[StoredAnnotation]:
        """Mine (private and shared) and others' shared annotations on a document, on one version when
        `sha256` is given; by page, then in the order they were made."""
        if sha256 is None:
            return self._select("document_id = ?", (document_id,))
        return self._select("document_id = ? AND sha256 = ?", (document_id, sha256))

    def needs_review(self, document_id: str | None = None) -> list[StoredAnnotation]:
        """My annotations that could not be carried to a newer version; they stay on their own version."""
        if document_id is None:
            return self._select("mine = 1 AND review IS NOT NULL")
        return self._select("mine = 1 AND review IS NOT NULL AND document_id = ?", (document_id,))

    def resolve(self, annotation_id: str, placed: Annotation | None) -> StoredAnnotation | None:
        """Settle one that needs review: `placed` is where the user put it by hand (same id, usually on the
        newest version; a shared one is sent again), or None to discard it. Returns it as stored."""
        if placed is None:
            self.delete(annotation_id)
            return None
        if placed.id != annotation_id:
            raise ValueError("the placed annotation must keep its id")

        def settle(conn: sqlite3.Connection) -> StoredAnnotation:
            if self._row(conn, annotation_id) is None:
                raise AnnotationNotFound("This annotation is no longer here.")
            return self._save(conn, placed, clear_review=True)

        return self.store.write(settle)

    def mine_in_meeting(self, meeting_id: str) -> list[MyAnnotationEntry]:
        """My annotations on the documents of one meeting (every version), in packet order, then by page."""
        entries = []
        for document in self.store.entities("document", meeting_id=meeting_id):
            for stored in self._select("mine = 1 AND document_id = ?", (str(document["id"]),)):
                annotation = stored.annotation
                snippet = annotation.text or (annotation.anchor.quote if annotation.anchor else "")
                if len(snippet) > _SNIPPET:
                    snippet = snippet[: _SNIPPET - 1].rstrip() + "…"
                entries.append(
                    MyAnnotationEntry(
                        document_id=annotation.document_id,
                        document_title=str(document.get("title", "")),
                        page=annotation.page,
                        kind=annotation.kind,
                        snippet=snippet,
                        stored=stored,
                    )
                )
        return entries

    # -- the change feed --------------------------------------------------------------------------------

    def _feed_upsert(self, conn: sqlite3.Connection, data: Any) -> None:
        if not isinstance(data, dict):
            return
        body = dict(data)
        author = body.pop("author", None) or {}
        revision = body.pop("revision", None)
        body.pop("meeting_id", None)
        try:
            annotation = Annotation.from_json(body)
        except InvalidRequest as exc:
            log.warning("ignoring a malformed shared annotation from the feed: %s", exc)
            return
        author_id = str(author.get("id", "")) if isinstance(author, dict) else ""
        author_name = str(author.get("display_name", "")) if isinstance(author, dict) else ""
        revision = revision if isinstance(revision, int) and not isinstance(revision, bool) else None
        row = self._row(conn, annotation.id)
        mine = author_id == self.user_id
        if mine:
            if self._waiting(conn, annotation.id):
                return  # a newer local write or a withdrawal is on its way
            newer_here = row is not None and str(row["updated_at"]) > _iso(annotation.updated_at)
            if row is not None and row["mine"] and (not row["shared"] or newer_here):
                return  # unshared here since, or edited here since
            same_version = row is not None and row["sha256"] == annotation.sha256
            self._put(
                conn,
                annotation,
                mine=True,
                author_id=author_id,
                author_name=author_name,
                revision=revision,
                review=row["review"] if same_version and row is not None else None,
                review_target=row["review_target"] if same_version and row is not None else None,
            )
            return
        if row is not None and row["mine"]:
            log.warning("the feed sent annotation %s of another author with the id of one of mine", annotation.id)
            return
        if row is not None and row["revision"] is not None and revision is not None and row["revision"] > revision:
            return
        self._put(conn, annotation, mine=False, author_id=author_id, author_name=author_name, revision=revision)

    def _feed_remove(self, conn: sqlite3.Connection, annotation_id: str) -> None:
        row = self._row(conn, annotation_id)
        if row is None:
            return
        if not row["mine"]:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            return
        if not row["shared"] or self._waiting(conn, annotation_id):
            return
        # Mine and shared: withdrawn from another of my devices (a withdrawal wins), unless the document
        # itself went away from me: then the words are still mine and stay here, never dropped.
        document = conn.execute(
            "SELECT 1 FROM entities WHERE kind = 'document' AND id = ?", (row["document_id"],)
        ).fetchone()
        if document is not None:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))

    # -- new versions -----------------------------------------------------------------------------------

    def _newest_versions(self) -> dict[str, str]:
        newest = {}
        for document in self.store.entities("document"):
            versions = document.get("versions") or []
            if versions:
                newest[str(document["id"])] = str(versions[-1]["sha256"])
        return newest

    def annotated_versions(self) -> dict[str, set[str]]:
        """Document id -> the versions my annotations are on (their bytes must stay in the cache)."""
        found: dict[str, set[str]] = {}
        with self.store.reading() as conn:
            for row in conn.execute("SELECT DISTINCT document_id, sha256 FROM annotations WHERE mine = 1"):
                found.setdefault(str(row["document_id"]), set()).add(str(row["sha256"]))
        return found

    def pending_versions(self, newest: Mapping[str, str] | None = None) -> dict[tuple[str, str], str]:
        """(document id, old version) -> newest version, for my annotations still to carry over."""
        newest = self._newest_versions() if newest is None else newest
        pending: dict[tuple[str, str], str] = {}
        with self.store.reading() as conn:
            rows = conn.execute(
                "SELECT DISTINCT document_id, sha256, review_target FROM annotations WHERE mine = 1"
            ).fetchall()
        for row in rows:
            target = newest.get(str(row["document_id"]))
            if target is None or target == row["sha256"] or row["review_target"] == target:
                continue
            pending[(str(row["document_id"]), str(row["sha256"]))] = target
        return pending

    def reanchor_pending(self, cache: DocumentCache) -> ReanchorResult:
        """Carry my annotations on older versions over to the newest version of their document, for every
        document whose newest version is cached. Safe to run again at any time: what is done is not redone."""
        result = ReanchorResult()
        for (document_id, old_sha), new_sha in self.pending_versions().items():
            if not cache.has(new_sha):
                continue  # the sync has not brought it yet
            moved, review = self._reanchor_group(cache, document_id, old_sha, new_sha)
            result.moved += moved
            result.needs_review += review
            result.pairs.append((document_id, old_sha, new_sha))
        return result

    def _reanchor_group(self, cache: DocumentCache, document_id: str, old_sha: str, new_sha: str) -> tuple[int, int]:
        group = self._select(
            "mine = 1 AND document_id = ? AND sha256 = ? AND (review_target IS NULL OR review_target != ?)",
            (document_id, old_sha, new_sha),
        )
        outcomes: list[Placed | str]
        if not cache.has(old_sha):
            outcomes = [VERSION_UNAVAILABLE] * len(group)
        else:
            try:
                results = reanchor(
                    cache.open_bytes(old_sha),
                    cache.open_bytes(new_sha),
                    [stored.annotation for stored in group],
                    new_sha256=new_sha,
                )
                outcomes = [r if isinstance(r, Placed) else str(r.reason) for r in results]
            except Exception:  # a PDF PyMuPDF cannot read: keep every annotation where it is, for review
                log.exception("re-anchoring %s from %s to %s failed", document_id, old_sha, new_sha)
                outcomes = [REANCHOR_FAILED] * len(group)

        def commit(conn: sqlite3.Connection) -> tuple[int, int]:
            moved = review = 0
            for stored, outcome in zip(group, outcomes, strict=True):
                row = self._row(conn, stored.id)
                if row is None or row["sha256"] != old_sha or row["updated_at"] != _iso(stored.annotation.updated_at):
                    continue  # deleted or edited meanwhile: the next run takes the current state
                if isinstance(outcome, Placed):
                    annotation = outcome.annotation
                    if annotation.shared:
                        self._send(conn, annotation)
                    self._put(
                        conn,
                        annotation,
                        mine=True,
                        author_id=row["author_id"],
                        author_name=stored.author_name,
                        revision=row["revision"],
                        withdrawn=bool(row["withdrawn"]),
                    )
                    moved += 1
                else:
                    conn.execute(
                        "UPDATE annotations SET review = ?, review_target = ? WHERE id = ?",
                        (outcome, new_sha, stored.id),
                    )
                    review += 1
            conn.execute(
                "INSERT INTO reanchored (document_id, old_sha256, new_sha256, moved, review, done_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, old_sha256, new_sha256) DO UPDATE SET "
                "moved = moved + excluded.moved, review = review + excluded.review, done_at = excluded.done_at",
                (document_id, old_sha, new_sha, moved, review, datetime.now(UTC).isoformat()),
            )
            return moved, review

        return self.store.write(commit)

    def reanchored_pairs(self) -> list[tuple[str, str, str]]:
        """(document id, old sha, new sha) of every carry-over done on this device."""
        with self.store.reading() as conn:
            rows = conn.execute(
                "SELECT document_id, old_sha256, new_sha256 FROM reanchored ORDER BY done_at"
            ).fetchall()
        return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    # -- export and import of my private notes ----------------------------------------------------------

    def export_notes(
        self, path: Path, document_ids: Iterable[str], passphrase: str, *, params: KdfParams | None = None
    ) -> int:
        """Write my private annotations on the chosen documents (every version) to an ``.ecnotes`` file
        sealed under `passphrase`; returns how many. The file is written whole or not at all."""
        chosen = list(dict.fromkeys(document_ids))
        annotations = [
            stored.annotation
            for document_id in chosen
            for stored in self._select("mine = 1 AND shared = 0 AND document_id = ?", (document_id,))
        ]
        documents = []
        for document_id in chosen:
            entity = self.store.entity("document", document_id) or {}
            documents.append(
                {
                    "id": document_id,
                    "title": str(entity.get("title", "")),
                    "sha256": sorted({a.sha256 for a in annotations if a.document_id == document_id}),
                }
            )
        payload = json.dumps(
            {
                "format": 1,
                "exported_at": _iso(datetime.now(UTC)),
                "documents": documents,
                "annotations": [a.to_json() for a in annotations],
            },
            ensure_ascii=False,
        ).encode("utf-8")
        blob = seal_notes(payload, passphrase, params)
        path = Path(path)
        tmp = path.with_name(path.name + f".{uuid.uuid4().hex[:8]}.tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(blob)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return len(annotations)

    def import_notes(self, path: Path, passphrase: str) -> ImportResult:
        """Read an ``.ecnotes`` file into this device's store (re-encrypted under this device's key), as my
        private annotations. Everything is checked before anything is written: a wrong passphrase
        (`NotesPassphraseError`) or a damaged file (`NotesFileError`) imports nothing. Importing the same
        file twice changes nothing the second time."""
        payload = open_notes(Path(path).read_bytes(), passphrase)
        try:
            data = json.loads(payload)
            raw = data["annotations"]
            if data.get("format") != 1 or not isinstance(raw, list):
                raise NotesFileError("The notes file holds no annotations this version can read.")
            annotations = [Annotation.from_json(item) for item in raw]
        except (ValueError, KeyError, TypeError, InvalidRequest) as exc:
            raise NotesFileError("The notes file holds damaged annotations.") from exc
        known = {str(document["id"]) for document in self.store.entities("document")}

        def add(conn: sqlite3.Connection) -> ImportResult:
            imported = updated = unchanged = skipped = 0
            for annotation in annotations:
                annotation = replace(annotation, shared=False)
                row = self._row(conn, annotation.id)
                if row is None:
                    imported += 1
                elif not row["mine"] or row["shared"]:
                    skipped += 1
                    continue
                elif str(row["updated_at"]) >= _iso(annotation.updated_at):
                    unchanged += 1
                    continue
                else:
                    updated += 1
                self._save(conn, annotation, clear_review=False)
            unknown = sum(1 for a in annotations if a.document_id not in known)
            return ImportResult(imported, updated, unchanged, skipped, unknown)

        return self.store.write(add)
