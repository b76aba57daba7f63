"""ApiClient against the real seeded demo server (`demo_server` from tests/conftest.py)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import AuthExpired, DeviceRevoked, InvalidCredentials, NotFound


def new_client(base_url: str) -> ApiClient:
    return ApiClient(base_url, device_id=str(uuid.uuid4()))


def test_health(demo_server: str) -> None:
    with new_client(demo_server) as api:
        assert api.health()["status"] == "ok"


def test_login_and_meetings(demo_server: str) -> None:
    with new_client(demo_server) as api:
        result = api.login("minister1", "demo", "pytest tablet")
        assert result.token
        assert api.token == result.token
        assert result.device_id == api.device_id
        assert result.user["username"] == "minister1"
        assert result.user["display_name"]
        assert result.expires_at.tzinfo is not None
        meetings = api.meetings()
        assert meetings
        for meeting in meetings:
            assert {"id", "title", "starts_at", "location", "state"} <= meeting.keys()
        detail = api.meeting(meetings[0]["id"])
        assert detail["id"] == meetings[0]["id"]
        assert isinstance(detail["agenda"], list)


def test_wrong_password(demo_server: str) -> None:
    with new_client(demo_server) as api, pytest.raises(InvalidCredentials) as info:
        api.login("minister2", "not-the-password", "pytest tablet")
    assert info.value.status == 401
    assert api.token is None


def test_a_meeting_not_shared_is_not_found(demo_server: str) -> None:
    with new_client(demo_server) as one, new_client(demo_server) as six:
        one.login("minister1", "demo", "pytest tablet")
        six.login("minister6", "demo", "pytest tablet")
        visible_to_six = {meeting["id"] for meeting in six.meetings()}
        hidden = [meeting["id"] for meeting in one.meetings() if meeting["id"] not in visible_to_six]
        assert hidden, "the demo has a meeting minister6 is not invited to"
        with pytest.raises(NotFound):
            six.meeting(hidden[0])
        with pytest.raises(NotFound):
            six.meeting(str(uuid.uuid4()))


def test_logout_kills_the_token(demo_server: str) -> None:
    with new_client(demo_server) as api:
        api.login("minister3", "demo", "pytest tablet")
        token = api.token
        api.logout()
        assert api.token is None
        api.token = token
        with pytest.raises(AuthExpired):
            api.meetings()


def test_revoked_device(demo_server: str) -> None:
    with new_client(demo_server) as minister, new_client(demo_server) as admin:
        minister.login("minister4", "demo", "lost tablet")
        admin.login("admin", "demo", "IT office")
        response = httpx.post(
            f"{demo_server}/api/admin/devices/{minister.device_id}/revoke",
            headers={"Authorization": f"Bearer {admin.token}"},
        )
        assert response.status_code == 204
        with pytest.raises(DeviceRevoked):
            minister.meetings()
        with pytest.raises(DeviceRevoked):
            minister.login("minister4", "demo", "lost tablet")
