"""The notification centre against a live demo server: the unread count on Home, newest first, mark as read
(told to the server), tapping one opens its consultation, and a new one arriving is announced."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from support import live_server
from ui_flows import sign_in_and_sync

from ecabinet.server.config import Settings
from ecabinet.server.consultations.demo import CONSULTATION_TITLE

WAIT = 20_000


def _login(url: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=30)
    response = client.post(
        "/api/auth/login",
        json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "test"},
    )
    assert response.status_code == 200, response.text
    client.headers["Authorization"] = f"Bearer {response.json()['token']}"
    return client


def test_notifications_are_listed_read_opened_and_announced(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings, tmp_path: Path
) -> None:
    with live_server(demo_settings) as url:
        window = make_window(server_url=url, profile="n1")
        window.resize(1280, 860)
        sign_in_and_sync(qtbot, window, username="minister1")
        tile = window.meetings_page.between_bar.notifications_tile
        qtbot.waitUntil(lambda: tile.badge.text().endswith("unread"), timeout=WAIT)
        unread = int(tile.badge.text().split()[0])
        assert unread >= 1
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        page = window.between.notifications_page
        assert window.stack.currentWidget() is page
        qtbot.waitUntil(lambda: bool(page.rows), timeout=WAIT)
        times = [str(r.notification.get("created_at")) for r in page.rows]
        assert times == sorted(times, reverse=True)  # newest first
        assert page.summary_label.text() == f"{unread} unread"
        row = next(r for r in page.rows if r.title_label.text() == f"New consultation: {CONSULTATION_TITLE}")
        assert not row.read and row.new_badge.text() == "New" and row.read_button.isVisible()
        assert "Tap to open the consultation" in row.when_label.text()

        # Mark as read: at once on the device (Home's count too), and the server is told.
        qtbot.mouseClick(row.read_button, Qt.MouseButton.LeftButton)
        assert row.read and not row.read_button.isVisible()
        qtbot.waitUntil(lambda: page.state.unread == unread - 1, timeout=WAIT)
        assert tile.badge.text() == (f"{unread - 1} unread" if unread > 1 else "")
        member = _login(url, "minister1")
        try:
            qtbot.waitUntil(
                lambda: any(
                    n["id"] == row.notification_id and n["read_at"]
                    for n in member.get("/api/notifications").json()["notifications"]
                ),
                timeout=WAIT,
            )
        finally:
            member.close()
        shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        qtbot.wait(100)
        assert window.grab().save(str(shots / "notifications.png"))

        # Tapping it opens the consultation it is about.
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
        consultations = window.between.consultations_page
        assert window.stack.currentWidget() is consultations
        qtbot.waitUntil(lambda: consultations.view.title_label.text() == CONSULTATION_TITLE, timeout=WAIT)
        assert consultations.stack.currentWidget() is consultations.detail_view

        # A new consultation for this member: its notification comes with the next sync, and is announced.
        secretary = _login(url, "secretary")
        try:
            user_id = str((window.controller.engine.user or {})["id"])
            created = secretary.post(
                "/api/consultations",
                json={
                    "title": "Opinion on the 2027 budget ceiling",
                    "description": "Short form.",
                    "deadline": (datetime.now(UTC) + timedelta(days=1)).isoformat(),
                    "questions": ["Agree with the ceiling?"],
                    "recipients": [{"user_id": user_id}],
                    "body_id": "cabinet",
                },
            )
            assert created.status_code == 201, created.text
            published = secretary.post(f"/api/consultations/{created.json()['id']}/publish")
            assert published.status_code == 200, published.text
        finally:
            secretary.close()
        window.show_home()
        window.controller.sync()
        qtbot.waitUntil(
            lambda: any("2027 budget ceiling" in str(n.get("title")) for n in window.between.announced), timeout=WAIT
        )
        assert tile.badge.text() == f"{unread} unread"

        # Mark all as read.
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert page.all_read_button.isVisible()
        qtbot.mouseClick(page.all_read_button, Qt.MouseButton.LeftButton)
        assert page.state.unread == 0 and page.summary_label.text() == "Everything is read"
        assert not tile.badge.isVisible()
