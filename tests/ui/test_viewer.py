"""The reader's page view and render service, driven offscreen with a real worker process."""

from __future__ import annotations

import os
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from ecabinet.pdf.corpus import build_document
from ecabinet.ui.viewer import DocumentView, FitMode, ImageCache, RenderKey, RenderService

SHM = Path("/dev/shm")
DOC = "paper"
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def paper() -> bytes:
    return build_document(title="Reader test paper", language="en", pages=5, seed=1)


@pytest.fixture(scope="module")
def shared_service(qapp: QApplication, paper: bytes) -> Iterator[RenderService]:
    """One worker for the tests that do not break it (spawning one costs a few hundred ms)."""
    service = RenderService()
    service.open_document(DOC, paper)
    yield service
    service.shutdown()


@pytest.fixture
def service(shared_service: RenderService) -> RenderService:
    shared_service.cache.clear()
    return shared_service


@pytest.fixture
def own_service(qapp: QApplication, paper: bytes) -> Iterator[RenderService]:
    """A worker of the test's own, for the tests that kill it or shut it down."""
    service = RenderService()
    service.open_document(DOC, paper)
    yield service
    service.shutdown()


def _view(qtbot, service: RenderService, width: int = 700, height: int = 800) -> DocumentView:  # type: ignore[no-untyped-def]
    view = DocumentView(service)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def _show(qtbot, view: DocumentView, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    """Show DOC in the view and wait until its first page is painted from a real render."""
    view.set_document(DOC)
    qtbot.waitUntil(lambda: view.page_count() == 5, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: service.cached(DOC, 0, view.render_scale()) is not None, timeout=WAIT_MS)


def _ink_in(image: QImage, rect: tuple[int, int, int, int]) -> int:
    """How many dark pixels (text) a region of a grabbed image has, sampled every 3 pixels."""
    x0, y0, x1, y1 = rect
    count = 0
    for y in range(max(0, y0), min(image.height(), y1), 3):
        for x in range(max(0, x0), min(image.width(), x1), 3):
            if image.pixelColor(x, y).lightness() < 90:
                count += 1
    return count


def test_worker_renders_and_the_view_shows_the_page(qtbot, service: RenderService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, service)
    assert view.accessibleName()
    with qtbot.waitSignal(service.page_rendered, timeout=WAIT_MS, check_params_cb=lambda d, p, s, i: p == 0) as got:
        view.set_document(DOC)
    doc_id, page, scale, image = got.args
    assert (doc_id, page) == (DOC, 0)
    assert scale == view.render_scale()
    assert image.format() == QImage.Format.Format_RGB32
    assert image.width() == pytest.approx(595 * scale, abs=1)
    assert view.fit_mode() is FitMode.WIDTH and view.current_page() == 0
    assert "Page 1 of 5" in view.accessibleDescription()

    shot = view.grab().toImage()
    shot.save(str(tmp_path / "viewer-page1.png"))
    rect = view.page_rect(0).toAlignedRect()
    assert rect.width() > 500
    ink = _ink_in(shot, (rect.left(), rect.top(), rect.right(), min(rect.bottom(), view.height())))
    assert ink > 500, "the painted page should show the rendered text, not a placeholder"


def test_placeholder_before_pixels(qtbot, qapp: QApplication, paper: bytes) -> None:  # type: ignore[no-untyped-def]
    """Without a worker nothing renders: the page is a white sheet with its number, not a blank or a crash."""
    idle = RenderService(start=False)
    try:
        view = _view(qtbot, idle)
        view.set_document(DOC)
        assert view.page_count() == 0  # sizes unknown until the worker answers
        shot = view.grab().toImage()
        assert shot.pixelColor(view.width() // 2, view.height() // 2) != Qt.GlobalColor.white
    finally:
        idle.shutdown()


def test_scrolling_to_a_page_renders_it_and_reports_it(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, service)
    _show(qtbot, view, service)
    with qtbot.waitSignal(view.current_page_changed, timeout=WAIT_MS) as changed:
        view.go_to_page(3)
    assert changed.args == [3]
    assert view.visible_pages()[0] == 3
    qtbot.waitUntil(lambda: service.cached(DOC, 3, view.render_scale()) is not None, timeout=WAIT_MS)
    # Only what is visible and the neighbours were asked for: nothing for page 0's far side.
    qtbot.waitUntil(lambda: service.pending_count == 0 and service.in_flight_count == 0, timeout=WAIT_MS)
    rendered = {key.page for key in service.cache._images}
    assert rendered <= {0, 1, 2, 3, 4}
    assert 3 in rendered and 4 in rendered  # visible, and the next page prefetched


def test_keyboard_moves_through_the_document(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, service)
    _show(qtbot, view, service)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page() == 4
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_page() == 0 and view.verticalScrollBar().value() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.verticalScrollBar().value() > view.viewport().height() / 2
    qtbot.keyClick(view, Qt.Key.Key_Right)  # no horizontal scrolling at fit width: next page
    assert view.current_page() == 1 or view.current_page() == 2
    page = view.current_page()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_page() == page - 1


def test_zoom_changes_the_rendered_scale(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, service)
    _show(qtbot, view, service)
    before = view.render_scale()
    view.zoom_in()
    after = view.render_scale()
    assert after == pytest.approx(before * DocumentView.ZOOM_STEP, rel=1e-3)
    assert view.fit_mode() is FitMode.NONE
    with qtbot.waitSignal(service.page_rendered, timeout=WAIT_MS, check_params_cb=lambda d, p, s, i: s == after) as got:
        pass
    assert got.args[3].width() == pytest.approx(595 * after, abs=1)
    assert view.horizontalScrollBar().maximum() > 0  # wider than the window now

    # Ctrl+wheel zooms too, around the cursor.
    zoom = view.zoom()
    wheel = QWheelEvent(
        QPointF(100, 100),
        QPointF(view.viewport().mapToGlobal(QPoint(100, 100))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(zoom * DocumentView.ZOOM_STEP)

    view.fit_page()
    assert view.page_rect(view.current_page()).height() <= view.viewport().height()
    view.fit_width()
    assert view.horizontalScrollBar().maximum() == 0


def test_high_zoom_renders_visible_tiles_not_the_whole_page(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, service, 500, 400)
    _show(qtbot, view, service)
    view.set_zoom(6.0)
    scale = view.render_scale()
    qtbot.waitUntil(
        lambda: any(key.clip is not None and key.scale == scale for key in service.cache._images), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: service.pending_count == 0 and service.in_flight_count == 0, timeout=WAIT_MS)
    assert service.cached(DOC, view.current_page(), scale) is None, "a 36 MP page was not rendered whole"
    tiles = [key for key in service.cache._images if key.clip is not None]
    assert all(service.cache.get(key).width() <= DocumentView.TILE_PIXELS for key in tiles)  # type: ignore[union-attr]


def test_stale_requests_are_dropped(qtbot, service: RenderService) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: service.page_sizes(DOC) is not None, timeout=WAIT_MS)
    scale = 0.3
    service.want([RenderKey(DOC, page, scale) for page in range(5)])
    service.want([RenderKey(DOC, 4, scale)])  # the user flung on to page 5
    assert service.pending_count <= 1
    qtbot.waitUntil(lambda: service.cached(DOC, 4, scale) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: service.in_flight_count == 0, timeout=WAIT_MS)
    rendered = {key.page for key in service.cache._images if key.scale == scale}
    # What was already in the pipe (at most max_in_flight) finished; the rest never cost a render.
    assert rendered - {4} <= {0, 1} and len(rendered) <= service.max_in_flight + 1


def test_image_cache_keeps_to_its_byte_limit(qapp: QApplication) -> None:
    image = QImage(100, 100, QImage.Format.Format_RGB32)  # 40 000 bytes
    cache = ImageCache(limit_bytes=100_000)
    for page in range(4):
        cache.put(RenderKey("d", page, 1.0), image)
    assert len(cache) == 2 and cache.size_bytes == 80_000
    assert cache.get(RenderKey("d", 0, 1.0)) is None and cache.get(RenderKey("d", 3, 1.0)) is not None
    cache.get(RenderKey("d", 2, 1.0))  # used: now the most recent
    cache.put(RenderKey("d", 9, 2.0), image)
    assert RenderKey("d", 2, 1.0) in cache and RenderKey("d", 3, 1.0) not in cache
    assert cache.best("d", 9) is not None and cache.best("d", 9)[0] == 2.0  # type: ignore[index]


def test_a_killed_worker_is_restarted_and_rendering_continues(qtbot, own_service: RenderService) -> None:  # type: ignore[no-untyped-def]
    service = own_service
    qtbot.waitUntil(lambda: service.page_sizes(DOC) is not None, timeout=WAIT_MS)
    assert service.request(DOC, 0, 0.5) is None
    qtbot.waitUntil(lambda: service.cached(DOC, 0, 0.5) is not None, timeout=WAIT_MS)
    old_pid = service.worker_pid
    assert old_pid is not None
    with qtbot.waitSignal(service.worker_restarted, timeout=WAIT_MS):
        os.kill(old_pid, signal.SIGKILL)
    assert service.worker_pid not in (None, old_pid)
    with qtbot.waitSignal(service.page_rendered, timeout=WAIT_MS, check_params_cb=lambda d, p, s, i: p == 2):
        service.request(DOC, 2, 0.5)
    assert service.cached(DOC, 0, 0.5) is not None, "the cache lives in the GUI process and survives"


def _our_segments(prefix: str) -> list[str]:
    return [name for name in os.listdir(SHM) if name.startswith(prefix)]


@pytest.mark.skipif(not SHM.is_dir(), reason="POSIX shared memory is not under /dev/shm here")
def test_shared_memory_is_unlinked_after_shutdown_and_holds_no_pdf(qtbot, qapp: QApplication, paper: bytes) -> None:  # type: ignore[no-untyped-def]
    started = time.time() - 1
    service = RenderService()
    try:
        service.open_document(DOC, paper)
        qtbot.waitUntil(lambda: service.page_sizes(DOC) is not None, timeout=WAIT_MS)
        for page in range(3):
            service.request(DOC, page, 0.8)
        qtbot.waitUntil(lambda: all(service.cached(DOC, p, 0.8) is not None for p in range(3)), timeout=WAIT_MS)
        names = _our_segments(service.segment_prefix)
        assert 1 <= len(names) <= service.max_in_flight

        # No plaintext PDF in shared memory at all, and none of this document's bytes in a file of the temp
        # folder written since the test began (other processes on the machine may write PDFs of their own there).
        needle = paper[len(paper) // 2 : len(paper) // 2 + 64]
        for place in (SHM, Path(tempfile.gettempdir())):
            for root, _dirs, files in os.walk(place):
                for name in files:
                    path = Path(root) / name
                    try:
                        stat = path.stat()
                        if place != SHM and (stat.st_mtime < started or stat.st_size > 256 * 1024 * 1024):
                            continue
                        data = path.read_bytes()
                    except OSError:
                        continue
                    assert needle not in data, f"{path} holds the document"
                    assert place != SHM or b"%PDF" not in data, f"{path} holds a PDF"
        # And the worker has no PDF open as a file: its mappings are libraries and our segments only.
        pid = service.worker_pid
        maps = Path(f"/proc/{pid}/maps")
        if maps.exists():
            mapped = {line.split(maxsplit=5)[-1] for line in maps.read_text().splitlines() if line.count(" ") >= 5}
            assert not [m for m in mapped if m.endswith(".pdf")]
    finally:
        service.shutdown()
    assert _our_segments(service.segment_prefix) == []


_CRASHING_APP = """
import os, signal
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication
from ecabinet.pdf.corpus import build_document
from ecabinet.ui.viewer import RenderService
app = QApplication([])
service = RenderService()
service.open_document("d", build_document(title="Crash", language="en", pages=2, seed=1))
service.request("d", 0, 1.0)
while service.cached("d", 0, 1.0) is None:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
print(service.segment_prefix, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not SHM.is_dir(), reason="POSIX shared memory is not under /dev/shm here")
def test_segments_are_unlinked_even_when_the_app_itself_is_killed(tmp_path: Path) -> None:
    """No shutdown() runs when the GUI process is SIGKILLed: the resource tracker must clean up."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _CRASHING_APP],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    prefix = result.stdout.split()[0]
    assert prefix.startswith("ecab")
    deadline = time.monotonic() + 10
    while _our_segments(prefix) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _our_segments(prefix) == []
