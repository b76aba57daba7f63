"""The Meeting page against the real demo server: agenda, the 320-page annex, search across the packet, offline
reading, and screenshots in every language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from netproxy import NetProxy
from PySide6.QtCore import Qt
from ui_flows import SYNC_TIMEOUT_MS, sign_in_and_sync

from ecabinet.pdf.search import Hit
from ecabinet.ui.meeting_page import DocumentRow, MeetingPage
from ecabinet.ui.meeting_state import DocumentEntry, Reading, read_reading
from ecabinet.ui.search_panel import context_html

CABINET = "Regular Cabinet Session — December"
ANNEX = "State Budget Estimate 2027 — Annex of tables and explanations"
CONFIDENTIAL = "Confidential assessment of dam safety"
BUDGET_VI = "Dự toán ngân sách nhà nước năm 2027"
STRATEGY_LO = "ຍຸດທະສາດລັດຖະບານດິຈິຕອນແຫ່ງຊາດ"


@pytest.fixture
def proxy(demo_server: str) -> Iterator[NetProxy]:
    port = int(demo_server.rsplit(":", 1)[1])
    p = NetProxy("127.0.0.1", port)
    yield p
    p.close()


def row(page: MeetingPage, title: str) -> DocumentRow:
    return next(r for r in page.document_rows() if r.entry.title == title)


def open_row(qtbot, page: MeetingPage, title: str, pages: int) -> DocumentRow:  # type: ignore[no-untyped-def]
    target = row(page, title)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.doc_id == target.entry.id and page.view.page_count() == pages, timeout=30_000)
    return target


def page_rendered(page: MeetingPage, index: int) -> bool:
    doc_id = page.view.doc_id
    return doc_id is not None and page.service.cached(doc_id, index, page.view.render_scale()) is not None


def test_read_search_and_keep_reading_offline(  # type: ignore[no-untyped-def]
    qtbot, make_window, proxy: NetProxy, tmp_path: Path
) -> None:
    window = make_window(server_url=proxy.url, profile="reader")
    window.resize(1280, 800)
    sign_in_and_sync(qtbot, window)
    home = window.meetings_page
    card = next(c for c in home.cards if c.title_label.text() == CABINET)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    page = window.meeting_page
    assert window.stack.currentWidget() is page
    assert page.title_label.text() == CABINET
    assert page.splitter.orientation() == Qt.Orientation.Horizontal

    # The agenda: numbered items with presenter and duration, each with its documents.
    first = page.item_blocks[0]
    assert first.title_label.text() == "1.  Adoption of the agenda and of the minutes of the previous session"
    assert first.details_label.text() == "Cabinet Secretary  ·  5 minutes"
    assert not first.late_badge.isVisible()
    annex_row = row(page, ANNEX)
    assert annex_row.pages_label.text() == "320 pages"
    assert annex_row.badge.isVisible() and annex_row.badge.text() == "Unread"
    assert page.message_label.text() == "Choose a document from the agenda to read it here."
    assert not page.zoom_in_button.isEnabled()

    # The 320-page annex, straight to page 200.
    annex = open_row(qtbot, page, ANNEX, 320)
    assert annex.property("selected") is True
    assert page.document_title.text() == ANNEX
    assert page.page_label.text() == "Page 1 of 320"
    page.page_edit.setText("200")
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert page.view.current_page() == 199
    assert page.page_label.text() == "Page 200 of 320"
    qtbot.waitUntil(lambda: page_rendered(page, 199), timeout=15_000)
    painted = page.view.paint_count
    qtbot.waitUntil(lambda: page.view.paint_count > painted or page.view.paint_count > 0, timeout=5_000)

    # Zoom buttons work and "fit width" comes back.
    zoom = page.view.zoom()
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.view.zoom() > zoom
    qtbot.mouseClick(page.fit_width_button, Qt.MouseButton.LeftButton)
    assert page.view.zoom() == pytest.approx(zoom, rel=0.02)
    assert page.view.current_page() == 199

    # Thumbnails and the outline beside the pages; one page at a time.
    qtbot.mouseClick(page.pages_button, Qt.MouseButton.LeftButton)
    assert page.sidebar.isVisible()
    thumbs = page.sidebar.thumbnails
    assert thumbs.count() == 320 and thumbs.currentRow() == 199
    qtbot.waitUntil(lambda: thumbs.has_thumbnail(199), timeout=15_000)
    assert not thumbs.has_thumbnail(5), "only the thumbnails near the rows in view are rendered"
    assert page.sidebar.isTabEnabled(1) and page.sidebar.outline.entry_count() > 3
    thumbs.itemClicked.emit(thumbs.item(201))
    assert page.view.current_page() == 201
    qtbot.mouseClick(page.single_button, Qt.MouseButton.LeftButton)
    assert page.view.is_single_page() and page.view.visible_pages() == [201]
    assert page.fit_width_button.text() == "Fit page"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.view.current_page() == 202 and page.page_label.text() == "Page 203 of 320"
    qtbot.waitUntil(lambda: page_rendered(page, 202), timeout=15_000)
    shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    qtbot.wait(200)
    assert window.grab().save(str(shots / "meeting_single_page_sidebar_en.png"))
    qtbot.mouseClick(page.single_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pages_button, Qt.MouseButton.LeftButton)
    assert not page.view.is_single_page() and not page.sidebar.isVisible()
    page.view.go_to_page(199)

    # Search the whole packet without diacritics: the Vietnamese budget document is found.
    qtbot.keyClicks(page.search_edit, "ngan sach")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert page.side_stack.currentWidget() is page.results
    qtbot.waitUntil(lambda: bool(page.results.rows), timeout=90_000)
    assert page.results.summary_label.text().endswith("for “ngan sach”")
    budget_id = row(page, BUDGET_VI).entry.id
    in_budget = [r for r in page.results.rows if r.hit.document_id == budget_id]
    assert in_budget
    later = next((r for r in in_budget if r.hit.page > 0), in_budget[0])
    hit: Hit = later.hit
    assert later.where_label.text() == f"{BUDGET_VI}  ·  Page {hit.page + 1}"
    assert "<b>" in later.context_label.text()
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.doc_id == budget_id and page.view.page_count() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: page.view.current_page() == hit.page, timeout=5_000)
    rects = page.view.highlight_rects()
    assert rects and all(page.view.viewport().rect().intersects(r.toAlignedRect()) for r in rects)
    assert page.page_label.text().startswith(f"Page {hit.page + 1} of ")

    # Leaving the annex remembered its page, on this device.
    engine = window.controller.engine
    assert engine is not None and engine.store is not None
    store = engine.store
    qtbot.waitUntil(lambda: read_reading(store, annex.entry.id) == Reading(annex.entry.sha, 199), timeout=5_000)

    # Screenshots with a document open and the search results, in every language.
    for language in ("en", "vi", "lo"):
        window.translations.set_language(language)
        qtbot.waitUntil(lambda: page_rendered(page, hit.page), timeout=15_000)
        qtbot.wait(200)
        assert window.grab().save(str(shots / f"meeting_{language}.png"))
    assert page.search_button.text() == "ຊອກຫາ"
    window.translations.set_language("en")

    # A confidential paper carries the reader's name and the time; an open one carries nothing.
    assert page.view.watermark() is None
    open_row(qtbot, page, CONFIDENTIAL, 4)
    mark = page.view.watermark()
    assert mark is not None and "Trần Thị Bích" in mark and mark.startswith("Confidential")
    qtbot.waitUntil(lambda: page_rendered(page, 0), timeout=15_000)
    assert window.grab().save(str(shots / "meeting_confidential_en.png"))

    # The network goes: another document still opens, and the annex comes back at page 200.
    proxy.go_offline()
    window.controller.sync()
    qtbot.waitUntil(lambda: window.controller.offline and not window.controller.is_syncing, timeout=SYNC_TIMEOUT_MS)
    assert page.offline_badge.isVisible()
    qtbot.mouseClick(page.agenda_button, Qt.MouseButton.LeftButton)
    assert page.side_stack.currentWidget() is page.agenda_scroll
    open_row(qtbot, page, STRATEGY_LO, 8)
    qtbot.waitUntil(lambda: page_rendered(page, 0), timeout=15_000)
    open_row(qtbot, page, ANNEX, 320)
    assert page.view.watermark() is None
    assert page.view.current_page() == 199
    qtbot.waitUntil(lambda: page_rendered(page, 199), timeout=15_000)
    assert window.grab().save(str(shots / "meeting_agenda_offline_en.png"))

    # Narrower than tall: the agenda above the reader.
    window.resize(760, 1000)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical, timeout=5_000)

    # Back to Home.
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is home
    assert page.view.doc_id is None


def _entry(**changes: object) -> DocumentEntry:
    values: dict[str, object] = {
        "id": "d1",
        "title": "Budget",
        "sha": "b" * 64,
        "pages": 12,
        "versions": 2,
        "cached": True,
        "last": None,
    }
    values.update(changes)
    return DocumentEntry(**values)  # type: ignore[arg-type]


def test_document_row_marks(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    fresh = DocumentRow(_entry())
    qtbot.addWidget(fresh)
    assert fresh.pages_label.text() == "12 pages  ·  Version 2"
    assert fresh.badge.text() == "Unread" and not fresh.badge.isHidden()  # never opened on this device
    changed = DocumentRow(_entry(last=Reading("a" * 64, 3)))
    qtbot.addWidget(changed)
    assert changed.badge.text() == "New version"
    assert not changed.badge.isHidden()
    same = DocumentRow(_entry(last=Reading("b" * 64, 3)))
    qtbot.addWidget(same)
    assert same.badge.isHidden()
    missing = DocumentRow(_entry(cached=False))
    qtbot.addWidget(missing)
    assert missing.badge.text() == "Not downloaded yet"
    assert missing.accessibleName() == "Budget, 12 pages  ·  Version 2, Not downloaded yet"


def test_context_bolds_the_hit() -> None:
    hit = Hit("d", 0, (), "the <state> budget", (12, 18))
    assert context_html(hit) == "the &lt;state&gt; <b>budget</b>"


def test_a_missing_document_shows_a_calm_message(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.meeting_page
    page.open_document("nowhere")
    qtbot.waitUntil(lambda: page.message_label.text().startswith("This document is not on this device yet."))
    assert page.reader_stack.currentWidget() is page.message_label
