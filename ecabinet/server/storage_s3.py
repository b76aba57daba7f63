"""Document bytes in S3-compatible object storage (AWS S3, MinIO, SeaweedFS, Ceph RGW), through boto3.

Why S3 and not a shared folder: several server processes on several machines must see the same bytes, and
object storage is what government data centres already run and back up. The same rules as the folder hold:

- keys are content addresses (``<prefix><sha[:2]>/<sha>``), so an object is written once and never changes;
  any process may serve it, and a retry of the same upload is harmless;
- large files go up in parts (multipart upload) and an upload that fails is aborted, so a half-written object
  never becomes visible under its hash (S3 shows an object only once it is complete);
- downloads are HTTP Range reads streamed in blocks: a 300 MB packet never sits in the server's memory.

An unreachable store is ``503 storage_unavailable`` (nothing was stored; the client may retry), never a 500.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from ecabinet.core.errors import NotFound
from ecabinet.server.documents.storage import READ_BLOCK, StorageUnavailable, check_sha256, fetched_copy

if TYPE_CHECKING:
    from ecabinet.server.config import Settings

T = TypeVar("T")
_MISSING = {"404", "NoSuchKey", "NotFound"}


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> (``bucket``, ``some/prefix/``)."""
    if not url.startswith("s3://"):
        raise ValueError("an S3 storage URL starts with s3://")
    bucket, _, prefix = url.removeprefix("s3://").partition("/")
    if not bucket:
        raise ValueError("the S3 storage URL names no bucket")
    prefix = prefix.strip("/")
    return bucket, f"{prefix}/" if prefix else ""


def _missing(exc: ClientError) -> bool:
    error = exc.response.get("Error", {})
    status = str(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", ""))
    return str(error.get("Code", "")) in _MISSING or status == "404"


class S3Storage:
    def __init__(
        self,
        *,
        bucket: str,
        prefix: str = "",
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        part_bytes: int = 8 * 1024 * 1024,
        staging_dir: Path | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 60.0,
    ) -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.endpoint_url = endpoint_url
        config = Config(
            region_name=region,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            retries={"max_attempts": 3, "mode": "standard"},
            # Self-hosted stores are addressed by path; virtual-host style needs DNS per bucket.
            s3={"addressing_style": "path" if endpoint_url else "auto"},
            max_pool_connections=32,
        )
        self.client: Any = boto3.session.Session().client(
            "s3",
            endpoint_url=endpoint_url,
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
            config=config,
        )
        self.transfer = TransferConfig(
            multipart_threshold=part_bytes, multipart_chunksize=part_bytes, max_concurrency=4, use_threads=True
        )
        self._staging = staging_dir or Path(tempfile.gettempdir()) / "ecabinet-staging"
        self._staging.mkdir(parents=True, exist_ok=True)

    @classmethod
    def from_settings(cls, settings: Settings) -> S3Storage:
        bucket, prefix = parse_s3_url(settings.storage_url or "")
        return cls(
            bucket=bucket,
            prefix=prefix,
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key,
            part_bytes=settings.s3_part_bytes,
            # Uploads are staged on local disk while they arrive and are checked; then they go up in parts.
            staging_dir=settings.storage_dir / ".staging",
        )

    @property
    def description(self) -> str:
        where = self.endpoint_url or "AWS"
        return f"s3://{self.bucket}/{self.prefix} at {where}"

    def key(self, sha256: str) -> str:
        check_sha256(sha256)
        return f"{self.prefix}{sha256[:2]}/{sha256}"

    def _call(self, what: str, fn: Callable[[], T]) -> T:
        """Run one S3 call; a store that cannot be reached (or answers 5xx) becomes ``503``."""
        try:
            return fn()
        except ClientError as exc:
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
            if _missing(exc):
                raise
            if status >= 500 or status == 0:
                raise StorageUnavailable(f"The document store did not answer ({what}). Try again.") from exc
            raise
        except (BotoCoreError, OSError) as exc:
            raise StorageUnavailable(f"The document store cannot be reached ({what}). Try again.") from exc

    # ------------------------------------------------------------ the interface

    def staging_file(self) -> Path:
        fd, name = tempfile.mkstemp(dir=self._staging, prefix="upload-", suffix=".part")
        os.close(fd)
        return Path(name)

    def local_file(self, sha256: str) -> Path | None:
        return None

    def ensure_bucket(self) -> None:
        """Create the bucket when it does not exist yet (setup and tests; production buckets come from IT)."""
        try:
            self._call("head bucket", lambda: self.client.head_bucket(Bucket=self.bucket))
        except ClientError as exc:
            if not _missing(exc):
                raise
            self._call("create bucket", lambda: self.client.create_bucket(Bucket=self.bucket))

    def check(self) -> None:
        """Readiness: the bucket answers (raises ``StorageUnavailable`` otherwise)."""
        self._call("head bucket", lambda: self.client.head_bucket(Bucket=self.bucket))

    def exists(self, sha256: str) -> bool:
        key = self.key(sha256)
        try:
            self._call("head", lambda: self.client.head_object(Bucket=self.bucket, Key=key))
        except ClientError as exc:
            if _missing(exc):
                return False
            raise
        return True

    def size(self, sha256: str) -> int:
        key = self.key(sha256)
        try:
            head = self._call("head", lambda: self.client.head_object(Bucket=self.bucket, Key=key))
        except ClientError as exc:
            if _missing(exc):
                raise NotFound("The document's bytes are missing from the store.", code="blob_missing") from exc
            raise
        return int(head["ContentLength"])

    def put(self, staged: Path, sha256: str) -> None:
        try:
            if not self.exists(sha256):
                self.upload(staged, sha256)
        finally:
            staged.unlink(missing_ok=True)

    def upload(self, source: Path, sha256: str, progress: Callable[[int], None] | None = None) -> None:
        """Upload a local file under its hash (multipart above ``part_bytes``; a failed upload is aborted)."""
        key = self.key(sha256)
        self._call(
            "upload",
            lambda: self.client.upload_file(
                str(source),
                self.bucket,
                key,
                ExtraArgs={"Metadata": {"sha256": sha256}},
                Config=self.transfer,
                Callback=progress,
            ),
        )

    def read_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        key = self.key(sha256)
        try:
            answer = self._call(
                "read",
                lambda: self.client.get_object(Bucket=self.bucket, Key=key, Range=f"bytes={start}-{end}"),
            )
        except ClientError as exc:
            if _missing(exc):
                raise NotFound("The document's bytes are missing from the store.", code="blob_missing") from exc
            raise
        body = answer["Body"]
        try:
            yield from body.iter_chunks(READ_BLOCK)
        finally:
            with contextlib.suppress(Exception):
                body.close()

    @contextmanager
    def fetch(self, sha256: str) -> Iterator[Path]:
        with fetched_copy(self, sha256) as path:
            yield path

    def delete(self, sha256: str) -> None:
        key = self.key(sha256)
        self._call("delete", lambda: self.client.delete_object(Bucket=self.bucket, Key=key))

    def hashes(self) -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        for page in self._call("list", lambda: list(paginator.paginate(Bucket=self.bucket, Prefix=self.prefix))):
            for item in page.get("Contents", []):
                name = str(item["Key"]).rsplit("/", 1)[-1]
                with contextlib.suppress(ValueError):
                    yield check_sha256(name)
