"""Sign-in, tokens, devices, throttling and account administration over the HTTP API."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update
from support import Api, app_client, error_code

from ecabinet.server.accounts.models import Token
from ecabinet.server.app import create_app
from ecabinet.server.config import Settings
from ecabinet.server.db import Database, utcnow
from ecabinet.server.netaddr import client_address, parse_networks


def _login(client, username: str, password: str, device_id: str | None = None, **headers: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/auth/login",
        json={
            "username": username,
            "password": password,
            "device_id": device_id or str(uuid.uuid4()),
            "device_name": "Tablet",
        },
        headers=headers,
    )


def test_login_answer_follows_the_contract(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        device = str(uuid.uuid4())
        response = _login(client, "minister1", "demo", device)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "expires_at", "device_id", "user", "offline_grant"}
    assert body["device_id"] == device
    assert set(body["user"]) >= {"id", "username", "display_name", "roles", "language"}
    assert body["user"]["username"] == "minister1"
    assert body["user"]["roles"] == []


def test_wrong_password_and_unknown_user_look_the_same(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        wrong = _login(client, "minister1", "nope")
        unknown = _login(client, "nobody", "demo")
    assert wrong.status_code == unknown.status_code == 401
    assert error_code(wrong) == error_code(unknown) == "invalid_credentials"
    assert wrong.json()["error"]["message"] == unknown.json()["error"]["message"]


def test_bad_request_body_is_invalid_request_with_fields(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        response = client.post("/api/auth/login", json={"username": "x", "password": "y", "device_id": "not-a-uuid"})
    assert response.status_code == 422
    assert error_code(response) == "invalid_request"
    assert any(f["field"] == "device_id" for f in response.json()["error"]["fields"])


def test_no_or_bad_token_is_401_invalid_token(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        assert error_code(client.get("/api/meetings")) == "invalid_token"
        response = client.get("/api/meetings", headers={"Authorization": "Bearer made-up"})
    assert response.status_code == 401
    assert error_code(response) == "invalid_token"


def test_logout_kills_the_token(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        api = Api(client, "minister1")
        assert api.post("/api/auth/logout").status_code == 204
        response = api.get("/api/meetings")
    assert response.status_code == 401
    assert error_code(response) == "invalid_token"


def test_expired_token_is_token_expired(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        api = Api(client, "minister1")
        db = Database(demo_settings.effective_database_url)
        with db.writing() as session:
            session.execute(update(Token).values(expires_at=utcnow() - timedelta(seconds=1)))
        db.dispose()
        response = api.get("/api/meetings")
    assert response.status_code == 401
    assert error_code(response) == "token_expired"


def test_token_slides_with_use_up_to_the_absolute_cap(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        api = Api(client, "minister1")
        db = Database(demo_settings.effective_database_url)
        soon = utcnow() + timedelta(minutes=5)
        with db.writing() as session:
            session.execute(update(Token).values(expires_at=soon, last_used_at=utcnow() - timedelta(hours=1)))
        assert api.get("/api/meetings").status_code == 200
        with db.reading() as session:
            token = session.execute(select(Token)).scalars().all()[-1]
        assert token.expires_at > soon + timedelta(hours=1)
        assert token.expires_at <= token.absolute_expires_at
        # Near the cap, use no longer extends it.
        cap = utcnow() + timedelta(minutes=2)
        with db.writing() as session:
            session.execute(update(Token).values(absolute_expires_at=cap, last_used_at=utcnow() - timedelta(hours=1)))
        assert api.get("/api/meetings").status_code == 200
        with db.reading() as session:
            token = session.execute(select(Token)).scalars().all()[-1]
        db.dispose()
    assert token.expires_at <= cap


def test_failed_logins_are_throttled_with_retry_after(demo_settings: Settings) -> None:
    demo_settings.login_free_failures = 3
    with app_client(demo_settings) as client:
        codes = [_login(client, "minister2", "wrong").status_code for _ in range(4)]
        blocked = _login(client, "minister2", "demo")
        # Someone else's address is not blocked: nobody can lock a minister out from afar.
        # (Without a trusted proxy, X-Forwarded-For is ignored: the forged header changes nothing.)
        forged = _login(client, "minister2", "demo", **{"X-Forwarded-For": "203.0.113.9"})
    assert codes[:3] == [401, 401, 401]
    assert codes[3] == 429
    assert blocked.status_code == 429
    assert error_code(blocked) == "too_many_attempts"
    assert int(blocked.headers["Retry-After"]) >= 1
    assert forged.status_code == 429


def test_throttle_is_per_address_behind_a_trusted_proxy(demo_settings: Settings) -> None:
    demo_settings.login_free_failures = 2
    demo_settings.trusted_proxies = ["127.0.0.2/32"]
    app = create_app(demo_settings)
    with TestClient(app, base_url="http://127.0.0.1", client=("127.0.0.2", 40000)) as client:
        for _ in range(3):
            _login(client, "minister3", "wrong", **{"X-Forwarded-For": "198.51.100.7"})
        attacker = _login(client, "minister3", "demo", **{"X-Forwarded-For": "198.51.100.7"})
        minister = _login(client, "minister3", "demo", **{"X-Forwarded-For": "198.51.100.8"})
    assert attacker.status_code == 429
    assert minister.status_code == 200


def test_client_address_believes_only_trusted_proxies() -> None:
    trusted = parse_networks(["127.0.0.2/32", "10.1.0.0/16"])
    assert client_address("127.0.0.5", "1.2.3.4", trusted) == "127.0.0.5"
    assert client_address("127.0.0.2", "1.2.3.4", trusted) == "1.2.3.4"
    assert client_address("127.0.0.2", "6.6.6.6, 1.2.3.4, 10.1.2.3", trusted) == "1.2.3.4"
    assert client_address("127.0.0.2", None, trusted) == "127.0.0.2"


def test_revoked_device_gets_410_everywhere_including_login(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        admin = Api(client, "admin")
        victim = Api(client, "minister1")
        other_device = Api(client, "minister1")
        assert admin.post(f"/api/admin/devices/{victim.device_id}/revoke").status_code == 204
        calls = [
            victim.get("/api/meetings"),
            victim.get("/api/sync?since=0"),
            victim.post("/api/auth/logout"),
            _login(client, "minister1", "demo", victim.device_id),
        ]
        assert [c.status_code for c in calls] == [410, 410, 410, 410]
        assert {error_code(c) for c in calls} == {"device_revoked"}
        # The same person on another device carries on.
        assert other_device.get("/api/meetings").status_code == 200


def test_only_admins_manage_devices_and_admins_see_no_meetings(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        minister = Api(client, "minister1")
        admin = Api(client, "admin")
        assert minister.post(f"/api/admin/devices/{admin.device_id}/revoke").status_code == 403
        assert minister.get("/api/admin/devices").status_code == 403
        assert admin.get("/api/admin/devices").status_code == 200
        assert admin.meetings() == []
        meeting_id = minister.meetings()[0]["id"]
        assert admin.get(f"/api/meetings/{meeting_id}").status_code == 404


def test_deactivated_user_loses_sessions_and_devices(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        admin = Api(client, "admin")
        minister = Api(client, "minister4")
        assert admin.post("/api/admin/users/minister4/deactivate").status_code == 204
        assert minister.get("/api/meetings").status_code == 410
        assert _login(client, "minister4", "demo").status_code == 401


def test_change_own_password(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        first = Api(client, "minister5")
        second = Api(client, "minister5")
        wrong = first.post("/api/auth/password", json={"old_password": "nope", "new_password": "a-longer-secret"})
        assert wrong.status_code == 401
        weak = first.post("/api/auth/password", json={"old_password": "demo", "new_password": "short"})
        assert error_code(weak) == "weak_password"
        ok = first.post("/api/auth/password", json={"old_password": "demo", "new_password": "a-longer-secret"})
        assert ok.status_code == 204
        assert first.get("/api/meetings").status_code == 200
        assert second.get("/api/meetings").status_code == 401
        assert _login(client, "minister5", "demo").status_code == 401
        assert _login(client, "minister5", "a-longer-secret").status_code == 200


def test_offline_grant_is_stable_per_device_and_renewable(demo_settings: Settings) -> None:
    with app_client(demo_settings) as client:
        device = str(uuid.uuid4())
        first = _login(client, "minister1", "demo", device).json()
        second = _login(client, "minister1", "demo", device).json()
        other = _login(client, "minister1", "demo").json()
        assert first["offline_grant"]["key"] == second["offline_grant"]["key"]
        assert first["offline_grant"]["key"] != other["offline_grant"]["key"]
        headers = {"Authorization": f"Bearer {second['token']}"}
        renewed = client.post("/api/auth/grant", headers=headers)
        assert renewed.status_code == 200
        assert renewed.json()["key"] == first["offline_grant"]["key"]
        assert renewed.json()["expires_at"] >= first["offline_grant"]["expires_at"]
        admin = Api(client, "admin")
        admin.post(f"/api/admin/devices/{device}/revoke")
        assert client.post("/api/auth/grant", headers=headers).status_code == 410
