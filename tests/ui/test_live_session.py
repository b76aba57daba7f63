"""A session run from two apps against a live server: the chair starts it and opens an item and votes, a member
states a position, checks in, asks to speak, and votes with a confirmation; results reach both screens."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import live_server
from ui_flows import sign_in_and_sync

from ecabinet.server.minutes.demo_pki import load_signer
from ecabinet.ui.main_window import MainWindow

CABINET = "Regular Cabinet Session — December"
WAIT = 20_000


def _open_cabinet(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    card = next(c for c in window.meetings_page.cards if c.title_label.text() == CABINET)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.meeting_page, timeout=WAIT)


def _vote_yes(qtbot, window: MainWindow, option: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.meeting_page.live_panel
    assert panel is not None
    qtbot.waitUntil(lambda: option in panel.option_buttons, timeout=WAIT)
    qtbot.mouseClick(panel.option_buttons[option], Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def test_chair_runs_a_session_and_a_member_takes_part(qtbot, make_window, demo_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with live_server(demo_settings) as url:
        chair = make_window(server_url=url, profile="chair")
        member = make_window(server_url=url, profile="member")
        for window, username in ((chair, "chair"), (member, "minister1")):
            window.resize(1280, 860)
            sign_in_and_sync(qtbot, window, username=username)
            _open_cabinet(qtbot, window)
        chair_page, member_page = chair.meeting_page, member.meeting_page

        # Before the meeting: the member objects to item 2, with a reason.
        block = member_page.item_blocks[1]
        assert block.positions_widget.isVisible()
        qtbot.mouseClick(block.position_buttons["objects"], Qt.MouseButton.LeftButton)
        assert block.comment_edit.isVisible()
        qtbot.keyClicks(block.comment_edit, "The figures for 2027 are not final")
        qtbot.keyClick(block.comment_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: (
                member_page.item_blocks[1].item.position == "objects"
                and not member_page.item_blocks[1].item.position_pending
            ),
            timeout=WAIT,
        )

        # The chair starts the session; both apps follow.
        assert chair_page.live_button.isVisible()
        qtbot.mouseClick(chair_page.live_button, Qt.MouseButton.LeftButton)
        chair_panel, member_panel = chair_page.live_panel, member_page.live_panel
        assert chair_panel is not None and member_panel is not None
        qtbot.waitUntil(lambda: chair_panel.chair_frame.isVisible(), timeout=WAIT)
        # The chair's board shows the objection with its reason: item 2 is the one to discuss.
        qtbot.waitUntil(
            lambda: "The figures for 2027 are not final" in chair_panel.positions_label.text(), timeout=WAIT
        )
        board = chair_panel.positions_label.text()
        assert "Objects 1 — to discuss" in board and "Trần Thị Bích: Objects" in board
        qtbot.mouseClick(chair_panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (member.live.session or {}).get("state") == "in_session", timeout=WAIT)
        qtbot.waitUntil(lambda: member_page.side_stack.currentWidget() is member_panel, timeout=WAIT)

        # The member checks in; the chair opens item 1; the member asks to speak and gets the floor.
        qtbot.mouseClick(member_panel.present_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: (chair.live.session or {}).get("attendance", {}).get("present", 0) >= 1, timeout=WAIT)
        chair_panel.item_combo.setCurrentIndex(0)
        qtbot.mouseClick(chair_panel.open_item_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool((member.live.session or {}).get("current_item_id")), timeout=WAIT)
        assert member_panel.current_label.text().startswith("Now: 1.")
        qtbot.waitUntil(lambda: member_panel.speak_button.isEnabled(), timeout=WAIT)
        qtbot.mouseClick(member_panel.speak_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: chair_panel.speakers.count() == 1, timeout=WAIT)
        assert member_panel.speak_button.text() == "Withdraw my request to speak"
        qtbot.mouseClick(chair_panel.floor_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: member_panel.speakers.item(0).text().startswith("▶"), timeout=WAIT)

        # A named vote: the member votes with a confirmation; the result reaches both screens.
        qtbot.keyClicks(chair_panel.question_edit, "Adopt the agenda of the session?")
        qtbot.mouseClick(chair_panel.open_vote_button, Qt.MouseButton.LeftButton)
        _vote_yes(qtbot, member, "for")
        qtbot.waitUntil(lambda: member_panel.vote_status.text().startswith("Your ballot was counted"), timeout=WAIT)
        shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        for language in ("en", "vi", "lo"):
            member.translations.set_language(language)
            qtbot.wait(150)
            assert member.grab().save(str(shots / f"live_member_{language}.png"))
            assert chair.grab().save(str(shots / f"live_chair_{language}.png"))
        member.translations.set_language("en")
        qtbot.waitUntil(lambda: chair_panel.close_vote_button.isEnabled(), timeout=WAIT)
        qtbot.mouseClick(chair_panel.close_vote_button, Qt.MouseButton.LeftButton)
        for panel in (member_panel, chair_panel):
            qtbot.waitUntil(lambda panel=panel: panel.vote_status.text().startswith("Result: "), timeout=WAIT)
        assert "For: 1" in member_panel.vote_status.text()
        assert "Trần Thị Bích: For" in member_panel.vote_status.text()  # named: who voted what

        # A secret vote shows counts only.
        qtbot.keyClicks(chair_panel.question_edit, "Approve the budget estimate?")
        chair_panel.secret_box.setChecked(True)
        qtbot.waitUntil(lambda: chair_panel.open_vote_button.isEnabled(), timeout=WAIT)
        qtbot.mouseClick(chair_panel.open_vote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Secret ballot" in member_panel.vote_note.text(), timeout=WAIT)
        _vote_yes(qtbot, member, "against")
        qtbot.waitUntil(lambda: member_panel.vote_status.text().startswith("Your ballot was counted"), timeout=WAIT)
        qtbot.waitUntil(lambda: chair_panel.close_vote_button.isEnabled(), timeout=WAIT)
        qtbot.mouseClick(chair_panel.close_vote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: member_panel.vote_status.text().startswith("Result: "), timeout=WAIT)
        assert "Against: 1" in member_panel.vote_status.text() and "Trần" not in member_panel.vote_status.text()

        # A named vote with signed ballots: the member signs on the tablet (passphrase asked), the server checks it.
        data, passphrase = load_signer(demo_settings.data_dir, "minister1")
        credentials = member.signing_credentials()
        assert credentials is not None
        credentials.import_pkcs12(data, passphrase, remember=False)
        qtbot.keyClicks(chair_panel.question_edit, "Approve the decree on e-government?")
        chair_panel.signed_box.setChecked(True)
        qtbot.waitUntil(lambda: chair_panel.open_vote_button.isEnabled(), timeout=WAIT)
        qtbot.mouseClick(chair_panel.open_vote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "signed ballots" in member_panel.vote_note.text(), timeout=WAIT)
        _vote_yes(qtbot, member, "for")
        qtbot.waitUntil(lambda: member.signing_runner.secret_dialog is not None, timeout=WAIT)
        member.signing_runner.secret_dialog.secret_edit.setText(passphrase)
        member.signing_runner.secret_dialog.accept()
        qtbot.waitUntil(lambda: member_panel.vote_status.text().startswith("Your ballot was counted"), timeout=WAIT)
        qtbot.waitUntil(lambda: chair_panel.close_vote_button.isEnabled(), timeout=WAIT)
        signed_vote = next(v for v in chair.live.session["votes"] if v["question"].startswith("Approve the decree"))
        qtbot.mouseClick(chair_panel.close_vote_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: member_panel.vote_status.text().startswith("Result: "), timeout=WAIT)
        assert chair.controller.engine is not None
        record = chair.controller.engine.api.vote_record(signed_vote["id"])
        assert [v.get("signed") for v in record["voters"]] == [True], record


def test_a_member_who_cannot_come_sends_the_invited_deputy(qtbot, make_window, demo_settings) -> None:  # type: ignore[no-untyped-def]
    import uuid

    import httpx

    with live_server(demo_settings) as url:
        secretary = httpx.Client(base_url=url, timeout=30)
        login = secretary.post(
            "/api/auth/login",
            json={"username": "secretary", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "test"},
        ).json()
        secretary.headers["Authorization"] = f"Bearer {login['token']}"
        meetings = secretary.get("/api/meetings").json()["meetings"]
        cabinet = next(m for m in meetings if m["title"] == CABINET)
        users = {u["username"]: u for u in secretary.get("/api/users").json()["users"]}
        invited = secretary.put(
            f"/api/meetings/{cabinet['id']}/participants",
            json={"user_id": users["minister6"]["id"], "role": "deputy"},
        )
        assert invited.status_code == 200, invited.text

        member = make_window(server_url=url, profile="member")
        member.resize(1280, 860)
        sign_in_and_sync(qtbot, member, username="minister1")
        _open_cabinet(qtbot, member)
        page = member.meeting_page
        qtbot.mouseClick(page.live_button, Qt.MouseButton.LeftButton)
        panel = page.live_panel
        assert panel is not None
        qtbot.waitUntil(lambda: panel.deputy_row.isVisible() and panel.deputy_combo.count() == 1, timeout=WAIT)
        assert panel.deputy_button.text() == "Send my deputy"
        qtbot.mouseClick(panel.deputy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.deputy_label.isVisible(), timeout=WAIT)
        assert panel.deputy_label.text().startswith("Represented by ") and not panel.deputy_row.isVisible()
        attendance = secretary.get(f"/api/meetings/{cabinet['id']}/session").json()["attendance"]
        me = next(p for p in attendance["people"] if p["user_id"] == member.controller.engine.user["id"])
        assert me["status"] == "represented" and me["deputy_id"] == users["minister6"]["id"]
        secretary.close()
