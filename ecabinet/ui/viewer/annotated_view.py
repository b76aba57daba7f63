"""`AnnotatedDocumentView`: the page view with annotations drawn over the pages and the tools that make them.

Annotations are data, not pixels of the page (the page is rendered with `annots=False`): each paint draws them
over the rendered pages from their geometry in page points, so they stay sharp at every zoom and move with the
text when a new version comes. The view makes annotations and says so (`annotation_finished`,
`erase_requested`, `note_requested`); storing them, undo and sharing are its owner's business.

Input, as a person with a tablet expects it:
- the pen (a QTabletEvent, with pressure) draws with the pen and highlighter tools; the event is accepted so Qt
  does not also send a mouse event for it;
- a finger pans and flicks (QScroller) whatever the tool, so reading goes on while the pen is in hand;
- a mouse draws like a pen with middle pressure;
- in reading mode a tap on an annotation offers what can be done with it (`annotation_activated`).

A stroke in progress is handed out every `DRAFT_INTERVAL_MS` as a draft (`annotation_drafted`), so a crash in the
middle of a long stroke loses at most that much of it.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTabletEvent,
)
from PySide6.QtWidgets import QWidget

from ecabinet.core.annotations import Annotation, BoxGeometry, InkGeometry, PointGeometry, RectsGeometry
from ecabinet.pdf.render import Word
from ecabinet.ui.viewer.marking import (
    NOTE_ICON_POINTS,
    anchor_for,
    hit,
    line_rects,
    nearest_word,
    thin_stroke,
    words_between,
)
from ecabinet.ui.viewer.renderer import RenderService
from ecabinet.ui.viewer.view import DocumentView

__all__ = ["PALETTE", "AnnotatedDocumentView", "ShownAnnotation", "Tool"]

#: The colours offered for marking: readable highlights on white paper, distinct for colour-blind readers.
PALETTE = ("#E03C31", "#1F6FD1", "#1E8E3E", "#F2B705", "#8E44AD")
HIGHLIGHT_ALPHA = 96
PEN_WIDTH_POINTS = 1.6
HIGHLIGHTER_PEN_POINTS = 12.0  # a highlighter used freehand on a page without text


class Tool(enum.Enum):
    READ = "read"
    PEN = "pen"
    HIGHLIGHTER = "highlighter"
    NOTE = "note"
    ERASER = "eraser"


@dataclass(frozen=True)
class ShownAnnotation:
    """An annotation as the reader sees it: whose it is (mine, or a colleague's shared one) and its state."""

    annotation: Annotation
    mine: bool = True
    author: str = ""
    #: Why it could not be placed on the newest version (None when placed): shown faded, on the old version.
    review: str | None = None


class AnnotatedDocumentView(DocumentView):
    """A `DocumentView` that draws annotations and lets the reader make them with the current tool."""

    annotation_drafted = Signal(object)  # Annotation: a stroke still being drawn (saved so a crash loses little)
    annotation_finished = Signal(object)  # Annotation: a finished stroke or highlight
    note_requested = Signal(int, float, float)  # page, x, y in points: ask for the note's text
    erase_requested = Signal(list)  # ids of my annotations the eraser touched
    annotation_activated = Signal(object, QPoint)  # ShownAnnotation tapped in reading mode, global position

    DRAFT_INTERVAL_MS = 500
    TOUCH_TOLERANCE_PX = 12  # how far from an annotation a tap or the eraser still counts

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._tool = Tool.READ
        self._colour = PALETTE[0]
        self._share_new = False
        self._target: tuple[str, str] | None = None  # (document id, sha) new annotations belong to
        self._shown: list[ShownAnnotation] = []
        # The stroke or highlight being made: page, points (x, y, pressure), the id it will keep.
        self._stroke_page = -1
        self._stroke: list[tuple[float, float, float]] = []
        self._stroke_id: str | None = None
        self._stroke_created: Annotation | None = None
        self._highlight_start: int | None = None
        self._highlight_words: list[int] = []
        self._erased: set[str] = set()
        self._pen_down = False
        self._erasing = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(self.DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self._emit_draft)
        service.words_ready.connect(self._on_words_ready)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)

    # ---------------------------------------------------------------------------------------------------------
    # What the owner sets
    # ---------------------------------------------------------------------------------------------------------

    def set_target(self, document_id: str | None, sha: str = "") -> None:
        """The document version new annotations are made on (None: marking is off)."""
        self._cancel_mark()
        self._target = (document_id, sha) if document_id and sha else None

    def set_annotations(self, shown: Sequence[ShownAnnotation]) -> None:
        self._shown = list(shown)
        self.viewport().update()

    def annotations(self) -> list[ShownAnnotation]:
        return list(self._shown)

    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        self._cancel_mark()
        self._tool = tool
        cursor = {
            Tool.READ: Qt.CursorShape.ArrowCursor,
            Tool.PEN: Qt.CursorShape.CrossCursor,
            Tool.HIGHLIGHTER: Qt.CursorShape.IBeamCursor,
            Tool.NOTE: Qt.CursorShape.PointingHandCursor,
            Tool.ERASER: Qt.CursorShape.CrossCursor,
        }[tool]
        self.viewport().setCursor(cursor)

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour.upper()

    def set_share_new(self, share: bool) -> None:
        """Whether what is made from now on is shared with the meeting's participants (private by default)."""
        self._share_new = share

    def share_new(self) -> bool:
        return self._share_new

    # ---------------------------------------------------------------------------------------------------------
    # Coordinates
    # ---------------------------------------------------------------------------------------------------------

    def page_at(self, pos: QPointF) -> tuple[int, float, float] | None:
        """The page under a viewport position and the point on it in page points (None between pages)."""
        for page in self.visible_pages():
            rect = self.page_rect(page)
            if rect.contains(pos):
                zoom = self.zoom()
                return page, (pos.x() - rect.x()) / zoom, (pos.y() - rect.y()) / zoom
        return None

    def view_point(self, page: int, x: float, y: float) -> QPointF:
        rect = self.page_rect(page)
        return QPointF(rect.x() + x * self.zoom(), rect.y() + y * self.zoom())

    def _clamped(self, page: int, pos: QPointF) -> tuple[float, float]:
        rect = self.page_rect(page)
        zoom = self.zoom()
        x = min(max(pos.x(), rect.left()), rect.right())
        y = min(max(pos.y(), rect.top()), rect.bottom())
        return (x - rect.x()) / zoom, (y - rect.y()) / zoom

    # ---------------------------------------------------------------------------------------------------------
    # Input
    # ---------------------------------------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease)
            and isinstance(event, QTabletEvent)
            and self._tool is not Tool.READ
            and self._target is not None
        ):
            pressure = event.pressure() if event.pointerType() != event.pointerType().Eraser else 0.5
            eraser_end = event.pointerType() == event.pointerType().Eraser
            if kind == QEvent.Type.TabletPress:
                self._press(event.position(), pressure, erase=eraser_end)
            elif kind == QEvent.Type.TabletMove:
                self._move(event.position(), pressure)
            else:
                self._release(event.position(), pressure)
            event.accept()  # no synthesised mouse event for what the pen already did
            return True
        return super().viewportEvent(event)

    @staticmethod
    def _from_touch(event: QMouseEvent) -> bool:
        """A mouse event Qt made up from a finger: fingers pan, they never draw."""
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._from_touch(event):
            if self._tool is Tool.READ:
                if self._activate_at(event.position(), event.globalPosition().toPoint()):
                    event.accept()
                    return
            elif self._target is not None:
                self._press(event.position(), 0.5)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pen_down and not self._from_touch(event):
            self._move(event.position(), 0.5)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pen_down and event.button() == Qt.MouseButton.LeftButton and not self._from_touch(event):
            self._release(event.position(), 0.5)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _press(self, pos: QPointF, pressure: float, *, erase: bool = False) -> None:
        where = self.page_at(pos)
        if where is None:
            return
        page, x, y = where
        tool = Tool.ERASER if erase else self._tool
        if tool is Tool.NOTE:
            self.note_requested.emit(page, x, y)
            return
        self._pen_down = True
        self._stroke_page = page
        if tool is Tool.ERASER:
            self._erased = set()
            self._erase_at(page, x, y)
            self._erasing = True
            return
        self._erasing = False
        if tool is Tool.HIGHLIGHTER:
            words = self._words(page)
            if words:
                self._highlight_start = nearest_word(words, x, y)
                self._highlight_words = [self._highlight_start] if self._highlight_start is not None else []
                self.viewport().update()
                return
        self._stroke = [(x, y, pressure)]
        self._draft_timer.start()
        self.viewport().update()

    def _move(self, pos: QPointF, pressure: float) -> None:
        if not self._pen_down:
            return
        page = self._stroke_page
        x, y = self._clamped(page, pos)
        if self._erasing:
            self._erase_at(page, x, y)
            return
        if self._highlight_start is not None:
            words = self._words(page) or ()
            end = nearest_word(words, x, y)
            if end is not None:
                self._highlight_words = words_between(self._highlight_start, end)
                self.viewport().update()
            return
        last = self._stroke[-1] if self._stroke else None
        if last is None or math.hypot(x - last[0], y - last[1]) * self.zoom() >= 0.75:
            self._stroke.append((x, y, max(0.05, min(1.0, pressure))))
            self.viewport().update()

    def _release(self, pos: QPointF, pressure: float) -> None:
        if not self._pen_down:
            return
        self._move(pos, pressure)
        self._pen_down = False
        self._draft_timer.stop()
        if self._erasing:
            self._erasing = False
            if self._erased:
                self.erase_requested.emit(sorted(self._erased))
            self._erased = set()
            return
        finished = self._current_mark(final=True)
        self._cancel_mark()
        if finished is not None:
            self.annotation_finished.emit(finished)

    def _emit_draft(self) -> None:
        draft = self._current_mark(final=False)
        if draft is not None:
            self.annotation_drafted.emit(draft)

    def _current_mark(self, *, final: bool) -> Annotation | None:
        """The annotation the pen has made so far (same id for every draft and the final one)."""
        if self._target is None or self._stroke_page < 0:
            return None
        document_id, sha = self._target
        page = self._stroke_page
        if self._highlight_start is not None:
            words = self._words(page) or ()
            if not self._highlight_words or not words:
                return None
            geometry: RectsGeometry | InkGeometry = RectsGeometry(line_rects(words, self._highlight_words))
            kind, anchor = "highlight", anchor_for(words, self._highlight_words)
        else:
            if not self._stroke:
                return None
            points = thin_stroke(self._stroke, 0.4) if final else tuple(self._stroke)
            width = HIGHLIGHTER_PEN_POINTS if self._tool is Tool.HIGHLIGHTER else PEN_WIDTH_POINTS
            geometry, kind, anchor = InkGeometry((points,), width), "ink", None
        if self._stroke_id is None:
            created = Annotation.new(
                document_id=document_id,
                sha256=sha,
                page=page,
                kind=kind,  # type: ignore[arg-type]
                color=self._colour,
                geometry=geometry,
                anchor=anchor,
                shared=self._share_new,
            )
            self._stroke_id = created.id
            self._stroke_created = created
            return created
        assert self._stroke_created is not None
        return self._stroke_created.with_changes(geometry=geometry, anchor=anchor, kind=kind)

    def _cancel_mark(self) -> None:
        self._pen_down = False
        self._draft_timer.stop()
        self._stroke = []
        self._stroke_page = -1
        self._stroke_id = None
        self._stroke_created = None
        self._highlight_start = None
        self._highlight_words = []
        self.viewport().update()

    def _erase_at(self, page: int, x: float, y: float) -> None:
        tolerance = self.TOUCH_TOLERANCE_PX / self.zoom()
        for shown in self._shown:
            a = shown.annotation
            if shown.mine and a.page == page and a.id not in self._erased and hit(a, x, y, tolerance):
                self._erased.add(a.id)
        self.viewport().update()

    def annotation_at(self, pos: QPointF) -> ShownAnnotation | None:
        """The topmost annotation under a viewport position (the last drawn wins)."""
        where = self.page_at(pos)
        if where is None:
            return None
        page, x, y = where
        tolerance = self.TOUCH_TOLERANCE_PX / self.zoom()
        for shown in reversed(self._shown):
            if shown.annotation.page == page and hit(shown.annotation, x, y, tolerance):
                return shown
        return None

    def _activate_at(self, pos: QPointF, global_pos: QPoint) -> bool:
        shown = self.annotation_at(pos)
        if shown is None:
            return False
        self.annotation_activated.emit(shown, global_pos)
        return True

    # ---------------------------------------------------------------------------------------------------------
    # Words for the highlighter (from the render worker, asked for when a page shows)
    # ---------------------------------------------------------------------------------------------------------

    def _words(self, page: int) -> tuple[Word, ...] | None:
        if self.doc_id is None:
            return None
        return self._service.words(self.doc_id, page)

    def _on_words_ready(self, doc_id: str, _page: int, _words: object) -> None:
        if doc_id == self.doc_id and self._tool is Tool.HIGHLIGHTER:
            self.viewport().update()

    def _request_visible(self) -> None:
        super()._request_visible()
        if self._tool is Tool.HIGHLIGHTER and self.doc_id is not None:
            for page in self.visible_pages():
                self._service.words(self.doc_id, page)

    # ---------------------------------------------------------------------------------------------------------
    # Painting
    # ---------------------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.doc_id is None or not self.page_count():
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = set(self.visible_pages())
        for shown in self._shown:
            a = shown.annotation
            if a.page in pages and a.id not in self._erased and a.id != self._stroke_id:
                self._paint_annotation(painter, shown)
        live = self._current_mark(final=False) if self._pen_down else None
        if live is not None and live.page in pages:
            self._paint_annotation(painter, ShownAnnotation(live))
        painter.end()

    def _paint_annotation(self, painter: QPainter, shown: ShownAnnotation) -> None:
        a = shown.annotation
        colour = QColor(a.color)
        page_rect = self.page_rect(a.page)
        zoom = self.zoom()
        painter.save()
        painter.translate(page_rect.topLeft())
        painter.scale(zoom, zoom)
        if shown.review is not None:
            painter.setOpacity(0.45)
        geometry = a.geometry
        if isinstance(geometry, RectsGeometry):
            if a.kind == "underline":
                pen = QPen(colour, 1.2)
                painter.setPen(pen)
                for x0, _y0, x1, y1 in geometry.rects:
                    painter.drawLine(QPointF(x0, y1), QPointF(x1, y1))
            else:
                fill = QColor(colour)
                fill.setAlpha(HIGHLIGHT_ALPHA)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                for x0, y0, x1, y1 in geometry.rects:
                    painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), fill)
        elif isinstance(geometry, InkGeometry):
            self._paint_ink(painter, geometry, colour, highlighter=geometry.width >= HIGHLIGHTER_PEN_POINTS)
        elif isinstance(geometry, PointGeometry):
            self._paint_note(painter, geometry.point, colour, zoom)
        elif isinstance(geometry, BoxGeometry):
            x0, y0, x1, y1 = geometry.rect
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(QBrush(QColor(255, 255, 240)))
            box = QRectF(x0, y0, x1 - x0, y1 - y0)
            painter.drawRect(box)
            painter.setPen(QColor("#1B2733"))
            painter.drawText(box.adjusted(3, 2, -3, -2), Qt.TextFlag.TextWordWrap, a.text)
        painter.restore()

    @staticmethod
    def _paint_ink(painter: QPainter, geometry: InkGeometry, colour: QColor, *, highlighter: bool) -> None:
        """Each segment as wide as the pressure at its start (round caps join them smoothly)."""
        if highlighter:
            colour = QColor(colour)
            colour.setAlpha(HIGHLIGHT_ALPHA)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        for stroke in geometry.strokes:
            if len(stroke) == 1:
                x, y, p = stroke[0]
                radius = geometry.width * (0.4 + 0.6 * p) / 2
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x, y), radius, radius)
                continue
            if highlighter:
                path = QPainterPath(QPointF(stroke[0][0], stroke[0][1]))
                for x, y, _p in stroke[1:]:
                    path.lineTo(x, y)
                pen = QPen(colour, geometry.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.strokePath(path, pen)
                continue
            for (x0, y0, p0), (x1, y1, p1) in itertools.pairwise(stroke):
                width = geometry.width * (0.4 + 0.6 * (p0 + p1) / 2)
                pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    @staticmethod
    def _paint_note(painter: QPainter, point: tuple[float, float], colour: QColor, zoom: float) -> None:
        """A sticky-note icon with a folded corner, the same size on screen at every zoom (like a PDF note)."""
        x, y = point
        side = NOTE_ICON_POINTS
        fold = side / 3
        shape = QPolygonF(
            [
                QPointF(x, y),
                QPointF(x + side, y),
                QPointF(x + side, y + side - fold),
                QPointF(x + side - fold, y + side),
                QPointF(x, y + side),
            ]
        )
        painter.setPen(QPen(colour.darker(140), 1.0 / max(zoom, 0.2)))
        painter.setBrush(colour.lighter(150))
        painter.drawPolygon(shape)
        for row in range(3):
            line_y = y + side * (0.3 + 0.18 * row)
            painter.drawLine(QPointF(x + side * 0.2, line_y), QPointF(x + side * 0.75, line_y))
