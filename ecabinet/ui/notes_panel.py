"""My notes across the meeting's packet: every mark I made, by document and page, and those that could not
follow their text into a new version (kept on the old one, never dropped, until I decide).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ecabinet.client.annotations import MyAnnotationEntry
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ClickableFrame, RowListPanel

__all__ = ["NoteRow", "NotesPanel", "kind_name", "review_reason_text"]


def kind_name(kind: str) -> str:
    names = {
        "ink": QCoreApplication.translate("Marks", "Handwriting"),
        "highlight": QCoreApplication.translate("Marks", "Highlight"),
        "underline": QCoreApplication.translate("Marks", "Underline"),
        "note": QCoreApplication.translate("Marks", "Note"),
        "text_box": QCoreApplication.translate("Marks", "Text box"),
    }
    return names.get(kind, kind)


def review_reason_text(reason: str) -> str:
    """Why a mark stayed on the old version, in words (the reasons are codes from the re-anchoring)."""
    texts = {
        "text_changed": QCoreApplication.translate("Marks", "The marked text was changed or deleted."),
        "text_ambiguous": QCoreApplication.translate("Marks", "The marked text now appears in several places."),
        "anchor_gone": QCoreApplication.translate("Marks", "The text it was next to is gone."),
        "page_removed": QCoreApplication.translate("Marks", "Its page was removed."),
        "split_across_pages": QCoreApplication.translate("Marks", "The marked text now runs over two pages."),
        "page_out_of_range": QCoreApplication.translate("Marks", "Its page no longer exists."),
        "version_unavailable": QCoreApplication.translate("Marks", "The version it was on is no longer available."),
        "reanchor_failed": QCoreApplication.translate("Marks", "The document could not be read to move it."),
    }
    return texts.get(reason, QCoreApplication.translate("Marks", "It could not be placed on the new version."))


class NoteRow(ClickableFrame):
    """One of my marks: where it is, what it is, its words; a mark left on an old version says why."""

    discard_requested = Signal(str)

    def __init__(self, entry: MyAnnotationEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("resultRow")
        self.where_label = QLabel()
        self.where_label.setObjectName("resultWhere")
        self.where_label.setWordWrap(True)
        self.snippet_label = QLabel(entry.snippet)
        self.snippet_label.setWordWrap(True)
        self.snippet_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewNote")
        self.review_label.setWordWrap(True)
        self.review_label.setVisible(entry.stored.review is not None)
        self.discard_button = QPushButton()
        self.discard_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.discard_button.setVisible(entry.stored.review is not None)
        self.discard_button.clicked.connect(lambda: self.discard_requested.emit(entry.stored.id))
        for label in (self.where_label, self.snippet_label, self.review_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_label, 1)
        review_row.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.where_label)
        layout.addWidget(self.snippet_label)
        layout.addLayout(review_row)
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.entry
        page = self.tr("Page %1").replace("%1", str(entry.page + 1))
        parts = [entry.document_title, page, kind_name(entry.kind)]
        if entry.stored.shared:
            parts.append(self.tr("shared"))
        self.where_label.setText("  ·  ".join(part for part in parts if part))
        review = entry.stored.review
        if review is not None:
            self.review_label.setText(
                self.tr("Needs your review: %1").replace("%1", review_reason_text(review))
                + " "
                + self.tr("It stays on the version you marked.")
            )
            self.discard_button.setText(self.tr("Discard"))
            self.discard_button.setAccessibleName(self.tr("Discard this mark"))
        self.setAccessibleName(", ".join([*parts, entry.snippet, self.review_label.text() if review else ""]))


class NotesPanel(RowListPanel):
    """Every mark I made in this meeting, the ones needing review first; a tap opens the page."""

    entry_chosen = Signal(object)  # MyAnnotationEntry
    discard_requested = Signal(str)  # annotation id
    export_requested = Signal()  # take my private notes to another device
    import_requested = Signal()  # bring notes made on another device

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRow] = []  # type: ignore[assignment]
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        transfer = QHBoxLayout()
        for button in (self.export_button, self.import_button):
            button.setMinimumHeight(TOUCH_TARGET_PX)
            transfer.addWidget(button)
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, transfer)
        self.retranslate()

    def show_notes(self, entries: Sequence[MyAnnotationEntry]) -> None:
        self.clear_rows()
        ordered = sorted(entries, key=lambda e: (e.stored.review is None, e.document_title, e.page))
        reviews = sum(1 for e in entries if e.stored.review is not None)
        count = len(entries)
        if not count:
            self.set_summary(lambda: self.tr("You have no notes or marks in this meeting yet."))
        elif reviews:
            self.set_summary(
                lambda: (
                    self.tr("%n mark(s) in this meeting", "", count)
                    + "  ·  "
                    + self.tr("%n need(s) your review", "", reviews)
                )
            )
        else:
            self.set_summary(lambda: self.tr("%n mark(s) in this meeting", "", count))
        for entry in ordered:
            row = NoteRow(entry)
            row.clicked.connect(lambda entry=entry: self.entry_chosen.emit(entry))
            row.discard_requested.connect(self.discard_requested)
            self.add_row(row)

    def retranslate(self) -> None:
        self.retranslate_summary()
        self.setAccessibleName(self.tr("My notes"))
        self.export_button.setText(self.tr("Take to another device…"))
        self.export_button.setAccessibleName(self.tr("Save my private notes of this meeting in a protected file"))
        self.import_button.setText(self.tr("Bring from another device…"))
        self.import_button.setAccessibleName(self.tr("Read private notes from a file made on another device"))
        for row in self.rows:
            row.retranslate()
