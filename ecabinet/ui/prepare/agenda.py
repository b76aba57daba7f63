"""The agenda editor: items and sub-items in order (drag to reorder, numbers follow), the planned time against
the meeting's length, the selected item's details and its documents, which PDFs dropped on it become.

It shows the meeting as the server described it and asks for changes by signals; it never changes its own
picture before the server has answered, so what is on the screen is always what the participants will get.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecabinet.ui.meetings_page import format_size
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import restyle, touch_button

__all__ = ["AgendaEditor", "AgendaTree", "UploadRow", "pdf_paths"]

_ITEM_ROLE = Qt.ItemDataRole.UserRole


def pdf_paths(mime: QMimeData) -> list[Path]:
    """The local files of a drop (a file manager drags URLs); anything else is not ours to take."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AgendaTree(QTreeWidget):
    """Items with their sub-items; rows are dragged within their level to reorder, PDFs dropped on a row
    are uploaded to that item."""

    reordered = Signal(list)  # every item id in the new order (sub-items after their parent)
    files_dropped = Signal(str, list)  # item id, paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaTree")
        self.setColumnCount(4)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasUrls():
            target = self.itemAt(event.position().toPoint())
            paths = pdf_paths(event.mimeData())
            if target is not None and paths:
                self.files_dropped.emit(str(target.data(0, _ITEM_ROLE)), paths)
                event.acceptProposedAction()
            return
        super().dropEvent(event)
        self.reordered.emit(self.order())

    def order(self) -> list[str]:
        ids: list[str] = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is None:
                continue
            ids.append(str(top.data(0, _ITEM_ROLE)))
            children = (top.child(c) for c in range(top.childCount()))
            ids.extend(str(child.data(0, _ITEM_ROLE)) for child in children if child is not None)
        return ids


class UploadRow(QFrame):
    """One file on its way: name, progress, and then either nothing (done) or what went wrong."""

    cancel_requested = Signal(str)

    def __init__(self, key: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("uploadRow")
        self.name_label = QLabel(name)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(key))
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.status_label)
        self.cancel_button.setText(self.tr("Cancel"))
        self.status_label.hide()

    def set_progress(self, sent: int, total: int) -> None:
        self.bar.setValue(round(1000 * sent / total) if total else 0)

    def set_done(self) -> None:
        self.bar.setValue(1000)
        self.cancel_button.hide()
        self.status_label.setText(self.tr("Uploaded"))
        self.status_label.show()

    def set_failed(self, message: str) -> None:
        self.cancel_button.hide()
        self.bar.hide()
        self.status_label.setObjectName("errorBanner")
        self.status_label.setText(message)
        self.status_label.show()


class AgendaEditor(QWidget):
    """The agenda tree, the planned time, the selected item's form, its documents and uploads."""

    add_requested = Signal(str, str, int, object)  # title, presenter, minutes, parent id or None
    update_requested = Signal(object, dict)  # item, changes
    delete_requested = Signal(object)  # item
    restore_requested = Signal(str)  # item id
    reorder_requested = Signal(list)
    upload_requested = Signal(str, list)  # item id, paths
    new_version_requested = Signal(str)  # document id (the page asks for the file)
    access_requested = Signal(object)  # document
    withdraw_requested = Signal(object)  # document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting: dict[str, Any] = {}
        self.tree = AgendaTree()
        self.tree.currentItemChanged.connect(self._on_selected)
        self.tree.reordered.connect(self.reorder_requested)
        self.tree.files_dropped.connect(self.upload_requested)
        self.total_label = QLabel()
        self.total_label.setObjectName("plannedTotal")

        self.title_edit = QLineEdit()
        self.presenter_edit = QLineEdit()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSingleStep(5)
        for field in (self.title_edit, self.presenter_edit, self.minutes_spin):
            field.setMinimumHeight(TOUCH_TARGET_PX)
        self.title_label, self.presenter_label, self.minutes_label = QLabel(), QLabel(), QLabel()
        self.title_label.setBuddy(self.title_edit)
        self.presenter_label.setBuddy(self.presenter_edit)
        self.minutes_label.setBuddy(self.minutes_spin)
        form = QFormLayout()
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.presenter_label, self.presenter_edit)
        form.addRow(self.minutes_label, self.minutes_spin)
        self.save_button = touch_button(primary=True)
        self.add_button = touch_button()
        self.add_sub_button = touch_button()
        self.delete_button = touch_button()
        self.save_button.clicked.connect(self._on_save)
        self.add_button.clicked.connect(lambda: self._on_add(sub=False))
        self.add_sub_button.clicked.connect(lambda: self._on_add(sub=True))
        self.delete_button.clicked.connect(self._on_delete)
        item_buttons = QHBoxLayout()
        for button in (self.save_button, self.add_button, self.add_sub_button, self.delete_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)

        self.documents_title = QLabel()
        self.documents_title.setObjectName("sectionTitle")
        self.documents = QListWidget()
        self.documents.setObjectName("preparedDocuments")
        self.documents.setAcceptDrops(True)
        self.documents.viewport().setAcceptDrops(True)
        self.documents.installEventFilter(self)
        self.documents.viewport().installEventFilter(self)
        self.add_files_button = touch_button()
        self.version_button = touch_button()
        self.access_button = touch_button()
        self.withdraw_button = touch_button()
        self.add_files_button.clicked.connect(self._on_add_files)
        self.version_button.clicked.connect(lambda: self._with_document(self.new_version_requested, "id"))
        self.access_button.clicked.connect(lambda: self._with_document(self.access_requested))
        self.withdraw_button.clicked.connect(lambda: self._with_document(self.withdraw_requested))
        document_buttons = QHBoxLayout()
        for button in (self.add_files_button, self.version_button, self.access_button, self.withdraw_button):
            document_buttons.addWidget(button)
        document_buttons.addStretch(1)
        self.uploads = QVBoxLayout()
        self.upload_rows: dict[str, UploadRow] = {}
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("mutedLabel")
        self.drop_hint.setWordWrap(True)

        self.trash_title = QLabel()
        self.trash = QListWidget()
        self.trash.setMaximumHeight(120)
        self.restore_button = touch_button()
        self.restore_button.clicked.connect(self._on_restore)

        left = QVBoxLayout()
        left.addWidget(self.total_label)
        left.addWidget(self.tree, 1)
        left.addWidget(self.trash_title)
        left.addWidget(self.trash)
        left.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_panel = QWidget()
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 8, 0)
        right.addLayout(form)
        right.addLayout(item_buttons)
        right.addSpacing(12)
        right.addWidget(self.documents_title)
        right.addWidget(self.drop_hint)
        self.documents.setMinimumHeight(140)
        right.addWidget(self.documents, 1)
        right.addLayout(document_buttons)
        right.addLayout(self.uploads)
        right.addStretch(0)
        # The details scroll rather than squeeze when the window is short (a tablet in landscape).
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(right_panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 1)
        layout.addWidget(scroller, 1)
        self.retranslate()
        self._on_selected(None, None)

    # -- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Item"), self.tr("Presenter"), self.tr("Minutes")])
        self.tree.setAccessibleName(self.tr("Agenda items; drag to reorder, drop PDFs on an item to add them"))
        self.title_label.setText(self.tr("&Title"))
        self.presenter_label.setText(self.tr("&Presenter"))
        self.minutes_label.setText(self.tr("Planned &minutes"))
        self.save_button.setText(self.tr("Save item"))
        self.add_button.setText(self.tr("Add item"))
        self.add_sub_button.setText(self.tr("Add sub-item"))
        self.delete_button.setText(self.tr("Delete item"))
        self.documents_title.setText(self.tr("Documents of the item"))
        self.drop_hint.setText(self.tr("Drop PDF files here or on an agenda item, several at once."))
        self.documents.setAccessibleName(self.tr("Documents of the selected item"))
        self.add_files_button.setText(self.tr("Add PDFs…"))
        self.version_button.setText(self.tr("New version…"))
        self.access_button.setText(self.tr("Who may read…"))
        self.withdraw_button.setText(self.tr("Withdraw version…"))
        self.trash_title.setText(self.tr("Deleted items (can be restored until publication)"))
        self.restore_button.setText(self.tr("Restore"))
        self._show_total()
        self._show_documents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the meeting -------------------------------------------------------------------------------------

    def set_meeting(self, meeting: dict[str, Any]) -> None:
        """Show the server's picture of the meeting (again), keeping the selected item selected."""
        selected = self.selected_item()
        selected_id = str(selected["id"]) if selected else None
        self.meeting = meeting
        self.tree.blockSignals(True)
        self.tree.clear()
        by_id: dict[str, QTreeWidgetItem] = {}
        for item in meeting.get("agenda", []):
            row = QTreeWidgetItem(
                [str(item.get("number", "")), str(item.get("title", "")), str(item.get("presenter", "")),
                 str(item.get("duration_minutes", 0))]
            )  # fmt: skip
            row.setData(0, _ITEM_ROLE, item["id"])
            row.setData(1, _ITEM_ROLE, item)
            if item.get("late"):
                row.setText(1, row.text(1) + "  · " + self.tr("late addition"))
            parent = by_id.get(str(item.get("parent_id") or ""))
            if parent is not None:
                parent.addChild(row)
            else:
                self.tree.addTopLevelItem(row)
            by_id[str(item["id"])] = row
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.blockSignals(False)
        if selected_id in by_id:
            self.tree.setCurrentItem(by_id[selected_id])
        else:
            self._on_selected(None, None)
        self.trash.clear()
        for deleted in meeting.get("deleted_items", []) or []:
            entry = QListWidgetItem(str(deleted.get("title", "")))
            entry.setData(_ITEM_ROLE, deleted["id"])
            self.trash.addItem(entry)
        self.trash.setVisible(self.trash.count() > 0)
        self.trash_title.setVisible(self.trash.count() > 0)
        self.restore_button.setVisible(self.trash.count() > 0)
        self._show_total()

    def selected_item(self) -> dict[str, Any] | None:
        row = self.tree.currentItem()
        data = row.data(1, _ITEM_ROLE) if row is not None else None
        return data if isinstance(data, dict) else None

    def select_item(self, item_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for row in [top, *(top.child(c) for c in range(top.childCount()))] if top is not None else []:
                if row is not None and row.data(0, _ITEM_ROLE) == item_id:
                    self.tree.setCurrentItem(row)
                    return

    def selected_document(self) -> dict[str, Any] | None:
        row = self.documents.currentItem()
        data = row.data(_ITEM_ROLE) if row is not None else None
        return data if isinstance(data, dict) else None

    def _show_total(self) -> None:
        planned = int(self.meeting.get("planned_minutes") or 0)
        length = int(self.meeting.get("duration_minutes") or 0)
        self.total_label.setText(
            self.tr("Planned %1 of %2 minutes").replace("%1", str(planned)).replace("%2", str(length))
        )
        over = bool(length) and planned > length
        if self.total_label.property("over") != over:
            self.total_label.setProperty("over", over)
            restyle(self.total_label)

    def _on_selected(self, _current: object, _previous: object) -> None:
        item = self.selected_item()
        self.title_edit.setText(str(item.get("title", "")) if item else "")
        self.presenter_edit.setText(str(item.get("presenter", "")) if item else "")
        self.minutes_spin.setValue(int(item.get("duration_minutes", 10)) if item else 10)
        for widget in (self.save_button, self.add_sub_button, self.delete_button, self.add_files_button):
            widget.setEnabled(item is not None)
        self.add_sub_button.setEnabled(item is not None and not item.get("parent_id"))
        self._show_documents()

    def _show_documents(self) -> None:
        self.documents.clear()
        item = self.selected_item()
        for document in item.get("documents", []) if item else []:
            versions = document.get("versions") or []
            newest = versions[-1] if versions else {}
            parts = [
                str(document.get("title", "")),
                self.tr("%n page(s)", "", int(newest.get("pages") or 0)),
                format_size(int(newest.get("size") or 0)),
            ]
            if len(versions) > 1:
                parts.append(self.tr("version %1").replace("%1", str(len(versions))))
            if document.get("restricted"):
                parts.append(self.tr("named readers only"))
            ocr = document.get("ocr") or {}
            if ocr.get("state") in ("queued", "running"):
                parts.append(
                    self.tr("recognising text: %1 of %2 pages")
                    .replace("%1", str(ocr.get("pages_done", 0)))
                    .replace("%2", str(ocr.get("pages", 0)))
                )
            elif ocr.get("state") == "done":
                parts.append(self.tr("text recognised"))
            row = QListWidgetItem("  ·  ".join(parts))
            row.setData(_ITEM_ROLE, document)
            self.documents.addItem(row)
        has = self.documents.count() > 0
        if has:
            self.documents.setCurrentRow(0)
        for button in (self.version_button, self.access_button, self.withdraw_button):
            button.setEnabled(has)

    # -- uploads ----------------------------------------------------------------------------------------------

    def add_upload(self, key: str, name: str) -> UploadRow:
        row = UploadRow(key, name)
        self.upload_rows[key] = row
        self.uploads.addWidget(row)
        return row

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        """PDFs dropped on the documents list go to the selected item."""
        dragging = event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if dragging and isinstance(event, QDragEnterEvent) and event.mimeData().hasUrls() and self.selected_item():
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            item = self.selected_item()
            paths = pdf_paths(event.mimeData())
            if item is not None and paths:
                self.upload_requested.emit(str(item["id"]), paths)
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- actions ----------------------------------------------------------------------------------------------

    def _fields(self) -> tuple[str, str, int]:
        return self.title_edit.text().strip(), self.presenter_edit.text().strip(), self.minutes_spin.value()

    def _on_save(self) -> None:
        item = self.selected_item()
        title, presenter, minutes = self._fields()
        if item is None or not title:
            return
        changes = {
            key: value
            for key, value in (("title", title), ("presenter", presenter), ("duration_minutes", minutes))
            if item.get(key) != value
        }
        if changes:
            self.update_requested.emit(item, changes)

    def _on_add(self, *, sub: bool) -> None:
        title, presenter, minutes = self._fields()
        item = self.selected_item()
        parent = str(item["id"]) if sub and item is not None else None
        if not title or (item is not None and title == item.get("title")):
            title = self.tr("New item")
            presenter = ""
        self.add_requested.emit(title, presenter, minutes, parent)

    def _on_delete(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.delete_requested.emit(item)

    def _on_restore(self) -> None:
        row = self.trash.currentItem() or (self.trash.item(0) if self.trash.count() else None)
        if row is not None:
            self.restore_requested.emit(str(row.data(_ITEM_ROLE)))

    def _on_add_files(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.upload_requested.emit(str(item["id"]), [])  # empty: the page asks for the files

    def _with_document(self, signal: Any, key: str | None = None) -> None:
        document = self.selected_document()
        if document is not None:
            signal.emit(document[key] if key else document)
