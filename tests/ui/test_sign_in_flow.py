"""Signing in through the main window: errors shown calmly and in time, success leads to Home.

The unreachable and insecure cases use the real engine and client; the other outcomes come from an httpx mock
transport under the real engine, since these tests are about what the window does with an outcome (the
mapping itself is tested against a real server in tests/client, the whole flow in test_home_live).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import httpx
from PySide6.QtCore import Qt

from ecabinet.client.api import ApiClient
from ecabinet.client.device import load_or_create_device_id, profile_dir
from ecabinet.client.engine import Engine, SecretsFactory
from ecabinet.client.errors import DeviceRevoked, InsecureServerError, OfflineError, TooManyAttempts
from ecabinet.ui.messages import error_message

Handler = Callable[[httpx.Request], httpx.Response]


def factory_for(handler: Handler, seen: list[httpx.Request] | None = None):  # type: ignore[no-untyped-def]
    def record(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return handler(request)

    def make(server_url: str, profile: str, secrets: SecretsFactory | None) -> Engine:
        engine = Engine(server_url, profile=profile, secrets_factory=secrets)
        engine.api.close()
        engine.api = ApiClient(server_url, device_id=engine.device_id, transport=httpx.MockTransport(record))
        return engine

    return make


def error(status: int, code: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": code, "message": "x"}}, headers=headers)


LOGIN_OK = {
    "token": "tok",
    "expires_at": "2030-01-01T00:00:00Z",
    "device_id": "d",
    "user": {"id": "u1", "username": "minister1", "display_name": "Trần Thị Bích", "roles": [], "language": "vi"},
    "offline_grant": {
        "key": base64.urlsafe_b64encode(bytes(range(32))).decode().rstrip("="),
        "expires_at": "2030-01-01T00:00:00Z",
    },
}
MEETINGS = {
    "meetings": [
        {
            "id": "m2",
            "title": "Regular cabinet session",
            "starts_at": "2030-05-12T02:00:00Z",
            "location": "Government Office, Hall A",
            "state": "published",
        },
        {
            "id": "m1",
            "title": "Budget committee",
            "starts_at": "2030-05-10T07:30:00Z",
            "location": "Room 3",
            "state": "in_session",
        },
    ]
}


FEED = {
    "cursor": 2,
    "more": False,
    "changes": [
        {"seq": n, "kind": "meeting", "id": meeting["id"], "op": "upsert", "data": meeting}
        for n, meeting in enumerate(MEETINGS["meetings"], start=1)
    ],
}


def sign_in(qtbot, window, username: str = "minister1", password: str = "demo") -> None:  # type: ignore[no-untyped-def]
    page = window.sign_in_page
    page.username_edit.setText(username)
    page.password_edit.setText(password)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)


def test_unreachable_server_is_explained_without_freezing(qtbot, make_window, closed_port) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=f"http://127.0.0.1:{closed_port}")
    page = window.sign_in_page
    sign_in(qtbot, window)
    # The click returned before the answer: the work runs off the GUI thread, the form shows it is busy.
    assert window.controller.is_busy
    assert page.busy_bar.isVisible()
    assert not page.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=10_000)
    assert page.error_banner.text() == error_message(OfflineError("x"))
    assert "cannot be reached" in page.error_banner.text()
    assert not window.controller.is_busy
    assert page.sign_in_button.isEnabled()
    assert not page.busy_bar.isVisible()
    assert window.stack.currentWidget() is page


def test_plain_http_to_another_host_is_refused_before_any_traffic(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    seen: list[httpx.Request] = []
    window = make_window(
        server_url="http://ecabinet.gov.example",
        engine_factory=factory_for(lambda request: httpx.Response(200, json=LOGIN_OK), seen),
    )
    page = window.sign_in_page
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=5_000)
    assert page.error_banner.text() == error_message(InsecureServerError("http://ecabinet.gov.example"))
    assert "https://" in page.error_banner.text()
    assert seen == []
    assert window.stack.currentWidget() is page


def test_wrong_password(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(engine_factory=factory_for(lambda request: error(401, "invalid_credentials")))
    page = window.sign_in_page
    sign_in(qtbot, window, password="wrong")
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=5_000)
    assert page.error_banner.text() == "The username or password is not correct. Please check both and try again."
    # The password is selected for retyping, the username stays.
    assert page.username_edit.text() == "minister1"
    assert page.password_edit.hasFocus()


def test_too_many_attempts_says_how_long(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(
        engine_factory=factory_for(lambda request: error(429, "too_many_attempts", {"Retry-After": "42"}))
    )
    page = window.sign_in_page
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=5_000)
    assert page.error_banner.text() == "Too many sign-in attempts. Please try again in 42 seconds."


def test_one_second_is_singular(translations) -> None:  # type: ignore[no-untyped-def]
    text = error_message(TooManyAttempts(429, "too_many_attempts", "x", retry_after=0.4))
    assert text == "Too many sign-in attempts. Please try again in 1 second."


def test_revoked_device_is_wiped_and_explained(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    device_id = load_or_create_device_id("default")
    store = profile_dir("default") / "store.sqlite3"
    store.write_bytes(b"meeting data")
    window = make_window(engine_factory=factory_for(lambda request: error(410, "device_revoked")))
    page = window.sign_in_page
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=5_000)
    assert page.error_banner.text() == error_message(DeviceRevoked(410, "device_revoked", "x"))
    assert "IT office" in page.error_banner.text()
    assert not store.exists()
    assert load_or_create_device_id("default") == device_id


def test_success_shows_meetings_then_sign_out(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login":
            return httpx.Response(200, json=LOGIN_OK)
        if request.url.path == "/api/sync":
            return httpx.Response(200, json=FEED)
        if request.url.path == "/api/auth/logout":
            return httpx.Response(204)
        return error(404, "not_found")

    window = make_window(engine_factory=factory_for(server, seen))
    sign_in(qtbot, window)
    meetings = window.meetings_page
    qtbot.waitUntil(lambda: len(meetings.cards) == 2 and not window.controller.is_syncing, timeout=5_000)
    assert window.stack.currentWidget() is meetings
    assert meetings.user_label.text() == "Signed in as Trần Thị Bích"
    # In session first, then upcoming, with the state translated and the place shown.
    assert list(meetings.section_labels) == ["in_session", "upcoming"]
    assert [card.title_label.text() for card in meetings.cards] == ["Budget committee", "Regular cabinet session"]
    assert [card.state_badge.text() for card in meetings.cards] == ["In session", "Published"]
    assert "Room 3" in meetings.cards[0].when_label.text()
    assert [card.sync_state for card in meetings.cards] == ["empty", "empty"]
    assert not meetings.offline_badge.isVisible()
    login_body = json.loads(seen[0].content)
    assert login_body["device_id"] == load_or_create_device_id("default")
    assert seen[1].headers["Authorization"] == "Bearer tok"
    # The password is not kept anywhere in the form once signed in.
    assert window.sign_in_page.password_edit.text() == ""

    qtbot.mouseClick(meetings.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.sign_in_page
    assert meetings.cards == []
    assert window.controller.login is None
    assert window.controller.engine is None
    qtbot.waitUntil(lambda: any(r.url.path == "/api/auth/logout" for r in seen), timeout=5_000)


def test_expired_session_returns_to_sign_in(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login":
            return httpx.Response(200, json=LOGIN_OK)
        return error(401, "token_expired")

    window = make_window(engine_factory=factory_for(server))
    sign_in(qtbot, window)
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.error_banner.isVisible() and window.stack.currentWidget() is page, timeout=5_000)
    assert page.error_banner.text() == "Your session has ended. Please sign in again."
    assert window.controller.login is None


def test_sync_error_keeps_the_user_signed_in(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/auth/login":
            return httpx.Response(200, json=LOGIN_OK)
        return error(500, "internal_error")

    window = make_window(engine_factory=factory_for(server))
    sign_in(qtbot, window)
    meetings = window.meetings_page
    qtbot.waitUntil(lambda: meetings.notice_label.objectName() == "errorBanner", timeout=5_000)
    assert meetings.notice_label.isVisible()
    assert window.stack.currentWidget() is meetings
    assert meetings.notice_label.text().startswith("The server had a problem.")
    assert meetings.sync_button.isEnabled()
    assert meetings.notice_label.objectName() == "errorBanner"
