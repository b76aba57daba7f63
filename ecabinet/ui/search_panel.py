"""Search across the meeting packet: a results list (document, page, the hit in context) under a search box.

The panel only shows: `search_requested(query)` goes to the session controller, its hits come back through
`show_results`, and a click on a result gives `result_chosen(Hit)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ecabinet.pdf.search import Hit
from ecabinet.ui.widgets import ClickableFrame

# More results than this are not listed (the count still says how many there are).
MAX_SHOWN: Final = 200


def context_html(hit: Hit) -> str:
    """The hit's line of context with the hit itself in bold, escaped for a rich-text label."""
    start, end = hit.context_span
    text = hit.context
    return f"{html.escape(text[:start])}<b>{html.escape(text[start:end])}</b>{html.escape(text[end:])}"


class SearchResultRow(ClickableFrame):
    """One hit: the document's title and page, and the words around the hit with the hit in bold."""

    def __init__(self, hit: Hit, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hit = hit
        self.document_title = title
        self.setObjectName("resultRow")
        self.where_label = QLabel()
        self.where_label.setObjectName("resultWhere")
        self.where_label.setWordWrap(True)
        self.context_label = QLabel(context_html(hit))
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
        self.context_label.setWordWrap(True)
        for label in (self.where_label, self.context_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.where_label)
        layout.addWidget(self.context_label)
        self.retranslate()

    def retranslate(self) -> None:
        page = self.tr("Page %1").replace("%1", str(self.hit.page + 1))
        self.where_label.setText(f"{self.document_title}  ·  {page}")
        self.setAccessibleName(f"{self.document_title}, {page}: {self.hit.context}")


class SearchResultsPanel(QWidget):
    """The results of the latest search, or what the search is doing ("Searching…", "No results")."""

    result_chosen = Signal(object)  # Hit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SearchResultRow] = []
        self._summary: Callable[[], str] = lambda: ""
        self.summary_label = QLabel()
        self.summary_label.setObjectName("mutedLabel")
        self.summary_label.setWordWrap(True)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        self.setAccessibleName(self.tr("Search results"))

    def show_searching(self, query: str) -> None:
        self._clear_rows()
        self._set_summary(lambda: self.tr("Searching all documents of this meeting for “%1”…").replace("%1", query))

    def show_failed(self) -> None:
        self._clear_rows()
        self._set_summary(lambda: self.tr("The search could not be completed. Please try again."))

    def show_results(self, query: str, hits: Sequence[Hit], titles: Callable[[str], str]) -> None:
        """List `hits` (the first `MAX_SHOWN`), each with its document's title from `titles(document_id)`."""
        self._clear_rows()
        count = len(hits)
        if count == 0:
            self._set_summary(lambda: self.tr("Nothing found for “%1”.").replace("%1", query))
        else:
            self._set_summary(lambda: self.tr("%n result(s) for “%1”", "", count).replace("%1", query))
        for position, hit in enumerate(hits[:MAX_SHOWN]):
            row = SearchResultRow(hit, titles(hit.document_id))
            row.clicked.connect(lambda hit=hit: self.result_chosen.emit(hit))
            self.rows.append(row)
            self._list_layout.insertWidget(position, row)

    def retranslate(self) -> None:
        self.summary_label.setText(self._summary())
        self.setAccessibleName(self.tr("Search results"))
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_summary(self, text: Callable[[], str]) -> None:
        self._summary = text
        self.summary_label.setText(text())

    def _clear_rows(self) -> None:
        for row in self.rows:
            self._list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []


__all__ = ["SearchResultRow", "SearchResultsPanel", "context_html"]
