"""Shared fixtures: offscreen Qt, throwaway data folders, a seeded demo corpus made once per session.

Set ``ECABINET_TEST_DATABASE_URL`` (a PostgreSQL server URL, e.g.
``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) to run the server tests on PostgreSQL: each
test then gets a database of its own, cloned from a seeded template.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from support import MemoryKeyring

from ecabinet.server.config import Settings

PG_URL = os.environ.get("ECABINET_TEST_DATABASE_URL")


def cheap_settings(data_dir: Path, database_url: str | None = None, **extra: object) -> Settings:
    """Settings with argon2 made cheap: tests log in hundreds of times."""
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        argon2_time_cost=1,
        argon2_memory_kib=8,
        argon2_parallelism=1,
        allow_demo_data=True,
        **extra,  # type: ignore[arg-type]
    )


class PgDatabases:
    """Creates and drops throwaway PostgreSQL databases on the test server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def create(self, template: str | None = None) -> str:
        name = f"ecab_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
        self.created.append(name)
        return name

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg() -> Iterator[PgDatabases | None]:
    if not PG_URL:
        yield None
        return
    dbs = PgDatabases(PG_URL)
    yield dbs
    dbs.drop_all()


@pytest.fixture
def fresh_settings(tmp_path: Path, pg: PgDatabases | None) -> Settings:
    """An empty installation (nothing migrated yet)."""
    url = pg.url_of(pg.create()) if pg else None
    return cheap_settings(tmp_path / "data", url)


@dataclass(frozen=True)
class Template:
    data_dir: Path
    pg_name: str | None


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, pg: PgDatabases | None) -> Template:
    """The demo installation, seeded once (its 300-page document is the slow part)."""
    from ecabinet.server.demo import seed
    from ecabinet.server.services import Services

    data_dir = tmp_path_factory.mktemp("demo-template")
    pg_name = pg.create() if pg else None
    settings = cheap_settings(data_dir, pg.url_of(pg_name) if pg and pg_name else None)
    services = Services.build(settings)
    services.db.upgrade()
    seed(services)
    services.db.dispose()
    return Template(data_dir=data_dir, pg_name=pg_name)


def clone_demo(template: Template, target: Path, pg: PgDatabases | None) -> Settings:
    """A private copy of the seeded demo (documents hard-linked: versions are immutable)."""
    shutil.copytree(template.data_dir, target, copy_function=os.link)
    url = None
    if pg and template.pg_name:
        url = pg.url_of(pg.create(template=template.pg_name))
    else:
        # The SQLite file itself must be a real copy, not a link.
        for name in ("ecabinet.sqlite3",):
            (target / name).unlink()
            shutil.copy2(template.data_dir / name, target / name)
    return cheap_settings(target, url)


@pytest.fixture
def demo_settings(demo_template: Template, tmp_path: Path, pg: PgDatabases | None) -> Settings:
    return clone_demo(demo_template, tmp_path / "demo", pg)


@pytest.fixture(scope="session")
def demo_server(demo_template: Template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``ecabinet demo --headless`` process on 127.0.0.1 serving a copy of the demo data.

    Shared by the whole session: tests that change its data must not rely on a pristine state."""
    work = tmp_path_factory.mktemp("demo-server")
    data_dir = work / "data"
    shutil.copytree(demo_template.data_dir, data_dir)
    if demo_template.pg_name:
        # The subprocess serves SQLite; a PostgreSQL run seeds its own copy there.
        shutil.rmtree(data_dir)
    ready = work / "ready.json"
    log = open(work / "server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ecabinet",
            "demo",
            "--headless",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
            "--ready-file",
            str(ready),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={
            **os.environ,
            "ECABINET_ARGON2_TIME_COST": "1",
            "ECABINET_ARGON2_MEMORY_KIB": "8",
            "ECABINET_ARGON2_PARALLELISM": "1",
        },
    )
    deadline = time.monotonic() + 180
    while not ready.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            raise RuntimeError("demo server did not start:\n" + (work / "server.log").read_text(errors="replace"))
        time.sleep(0.05)
    url = json.loads(ready.read_text())["url"]
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for the test (set ``keyring.set_keyring`` again to test "no keyring")."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
