"""ApiClient against a real HTTP server on 127.0.0.1: answers, error mapping, retries, refusing clear text."""

from __future__ import annotations

import email.utils
import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from ecabinet.client.api import GET_RETRY_DELAYS, ApiClient, is_local_host, normalize_server_url
from ecabinet.client.errors import (
    ApiError,
    AuthExpired,
    DeviceRevoked,
    Forbidden,
    InsecureServerError,
    InvalidCredentials,
    InvalidResponse,
    InvalidServerAddress,
    NotFound,
    OfflineError,
    ServerError,
    TooManyAttempts,
)

DEVICE_ID = str(uuid.UUID(int=7))

LOGIN_OK = {
    "token": "tok-123",
    "expires_at": "2030-01-02T03:04:05Z",
    "device_id": DEVICE_ID,
    "user": {"id": "u1", "username": "minister1", "display_name": "Minister One", "roles": [], "language": "vi"},
}


def error_body(code: str, message: str = "English text") -> dict[str, object]:
    return {"error": {"code": code, "message": message}}


@pytest.fixture
def client(canned_server):  # type: ignore[no-untyped-def]
    with ApiClient(canned_server.url, device_id=DEVICE_ID, timeout=5.0) as api:
        yield api


def test_health(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("GET", "/api/health", body={"status": "ok", "version": "1.2.3"})
    assert client.health() == {"status": "ok", "version": "1.2.3"}
    assert "authorization" not in canned_server.requests[-1].headers


def test_login_sends_device_and_keeps_token(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("POST", "/api/auth/login", body=LOGIN_OK)
    canned_server.add("GET", "/api/meetings", body={"meetings": [{"id": "m1", "title": "Session"}]})

    result = client.login("minister1", "demo", "tablet-7")

    assert result.token == "tok-123"
    assert result.expires_at == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert result.device_id == DEVICE_ID
    assert result.user["display_name"] == "Minister One"
    assert client.token == "tok-123"
    sent = canned_server.requests[-1].json()
    assert sent == {"username": "minister1", "password": "demo", "device_id": DEVICE_ID, "device_name": "tablet-7"}

    assert client.meetings() == [{"id": "m1", "title": "Session"}]
    assert canned_server.requests[-1].headers["authorization"] == "Bearer tok-123"


def test_meeting_quotes_the_id(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("GET", "/api/meetings/a%2Fb", body={"id": "a/b", "agenda": []})
    assert client.meeting("a/b") == {"id": "a/b", "agenda": []}


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (401, "invalid_credentials", InvalidCredentials),
        (401, "token_expired", AuthExpired),
        (401, "invalid_token", AuthExpired),
        (401, "something_new", AuthExpired),
        (410, "device_revoked", DeviceRevoked),
        (404, "not_found", NotFound),
        (403, "forbidden_document", Forbidden),
        (500, "internal_error", ServerError),
        (503, "unavailable", ServerError),
        (422, "invalid_request", ApiError),
        (409, "item_closed", ApiError),
    ],
)
def test_error_mapping(canned_server, client, status, code, expected) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("POST", "/api/auth/login", status, error_body(code, "server words"))
    with pytest.raises(expected) as info:
        client.login("minister1", "wrong", "tablet")
    error = info.value
    assert type(error) is expected
    assert (error.status, error.code, error.message) == (status, code, "server words")
    assert client.token is None


def test_revoked_only_for_its_code(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("GET", "/api/meetings", 410, error_body("gone_elsewhere"))
    with pytest.raises(ApiError) as info:
        client.meetings()
    assert not isinstance(info.value, DeviceRevoked)


def test_too_many_attempts_seconds(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("POST", "/api/auth/login", 429, error_body("too_many_attempts"), headers={"Retry-After": "17"})
    with pytest.raises(TooManyAttempts) as info:
        client.login("minister1", "x", "tablet")
    assert info.value.retry_after == 17.0


def test_too_many_attempts_http_date(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    when = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    canned_server.add("POST", "/api/auth/login", 429, error_body("too_many_attempts"), headers={"Retry-After": when})
    with pytest.raises(TooManyAttempts) as info:
        client.login("minister1", "x", "tablet")
    assert 100 < info.value.retry_after <= 120


def test_error_without_json_body(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("GET", "/api/meetings", 502, raw=b"<html>Bad Gateway</html>")
    with pytest.raises(ServerError) as info:
        client.meetings()
    assert info.value.code == "http_502"


def test_success_that_is_not_json(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("GET", "/api/health", raw=b"<html>captive portal</html>")
    with pytest.raises(InvalidResponse):
        client.health()


def test_login_answer_without_token(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("POST", "/api/auth/login", body={"user": {}})
    with pytest.raises(InvalidResponse):
        client.login("minister1", "demo", "tablet")
    assert client.token is None


def test_logout_forgets_token(canned_server, client) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("POST", "/api/auth/login", body=LOGIN_OK)
    canned_server.add("POST", "/api/auth/logout", 204)
    client.login("minister1", "demo", "tablet")
    client.logout()
    assert client.token is None
    assert canned_server.requests[-1].path == "/api/auth/logout"
    assert canned_server.requests[-1].headers["authorization"] == "Bearer tok-123"


def test_logout_with_dead_token_is_fine(canned_server) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("POST", "/api/auth/logout", 401, error_body("token_expired"))
    with ApiClient(canned_server.url, device_id=DEVICE_ID, token="old") as api:
        api.logout()
        assert api.token is None


def test_logout_offline_still_forgets_token(closed_port) -> None:  # type: ignore[no-untyped-def]
    with ApiClient(f"http://127.0.0.1:{closed_port}", device_id=DEVICE_ID, token="t") as api:
        with pytest.raises(OfflineError):
            api.logout()
        assert api.token is None


def test_unreachable_get_is_retried_then_offline(closed_port: int) -> None:
    pauses: list[float] = []
    api = ApiClient(f"http://127.0.0.1:{closed_port}", device_id=DEVICE_ID, sleep=pauses.append)
    with api, pytest.raises(OfflineError) as info:
        api.health()
    assert pauses == list(GET_RETRY_DELAYS)
    assert info.value.status == 0
    assert info.value.code == "offline"


def test_unreachable_post_is_not_retried(closed_port: int) -> None:
    pauses: list[float] = []
    api = ApiClient(f"http://127.0.0.1:{closed_port}", device_id=DEVICE_ID, sleep=pauses.append)
    with api, pytest.raises(OfflineError):
        api.login("minister1", "demo", "tablet")
    assert pauses == []


def test_server_that_never_answers_times_out(canned_server) -> None:  # type: ignore[no-untyped-def]
    canned_server.add("GET", "/api/health", body={"status": "ok"}, delay=5.0)
    started = time.monotonic()
    with ApiClient(canned_server.url, device_id=DEVICE_ID, timeout=0.5) as api, pytest.raises(OfflineError):
        api.health()
    assert time.monotonic() - started < 4.0


class ForbiddenTransport(httpx.BaseTransport):
    """Fails the test if the client ever tries to send anything."""

    def __init__(self) -> None:
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        raise AssertionError(f"network traffic to {request.url}")


@pytest.mark.parametrize(
    "url",
    [
        "http://ecabinet.gov.example",
        "http://192.0.2.10:8000",
        "http://10.0.0.1",
        "http://[2001:db8::1]",
        "http://128.0.0.1",
    ],
)
def test_plain_http_to_other_hosts_is_refused_without_traffic(url: str) -> None:
    transport = ForbiddenTransport()
    with pytest.raises(InsecureServerError) as info:
        ApiClient(url, device_id=DEVICE_ID, transport=transport)
    assert transport.calls == 0
    assert info.value.code == "insecure_server"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.1.2.3",
        "http://localhost:9",
        "http://[::1]:8000",
        "https://ecabinet.gov.example",
    ],
)
def test_local_http_and_any_https_are_allowed(url: str) -> None:
    transport = ForbiddenTransport()
    ApiClient(url, device_id=DEVICE_ID, transport=transport).close()
    assert transport.calls == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  https://ecabinet.gov.example/ ", "https://ecabinet.gov.example"),
        ("ecabinet.gov.example", "https://ecabinet.gov.example"),
        ("127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("localhost:8765/", "http://localhost:8765"),
        ("https://host.example/ecabinet/", "https://host.example/ecabinet"),
    ],
)
def test_normalize_server_url(typed: str, expected: str) -> None:
    assert normalize_server_url(typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", "ftp://host.example", "http://", "my server"])
def test_unusable_addresses(typed: str) -> None:
    with pytest.raises(InvalidServerAddress):
        normalize_server_url(typed)


def test_is_local_host() -> None:
    assert is_local_host("localhost")
    assert is_local_host("LOCALHOST.")
    assert is_local_host("127.255.0.1")
    assert is_local_host("[::1]")
    assert not is_local_host("localhost.evil.example")
    assert not is_local_host("0.0.0.0")
    assert not is_local_host("192.168.1.2")
