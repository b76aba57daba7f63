"""Several `ecabinet server` processes on one PostgreSQL: events cross processes (LISTEN/NOTIFY), a client that
moves to the other process resumes from its cursor, a process killed during a vote storm loses and doubles no
ballot, and a PostgreSQL restart is survived without restarting the servers. Real processes, real database.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import PG_URL, PgDatabases
from scale_support import ServerProcess, free_port, start_server, stop
from support import load_script

from ecabinet.cli import main

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not PG_URL, reason="several server processes need PostgreSQL")

CHEAP = {"ECABINET_ARGON2_TIME_COST": "1", "ECABINET_ARGON2_MEMORY_KIB": "8", "ECABINET_ARGON2_PARALLELISM": "1"}


def _setup(data_dir: Path, members: int, url: str) -> None:
    bench = load_script(ROOT / "tests" / "bench" / "bench_vote_storm.py")
    bench._setup(data_dir, members, url)


@contextlib.contextmanager
def _servers(data_dir: Path, url: str, logs: Path, count: int = 2) -> Iterator[list[ServerProcess]]:
    env = {**CHEAP, "ECABINET_DATABASE_URL": url}
    started: list[ServerProcess] = []
    try:
        for n in range(count):
            started.append(start_server(data_dir, env, logs / f"server{n}.log"))
        yield started
    finally:
        for server in started:
            stop(server.proc)


class Person:
    """One signed-in person; the token is valid on every process (sessions live in the database)."""

    def __init__(self, urls: list[str], name: str) -> None:
        self.urls = urls
        self.name = name
        self.preferred = 0
        response = httpx.post(
            f"{urls[0]}/api/auth/login",
            json={"username": name, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
            timeout=30,
        )
        response.raise_for_status()
        self.headers = {"Authorization": f"Bearer {response.json()['token']}"}

    def call(self, method: str, path: str, *, fail_over: bool = True, **kw: Any) -> httpx.Response:
        """Like a load balancer would: on a broken connection, the same request to the other process."""
        last: Exception | None = None
        for attempt in range(len(self.urls) * 3):
            url = self.urls[(self.preferred + attempt) % len(self.urls)]
            try:
                return httpx.request(method, f"{url}{path}", headers=self.headers, timeout=30, **kw)
            except httpx.TransportError as exc:
                last = exc
                if not fail_over:
                    raise
                time.sleep(0.05)
        raise AssertionError(f"no process answered: {last}")


class Stream:
    """An SSE reader in a thread that reconnects to the next process with Last-Event-ID when cut off."""

    def __init__(self, person: Person, start: int = 0, last_id: str | None = None) -> None:
        self.person = person
        self.index = start
        self.events: queue.Queue[tuple[str, str | None, Any]] = queue.Queue()
        self.last_id = last_id
        self.connections: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            url = self.person.urls[self.index % len(self.person.urls)]
            headers = dict(self.person.headers)
            if self.last_id:
                headers["Last-Event-ID"] = self.last_id
            try:
                with httpx.stream("GET", f"{url}/api/events", headers=headers, timeout=httpx.Timeout(5, read=60)) as r:
                    self.connections.append(url)
                    kind, ident = "", None
                    for line in r.iter_lines():
                        if self._stop.is_set():
                            return
                        if line.startswith("event:"):
                            kind = line[6:].strip()
                        elif line.startswith("id:"):
                            ident = line[3:].strip()
                        elif line.startswith("data:"):
                            if ident:
                                self.last_id = ident
                            self.events.put((kind, ident, json.loads(line[5:])))
                            kind, ident = "", None
            except httpx.HTTPError:
                pass
            if not self._stop.is_set():
                self.index += 1  # that process is gone: the other one
                time.sleep(0.2)

    def wait_for(self, predicate: Any, timeout: float = 15.0) -> tuple[str, str | None, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("event did not arrive")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty as exc:
                raise AssertionError("event did not arrive") from exc
            if predicate(event):
                return event

    def close(self) -> None:
        self._stop.set()


@pytest.fixture
def storm_db(pg: PgDatabases, tmp_path: Path) -> tuple[Path, str]:
    url = pg.url_of(pg.create())
    _setup(tmp_path / "data", 24, url)
    return tmp_path / "data", url


def _meeting(person: Person) -> dict[str, Any]:
    meetings = person.call("GET", "/api/meetings").json()["meetings"]
    meeting_id = next(m["id"] for m in meetings if m["title"] == "Vote storm")
    return dict(person.call("GET", f"/api/meetings/{meeting_id}").json())


def _start_with_item(chair: Person, meeting: dict[str, Any]) -> str:
    assert chair.call("POST", f"/api/meetings/{meeting['id']}/start").status_code == 200
    item = meeting["agenda"][0]["id"]
    opened = chair.call("POST", f"/api/meetings/{meeting['id']}/items/{item}/open")
    assert opened.status_code == 200, opened.text
    return str(item)


def test_events_cross_processes_and_a_moved_client_resumes(storm_db: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, url = storm_db
    with _servers(data_dir, url, tmp_path) as (a, b):
        chair = Person([a.url, b.url], "chair")
        member = Person([b.url, a.url], "member000")
        meeting = _meeting(chair)
        stream = Stream(member)  # on B
        stream.wait_for(lambda e: e[0] == "hello")
        item = _start_with_item(chair, meeting)  # on A
        stream.wait_for(lambda e: e[0] == "meeting" and e[2]["data"]["state"] == "in_session")
        # A short-lived event is never stored: reaching B proves the LISTEN/NOTIFY path.
        asked = Person([a.url], "member001").call("POST", f"/api/meetings/{meeting['id']}/speakers")
        assert asked.status_code == 200, asked.text
        started = time.monotonic()
        stream.wait_for(lambda e: e[0] == "speakers" and len(e[2]["queue"] if "queue" in e[2] else e[2]) > 0)
        assert time.monotonic() - started < 5
        body = {"agenda_item_id": item, "question": "Adopt?", "secret": False, "majority": "simple"}
        vote = chair.call("POST", f"/api/meetings/{meeting['id']}/votes", json=body).json()
        stream.wait_for(lambda e: e[0] == "vote" and e[2]["id"] == vote["id"])
        cursor = int(stream.last_id or 0)
        stream.close()

        # While the member is away, the vote closes (on A); the member comes back on A with its cursor.
        assert chair.call("POST", f"/api/votes/{vote['id']}/close").status_code == 200
        back = Person([a.url], "member000")
        back.headers = member.headers
        again = Stream(back, last_id=str(cursor))
        kind, _ident, data = again.wait_for(lambda e: e[0] in ("vote", "changes") and int(e[1] or 0) > cursor)
        again.close()
        if kind == "vote":
            assert data["data"]["state"] == "closed"
        changes = back.call("GET", f"/api/sync?since={cursor}").json()
        assert changes["cursor"] > cursor


def test_kill_one_process_during_a_vote_storm(storm_db: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, url = storm_db
    members = [f"member{n:03d}" for n in range(24)]
    with _servers(data_dir, url, tmp_path) as (a, b):
        chair = Person([b.url, a.url], "chair")
        meeting = _meeting(chair)
        item = _start_with_item(chair, meeting)
        people = [Person([a.url, b.url], name) for name in members]
        for i, p in enumerate(people):
            p.preferred = i % 2  # half start on A, half on B
            checked_in = p.call("POST", f"/api/meetings/{meeting['id']}/attendance", json={"status": "present"})
            assert checked_in.status_code == 200, checked_in.text
        listeners = [Stream(p, start=0) for p in people[:4]]  # on A until it dies
        for s in listeners:
            s.wait_for(lambda e: e[0] == "hello")
        body = {"agenda_item_id": item, "question": "Adopt?", "secret": False, "majority": "simple"}
        vote = chair.call("POST", f"/api/meetings/{meeting['id']}/votes", json=body).json()
        options = ["for", "against", "abstain"]
        answers: dict[str, list[int]] = {p.name: [] for p in people}
        gate = threading.Barrier(len(people) + 1)

        def cast(i: int, person: Person) -> None:
            ballot = {"option": options[i % 3], "ballot_id": str(uuid.uuid4())}
            gate.wait()
            time.sleep((i % 8) * 0.05)
            # The same ballot sent twice (a retry after a lost answer) must count once.
            for _ in range(2):
                response = person.call("POST", f"/api/votes/{vote['id']}/ballots", json=ballot)
                answers[person.name].append(response.status_code)

        threads = [threading.Thread(target=cast, args=(i, p)) for i, p in enumerate(people)]
        for t in threads:
            t.start()
        gate.wait()
        time.sleep(0.15)
        a.proc.send_signal(signal.SIGKILL)  # mid-storm
        for t in threads:
            t.join(60)
        a.proc.wait(10)
        for name, codes in answers.items():
            assert codes[0] in (200, 201) and codes[1] in (200, 201), (name, codes)
            assert codes.count(201) <= 1, (name, codes)
        closed = chair.call("POST", f"/api/votes/{vote['id']}/close").json()
        assert closed["results"]["cast"] == len(people), closed  # none lost, none doubled
        results = closed["results"]["counts"]
        expected = {o: sum(1 for i in range(len(people)) if options[i % 3] == o) for o in options}
        for option, count in expected.items():
            assert _count(results, option) == count, results
        # The event streams that were on A are now on B and see the result.
        for s in listeners:
            s.wait_for(lambda e: e[0] in ("vote", "changes"), timeout=20)
            assert any(b.url == u for u in s.connections)
            s.close()


def _count(results: Any, option: str) -> int:
    if isinstance(results, dict):
        value = results.get(option)
        return int(value["count"] if isinstance(value, dict) else value or 0)
    for entry in results:
        if entry.get("option") == option:
            return int(entry["count"])
    return 0


@contextlib.contextmanager
def _private_postgres(tmp_path: Path) -> Iterator[tuple[str, Path, int]]:
    """A PostgreSQL cluster of our own (the shared one must not restart under other tests)."""
    bindir = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
    if os.geteuid() != 0 or not (bindir / "initdb").exists():
        pytest.skip("needs root and PostgreSQL's server binaries to run a private cluster")
    home = Path(tempfile.mkdtemp(prefix="ecab-pg-"))  # pytest's tmp_path is private to root
    home.chmod(0o755)
    pgdata = home / "pgdata"
    pgdata.mkdir()
    shutil.chown(pgdata, "postgres", "postgres")
    port = free_port(40000, 49999)
    run = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*run, str(bindir / "initdb"), "-D", str(pgdata), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    opts = f"-p {port} -k {pgdata} -c listen_addresses=127.0.0.1"
    ctl = [*run, str(bindir / "pg_ctl"), "-D", str(pgdata), "-o", opts, "-w", "-l", str(pgdata / "log")]
    subprocess.run([*ctl, "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", pgdata, port
    finally:
        subprocess.run([*ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def test_servers_recover_from_a_postgres_restart(tmp_path: Path) -> None:
    with _private_postgres(tmp_path) as (url, pgdata, _port):
        _setup(tmp_path / "data", 3, url)
        with _servers(tmp_path / "data", url, tmp_path) as (a, b):
            chair = Person([a.url], "chair")
            meeting = _meeting(chair)
            item = _start_with_item(chair, meeting)
            member = Person([b.url], "member000")
            stream = Stream(member)
            stream.wait_for(lambda e: e[0] == "hello")
            bindir = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
            subprocess.run(
                [
                    "runuser",
                    "-u",
                    "postgres",
                    "--",
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(pgdata),
                    "-m",
                    "fast",
                    "-w",
                    "restart",
                    "-o",
                    f"-p {_port} -k {pgdata} -c listen_addresses=127.0.0.1",
                    "-l",
                    str(pgdata / "log"),
                ],
                check=True,
                capture_output=True,
            )
            # Without restarting the servers: readiness, reads and writes come back on both processes.
            deadline = time.monotonic() + 30
            while httpx.get(f"{a.url}/api/ready", timeout=5).status_code != 200:
                assert time.monotonic() < deadline, "server A did not recover"
                time.sleep(0.3)
            assert httpx.get(f"{b.url}/api/ready", timeout=5).status_code == 200
            assert chair.call("GET", f"/api/meetings/{meeting['id']}").status_code == 200
            # B's listener reconnected: a short-lived event from A reaches the stream on B again.
            deadline = time.monotonic() + 30
            while True:
                asked = Person([a.url], "member001").call("POST", f"/api/meetings/{meeting['id']}/speakers")
                assert asked.status_code == 200, asked.text
                try:
                    stream.wait_for(lambda e: e[0] == "speakers", timeout=3)
                    break
                except AssertionError:
                    assert time.monotonic() < deadline, "events from A never reached B after the restart"
                    Person([a.url], "member001").call("DELETE", f"/api/meetings/{meeting['id']}/speakers/x")
            body = {"agenda_item_id": item, "question": "After restart?", "secret": False, "majority": "simple"}
            vote = chair.call("POST", f"/api/meetings/{meeting['id']}/votes", json=body)
            assert vote.status_code == 201, vote.text
            stream.wait_for(lambda e: e[0] == "vote" and e[2]["id"] == vote.json()["id"])
            stream.close()


def test_workers_are_refused_on_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "--workers", "2", "--data-dir", str(tmp_path / "d")]) == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_admin_migrate_and_workers_share_one_port(pg: PgDatabases, tmp_path: Path) -> None:
    url = pg.url_of(pg.create())
    assert main(["admin", "migrate", "--data-dir", str(tmp_path / "d"), "--database-url", url]) == 0
    _setup(tmp_path / "d", 2, url)
    server = start_server(tmp_path / "d", {**CHEAP, "ECABINET_DATABASE_URL": url}, tmp_path / "w.log", workers=2)
    try:
        pids = set()
        for _ in range(40):
            metrics = httpx.get(f"{server.url}/metrics", timeout=5).text
            pids.add(next(line for line in metrics.splitlines() if line.startswith("ecabinet_process_start")))
            if len(pids) == 2:
                break
        assert len(pids) == 2, "both workers answer on the one port"
    finally:
        stop(server.proc)


def _changes(person: Person, since: int) -> tuple[int, list[dict[str, Any]]]:
    response = person.call("GET", f"/api/sync?since={since}", fail_over=False)
    assert response.status_code == 200, response.text
    body = response.json()
    return int(body["cursor"]), list(body["changes"])


def test_no_committed_change_is_skipped_across_processes(storm_db: tuple[Path, str], tmp_path: Path) -> None:
    """Writers in three processes (the test and both servers), readers alternating between the servers: a
    transaction held open is not overtaken, and no committed change is ever skipped."""
    from ecabinet.server.db import Database
    from ecabinet.server.journal import record_change

    data_dir, url = storm_db
    with _servers(data_dir, url, tmp_path) as (a, b):
        on_a, on_b = Person([a.url], "secretary"), Person([b.url], "secretary")
        on_b.headers = on_a.headers
        meeting = _meeting(on_a)
        db = Database(url)
        held = f"held-{uuid.uuid4().hex[:8]}"
        recorded, release = threading.Event(), threading.Event()

        def hold() -> None:
            with db.writing() as session:
                record_change(session, kind="agenda_item", entity_id=held, meeting_id=meeting["id"])
                session.flush()
                recorded.set()
                release.wait(15)

        cursor, _ = _changes(on_a, 0)
        holder = threading.Thread(target=hold)
        holder.start()
        assert recorded.wait(10)
        # A write through server B now waits for the held transaction (one writer at a time, cluster-wide).
        later = threading.Thread(
            target=lambda: on_b.call("PATCH", f"/api/meetings/{meeting['id']}", json={"location": "Room 7"})
        )
        later.start()
        time.sleep(0.5)
        during_cursor, during = _changes(on_a, cursor)
        assert held not in str(during) and during_cursor == cursor  # nothing moved past the open transaction
        release.set()
        holder.join(15)
        later.join(15)
        _, after = _changes(on_b, during_cursor)
        assert held in str(after) and any(c["kind"] == "meeting" for c in after)

        # Many writers, readers alternating between the processes: the union of what they saw is everything.
        written: list[str] = []
        lock = threading.Lock()

        def writer(n: int) -> None:
            for i in range(12):
                entity = f"w{n}-{i}-{uuid.uuid4().hex[:4]}"
                with db.writing() as session:
                    record_change(session, kind="agenda_item", entity_id=entity, meeting_id=meeting["id"])
                    time.sleep(random.random() * 0.01)
                with lock:
                    written.append(entity)

        cursor, _ = _changes(on_a, 0)
        seen: set[str] = set()
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        readers = [on_a, on_b]
        turn = 0
        while any(t.is_alive() for t in threads):
            cursor, changes = _changes(readers[turn % 2], cursor)
            seen |= {str(c["id"]) for c in changes}
            turn += 1
        cursor, changes = _changes(readers[turn % 2], cursor)
        seen |= {str(c["id"]) for c in changes}
        db.dispose()
        assert len(written) == 48 and set(written) <= seen
