"""The Meeting page: the agenda with each item's documents beside the reader, and search across the packet.

The page shows and asks; the session controller reads the store, decrypts documents and searches, in the
background. `back_requested`, `document_requested(document id, page or -1 for "where I left it")`,
`search_requested(query)` and `reading_moved(document id, sha, page)` go out; `set_meeting`,
`show_document`, `show_unavailable`, `show_search_results` come in. Pixels come from the app's one
`RenderService` (a warm worker process), shown by a `DocumentView` that also draws search hits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import QDateTime, QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIntValidator, QKeySequence, QPainter, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.annotations import MyAnnotationEntry
from ecabinet.pdf.changes import VersionDiff
from ecabinet.pdf.search import Hit, Rect
from ecabinet.ui.annotation_bar import AnnotationBar
from ecabinet.ui.changes_panel import ChangesPanel
from ecabinet.ui.live.controller import LiveController
from ecabinet.ui.live.panel import LivePanel
from ecabinet.ui.meeting_state import DocumentEntry, ItemEntry, MeetingState
from ecabinet.ui.notes_panel import NotesPanel
from ecabinet.ui.reader_marks import ReaderMarks
from ecabinet.ui.search_panel import SearchResultsPanel
from ecabinet.ui.signatures_panel import DocumentSignatures, SignatureChecker
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.viewer import RenderService
from ecabinet.ui.viewer.annotated_view import AnnotatedDocumentView, Tool
from ecabinet.ui.viewer.sidebar import ReaderSidebar
from ecabinet.ui.widgets import ClickableFrame, ErrorBanner, restyle, vertical_scroll

# The page the reader is on is written to the store once it has stayed put this long.
REMEMBER_DELAY_MS: Final = 600
_HIGHLIGHT_FILL = QColor(255, 200, 0, 90)
_HIGHLIGHT_EDGE = QColor(230, 140, 0, 200)
_WATERMARK_COLOUR = QColor(150, 30, 30, 46)
_CHANGE_FILL = QColor(255, 120, 0, 48)
_CHANGE_BAR = QColor(214, 90, 0, 230)


class HighlightedDocumentView(AnnotatedDocumentView):
    """The reader's page view: annotations, then search hits (rectangles in PDF points) over one page, then the
    confidential watermark on top."""

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._highlight: tuple[int, tuple[Rect, ...]] | None = None
        self._watermark: str | None = None
        self._changes: dict[int, tuple[Rect, ...]] = {}

    def set_change_marks(self, changes: dict[int, tuple[Rect, ...]] | None) -> None:
        """Tint the lines that changed since the version the reader read (page -> rects), or stop tinting."""
        self._changes = dict(changes or {})
        self.viewport().update()

    def change_marks(self) -> dict[int, tuple[Rect, ...]]:
        return dict(self._changes)

    def set_watermark(self, text: str | None) -> None:
        """Draw ``text`` across every page (confidential papers carry the reader's name and the time)."""
        self._watermark = text or None
        self.viewport().update()

    def watermark(self) -> str | None:
        return self._watermark

    def set_highlight(self, page: int, rects: Sequence[Rect]) -> None:
        self._highlight = (page, tuple(rects))
        self.viewport().update()

    def clear_highlight(self) -> None:
        if self._highlight is not None:
            self._highlight = None
            self.viewport().update()

    def highlight(self) -> tuple[int, tuple[Rect, ...]] | None:
        return self._highlight

    def highlight_rects(self) -> list[QRectF]:
        """The highlighted hit's rectangles in viewport coordinates (empty without a highlight)."""
        if self._highlight is None or not 0 <= self._highlight[0] < self.page_count():
            return []
        page, rects = self._highlight
        origin = self.page_rect(page)
        zoom = self.zoom()
        return [
            QRectF(origin.x() + x0 * zoom, origin.y() + y0 * zoom, (x1 - x0) * zoom, (y1 - y0) * zoom).adjusted(
                -2, -1, 2, 1
            )
            for x0, y0, x1, y1 in rects
        ]

    def reveal_highlight(self) -> None:
        """Scroll so the highlighted hit is in view while its page stays the one shown largest."""
        if self._highlight is None or not 0 <= self._highlight[0] < self.page_count():
            return
        page = self._highlight[0]
        self.go_to_page(page)
        rects = self.highlight_rects()
        if not rects:
            return
        height = self.viewport().height()
        hit_bottom = max(rect.bottom() for rect in rects)
        if hit_bottom <= height - 24:
            return
        bar = self.verticalScrollBar()
        page_rect = self.page_rect(page)
        hit_top = min(rect.top() for rect in rects)
        shift = min(hit_top - height / 3, page_rect.bottom() - height / 2 - self.PAGE_GAP)
        if shift > 0:
            bar.setValue(bar.value() + round(shift))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._changes:
            self._paint_changes()
        if self._watermark:
            self._paint_watermark()
        rects = self.highlight_rects()
        if not rects:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_HIGHLIGHT_EDGE)
        painter.setBrush(_HIGHLIGHT_FILL)
        for rect in rects:
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()

    def _paint_changes(self) -> None:
        """Changed lines: a light tint over the text and a bar in the margin, as in a tracked-changes print."""
        painter = QPainter(self.viewport())
        zoom = self.zoom()
        for page in self.visible_pages():
            rects = self._changes.get(page)
            if not rects:
                continue
            origin = self.page_rect(page)
            for x0, y0, x1, y1 in rects:
                line = QRectF(origin.x() + x0 * zoom, origin.y() + y0 * zoom, (x1 - x0) * zoom, (y1 - y0) * zoom)
                painter.fillRect(line.adjusted(-1, -1, 1, 1), _CHANGE_FILL)
                painter.fillRect(QRectF(origin.x() + 6, line.y(), 4, line.height()), _CHANGE_BAR)
        painter.end()

    def _paint_watermark(self) -> None:
        """The reader's name and the time, diagonally across each visible page, light enough to read through.

        Drawn over the rendered pixels (never into the cached images), so it always shows the current reader.
        """
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_WATERMARK_COLOUR)
        font = painter.font()
        for page in self.visible_pages():
            rect = self.page_rect(page)
            font.setPixelSize(max(12, round(rect.width() / 22)))
            painter.setFont(font)
            painter.save()
            painter.setClipRect(rect)
            painter.translate(rect.center())
            painter.rotate(-35)
            step = font.pixelSize() * 5
            span = round(max(rect.width(), rect.height()))
            for offset in range(-span, span + 1, step):
                painter.drawText(
                    QRectF(-span, offset - step / 2, 2 * span, step),
                    Qt.AlignmentFlag.AlignCenter,
                    self._watermark or "",
                )
            painter.restore()
        painter.end()


class DocumentRow(ClickableFrame):
    """A document under an agenda item: its title, pages, and "new version" / "not downloaded" marks."""

    def __init__(self, entry: DocumentEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("documentRow")
        self.title_label = QLabel(entry.title)
        self.title_label.setObjectName("documentTitle")
        self.title_label.setWordWrap(True)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("mutedLabel")
        self.badge = QLabel()
        self.badge.setObjectName("newBadge")
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for label in (self.title_label, self.pages_label, self.badge):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        details = QHBoxLayout()
        details.setSpacing(10)
        details.addWidget(self.pages_label)
        details.addWidget(self.badge)
        details.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addLayout(details)
        self.set_selected(False)
        self.retranslate()

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") != selected:
            self.setProperty("selected", selected)
            restyle(self)

    def retranslate(self) -> None:
        entry = self.entry
        pages = self.tr("%n page(s)", "", entry.pages)
        if entry.versions > 1:
            pages += "  ·  " + self.tr("Version %1").replace("%1", str(entry.versions))
        self.pages_label.setText(pages)
        if not entry.cached:
            badge, kind = self.tr("Not downloaded yet"), "missing"
        elif entry.new_version:
            badge, kind = self.tr("New version"), "new"
        elif entry.last is None:
            badge, kind = self.tr("Unread"), "unread"
        else:
            badge, kind = "", ""
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        if self.badge.property("kind") != kind:
            self.badge.setProperty("kind", kind)
            restyle(self.badge)
        self.setAccessibleName(", ".join(part for part in (entry.title, pages, badge) if part))


class AgendaItemBlock(QFrame):
    """One agenda item: number and title, presenter and duration, a "late addition" mark, its documents, and
    (for members, before the chair opens it) my position on it."""

    position_chosen = Signal(str, str, str)  # item id, position, comment

    def __init__(self, item: ItemEntry, parent: QWidget | None = None, *, can_state: bool = False) -> None:
        super().__init__(parent)
        self.item = item
        self.can_state = can_state and bool(item.id)
        self.position_label = QLabel()
        self.position_label.setObjectName("mutedLabel")
        self.position_label.setWordWrap(True)
        self.position_buttons: dict[str, QPushButton] = {}
        positions = QHBoxLayout()
        positions.setSpacing(6)
        for position in ("no_objection", "wants_to_speak", "objects"):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_TARGET_PX)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, p=position: self._on_position(p))
            self.position_buttons[position] = button
            positions.addWidget(button)
        self.comment_edit = QLineEdit()
        self.comment_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.comment_edit.hide()
        self.comment_edit.returnPressed.connect(lambda: self._on_position("objects"))
        self.setObjectName("agendaItem")
        self.title_label = QLabel()
        self.title_label.setObjectName("agendaTitle")
        self.title_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("mutedLabel")
        self.details_label.setWordWrap(True)
        self.late_badge = QLabel()
        self.late_badge.setObjectName("lateBadge")
        self.late_badge.setVisible(item.late)
        self.late_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.document_rows = [DocumentRow(document) for document in item.documents]
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.late_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.details_label)
        for row in self.document_rows:
            layout.addWidget(row)
        self.positions_widget = QWidget()
        positions_layout = QVBoxLayout(self.positions_widget)
        positions_layout.setContentsMargins(0, 4, 0, 0)
        positions_layout.addWidget(self.position_label)
        positions_layout.addLayout(positions)
        positions_layout.addWidget(self.comment_edit)
        self.positions_widget.setVisible(self.can_state)
        layout.addWidget(self.positions_widget)
        self.retranslate()

    def _on_position(self, position: str) -> None:
        """Objecting needs a reason: the first tap asks for it, Enter (or the button again) sends it."""
        if position == "objects":
            comment = self.comment_edit.text().strip()
            if not comment:
                self.comment_edit.show()
                self.comment_edit.setFocus()
                self.position_buttons["objects"].setChecked(self.item.position == "objects")
                return
            self.position_chosen.emit(self.item.id, position, comment)
            self.comment_edit.hide()
            return
        self.comment_edit.hide()
        self.position_chosen.emit(self.item.id, position, "")

    def retranslate(self) -> None:
        item = self.item
        if item.id:
            self.title_label.setText(f"{item.number}.  {item.title}" if item.number else item.title)
        else:
            self.title_label.setText(self.tr("Other documents"))
        parts = []
        if item.presenter:
            parts.append(item.presenter)
        if item.duration_minutes:
            parts.append(self.tr("%n minute(s)", "", item.duration_minutes))
        self.details_label.setText("  ·  ".join(parts))
        self.details_label.setVisible(bool(parts))
        self.late_badge.setText(self.tr("Late addition"))
        names = {
            "no_objection": self.tr("No objection"),
            "wants_to_speak": self.tr("I wish to speak"),
            "objects": self.tr("I object…"),
        }
        for position, button in self.position_buttons.items():
            button.setText(names[position])
            button.setChecked(item.position == position)
        self.comment_edit.setPlaceholderText(self.tr("Why do you object? (Enter sends)"))
        self.comment_edit.setAccessibleName(self.tr("Reason for objecting"))
        if item.position:
            text = self.tr("Your position: %1").replace("%1", names[item.position].rstrip("…"))
            if item.position_pending:
                text += "  ·  " + self.tr("waiting to be sent")
        else:
            text = self.tr("Your position before the meeting:")
        self.position_label.setText(text)
        for row in self.document_rows:
            row.retranslate()
        self.setAccessibleName(", ".join(p for p in (self.title_label.text(), *parts) if p))


class MeetingPage(QWidget):
    """The agenda and its documents beside the reader (side by side when wide, stacked when tall)."""

    back_requested = Signal()
    document_requested = Signal(str, int)  # document id, 0-based page or -1 for where the reader left it
    search_requested = Signal(str)
    reading_moved = Signal(str, str, int)  # document id, sha, 0-based page
    notes_requested = Signal(str)  # meeting id: list my marks in it
    position_stated = Signal(str, str, str, str)  # meeting id, item id, position, comment
    mark_discard_requested = Signal(str)  # annotation id left on an old version, discarded by the reader
    export_requested = Signal(str, str, str)  # document id, sha, the document's title (for the file name)
    changes_requested = Signal(str, str, str)  # document id, the version read before, the version shown
    minutes_requested = Signal(str)  # meeting id: open its Minutes page
    notes_export_requested = Signal(str)  # meeting id
    notes_import_requested = Signal()

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.service = service
        self.state: MeetingState | None = None
        #: Who is reading, for the watermark on confidential papers (set by the main window).
        self.reader_name = ""
        self.item_blocks: list[AgendaItemBlock] = []
        self.document_id: str | None = None  # the document shown (or being opened)
        self.document_sha = ""
        self._requested: str | None = None
        self._pending_hit: Hit | None = None
        self._message: str = "choose"

        # Header: back to Home, the meeting's title, offline mark.
        header = QFrame()
        header.setObjectName("pageHeader")
        self.back_button = QPushButton()
        self.back_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setObjectName("meetingHeaderTitle")
        self.title_label.setWordWrap(True)
        self.offline_badge = QLabel()
        self.offline_badge.setObjectName("offlineBadge")
        self.offline_badge.hide()
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        header_layout.setSpacing(16)
        header_layout.addWidget(self.back_button)
        header_layout.addWidget(self.title_label, 1)
        header_layout.addWidget(self.offline_badge)

        # Left: search box, then the agenda or the search results.
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.search_edit.returnPressed.connect(self._on_search)
        self.search_button = QPushButton()
        self.search_button.setObjectName("primaryButton")
        self.search_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.search_button.clicked.connect(self._on_search)
        self.live_button = QPushButton()
        self.live_button.setObjectName("liveButton")
        self.live_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.live_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.live_button.clicked.connect(self.show_live)
        self.live_button.hide()
        # The minutes of a closed meeting (the secretary may start them during the session).
        self.minutes_button = QPushButton()
        self.minutes_button.setObjectName("minutesButton")
        self.minutes_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.minutes_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.minutes_button.clicked.connect(self._on_minutes_clicked)
        self.minutes_button.hide()
        #: Who signed the document shown, checked on this device (`attach_signatures`).
        self.signatures: DocumentSignatures | None = None
        self.live: LiveController | None = None
        self.live_panel: LivePanel | None = None
        self._following = False
        self._live_shown_for: str | None = None  # the meeting whose session the page switched to once
        self.agenda_button = QPushButton()
        self.agenda_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.agenda_button.clicked.connect(self.show_agenda)
        self.agenda_button.hide()
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)

        self._agenda_widget = QWidget()
        self._agenda_layout = QVBoxLayout(self._agenda_widget)
        self._agenda_layout.setContentsMargins(0, 0, 4, 0)
        self._agenda_layout.setSpacing(10)
        self._agenda_layout.addStretch(1)
        self.agenda_scroll = vertical_scroll(self._agenda_widget)
        self.results = SearchResultsPanel()
        self.results.result_chosen.connect(self.open_hit)
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.agenda_scroll)
        self.side_stack.addWidget(self.results)
        self.notes = NotesPanel()
        self.notes.entry_chosen.connect(self._on_note_chosen)
        self.notes.discard_requested.connect(self.mark_discard_requested)
        self.notes.export_requested.connect(self._on_notes_export)
        self.notes.import_requested.connect(self.notes_import_requested)
        self.side_stack.addWidget(self.notes)
        self.changes = ChangesPanel()
        self.changes.page_chosen.connect(self._on_change_chosen)
        self.side_stack.addWidget(self.changes)
        side = QWidget()
        side.setObjectName("meetingSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(20, 16, 12, 16)
        side_layout.setSpacing(12)
        side_layout.addLayout(search_row)
        side_buttons = QHBoxLayout()
        side_buttons.addWidget(self.agenda_button)
        side_buttons.addWidget(self.live_button)
        side_buttons.addWidget(self.minutes_button)
        side_buttons.addStretch(1)
        side_layout.addLayout(side_buttons)
        side_layout.addWidget(self.side_stack, 1)

        # Right: the reader's toolbar, then the pages (or a calm message).
        self.document_title = QLabel()
        self.document_title.setObjectName("documentHeading")
        self.document_title.setWordWrap(True)
        self.fit_width_button = QPushButton()
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.previous_button = QPushButton("‹")
        self.next_button = QPushButton("›")
        self.pages_button = QPushButton()
        self.pages_button.setCheckable(True)
        self.single_button = QPushButton()
        self.single_button.setCheckable(True)
        self.annotate_button = QPushButton()
        self.annotate_button.setCheckable(True)
        self.present_button = QPushButton()
        self.present_button.setCheckable(True)
        self.present_button.hide()
        self.changes_button = QPushButton()
        self.changes_button.setObjectName("changesButton")
        self.changes_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.changes_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.changes_button.hide()
        self.changes_button.clicked.connect(self._on_changes_clicked)
        #: Per document, the version this reader had read before a newer one was opened (for "What changed").
        self._read_before: dict[str, str] = {}
        reader_buttons = (
            self.fit_width_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.previous_button,
            self.next_button,
            self.pages_button,
            self.single_button,
            self.annotate_button,
            self.present_button,
        )
        for button in reader_buttons:
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageIndicator")
        self.page_edit = QLineEdit()
        self.page_edit.setFixedWidth(68)
        self.page_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.page_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_edit.setValidator(QIntValidator(1, 1_000_000, self.page_edit))
        self.page_edit.returnPressed.connect(self._on_go_to_page)
        self.go_button = QPushButton()
        self.go_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.go_button.clicked.connect(self._on_go_to_page)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.pages_button)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.next_button)
        toolbar.addWidget(self.page_label)
        toolbar.addWidget(self.page_edit)
        toolbar.addWidget(self.go_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.present_button)
        toolbar.addWidget(self.annotate_button)
        # How the pages are shown sits beside the document's title; moving through them in the row below.
        heading_row = QHBoxLayout()
        heading_row.setSpacing(8)
        heading_row.addWidget(self.document_title, 1)
        heading_row.addWidget(self.changes_button)
        heading_row.addWidget(self.zoom_out_button)
        heading_row.addWidget(self.zoom_in_button)
        heading_row.addWidget(self.fit_width_button)
        heading_row.addWidget(self.single_button)
        self._heading_row = heading_row  # the signatures button joins it (`attach_signatures`)

        self.view = HighlightedDocumentView(service)
        self.view.current_page_changed.connect(self._on_page_changed)
        self.view.document_shown.connect(self._on_document_shown)
        self.fit_width_button.clicked.connect(self._on_fit)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.previous_button.clicked.connect(self.view.previous_page)
        self.next_button.clicked.connect(self.view.next_page)
        self.single_button.toggled.connect(self._on_single_toggled)
        self.sidebar = ReaderSidebar(service)
        self.sidebar.page_chosen.connect(self._on_sidebar_page)
        self.sidebar.hide()
        self.pages_button.toggled.connect(self.sidebar.setVisible)
        self.annotation_bar = AnnotationBar()
        self.annotation_bar.hide()
        self.annotate_button.toggled.connect(self._on_annotate_toggled)
        self.marks = ReaderMarks(self.view, self.annotation_bar, self)
        self.annotation_bar.notes_requested.connect(self.show_notes_requested)
        self.annotation_bar.export_requested.connect(self._on_export)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.marks.undo),
            (QKeySequence.StandardKey.Redo, self.marks.redo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.message_label = QLabel()
        self.message_label.setObjectName("readerMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.reader_stack = QStackedWidget()
        self.reader_stack.addWidget(self.message_label)
        self.reader_stack.addWidget(self.view)
        pages_row = QHBoxLayout()
        pages_row.setSpacing(8)
        pages_row.addWidget(self.sidebar)
        pages_row.addWidget(self.reader_stack, 1)
        reader = QWidget()
        reader.setObjectName("readerPane")
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(12, 16, 20, 16)
        reader_layout.setSpacing(10)
        reader_layout.addLayout(heading_row)
        reader_layout.addLayout(toolbar)
        reader_layout.addWidget(self.annotation_bar)
        # What became of an export or a mark that could not be stored: said once, in words, over the pages.
        self.reader_notice = ErrorBanner()
        self.reader_notice.setObjectName("infoBanner")
        self.reader_error = ErrorBanner()
        reader_layout.addWidget(self.reader_notice)
        reader_layout.addWidget(self.reader_error)
        reader_layout.addLayout(pages_row, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(side)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 840])
        side.setMinimumWidth(320)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addWidget(self.splitter, 1)

        service.document_failed.connect(self._on_render_failed)
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(REMEMBER_DELAY_MS)
        self._remember_timer.timeout.connect(self._remember_page)
        self._update_reader_controls()
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.back_button.setText("← " + self.tr("Meetings"))
        self.back_button.setAccessibleName(self.tr("Back to your meetings"))
        self.offline_badge.setText(self.tr("Offline"))
        self.search_edit.setPlaceholderText(self.tr("Search all documents"))
        self.search_edit.setAccessibleName(self.tr("Search all documents of this meeting"))
        self.search_button.setText(self.tr("Search"))
        self.agenda_button.setText("← " + self.tr("Agenda"))
        self.agenda_button.setAccessibleName(self.tr("Back to the agenda"))
        self._retranslate_fit()
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.page_edit.setAccessibleName(self.tr("Page number to go to"))
        self.page_edit.setPlaceholderText(self.tr("Page"))
        self.go_button.setText(self.tr("Go"))
        self.go_button.setAccessibleName(self.tr("Go to page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.pages_button.setText(self.tr("Pages"))
        self.pages_button.setAccessibleName(self.tr("Show page thumbnails and contents"))
        self.single_button.setText(self.tr("One page"))
        self.single_button.setAccessibleName(self.tr("Show one page at a time"))
        self.single_button.setToolTip(self.tr("One page at a time, or all pages in one scroll"))
        self.reader_notice.retranslate()
        self.reader_error.retranslate()
        self.live_button.setText("● " + self.tr("Live session"))
        self.live_button.setAccessibleName(self.tr("The meeting in session: speakers, votes, attendance"))
        self.minutes_button.setText(self.tr("Minutes"))
        self.minutes_button.setAccessibleName(self.tr("The minutes of this meeting: text, approval, signatures"))
        if self.signatures is not None:
            self.signatures.retranslate()
        self.present_button.setText(self.tr("Share my page"))
        self.present_button.setAccessibleName(self.tr("Let the participants follow the page I am on"))
        self.changes_button.setText(self.tr("What changed"))
        self.changes_button.setAccessibleName(self.tr("What changed since the version you read"))
        self.annotate_button.setText("✎ " + self.tr("Mark"))
        self.annotate_button.setAccessibleName(self.tr("Show the pen, highlighter and notes"))
        self.agenda_scroll.setAccessibleName(self.tr("Agenda"))
        for block in self.item_blocks:
            block.retranslate()
        self.results.retranslate()
        self._show_message()
        self._update_reader_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the window calls --------------------------------------------------------------------------

    def set_meeting(self, state: MeetingState) -> None:
        """Show the meeting's agenda and documents (again, after a sync or a change of version)."""
        same = self.state is not None and self.state.id == state.id
        if not same:
            self.clear()
        self.state = state
        self.title_label.setText(state.title)
        if self._same_shape(state):
            # Only marks moved (a version opened, a download finished): update in place, focus and scroll kept.
            for block, item in zip(self.item_blocks, state.items, strict=True):
                block.item = item
                for row, document in zip(block.document_rows, item.documents, strict=True):
                    row.entry = document
                block.retranslate()
        else:
            self._rebuild_agenda()
        self._update_document_heading()
        if same:
            self.marks.refresh()  # a sync may have brought colleagues' shared marks, or moved mine
        self._update_live(state)
        self._update_minutes_button(state)

    def set_offline(self, offline: bool) -> None:
        self.offline_badge.setVisible(offline)

    def clear(self) -> None:
        """Show nothing (back on Home, signed out): close the document in the render service."""
        self._remember_page()
        if self.document_id is not None and self.view.doc_id is not None:
            self.service.close_document(self.view.doc_id)
        self.state = None
        self.document_id = None
        self.document_sha = ""
        self._requested = None
        self._pending_hit = None
        self.view.clear_highlight()
        self.view.set_document(None)
        self.sidebar.set_document(None)
        self.marks.set_document(None)
        self.annotate_button.setChecked(False)
        self.view.set_change_marks(None)
        self.changes_button.hide()
        if self.signatures is not None:
            self.signatures.clear()
        self.minutes_button.hide()
        self.search_edit.clear()
        self.show_agenda()
        self._rebuild_agenda()
        self.title_label.clear()
        self._message = "choose"
        self._show_message()
        self._update_document_heading()
        self._update_reader_controls()

    def open_document(self, document_id: str, page: int = -1) -> None:
        """Ask for a document (at `page`, or where the reader left it); an open one just turns the page."""
        self.view.clear_highlight()
        self._pending_hit = None
        entry = self.state.document(document_id) if self.state is not None else None
        newest_shown = entry is None or entry.sha == self.document_sha  # else a new version came: load it
        showing = document_id == self.document_id and self.view.doc_id == document_id and self.view.page_count()
        if showing and newest_shown:
            if page >= 0:
                self.view.go_to_page(page)
            return
        self._start_loading(document_id, page)

    def open_hit(self, hit: Hit) -> None:
        """Show a search hit: its document at its page, the words highlighted."""
        if hit.document_id == self.document_id and self.view.doc_id == hit.document_id and self.view.page_count():
            self.view.set_highlight(hit.page, hit.rects)
            self.view.reveal_highlight()
            return
        self._pending_hit = hit
        self._start_loading(hit.document_id, hit.page)

    def show_document(self, document_id: str, sha: str, data: bytes, page: int) -> None:
        """The decrypted bytes arrived: hand them to the render process and show the document at `page`."""
        if document_id != self._requested:
            return  # the reader has asked for another one meanwhile
        self._requested = None
        self._remember_page()
        previous = self.view.doc_id
        if previous is not None and previous != document_id:
            self.service.close_document(previous)
        self.document_id = document_id
        self.document_sha = sha
        self.service.open_document(document_id, data)
        entry = self.state.document(document_id) if self.state is not None else None
        self.view.set_watermark(self._watermark_text() if entry is not None and entry.restricted else None)
        self.view.set_document(document_id)
        self.view.go_to_page(page)
        self.sidebar.set_document(document_id)
        self.marks.set_document(document_id, sha, author=self.reader_name)
        if entry is not None and entry.last is not None and entry.last.sha != sha:
            self._read_before[document_id] = entry.last.sha
        self.view.set_change_marks(None)
        self.changes_button.setVisible(self._read_before.get(document_id, sha) != sha)
        self._check_signatures(document_id, sha, data)
        self.reader_notice.clear_error()
        self.reader_error.clear_error()
        restricted = entry is not None and entry.restricted
        self.annotation_bar.set_export_allowed(
            not restricted, self.tr("Confidential documents are not exported.") if restricted else ""
        )
        self._message = "shown"
        if self._pending_hit is not None and self._pending_hit.document_id == document_id:
            self.view.set_highlight(self._pending_hit.page, self._pending_hit.rects)
        self.reader_stack.setCurrentWidget(self.view)
        self._update_document_heading()
        self._update_reader_controls()

    def _watermark_text(self) -> str:
        when = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")
        return (
            self.tr("Confidential · %1 · %2").replace("%1", self.reader_name or self.tr("reader")).replace("%2", when)
        )

    def show_unavailable(self, document_id: str) -> None:
        """The document is not on this device yet: say so calmly."""
        if document_id != self._requested:
            return
        self._requested = None
        self._message = "missing"
        self._show_message()

    def show_failed(self, document_id: str, _error: object = None) -> None:
        if document_id != self._requested:
            return
        self._requested = None
        self._message = "failed"
        self._show_message()

    def show_search_results(self, query: str, hits: Sequence[Hit]) -> None:
        if query != self.search_edit.text().strip():
            return  # an older search
        order = (
            {document.id: position for position, document in enumerate(self.state.documents())} if self.state else {}
        )
        ordered = sorted(hits, key=lambda hit: (order.get(hit.document_id, len(order)), hit.page))
        self.results.show_results(query, ordered, self._document_title)

    def show_search_failed(self, query: str, _error: object = None) -> None:
        if query == self.search_edit.text().strip():
            self.results.show_failed()

    def show_agenda(self) -> None:
        self.side_stack.setCurrentWidget(self.agenda_scroll)
        self.agenda_button.hide()

    # -- plumbing ---------------------------------------------------------------------------------------

    def _start_loading(self, document_id: str, page: int) -> None:
        self._requested = document_id
        self._select_row(document_id)
        if self.view.doc_id != document_id:
            self._message = "opening"
            self._show_message()
            self._update_document_heading(document_id)
        self.document_requested.emit(document_id, page)

    def _same_shape(self, state: MeetingState) -> bool:
        shown = [(b.item.id, [r.entry.id for r in b.document_rows]) for b in self.item_blocks]
        return bool(shown) and shown == [(i.id, [d.id for d in i.documents]) for i in state.items]

    def _document_title(self, document_id: str) -> str:
        entry = self.state.document(document_id) if self.state is not None else None
        return entry.title if entry is not None else ""

    def _rebuild_agenda(self) -> None:
        for block in self.item_blocks:
            self._agenda_layout.removeWidget(block)
            block.deleteLater()
        self.item_blocks = []
        if self.state is None:
            return
        meeting = self.state.meeting
        # Members and the chair state positions until the meeting closes (the server refuses once an item is open).
        can_state = meeting.get("my_role") in ("member", "chair") and meeting.get("state") in (
            "published",
            "in_session",
        )
        for position, item in enumerate(self.state.items):
            block = AgendaItemBlock(item, can_state=can_state)
            block.position_chosen.connect(self._on_position_chosen)
            for row in block.document_rows:
                row.clicked.connect(lambda document_id=row.entry.id: self.open_document(document_id))
            self.item_blocks.append(block)
            self._agenda_layout.insertWidget(position, block)
        self._select_row(self._requested or self.document_id)

    def _on_position_chosen(self, item_id: str, position: str, comment: str) -> None:
        if self.state is not None:
            self.position_stated.emit(self.state.id, item_id, position, comment)

    def document_rows(self) -> list[DocumentRow]:
        return [row for block in self.item_blocks for row in block.document_rows]

    def _select_row(self, document_id: str | None) -> None:
        for row in self.document_rows():
            row.set_selected(row.entry.id == document_id)

    def _show_message(self) -> None:
        texts = {
            "choose": self.tr("Choose a document from the agenda to read it here."),
            "opening": self.tr("Opening the document…"),
            "missing": self.tr(
                "This document is not on this device yet. It will be downloaded at the next sync "
                "when you are connected."
            ),
            "failed": self.tr("This document could not be opened. Please sync and try again."),
        }
        self.message_label.setText(texts.get(self._message, ""))
        if self._message != "shown":
            self.reader_stack.setCurrentWidget(self.message_label)

    def _update_document_heading(self, document_id: str | None = None) -> None:
        title = self._document_title(document_id or self.document_id or "")
        self.document_title.setText(title)
        self.document_title.setVisible(bool(title))

    def _update_reader_controls(self) -> None:
        total = self.view.page_count()
        enabled = total > 0 and self.reader_stack.currentWidget() is self.view
        controls = (
            self.fit_width_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.page_edit,
            self.go_button,
            self.pages_button,
            self.single_button,
            self.annotate_button,
        )
        for widget in controls:
            widget.setEnabled(enabled)
        current = self.view.current_page()
        self.previous_button.setEnabled(enabled and current > 0)
        self.next_button.setEnabled(enabled and 0 <= current < total - 1)
        if enabled and current >= 0:
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(current + 1)).replace("%2", str(total)))
        else:
            self.page_label.setText("")
        self.page_label.setAccessibleName(self.page_label.text())

    def _on_document_shown(self, document_id: str) -> None:
        if document_id != self.document_id:
            return
        self._message = "shown"
        if self.view.highlight() is not None:
            self.view.reveal_highlight()
        self._update_reader_controls()

    def _on_page_changed(self, page: int) -> None:
        self.sidebar.set_current(page)
        self._update_reader_controls()
        self._remember_timer.start()

    def _remember_page(self) -> None:
        self._remember_timer.stop()
        page = self.view.current_page()
        if self.document_id is not None and self.view.doc_id == self.document_id and page >= 0:
            self.reading_moved.emit(self.document_id, self.document_sha, page)
            if self.present_button.isChecked() and self.live is not None:
                self.live.share_page(self.document_id, page)  # the participants who follow turn with me

    # -- the live session -------------------------------------------------------------------------------

    def attach_live(self, live: LiveController) -> None:
        """Give the page the session's controller (the window owns it): the live panel joins the side."""
        self.live = live
        self.live_panel = LivePanel(live)
        self.side_stack.addWidget(self.live_panel)
        self.live_panel.follow_presenter_changed.connect(self._set_following)
        live.presenter_moved.connect(self._on_presenter_moved)

    # -- minutes and signatures ---------------------------------------------------------------------------------

    def attach_signatures(self, checker: SignatureChecker) -> None:
        """Check the signatures of every document shown (the window owns the checker): a button beside the
        title says the verdict, only for signed files, and opens the signatures on the side."""
        self.signatures = DocumentSignatures(checker, self)
        self._heading_row.insertWidget(1, self.signatures.button)
        self.side_stack.addWidget(self.signatures.panel)
        self.signatures.panel_requested.connect(self.show_signatures)
        self.signatures.retranslate()

    def show_signatures(self) -> None:
        if self.signatures is not None:
            self.side_stack.setCurrentWidget(self.signatures.panel)
            self.agenda_button.show()

    def _check_signatures(self, document_id: str, sha: str, data: bytes) -> None:
        if self.signatures is None:
            return
        self.signatures.document_shown(f"{document_id}:{sha}", data)
        if not self.signatures.state and self.side_stack.currentWidget() is self.signatures.panel:
            self.show_agenda()  # the new document is not signed: nothing to show there

    def _update_minutes_button(self, state: MeetingState) -> None:
        meeting = state.meeting
        closed = meeting.get("state") == "closed"
        drafting = meeting.get("state") == "in_session" and meeting.get("my_role") == "secretary"
        self.minutes_button.setVisible(closed or drafting or bool(meeting.get("minutes")))

    def _on_minutes_clicked(self) -> None:
        if self.state is not None:
            self.minutes_requested.emit(self.state.id)

    def show_live(self) -> None:
        if self.live_panel is not None:
            self.side_stack.setCurrentWidget(self.live_panel)
            self.agenda_button.show()
            if self.live is not None:
                self.live.refresh()

    def _update_live(self, state: MeetingState) -> None:
        meeting_state = str(state.meeting.get("state") or "")
        live = meeting_state in ("published", "in_session")
        self.live_button.setVisible(live and self.live_panel is not None)
        self.present_button.setVisible(meeting_state == "in_session")
        if self.live_panel is not None:
            self.live_panel.set_items(
                [(item.id, f"{item.number}. {item.title}" if item.number else item.title) for item in state.items]
            )
        if meeting_state == "in_session" and self._live_shown_for != state.id:
            self._live_shown_for = state.id  # once: after that the reader chooses what the side shows
            self.show_live()

    def _set_following(self, following: bool) -> None:
        self._following = following
        presenter = (self.live.session or {}).get("presenter") if self.live is not None else None
        if following and isinstance(presenter, dict):
            self._on_presenter_moved(presenter)

    def _on_presenter_moved(self, presenter: dict[str, Any]) -> None:
        if not self._following or self.state is None:
            return
        document_id = str(presenter.get("document_id") or "")
        if self.state.document(document_id) is not None:
            self.open_document(document_id, int(presenter.get("page", 0)))

    def show_exported(self, path: str) -> None:
        self.reader_error.clear_error()
        self.reader_notice.show_error(lambda: self.tr("A copy with your marks was saved as %1").replace("%1", path))

    def show_export_failed(self, error: object) -> None:
        self.reader_notice.clear_error()
        detail = str(error)
        self.reader_error.show_error(lambda: self.tr("The copy could not be saved: %1").replace("%1", detail))

    def show_mark_failed(self, error: object) -> None:
        detail = str(error)
        self.reader_error.show_error(
            lambda: self.tr("Your mark could not be stored on this device: %1").replace("%1", detail)
        )

    def show_changes(self, document_id: str, diff: VersionDiff) -> None:
        """The comparison arrived: list the changes and tint the changed lines of the version shown."""
        if document_id != self.document_id:
            return
        self.changes.show_diff(diff)
        self.view.set_change_marks({page: tuple(rects) for page, rects in diff.inserted.items()})

    def show_changes_failed(self, document_id: str, _error: object = None) -> None:
        if document_id == self.document_id:
            self.changes.show_failed()

    def _on_changes_clicked(self) -> None:
        document_id = self.document_id
        if document_id is None or document_id not in self._read_before:
            return
        self.side_stack.setCurrentWidget(self.changes)
        self.agenda_button.show()
        self.changes.show_comparing()
        self.changes_requested.emit(document_id, self._read_before[document_id], self.document_sha)

    def _on_change_chosen(self, page: int) -> None:
        self.view.clear_highlight()
        self.view.go_to_page(page)

    def show_notes_requested(self) -> None:
        """The "My notes" list: asked of the controller, which answers with `show_notes`."""
        if self.state is not None:
            self.side_stack.setCurrentWidget(self.notes)
            self.agenda_button.show()
            self.notes_requested.emit(self.state.id)

    def show_notes(self, entries: Sequence[MyAnnotationEntry]) -> None:
        self.notes.show_notes(entries)

    def _on_notes_export(self) -> None:
        if self.state is not None:
            self.notes_export_requested.emit(self.state.id)

    def show_notice(self, text: Callable[[], str]) -> None:
        """A short message over the reader, e.g. what became of moving notes (re-worded on a language change)."""
        self.reader_error.clear_error()
        self.reader_notice.show_error(text)

    def show_problem(self, text: Callable[[], str]) -> None:
        self.reader_notice.clear_error()
        self.reader_error.show_error(text)

    def _on_note_chosen(self, entry: MyAnnotationEntry) -> None:
        self.open_document(entry.document_id, entry.page)

    def _on_annotate_toggled(self, on: bool) -> None:
        self.annotation_bar.setVisible(on)
        if not on:
            self.view.set_tool(Tool.READ)
            self.annotation_bar.set_tool(Tool.READ)

    def _on_export(self) -> None:
        if self.document_id is not None and self.document_sha:
            self.export_requested.emit(self.document_id, self.document_sha, self._document_title(self.document_id))

    def _on_sidebar_page(self, page: int) -> None:
        self.view.clear_highlight()
        self.view.go_to_page(page)
        self.view.setFocus()

    def _on_single_toggled(self, single: bool) -> None:
        self.view.set_single_page(single)
        if single:
            self.view.fit_page()
        else:
            self.view.fit_width()
        self._retranslate_fit()

    def _retranslate_fit(self) -> None:
        if self.view.is_single_page():
            self.fit_width_button.setText(self.tr("Fit page"))
            self.fit_width_button.setAccessibleName(self.tr("Fit the whole page in the window"))
        else:
            self.fit_width_button.setText(self.tr("Fit width"))
            self.fit_width_button.setAccessibleName(self.tr("Fit the page to the width"))

    def _on_fit(self) -> None:
        """One page at a time fits the whole page; a continuous scroll fits the width."""
        if self.view.is_single_page():
            self.view.fit_page()
        else:
            self.view.fit_width()

    def _on_go_to_page(self) -> None:
        text = self.page_edit.text().strip()
        if not text.isdigit() or not self.view.page_count():
            return
        self.view.clear_highlight()
        self.view.go_to_page(max(1, min(int(text), self.view.page_count())) - 1)
        self.page_edit.clear()

    def _on_search(self) -> None:
        query = self.search_edit.text().strip()
        if not query:
            self.show_agenda()
            return
        self.side_stack.setCurrentWidget(self.results)
        self.agenda_button.show()
        self.results.show_searching(query)
        self.search_requested.emit(query)

    def _on_render_failed(self, document_id: str, _message: str) -> None:
        if document_id == self.document_id:
            self._message = "failed"
            self._show_message()
            self._update_reader_controls()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.height()
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if narrow:
                self.splitter.setSizes([self.height() * 2 // 5, self.height() * 3 // 5])
            else:
                self.splitter.setSizes([self.width() // 3, self.width() * 2 // 3])


__all__ = ["AgendaItemBlock", "DocumentRow", "HighlightedDocumentView", "MeetingPage"]
