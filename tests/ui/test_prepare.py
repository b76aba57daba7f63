"""The secretariat workspace in the app against a live server: a meeting built from nothing (details, items,
a sub-item, PDFs dropped on an item, a refused non-PDF, reordering, a confidential document, participants),
published, received by a member; a colleague's change meanwhile is reported, not overwritten."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from support import live_server, make_pdf
from ui_flows import SYNC_TIMEOUT_MS, sign_in_and_sync

from ecabinet.client.api import ApiClient
from ecabinet.client.secretariat import SecretariatClient

WAIT = 20_000


def _drop_files(widget, point: QPoint, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)  # as a real drag: enter first, then the drop
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def test_a_secretary_prepares_and_publishes_a_meeting(qtbot, make_window, demo_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with live_server(demo_settings) as url:
        window = make_window(server_url=url, profile="office")
        window.resize(1366, 900)
        sign_in_and_sync(qtbot, window, username="secretary")
        home = window.meetings_page
        assert home.prepare_button.isVisible()
        qtbot.mouseClick(home.prepare_button, Qt.MouseButton.LeftButton)
        page = window.prepare_page
        control = window.prepare_controller
        assert window.stack.currentWidget() is page
        qtbot.waitUntil(lambda: page.meeting_list.count() >= 3 and bool(page.bodies), timeout=WAIT)

        # A new meeting from nothing.
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        assert page.save_button.text() == "Create meeting"
        qtbot.keyClicks(page.title_edit, "Extraordinary session on flood relief")
        page.duration_spin.setValue(60)
        qtbot.keyClicks(page.location_edit, "Government Office, Room 2")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: control.meeting is not None and page.tabs.isVisible(), timeout=WAIT)
        assert control.meeting is not None and control.meeting["state"] == "draft"
        mid = control.meeting["id"]

        # Items, a sub-item, numbers and the planned time against the meeting's length.
        agenda = page.agenda
        for title, minutes in (("Situation report", 20), ("Relief budget", 30)):
            agenda.title_edit.setText(title)
            agenda.minutes_spin.setValue(minutes)
            count = len(control.meeting["agenda"])
            qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda count=count: len(control.meeting["agenda"]) == count + 1, timeout=WAIT)
        agenda.select_item(control.meeting["agenda"][1]["id"])
        agenda.title_edit.setText("Northern provinces")
        agenda.minutes_spin.setValue(15)
        qtbot.mouseClick(agenda.add_sub_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(control.meeting["agenda"]) == 3, timeout=WAIT)
        assert [(i["number"], i["title"]) for i in control.meeting["agenda"]] == [
            ("1", "Situation report"), ("2", "Relief budget"), ("2.1", "Northern provinces")
        ]  # fmt: skip
        assert agenda.total_label.text() == "Planned 65 of 60 minutes"
        assert agenda.total_label.property("over") is True

        # PDFs dropped on the first item: two papers and a file that is not a PDF (refused, the others go on).
        report, annex, notes = tmp_path / "Situation_report.pdf", tmp_path / "Annex_maps.pdf", tmp_path / "notes.txt"
        report.write_bytes(make_pdf(3, "Flood situation report"))
        annex.write_bytes(make_pdf(2, "Maps of flooded districts"))
        notes.write_text("not a pdf")
        first = agenda.tree.topLevelItem(0)
        assert first is not None
        where = agenda.tree.visualItemRect(first).center()
        _drop_files(agenda.tree.viewport(), where, [report, annex, notes])
        qtbot.waitUntil(lambda: len(control.meeting["agenda"][0]["documents"]) == 2, timeout=WAIT)
        outcomes = sorted(r.status_label.text() for r in agenda.upload_rows.values())
        assert outcomes == ["Not a PDF: only PDF documents can be added.", "Uploaded", "Uploaded"]

        # Reorder: the budget (with its sub-item) first.
        ids = [i["id"] for i in control.meeting["agenda"]]
        control.reorder([ids[1], ids[2], ids[0]])
        qtbot.waitUntil(lambda: control.meeting["agenda"][0]["title"] == "Relief budget", timeout=WAIT)
        assert [i["number"] for i in control.meeting["agenda"]] == ["1", "1.1", "2"]

        # Participants, then one document for named readers only.
        users = {u["username"]: u["id"] for u in page.participants.users}
        for username, role in (("chair", "chair"), ("minister1", "member"), ("minister2", "member")):
            page.participants.user_combo.setCurrentIndex(page.participants.user_combo.findData(users[username]))
            page.participants.role_combo.setCurrentIndex(page.participants.role_combo.findData(role))
            count = len(control.meeting.get("participants", []))
            qtbot.mouseClick(page.participants.invite_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda count=count: len(control.meeting.get("participants", [])) == count + 1, timeout=WAIT)
        agenda.select_item(control.meeting["agenda"][2]["id"])
        annex_row = next(r for r in range(agenda.documents.count()) if "Annex maps" in agenda.documents.item(r).text())
        agenda.documents.setCurrentRow(annex_row)
        qtbot.mouseClick(agenda.access_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        dialog.restricted_box.setChecked(True)
        dialog.reader_boxes[users["minister1"]].setChecked(True)
        dialog.accept()
        qtbot.waitUntil(
            lambda: any(d.get("restricted") for d in control.meeting["agenda"][2]["documents"]), timeout=WAIT
        )

        # A colleague renames an item meanwhile: my change to it is refused with a clear message and a reload.
        with ApiClient(url, device_id=str(uuid.uuid4())) as other:
            other.login("secretary", "demo", "second office pc")
            item = control.meeting["agenda"][0]
            SecretariatClient(other).update_item(
                mid, item["id"], {"title": "Relief budget 2027"}, expected_version=item["version"]
            )
        agenda.select_item(item["id"])
        agenda.minutes_spin.setValue(40)
        qtbot.mouseClick(agenda.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT)
        assert page.error.text().startswith("Someone else changed this meanwhile")
        qtbot.waitUntil(lambda: control.meeting["agenda"][0]["title"] == "Relief budget 2027", timeout=WAIT)

        shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        for language in ("en", "vi", "lo"):
            window.translations.set_language(language)
            qtbot.wait(150)
            assert window.grab().save(str(shots / f"prepare_{language}.png"))
        window.translations.set_language("en")

        # Publish: the member's app receives the meeting at the next sync; the restricted paper only by name.
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: control.meeting["state"] == "published", timeout=WAIT)
        with (
            ApiClient(url, device_id=str(uuid.uuid4())) as member,
            ApiClient(url, device_id=str(uuid.uuid4())) as other_member,
        ):
            member.login("minister1", "demo", "tablet")
            other_member.login("minister2", "demo", "tablet")
            seen = member.meeting(mid)
            assert len([d for i in seen["agenda"] for d in i["documents"]]) == 2
            assert len([d for i in other_member.meeting(mid)["agenda"] for d in i["documents"]]) == 1
        page.tabs.setCurrentWidget(page.participants)
        qtbot.waitUntil(lambda: bool(page.participants.delivery), timeout=WAIT)
        assert page.participants.ready_label.text().endswith("participants have every paper")
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any(c.title_label.text() == "Extraordinary session on flood relief" for c in home.cards),
            timeout=SYNC_TIMEOUT_MS,
        )
