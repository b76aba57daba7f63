"""Benchmark: a vote storm. N members (default 200) on 127.0.0.1, each with its own httpx client and an open
event stream, all cast their ballot within one second; then the chair closes the vote.

Reported per database and kind of vote: every ballot counted exactly once, ballot latency p50/p99, the
storm's wall time, and the time from the close to the results on every connected stream (p50 / slowest).
The baseline, measured in the same run against the same server: the same N clients reading the vote at
once (an authenticated GET), so the cost of the ballot's write path stands out.

The server runs in its own process (`ecabinet server`), as it would on its own machine. PostgreSQL is used
too when ECABINET_TEST_DATABASE_URL (a server URL) is set or --database-url is given.

    .venv/bin/python tests/bench/bench_vote_storm.py [--members 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from support import cheap_settings_for_bench  # noqa: E402
from test_server_command import running_server  # noqa: E402

CHEAP_ARGON2 = {"ECABINET_ARGON2_TIME_COST": "1", "ECABINET_ARGON2_MEMORY_KIB": "8", "ECABINET_ARGON2_PARALLELISM": "1"}


def _setup(data_dir: Path, members: int, database_url: str | None) -> None:
    """A cabinet with a secretary, a chair and N members invited to one published meeting with one item."""
    from datetime import UTC, datetime

    from ecabinet.core.domain import GlobalRole, MeetingRole, MeetingState
    from ecabinet.server.accounts.models import Body
    from ecabinet.server.accounts.service import Caller, create_user, person_for
    from ecabinet.server.meetings import service as meetings
    from ecabinet.server.meetings.models import Participant
    from ecabinet.server.services import Services

    settings = cheap_settings_for_bench(data_dir)
    if database_url:
        settings.database_url = database_url
    services = Services.build(settings)
    services.db.upgrade()
    ids: dict[str, str] = {}
    with services.db.writing() as session:
        session.add(Body(id="cabinet", name="Cabinet"))
        session.flush()
        names = ["secretary", "chair", *(f"member{n:03d}" for n in range(members))]
        for name in names:
            roles = [(GlobalRole.SECRETARIAT, "cabinet")] if name == "secretary" else []
            user = create_user(
                session,
                services.accounts.passwords,
                username=name,
                password="demo",
                display_name=name,
                roles=roles,
                check_quality=False,
            )
            ids[name] = user.id
    with services.db.reading() as session:
        person = person_for(session, ids["secretary"])
    secretary = Caller(ids["secretary"], "secretary", "secretary", "bench", 0, person)
    with services.db.writing() as session:
        meeting = meetings.create_meeting(
            session,
            secretary,
            body_id="cabinet",
            title="Vote storm",
            starts_at=datetime(2030, 1, 1, 9, tzinfo=UTC),
            duration_minutes=60,
            location="",
            language="en",
        )
        meetings.add_item(session, secretary, meeting.id, title="The motion", presenter="", duration_minutes=10)
        session.add(Participant(meeting_id=meeting.id, user_id=ids["chair"], role=MeetingRole.CHAIR))
        for name in names[2:]:
            session.add(Participant(meeting_id=meeting.id, user_id=ids[name], role=MeetingRole.MEMBER))
        session.flush()
        meetings.change_state(session, secretary, meeting.id, MeetingState.PUBLISHED)
    services.db.dispose()


class Member:
    def __init__(self, url: str, name: str) -> None:
        self.name = name
        self.http = httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(60, read=120))
        self.headers: dict[str, str] = {}
        self.results_at: float | None = None
        self.hello = asyncio.Event()
        self.closed_seen = asyncio.Event()
        self.stream_task: asyncio.Task[None] | None = None

    async def login(self) -> None:
        response = await self.http.post(
            "/api/auth/login",
            json={"username": self.name, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "bench"},
        )
        response.raise_for_status()
        self.headers = {"Authorization": f"Bearer {response.json()['token']}"}

    async def listen(self, vote_ids: set[str]) -> None:
        """Read the event stream; note when a closed vote's results arrive."""
        async with self.http.stream("GET", "/api/events", headers=self.headers) as response:
            kind = ""
            async for line in response.aiter_lines():
                if line.startswith("event:"):
                    kind = line[6:].strip()
                    if kind == "hello":
                        self.hello.set()
                elif line.startswith("data:") and kind == "vote":
                    data = json.loads(line[5:])["data"]
                    if data and data["id"] in vote_ids and data["state"] == "closed" and "outcome" in data["results"]:
                        self.results_at = time.perf_counter()
                        self.closed_seen.set()

    async def close(self) -> None:
        if self.stream_task:
            self.stream_task.cancel()
        await self.http.aclose()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _storm(url: str, members: int, secret: bool) -> dict[str, Any]:
    chair = Member(url, "chair")
    people = [Member(url, f"member{n:03d}") for n in range(members)]
    everyone = [chair, *people]
    gate = asyncio.Semaphore(16)

    async def limited(coro: Any) -> Any:
        async with gate:
            return await coro

    await asyncio.gather(*(limited(m.login()) for m in everyone))
    meeting = (await chair.http.get("/api/meetings", headers=chair.headers)).json()["meetings"][0]
    detail = (await chair.http.get(f"/api/meetings/{meeting['id']}", headers=chair.headers)).json()
    await chair.http.post(f"/api/meetings/{meeting['id']}/start", headers=chair.headers)

    async def check_in(m: Member) -> None:
        r = await m.http.post(
            f"/api/meetings/{meeting['id']}/attendance", headers=m.headers, json={"status": "present"}
        )
        r.raise_for_status()

    await asyncio.gather(*(limited(check_in(m)) for m in people))
    vote_ids: set[str] = set()
    for m in everyone:
        m.stream_task = asyncio.create_task(m.listen(vote_ids))
    await asyncio.wait_for(asyncio.gather(*(m.hello.wait() for m in everyone)), 60)
    opened = await chair.http.post(
        f"/api/meetings/{meeting['id']}/votes",
        headers=chair.headers,
        json={
            "agenda_item_id": detail["agenda"][0]["id"],
            "question": "Adopt?",
            "secret": secret,
            "majority": "simple",
        },
    )
    opened.raise_for_status()
    vote_id = opened.json()["id"]
    vote_ids.add(vote_id)

    # Baseline: the same clients read the vote all at once.
    async def read(m: Member) -> float:
        started = time.perf_counter()
        (await m.http.get(f"/api/votes/{vote_id}", headers=m.headers)).raise_for_status()
        return time.perf_counter() - started

    reads = await asyncio.gather(*(read(m) for m in people))
    rng = random.Random(7)
    choices = [rng.choice(["for", "for", "against", "abstain"]) for _ in people]
    ballot_ids = [str(uuid.uuid4()) for _ in people]

    async def cast(m: Member, option: str, ballot_id: str, delay: float) -> tuple[float, int]:
        await asyncio.sleep(delay)
        started = time.perf_counter()
        r = await m.http.post(
            f"/api/votes/{vote_id}/ballots", headers=m.headers, json={"option": option, "ballot_id": ballot_id}
        )
        return time.perf_counter() - started, r.status_code

    storm_started = time.perf_counter()
    # Everyone presses "vote" within one second.
    answers = await asyncio.gather(
        *(cast(m, o, b, rng.random()) for m, o, b in zip(people, choices, ballot_ids, strict=True))
    )
    storm = time.perf_counter() - storm_started
    retries = await asyncio.gather(
        *(cast(m, o, b, 0) for m, o, b in zip(people[:10], choices, ballot_ids, strict=False))
    )
    close_started = time.perf_counter()
    closed = await chair.http.post(f"/api/votes/{vote_id}/close", headers=chair.headers)
    closed.raise_for_status()
    await asyncio.wait_for(asyncio.gather(*(m.closed_seen.wait() for m in everyone)), 30)
    arrivals = [m.results_at - close_started for m in everyone if m.results_at is not None]
    results = closed.json()["results"]
    expected = {o: choices.count(o) for o in ("for", "against", "abstain")}
    for m in everyone:
        await m.close()
    return {
        "counted_once": results["cast"] == members
        and results["counts"] == expected
        and all(code == 201 for _, code in answers)
        and all(code == 200 for _, code in retries),
        "latencies": [t for t, _ in answers],
        "reads": reads,
        "storm": storm,
        "arrivals": arrivals,
        "streams": len(everyone),
    }


def _one_database(members: int, database_url: str | None, label: str, lines: list[str]) -> bool:
    work = Path(tempfile.mkdtemp(prefix="ecabinet-bench-votes-"))
    previous = {k: os.environ.get(k) for k in CHEAP_ARGON2}
    os.environ.update(CHEAP_ARGON2)
    ok = True
    try:
        for secret in (False, True):
            data_dir = work / ("secret" if secret else "named")
            url_db = None
            if database_url:
                url_db = _fresh_pg(database_url)
            _setup(data_dir, members, url_db)
            extra = ("--database-url", url_db) if url_db else ()
            try:
                with running_server(*extra, data_dir=data_dir) as (url, _log):
                    result = asyncio.run(_storm(url, members, secret))
            finally:
                if database_url and url_db:
                    _drop_pg(database_url, url_db)
            lat = result["latencies"]
            reads = result["reads"]
            arrivals = result["arrivals"]
            ok = ok and result["counted_once"] and len(arrivals) == result["streams"]
            lines.append(
                f"{label + (' secret' if secret else ' named'):<18} {members:>7} "
                f"{'yes' if result['counted_once'] else 'NO':>12} "
                f"{statistics.median(lat) * 1000:>8.0f} ms {_pct(lat, 0.99) * 1000:>6.0f} ms "
                f"{statistics.median(reads) * 1000:>8.0f} ms {_pct(reads, 0.99) * 1000:>6.0f} ms "
                f"{result['storm']:>7.2f} s "
                f"{statistics.median(arrivals) * 1000:>7.0f} ms {max(arrivals) * 1000:>7.0f} ms "
                f"{len(arrivals):>4}/{result['streams']}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return ok


def _fresh_pg(server_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"ecab_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _drop_pg(server_url: str, url_db: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url_db).database}" WITH (FORCE)'))
    admin.dispose()


def run(members: int, database_url: str | None) -> tuple[list[str], bool]:
    lines = [
        f"vote storm: {members} members cast within one second, each with an open event stream",
        f"{'database / vote':<18} {'members':>7} {'counted once':>12} {'ballot p50':>11} {'p99':>9} "
        f"{'read p50':>11} {'p99':>9} {'storm':>9} {'results p50':>10} {'slowest':>10} {'got':>9}",
    ]
    ok = _one_database(members, None, "SQLite", lines)
    if database_url:
        ok = _one_database(members, database_url, "PostgreSQL", lines) and ok
    lines.append("read = the baseline: the same clients GET the vote at once, same server, same run")
    return lines, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--database-url", default=os.environ.get("ECABINET_TEST_DATABASE_URL"))
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args(argv)
    lines, ok = run(args.members, None if args.sqlite_only else args.database_url)
    for line in lines:
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
