"""Every role against every endpoint: visibility first (404), then role (403), then state (409).

Roles: nobody signed in, the admin, the secretariat, the chair, a member on everything (minister1), a
member not on the committee and not named on the restricted paper (minister6), and an observer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from support import Api, app_client, make_pdf

from ecabinet.server.config import Settings

ROLES = ("anonymous", "admin", "secretary", "chair", "minister1", "minister6", "observer")
ZERO_SHA = "0" * 64

#: endpoint name -> expected status per role, in ROLES order.
# fmt: off
EXPECTED: dict[str, tuple[int, ...]] = {
    "list meetings":              (401, 200, 200, 200, 200, 200, 200),
    "get cabinet meeting":        (401, 404, 200, 200, 200, 200, 200),
    "get committee meeting":      (401, 404, 200, 404, 200, 404, 200),
    "get draft meeting":          (401, 404, 200, 404, 404, 404, 404),
    "download open document":     (401, 404, 200, 200, 200, 200, 200),
    "download restricted doc":    (401, 404, 200, 200, 200, 403, 403),
    "download committee doc":     (401, 404, 200, 404, 200, 404, 200),
    "state position":             (401, 404, 403, 200, 200, 200, 403),
    "position on committee item": (401, 404, 403, 404, 200, 404, 403),
    "edit meeting":               (401, 404, 200, 403, 403, 403, 403),
    "add agenda item":            (401, 404, 201, 403, 403, 403, 403),
    "delete unknown item":        (401, 404, 404, 403, 403, 403, 403),
    "invite participant":         (401, 404, 200, 403, 403, 403, 403),
    "set document access":        (401, 404, 200, 403, 403, 403, 403),
    "upload new version":         (401, 404, 201, 403, 403, 403, 403),
    "upload document":            (401, 404, 201, 403, 403, 403, 403),
    "withdraw unknown version":   (401, 404, 404, 403, 403, 403, 403),
    "publish published meeting":  (401, 404, 409, 403, 403, 403, 403),
    "create meeting":             (401, 403, 201, 403, 403, 403, 403),
    "sync":                       (401, 200, 200, 200, 200, 200, 200),
    "user directory":             (401, 403, 200, 403, 403, 403, 403),
    "list devices":               (401, 200, 403, 403, 403, 403, 403),
    "revoke unknown device":      (401, 404, 403, 403, 403, 403, 403),
    "list users (admin)":         (401, 200, 403, 403, 403, 403, 403),
}
# fmt: on


class Anonymous:
    """Same calls as Api, without a token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        return getattr(self.client, name)

    def upload(self, meeting_id: str, item_id: str, data: bytes, title: str = "Paper") -> Any:
        return self.client.post(
            f"/api/meetings/{meeting_id}/items/{item_id}/documents",
            files={"file": ("p.pdf", data, "application/pdf")},
            data={"title": title},
        )


def test_permission_matrix(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        users: dict[str, Any] = {r: Api(client, r) for r in ROLES if r != "anonymous"}
        users["anonymous"] = Anonymous(client)
        sec = users["secretary"]
        cabinet = sec.meeting_titled("Regular Cabinet Session")
        committee = sec.meeting_titled("Committee on Digital Government")
        draft = sec.meeting_titled("Extraordinary Cabinet Session")
        docs = [d for i in cabinet["agenda"] for d in i["documents"]]
        open_doc = next(d for d in docs if not d["restricted"])
        restricted = next(d for d in docs if d["restricted"])
        committee_doc = committee["agenda"][0]["documents"][0]
        item = cabinet["agenda"][1]
        committee_item = committee["agenda"][0]
        observer_id = users["observer"].user_id

        def content(doc: dict[str, Any]) -> str:
            return f"/api/documents/{doc['id']}/versions/{doc['versions'][-1]['sha256']}/content"

        def position(meeting: dict[str, Any], it: dict[str, Any]) -> Callable[[Any], Any]:
            return lambda u: u.put(
                f"/api/meetings/{meeting['id']}/items/{it['id']}/position",
                json={"position": "no_objection", "client_id": str(uuid.uuid4())},
            )

        calls: dict[str, Callable[[Any], Any]] = {
            "list meetings": lambda u: u.get("/api/meetings"),
            "get cabinet meeting": lambda u: u.get(f"/api/meetings/{cabinet['id']}"),
            "get committee meeting": lambda u: u.get(f"/api/meetings/{committee['id']}"),
            "get draft meeting": lambda u: u.get(f"/api/meetings/{draft['id']}"),
            "download open document": lambda u: u.get(content(open_doc)),
            "download restricted doc": lambda u: u.get(content(restricted)),
            "download committee doc": lambda u: u.get(content(committee_doc)),
            "state position": position(cabinet, item),
            "position on committee item": position(committee, committee_item),
            "edit meeting": lambda u: u.patch(f"/api/meetings/{cabinet['id']}", json={"location": "Room 9"}),
            "add agenda item": lambda u: u.post(f"/api/meetings/{cabinet['id']}/items", json={"title": "New"}),
            "delete unknown item": lambda u: u.delete(f"/api/meetings/{cabinet['id']}/items/{uuid.uuid4().hex}"),
            "invite participant": lambda u: u.put(
                f"/api/meetings/{cabinet['id']}/participants", json={"user_id": observer_id, "role": "observer"}
            ),
            "set document access": lambda u: u.put(
                f"/api/documents/{open_doc['id']}/access", json={"restricted": False}
            ),
            "upload new version": lambda u: u.post(
                f"/api/documents/{open_doc['id']}/versions",
                files={"file": ("v.pdf", make_pdf(1, seed=uuid.uuid4().int % 10**6), "application/pdf")},
            ),
            "upload document": lambda u: u.upload(
                cabinet["id"], item["id"], make_pdf(1, seed=uuid.uuid4().int % 10**6)
            ),
            "withdraw unknown version": lambda u: u.post(
                f"/api/documents/{open_doc['id']}/versions/{ZERO_SHA}/withdraw", json={"reason": "x"}
            ),
            "publish published meeting": lambda u: u.post(f"/api/meetings/{cabinet['id']}/publish"),
            "create meeting": lambda u: u.post(
                "/api/meetings", json={"body_id": "cabinet", "title": "M", "starts_at": "2027-03-01T09:00:00Z"}
            ),
            "sync": lambda u: u.get("/api/sync?since=0"),
            "user directory": lambda u: u.get("/api/users"),
            "list devices": lambda u: u.get("/api/admin/devices"),
            "revoke unknown device": lambda u: u.post(f"/api/admin/devices/{uuid.uuid4()}/revoke"),
            "list users (admin)": lambda u: u.get("/api/admin/users"),
        }
        assert set(calls) == set(EXPECTED)
        actual = {name: tuple(calls[name](users[r]).status_code for r in ROLES) for name in EXPECTED}
    mismatches = {name: (EXPECTED[name], actual[name]) for name in EXPECTED if EXPECTED[name] != actual[name]}
    assert not mismatches, "\n".join(f"{n}: expected {e}, got {a}" for n, (e, a) in mismatches.items())
