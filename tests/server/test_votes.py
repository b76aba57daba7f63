"""Votes and ballots (shared/api.md): who may vote, what is refused and why, results and their shape."""

from __future__ import annotations

import uuid

from session_support import Room
from support import app_client, error_code

from ecabinet.server.config import Settings


def test_named_vote_counts_each_ballot_once_and_shows_who_chose_what(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client)
        room.start("chair", "minister1", "minister2", "minister3", "observer")
        vote = room.open_vote()
        assert vote["state"] == "open" and vote["options"] == ["for", "against", "abstain"]
        assert vote["results"] == {"cast": 0, "eligible": 4}
        ballot = str(uuid.uuid4())
        first = room.cast("minister1", vote["id"], "for", ballot)
        assert first.status_code == 201, first.text
        again = room.cast("minister1", vote["id"], "for", ballot)
        assert again.status_code == 200, "the same ballot id again is a no-op"
        assert room.cast("minister1", vote["id"], "against").status_code == 409
        assert error_code(room.cast("minister1", vote["id"], "against")) == "already_voted"
        assert room.cast("minister2", vote["id"], "for").status_code == 201
        assert room.cast("minister3", vote["id"], "abstain").status_code == 201
        assert room.cast("chair", vote["id"], "against").status_code == 201
        seen = room["minister1"].get(f"/api/votes/{vote['id']}").json()
        assert seen["results"] == {"cast": 4, "eligible": 4}, "no live counts unless the chair asks"
        assert seen["my_ballot"] == {"eligible": True, "on_behalf_of": None, "voted": True, "option": "for"}
        closed = room.close(vote["id"])
        results = closed["results"]
        assert results["counts"] == {"for": 2, "against": 1, "abstain": 1}
        assert results["cast"] == 4 and results["eligible"] == 4 and results["outcome"] == "adopted"
        chosen = {v["user_id"]: v["option"] for v in results["voters"]}
        assert chosen == {
            room["minister1"].user_id: "for",
            room["minister2"].user_id: "for",
            room["minister3"].user_id: "abstain",
            room["chair"].user_id: "against",
        }
        # The same shape for everyone who sees the meeting, the observer included.
        observed = room["observer"].get(f"/api/votes/{vote['id']}").json()
        assert {k: observed[k] for k in ("id", "state", "secret", "results")} == {
            "id": vote["id"],
            "state": "closed",
            "secret": False,
            "results": results,
        }
        again_close = room["chair"].post(f"/api/votes/{vote['id']}/close")
        assert again_close.status_code == 409 and error_code(again_close) == "vote_closed"
        late = room.cast("minister2", vote["id"], "against")
        assert late.status_code == 409 and error_code(late) == "vote_closed"
        # A retry of a counted ballot after close still answers 200: it was counted.
        assert room.cast("minister1", vote["id"], "for", ballot).status_code == 200


def test_refusals_each_with_its_reason(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "minister4", "observer")
        item = room.items[1]["id"]
        body = {"agenda_item_id": item, "question": "Adopt?", "secret": False, "majority": "simple"}
        not_started = room["chair"].post(f"/api/meetings/{room.id}/votes", json=body)
        assert not_started.status_code == 409 and error_code(not_started) == "not_in_session"
        room.start("chair", "minister1", "observer")
        by_member = room["minister1"].post(f"/api/meetings/{room.id}/votes", json=body)
        assert by_member.status_code == 403 and error_code(by_member) == "not_allowed"
        vote = room["secretary"].post(f"/api/meetings/{room.id}/votes", json=body)
        assert vote.status_code == 201, "the secretary may open a vote"
        vote_id = vote.json()["id"]
        observer = room.cast("observer", vote_id, "for")
        assert observer.status_code == 403 and error_code(observer) == "not_eligible"
        absent = room.cast("minister2", vote_id, "for")  # invited, never checked in
        assert absent.status_code == 403 and error_code(absent) == "not_eligible"
        late_check_in = room.check_in("minister4", "present")
        assert late_check_in["present"] >= 3
        assert error_code(room.cast("minister4", vote_id, "for")) == "not_eligible", "the voters were fixed at opening"
        unknown = room.cast("minister1", vote_id, "maybe")
        assert unknown.status_code == 422 and error_code(unknown) == "unknown_option"
        for_another = room["minister1"].post(
            f"/api/votes/{vote_id}/ballots",
            json={"option": "for", "ballot_id": str(uuid.uuid4()), "user_id": room["chair"].user_id},
        )
        assert for_another.status_code == 422 and error_code(for_another) == "invalid_request"
        stranger = room["minister1"].get("/api/votes/does-not-exist")
        assert stranger.status_code == 404
        # A revoked device: the existing sign-in check answers 410 before any ballot logic.
        admin = room.client.post(
            "/api/auth/login",
            json={"username": "admin", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "t"},
        ).json()["token"]
        revoked = room.client.post(
            f"/api/admin/devices/{room['minister1'].device_id}/revoke", headers={"Authorization": f"Bearer {admin}"}
        )
        assert revoked.status_code == 204
        gone = room.cast("minister1", vote_id, "for")
        assert gone.status_code == 410 and error_code(gone) == "device_revoked"
        assert room["chair"].get(f"/api/votes/{vote_id}").json()["results"]["cast"] == 0


def test_deputy_votes_in_place_of_the_member_never_both(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "minister6")
        sec = room["secretary"]
        # minister6 is made the deputy of minister2 for this meeting.
        made = sec.put(
            f"/api/meetings/{room.id}/participants", json={"user_id": room["minister6"].user_id, "role": "deputy"}
        )
        assert made.status_code == 200, made.text
        room.start("chair", "minister1")
        wrong = sec.post(
            f"/api/meetings/{room.id}/attendance",
            json={
                "status": "represented",
                "user_id": room["minister2"].user_id,
                "deputy_id": room["minister1"].user_id,
            },
        )
        assert wrong.status_code == 422 and error_code(wrong) == "invalid_deputy"
        # A member names only their own deputy (tests/server/test_signed_ballots.py), never someone else's.
        for_other = room["minister1"].post(
            f"/api/meetings/{room.id}/attendance",
            json={
                "status": "represented",
                "user_id": room["minister2"].user_id,
                "deputy_id": room["minister6"].user_id,
            },
        )
        assert for_other.status_code == 403
        ok = sec.post(
            f"/api/meetings/{room.id}/attendance",
            json={
                "status": "represented",
                "user_id": room["minister2"].user_id,
                "deputy_id": room["minister6"].user_id,
            },
        )
        assert ok.status_code == 200, ok.text
        assert ok.json()["present"] == 3
        vote = room.open_vote()
        assert vote["results"]["eligible"] == 3
        mine = room["minister6"].get(f"/api/votes/{vote['id']}").json()["my_ballot"]
        assert mine["eligible"] and mine["on_behalf_of"] == room["minister2"].user_id
        assert error_code(room.cast("minister2", vote["id"], "for")) == "not_eligible", "never both"
        assert room.cast("minister6", vote["id"], "against").status_code == 201
        voters = room.close(vote["id"])["results"]["voters"]
        assert voters == [
            {
                "user_id": room["minister6"].user_id,
                "display_name": voters[0]["display_name"],
                "option": "against",
                "on_behalf_of": room["minister2"].user_id,
            }
        ]


def test_changing_a_named_ballot_only_when_the_chair_allows(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2")
        room.start("chair", "minister1", "minister2")
        vote = room.open_vote(allow_change=True, live_counts=True)
        first = str(uuid.uuid4())
        assert room.cast("minister1", vote["id"], "for", first).status_code == 201
        assert room.cast("minister1", vote["id"], "against").status_code == 201
        assert room.cast("minister1", vote["id"], "for", first).status_code == 200, "a late retry changes nothing"
        live = room["minister2"].get(f"/api/votes/{vote['id']}").json()["results"]
        assert live == {"cast": 1, "eligible": 3, "counts": {"for": 0, "against": 1, "abstain": 0}}
        results = room.close(vote["id"])["results"]
        assert results["counts"]["against"] == 1 and results["outcome"] == "no_quorum"


def test_custom_options_plurality_and_two_thirds(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2", "minister3")
        room.start("chair", "minister1", "minister2", "minister3")
        vote = room.open_vote(options=["Hanoi", "Vientiane", "abstain"], question="Where next?")
        for name, option in (
            ("chair", "Hanoi"),
            ("minister1", "Vientiane"),
            ("minister2", "Hanoi"),
            ("minister3", "abstain"),
        ):
            assert room.cast(name, vote["id"], option).status_code == 201
        results = room.close(vote["id"])["results"]
        assert results["outcome"] == "adopted" and results["winner"] == "Hanoi"
        two_thirds = room.open_vote(majority="two_thirds")
        for name, option in (("chair", "for"), ("minister1", "for"), ("minister2", "against"), ("minister3", "for")):
            assert room.cast(name, two_thirds["id"], option).status_code == 201
        assert room.close(two_thirds["id"])["results"]["outcome"] == "adopted"
        bad = room["chair"].post(
            f"/api/meetings/{room.id}/votes",
            json={
                "agenda_item_id": room.items[1]["id"],
                "question": "?",
                "secret": False,
                "majority": "simple",
                "options": ["yes", "yes"],
            },
        )
        assert bad.status_code == 422 and error_code(bad) == "invalid_options"


def test_recused_member_does_not_vote_nor_count(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        room = Room(client, "secretary", "chair", "minister1", "minister2")
        room.start("chair", "minister1", "minister2")
        item = room.items[1]["id"]
        recused = room["minister1"].put(
            f"/api/meetings/{room.id}/items/{item}/recusal", json={"reason": "family business"}
        )
        assert recused.status_code == 200, recused.text
        vote = room.open_vote()
        assert vote["results"]["eligible"] == 2
        assert error_code(room.cast("minister1", vote["id"], "for")) == "not_eligible"
        withdraw = room["minister1"].delete(f"/api/meetings/{room.id}/items/{item}/recusal")
        assert withdraw.status_code == 409 and error_code(withdraw) == "vote_open"
