"""Signed ballots in named votes (never secret), deputies where the rules forbid them, and the record of who
voted remotely and who was represented by whom."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator

import pytest
from consult_support import People, signed_ballot
from fastapi.testclient import TestClient
from session_support import Room
from support import app_client, error_code

from ecabinet.pdf.cms import verify_detached
from ecabinet.server.config import Settings


@pytest.fixture(scope="module")
def people() -> People:
    return People()


@pytest.fixture
def client(demo_settings: Settings, people: People) -> Iterator[TestClient]:
    people.trust(demo_settings)
    with app_client(demo_settings) as client:
        people.enrol(client.app.state.services)  # type: ignore[attr-defined]
        yield client


def test_secret_vote_cannot_require_signatures(client: TestClient) -> None:
    room = Room(client)
    room.start("chair", "minister1")
    body = {"agenda_item_id": room.items[1]["id"], "question": "Elect?", "secret": True, "majority": "simple"}
    refused = room["chair"].post(f"/api/meetings/{room.id}/votes", json={**body, "require_signed_ballots": True})
    assert refused.status_code == 422 and error_code(refused) == "secret_vote_unsigned"
    assert "identify the voter" in refused.json()["error"]["message"]


def test_signed_ballots_are_checked_and_kept_for_the_record(client: TestClient, people: People) -> None:
    room = Room(client)
    room.start("chair", "minister1", remote=("minister2",))
    vote = room.open_vote(require_signed_ballots=True)
    assert vote["require_signed_ballots"] is True
    vid = vote["id"]
    m1, m2, chair = room["minister1"], room["minister2"], room["chair"]
    unsigned = room.cast("minister1", vid, "for")
    assert unsigned.status_code == 422 and error_code(unsigned) == "signature_required"
    # Tampered: signed "against", sent as "for".
    tampered = signed_ballot(people, "minister1", vote, "against", m1.user_id)
    refused = m1.post(f"/api/votes/{vid}/ballots", json={**tampered, "option": "for"})
    assert refused.status_code == 422 and error_code(refused) == "signature_invalid"
    # Someone else's certificate.
    foreign = signed_ballot(people, "minister2", vote, "for", m1.user_id)
    refused = m1.post(f"/api/votes/{vid}/ballots", json=foreign)
    assert refused.status_code == 422 and error_code(refused) == "wrong_signer"
    assert m1.get(f"/api/votes/{vid}").json()["results"]["cast"] == 0, "no refused ballot was counted"
    assert (
        m1.post(
            f"/api/votes/{vid}/ballots", json=signed_ballot(people, "minister1", vote, "for", m1.user_id)
        ).status_code
        == 201
    )
    assert (
        m2.post(
            f"/api/votes/{vid}/ballots", json=signed_ballot(people, "minister2", vote, "for", m2.user_id)
        ).status_code
        == 201
    )
    assert (
        chair.post(
            f"/api/votes/{vid}/ballots", json=signed_ballot(people, "chair", vote, "against", chair.user_id)
        ).status_code
        == 201
    )
    room.close(vid)
    record = m1.get(f"/api/votes/{vid}/record").json()
    by_user = {v["user_id"]: v for v in record["voters"]}
    assert by_user[m2.user_id]["remote"] is True and by_user[m1.user_id]["remote"] is False
    assert all(v["signed"] for v in record["voters"])
    assert len(record["signatures"]) == 3
    for item in record["signatures"]:
        report = verify_detached(
            base64.b64decode(item["signed_bytes"]), base64.b64decode(item["signature"]), [people.pki.root_pem]
        )
        assert report.ok and report.fingerprint == item["signer_fingerprint"]


def test_deputy_may_not_vote_where_the_rules_forbid_it_and_the_record_says_represented_by(client: TestClient) -> None:
    room = Room(client, "secretary", "chair", "minister1", "minister2", "minister6")
    sec = room["secretary"]
    made = sec.put(
        f"/api/meetings/{room.id}/participants", json={"user_id": room["minister6"].user_id, "role": "deputy"}
    )
    assert made.status_code == 200, made.text
    room.start("chair", "minister1")
    attendance = sec.post(
        f"/api/meetings/{room.id}/attendance",
        json={"status": "represented", "user_id": room["minister2"].user_id, "deputy_id": room["minister6"].user_id},
    ).json()
    person = next(p for p in attendance["people"] if p["user_id"] == room["minister2"].user_id)
    assert person["status"] == "represented" and person["deputy_name"]
    forbidden = room.open_vote(deputies_may_vote=False)
    assert forbidden["deputies_may_vote"] is False and forbidden["results"]["eligible"] == 2
    refused = room.cast("minister6", forbidden["id"], "for")
    assert refused.status_code == 403 and error_code(refused) == "deputy_not_allowed"
    room.close(forbidden["id"])
    allowed = room.open_vote(item=2)
    assert room.cast("minister6", allowed["id"], "for", str(uuid.uuid4())).status_code == 201
    room.close(allowed["id"])
    (entry,) = room["chair"].get(f"/api/votes/{allowed['id']}/record").json()["voters"]
    assert entry["on_behalf_of"] == room["minister2"].user_id and entry["on_behalf_of_name"]
    assert entry["signed"] is False


def test_a_member_names_their_own_deputy_but_not_someone_elses(client: TestClient) -> None:
    room = Room(client, "secretary", "chair", "minister1", "minister2", "minister6")
    sec = room["secretary"]
    invited = sec.put(
        f"/api/meetings/{room.id}/participants", json={"user_id": room["minister6"].user_id, "role": "deputy"}
    )
    assert invited.status_code == 200, invited.text
    deputy = room["minister6"].user_id
    # minister2 cannot attend and sends the deputy the secretariat invited.
    own = room["minister2"].post(
        f"/api/meetings/{room.id}/attendance", json={"status": "represented", "deputy_id": deputy}
    )
    assert own.status_code == 200, own.text
    person = next(p for p in own.json()["people"] if p["user_id"] == room["minister2"].user_id)
    assert person["status"] == "represented" and person["deputy_id"] == deputy and person["self_reported"]
    # Not for someone else, and only a deputy invited as such.
    other = room["minister1"].post(
        f"/api/meetings/{room.id}/attendance",
        json={"status": "represented", "user_id": room["minister2"].user_id, "deputy_id": deputy},
    )
    assert other.status_code == 403 and error_code(other) == "not_allowed"
    not_a_deputy = room["minister1"].post(
        f"/api/meetings/{room.id}/attendance",
        json={"status": "represented", "deputy_id": room["chair"].user_id},
    )
    assert not_a_deputy.status_code == 422 and error_code(not_a_deputy) == "invalid_deputy"
    # Nor may a member mark themselves excused or absent: that stays the secretary's record.
    excused = room["minister1"].post(f"/api/meetings/{room.id}/attendance", json={"status": "excused"})
    assert excused.status_code == 403
