"""OCR of scanned uploads in the background: a text layer so that search works on them.

Design: OCR makes a new version of the document (same document, ``derived_from`` = the scan's SHA-256,
``ocr: true``), made by the server. Versions are immutable and named by their bytes, so a changed
file must be a new version; readers then get the searchable file through the ordinary sync, and the
original scan stays in the version list (and in the audit). The job's progress is in the document's
JSON (``ocr: {state, pages_done, pages, ...}``) and every step is announced on the change feed.

One worker thread per server feeds one child process at a time (two cores: OCR must not starve
requests). The ``ocr_jobs`` table is the queue, so jobs survive a restart: ``start`` takes up
everything still queued or interrupted. Jobs queued by another process (``ecabinet admin meeting
import``) are picked up by a periodic look at the table. Without Tesseract's data the upload works
as before and the job says ``unavailable``; it is tried again when a server starts with Tesseract.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ecabinet.server.config import Settings
from ecabinet.server.db import Database, utcnow
from ecabinet.server.documents.models import Document, DocumentVersion, OcrJob
from ecabinet.server.documents.storage import BlobStorage, StorageUnavailable
from ecabinet.server.journal import SYSTEM, audit, record_change

log = logging.getLogger(__name__)

#: Tesseract languages, in the order tried: Vietnamese, Lao, English (Debian's tesseract-ocr-vie/-lao/-eng).
LANGUAGES = ("vie", "lao", "eng")
QUEUED, RUNNING, DONE, FAILED, UNAVAILABLE, SUPERSEDED = (
    "queued",
    "running",
    "done",
    "failed",
    "unavailable",
    "superseded",
)
_TESSDATA_GUESSES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)
INTERRUPTED = "interrupted"
#: Seconds between looks at the table for jobs queued by other processes.
POLL_SECONDS = 30.0
#: Progress is written at most this often (each write is a change-feed entry).
PROGRESS_SECONDS = 1.0


def find_tessdata() -> tuple[str, str] | None:
    """(tessdata folder, "vie+lao+eng" as far as installed), or None when OCR is unavailable here.

    MuPDF carries Tesseract itself; it needs only the language data (``*.traineddata``)."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *_TESSDATA_GUESSES]
    for folder in filter(None, candidates):
        path = Path(folder)
        installed = [lang for lang in LANGUAGES if (path / f"{lang}.traineddata").is_file()]
        if installed:
            return str(path), "+".join(installed)
    return None


class OcrRunner:
    def __init__(self, db: Database, storage: BlobStorage, settings: Settings) -> None:
        self.db = db
        self.storage = storage
        self.settings = settings
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._child: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self.tesseract = find_tessdata()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Resume interrupted and waiting jobs, then work in the background until ``stop``."""
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._work, name="ocr-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread is None:
            return
        self._stopping.set()
        self._queue.put(None)
        child = self._child
        if child is not None and child.poll() is None:
            child.kill()
        self._thread.join(timeout)
        self._thread = None

    def enqueue(self, job_id: int) -> None:
        self._queue.put(job_id)

    def initial_state(self) -> str:
        return QUEUED if self.tesseract else UNAVAILABLE

    # ------------------------------------------------------------ the worker

    def _resume(self) -> list[int]:
        """Interrupted jobs start again; ``unavailable`` ones get their chance once Tesseract is here."""
        with self.db.writing() as session:
            states = [RUNNING] + ([UNAVAILABLE] if self.tesseract else [])
            session.execute(
                update(OcrJob).where(OcrJob.state.in_(states)).values(state=QUEUED if self.tesseract else UNAVAILABLE)
            )
            return list(session.execute(select(OcrJob.id).where(OcrJob.state == QUEUED).order_by(OcrJob.id)).scalars())

    def _waiting(self) -> list[int]:
        with self.db.reading() as session:
            return list(session.execute(select(OcrJob.id).where(OcrJob.state == QUEUED).order_by(OcrJob.id)).scalars())

    def _work(self) -> None:
        try:
            for resumed in self._resume():
                self._queue.put(resumed)
        except Exception:
            log.exception("OCR: could not resume queued jobs")
        while not self._stopping.is_set():
            try:
                job_id = self._queue.get(timeout=POLL_SECONDS)
            except queue.Empty:
                with contextlib.suppress(Exception):
                    for waiting in self._waiting():
                        self._queue.put(waiting)
                continue
            if job_id is None:
                break
            try:
                self.run_job(job_id)
            except Exception:
                log.exception("OCR job %s failed", job_id)
                self._finish(job_id, FAILED, error="internal error")

    # ------------------------------------------------------------ one job

    def _claim(self, job_id: int) -> tuple[str, str, int, str] | None:
        """Mark the job running if it is still queued: (document id, source sha, pages, file name)."""
        with self.db.writing() as session:
            job = session.get(OcrJob, job_id)
            if job is None or job.state != QUEUED:
                return None
            version = session.get(DocumentVersion, job.version_id)
            if version is None:
                return None
            job.state = RUNNING
            job.pages_done = 0
            job.updated_at = utcnow()
            record_change(session, kind="document", entity_id=job.document_id, meeting_id=_meeting_of(session, job))
            return job.document_id, version.sha256, job.pages, version.filename

    def run_job(self, job_id: int) -> None:
        """Blocking: OCR one queued job now (the worker thread calls this; tests may too)."""
        claimed = self._claim(job_id)
        if claimed is None:
            return
        if self.tesseract is None:
            self._finish(job_id, UNAVAILABLE)
            return
        _document_id, sha, _pages, _filename = claimed
        tessdata, languages = self.tesseract
        output = self.storage.staging_file()
        try:
            with self.storage.fetch(sha) as source:
                error = self._run_child(job_id, source, output, languages, tessdata)
            if error == INTERRUPTED:
                self._finish(job_id, QUEUED)  # the server is stopping: taken up again at the next start
                return
            if error:
                self._finish(job_id, FAILED, error=error)
                return
            self._add_version(job_id, output)
        except StorageUnavailable as exc:
            # The scan could not be read or the result not stored: nothing was recorded; a later start retries.
            self._finish(job_id, FAILED, error=exc.message)
        finally:
            output.unlink(missing_ok=True)

    def _run_child(self, job_id: int, source: Path, output: Path, languages: str, tessdata: str) -> str | None:
        """Run the child, passing its progress on; the error text, or None on success."""
        cmd = [sys.executable, "-m", "ecabinet.server.ocr.child", str(source), str(output), languages, tessdata]
        memory = self.settings.inspect_memory_bytes

        def limit() -> None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

        child = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            preexec_fn=limit if sys.platform != "win32" else None,
        )
        self._child = child
        last_write = 0.0
        ok = False
        error = "OCR stopped unexpectedly"
        assert child.stdout is not None
        for raw in child.stdout:
            try:
                event = json.loads(raw)
            except ValueError:
                continue
            if "pages" in event:
                self._progress(job_id, 0, pages=int(event["pages"]))
            elif "done" in event and time.monotonic() - last_write >= PROGRESS_SECONDS:
                self._progress(job_id, int(event["done"]))
                last_write = time.monotonic()
            elif "error" in event:
                error = str(event["error"])
            elif event.get("ok"):
                ok = True
        child.wait()
        self._child = None
        if self._stopping.is_set() and not ok:
            return INTERRUPTED
        return None if ok and child.returncode == 0 else error

    def _progress(self, job_id: int, done: int, *, pages: int | None = None) -> None:
        with self.db.writing() as session:
            job = session.get(OcrJob, job_id)
            if job is None:
                return
            job.pages_done = done
            if pages is not None:
                job.pages = pages
            job.updated_at = utcnow()
            record_change(session, kind="document", entity_id=job.document_id, meeting_id=_meeting_of(session, job))

    def _finish(self, job_id: int, state: str, *, error: str = "", result: str | None = None) -> None:
        with self.db.writing() as session:
            job = session.get(OcrJob, job_id)
            if job is None:
                return
            job.state = state
            job.error = error[:2000]
            job.result_sha256 = result
            if state == DONE:
                job.pages_done = job.pages
            job.updated_at = utcnow()
            record_change(session, kind="document", entity_id=job.document_id, meeting_id=_meeting_of(session, job))

    def _add_version(self, job_id: int, output: Path) -> None:
        """Store the searchable file as the document's newest version, unless the scan was replaced or
        withdrawn meanwhile (then the result would hide a newer upload: it is dropped).

        As with uploads (``ecabinet.server.documents.service``), the bytes go to the store before the short
        transaction that records the version, never inside it: write transactions run one at a time."""
        digest = hashlib.sha256()
        with open(output, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha = digest.hexdigest()
        size = output.stat().st_size
        with self.db.reading() as session:
            job = session.get(OcrJob, job_id)
            current = job is not None and _source_is_newest(session, job)
        if current:  # superseded results are not sent to the store at all
            self.storage.put(output, sha)
        with self.db.writing() as session:
            job = session.get(OcrJob, job_id)
            if job is None:
                return
            source = session.get(DocumentVersion, job.version_id)
            meeting_id = _meeting_of(session, job)
            if source is None or not current or not _source_is_newest(session, job):
                job.state = SUPERSEDED
                job.updated_at = utcnow()
                record_change(session, kind="document", entity_id=job.document_id, meeting_id=meeting_id)
                return
            version = DocumentVersion(
                document_id=job.document_id,
                sha256=sha,
                pages=source.pages,
                size=size,
                filename=source.filename,
                created_by=source.created_by,
                created_at=utcnow(),
                derived_from=source.sha256,
                ocr=True,
            )
            session.add(version)
            session.flush()
            job.state = DONE
            job.pages_done = job.pages
            job.result_sha256 = sha
            job.updated_at = utcnow()
            record_change(session, kind="document", entity_id=job.document_id, meeting_id=meeting_id)
            audit(
                session,
                SYSTEM,
                "ocr_version_added",
                target_kind="document",
                target_id=job.document_id,
                details={"sha256": sha, "derived_from": source.sha256, "pages": job.pages, "meeting_id": meeting_id},
            )


def _source_is_newest(session: Session, job: OcrJob) -> bool:
    """Whether the job's scan is still the document's newest version in force (not replaced, not withdrawn)."""
    newest = session.execute(
        select(DocumentVersion.id)
        .where(DocumentVersion.document_id == job.document_id, DocumentVersion.withdrawn_at.is_(None))
        .order_by(DocumentVersion.created_at.desc(), DocumentVersion.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return newest is not None and newest == job.version_id


def _meeting_of(session: Session, job: OcrJob) -> str | None:
    document = session.get(Document, job.document_id)
    return document.meeting_id if document else None
