"""Minutes through the API: draft from the record, edits with a version check, approvals, finalise, signers,
secretary then chair sign and upload, every participant sees the signed minutes (detail and change feed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from minutes_flow import download, enroll, finalised, held_and_closed, sign, upload, with_test_pki
from pki import DemoPki, make_pki
from support import Api, app_client, error_code

from ecabinet.pdf.validation import validate_pdf
from ecabinet.server.config import Settings


@pytest.fixture(scope="module")
def pki() -> DemoPki:
    return make_pki()


def test_draft_edit_approve_finalise_sign_and_everyone_sees_it(
    demo_settings: Settings, pki: DemoPki, tmp_path: Path
) -> None:
    settings = with_test_pki(demo_settings, pki, tmp_path / "trust")
    with app_client(settings) as client:
        admin = Api(client, "admin")
        room = held_and_closed(client)
        secretary, chair, member = room["secretary"], room["chair"], room["minister1"]
        path = f"/api/meetings/{room.id}/minutes"

        draft = secretary.get(path).json()
        assert draft["state"] == "draft" and draft["version"] == 0 and draft["document_id"] is None
        assert [s["role"] for s in draft["signers"]] == ["secretary", "chair"]
        record = draft["record"]
        assert record["quorum"]["present"] == 3 and record["quorum"]["members"] == 7
        budget = record["items"][1]
        assert budget["documents"] and len(budget["documents"][0]["sha256"]) == 64
        (vote,) = budget["votes"]
        assert vote["counts"] == {"for": 2, "against": 1, "abstain": 0} and not vote["secret"]
        assert sorted(name for names in vote["voters"].values() for name in names) == sorted(
            p["name"] for p in record["attendance"] if p["status"] == "present"
        )
        assert member.patch(path, json={"general_remarks": "mine"}).status_code == 403

        item_id = budget["item_id"]
        saved = secretary.patch(
            path,
            json={"decisions": {item_id: "<p>Adopted <b>as proposed</b>.<script>alert(1)</script></p>"}},
            headers={"If-Match": '"0"'},
        )
        assert saved.status_code == 200, saved.text
        version = saved.json()["version"]
        assert saved.json()["record"]["items"][1]["decision"] == "<p>Adopted <b>as proposed</b>.</p>"
        stale = secretary.patch(path, json={"general_remarks": "late"}, headers={"If-Match": '"0"'})
        assert stale.status_code == 409 and error_code(stale) == "version_conflict"
        assert stale.json()["error"]["details"]["version"] == version
        remarks = secretary.patch(
            path, json={"general_remarks": "Next session in January.", "expected_version": version}
        )
        assert remarks.status_code == 200 and remarks.json()["general_remarks"] == "<p>Next session in January.</p>"

        asked = secretary.post(f"{path}/approvals", json={"user_ids": [member.user_id]})
        assert asked.status_code == 200
        assert room["minister2"].put(f"{path}/approval", json={"approve": True}).status_code == 403
        answered = member.put(f"{path}/approval", json={"approve": True, "comment": "Fine."})
        assert answered.status_code == 200
        (approval,) = secretary.get(path).json()["approvals"]
        assert approval["state"] == "approved" and approval["user_id"] == member.user_id

        assert chair.post(f"{path}/finalise", json={}).status_code == 403
        final = finalised(room)
        assert final["state"] == "final" and final["sha256"] == final["unsigned_sha256"]
        assert secretary.patch(path, json={"general_remarks": "x"}).status_code == 409
        unsigned = download(member, final)
        fields = {s["field"]: s for s in final["signers"]}
        assert set(fields) == {"sig_secretary", "sig_chair"}

        enroll(admin, "secretary", pki.secretary.pem)
        enroll(admin, "chair", pki.chair.pem)
        first = upload(secretary, room.id, sign(unsigned, "sig_secretary", pki.secretary))
        assert first.status_code == 200, first.text
        assert first.json()["state"] == "signing"
        assert upload(secretary, room.id, sign(unsigned, "sig_secretary", pki.secretary)).status_code in (409, 422)
        latest = download(chair, first.json())
        both = sign(latest, "sig_chair", pki.chair)
        second = upload(chair, room.id, both)
        assert second.status_code == 200, second.text
        done = second.json()
        assert done["state"] == "signed"
        signers = {s["field"]: s for s in done["signers"]}
        assert signers["sig_chair"]["fingerprint"] == pki.chair.fingerprint
        assert signers["sig_secretary"]["fingerprint"] == pki.secretary.fingerprint
        assert all(s["signed_at"] for s in signers.values())
        again = upload(chair, room.id, both)
        assert again.status_code == 409 and error_code(again) == "minutes_signed"

        # Every participant: meeting detail, change feed, the bytes, and they validate.
        detail = member.get(f"/api/meetings/{room.id}").json()
        assert detail["minutes"]["state"] == "signed" and detail["minutes"]["sha256"] == done["sha256"]
        assert set(detail["minutes"]) >= {"document_id", "sha256", "state", "signers"}
        assert all(d["id"] != done["document_id"] for i in detail["agenda"] for d in i["documents"])
        feed = room["observer"].get("/api/sync?since=0").json()["changes"]
        minutes_rows = [c for c in feed if c["kind"] == "minutes" and c["id"] == room.id]
        assert minutes_rows and minutes_rows[0]["data"]["state"] == "signed"
        docs = [c for c in feed if c["kind"] == "document" and c["id"] == done["document_id"]]
        assert docs and docs[0]["data"]["versions"][-1]["sha256"] == done["sha256"]
        signed_bytes = download(room["observer"], done)
        roots = member.get("/api/trust/roots")
        assert roots.status_code == 200 and roots.content.strip() == pki.root_pem.strip()
        report = validate_pdf(
            signed_bytes,
            [roots.content],
            expected={"sig_secretary": pki.secretary.fingerprint, "sig_chair": pki.chair.fingerprint},
            unsigned_hash=final["unsigned_sha256"],
        )
        assert report.ok, report.codes


def test_trust_roots_need_a_session_and_signers_are_configurable(
    demo_settings: Settings, pki: DemoPki, tmp_path: Path
) -> None:
    settings = with_test_pki(demo_settings, pki, tmp_path / "trust")
    with app_client(settings) as client:
        assert client.get("/api/trust/roots").status_code == 401
        room = held_and_closed(client)
        path = f"/api/meetings/{room.id}/minutes"
        members = [room["minister1"].user_id, room["chair"].user_id]
        bad = room["secretary"].put(f"{path}/signers", json={"signers": [{"user_id": "nobody", "role": "member"}]})
        assert bad.status_code == 422 and error_code(bad) == "unknown_user"
        put = room["secretary"].put(
            f"{path}/signers",
            json={"signers": [{"user_id": members[0], "role": "member"}, {"user_id": members[1], "role": "chair"}]},
        )
        assert put.status_code == 200, put.text
        assert [(s["field"], s["user_id"]) for s in put.json()["signers"]] == [
            ("sig_member", members[0]),
            ("sig_chair", members[1]),
        ]
        final = finalised(room)
        assert [s["field"] for s in final["signers"]] == ["sig_member", "sig_chair"]


def test_finalise_needs_a_closed_meeting(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        secretary = Api(client, "secretary")
        meeting = secretary.meeting_titled("Regular Cabinet Session")
        response = secretary.post(f"/api/meetings/{meeting['id']}/minutes/finalise", json={})
        assert response.status_code == 409 and error_code(response) == "meeting_not_closed"
