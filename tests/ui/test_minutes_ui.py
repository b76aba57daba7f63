"""The Minutes page against a live server with the demo PKI: the secretary writes (bold, lists), saves, and a
colleague's save meanwhile neither overwrites nor loses her text; the minutes are finalised, signed on the device
by the secretary then the chair (a wrong passphrase asks again), accepted by the server, and every reader sees
both signatures valid; a refused signature says why."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import live_server
from ui_flows import sign_in_and_sync

from ecabinet.client.api import ApiClient
from ecabinet.server.demo import CLOSED_TITLE
from ecabinet.ui.main_window import MainWindow
from ecabinet.ui.minutes.page import MinutesPage
from ecabinet.ui.signatures_panel import VALID, SignatureRow

CABINET = "Regular Cabinet Session — December"
WAIT = 20_000


def _client(url: str, username: str) -> ApiClient:
    api = ApiClient(url, device_id=str(uuid.uuid4()))
    api.login(username, "demo", f"{username}'s other device")
    return api


def _close_cabinet(url: str) -> str:
    """The chair holds and closes the demo cabinet session (nothing voted): its minutes can be written."""
    with _client(url, "chair") as chair:
        meeting = next(m for m in chair.meetings() if m["title"] == CABINET)
        chair.start_meeting(meeting["id"])
        chair.close_meeting(meeting["id"])
        return str(meeting["id"])


def _open_minutes(qtbot, window: MainWindow, title: str = CABINET) -> MinutesPage:  # type: ignore[no-untyped-def]
    card = next(c for c in window.meetings_page.cards if c.title_label.text() == title)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    page = window.meeting_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.minutes_button.isVisible(), timeout=WAIT)
    qtbot.mouseClick(page.minutes_button, Qt.MouseButton.LeftButton)
    minutes = window.minutes_page
    assert window.stack.currentWidget() is minutes
    qtbot.waitUntil(lambda: minutes.minutes is not None and bool(minutes.blocks), timeout=WAIT)
    return minutes


def _type(qtbot, page: MinutesPage, block_key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    block = page.blocks[block_key] if block_key else page.remarks
    block.editor.setFocus()
    block.editor.selectAll()
    qtbot.keyClicks(block.editor, text)


def _shots(tmp_path: Path) -> Path:
    shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    return shots


def test_secretary_writes_saves_and_a_colleagues_save_keeps_her_text(
    qtbot, make_window, demo_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with live_server(demo_settings) as url:
        meeting_id = _close_cabinet(url)
        window = make_window(server_url=url, profile="secretary")
        window.resize(1366, 900)
        sign_in_and_sync(qtbot, window, username="secretary")
        page = _open_minutes(qtbot, window)
        assert page.save_button.isVisible() and page.finalise_button.isVisible() and page.format_bar.isVisible()
        first, second = list(page.blocks)[:2]

        # A decision with bold (the format bar), the general remarks as a bulleted list.
        _type(qtbot, page, first, "The Cabinet ")
        qtbot.mouseClick(page.format_bar.bold_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.blocks[first].editor, "adopted")
        qtbot.mouseClick(page.format_bar.bold_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.blocks[first].editor, " the report.")
        _type(qtbot, page, "", "Next session in January")
        qtbot.mouseClick(page.format_bar.bullets_button, Qt.MouseButton.LeftButton)
        assert page.unsaved_label.text() == "Changes not saved yet"
        qtbot.keyClick(page.remarks.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
        qtbot.waitUntil(lambda: not page.dirty and page.notice.isVisible(), timeout=WAIT)
        assert page.unsaved_label.text() == "All changes saved"
        with _client(url, "secretary") as colleague:
            server = colleague.minutes(meeting_id)
            decisions = {i["item_id"]: i["decision"] for i in server["record"]["items"]}
            assert decisions[first] == "<p>The Cabinet <b>adopted</b> the report.</p>"
            assert server["general_remarks"] == "<ul><li>Next session in January</li></ul>"

            # A colleague saves item 2 meanwhile; my own text for it is not lost and theirs is shown.
            colleague.update_minutes(
                meeting_id, {"decisions": {second: "<p>Their wording.</p>"}}, version=server["version"]
            )
        _type(qtbot, page, second, "My wording.")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=WAIT)
        assert page.error.text().startswith("Someone else saved the minutes meanwhile")
        block = page.blocks[second]
        assert block.dirty and block.html() == "<p>My wording.</p>"
        assert block.theirs_frame.isVisible() and "Their wording." in block.theirs_view.text()
        assert not page.blocks[first].theirs_frame.isVisible()
        page.resize(1366, 900)
        qtbot.wait(100)
        assert window.grab().save(str(_shots(tmp_path) / "minutes_conflict.png"))
        # Saving again keeps mine (now based on their version).
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.dirty, timeout=WAIT)
        with _client(url, "minister1") as member:
            items = member.minutes(meeting_id)["record"]["items"]
            assert {i["item_id"]: i["decision"] for i in items}[second] == "<p>My wording.</p>"
        assert not block.theirs_frame.isVisible()

        # Who signs (the order follows the roles: secretary, members, chair), and who is asked to approve.
        people = {
            name.split(" — ")[0]: uid for uid, name in ((u, b.text()) for u, b in page.signer_chooser.boxes.items())
        }
        page.signer_chooser.boxes[people["Trần Thị Bích"]].setChecked(True)
        qtbot.mouseClick(page.signer_chooser.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len((page.minutes or {}).get("signers", [])) == 3, timeout=WAIT)
        assert [s["role"] for s in page.minutes["signers"]] == ["secretary", "member", "chair"]  # type: ignore[index]
        page.approvers.boxes[people["Trần Thị Bích"]].setChecked(True)
        qtbot.mouseClick(page.approvers.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "asked, no answer yet" in page.approvals_text.text(), timeout=WAIT)

        # The member reads the draft in her app and sends a comment; the secretary sees it.
        member = make_window(server_url=url, profile="member")
        member.resize(1280, 860)
        sign_in_and_sync(qtbot, member, username="minister1")
        member_page = _open_minutes(qtbot, member)
        assert member_page.answer_card.isVisible() and not member_page.save_button.isVisible()
        assert not member_page.blocks[first].editor.isVisible()
        assert "<b>adopted</b>" in member_page.blocks[first].viewer.text()
        qtbot.mouseClick(member_page.comment_button, Qt.MouseButton.LeftButton)  # no comment written yet
        assert member_page.error.text() == "Write your comments first."
        qtbot.keyClicks(member_page.comment_edit, "Please name the budget figure.")
        qtbot.wait(100)
        assert member.grab().save(str(_shots(tmp_path) / "minutes_member_draft.png"))
        qtbot.mouseClick(member_page.comment_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: member_page.answer_text.text().startswith("You sent comments"), timeout=WAIT)
        page.controller.load()
        qtbot.waitUntil(lambda: "“Please name the budget figure.”" in page.approvals_text.text(), timeout=WAIT)
        assert page.approvals_text.text().startswith("Trần Thị Bích: commented")

        # The idle lock while writing: back on the Minutes page afterwards, the unsaved text still there.
        window.controller.set_pin("2468")
        _type(qtbot, page, second, "Typed before the lock.")
        window.lock()
        assert window.stack.currentWidget() is window.lock_page
        window.unlock("2468")
        assert window.stack.currentWidget() is page
        assert page.blocks[second].dirty and page.blocks[second].html() == "<p>Typed before the lock.</p>"


def _finalise(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (page.minutes or {}).get("state") == "final", timeout=WAIT)


def _answer_prompt(qtbot, page: MinutesPage, secret: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.runner.secret_dialog is not None, timeout=WAIT)
    dialog: Any = page.runner.secret_dialog
    dialog.secret_edit.setText(secret)
    dialog.accept()


def test_secretary_then_chair_sign_and_everyone_sees_both_valid(
    qtbot, make_window, demo_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    p12 = demo_settings.data_dir / "pki"
    with live_server(demo_settings) as url:
        meeting_id = _close_cabinet(url)
        secretary = make_window(server_url=url, profile="secretary")
        secretary.resize(1366, 900)
        sign_in_and_sync(qtbot, secretary, username="secretary")
        page = _open_minutes(qtbot, secretary)
        assert not page.sign_button.isVisible()  # a draft is not signed
        _type(qtbot, page, next(iter(page.blocks)), "Noted.")
        _finalise(qtbot, page)  # saves the typed text first
        assert not page.save_button.isVisible() and page.sign_button.isVisible()
        assert page.turn_label.text() == "It is your turn to sign."
        qtbot.wait(100)
        assert secretary.grab().save(str(_shots(tmp_path) / "minutes_final.png"))

        # First signature on this device: the certificate is set up from the .p12 file, then its passphrase.
        qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.runner.credentials_dialog is not None, timeout=WAIT)
        setup: Any = page.runner.credentials_dialog
        setup.file_edit.setText(str(p12 / "secretary.p12"))
        setup.passphrase_edit.setText("demo")
        setup.save()
        _answer_prompt(qtbot, page, "demo")
        qtbot.waitUntil(lambda: (page.minutes or {}).get("state") == "signing", timeout=WAIT)
        assert page.notice.text() == "Your signature was accepted. Thank you."
        assert not page.sign_button.isVisible()

        # The chair: not before the secretary (already done), with a wrong passphrase first.
        chair = make_window(server_url=url, profile="chair")
        chair.resize(1366, 900)
        sign_in_and_sync(qtbot, chair, username="chair")
        engine = chair.controller.engine
        assert engine is not None
        # Someone else's certificate on this device: said before anything is signed.
        engine.credentials.import_pkcs12((p12 / "minister2.p12").read_bytes(), "demo", remember=True)
        chair_page = _open_minutes(qtbot, chair)
        assert chair_page.sign_button.isVisible() and not chair_page.save_button.isVisible()
        qtbot.mouseClick(chair_page.sign_button, Qt.MouseButton.LeftButton)
        assert chair_page.error.text().startswith("The signing certificate on this device is not the one registered")
        assert chair_page.runner.secret_dialog is None and not chair_page.runner.busy
        engine.credentials.import_pkcs12((p12 / "chair.p12").read_bytes(), "demo", remember=False)
        qtbot.mouseClick(chair_page.sign_button, Qt.MouseButton.LeftButton)
        _answer_prompt(qtbot, chair_page, "not the passphrase")
        qtbot.waitUntil(  # asked again, with the reason
            lambda: (
                chair_page.runner.secret_dialog is not None
                and chair_page.runner.secret_dialog.problem_label.isVisibleTo(chair_page.runner.secret_dialog)
            ),
            timeout=WAIT,
        )
        assert (chair_page.minutes or {}).get("state") == "signing", "nothing was signed"
        _answer_prompt(qtbot, chair_page, "demo")
        qtbot.waitUntil(lambda: (chair_page.minutes or {}).get("state") == "signed", timeout=WAIT)

        # Both signatures checked on this device against the server's trust roots.
        qtbot.waitUntil(lambda: len(chair_page.signatures.rows) == 2, timeout=WAIT)
        rows = [r for r in chair_page.signatures.rows if isinstance(r, SignatureRow)]
        assert [r.verdict for r in rows] == [VALID, VALID]
        assert chair_page.signatures_card.isVisible()
        qtbot.wait(100)
        assert chair.grab().save(str(_shots(tmp_path) / "minutes_signed.png"))
        with _client(url, "minister2") as member:
            assert member.minutes(meeting_id)["state"] == "signed"

        # The secretary's page follows; the server refuses a second upload of the same signature, with a reason.
        page.controller.load()
        qtbot.waitUntil(lambda: (page.minutes or {}).get("state") == "signed", timeout=WAIT)
        with qtbot.waitSignal(page.controller.sign_refused, timeout=WAIT):
            page.controller.upload_signed(b"%PDF-1.7 not really signed")
        assert page.error.isVisible() and page.error.text() == "Everyone has already signed these minutes."


def test_a_member_reads_the_signed_minutes_and_sees_both_signatures_valid(
    qtbot, make_window, demo_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with live_server(demo_settings) as url:
        window = make_window(server_url=url, profile="member")
        window.resize(1366, 900)
        sign_in_and_sync(qtbot, window, username="minister1")
        page = _open_minutes(qtbot, window, CLOSED_TITLE)
        assert not page.save_button.isVisible() and not page.sign_button.isVisible()
        assert page.status_card.title_label.text() == "Signed"
        qtbot.waitUntil(lambda: len(page.signatures.rows) == 2, timeout=WAIT)
        assert all(r.verdict == VALID for r in page.signatures.rows if isinstance(r, SignatureRow))
        engine = window.controller.engine
        assert engine is not None and (engine.credentials.folder / "trust-roots.pem").is_file(), "kept for offline"
        for language in ("en", "vi", "lo"):  # re-worded live (the catalogs gain these texts from the lead)
            window.translations.set_language(language)
            qtbot.wait(100)
            assert window.grab().save(str(_shots(tmp_path) / f"minutes_member_signed_{language}.png"))
        window.translations.set_language("en")
        assert page.status_card.title_label.text() == "Signed" and len(page.signatures.rows) == 2

        # "Read the minutes": the PDF in the reader, where the signatures button gives the same verdict.
        qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
        reader = window.meeting_page
        assert window.stack.currentWidget() is reader
        signatures = reader.signatures
        assert signatures is not None
        qtbot.waitUntil(lambda: signatures.state == "valid", timeout=WAIT)
        assert signatures.button.isVisible() and signatures.button.text() == "✓ Signed"
        qtbot.mouseClick(signatures.button, Qt.MouseButton.LeftButton)
        assert reader.side_stack.currentWidget() is signatures.panel
        assert [r.verdict for r in signatures.panel.rows] == [VALID, VALID]
        qtbot.wait(100)
        assert window.grab().save(str(_shots(tmp_path) / "reader_signatures.png"))
        # A paper without signatures: no button.
        paper = next(r for r in reader.document_rows() if not r.entry.title.startswith("Minutes"))
        qtbot.mouseClick(paper, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reader.document_id == paper.entry.id and reader.view.page_count() > 0, timeout=WAIT)
        assert signatures.button.isHidden() and reader.side_stack.currentWidget() is not signatures.panel


def test_the_editor_keeps_to_what_the_minutes_can_print(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData

    from ecabinet.ui.minutes.rich_text import RichTextEdit

    edit = RichTextEdit()
    qtbot.addWidget(edit)
    text = "<p>The Cabinet <b>adopted</b> it, <i>with</i> <u>two</u> conditions:</p><ol><li>a cost estimate;</li></ol>"
    edit.set_html(text)
    assert edit.html() == text
    # A numbered list becomes bullets, then plain paragraphs again.
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.toggle_list(ordered=False)
    assert edit.html().endswith("<ul><li>a cost estimate;</li></ul>")
    edit.toggle_list(ordered=False)
    assert edit.html().endswith("</p><p>a cost estimate;</p>")
    # Pasted HTML keeps bold and lists, loses colours, fonts, links and images.
    edit.clear()
    mime = QMimeData()
    mime.setHtml(
        '<p style="color:red;font-family:Comic Sans MS">Pasted <span style="font-weight:700">bold</span> '
        '<a href="https://example.invalid">link</a><img src="x.png"></p><ul><li>one</li></ul>'
    )
    edit.insertFromMimeData(mime)
    assert edit.html() == "<p>Pasted <b>bold</b> link</p><ul><li>one</li></ul>"
    edit.setPlainText("")
    assert edit.html() == ""
