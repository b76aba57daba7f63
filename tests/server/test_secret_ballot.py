"""A secret vote leaves no link between a voter and their choice: not in any table, not in the audit log,
not in the server's log output, not in any answer. The test reads all of them after a real vote."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from sqlalchemy import create_engine, inspect, text
from support import live_server

from ecabinet.server.config import Settings

OPTIONS = ["Option Alpha", "Option Beta", "Option Gamma"]
CHOICES = {"chair": "Option Alpha", "minister1": "Option Beta", "minister2": "Option Beta", "minister3": "Option Gamma"}


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record) + repr(record.args))


@contextmanager
def _all_logs() -> Iterator[_Capture]:
    """Every log record of the server at DEBUG, the access log included."""
    capture = _Capture()
    loggers = [logging.getLogger(n) for n in ("", "uvicorn", "uvicorn.access", "uvicorn.error", "ecabinet", "fastapi")]
    saved = [(lg, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(capture)
        lg.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        for lg, level in saved:
            lg.removeHandler(capture)
            lg.setLevel(level)


def _login(client: httpx.Client, name: str) -> tuple[dict[str, str], str]:
    answer = client.post(
        "/api/auth/login",
        json={"username": name, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
    ).json()
    return {"Authorization": f"Bearer {answer['token']}"}, answer["user"]["id"]


def _every_row(url: str) -> dict[str, list[dict[str, Any]]]:
    engine = create_engine(url)
    try:
        out: dict[str, list[dict[str, Any]]] = {}
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                out[table] = [dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{table}"'))]
        return out
    finally:
        engine.dispose()


def test_secret_vote_leaves_no_link_between_voter_and_choice(demo_settings: Settings) -> None:
    with _all_logs() as logs, live_server(demo_settings) as url, httpx.Client(base_url=url, timeout=30) as client:
        heads = {}
        ids = {}
        for name in ("chair", "minister1", "minister2", "minister3", "secretary"):
            heads[name], ids[name] = _login(client, name)
        meetings = client.get("/api/meetings", headers=heads["chair"]).json()["meetings"]
        meeting = next(m for m in meetings if m["title"].startswith("Regular Cabinet Session"))
        detail = client.get(f"/api/meetings/{meeting['id']}", headers=heads["chair"]).json()
        assert client.post(f"/api/meetings/{meeting['id']}/start", headers=heads["chair"]).status_code == 200
        for name in CHOICES:
            checked = client.post(
                f"/api/meetings/{meeting['id']}/attendance", headers=heads[name], json={"status": "present"}
            )
            assert checked.status_code == 200
        opened = client.post(
            f"/api/meetings/{meeting['id']}/votes",
            headers=heads["secretary"],
            json={
                "agenda_item_id": detail["agenda"][2]["id"],
                "question": "Which option?",
                "secret": True,
                "majority": "simple",
                "options": OPTIONS,
            },
        )
        assert opened.status_code == 201, opened.text
        vote_id = opened.json()["id"]
        ballots = {}
        for name, option in CHOICES.items():
            ballots[name] = f"ballot-{uuid.uuid4()}"
            cast = client.post(
                f"/api/votes/{vote_id}/ballots",
                headers=heads[name],
                json={"option": option, "ballot_id": ballots[name]},
            )
            assert cast.status_code == 201, cast.text
            assert not any(o in cast.text for o in OPTIONS), "the answer does not repeat a secret choice"
            # No live counts: only "cast n of m".
            seen = client.get(f"/api/votes/{vote_id}", headers=heads["chair"]).json()
            assert seen["results"] == {"cast": list(CHOICES).index(name) + 1, "eligible": 4}
        repeat = client.post(
            f"/api/votes/{vote_id}/ballots",
            headers=heads["minister1"],
            json={"option": "Option Beta", "ballot_id": ballots["minister1"]},
        )
        assert repeat.status_code == 200
        changed = client.post(
            f"/api/votes/{vote_id}/ballots",
            headers=heads["minister1"],
            json={"option": "Option Alpha", "ballot_id": str(uuid.uuid4())},
        )
        assert changed.status_code == 409 and changed.json()["error"]["code"] == "already_voted"
        feed_open = client.get("/api/sync?since=0", headers=heads["chair"]).json()["changes"]
        closed = client.post(f"/api/votes/{vote_id}/close", headers=heads["chair"])
        assert closed.status_code == 200
        results = closed.json()["results"]
        assert results["counts"] == {"Option Alpha": 1, "Option Beta": 2, "Option Gamma": 1}
        assert results["winner"] == "Option Beta" and "voters" not in results
        feed_closed = client.get("/api/sync?since=0", headers=heads["minister2"]).json()["changes"]
        log_text = "\n".join(logs.lines)

    rows = _every_row(demo_settings.effective_database_url)
    voter_ids = {ids[n]: n for n in CHOICES}

    # 1. No row anywhere names a voter together with some but not all of the options.
    for table, table_rows in rows.items():
        for row in table_rows:
            text_of_row = json.dumps(row, default=str, ensure_ascii=False)
            named = [n for uid, n in voter_ids.items() if uid in text_of_row]
            chosen = [o for o in OPTIONS if o in text_of_row]
            if named and chosen:
                assert set(chosen) == set(OPTIONS), f"{table} row links {named} to {chosen}: {row}"
    # 2. The ballot ids themselves are kept nowhere (only a hash, for idempotency).
    everything = json.dumps(rows, default=str, ensure_ascii=False)
    for ballot in ballots.values():
        assert ballot not in everything
    # 3. The participation rows carry no option, no time, no sequence; counters no person.
    assert set(rows["vote_participation"][0]) == {"vote_id", "user_id", "ballot_hash"}
    assert set(rows["vote_counters"][0]) == {"vote_id", "option", "count"}
    assert len([r for r in rows["vote_participation"] if r["vote_id"] == vote_id]) == 4
    # 4. The audit log says that each voter cast a ballot, never what.
    cast_entries = [r for r in rows["audit_log"] if r["action"] == "ballot_cast" and r["target_id"] == vote_id]
    assert len(cast_entries) == 4 and all(json.loads(r["details"]) == {} for r in cast_entries)
    # 5. The server's log output holds no choice and no ballot id.
    assert "/ballots" in log_text, "the access log was captured (it names the path, never the body)"
    for needle in [*OPTIONS, *ballots.values()]:
        assert needle not in log_text, f"the server logged {needle!r}"
    # 6. Answers and the change feed: counts only once closed, and never who chose what.
    for change in [*feed_open, *feed_closed]:
        if change["kind"] == "vote" and change["id"] == vote_id:
            assert "voters" not in change["data"]["results"]
            assert "option" not in change["data"]["my_ballot"]
    open_vote = next(c for c in feed_open if c["kind"] == "vote" and c["id"] == vote_id)
    assert "counts" not in open_vote["data"]["results"]


def test_no_physical_trace_of_the_last_choice(demo_settings: Settings) -> None:
    """Row order and row versions: the participation table has no rowid on SQLite; on PostgreSQL every
    counter of the vote carries the same transaction stamp (xmin), so the last ballot's option cannot be
    read from which counter changed last."""
    with live_server(demo_settings) as url, httpx.Client(base_url=url, timeout=30) as client:
        heads = {n: _login(client, n)[0] for n in ("chair", "minister1", "minister2")}
        meeting = next(
            m
            for m in client.get("/api/meetings", headers=heads["chair"]).json()["meetings"]
            if m["title"].startswith("Regular Cabinet Session")
        )
        detail = client.get(f"/api/meetings/{meeting['id']}", headers=heads["chair"]).json()
        client.post(f"/api/meetings/{meeting['id']}/start", headers=heads["chair"])
        for name in heads:
            client.post(f"/api/meetings/{meeting['id']}/attendance", headers=heads[name], json={"status": "present"})
        vote_id = client.post(
            f"/api/meetings/{meeting['id']}/votes",
            headers=heads["chair"],
            json={"agenda_item_id": detail["agenda"][1]["id"], "question": "?", "secret": True, "majority": "simple"},
        ).json()["id"]
        client.post(
            f"/api/votes/{vote_id}/ballots",
            headers=heads["minister1"],
            json={"option": "for", "ballot_id": str(uuid.uuid4())},
        )
        client.post(
            f"/api/votes/{vote_id}/ballots",
            headers=heads["minister2"],
            json={"option": "against", "ballot_id": str(uuid.uuid4())},
        )
    engine = create_engine(demo_settings.effective_database_url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                try:
                    conn.execute(text("SELECT rowid FROM vote_participation")).all()
                except Exception as exc:
                    assert "rowid" in str(exc)
                else:
                    raise AssertionError("vote_participation has a rowid (insertion order)")
            else:
                stamps = conn.execute(
                    text("SELECT DISTINCT xmin::text FROM vote_counters WHERE vote_id = :v"), {"v": vote_id}
                ).all()
                assert len(stamps) == 1, "every counter is rewritten by every ballot"
            counters = text("SELECT count(*) FROM vote_counters WHERE vote_id = :v")
            assert conn.execute(counters, {"v": vote_id}).scalar() == 3
    finally:
        engine.dispose()
