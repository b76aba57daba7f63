"""The late change of the demo story, in the app: the secretary replaces a paper the minister has marked; at the
next sync the mark sits on the same words of the new version and "What changed" lists and tints the edits."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import httpx
from PySide6.QtCore import QPointF, Qt
from support import live_server
from ui_flows import SYNC_TIMEOUT_MS, sign_in_and_sync

from ecabinet.pdf.changes import ChangeKind
from ecabinet.pdf.corpus import build_document
from ecabinet.ui.viewer.annotated_view import Tool

PAPER = {"title": "Teacher Training Programme 2027–2029", "language": "en", "pages": 8, "seed": 8}


def _upload_new_version(url: str, document_id: str, data: bytes) -> None:
    with httpx.Client(base_url=url, timeout=60) as office:
        login = office.post(
            "/api/auth/login",
            json={"username": "secretary", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "office"},
        )
        office.headers["Authorization"] = f"Bearer {login.json()['token']}"
        answer = office.post(
            f"/api/documents/{document_id}/versions", files={"file": ("v2.pdf", data, "application/pdf")}
        )
        assert answer.status_code == 201, answer.text


def test_marks_follow_a_new_version_and_what_changed_is_shown(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_settings, tmp_path: Path
) -> None:
    with live_server(demo_settings) as url:
        window = make_window(server_url=url, profile="late")
        window.resize(1280, 860)
        sign_in_and_sync(qtbot, window)
        engine = window.controller.engine
        assert engine is not None and engine.store is not None
        paper = next(d for d in engine.store.entities("document") if d["title"] == PAPER["title"])
        card = next(c for c in window.meetings_page.cards if c.meeting["id"] == paper["meeting_id"])
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        page = window.meeting_page
        row = next(r for r in page.document_rows() if r.entry.id == paper["id"])
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.view.doc_id == paper["id"] and page.view.page_count() == 8, timeout=30_000)
        old_sha = page.document_sha

        # Highlight the paper's first paragraph words on page 1 (before any change of revision 2).
        qtbot.mouseClick(page.annotate_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.annotation_bar.tool_buttons[Tool.HIGHLIGHTER], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.service.words(paper["id"], 0) is not None, timeout=10_000)
        words = page.service.words(paper["id"], 0)
        assert words is not None
        first, last = 40, 46
        centre = lambda w: page.view.view_point(0, (w[0] + w[2]) / 2, (w[1] + w[3]) / 2)  # noqa: E731
        viewport = page.view.viewport()
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre(words[first]).toPoint())
        qtbot.mouseMove(viewport, centre(words[last]).toPoint())
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre(words[last]).toPoint())
        marked = [s.annotation for s in engine.annotations.for_document(paper["id"], old_sha)]
        assert len(marked) == 1 and marked[0].anchor is not None
        quote = marked[0].anchor.quote
        qtbot.mouseClick(page.annotation_bar.tool_buttons[Tool.READ], Qt.MouseButton.LeftButton)

        # An hour before the meeting: revision 2 (a page inserted, a paragraph rewritten, another deleted).
        _upload_new_version(url, paper["id"], build_document(**PAPER, revision=2))  # type: ignore[arg-type]
        with qtbot.waitSignal(window.controller.sync_finished, timeout=SYNC_TIMEOUT_MS) as finished:
            window.controller.sync()
        report = finished.args[0]
        assert report.annotations_moved == 1 and report.annotations_to_review == 0
        row = next(r for r in page.document_rows() if r.entry.id == paper["id"])
        assert row.badge.text() == "New version"

        # Opening it shows the new version with the mark on the same words, and offers "What changed".
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.document_sha != old_sha and page.view.page_count() == 9, timeout=30_000)
        shown = page.view.annotations()
        assert len(shown) == 1 and shown[0].annotation.sha256 == page.document_sha and shown[0].review is None
        assert shown[0].annotation.anchor is not None and shown[0].annotation.anchor.quote == quote
        assert page.changes_button.isVisible()
        qtbot.mouseClick(page.changes_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(page.changes.rows), timeout=30_000)
        kinds = {r.change.kind for r in page.changes.rows}
        assert {ChangeKind.PAGE_ADDED, ChangeKind.TEXT_DELETED} <= kinds or ChangeKind.TEXT_REPLACED in kinds
        assert any(r.was_label.text().startswith("Was: “") for r in page.changes.rows)
        assert page.view.change_marks()
        rewritten = next(r for r in page.changes.rows if r.target_page is not None and r.change.new_rects)
        qtbot.mouseClick(rewritten, Qt.MouseButton.LeftButton)
        assert page.view.current_page() == rewritten.target_page

        shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        qtbot.wait(300)
        for language in ("en", "vi", "lo"):
            window.translations.set_language(language)
            qtbot.wait(150)
            assert window.grab().save(str(shots / f"what_changed_{language}.png"))
        window.translations.set_language("en")
        _ = QPointF
