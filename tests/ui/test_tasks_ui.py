"""Decision follow-up in the app against a live demo server: an assignee sees their task and reports progress
(the server records it); the chair sees the dashboard by body, overdue first, with counts."""

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
from ecabinet.ui.main_window import MainWindow

WAIT = 20_000
CIRCULAR = "Prepare the implementing circular"
GUIDELINES = "Publish the procurement guidelines"


def _login(url: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=30)
    response = client.post(
        "/api/auth/login",
        json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "test"},
    )
    assert response.status_code == 200, response.text
    client.headers["Authorization"] = f"Bearer {response.json()['token']}"
    return client


def _shot(qtbot, window: MainWindow, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)
    assert window.grab().save(str(shots / f"{name}.png"))


def test_an_assignee_reports_progress_on_a_task(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings, tmp_path: Path
) -> None:
    with live_server(demo_settings) as url:
        window = make_window(server_url=url, profile="t2")
        window.resize(1280, 860)
        sign_in_and_sync(qtbot, window, username="minister2")
        tile = window.meetings_page.between_bar.tasks_tile
        qtbot.waitUntil(lambda: tile.detail_label.text() == "Decision follow-up: 1 open", timeout=WAIT)
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        page = window.between.tasks_page
        assert window.stack.currentWidget() is page
        assert not page.tab_row.isVisible()  # an assignee only: no dashboard
        (card,) = page.cards
        assert card.title_label.text() == CIRCULAR and card.status_badge.text() == "Open"
        assert "Assigned to you" in card.detail_label.text() and "Progress 0%" in card.detail_label.text()
        assert "Due " in card.detail_label.text()
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        detail = page.detail
        assert page.stack.currentWidget() is page.detail_view
        assert detail.notes_label.text() == "No progress notes yet."

        # Nothing written, nothing chosen: the form says what is missing.
        qtbot.mouseClick(detail.send_button, Qt.MouseButton.LeftButton)
        assert detail.error.isVisible()
        detail.note_edit.setPlainText("Bản dự thảo thông tư đã gửi Bộ Tư pháp")
        qtbot.mouseClick(detail.status_buttons["in_progress"], Qt.MouseButton.LeftButton)
        detail.progress_combo.setCurrentIndex(detail.progress_combo.findData(40))
        qtbot.mouseClick(detail.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Bản dự thảo thông tư đã gửi Bộ Tư pháp" in detail.notes_label.text(), timeout=WAIT)
        assert detail.card.status_badge.text() == "In progress" and "Progress 40%" in detail.card.detail_label.text()
        assert detail.note_edit.toPlainText() == "" and detail.chosen_status is None  # ready for the next note
        _shot(qtbot, window, tmp_path, "task_detail")

        member = _login(url, "minister2")
        try:
            (task,) = [t for t in member.get("/api/tasks").json()["tasks"] if t["title"] == CIRCULAR]
        finally:
            member.close()
        assert task["status"] == "in_progress" and task["progress"] == 40
        assert task["notes"][-1]["text"] == "Bản dự thảo thông tư đã gửi Bộ Tư pháp"

        # Back: the list shows the new state (after the sync the server's record).
        qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.cards and page.cards[0].status_badge.text() == "In progress", timeout=WAIT)


def test_the_chair_sees_the_dashboard_overdue_first(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings, tmp_path: Path
) -> None:
    with live_server(demo_settings) as url:
        secretary = _login(url, "secretary")
        try:
            existing = secretary.get("/api/tasks").json()["tasks"]
            source = next(t for t in existing if t["title"] == CIRCULAR)
            late = secretary.post(
                "/api/tasks",
                json={
                    "source_kind": source["source_kind"],
                    "source_id": source["source_id"],
                    "title": "Report on the pilot provinces",
                    "assignee_user_id": source["assignee_user_id"],
                    "deadline": (datetime.now(UTC) - timedelta(days=1)).isoformat(),
                },
            )
            assert late.status_code == 201, late.text
        finally:
            secretary.close()
        window = make_window(server_url=url, profile="t1")
        window.resize(1280, 860)
        sign_in_and_sync(qtbot, window, username="chair")
        tile = window.meetings_page.between_bar.tasks_tile
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        page = window.between.tasks_page
        # The chair has no task of their own: the dashboard opens.
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.dashboard_view and bool(page.groups), timeout=WAIT)
        assert page.tab_row.isVisible() and page.dashboard_button.isChecked()
        cabinet = next(g for g in page.groups if any(c.title_label.text() == CIRCULAR for c in g.cards))
        qtbot.waitUntil(lambda: cabinet.counts["overdue"] >= 1 or not cabinet.isVisible(), timeout=WAIT)
        cabinet = next(g for g in page.groups if any(c.title_label.text() == CIRCULAR for c in g.cards))
        titles = [c.title_label.text() for c in cabinet.cards]
        assert titles[0] == "Report on the pilot provinces" and cabinet.cards[0].status_badge.text() == "⚠ Overdue"
        assert {CIRCULAR, GUIDELINES} <= set(titles)
        assert cabinet.counts == {"open": 2, "in_progress": 0, "done": 0, "overdue": 1}
        assert "Overdue: 1" in cabinet.counts_label.text() and "Open: 2" in cabinet.counts_label.text()
        assert "1 overdue" in page.dashboard_summary.text()
        _shot(qtbot, window, tmp_path, "task_dashboard")

        # A task opens from the dashboard, with its notes and the note form; back returns to the dashboard.
        cabinet = next(g for g in page.groups if any(c.title_label.text() == CIRCULAR for c in g.cards))
        qtbot.mouseClick(cabinet.cards[0], Qt.MouseButton.LeftButton)
        assert page.stack.currentWidget() is page.detail_view
        assert page.detail.card.title_label.text() == "Report on the pilot provinces"
        qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)
        assert page.stack.currentWidget() is page.dashboard_view
        qtbot.mouseClick(page.mine_button, Qt.MouseButton.LeftButton)
        assert page.stack.currentWidget() is page.mine_view and page.mine_empty.isVisible()


def test_a_progress_note_written_offline_waits_on_the_device_and_arrives_once(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings
) -> None:
    from netproxy import NetProxy

    with live_server(demo_settings) as url:
        proxy = NetProxy("127.0.0.1", int(url.rsplit(":", 1)[1]))
        try:
            window = make_window(server_url=proxy.url, profile="t3")
            window.resize(1280, 860)
            sign_in_and_sync(qtbot, window, username="minister2")
            proxy.go_offline()
            window.controller.sync()
            qtbot.waitUntil(lambda: window.controller.offline and not window.controller.is_syncing, timeout=WAIT)
            qtbot.mouseClick(window.meetings_page.between_bar.tasks_tile, Qt.MouseButton.LeftButton)
            page = window.between.tasks_page
            qtbot.waitUntil(lambda: bool(page.cards), timeout=WAIT)
            qtbot.mouseClick(page.cards[0], Qt.MouseButton.LeftButton)
            detail = page.detail
            assert detail.offline_hint.isVisible() and "kept on this device" in detail.offline_hint.text()
            assert detail.send_button.isEnabled()
            detail.note_edit.setPlainText("Written on the train")
            qtbot.mouseClick(detail.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: detail.note_edit.toPlainText() == "", timeout=WAIT)
            engine = window.controller.engine
            assert engine is not None and engine.store is not None
            (waiting,) = [i for i in engine.store.outbox("pending") if i.kind == "task_note"]

            proxy.go_online()
            window.controller.network_returned()
            qtbot.waitUntil(
                lambda: not [i for i in engine.store.outbox("pending") if i.kind == "task_note"], timeout=WAIT
            )
            member = _login(url, "minister2")
            try:
                (task,) = [t for t in member.get("/api/tasks").json()["tasks"] if t["title"] == CIRCULAR]
                # Sent again with the same client id (a lost answer): still one note.
                again = member.post(f"/api/tasks/{task['id']}/notes", json=waiting.body)
                assert again.status_code in (200, 201), again.text
                notes = member.get("/api/tasks").json()["tasks"]
            finally:
                member.close()
            (task,) = [t for t in notes if t["title"] == CIRCULAR]
            assert [n["text"] for n in task["notes"]].count("Written on the train") == 1
        finally:
            proxy.close()
