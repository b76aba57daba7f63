"""The foundation issue's "done when", end to end against a real ``ecabinet demo --headless`` process."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import httpx


def login(client: httpx.Client, username: str, device_id: str | None = None) -> dict[str, str]:
    response = client.post(
        "/api/auth/login",
        json={
            "username": username,
            "password": "demo",
            "device_id": device_id or str(uuid.uuid4()),
            "device_name": "Done-when tablet",
        },
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def test_a_member_works_through_the_contract(demo_server: str) -> None:
    with httpx.Client(base_url=demo_server, timeout=30) as client:
        assert client.get("/api/health").json()["status"] == "ok"
        minister = login(client, "minister6")
        meetings = client.get("/api/meetings", headers=minister).json()["meetings"]
        # The published session, and the closed earlier one whose minutes are signed.
        assert sorted(m["state"] for m in meetings) == ["closed", "published"]
        meetings = [m for m in meetings if m["state"] == "published"]
        cabinet = client.get(f"/api/meetings/{meetings[0]['id']}", headers=minister).json()

        first = client.get("/api/sync", params={"since": 0}, headers=minister)
        assert first.status_code == 200
        cursor = first.json()["cursor"]
        second = client.get(
            "/api/sync", params={"since": cursor}, headers={**minister, "If-None-Match": first.headers["etag"]}
        )
        assert second.status_code == 304

        doc = next(d for i in cabinet["agenda"] for d in i["documents"] if d["versions"][-1]["pages"] >= 300)
        version = doc["versions"][-1]
        url = f"/api/documents/{doc['id']}/versions/{version['sha256']}/content"
        head = client.get(url, headers={**minister, "Range": "bytes=0-65535"})
        assert head.status_code == 206 and len(head.content) == 65536
        rest = client.get(url, headers={**minister, "Range": "bytes=65536-"})
        assert rest.status_code == 206
        assert hashlib.sha256(head.content + rest.content).hexdigest() == version["sha256"]

        # The restricted paper is hidden from minister6 (403 by id); the committee meeting does not exist for them.
        secretary = login(client, "secretary")
        everything = {m["title"]: m for m in client.get("/api/meetings", headers=secretary).json()["meetings"]}
        committee_id = next(m["id"] for t, m in everything.items() if t.startswith("Committee"))
        assert client.get(f"/api/meetings/{committee_id}", headers=minister).status_code == 404
        full = client.get(f"/api/meetings/{cabinet['id']}", headers=secretary).json()
        restricted = next(d for i in full["agenda"] for d in i["documents"] if d["restricted"])
        denied = client.get(
            f"/api/documents/{restricted['id']}/versions/{restricted['versions'][-1]['sha256']}/content",
            headers=minister,
        )
        assert denied.status_code == 403
        assert denied.json()["error"]["code"] == "forbidden_document"


def test_restriction_reaches_the_member_as_a_remove(demo_server: str) -> None:
    with httpx.Client(base_url=demo_server, timeout=30) as client:
        member = login(client, "minister5")
        secretary = login(client, "secretary")
        cursor = client.get("/api/sync", params={"since": 0}, headers=member).json()["cursor"]
        meetings = client.get("/api/meetings", headers=member).json()["meetings"]
        meetings = [m for m in meetings if m["state"] == "published" and m["title"].startswith("Regular")]
        cabinet = client.get(f"/api/meetings/{meetings[0]['id']}", headers=member).json()
        doc = cabinet["agenda"][5]["documents"][0]
        chair_id = _user_id(client, secretary, "chair")
        assert (
            client.put(
                f"/api/documents/{doc['id']}/access",
                headers=secretary,
                json={"restricted": True, "user_ids": [chair_id]},
            ).status_code
            == 200
        )
        changes: list[dict[str, Any]] = client.get("/api/sync", params={"since": cursor}, headers=member).json()[
            "changes"
        ]
        assert {"kind": "document", "id": doc["id"], "op": "remove", "data": None}.items() <= changes[0].items()
        assert doc["title"] not in str(changes)
        client.put(f"/api/documents/{doc['id']}/access", headers=secretary, json={"restricted": False})


def _user_id(client: httpx.Client, headers: dict[str, str], username: str) -> str:
    users = client.get("/api/users", headers=headers).json()["users"]
    return str(next(u["id"] for u in users if u["username"] == username))


def test_a_revoked_device_gets_410_everywhere(demo_server: str) -> None:
    with httpx.Client(base_url=demo_server, timeout=30) as client:
        device = str(uuid.uuid4())
        member = login(client, "minister4", device)
        admin = login(client, "admin")
        assert client.post(f"/api/admin/devices/{device}/revoke", headers=admin).status_code == 204
        answers = [
            client.get("/api/meetings", headers=member),
            client.get("/api/sync", params={"since": 0}, headers=member),
            client.post(
                "/api/auth/login",
                json={"username": "minister4", "password": "demo", "device_id": device, "device_name": "again"},
            ),
        ]
    assert [a.status_code for a in answers] == [410, 410, 410]
    assert all(a.json()["error"]["code"] == "device_revoked" for a in answers)
