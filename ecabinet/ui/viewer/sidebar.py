"""Beside the pages: thumbnails of every page and the document's outline (bookmarks), both to jump with.

Thumbnails come from the same render worker as the pages, in their own lane (`RenderService.want(...,
lane="thumbnails")`), so they never delay the page being read, and only for the rows in view: a 320-page packet
does not render 320 thumbnails before the first one shows. They land in the shared image cache, where the
reader also finds them as a blurry stand-in for a page that is not rendered yet.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from ecabinet.pdf.render import OutlineEntry
from ecabinet.ui.viewer.renderer import RenderKey, RenderService

__all__ = ["OutlineTree", "ReaderSidebar", "ThumbnailList"]

_PAGE_ROLE = Qt.ItemDataRole.UserRole


class ThumbnailList(QListWidget):
    """One small picture per page, numbered; the current page is selected, a tap goes to a page."""

    page_chosen = Signal(int)  # 0-based page

    THUMB_WIDTH = 112  # logical pixels
    EXTRA_ROWS = 3  # rendered beyond the visible rows, so a short scroll finds them ready

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._doc_id: str | None = None
        self._sizes: list[tuple[float, float]] = []
        self.setObjectName("thumbnailList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setIconSize(QSize(self.THUMB_WIDTH, round(self.THUMB_WIDTH * 1.42)))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self._blank = self._blank_icon()
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.setInterval(30)
        self._request_timer.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(self._schedule_requests)  # not timer.start: it takes an int
        self.itemActivated.connect(self._on_item_chosen)
        self.itemClicked.connect(self._on_item_chosen)
        service.page_rendered.connect(self._on_rendered)
        service.document_opened.connect(self._on_document_opened)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Page thumbnails"))
        for row in range(self.count()):
            item = self.item(row)
            item.setToolTip(self.tr("Page %1").replace("%1", str(row + 1)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_document(self, doc_id: str | None) -> None:
        """Show the pages of `doc_id` (opened in the service by the caller), or nothing."""
        self._doc_id = doc_id
        self._sizes = []
        self.clear()
        sizes = self._service.page_sizes(doc_id) if doc_id is not None else None
        if sizes is not None:
            self._populate(sizes)

    def set_current(self, page: int) -> None:
        """Select `page` and scroll it into view, without sending `page_chosen` back."""
        if not 0 <= page < self.count():
            return
        blocked = self.blockSignals(True)
        self.setCurrentRow(page)
        self.blockSignals(blocked)
        self.scrollToItem(self.item(page), QListWidget.ScrollHint.EnsureVisible)

    def thumbnail_scale(self, page: int) -> float:
        """Device pixels per point for `page`'s thumbnail (its width fills `THUMB_WIDTH`)."""
        width = self._sizes[page][0] or 1.0
        return round(self.THUMB_WIDTH * self.devicePixelRatioF() / width, 4)

    def has_thumbnail(self, page: int) -> bool:
        return 0 <= page < self.count() and self.item(page).data(_PAGE_ROLE + 1) is True

    def _populate(self, sizes: list[tuple[float, float]]) -> None:
        self._sizes = list(sizes)
        self.setUpdatesEnabled(False)
        for page in range(len(sizes)):
            item = QListWidgetItem(self._blank, str(page + 1))
            item.setData(_PAGE_ROLE, page)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(self.tr("Page %1").replace("%1", str(page + 1)))
            self._set_cached_icon(item, page)
            self.addItem(item)
        self.setUpdatesEnabled(True)
        self._request_timer.start()

    def _blank_icon(self) -> QIcon:
        pixmap = QPixmap(self.iconSize())
        pixmap.fill(QColor("white"))
        return QIcon(pixmap)

    def _set_cached_icon(self, item: QListWidgetItem, page: int) -> None:
        if self._doc_id is None:
            return
        image = self._service.cached(self._doc_id, page, self.thumbnail_scale(page))
        if image is not None:
            self._set_icon(item, image)

    def _set_icon(self, item: QListWidgetItem, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        item.setIcon(QIcon(pixmap))
        item.setData(_PAGE_ROLE + 1, True)

    def visible_rows(self) -> range:
        """The rows in view (plus a few either side): what is worth rendering now."""
        if not self.count():
            return range(0)
        first = self._row_near(0, downwards=True)
        last = self._row_near(self.viewport().height() - 1, downwards=False)
        first = 0 if first is None else first
        last = self.count() - 1 if last is None else last
        return range(max(0, first - 1), min(self.count(), last + 1 + self.EXTRA_ROWS))

    def _row_near(self, y: int, *, downwards: bool) -> int | None:
        """The row at height `y` of the viewport, or the next one in `downwards` direction (gaps between rows)."""
        x = self.viewport().width() // 2
        step = 4 if downwards else -4
        for offset in range(0, self.iconSize().height() + 8 * self.spacing(), 4):
            index = self.indexAt(QPoint(x, y + (offset if step > 0 else -offset)))
            if index.isValid():
                return index.row()
        return None

    @Slot()
    def _schedule_requests(self) -> None:
        self._request_timer.start()

    @Slot()
    def _request_visible(self) -> None:
        if self._doc_id is None or not self._sizes or not self.isVisible():
            return
        keys = [
            RenderKey(self._doc_id, page, self.thumbnail_scale(page))
            for page in self.visible_rows()
            if not self.has_thumbnail(page)
        ]
        self._service.want(keys, lane="thumbnails")

    @Slot(str, int, float, QImage)
    def _on_rendered(self, doc_id: str, page: int, scale: float, image: QImage) -> None:
        if doc_id != self._doc_id or not 0 <= page < self.count() or scale != self.thumbnail_scale(page):
            return
        self._set_icon(self.item(page), image)

    @Slot(str)
    def _on_document_opened(self, doc_id: str) -> None:
        if doc_id == self._doc_id and not self._sizes:
            sizes = self._service.page_sizes(doc_id)
            if sizes is not None:
                self._populate(sizes)

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        self.page_chosen.emit(int(item.data(_PAGE_ROLE)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.currentItem()
        if current is not None:  # scrolling while hidden does not stick: the list had no size yet
            self.scrollToItem(current, QListWidget.ScrollHint.PositionAtCenter)
        self._request_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._request_timer.start()


class OutlineTree(QTreeWidget):
    """The document's bookmarks as a tree; choosing one goes to its page."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineTree")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setWordWrap(True)
        self.itemActivated.connect(self._on_item_chosen)
        self.itemClicked.connect(self._on_item_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Contents of the document"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_entries(self, entries: tuple[OutlineEntry, ...]) -> None:
        """Build the tree; a level that jumps (1 then 3) hangs under the nearest shallower entry."""
        self.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for entry in entries:
            while parents and parents[-1][0] >= entry.level:
                parents.pop()
            item = QTreeWidgetItem([entry.title])
            item.setData(0, _PAGE_ROLE, entry.page)
            item.setToolTip(0, entry.title)
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            parents.append((entry.level, item))
        self.expandToDepth(0)

    def entry_count(self) -> int:
        count = 0
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            count += 1
            stack.extend(item.child(i) for i in range(item.childCount()))
        return count

    def _on_item_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.page_chosen.emit(int(item.data(0, _PAGE_ROLE)))


class ReaderSidebar(QTabWidget):
    """Pages and Contents, side by side as tabs; Contents is offered only when the document has an outline."""

    page_chosen = Signal(int)

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerSidebar")
        self._service = service
        self._doc_id: str | None = None
        self.thumbnails = ThumbnailList(service)
        self.outline = OutlineTree()
        self.addTab(self.thumbnails, "")
        self.addTab(self.outline, "")
        self.thumbnails.page_chosen.connect(self.page_chosen)
        self.outline.page_chosen.connect(self.page_chosen)
        service.document_opened.connect(self._on_document_opened)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Pages"))
        self.setTabText(1, self.tr("Contents"))
        self.setAccessibleName(self.tr("Pages and contents"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_document(self, doc_id: str | None) -> None:
        self._doc_id = doc_id
        self.thumbnails.set_document(doc_id)
        self._show_outline()

    def set_current(self, page: int) -> None:
        self.thumbnails.set_current(page)

    def _show_outline(self) -> None:
        entries = self._service.outline(self._doc_id) if self._doc_id is not None else ()
        self.outline.set_entries(entries)
        self.setTabEnabled(1, bool(entries))
        if not entries and self.currentIndex() == 1:
            self.setCurrentIndex(0)

    @Slot(str)
    def _on_document_opened(self, doc_id: str) -> None:
        if doc_id == self._doc_id:
            self._show_outline()

    def sizeHint(self) -> QSize:
        return QSize(ThumbnailList.THUMB_WIDTH + 64, 600)
