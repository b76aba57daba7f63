"""Search across the meeting packet: a results list (document, page, the hit in context) under a search box.

The panel only shows: `search_requested(query)` goes to the session controller, its hits come back through
`show_results`, and a click on a result gives `result_chosen(Hit)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ecabinet.pdf.search import Hit
from ecabinet.ui.widgets import ClickableFrame, RowListPanel

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


class SearchResultsPanel(RowListPanel):
    """The results of the latest search, or what the search is doing ("Searching…", "No results")."""

    result_chosen = Signal(object)  # Hit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SearchResultRow] = []  # type: ignore[assignment]
        self.setAccessibleName(self.tr("Search results"))

    def show_searching(self, query: str) -> None:
        self.clear_rows()
        self.set_summary(lambda: self.tr("Searching all documents of this meeting for “%1”…").replace("%1", query))

    def show_failed(self) -> None:
        self.clear_rows()
        self.set_summary(lambda: self.tr("The search could not be completed. Please try again."))

    def show_results(self, query: str, hits: Sequence[Hit], titles: Callable[[str], str]) -> None:
        """List `hits` (the first `MAX_SHOWN`), each with its document's title from `titles(document_id)`."""
        self.clear_rows()
        count = len(hits)
        if count == 0:
            self.set_summary(lambda: self.tr("Nothing found for “%1”.").replace("%1", query))
        else:
            self.set_summary(lambda: self.tr("%n result(s) for “%1”", "", count).replace("%1", query))
        for hit in hits[:MAX_SHOWN]:
            row = SearchResultRow(hit, titles(hit.document_id))
            row.clicked.connect(lambda hit=hit: self.result_chosen.emit(hit))
            self.add_row(row)

    def retranslate(self) -> None:
        self.retranslate_summary()
        self.setAccessibleName(self.tr("Search results"))
        for row in self.rows:
            row.retranslate()


__all__ = ["SearchResultRow", "SearchResultsPanel", "context_html"]
