"""The live session: start, attendance and quorum, positions board and en-bloc approval, speakers, presenter
page, and the event stream (filtered like the feed, results within a second, restarts and reconnects)."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import httpx
from session_support import CABINET, Room
from support import app_client, error_code, live_server

from ecabinet.server.config import Settings


def test_start_attendance_and_quorum(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "minister3", "observer")
        early = room.check_in("minister1", "present")  # check-in before the start is allowed
        assert early["voting_members"] == 7 and early["quorum_needed"] == 4 and early["quorum"] is False
        observer_start = room["observer"].post(f"/api/meetings/{room.id}/start")
        assert observer_start.status_code == 403 and error_code(observer_start) == "not_allowed"
        started = room["secretary"].post(f"/api/meetings/{room.id}/start")
        assert started.status_code == 200 and started.json()["state"] == "in_session"
        assert room["chair"].post(f"/api/meetings/{room.id}/start").status_code == 200, "again: no change"
        room.check_in("chair", "present")
        room.check_in("minister2", "remote")
        live = room.check_in("observer", "present")
        assert live["present"] == 3 and live["quorum"] is False, "observers never count"
        bad = room["minister3"].post(f"/api/meetings/{room.id}/attendance", json={"status": "excused"})
        assert bad.status_code == 403, "only the secretary records absences"
        excused = room["secretary"].post(
            f"/api/meetings/{room.id}/attendance", json={"status": "excused", "user_id": room["minister3"].user_id}
        )
        assert excused.status_code == 200
        now = room.check_in("minister3", "present")  # they came after all
        assert now["present"] == 4 and now["quorum"] is True
        rules = room["chair"].put(
            f"/api/meetings/{room.id}/rules", json={"quorum_rule": "two_thirds", "remote_voting": False}
        )
        assert rules.status_code == 200
        assert rules.json()["quorum_needed"] == 5 and rules.json()["quorum"] is False
        assert rules.json()["eligible"] == 3, "remote members do not vote when the meeting says so"
        people = {p["user_id"]: p for p in rules.json()["people"]}
        assert people[room["minister2"].user_id]["status"] == "remote"
        picture = room["minister1"].get(f"/api/meetings/{room.id}/session").json()
        assert picture["state"] == "in_session" and picture["attendance"]["present"] == 4


def test_positions_board_items_and_en_bloc(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "observer")
        items = [i["id"] for i in room.items]
        for n, item in enumerate(items[:3]):
            position = "objects" if n == 2 else "no_objection"
            stated = room["minister1"].put(
                f"/api/meetings/{room.id}/items/{item}/position",
                json={"position": position, "comment": "Too costly" if n == 2 else "", "client_id": str(uuid.uuid4())},
            )
            assert stated.status_code == 200, stated.text
        board_denied = room["minister1"].get(f"/api/meetings/{room.id}/positions")
        assert board_denied.status_code == 403
        board = room["chair"].get(f"/api/meetings/{room.id}/positions").json()["items"]
        assert board[2]["contested"] and board[2]["positions"][0]["comment"] == "Too costly"
        assert not board[0]["contested"] and board[0]["counts"]["no_objection"] == 1
        assert room["minister2"].user_id in board[0]["missing"]
        for item in items[:2]:
            marked = room["secretary"].put(
                f"/api/meetings/{room.id}/items/{item}/uncontested", json={"uncontested": True}
            )
            assert marked.status_code == 200 and marked.json()["uncontested"] is True
        not_yet = room["chair"].post(f"/api/meetings/{room.id}/approve-en-bloc")
        assert not_yet.status_code == 409 and error_code(not_yet) == "not_in_session"
        room.start("chair", "minister1")
        approved = room["chair"].post(f"/api/meetings/{room.id}/approve-en-bloc")
        assert approved.status_code == 200 and approved.json()["approved"] == items[:2]
        opened = room["chair"].post(f"/api/meetings/{room.id}/items/{items[2]}/open")
        assert opened.status_code == 200 and opened.json()["open"] is True
        late = room["minister1"].put(
            f"/api/meetings/{room.id}/items/{items[2]}/position",
            json={"position": "no_objection", "comment": "", "client_id": str(uuid.uuid4())},
        )
        assert late.status_code == 409 and error_code(late) == "item_closed"
        detail = room["minister2"].get(f"/api/meetings/{room.id}").json()
        assert detail["current_item_id"] == items[2]
        assert [i["decision"] for i in detail["agenda"][:3]] == ["approved_en_bloc", "approved_en_bloc", None]


def test_speakers_queue(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "observer")
        room.start("chair", "minister1", "minister2")
        none_open = room["minister1"].post(f"/api/meetings/{room.id}/speakers")
        assert none_open.status_code == 409 and error_code(none_open) == "no_current_item"
        room["chair"].post(f"/api/meetings/{room.id}/items/{room.items[1]['id']}/open")
        assert room["observer"].post(f"/api/meetings/{room.id}/speakers").status_code == 403
        room["minister1"].post(f"/api/meetings/{room.id}/speakers")
        queue = room["minister2"].post(f"/api/meetings/{room.id}/speakers").json()
        assert [q["user_id"] for q in queue["queue"]] == [room["minister1"].user_id, room["minister2"].user_id]
        again = room["minister1"].post(f"/api/meetings/{room.id}/speakers").json()
        assert len(again["queue"]) == 2, "raising a hand twice changes nothing"
        first, second = (q["id"] for q in queue["queue"])
        assert room["minister1"].post(f"/api/meetings/{room.id}/speakers/{first}/floor", json={}).status_code == 403
        floor = room["chair"].post(f"/api/meetings/{room.id}/speakers/{first}/floor", json={"time_limit_seconds": 120})
        assert floor.json()["speaking"]["user_id"] == room["minister1"].user_id
        assert floor.json()["speaking"]["time_limit_seconds"] == 120
        withdrawn = room["minister2"].delete(f"/api/meetings/{room.id}/speakers/{second}")
        assert withdrawn.json()["queue"] == []
        ended = room["chair"].post(f"/api/meetings/{room.id}/speakers/{first}/end")
        assert ended.json()["speaking"] is None and ended.json()["done"][0]["id"] == first


# ---------------------------------------------------------------- the event stream


class Listener:
    """One client's event stream in a thread, with the time each event arrived."""

    def __init__(self, url: str, headers: dict[str, str], last_event_id: str | None = None) -> None:
        self.events: list[dict[str, Any]] = []
        self.client = httpx.Client(base_url=url, timeout=httpx.Timeout(30, read=60))
        extra = {"Last-Event-ID": last_event_id} if last_event_id else {}
        self._headers = {**headers, **extra}
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            with self.client.stream("GET", "/api/events", headers=self._headers) as response:
                event: dict[str, Any] = {}
                for line in response.iter_lines():
                    if not line:
                        if event:
                            event["at"] = time.monotonic()
                            if "data" in event:
                                event["data"] = json.loads(event["data"])
                            self.events.append(event)
                            event = {}
                        continue
                    field, _, value = line.partition(":")
                    if field in ("event", "id", "data"):
                        event[field] = value.strip()
        except (httpx.HTTPError, RuntimeError):
            pass
        self.events.append({"event": "<closed>", "at": time.monotonic()})

    def wait_for(self, predicate: Any, timeout: float = 5.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in list(self.events):
                if predicate(event):
                    return event
            time.sleep(0.01)
        raise AssertionError(f"no such event in {[e.get('event') for e in self.events]}")

    def close(self) -> None:
        self.client.close()


def _login(client: httpx.Client, name: str) -> dict[str, str]:
    answer = client.post(
        "/api/auth/login",
        json={"username": name, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
    ).json()
    return {"Authorization": f"Bearer {answer['token']}"}


def _cabinet(client: httpx.Client, headers: dict[str, str]) -> dict[str, Any]:
    meetings = client.get("/api/meetings", headers=headers).json()["meetings"]
    meeting = next(m for m in meetings if m["title"].startswith(CABINET))
    return dict(client.get(f"/api/meetings/{meeting['id']}", headers=headers).json())


def test_events_reach_whom_they_may_and_results_arrive_within_a_second(demo_settings: Settings) -> None:
    with live_server(demo_settings) as url, httpx.Client(base_url=url, timeout=30) as client:
        heads = {n: _login(client, n) for n in ("secretary", "chair", "minister1", "minister6", "observer")}
        meeting = _cabinet(client, heads["secretary"])
        mid = meeting["id"]
        listeners = {n: Listener(url, heads[n]) for n in ("chair", "minister1", "minister6", "observer")}
        try:
            for listener in listeners.values():
                listener.wait_for(lambda e: e.get("event") == "hello")
            client.post(f"/api/meetings/{mid}/start", headers=heads["chair"])
            started = listeners["minister1"].wait_for(
                lambda e: e.get("event") == "meeting" and e["data"]["data"]["state"] == "in_session"
            )
            assert int(started["id"]) > 0
            # A presenter page on a restricted document reaches only its readers.
            restricted = next(d for item in meeting["agenda"] for d in item["documents"] if d["restricted"])
            public = next(d for item in meeting["agenda"] for d in item["documents"] if not d["restricted"])
            shared = client.put(
                f"/api/meetings/{mid}/presenter",
                headers=heads["chair"],
                json={"document_id": restricted["id"], "page": 2},
            )
            assert shared.status_code == 200, shared.text
            client.put(
                f"/api/meetings/{mid}/presenter", headers=heads["chair"], json={"document_id": public["id"], "page": 1}
            )
            page = listeners["minister1"].wait_for(lambda e: e.get("event") == "presenter" and e["data"]["page"] == 2)
            assert "id" not in page, "short-lived events carry no id"
            listeners["minister6"].wait_for(
                lambda e: e.get("event") == "presenter" and e["data"]["document_id"] == public["id"]
            )
            assert not any(
                e.get("event") == "presenter" and e["data"]["document_id"] == restricted["id"]
                for e in listeners["minister6"].events + listeners["observer"].events
            ), "the restricted page went to someone who may not read it"
            # Votes: opened, then results on every screen within a second of the close.
            for name in ("chair", "minister1", "minister6"):
                client.post(f"/api/meetings/{mid}/attendance", headers=heads[name], json={"status": "present"})
            vote = client.post(
                f"/api/meetings/{mid}/votes",
                headers=heads["chair"],
                json={
                    "agenda_item_id": meeting["agenda"][1]["id"],
                    "question": "Adopt?",
                    "secret": False,
                    "majority": "simple",
                },
            ).json()
            listeners["observer"].wait_for(lambda e: e.get("event") == "vote" and e["data"]["id"] == vote["id"])
            client.post(
                f"/api/votes/{vote['id']}/ballots",
                headers=heads["minister1"],
                json={"option": "for", "ballot_id": str(uuid.uuid4())},
            )
            closed_at = time.monotonic()
            assert client.post(f"/api/votes/{vote['id']}/close", headers=heads["chair"]).status_code == 200
            for name, listener in listeners.items():
                result = listener.wait_for(
                    lambda e: e.get("event") == "vote" and e["data"]["data"]["state"] == "closed", timeout=3
                )
                assert result["data"]["data"]["results"]["outcome"] in ("adopted", "no_quorum")
                assert result["at"] - closed_at < 1.0, (
                    f"{name} saw the results {result['at'] - closed_at:.2f} s after close"
                )
            # A raised hand is short-lived too.
            client.post(f"/api/meetings/{mid}/items/{meeting['agenda'][1]['id']}/open", headers=heads["chair"])
            client.post(f"/api/meetings/{mid}/speakers", headers=heads["minister1"])
            hand = listeners["chair"].wait_for(lambda e: e.get("event") == "speakers" and e["data"]["queue"])
            assert "id" not in hand
            # Resuming from an id replays durable events only: no presenter page, no raised hand.
            resume_from = started["id"]
            later = Listener(url, heads["minister1"], last_event_id=resume_from)
            try:
                later.wait_for(lambda e: e.get("event") == "vote" and e["data"]["data"]["state"] == "closed")
                later.wait_for(lambda e: e.get("event") == "changes")
                assert not any(e.get("event") in ("presenter", "speakers") for e in later.events)
            finally:
                later.close()
        finally:
            for listener in listeners.values():
                listener.close()


def test_restart_during_an_open_vote_loses_nothing(demo_settings: Settings) -> None:
    tokens: dict[str, dict[str, str]] = {}
    with live_server(demo_settings) as url, httpx.Client(base_url=url, timeout=30) as client:
        tokens = {n: _login(client, n) for n in ("chair", "minister1", "minister2", "minister3")}
        meeting = _cabinet(client, tokens["chair"])
        client.post(f"/api/meetings/{meeting['id']}/start", headers=tokens["chair"])
        for name in tokens:
            client.post(f"/api/meetings/{meeting['id']}/attendance", headers=tokens[name], json={"status": "present"})
        vote = client.post(
            f"/api/meetings/{meeting['id']}/votes",
            headers=tokens["chair"],
            json={"agenda_item_id": meeting["agenda"][1]["id"], "question": "?", "secret": True, "majority": "simple"},
        ).json()
        kept = str(uuid.uuid4())
        assert (
            client.post(
                f"/api/votes/{vote['id']}/ballots",
                headers=tokens["minister1"],
                json={"option": "for", "ballot_id": kept},
            ).status_code
            == 201
        )
        assert (
            client.post(
                f"/api/votes/{vote['id']}/ballots",
                headers=tokens["minister2"],
                json={"option": "against", "ballot_id": str(uuid.uuid4())},
            ).status_code
            == 201
        )
    # The server is gone; the same data folder (or database) serves again.
    with live_server(demo_settings) as url, httpx.Client(base_url=url, timeout=30) as client:
        back = client.get(f"/api/votes/{vote['id']}", headers=tokens["minister1"]).json()
        assert back["state"] == "open" and back["results"] == {"cast": 2, "eligible": 4}
        assert back["my_ballot"]["voted"] is True, "a client returning sees that its ballot counted"
        retry = client.post(
            f"/api/votes/{vote['id']}/ballots", headers=tokens["minister1"], json={"option": "for", "ballot_id": kept}
        )
        assert retry.status_code == 200, "a retry after the restart is still recognised"
        assert (
            client.post(
                f"/api/votes/{vote['id']}/ballots",
                headers=tokens["minister3"],
                json={"option": "for", "ballot_id": str(uuid.uuid4())},
            ).status_code
            == 201
        )
        results = client.post(f"/api/votes/{vote['id']}/close", headers=tokens["chair"]).json()["results"]
        assert results["counts"] == {"for": 2, "against": 1, "abstain": 0}
        assert results["outcome"] == "no_quorum", "3 ballots of 7 voting members: more than half must vote"
        feed = client.get("/api/sync?since=0", headers=tokens["minister3"]).json()["changes"]
        assert any(c["kind"] == "vote" and c["data"]["state"] == "closed" for c in feed)
        assert any(c["kind"] == "attendance" and c["data"]["present"] == 4 for c in feed)


def test_client_api_runs_a_vote_and_hears_the_result(demo_settings: Settings) -> None:
    """The calls the app makes (ecabinet.client.api), end to end against a real server."""
    from ecabinet.client.api import ApiClient
    from ecabinet.client.errors import VoteRefused

    with live_server(demo_settings) as url:
        chair = ApiClient(url, device_id=str(uuid.uuid4()))
        member = ApiClient(url, device_id=str(uuid.uuid4()))
        chair.login("chair", "demo", "t")
        member.login("minister1", "demo", "t")
        meeting = next(m for m in chair.meetings() if m["title"].startswith(CABINET))
        agenda = chair.meeting(meeting["id"])["agenda"]
        assert chair.start_meeting(meeting["id"])["state"] == "in_session"
        chair.check_in(meeting["id"], "present")
        assert member.check_in(meeting["id"], "remote")["present"] == 2
        chair.open_item(meeting["id"], agenda[1]["id"])
        assert len(member.request_floor(meeting["id"])["queue"]) == 1
        vote = chair.open_vote(meeting["id"], agenda_item_id=agenda[1]["id"], question="Adopt?", quorum="none")
        heard: list[tuple[str, str | None, Any]] = []

        def listen() -> None:
            for event in member.events():
                heard.append(event)
                if event[0] == "vote" and event[2]["data"]["state"] == "closed":
                    return

        reader = threading.Thread(target=listen, daemon=True)
        reader.start()
        ballot = str(uuid.uuid4())
        assert member.cast_ballot(vote["id"], "for", ballot)["counted"] is True
        assert member.cast_ballot(vote["id"], "for", ballot)["counted"] is True  # a repeat: 200, no second effect
        try:
            member.cast_ballot(vote["id"], "against", str(uuid.uuid4()))
        except VoteRefused as exc:
            assert exc.code == "already_voted"
        else:
            raise AssertionError("a second ballot was accepted")
        assert member.vote(vote["id"])["my_ballot"]["option"] == "for"
        closed = chair.close_vote(vote["id"])
        assert closed["results"]["counts"]["for"] == 1 and closed["results"]["outcome"] == "adopted"
        reader.join(5)
        assert any(e[0] == "vote" and e[1] is not None for e in heard), "durable events carry the cursor as id"
        assert chair.positions_board(meeting["id"])["items"]
        assert chair.session_state(meeting["id"])["votes"][0]["state"] == "closed"
        chair.close()
        member.close()
