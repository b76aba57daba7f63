"""Shared steps of the live-session tests: the demo cabinet meeting, started, with people checked in."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from support import Api

CABINET = "Regular Cabinet Session"


class Room:
    """The demo cabinet meeting with everyone signed in on their own device."""

    def __init__(self, client: TestClient, *usernames: str) -> None:
        self.client = client
        names = usernames or ("secretary", "chair", "minister1", "minister2", "minister3", "observer")
        self.people: dict[str, Api] = {name: Api(client, name) for name in names}
        self.meeting = self.people["secretary"].meeting_titled(CABINET)
        self.id: str = self.meeting["id"]
        self.items: list[dict[str, Any]] = self.meeting["agenda"]

    def __getitem__(self, name: str) -> Api:
        return self.people[name]

    def start(self, *present: str, remote: tuple[str, ...] = ()) -> None:
        response = self["chair"].post(f"/api/meetings/{self.id}/start")
        assert response.status_code == 200, response.text
        for name in present:
            self.check_in(name, "present")
        for name in remote:
            self.check_in(name, "remote")

    def check_in(self, name: str, status: str) -> dict[str, Any]:
        response = self[name].post(f"/api/meetings/{self.id}/attendance", json={"status": status})
        assert response.status_code == 200, response.text
        return dict(response.json())

    def open_vote(self, item: int = 1, **fields: Any) -> dict[str, Any]:
        body = {"agenda_item_id": self.items[item]["id"], "question": "Adopt?", "secret": False, "majority": "simple"}
        response = self["chair"].post(f"/api/meetings/{self.id}/votes", json={**body, **fields})
        assert response.status_code == 201, response.text
        return dict(response.json())

    def cast(self, name: str, vote_id: str, option: str, ballot_id: str | None = None) -> Any:
        return self[name].post(
            f"/api/votes/{vote_id}/ballots", json={"option": option, "ballot_id": ballot_id or str(uuid.uuid4())}
        )

    def close(self, vote_id: str) -> dict[str, Any]:
        response = self["chair"].post(f"/api/votes/{vote_id}/close")
        assert response.status_code == 200, response.text
        return dict(response.json())
