"""Consistent backups of a single-machine installation.

The database is copied with SQLite's online backup API (a consistent snapshot while the server keeps
running) before the documents: versions are immutable and content-addressed, so every version the
snapshot names is already in the folder when the folder is copied afterwards.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from ecabinet.server.config import Settings


class BackupNotSupported(RuntimeError):
    pass


def backup(settings: Settings, target: Path) -> tuple[Path, int]:
    """Write ``ecabinet.sqlite3`` and ``documents/`` under ``target``; returns (db copy, files copied)."""
    url = make_url(settings.effective_database_url)
    if url.get_backend_name() != "sqlite":
        raise BackupNotSupported(
            "This installation uses PostgreSQL: back it up with PostgreSQL's own tools "
            "(pg_dump -Fc, or pg_basebackup with WAL archiving), and copy the document folder or bucket after it."
        )
    source_path = Path(url.database or "")
    if not source_path.is_file():
        raise FileNotFoundError(f"No database at {source_path}")
    target.mkdir(parents=True, exist_ok=True)
    db_copy = target / "ecabinet.sqlite3"
    partial = target / "ecabinet.sqlite3.part"
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        with dst:
            src.backup(dst)
    finally:
        src.close()
        dst.close()
    partial.replace(db_copy)
    copied = 0
    docs = settings.storage_dir
    for path in sorted(docs.glob("??/*")) if docs.is_dir() else []:
        dest = target / "documents" / path.parent.name / path.name
        if dest.exists() and dest.stat().st_size == path.stat().st_size:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
        copied += 1
    return db_copy, copied
