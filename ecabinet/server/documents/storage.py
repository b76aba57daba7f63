"""Where document bytes live: content-addressed by SHA-256, behind one small interface.

The local folder is the default; object storage (S3) comes later behind the same interface.
File names never come from users: a blob's path is derived from its hash alone.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Protocol

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_sha256(value: str) -> str:
    if not _SHA256.match(value):
        raise ValueError("not a SHA-256 hex digest")
    return value


class BlobStorage(Protocol):
    def staging_file(self) -> Path:
        """A fresh temporary path on the same volume, so ``put`` can be a rename."""

    def put(self, staged: Path, sha256: str) -> None:
        """Move a fully written, verified file into place (atomic; a no-op if already present)."""

    def exists(self, sha256: str) -> bool: ...

    def local_path(self, sha256: str) -> Path: ...

    def size(self, sha256: str) -> int: ...


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._staging = root / ".staging"
        self._staging.mkdir(parents=True, exist_ok=True)

    def staging_file(self) -> Path:
        fd, name = tempfile.mkstemp(dir=self._staging, prefix="upload-", suffix=".part")
        os.close(fd)
        return Path(name)

    def local_path(self, sha256: str) -> Path:
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256

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
