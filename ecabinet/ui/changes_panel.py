"""What changed between the version I read and the new one: pages added or removed, text added, rewritten
or deleted, each with the words (deleted words can only be quoted: they are not on the new pages), and a tap
goes to the page. The reader also tints the changed lines on the new version's pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ecabinet.pdf.changes import Change, ChangeKind, VersionDiff
from ecabinet.ui.widgets import ClickableFrame, RowListPanel

__all__ = ["ChangeRow", "ChangesPanel"]


class ChangeRow(ClickableFrame):
    """One change: what happened and where, then the words that were and the words that are."""

    def __init__(self, change: Change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change = change
        self.setObjectName("resultRow")
        self.what_label = QLabel()
        self.what_label.setObjectName("resultWhere")
        self.what_label.setWordWrap(True)
        self.was_label = QLabel()
        self.was_label.setObjectName("changeWas")
        self.was_label.setWordWrap(True)
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        for label in (self.what_label, self.was_label, self.now_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.what_label)
        layout.addWidget(self.was_label)
        layout.addWidget(self.now_label)
        self.retranslate()

    @property
    def target_page(self) -> int | None:
        """Where a tap takes the reader on the new version (None: the change has no place there)."""
        return self.change.new_page

    def retranslate(self) -> None:
        c = self.change
        new_page = str((c.new_page or 0) + 1)
        old_page = str((c.old_page or 0) + 1)
        what = {
            ChangeKind.PAGE_ADDED: self.tr("Page %1 is new").replace("%1", new_page),
            ChangeKind.PAGE_REMOVED: self.tr("Page %1 of the version you read was removed").replace("%1", old_page),
            ChangeKind.TEXT_INSERTED: self.tr("Text added on page %1").replace("%1", new_page),
            ChangeKind.TEXT_REPLACED: self.tr("Text rewritten on page %1").replace("%1", new_page),
            ChangeKind.TEXT_DELETED: (
                self.tr("Text deleted near page %1").replace("%1", new_page)
                if c.new_page is not None
                else self.tr("Text deleted from page %1 of the version you read").replace("%1", old_page)
            ),
        }[c.kind]
        self.what_label.setText(what)
        self.was_label.setText(self.tr("Was: “%1”").replace("%1", c.old_text) if c.old_text else "")
        self.was_label.setVisible(bool(c.old_text))
        self.now_label.setText(self.tr("Now: “%1”").replace("%1", c.new_text) if c.new_text else "")
        self.now_label.setVisible(bool(c.new_text))
        self.setAccessibleName(". ".join(t for t in (what, self.was_label.text(), self.now_label.text()) if t))


class ChangesPanel(RowListPanel):
    """The list of changes between two versions (or that it is being worked out, or that nothing changed)."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChangeRow] = []  # type: ignore[assignment]
        self.setAccessibleName(self.tr("What changed"))

    def show_comparing(self) -> None:
        self.clear_rows()
        self.set_summary(lambda: self.tr("Comparing with the version you read…"))

    def show_failed(self) -> None:
        self.clear_rows()
        self.set_summary(lambda: self.tr("The versions could not be compared."))

    def show_diff(self, diff: VersionDiff) -> None:
        self.clear_rows()
        count = len(diff.changes)
        if not count:
            self.set_summary(lambda: self.tr("The text is the same as in the version you read."))
        else:
            self.set_summary(lambda: self.tr("%n change(s) since the version you read", "", count))
        for change in diff.changes:
            row = ChangeRow(change)
            if row.target_page is not None:
                row.clicked.connect(lambda page=row.target_page: self.page_chosen.emit(page))
            self.add_row(row)

    def retranslate(self) -> None:
        self.retranslate_summary()
        self.setAccessibleName(self.tr("What changed"))
        for row in self.rows:
            row.retranslate()
