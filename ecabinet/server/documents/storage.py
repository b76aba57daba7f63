"""Where document bytes live: content-addressed by SHA-256, behind one small interface.

Two backends: the local folder (the default, one machine) and S3-compatible object storage
(``ecabinet.server.storage_s3``, for several server processes or machines). File names and object keys never
come from users: a blob's name is derived from its hash alone, so a blob, once stored, never changes.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ecabinet.core.errors import DomainError

if TYPE_CHECKING:
    from ecabinet.server.config import Settings

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: Reads are streamed in blocks of this size; a download never holds a whole file in memory.
READ_BLOCK = 256 * 1024


def check_sha256(value: str) -> str:
    if not _SHA256.match(value):
        raise ValueError("not a SHA-256 hex digest")
    return value


class StorageUnavailable(DomainError):
    """The document store cannot be reached: the request did nothing and may be retried."""

    status = 503
    code = "storage_unavailable"


class BlobStorage(Protocol):
    def staging_file(self) -> Path:
        """A fresh temporary local path (on the storage volume for the folder, so ``put`` can be a rename)."""

    def put(self, staged: Path, sha256: str) -> None:
        """Store a fully written, verified file under its hash; the staged file is consumed.

        All or nothing: after an error nothing is visible under the hash (a no-op if already present)."""

    def exists(self, sha256: str) -> bool: ...

    def size(self, sha256: str) -> int: ...

    def read_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start`` .. ``end`` (inclusive), streamed in blocks."""

    def local_file(self, sha256: str) -> Path | None:
        """The blob as a file on this machine, when the backend has one (the folder does; S3 does not)."""

    def fetch(self, sha256: str) -> AbstractContextManager[Path]:
        """A context manager giving a local file with the bytes (a temporary copy when they are remote)."""

    def delete(self, sha256: str) -> None:
        """Remove a blob (only for blobs put by a transaction that then rolled back)."""

    def hashes(self) -> Iterator[str]:
        """Every stored hash (for migrations and checks)."""

    def check(self) -> None:
        """Readiness: raise when the store cannot take or serve bytes now."""

    @property
    def description(self) -> str: ...


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._staging = root / ".staging"
        self._staging.mkdir(parents=True, exist_ok=True)

    @property
    def description(self) -> str:
        return str(self.root)

    def check(self) -> None:
        for folder in (self.root, self._staging):
            if not folder.is_dir() or not os.access(folder, os.W_OK):
                raise StorageUnavailable(f"The document folder {folder} is missing or read-only.")

    def staging_file(self) -> Path:
        fd, name = tempfile.mkstemp(dir=self._staging, prefix="upload-", suffix=".part")
        os.close(fd)
        return Path(name)

    def local_path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256

    def local_file(self, sha256: str) -> Path | None:
        return self.local_path(sha256)

    def put(self, staged: Path, sha256: str) -> None:
        dest = self.local_path(sha256)
        if dest.exists():
            staged.unlink(missing_ok=True)
            return
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(staged, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(staged, dest)

    def exists(self, sha256: str) -> bool:
        return self.local_path(sha256).is_file()

    def size(self, sha256: str) -> int:
        return self.local_path(sha256).stat().st_size

    def read_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        with open(self.local_path(sha256), "rb") as fh:
            fh.seek(start)
            left = end - start + 1
            while left > 0 and (block := fh.read(min(READ_BLOCK, left))):
                left -= len(block)
                yield block

    @contextmanager
    def fetch(self, sha256: str) -> Iterator[Path]:
        yield self.local_path(sha256)

    def delete(self, sha256: str) -> None:
        self.local_path(sha256).unlink(missing_ok=True)

    def hashes(self) -> Iterator[str]:
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for blob in sorted(sub.iterdir()):
                    if _SHA256.match(blob.name):
                        yield blob.name


@contextmanager
def fetched_copy(storage: BlobStorage, sha256: str) -> Iterator[Path]:
    """Stream a remote blob into a staging file for tools that need a path (OCR); removed afterwards."""
    target = storage.staging_file()
    try:
        with open(target, "wb") as out:
            for block in storage.read_range(sha256, 0, storage.size(sha256) - 1):
                out.write(block)
        yield target
    finally:
        target.unlink(missing_ok=True)


def make_storage(settings: Settings) -> BlobStorage:
    """The backend the settings name: ``storage_url`` ``s3://bucket[/prefix]``, else the local folder."""
    url = settings.storage_url
    if url and url.startswith("s3://"):
        from ecabinet.server.storage_s3 import S3Storage

        return S3Storage.from_settings(settings)
    if url and url.startswith("file://"):
        return LocalStorage(Path(url.removeprefix("file://")))
    if url:
        raise ValueError(f"unknown storage URL {url!r}: use s3://bucket[/prefix] or file:///folder")
    return LocalStorage(settings.storage_dir)
