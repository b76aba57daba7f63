"""The secretariat's calls against a live server: a meeting prepared from nothing, uploads with progress, a new
version, a collision between two secretaries, delete-with-documents and restore, participants and delivery."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support import live_server, make_pdf

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import ApiError
from ecabinet.client.secretariat import SecretariatClient, UploadCancelled
from ecabinet.server.config import Settings


@pytest.fixture
def server(demo_settings: Settings) -> Iterator[str]:
    with live_server(demo_settings) as url:
        yield url


def signed_in(url: str, username: str) -> ApiClient:
    api = ApiClient(url, device_id=str(uuid.uuid4()))
    api.login(username, "demo", "office pc")
    return api


def test_prepare_a_meeting_from_nothing(server: str, tmp_path: Path) -> None:
    with signed_in(server, "secretary") as api, signed_in(server, "secretary") as colleague_api:
        office, colleague = SecretariatClient(api), SecretariatClient(colleague_api)
        bodies = office.directory()["bodies"]
        assert "Cabinet" in {b["name"] for b in bodies}
        body_id = bodies[0]["id"]
        meeting = office.create_meeting(
            body_id=body_id,
            title="Extraordinary session on flood relief",
            starts_at=datetime.now(UTC) + timedelta(days=3),
            duration_minutes=90,
            location="Government Office, Room 2",
        )
        mid = meeting["id"]
        first = office.add_item(mid, title="Situation report", presenter="Minister of Agriculture", duration_minutes=20)
        second = office.add_item(mid, title="Relief budget", duration_minutes=30)
        sub = office.add_item(mid, title="Northern provinces", duration_minutes=10, parent_id=second["id"])
        detail = office.meeting(mid)
        numbers = {item["title"]: item["number"] for item in detail["agenda"]}
        assert numbers == {"Situation report": "1", "Relief budget": "2", "Northern provinces": "2.1"}
        assert detail["planned_minutes"] == 60 and detail["duration_minutes"] == 90
        assert sub["parent_id"] == second["id"]

        # Upload with progress; cancel one midway: nothing is stored.
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(make_pdf(3))
        seen: list[tuple[int, int]] = []
        document = office.upload_document(
            mid, first["id"], pdf, title="Situation report", progress=lambda a, b: seen.append((a, b))
        )
        assert seen and seen[-1] == (pdf.stat().st_size, pdf.stat().st_size)
        assert document["version"]["pages"] == 3
        with pytest.raises(UploadCancelled):
            office.upload_document(mid, first["id"], pdf, title="Never", cancelled=lambda: True)
        titles = [d["title"] for item in office.meeting(mid)["agenda"] for d in item["documents"]]
        assert titles == ["Situation report"]
        not_pdf = tmp_path / "notes.pdf"
        not_pdf.write_bytes(b"this is not a PDF at all")
        with pytest.raises(ApiError) as refused:
            office.upload_document(mid, first["id"], not_pdf, title="Broken")
        assert refused.value.status == 422

        # A new version keeps the old one listed.
        pdf.write_bytes(make_pdf(4))
        office.upload_version(document["id"], pdf)
        versions = next(d for item in office.meeting(mid)["agenda"] for d in item["documents"])["versions"]
        assert [v["pages"] for v in versions] == [3, 4]

        # Two secretaries, one item: the second write, made on an old version, is refused with the current state.
        seen_version = office.meeting(mid)["agenda"][1]["version"]
        colleague.update_item(mid, second["id"], {"title": "Relief budget 2027"}, expected_version=seen_version)
        with pytest.raises(ApiError) as conflict:
            office.update_item(mid, second["id"], {"duration_minutes": 45}, expected_version=seen_version)
        assert conflict.value.status == 409 and conflict.value.code == "version_conflict"

        # An item with documents is not deleted by accident; forced, it can be restored while in draft.
        with pytest.raises(ApiError) as guarded:
            office.delete_item(mid, first["id"], force=False, expected_version=None)
        assert guarded.value.code == "item_has_documents"
        office.delete_item(mid, first["id"], force=True, expected_version=None)
        assert [i["title"] for i in office.meeting(mid)["agenda"]] == ["Relief budget 2027", "Northern provinces"]
        office.restore_item(mid, first["id"])
        assert len(office.meeting(mid)["agenda"]) == 3

        # Participants, publication and who has what.
        users = {u["username"]: u for u in office.users()}
        office.set_participant(mid, users["chair"]["id"], "chair")
        office.set_participant(mid, users["minister1"]["id"], "member")
        office.publish(mid)
        delivery = office.delivery(mid)
        minister = next(p for p in delivery["participants"] if p["username"] == "minister1")
        assert minister["counts"]["not_yet"] == 1 and not minister["ready"]
        audit = office.audit(mid)
        assert audit["entries"] and audit["entries"][0]["action"]
