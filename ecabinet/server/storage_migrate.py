"""``ecabinet admin storage migrate --to s3://bucket``: copy every document version to another store.

Resumable by construction: blobs are named by their hash and appear in the target only once complete (an
S3 object after its upload finished, a file after its rename), so a second run skips what is already there
and copies the rest. Every copied blob is read back from the target and hashed; the source is hashed too, so
a damaged source file is reported instead of copied. The servers may keep running on the old store
meanwhile (new uploads land there); run the command again after switching ``ECABINET_STORAGE_URL`` to pick
up anything uploaded in between.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ecabinet.server.db import Database
from ecabinet.server.documents.models import DocumentVersion
from ecabinet.server.documents.storage import READ_BLOCK, BlobStorage


@dataclass
class MigrationReport:
    total: int = 0
    copied: int = 0
    present: int = 0
    bytes_copied: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    index: int
    total: int
    sha256: str
    size: int
    outcome: str  # copied | present | verified | failed: ...


def hash_of(storage: BlobStorage, sha256: str, size: int) -> str:
    digest = hashlib.sha256()
    if size > 0:
        for block in storage.read_range(sha256, 0, size - 1):
            digest.update(block)
    return digest.hexdigest()


def blobs_to_copy(db: Database, source: BlobStorage) -> list[str]:
    """Every document version the database knows, then any other blob in the source (minutes, OCR output)."""
    with db.reading() as session:
        known = list(
            dict.fromkeys(session.execute(select(DocumentVersion.sha256).order_by(DocumentVersion.id)).scalars())
        )
    seen = set(known)
    extra = [sha for sha in source.hashes() if sha not in seen]
    return known + extra


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _store(target: BlobStorage, path: Path, sha256: str) -> None:
    upload = getattr(target, "upload", None)
    if upload is not None:  # object storage uploads straight from the source file
        upload(path, sha256)
        return
    staged = target.staging_file()
    shutil.copyfile(path, staged)
    target.put(staged, sha256)


def migrate(
    db: Database,
    source: BlobStorage,
    target: BlobStorage,
    *,
    verify_existing: bool = False,
    on_step: Callable[[Step], None] | None = None,
) -> MigrationReport:
    report = MigrationReport()
    shas = blobs_to_copy(db, source)
    report.total = len(shas)
    for index, sha in enumerate(shas, start=1):
        outcome = _migrate_one(source, target, sha, verify_existing, report)
        if on_step is not None:
            size = source.size(sha) if source.exists(sha) else 0
            on_step(Step(index, len(shas), sha, size, outcome))
    return report


def _migrate_one(source: BlobStorage, target: BlobStorage, sha: str, verify: bool, report: MigrationReport) -> str:
    try:
        if not source.exists(sha):
            if target.exists(sha):
                report.present += 1
                return "present"
            report.failed.append((sha, "missing from the source"))
            return "failed: missing from the source"
        size = source.size(sha)
        if target.exists(sha) and target.size(sha) == size:
            if verify and hash_of(target, sha, size) != sha:
                target.delete(sha)  # damaged copy: copy again below
            else:
                report.present += 1
                return "verified" if verify else "present"
        with source.fetch(sha) as path:
            if _file_hash(path) != sha:
                report.failed.append((sha, "the source's bytes do not match their hash"))
                return "failed: source damaged"
            _store(target, path, sha)
        if hash_of(target, sha, size) != sha:
            target.delete(sha)
            report.failed.append((sha, "the copy read back does not match its hash"))
            return "failed: copy damaged"
        report.copied += 1
        report.bytes_copied += size
        return "copied"
    except Exception as exc:  # one blob failing must not stop the rest; the next run retries it
        report.failed.append((sha, f"{type(exc).__name__}: {exc}"))
        return f"failed: {type(exc).__name__}"
