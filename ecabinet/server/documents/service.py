"""Uploading, replacing, restricting, withdrawing and serving document versions.

An upload is staged and hashed as it arrives and checked in a child process. Then, in this order:

1. a read-only look at the database refuses what the write would refuse (permission, a closed meeting, a
   duplicate), so a refused upload sends no byte to the store;
2. the bytes go to the store, outside any transaction: with S3 that is a network upload of up to hundreds of MB,
   and write transactions run one at a time, so holding one open meanwhile would stall every other writer;
3. one short transaction checks everything again and records the version.

Blobs are content-addressed, so step 2 is idempotent: an object left behind when step 3 fails (a race lost, the
database down) is harmless, and a retry of the same upload reuses it instead of uploading again. Blobs are never
deleted on failure: the same bytes may be on their way to the database in another request (or already be a
version of another document). A store that cannot be reached is ``503 storage_unavailable`` with nothing recorded.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingState
from ecabinet.core.errors import Conflict, InvalidRequest, NotFound, PayloadTooLarge
from ecabinet.core.permissions import Action, Person, require_document
from ecabinet.server.access import document_access, load_meeting
from ecabinet.server.accounts.models import User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.config import Settings
from ecabinet.server.db import Database, utcnow
from ecabinet.server.documents.inspection import CheckedPdf, check_pdf
from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion, DownloadReceipt, OcrJob
from ecabinet.server.documents.storage import BlobStorage, check_sha256
from ecabinet.server.journal import Actor, audit, record_change
from ecabinet.server.meetings.models import AgendaItem, Meeting, Participant
from ecabinet.server.meetings.service import load_item
from ecabinet.server.ocr import OcrRunner


@dataclass(frozen=True)
class StagedUpload:
    path: Path
    sha256: str
    size: int
    filename: str


class UploadTooLarge(PayloadTooLarge):
    def __init__(self, limit: int) -> None:
        super().__init__(f"The file is larger than the limit of {limit // (1024 * 1024)} MB.")


class Stager:
    """Writes an upload to a staging file as it arrives, hashing it and stopping at the size limit."""

    def __init__(self, storage: BlobStorage, *, limit: int, filename: str) -> None:
        self.path = storage.staging_file()
        self._out = open(self.path, "wb")  # noqa: SIM115 - closed in finish/abort
        self._digest = hashlib.sha256()
        self._limit = limit
        self._filename = filename
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self._limit:
            self.abort()
            raise UploadTooLarge(self._limit)
        self._digest.update(chunk)
        self._out.write(chunk)

    def finish(self) -> StagedUpload:
        self._out.close()
        if self.size == 0:
            self.abort()
            raise InvalidRequest("The file is empty.", code="empty_file")
        return StagedUpload(
            path=self.path, sha256=self._digest.hexdigest(), size=self.size, filename=_clean_filename(self._filename)
        )

    def abort(self) -> None:
        self._out.close()
        self.path.unlink(missing_ok=True)


def stage_chunks(storage: BlobStorage, chunks: Iterable[bytes], *, limit: int, filename: str) -> StagedUpload:
    stager = Stager(storage, limit=limit, filename=filename)
    try:
        for chunk in chunks:
            stager.write(chunk)
    except BaseException:
        stager.abort()
        raise
    return stager.finish()


def _clean_filename(name: str) -> str:
    """Keep only the last path part, for display; it is never used as a path."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if ch.isprintable())[:300]


class Documents:
    def __init__(self, db: Database, storage: BlobStorage, settings: Settings) -> None:
        self.db = db
        self.storage = storage
        self.settings = settings
        #: Started and stopped with the app (the documents router's lifespan).
        self.ocr = OcrRunner(db, storage, settings)

    def check(self, staged: StagedUpload) -> CheckedPdf:
        """Blocking (a child process): run it in a worker thread. Deletes the staged file on rejection."""
        try:
            return check_pdf(
                staged.path,
                max_pages=self.settings.max_pages,
                timeout=self.settings.inspect_timeout_seconds,
                memory_bytes=self.settings.inspect_memory_bytes,
            )
        except BaseException:
            staged.path.unlink(missing_ok=True)
            raise

    def create_document(
        self,
        caller: Caller,
        *,
        meeting_id: str,
        item_id: str,
        title: str,
        restricted: bool,
        readers: list[str],
        staged: StagedUpload,
    ) -> tuple[Document, DocumentVersion]:
        checked = self.check(staged)
        try:
            with self.db.reading() as session:
                _load_item_for_upload(session, caller.person, meeting_id, item_id, readers)
            self.store(staged)
            with self.db.writing() as session:
                meeting, item = _load_item_for_upload(session, caller.person, meeting_id, item_id, readers)
                existing = session.execute(select(Document.sort_key).where(Document.item_id == item.id)).scalars().all()
                document = Document(
                    meeting_id=meeting.id,
                    item_id=item.id,
                    title=title.strip() or staged.filename or "Document",
                    restricted=restricted,
                    sort_key=max(existing, default=0) + 10,
                )
                session.add(document)
                session.flush()
                for user_id in sorted(set(readers)) if restricted else []:
                    session.add(DocumentReader(document_id=document.id, user_id=user_id))
                version = self._add_version(session, caller.actor, document, staged, checked)
                job_id = self._queue_ocr(session, document, version, checked)
        finally:
            staged.path.unlink(missing_ok=True)
        if job_id is not None:
            self.ocr.enqueue(job_id)
        return document, version

    def add_version(self, caller: Caller, *, document_id: str, staged: StagedUpload) -> DocumentVersion:
        checked = self.check(staged)
        try:
            with self.db.reading() as session:
                document = self._load_for_edit(session, caller.person, document_id)
                _refuse_duplicate(session, document.id, staged.sha256)
            self.store(staged)
            with self.db.writing() as session:
                document = self._load_for_edit(session, caller.person, document_id)
                version = self._add_version(session, caller.actor, document, staged, checked)
                job_id = self._queue_ocr(session, document, version, checked)
        finally:
            staged.path.unlink(missing_ok=True)
        if job_id is not None:
            self.ocr.enqueue(job_id)
        return version

    def add_document_in(
        self,
        session: Session,
        caller: Caller,
        *,
        meeting_id: str,
        item_id: str,
        title: str,
        restricted: bool,
        readers: list[str],
        staged: StagedUpload,
        checked: CheckedPdf,
    ) -> tuple[Document, DocumentVersion]:
        """Create a document inside the caller's transaction (an import does all its documents in one).

        The bytes must be in the store already (``store`` before the transaction began; see
        ``ecabinet.server.meetings.importer``). OCR jobs are queued in the table only: a running server takes
        them up."""
        meeting, item = load_item(session, caller.person, meeting_id, item_id, Action.EDIT_MEETING)
        _check_readers(session, meeting.id, readers)
        existing = session.execute(select(Document.sort_key).where(Document.item_id == item.id)).scalars().all()
        document = Document(
            meeting_id=meeting.id,
            item_id=item.id,
            title=title.strip() or staged.filename or "Document",
            restricted=restricted,
            sort_key=max(existing, default=0) + 10,
        )
        session.add(document)
        session.flush()
        for user_id in sorted(set(readers)) if restricted else []:
            session.add(DocumentReader(document_id=document.id, user_id=user_id))
        version = self._add_version(session, caller.actor, document, staged, checked)
        self._queue_ocr(session, document, version, checked)
        return document, version

    def _queue_ocr(
        self, session: Session, document: Document, version: DocumentVersion, checked: CheckedPdf
    ) -> int | None:
        """A scanned upload gets an OCR job in the same transaction (so it is never lost); the id to
        hand to the worker after commit, or None when there is nothing to do or no Tesseract."""
        if checked.scanned_pages <= 0:
            return None
        job = OcrJob(
            document_id=document.id,
            version_id=version.id,
            state=self.ocr.initial_state(),
            pages=checked.scanned_pages,
            pages_done=0,
        )
        session.add(job)
        session.flush()
        return job.id if job.state == "queued" else None

    def store(self, staged: StagedUpload) -> None:
        """Put checked bytes into the store, before (never inside) the transaction that records them.

        Consumes the staged file. Idempotent: bytes already stored under the hash are not sent again."""
        self.storage.put(staged.path, staged.sha256)

    def _add_version(
        self, session: Session, actor: Actor, document: Document, staged: StagedUpload, checked: CheckedPdf
    ) -> DocumentVersion:
        """Record a version whose bytes are already in the store (``store``)."""
        _refuse_duplicate(session, document.id, staged.sha256)
        version = DocumentVersion(
            document_id=document.id,
            sha256=staged.sha256,
            pages=checked.pages,
            size=staged.size,
            filename=staged.filename,
            created_by=actor.user_id or "",
            created_at=utcnow(),
        )
        session.add(version)
        session.flush()
        record_change(session, kind="document", entity_id=document.id, meeting_id=document.meeting_id)
        audit(
            session,
            actor,
            "version_added",
            target_kind="document",
            target_id=document.id,
            details={"sha256": staged.sha256, "pages": checked.pages, "size": staged.size},
        )
        return version

    def _load_for_edit(self, session: Session, person: Person, document_id: str) -> Document:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound("Document not found.")
        meeting, _ = load_meeting(session, person, document.meeting_id, Action.EDIT_MEETING)
        if meeting.state == MeetingState.CLOSED:
            raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")
        return document

    def set_access(self, caller: Caller, *, document_id: str, restricted: bool, readers: list[str]) -> Document:
        with self.db.writing() as session:
            document = self._load_for_edit(session, caller.person, document_id)
            _check_readers(session, document.meeting_id, readers)
            document.restricted = restricted
            for row in session.execute(
                select(DocumentReader).where(DocumentReader.document_id == document.id)
            ).scalars():
                session.delete(row)
            session.flush()
            for user_id in sorted(set(readers)) if restricted else []:
                session.add(DocumentReader(document_id=document.id, user_id=user_id))
            record_change(session, kind="document", entity_id=document.id, meeting_id=document.meeting_id)
            audit(
                session,
                caller.actor,
                "document_access_set",
                target_kind="document",
                target_id=document.id,
                details={"restricted": restricted, "readers": sorted(set(readers))},
            )
            return document

    def withdraw_version(self, caller: Caller, *, document_id: str, sha256: str, reason: str) -> DocumentVersion:
        with self.db.writing() as session:
            document = self._load_for_edit(session, caller.person, document_id)
            version = _find_version(session, document.id, sha256)
            if version.withdrawn_at is not None:
                raise Conflict("This version was already withdrawn.", code="already_withdrawn")
            version.withdrawn_at = utcnow()
            version.withdrawn_reason = reason[:500]
            record_change(session, kind="document", entity_id=document.id, meeting_id=document.meeting_id)
            audit(
                session,
                caller.actor,
                "version_withdrawn",
                target_kind="document",
                target_id=document.id,
                details={"sha256": sha256, "reason": reason[:500]},
            )
            return version

    def open_version(self, caller: Caller, *, document_id: str, sha256: str) -> tuple[DocumentVersion, Path | None]:
        """The version and its local file (None with object storage) if the caller may read it (404 / 403)."""
        try:
            check_sha256(sha256)
        except ValueError as exc:
            raise NotFound("Document not found.") from exc
        with self.db.reading() as session:
            document = session.get(Document, document_id)
            if document is None:
                raise NotFound("Document not found.")
            _, access = load_meeting(session, caller.person, document.meeting_id, Action.VIEW_MEETING)
            require_document(caller.person, access, document_access(session, document))
            version = _find_version(session, document.id, sha256)
            if version.withdrawn_at is not None:
                raise NotFound("This version was withdrawn.", code="version_withdrawn")
        return version, self.storage.local_file(sha256)

    def record_download(self, caller: Caller, version: DocumentVersion) -> None:
        """Audit a completed download once per version and device."""
        # Another request from the same device may finish first: one receipt is enough.
        with contextlib.suppress(IntegrityError):
            self._record_download(caller, version)

    def _record_download(self, caller: Caller, version: DocumentVersion) -> None:
        with self.db.writing() as session:
            seen = session.execute(
                select(DownloadReceipt.id).where(
                    DownloadReceipt.version_id == version.id, DownloadReceipt.device_id == caller.device_id
                )
            ).first()
            if seen:
                return
            session.add(DownloadReceipt(version_id=version.id, device_id=caller.device_id, user_id=caller.user_id))
            audit(
                session,
                caller.actor,
                "document_downloaded",
                target_kind="document",
                target_id=version.document_id,
                details={"sha256": version.sha256},
            )


def _load_item_for_upload(
    session: Session, person: Person, meeting_id: str, item_id: str, readers: list[str]
) -> tuple[Meeting, AgendaItem]:
    """The meeting and item a new document goes to, if the person may add it there (raises otherwise)."""
    meeting, item = load_item(session, person, meeting_id, item_id, Action.EDIT_MEETING)
    if meeting.state == MeetingState.CLOSED:
        raise Conflict("A closed meeting cannot be changed.", code="meeting_closed")
    _check_readers(session, meeting.id, readers)
    return meeting, item


def _refuse_duplicate(session: Session, document_id: str, sha256: str) -> None:
    existing = session.execute(
        select(DocumentVersion.id).where(DocumentVersion.document_id == document_id, DocumentVersion.sha256 == sha256)
    ).first()
    if existing is not None:
        raise Conflict("This exact file is already a version of the document.", code="duplicate_version")


def _find_version(session: Session, document_id: str, sha256: str) -> DocumentVersion:
    version = session.execute(
        select(DocumentVersion).where(DocumentVersion.document_id == document_id, DocumentVersion.sha256 == sha256)
    ).scalar_one_or_none()
    if version is None:
        raise NotFound("Document version not found.")
    return version


def _check_readers(session: Session, meeting_id: str, readers: list[str]) -> None:
    if not readers:
        return
    known = set(
        session.execute(
            select(Participant.user_id)
            .join(User, User.id == Participant.user_id)
            .where(
                Participant.meeting_id == meeting_id, Participant.removed_at.is_(None), Participant.user_id.in_(readers)
            )
        ).scalars()
    )
    unknown = sorted(set(readers) - known)
    if unknown:
        raise InvalidRequest(
            "Named readers must be participants of the meeting.", code="unknown_user", details={"user_ids": unknown}
        )
