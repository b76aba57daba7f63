"""Single-page mode, the thumbnails and the outline beside the pages, and the render lanes behind them."""

from __future__ import annotations

from collections.abc import Iterator

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ecabinet.pdf.corpus import build_document
from ecabinet.ui.viewer import DocumentView, RenderKey, RenderService
from ecabinet.ui.viewer.sidebar import ReaderSidebar

DOC = "paper"
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def paper() -> bytes:
    return build_document(title="Navigation test paper", language="en", pages=12, seed=3)


@pytest.fixture(scope="module")
def shared_service(qapp: QApplication, paper: bytes) -> Iterator[RenderService]:
    service = RenderService()
    service.open_document(DOC, paper)
    yield service
    service.shutdown()


@pytest.fixture
def service(shared_service: RenderService, qtbot) -> RenderService:  # type: ignore[no-untyped-def]
    shared_service.cache.clear()
    qtbot.waitUntil(lambda: shared_service.page_sizes(DOC) is not None, timeout=WAIT_MS)
    return shared_service


def _view(qtbot, service: RenderService) -> DocumentView:  # type: ignore[no-untyped-def]
    view = DocumentView(service)
    qtbot.addWidget(view)
    view.resize(700, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(DOC)
    qtbot.waitUntil(lambda: view.page_count() == 12, timeout=WAIT_MS)
    return view


def _wheel(view: DocumentView, delta: int) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_outline_comes_from_the_worker(service: RenderService, paper: bytes) -> None:
    with pymupdf.open(stream=paper, filetype="pdf") as doc:
        expected = [(level, title, page - 1) for level, title, page in doc.get_toc(simple=True)]
    assert expected, "the corpus papers carry an outline"
    got = [(entry.level, entry.title, entry.page) for entry in service.outline(DOC)]
    assert got == expected


def test_single_page_mode_shows_one_page_and_turns_pages(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, service)
    view.go_to_page(4)
    with qtbot.waitSignal(view.single_page_changed, timeout=WAIT_MS):
        view.set_single_page(True)
    view.fit_page()
    assert view.current_page() == 4
    assert view.visible_pages() == [4]
    bar = view.verticalScrollBar()
    # The scroll range is page 4's slot: neither neighbour can be scrolled into view.
    assert bar.minimum() > 0
    bar.setValue(bar.maximum())
    assert view.visible_pages() == [4] and view.current_page() == 4

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 5 and view.visible_pages() == [5]
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page() == 4
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page() == 11
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_page() == 0
    qtbot.waitUntil(lambda: service.cached(DOC, 0, view.render_scale()) is not None, timeout=WAIT_MS)

    # Two wheel notches past the bottom edge turn the page; one alone does not.
    _wheel(view, -120)
    assert view.current_page() == 0
    _wheel(view, -120)
    assert view.current_page() == 1
    _wheel(view, 120)
    _wheel(view, 120)
    assert view.current_page() == 0

    view.set_single_page(False)
    view.fit_width()
    view.go_to_page(6)
    assert len(view.visible_pages()) >= 1 and view.current_page() == 6
    assert view.verticalScrollBar().minimum() == 0


def test_thumbnails_render_in_their_own_lane_and_jump(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    sidebar = ReaderSidebar(service)
    qtbot.addWidget(sidebar)
    sidebar.resize(200, 500)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    sidebar.set_document(DOC)
    thumbs = sidebar.thumbnails
    assert thumbs.count() == 12
    qtbot.waitUntil(lambda: thumbs.has_thumbnail(0), timeout=WAIT_MS)
    rows = thumbs.visible_rows()
    assert 0 in rows and len(rows) < 12, "only the rows in view (and a few more) are rendered"
    qtbot.waitUntil(lambda: service.pending_count == 0 and service.in_flight_count == 0, timeout=WAIT_MS)
    assert not thumbs.has_thumbnail(11)
    thumb_key = RenderKey(DOC, 0, thumbs.thumbnail_scale(0))
    assert thumb_key in service.cache
    image = service.cache.get(thumb_key)
    assert image is not None and abs(image.width() - thumbs.THUMB_WIDTH * thumbs.devicePixelRatioF()) <= 1

    assert sidebar.isTabEnabled(1) and sidebar.outline.entry_count() == len(service.outline(DOC))

    with qtbot.waitSignal(sidebar.page_chosen, timeout=WAIT_MS) as chosen:
        thumbs.itemClicked.emit(thumbs.item(7))
    assert chosen.args == [7]
    outline_first = sidebar.outline.topLevelItem(0)
    assert outline_first is not None
    with qtbot.waitSignal(sidebar.page_chosen, timeout=WAIT_MS) as chosen:
        sidebar.outline.itemClicked.emit(outline_first, 0)
    assert chosen.args == [service.outline(DOC)[0].page]


def test_the_view_lane_goes_before_the_thumbnails(qapp: QApplication, service: RenderService) -> None:
    # Hold the pump: nothing goes to the worker while we look at the queue's order.
    service.max_in_flight, saved = 0, service.max_in_flight
    try:
        service.want([RenderKey(DOC, page, 0.2) for page in range(6)], lane="thumbnails")
        service.want([RenderKey(DOC, 9, 1.0)], [RenderKey(DOC, 10, 1.0)])
        order = list(service._pending)
        assert order[:2] == [RenderKey(DOC, 9, 1.0), RenderKey(DOC, 10, 1.0)]
        # A new view request replaces the view lane only; the thumbnails wait on.
        service.want([RenderKey(DOC, 3, 1.0)])
        order = list(service._pending)
        assert order[0] == RenderKey(DOC, 3, 1.0)
        assert RenderKey(DOC, 9, 1.0) not in order and len(order) == 7
        with pytest.raises(ValueError):
            service.want([], lane="nonsense")
    finally:
        service.max_in_flight = saved
        service.want([], lane="thumbnails")
        service.want([])
