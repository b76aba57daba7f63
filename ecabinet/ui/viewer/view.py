"""`DocumentView`: the pages of one document in a continuous vertical scroll (or one page at a time), zoomable,
touch-friendly.

The view owns layout and interaction only. Pixels come from a `RenderService` (a worker process); the view asks
for what is visible each time that changes (which also cancels what was asked for before) and paints what the
cache has: the exact render, else the sharpest render of the page at another zoom stretched to fit, else a
white placeholder with the page number. At high zoom a whole-page render would be huge, so the view asks for a
modest whole page as a backdrop plus the visible tiles at full sharpness.

Single-page mode keeps the continuous layout and narrows the scroll range to the current page's slot, so zoom,
tiles and painting work the same way in both modes; turning the page moves the slot.

It remembers nothing between documents: the caller restores the last page with `go_to_page`.
"""

from __future__ import annotations

import bisect
import enum
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QGestureEvent, QPinchGesture, QScroller, QScrollerProperties, QWidget

from ecabinet.pdf.render import Clip, pixel_rect
from ecabinet.ui.viewer.renderer import RenderKey, RenderService

__all__ = ["DocumentView", "FitMode"]


class FitMode(enum.Enum):
    """How the zoom follows the window: not at all, the widest page fills the width, or a whole page fits."""

    NONE = "none"
    WIDTH = "width"
    PAGE = "page"


class DocumentView(QAbstractScrollArea):
    """Continuous vertical scroll of a document's pages with fit width / fit page / zoom, keyboard and touch."""

    current_page_changed = Signal(int)  # 0-based page index
    single_page_changed = Signal(bool)
    zoom_changed = Signal(float)  # logical pixels per point
    document_shown = Signal(str)  # doc_id: laid out (page sizes known)

    PAGE_GAP = 12  # logical pixels between pages
    MARGIN = 12  # around the column of pages
    MIN_ZOOM = 0.1
    MAX_ZOOM = 8.0
    ZOOM_STEP = 1.25
    TILE_PIXELS = 1024  # device pixels per side of a high-zoom tile
    FULL_PAGE_PIXELS = 6_000_000  # above this many device pixels a page is drawn as backdrop + visible tiles
    PREFETCH_AFTER = 2
    PREFETCH_BEFORE = 1
    RENDER_DELAY_MS = 90  # while a zoom gesture is going on, wait for it to settle before rendering
    WHEEL_TURN = 240  # wheel units pushed past a page's edge that turn the page in single-page mode (two notches)

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._doc_id: str | None = None
        self._sizes: list[tuple[float, float]] = []
        self._tops: list[float] = []  # each page's top in content coordinates (logical pixels)
        self._content = QSize(0, 0)
        self._zoom = 1.0
        self._fit = FitMode.WIDTH
        self._current = -1
        self._held_page: tuple[int, int] | None = None  # (page, scroll value) set by go_to_page
        self._pending_page: int | None = None  # go_to_page before the document was laid out
        self._single = False  # one page at a time instead of a continuous scroll
        self._single_page = 0
        self._wheel_push = 0  # wheel units pushed past the edge of the page (single-page mode)
        self.paint_count = 0  # paint events handled (benchmarks and tests check real painting happened)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Document pages"))
        self.viewport().setAccessibleName(self.tr("Document pages"))
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(48)
        self.horizontalScrollBar().setSingleStep(48)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)

        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.timeout.connect(self._request_visible)

        # Touch: kinetic flicks with one finger, pinch to zoom with two.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        scroller = QScroller.scroller(self.viewport())
        properties = scroller.scrollerProperties()
        off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
        scroller.setScrollerProperties(properties)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)

        service.page_rendered.connect(self._on_rendered)
        service.clip_rendered.connect(self._on_clip_rendered)
        service.document_opened.connect(self._on_document_opened)

    # ---------------------------------------------------------------------------------------------------------
    # Public API
    # ---------------------------------------------------------------------------------------------------------

    @property
    def doc_id(self) -> str | None:
        return self._doc_id

    def set_document(self, doc_id: str | None) -> None:
        """Show the document the service knows as `doc_id` (opened there by the caller); None shows nothing."""
        self._doc_id = doc_id
        self._sizes = []
        self._current = -1
        self._held_page = None
        self._pending_page = None
        sizes = self._service.page_sizes(doc_id) if doc_id is not None else None
        if sizes is not None:
            self._show_sizes(sizes)
        else:
            self._relayout()
            self.viewport().update()

    def page_count(self) -> int:
        return len(self._sizes)

    def current_page(self) -> int:
        """The 0-based page the reader is on (-1 without a document)."""
        return self._current

    def zoom(self) -> float:
        """Logical pixels per PDF point (1.0 is 72 dpi at 100% on a standard screen)."""
        return self._zoom

    def fit_mode(self) -> FitMode:
        return self._fit

    def render_scale(self) -> float:
        """Device pixels per point the view asks the renderer for (zoom times the screen's pixel ratio)."""
        return round(self._zoom * self.devicePixelRatioF(), 4)

    def set_fit_mode(self, mode: FitMode) -> None:
        """Follow the window's width, or show the whole current page (scrolled to its top)."""
        self._fit = mode
        if mode is not FitMode.NONE:
            page = self._current
            self._apply_zoom(self._fit_zoom(), anchor=None)
            if mode is FitMode.PAGE and page >= 0:
                self.go_to_page(page)

    def fit_width(self) -> None:
        self.set_fit_mode(FitMode.WIDTH)

    def fit_page(self) -> None:
        self.set_fit_mode(FitMode.PAGE)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to `zoom` keeping the point under `anchor` (viewport coordinates; default the centre) still."""
        self._fit = FitMode.NONE
        self._apply_zoom(zoom, anchor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / self.ZOOM_STEP)

    def is_single_page(self) -> bool:
        return self._single

    def set_single_page(self, single: bool) -> None:
        """Show one page at a time (turned with Page Down/Up, the arrow keys or the wheel) or all in a column."""
        if single == self._single:
            return
        page = max(0, self._current)
        self._single = single
        self._wheel_push = 0
        if self._sizes:
            self._relayout()
            self.go_to_page(page)
            self.viewport().update()
        self.single_page_changed.emit(single)

    def next_page(self) -> None:
        self.go_to_page(self._current + 1)

    def previous_page(self) -> None:
        self.go_to_page(self._current - 1)

    def go_to_page(self, page: int) -> None:
        """Scroll so that `page` (0-based) starts at the top; works before the document is laid out, too."""
        if not self._sizes:
            self._pending_page = page
            return
        page = max(0, min(page, len(self._sizes) - 1))
        bar = self.verticalScrollBar()
        if self._single:
            self._single_page = page
            self._wheel_push = 0
            self._relayout()
            bar.setValue(bar.minimum())
            self._held_page = (page, bar.value())
            self._update_current()
            self.viewport().update()
            self._schedule_requests()
            return
        bar.setValue(0 if page == 0 else round(self._tops[page] - self.PAGE_GAP / 2))
        self._held_page = (page, bar.value())
        self._update_current()
        self._schedule_requests()

    def visible_pages(self) -> list[int]:
        """The pages at least partly in the viewport, top to bottom."""
        if not self._sizes:
            return []
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        if self._single:
            page = self._single_page
            return [page] if self._tops[page] < bottom and self._tops[page] + self._page_height(page) > top else []
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        pages: list[int] = []
        for page in range(first, len(self._sizes)):
            if self._tops[page] >= bottom:
                break
            if self._tops[page] + self._page_height(page) > top:
                pages.append(page)
        return pages

    def page_rect(self, page: int) -> QRectF:
        """Where `page` is drawn, in viewport coordinates (logical pixels)."""
        width, height = self._sizes[page]
        x = self._column_left() + (self._content.width() - 2 * self.MARGIN - width * self._zoom) / 2
        return QRectF(
            x - self.horizontalScrollBar().value(),
            self._tops[page] - self.verticalScrollBar().value(),
            width * self._zoom,
            height * self._zoom,
        )

    # ---------------------------------------------------------------------------------------------------------
    # Layout
    # ---------------------------------------------------------------------------------------------------------

    def _show_sizes(self, sizes: list[tuple[float, float]]) -> None:
        self._sizes = list(sizes)
        if self._fit is not FitMode.NONE:
            self._zoom = self._fit_zoom()
        self._relayout()
        page, self._pending_page = self._pending_page, None
        self.go_to_page(page or 0)
        self.viewport().update()
        self.zoom_changed.emit(self._zoom)
        if self._doc_id is not None:
            self.document_shown.emit(self._doc_id)

    def _page_height(self, page: int) -> float:
        return self._sizes[page][1] * self._zoom

    def _column_left(self) -> float:
        """Left edge of the page column: centred when the viewport is wider than the pages."""
        spare = self.viewport().width() - self._content.width()
        return self.MARGIN + max(0, spare) / 2

    def _relayout(self) -> None:
        """Recompute page positions and scroll ranges for the current zoom."""
        self._tops = []
        y = float(self.MARGIN)
        widest = 0.0
        for width, height in self._sizes:
            self._tops.append(y)
            y += height * self._zoom + self.PAGE_GAP
            widest = max(widest, width * self._zoom)
        total_height = y - self.PAGE_GAP + self.MARGIN if self._sizes else 0
        self._content = QSize(math.ceil(widest + 2 * self.MARGIN), math.ceil(total_height))
        viewport = self.viewport().size()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setPageStep(max(1, viewport.height()))
        hbar.setPageStep(max(1, viewport.width()))
        vbar.setRange(0, max(0, self._content.height() - viewport.height()))
        hbar.setRange(0, max(0, self._content.width() - viewport.width()))
        if self._single and self._sizes:
            # The scroll range is the current page's slot; a page shorter than the window stays at its top.
            page = self._single_page = max(0, min(self._single_page, len(self._sizes) - 1))
            low = max(0, round(self._tops[page] - self.MARGIN))
            high = round(self._tops[page] + self._page_height(page) + self.MARGIN) - viewport.height()
            vbar.setRange(low, max(low, high))

    def _fit_zoom(self) -> float:
        if not self._sizes:
            return self._zoom
        viewport = self.viewport().size()
        widest = max(width for width, _height in self._sizes)
        # Leave room for the vertical scroll bar that continuous scroll nearly always shows.
        bar = 0 if self.verticalScrollBar().isVisible() else self.verticalScrollBar().sizeHint().width()
        zoom = (viewport.width() - bar - 2 * self.MARGIN) / widest
        if self._fit is FitMode.PAGE:
            page = max(0, self._current)
            zoom = min(zoom, (viewport.height() - 2 * self.MARGIN) / self._sizes[page][1])
        return max(self.MIN_ZOOM, min(self.MAX_ZOOM, zoom))

    def _apply_zoom(self, zoom: float, anchor: QPointF | None, *, render_now: bool = True) -> None:
        zoom = max(self.MIN_ZOOM, min(self.MAX_ZOOM, zoom))
        if not self._sizes:
            self._zoom = zoom
            return
        if anchor is None:
            anchor = QPointF(
                self.viewport().width() / 2, 0 if self._fit is not FitMode.NONE else self.viewport().height() / 2
            )
        # The point under the anchor, in page points, stays under the anchor.
        content_y = self.verticalScrollBar().value() + anchor.y()
        page = max(0, bisect.bisect_right(self._tops, content_y) - 1)
        page_rect = self.page_rect(page)
        point_x = (anchor.x() - page_rect.x()) / self._zoom
        point_y = (content_y - self._tops[page]) / self._zoom
        changed = not math.isclose(zoom, self._zoom)
        self._zoom = zoom
        self._relayout()
        self.verticalScrollBar().setValue(round(self._tops[page] + point_y * zoom - anchor.y()))
        new_rect = self.page_rect(page)
        self.horizontalScrollBar().setValue(
            round(self.horizontalScrollBar().value() + new_rect.x() + point_x * zoom - anchor.x())
        )
        self._held_page = None
        self._update_current()
        self.viewport().update()
        if changed:
            self.zoom_changed.emit(zoom)
        self._schedule_requests(0 if render_now else self.RENDER_DELAY_MS)

    # ---------------------------------------------------------------------------------------------------------
    # Rendering requests
    # ---------------------------------------------------------------------------------------------------------

    def _schedule_requests(self, delay_ms: int = 0) -> None:
        """Ask for renders once the event loop is idle (many scroll events collapse into one request)."""
        self._request_timer.start(delay_ms)

    def _keys_for(self, page: int, scale: float, *, tiles: bool) -> list[RenderKey]:
        """What to render for `page`: the whole page, or at high zoom a backdrop and (if `tiles`) visible tiles."""
        assert self._doc_id is not None
        width, height = self._sizes[page]
        pixels = width * height * scale * scale
        if pixels <= self.FULL_PAGE_PIXELS:
            return [RenderKey(self._doc_id, page, scale)]
        keys = [RenderKey(self._doc_id, page, self._backdrop_scale(page))]
        if tiles:
            keys[:0] = [RenderKey(self._doc_id, page, scale, clip) for clip in self._visible_tiles(page, scale)]
        return keys

    def _backdrop_scale(self, page: int) -> float:
        width, height = self._sizes[page]
        return round(math.sqrt(self.FULL_PAGE_PIXELS / (width * height)) * 0.999, 4)

    def _visible_tiles(self, page: int, scale: float) -> list[Clip]:
        """The tile grid cells (in points) of `page` that overlap the viewport at render scale `scale`."""
        width, height = self._sizes[page]
        rect = self.page_rect(page)
        view = QRectF(self.viewport().rect())
        visible = rect.intersected(view)
        if visible.isEmpty():
            return []
        tile = self.TILE_PIXELS / scale  # points per tile side
        x0 = (visible.left() - rect.left()) / self._zoom
        x1 = (visible.right() - rect.left()) / self._zoom
        y0 = (visible.top() - rect.top()) / self._zoom
        y1 = (visible.bottom() - rect.top()) / self._zoom
        clips: list[Clip] = []
        for row in range(int(y0 // tile), int(min(y1, height - 1e-6) // tile) + 1):
            for column in range(int(x0 // tile), int(min(x1, width - 1e-6) // tile) + 1):
                clips.append(
                    (column * tile, row * tile, min((column + 1) * tile, width), min((row + 1) * tile, height))
                )
        return clips

    @Slot()
    def _request_visible(self) -> None:
        if self._doc_id is None or not self._sizes:
            return
        scale = self.render_scale()
        pages = self.visible_pages()
        visible: list[RenderKey] = []
        for page in pages:
            visible.extend(self._keys_for(page, scale, tiles=True))
        prefetch: list[RenderKey] = []
        if pages:
            after = range(pages[-1] + 1, min(len(self._sizes), pages[-1] + 1 + self.PREFETCH_AFTER))
            before = range(max(0, pages[0] - self.PREFETCH_BEFORE), pages[0])
            for page in [*after, *reversed(before)]:
                prefetch.extend(self._keys_for(page, scale, tiles=False))
        self._service.want(visible, prefetch)

    @Slot(str, int, float, QImage)
    def _on_rendered(self, doc_id: str, page: int, _scale: float, _image: QImage) -> None:
        if doc_id == self._doc_id and 0 <= page < len(self._sizes):
            self.viewport().update(self.page_rect(page).toAlignedRect())

    @Slot(str, int, float, object, QImage)
    def _on_clip_rendered(self, doc_id: str, page: int, scale: float, _clip: object, image: QImage) -> None:
        self._on_rendered(doc_id, page, scale, image)

    @Slot(str)
    def _on_document_opened(self, doc_id: str) -> None:
        if doc_id == self._doc_id and not self._sizes:
            sizes = self._service.page_sizes(doc_id)
            if sizes is not None:
                self._show_sizes(sizes)

    # ---------------------------------------------------------------------------------------------------------
    # Painting
    # ---------------------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Mid))
        if self._doc_id is None or not self._sizes:
            painter.end()
            return
        scale = self.render_scale()
        dpr = self.devicePixelRatioF()
        border = QPen(QColor(0, 0, 0, 70))
        border.setWidth(1)
        for page in self.visible_pages():
            rect = self.page_rect(page)
            if not rect.intersects(QRectF(event.rect())):
                continue
            painter.fillRect(rect, Qt.GlobalColor.white)
            if not self._paint_page(painter, page, rect, scale, dpr):
                self._paint_placeholder(painter, page, rect)
            painter.setPen(border)
            painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()

    def _paint_page(self, painter: QPainter, page: int, rect: QRectF, scale: float, dpr: float) -> bool:
        """Draw the best pixels the cache has for `page`; False when there are none (placeholder then)."""
        assert self._doc_id is not None
        keys = self._keys_for(page, scale, tiles=True)
        exact = self._service.cached(self._doc_id, page, scale)
        if exact is not None:
            painter.drawImage(rect, exact)
            return True
        drawn = False
        backdrop = next((key for key in keys if key.clip is None), None)
        image = self._service.cache.get(backdrop) if backdrop is not None else None
        fallback = (backdrop.scale, image) if backdrop is not None and image is not None else None
        if fallback is None:
            fallback = self._service.best_cached(self._doc_id, page)
        if fallback is not None:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, fallback[1])
            painter.restore()
            drawn = True
        for key in keys:
            if key.clip is None:
                continue
            tile = self._service.cache.get(key)
            if tile is None:
                continue
            x0, y0, x1, y1 = pixel_rect(self._sizes[page], scale, key.clip)
            painter.drawImage(QRectF(rect.x() + x0 / dpr, rect.y() + y0 / dpr, (x1 - x0) / dpr, (y1 - y0) / dpr), tile)
            drawn = True
        return drawn

    def _paint_placeholder(self, painter: QPainter, page: int, rect: QRectF) -> None:
        painter.save()
        painter.setPen(QColor(150, 150, 150))
        font = painter.font()
        font.setPointSizeF(max(9.0, min(28.0, rect.height() / 30)))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Page %1").replace("%1", str(page + 1)))
        painter.restore()

    # ---------------------------------------------------------------------------------------------------------
    # Current page
    # ---------------------------------------------------------------------------------------------------------

    def _update_current(self) -> None:
        page = self._compute_current()
        if page != self._current:
            self._current = page
            total = len(self._sizes)
            self.setAccessibleDescription(
                self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(total)) if page >= 0 else ""
            )
            self.current_page_changed.emit(page)

    def _compute_current(self) -> int:
        """The page shown largest in the viewport (or the one `go_to_page` chose, until the view moves)."""
        if not self._sizes:
            return -1
        if self._single:
            return self._single_page
        top = self.verticalScrollBar().value()
        if self._held_page is not None and self._held_page[1] == top:
            return self._held_page[0]
        bottom = top + self.viewport().height()
        best, best_height = -1, -1.0
        for page in self.visible_pages():
            shown = min(bottom, self._tops[page] + self._page_height(page)) - max(top, self._tops[page])
            if shown > best_height + 0.5:
                best, best_height = page, shown
        return best if best >= 0 else max(0, bisect.bisect_right(self._tops, top) - 1)

    @Slot()
    def _on_scrolled(self) -> None:
        self._update_current()
        self.viewport().update()
        self._schedule_requests()

    # ---------------------------------------------------------------------------------------------------------
    # Input
    # ---------------------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit is not FitMode.NONE and self._sizes:
            self._apply_zoom(self._fit_zoom(), anchor=QPointF(0, 0))
        else:
            self._relayout()
            self._schedule_requests()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._fit = FitMode.NONE
                self._apply_zoom(self._zoom * self.ZOOM_STEP**steps, event.position())
            event.accept()
            return
        if self._single and self._sizes and self._wheel_turns_page(event.angleDelta().y()):
            event.accept()
            return
        super().wheelEvent(event)

    def _wheel_turns_page(self, delta: int) -> bool:
        """Single-page mode: a wheel pushed on past the top or bottom of the page turns it (True when it did)."""
        bar = self.verticalScrollBar()
        at_edge = (delta < 0 and bar.value() >= bar.maximum()) or (delta > 0 and bar.value() <= bar.minimum())
        if not at_edge or delta == 0:
            self._wheel_push = 0
            return False
        if (self._wheel_push < 0) != (delta < 0):
            self._wheel_push = 0
        self._wheel_push += delta
        if abs(self._wheel_push) < self.WHEEL_TURN:
            return True
        forward = delta < 0
        self.go_to_page(self._current + (1 if forward else -1))
        if not forward:
            bar.setValue(bar.maximum())  # coming back up lands at the bottom of the previous page
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        page_step = max(1, self.viewport().height() - 2 * vbar.singleStep())
        if control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif control and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.fit_width()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            if self._single and vbar.value() >= vbar.maximum():
                self.next_page()
            else:
                vbar.setValue(vbar.value() + page_step)
        elif key == Qt.Key.Key_PageUp:
            if self._single and vbar.value() <= vbar.minimum() and self._current > 0:
                self.previous_page()
                vbar.setValue(vbar.maximum())
            else:
                vbar.setValue(vbar.value() - page_step)
        elif key == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif key == Qt.Key.Key_End:
            if self._single:
                self.go_to_page(len(self._sizes) - 1)
            vbar.setValue(vbar.maximum())
        elif key == Qt.Key.Key_Down:
            vbar.setValue(vbar.value() + vbar.singleStep())
        elif key == Qt.Key.Key_Up:
            vbar.setValue(vbar.value() - vbar.singleStep())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            forward = key == Qt.Key.Key_Right
            if hbar.maximum() > 0:
                hbar.setValue(hbar.value() + (hbar.singleStep() if forward else -hbar.singleStep()))
            elif self._sizes:
                self.go_to_page(self._current + (1 if forward else -1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._pinch(pinch)
                event.accept(pinch)
                return True
        return super().viewportEvent(event)

    def _pinch(self, pinch: QPinchGesture) -> None:
        """Zoom with two fingers around their centre; render sharp pages once the fingers stop."""
        if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            center = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
            self._fit = FitMode.NONE
            finished = pinch.state() == Qt.GestureState.GestureFinished
            self._apply_zoom(self._zoom * pinch.scaleFactor(), QPointF(center), render_now=finished)

    def sizeHint(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableSize() if screen is not None else QSize(1024, 768)
        return QSize(min(900, available.width()), min(1000, available.height()))
