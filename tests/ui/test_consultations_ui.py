"""Consultations in the app against a live demo server: a minister answers the demo's opinion form and signs it
with the demo certificate; an answer given offline (signed on the device) waits and is then delivered; an answer
that reaches the server after the deadline is refused, kept and explained; the secretariat follows the tally,
closes early and opens the result report."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from netproxy import NetProxy
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import live_server
from ui_flows import sign_in_and_sync

from ecabinet.server.config import Settings
from ecabinet.server.consultations.demo import CONSULTATION_TITLE
from ecabinet.server.minutes.demo_pki import load_signer
from ecabinet.ui.between.answer_form import ConsultationView
from ecabinet.ui.between.consultations import ConsultationsPage
from ecabinet.ui.main_window import MainWindow

WAIT = 20_000


def _shot(qtbot, window: MainWindow, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """A screenshot (for a person to look at) once the layout has settled."""
    shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)
    assert window.grab().save(str(shots / f"{name}.png"))


class ApiUser:
    """Someone signed in to the live server over HTTP (the secretary preparing, another member answering)."""

    def __init__(self, url: str, username: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=30)
        response = self.http.post(
            "/api/auth/login",
            json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "test"},
        )
        assert response.status_code == 200, response.text
        self.user_id = str(response.json()["user"]["id"])
        self.http.headers["Authorization"] = f"Bearer {response.json()['token']}"

    def call(self, method: str, path: str, **kw: Any) -> dict[str, Any]:
        response = self.http.request(method, path, **kw)
        assert response.status_code in (200, 201), response.text
        return dict(response.json())

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def server(demo_settings: Settings) -> Iterator[str]:
    with live_server(demo_settings) as url:
        yield url


def _with_certificate(window: MainWindow, settings: Settings, username: str) -> None:
    """The member's demo PKCS#12 on the device, its passphrase not remembered (the app asks for it)."""
    engine = window.controller.engine
    assert engine is not None
    data, passphrase = load_signer(settings.data_dir, username)
    engine.credentials.import_pkcs12(data, passphrase, remember=False)


def _open_demo_consultation(qtbot, window: MainWindow) -> tuple[ConsultationsPage, ConsultationView]:  # type: ignore[no-untyped-def]
    tile = window.meetings_page.between_bar.consultations_tile
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    page = window.between.consultations_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: any(c.title_label.text() == CONSULTATION_TITLE for c in page.cards), timeout=WAIT)
    card = next(c for c in page.cards if c.title_label.text() == CONSULTATION_TITLE)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    view = page.view
    qtbot.waitUntil(lambda: len(view.question_blocks) == 2, timeout=WAIT)
    return page, view


def _enter_passphrase(qtbot, page: ConsultationsPage, passphrase: str = "demo") -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.signing.secret_dialog is not None, timeout=WAIT)
    dialog = page.signing.secret_dialog
    assert dialog is not None
    dialog.secret_edit.setText(passphrase)
    dialog.accept()


def test_a_minister_answers_reads_the_document_and_signs(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings, server: str, tmp_path: Path
) -> None:
    window = make_window(server_url=server, profile="m1")
    window.resize(1280, 900)
    sign_in_and_sync(qtbot, window, username="minister1")
    _with_certificate(window, demo_settings, "minister1")
    tile = window.meetings_page.between_bar.consultations_tile
    qtbot.waitUntil(lambda: tile.badge.text() == "1 to answer", timeout=WAIT)
    assert tile.height() >= 48
    page, view = _open_demo_consultation(qtbot, window)
    card = next(c for c in page.cards if c.title_label.text() == CONSULTATION_TITLE)
    assert card.standing_badge.text() == "To answer" and "left" in card.when_label.text()
    assert "Answer by" in view.deadline_label.text() and "left" in view.deadline_label.text()
    assert view.signatures_required and view.submit_button.text() == "Sign and send"

    # The document is listed with its version and opens in the reader.
    (row,) = view.document_rows
    assert row.title == "Draft decree on digital government services"
    assert "Version 1 of 1" in row.detail_label.text() and "3 page" in row.detail_label.text()
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.reader.view.page_count() == 3, timeout=WAIT)
    qtbot.mouseClick(page.reader.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.detail_view

    # Saved without signing first: recorded by the server, and still open to change.
    first, second = view.question_blocks
    first.choose("disagree", "Chưa rõ kinh phí")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert "every question" in view.notice_label.text()  # signing needs every question answered
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.state_badge.text() == "Received, not signed", timeout=WAIT)
    assert "Not signed yet" in first.status_label.text() and not first.locked
    assert second.state_badge.text() == "Not answered yet"

    # Changed, then signed: "Agree with comments" needs a comment.
    first.choose("agree", "")
    second.choose("agree_with_comments")
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    assert second.error.isVisible() and "needs one" in second.error.text()
    assert page.signing.secret_dialog is None
    second.comment_edit.setPlainText("Từ ngày 1/7/2026 thì hợp lý hơn")

    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    _enter_passphrase(qtbot, page)
    qtbot.waitUntil(lambda: all(b.locked for b in view.question_blocks) and not view.busy, timeout=WAIT)
    qtbot.waitUntil(
        lambda: all("Received by the server on" in b.status_label.text() for b in view.question_blocks), timeout=WAIT
    )
    assert all("before the deadline" in b.status_label.text() for b in view.question_blocks)
    assert all(b.state_badge.text() == "Signed ✓" for b in view.question_blocks)
    assert "reached the server before the deadline" in view.notice_label.text()
    assert not view.submit_button.isVisible()  # signed answers are final
    answers = {a["question_id"]: a for a in view.consultation["my_answers"]}
    assert [answers[b.question_id]["choice"] for b in view.question_blocks] == ["agree", "agree_with_comments"]
    assert all(a["signed"] and a["signer_fingerprint"] for a in answers.values())
    assert answers[second.question_id]["comment"] == "Từ ngày 1/7/2026 thì hợp lý hơn"
    _shot(qtbot, window, tmp_path, "consultation_signed")
    for language in ("vi", "lo", "en"):  # every text is set again in the new language, nothing breaks
        window.translations.set_language(language)
        qtbot.wait(50)
    assert first.state_badge.text() == "Signed ✓"

    # Back on the list and Home: answered and signed, nothing left to answer.
    qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list_view, timeout=WAIT)
    qtbot.waitUntil(lambda: any(c.standing_badge.text() == "Answered and signed" for c in page.cards), timeout=WAIT)
    _shot(qtbot, window, tmp_path, "consultations_list")
    qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.meetings_page
    assert not tile.badge.isVisible()
    _shot(qtbot, window, tmp_path, "home_between")


def test_an_answer_given_offline_is_signed_on_the_device_and_delivered_later(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings, server: str, tmp_path: Path
) -> None:
    port = int(server.rsplit(":", 1)[1])
    proxy = NetProxy("127.0.0.1", port)
    try:
        window = make_window(server_url=proxy.url, profile="m2")
        window.resize(1280, 900)
        sign_in_and_sync(qtbot, window, username="minister2")
        _with_certificate(window, demo_settings, "minister2")
        proxy.go_offline()
        window.controller.sync()
        qtbot.waitUntil(lambda: window.controller.offline and not window.controller.is_syncing, timeout=WAIT)
        page, view = _open_demo_consultation(qtbot, window)
        assert view.situation_banner.isVisible() and "You are offline" in view.situation_banner.text()
        assert page.header.offline_badge.isVisible()
        # The sync kept the paper on the device (encrypted): it opens on the train too.
        (row,) = view.document_rows
        assert row.available and "opens when you are online" not in row.detail_label.text()
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.reader.view.page_count() == 3, timeout=WAIT)
        qtbot.mouseClick(page.reader.back_button, Qt.MouseButton.LeftButton)
        for block in view.question_blocks:
            block.choose("disagree", "Chưa đủ thời gian chuẩn bị")
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
        _enter_passphrase(qtbot, page)
        qtbot.waitUntil(lambda: "You are offline" in view.notice_label.text(), timeout=WAIT)
        assert all("Signed on this device and waiting" in b.status_label.text() for b in view.question_blocks)
        assert all(b.state_badge.text() == "Waiting to be sent" and b.locked for b in view.question_blocks)
        engine = window.controller.engine
        assert engine is not None and engine.store is not None
        waiting = [i for i in engine.store.outbox("pending") if i.kind == "answer"]
        assert len(waiting) == 2 and all(i.body["signature"] for i in waiting)
        _shot(qtbot, window, tmp_path, "consultation_offline")

        # Back online: the next sync sends them; the server's time of receipt shows.
        proxy.go_online()
        window.controller.network_returned()
        qtbot.waitUntil(
            lambda: all("Received by the server on" in b.status_label.text() for b in view.question_blocks),
            timeout=WAIT,
        )
        assert all(b.state_badge.text() == "Signed ✓" for b in view.question_blocks)
        assert not [i for i in engine.store.outbox("pending") if i.kind == "answer"]
        assert not view.situation_banner.isVisible()
    finally:
        proxy.close()


def test_an_answer_that_arrives_after_the_deadline_is_refused_kept_and_explained(  # type: ignore[no-untyped-def]
    qtbot, make_window, server: str, tmp_path: Path
) -> None:
    port = int(server.rsplit(":", 1)[1])
    proxy = NetProxy("127.0.0.1", port)
    secretary = ApiUser(server, "secretary")
    try:
        window = make_window(server_url=proxy.url, profile="m3")
        window.resize(1280, 900)
        sign_in_and_sync(qtbot, window, username="minister3")
        user_id = str((window.controller.engine.user or {})["id"])
        deadline = datetime.now(UTC) + timedelta(seconds=10)
        created = secretary.call(
            "POST",
            "/api/consultations",
            json={
                "title": "Quick opinion: holiday schedule",
                "description": "Please answer today.",
                "deadline": deadline.isoformat(),
                "questions": ["Do you agree with the proposed schedule?"],
                "recipients": [{"user_id": user_id}],
                "body_id": "cabinet",
                "signatures_required": False,
            },
        )
        secretary.call("POST", f"/api/consultations/{created['id']}/publish")
        window.controller.sync()
        page = window.between.consultations_page
        qtbot.mouseClick(window.meetings_page.between_bar.consultations_tile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(c.entry.id == created["id"] for c in page.cards), timeout=WAIT)
        proxy.go_offline()
        window.controller.sync()
        qtbot.waitUntil(lambda: window.controller.offline and not window.controller.is_syncing, timeout=WAIT)
        card = next(c for c in page.cards if c.entry.id == created["id"])
        assert "You are offline: answer soon" in card.when_label.text()
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        view = page.view
        qtbot.waitUntil(lambda: len(view.question_blocks) == 1, timeout=WAIT)
        assert "deadline is near" in view.situation_banner.text()  # offline close to the deadline: a warning
        assert view.submit_button.text() == "Send my answers" and not view.save_button.isVisible()
        view.question_blocks[0].choose("agree")
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.question_blocks[0].state_badge.text() == "Waiting to be sent", timeout=WAIT)

        # The device comes back only after the deadline: the server refuses, the app keeps it and says why.
        qtbot.waitUntil(lambda: datetime.now(UTC) > deadline + timedelta(seconds=0.5), timeout=WAIT)
        proxy.go_online()
        window.controller.network_returned()
        qtbot.waitUntil(lambda: view.refusals_card.isVisible(), timeout=WAIT)
        (row,) = view.refusal_rows
        text = row.text_label.text()
        assert text.startswith("Question 1: Agree") and "after the deadline" in text and "kept on this device" in text
        assert "reached the server on" in text  # the server's time of receipt, in local time
        # Taken from the refusal's details the outbox keeps, not from the wording of the server's message.
        engine = window.controller.engine
        (refused,) = [i for i in engine.store.outbox("refused") if i.kind == "answer"]
        assert refused.error_details["server_time"] and refused.error_details["deadline"]
        assert "deadline has passed" in view.situation_banner.text() and not view.submit_button.isVisible()
        _shot(qtbot, window, tmp_path, "consultation_late")
        qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)
        card = next(c for c in page.cards if c.entry.id == created["id"])
        assert card.standing_badge.text() == "Not accepted: see why"
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(view.refusal_rows) == 1, timeout=WAIT)
        qtbot.mouseClick(view.refusal_rows[0].dismiss_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.refusals_card.isVisible(), timeout=WAIT)
    finally:
        secretary.close()
        proxy.close()


def test_the_secretariat_follows_the_tally_closes_early_opens_and_signs_the_report(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings: Settings, server: str, tmp_path: Path
) -> None:
    member = ApiUser(server, "minister4")
    try:
        window = make_window(server_url=server, profile="sec")
        window.resize(1280, 900)
        sign_in_and_sync(qtbot, window, username="secretary")
        page = window.between.consultations_page
        qtbot.mouseClick(window.meetings_page.between_bar.consultations_tile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(c.title_label.text() == CONSULTATION_TITLE for c in page.cards), timeout=WAIT)
        card = next(c for c in page.cards if c.title_label.text() == CONSULTATION_TITLE)
        assert card.standing_badge.text() == "0 of 6 answered"
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        view = page.view
        results = view.results
        qtbot.waitUntil(lambda: results.isVisible() and results.close_button.isVisible(), timeout=WAIT)
        assert not view.submit_button.isVisible()  # the secretary is not asked

        # A member answers (unsigned, from another device); Refresh shows it with the comment.
        consultation = member.call("GET", f"/api/consultations/{view.consultation_id}")
        question = consultation["questions"][0]["id"]
        member.call(
            "PUT",
            f"/api/consultations/{view.consultation_id}/questions/{question}/answer",
            json={"choice": "other_opinion", "comment": "Cần thêm ý kiến Bộ Tài chính", "client_id": str(uuid.uuid4())},
        )
        qtbot.mouseClick(results.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Cần thêm ý kiến Bộ Tài chính" in results.questions_label.text(), timeout=WAIT)
        assert "Other opinion: 1" in results.questions_label.text() and "not signed" in results.questions_label.text()
        assert "Not answered:" in results.questions_label.text()
        _shot(qtbot, window, tmp_path, "consultation_tally")

        # Close early (asked first); the result report is made and opens in the reader.
        qtbot.mouseClick(results.close_button, Qt.MouseButton.LeftButton)
        box = results.confirm_box
        assert box is not None and box.isVisible()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.consultation.get("state") == "closed", timeout=WAIT)
        assert "closed this consultation early" in view.situation_banner.text()
        assert not results.close_button.isVisible() and results.report_button.isVisible()
        assert "not signed by the secretariat yet" in results.report_label.text()
        qtbot.mouseClick(results.report_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.reader.view.page_count() >= 1, timeout=WAIT)
        assert page.reader.title_label.text() == "Result report"

        # The secretary signs it on this device (her certificate, passphrase asked); the server checks it.
        page.show_detail()
        _with_certificate(window, demo_settings, "secretary")
        assert results.sign_report_button.isVisible()
        qtbot.mouseClick(results.sign_report_button, Qt.MouseButton.LeftButton)
        _enter_passphrase(qtbot, page)
        qtbot.waitUntil(lambda: "signed result report is available" in results.report_label.text(), timeout=WAIT)
        assert not results.sign_report_button.isVisible()
        signed = member.call("GET", f"/api/consultations/{view.consultation_id}")["report"]
        assert signed is not None and signed["state"] == "signed"
    finally:
        member.close()


def test_a_deputy_answers_for_the_member_and_a_new_version_is_pointed_out(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    """Without a server: the form as the app shows a consultation the device already has."""
    old_sha, new_sha = "a" * 64, "b" * 64
    consultation = {
        "id": "c1",
        "title": "Đề án chuyển đổi số",
        "state": "published",
        "deadline": (datetime.now(UTC) + timedelta(days=3)).isoformat(),
        "signatures_required": False,
        "questions": [{"id": "q1", "text": "Đồng ý với đề án?"}],
        "documents": [
            {
                "id": "d1",
                "title": "Đề án",
                "role": "material",
                "versions": [
                    {"sha256": old_sha, "pages": 4, "size": 1000, "created_at": "2026-01-01T00:00:00+00:00"},
                    {"sha256": new_sha, "pages": 5, "size": 1200, "created_at": "2026-01-02T00:00:00+00:00"},
                ],
            }
        ],
        "recipients": [
            {"user_id": "me", "display_name": "Me"},
            {"user_id": "boss", "display_name": "Bộ trưởng Hai", "deputy_id": "me"},
        ],
        "my_seats": [{"user_id": "me", "on_behalf_of": None}, {"user_id": "boss", "on_behalf_of": "boss"}],
        "my_answers": [
            {
                "question_id": "q1",
                "user_id": "me",
                "choice": "agree",
                "comment": "",
                "documents": [{"document_id": "d1", "sha256": old_sha}],
                "stale": True,
                "received_at": "2026-01-01T10:00:00+00:00",
                "signed": False,
            }
        ],
    }
    view = ConsultationView()
    qtbot.addWidget(view)
    view.set_consultation(consultation, user_id="me", now=datetime.now(UTC))
    (row,) = view.document_rows
    assert "Version 2 of 2" in row.detail_label.text() and "version 1" in row.note_badge.text()
    (block,) = view.question_blocks
    assert block.choice == "agree" and "earlier version" in block.status_label.text()
    assert view.seat_combo.isVisibleTo(view) and view.seat_combo.count() == 2
    assert view.seat_combo.itemText(1) == "For Bộ trưởng Hai, as their deputy"
    submitted: list[object] = []
    view.submit_requested.connect(submitted.append)
    view.seat_combo.setCurrentIndex(1)  # the member's own seat has no answer yet
    assert block.choice is None and block.state_badge.text() == "Not answered yet"
    block.choose("other_opinion", "Cần bổ sung lộ trình")
    view.submit(sign=False)
    (submission,) = submitted
    assert submission.on_behalf_of == "boss" and not submission.sign  # type: ignore[attr-defined]
    assert [(d.choice, d.clean_comment) for d in submission.drafts] == [("other_opinion", "Cần bổ sung lộ trình")]  # type: ignore[attr-defined]
