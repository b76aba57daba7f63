"""The secretariat workspace: prepare meetings from nothing or from an earlier one, publish them, and see who
has the papers. Shown to users with the secretariat role, in the same app as the reader.

Left, the meetings this secretary prepares; right, the chosen meeting: its details and state, then tabs for the
agenda (with documents), the participants (with delivery status) and the activity log.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.errors import ApiError
from ecabinet.ui.messages import meeting_state_name
from ecabinet.ui.prepare.agenda import AgendaEditor
from ecabinet.ui.prepare.controller import PrepareController
from ecabinet.ui.prepare.people import ActivityPanel, ParticipantsPanel
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ErrorBanner

__all__ = ["AccessDialog", "PreparePage", "problem_text"]

_MEETING_ROLE = Qt.ItemDataRole.UserRole


def problem_text(page: QWidget, error: BaseException) -> str:
    """What went wrong, in words a secretary can act on (by the server's stable code)."""
    code = error.code if isinstance(error, ApiError) else ""
    texts = {
        "version_conflict": page.tr(
            "Someone else changed this meanwhile. It has been reloaded: make your change again."
        ),
        "item_has_documents": page.tr("This item holds documents: delete them with it?"),
        "not_a_pdf": page.tr("This file is not a PDF."),
        "invalid_pdf": page.tr("This PDF is damaged and cannot be read."),
        "encrypted_pdf": page.tr("This PDF is protected by a password; upload an unprotected copy."),
        "upload_too_large": page.tr("This file is larger than the server accepts."),
        "item_closed": page.tr("The chair has already opened this item."),
        "not_allowed": page.tr("You may not do this in this meeting."),
        "invalid_parent": page.tr("Sub-items cannot have sub-items of their own."),
        "parent_deleted": page.tr("Restore its parent item first."),
    }
    if code in texts:
        return texts[code]
    message = error.message if isinstance(error, ApiError) else str(error)
    return page.tr("The server refused this: %1").replace("%1", message)


class AccessDialog(QDialog):
    """Who may read a document: every participant, or only the ones ticked."""

    def __init__(self, document: dict[str, Any], participants: list[dict[str, Any]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("accessDialog")
        self.setWindowTitle(self.tr("Who may read this document"))
        self.restricted_box = QCheckBox(self.tr("Only the participants ticked below (confidential)"))
        self.restricted_box.setChecked(bool(document.get("restricted")))
        self.reader_boxes: dict[str, QCheckBox] = {}
        readers = set(document.get("readers") or [])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(str(document.get("title", ""))))
        layout.addWidget(self.restricted_box)
        for participant in participants:
            user_id = str(participant.get("user_id") or participant.get("id"))
            box = QCheckBox(str(participant.get("display_name") or participant.get("username") or user_id))
            box.setChecked(user_id in readers)
            box.setMinimumHeight(TOUCH_TARGET_PX)
            self.reader_boxes[user_id] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def readers(self) -> list[str]:
        return [user_id for user_id, box in self.reader_boxes.items() if box.isChecked()]


class PreparePage(QWidget):
    """Meetings to prepare on the left; the chosen one's details, agenda, participants and activity."""

    back_requested = Signal()

    def __init__(self, controller: PrepareController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.controller = controller
        self.bodies: list[dict[str, Any]] = []
        self._new = False  # the form describes a meeting still to be created
        self._upload_keys = itertools.count(1)
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)

        header = QFrame()
        header.setObjectName("pageHeader")
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeaderTitle")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        header_layout.addWidget(self.back_button)
        header_layout.addWidget(self.heading, 1)

        self.meeting_list = QListWidget()
        self.meeting_list.setObjectName("prepareMeetings")
        self.meeting_list.currentItemChanged.connect(self._on_meeting_chosen)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.copy_button = QPushButton()
        self.new_button.clicked.connect(self.start_new_meeting)
        self.copy_button.clicked.connect(self.copy_meeting)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(20, 16, 12, 16)
        side_layout.addWidget(self.meeting_list, 1)
        side_layout.addWidget(self.new_button)
        side_layout.addWidget(self.copy_button)

        self.title_edit = QLineEdit()
        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(10, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.location_edit = QLineEdit()
        self.title_label, self.when_label, self.duration_label, self.location_label = (QLabel() for _ in range(4))
        for label, field in (
            (self.title_label, self.title_edit),
            (self.when_label, self.when_edit),
            (self.duration_label, self.duration_spin),
            (self.location_label, self.location_edit),
        ):
            label.setBuddy(field)
            field.setMinimumHeight(TOUCH_TARGET_PX)
        # Compact: the agenda below needs the height. Title across, then when / how long / where in one row.
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.addWidget(self.title_label, 0, 0)
        form.addWidget(self.title_edit, 0, 1, 1, 5)
        form.addWidget(self.when_label, 1, 0)
        form.addWidget(self.when_edit, 1, 1)
        form.addWidget(self.duration_label, 1, 2)
        form.addWidget(self.duration_spin, 1, 3)
        form.addWidget(self.location_label, 1, 4)
        form.addWidget(self.location_edit, 1, 5)
        form.setColumnStretch(1, 2)
        form.setColumnStretch(5, 3)
        self.state_label = QLabel()
        self.state_label.setObjectName("stateBadge")
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.publish_button = QPushButton()
        self.unpublish_button = QPushButton()
        self.save_button.clicked.connect(self._on_save)
        self.publish_button.clicked.connect(self.controller.publish)
        self.unpublish_button.clicked.connect(self.controller.unpublish)
        for button in (self.back_button, self.new_button, self.copy_button, self.save_button, self.publish_button,
                       self.unpublish_button):  # fmt: skip
            button.setMinimumHeight(TOUCH_TARGET_PX)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        actions = QHBoxLayout()
        actions.addWidget(self.state_label)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.unpublish_button)
        actions.addWidget(self.publish_button)
        self.notice = ErrorBanner()
        self.notice.setObjectName("infoBanner")
        self.error = ErrorBanner()

        self.agenda = AgendaEditor()
        self.participants = ParticipantsPanel()
        self.activity = ActivityPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(self.participants, "")
        self.tabs.addTab(self.activity, "")
        self.tabs.currentChanged.connect(self._on_tab)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(12, 16, 20, 16)
        editor_layout.addLayout(form)
        editor_layout.addLayout(actions)
        editor_layout.addWidget(self.notice)
        editor_layout.addWidget(self.error)
        editor_layout.addWidget(self.tabs, 1)
        self.editor = editor

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 960])
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addWidget(splitter, 1)

        c = controller
        c.meetings_loaded.connect(self.show_meetings)
        c.meeting_loaded.connect(self.show_meeting)
        c.users_loaded.connect(self._on_directory)
        c.delivery_loaded.connect(self.participants.set_delivery)
        c.audit_loaded.connect(self.activity.set_entries)
        c.failed.connect(self._on_failed)
        c.conflict.connect(lambda exc: self.error.show_error(lambda: problem_text(self, exc)))
        c.upload_progress.connect(self._on_upload_progress)
        c.upload_finished.connect(self._on_upload_finished)
        c.upload_failed.connect(self._on_upload_failed)
        a = self.agenda
        a.add_requested.connect(lambda t, p, m, parent: c.add_item(title=t, presenter=p, duration=m, parent_id=parent))
        a.update_requested.connect(c.update_item)
        a.delete_requested.connect(self._on_delete_item)
        a.restore_requested.connect(c.restore_item)
        a.reorder_requested.connect(c.reorder)
        a.upload_requested.connect(self.upload_files)
        a.new_version_requested.connect(self.upload_new_version)
        a.access_requested.connect(self.edit_access)
        a.withdraw_requested.connect(self.withdraw_version)
        p = self.participants
        p.invite_requested.connect(c.set_participant)
        p.remove_requested.connect(c.remove_participant)
        p.refresh_requested.connect(c.load_delivery)
        self.activity.refresh_requested.connect(c.load_audit)
        self.retranslate()
        self._show_editor(False)

    # -- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText("← " + self.tr("Meetings"))
        self.heading.setText(self.tr("Prepare meetings"))
        self.meeting_list.setAccessibleName(self.tr("Meetings you prepare"))
        self.new_button.setText(self.tr("New meeting"))
        self.copy_button.setText(self.tr("Copy the chosen meeting…"))
        self.title_label.setText(self.tr("&Title"))
        self.when_label.setText(self.tr("&Starts"))
        self.duration_label.setText(self.tr("&Length (minutes)"))
        self.location_label.setText(self.tr("&Place"))
        self.save_button.setText(self.tr("Create meeting") if self._new_mode() else self.tr("Save details"))
        self.publish_button.setText(self.tr("Publish to participants"))
        self.unpublish_button.setText(self.tr("Back to draft"))
        self.tabs.setTabText(0, self.tr("Agenda and documents"))
        self.tabs.setTabText(1, self.tr("Participants and delivery"))
        self.tabs.setTabText(2, self.tr("Activity"))
        meeting = self.controller.meeting
        self.state_label.setText(meeting_state_name(str(meeting.get("state", ""))) if meeting else "")
        self.notice.retranslate()
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _new_mode(self) -> bool:
        return self._new

    # -- what the window calls ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Shown: load the meetings and the directory."""
        self.controller.load_meetings()
        self.controller.load_users()

    def show_meetings(self, meetings: list[dict[str, Any]]) -> None:
        current = self.controller.meeting["id"] if self.controller.meeting else None
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in sorted(meetings, key=lambda m: str(m.get("starts_at", "")), reverse=True):
            starts = str(meeting.get("starts_at", ""))[:16].replace("T", " ")
            state = meeting_state_name(str(meeting.get("state", "")))
            row = QListWidgetItem(f"{meeting.get('title', '')}\n{starts}  ·  {state}")
            row.setData(_MEETING_ROLE, meeting["id"])
            self.meeting_list.addItem(row)
            if meeting["id"] == current:
                self.meeting_list.setCurrentItem(row)
        self.meeting_list.blockSignals(False)

    def show_meeting(self, meeting: dict[str, Any]) -> None:
        self._new = False
        self._show_editor(True)
        self.title_edit.setText(str(meeting.get("title", "")))
        starts = QDateTime.fromString(str(meeting.get("starts_at", "")), Qt.DateFormat.ISODate)
        if starts.isValid():
            self.when_edit.setDateTime(starts.toLocalTime())
        self.duration_spin.setValue(int(meeting.get("duration_minutes") or 120))
        self.location_edit.setText(str(meeting.get("location", "")))
        state = str(meeting.get("state", ""))
        self.publish_button.setVisible(state == "draft")
        self.unpublish_button.setVisible(state == "published")
        self.agenda.set_meeting(meeting)
        self.participants.set_participants(list(meeting.get("participants", [])))
        self.retranslate()
        if self.tabs.currentWidget() is self.participants:
            self.controller.load_delivery()

    # -- meetings -----------------------------------------------------------------------------------------------

    def start_new_meeting(self) -> None:
        """An empty form; "Create meeting" sends it."""
        self._new = True
        self.controller.meeting = None
        self.meeting_list.clearSelection()
        self._show_editor(True, details_only=True)
        self.title_edit.clear()
        self.location_edit.clear()
        self.duration_spin.setValue(120)
        start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
        self.when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.publish_button.hide()
        self.unpublish_button.hide()
        self.retranslate()
        self.title_edit.setFocus()

    def copy_meeting(self) -> None:
        meeting = self.controller.meeting
        if meeting is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Copy the meeting"), self.tr("Title of the new meeting"), text=str(meeting.get("title", ""))
        )
        if ok and title.strip():
            start = datetime.fromtimestamp(self.when_edit.dateTime().toSecsSinceEpoch(), UTC) + timedelta(days=7)
            self.controller.copy_meeting(str(meeting["id"]), title=title.strip(), starts_at=start, with_documents=False)

    def _on_save(self) -> None:
        self.error.clear_error()
        title = self.title_edit.text().strip()
        if not title:
            self.error.show_error(lambda: self.tr("The meeting needs a title."))
            return
        starts = datetime.fromtimestamp(self.when_edit.dateTime().toSecsSinceEpoch(), UTC)
        if self._new_mode():
            if not self.bodies:
                self.error.show_error(lambda: self.tr("You prepare meetings for no body; ask the administrator."))
                return
            self.controller.create_meeting(
                body_id=str(self.bodies[0]["id"]),
                title=title,
                starts_at=starts,
                duration=self.duration_spin.value(),
                location=self.location_edit.text().strip(),
            )
            return
        meeting = self.controller.meeting or {}
        changes: dict[str, Any] = {}
        if title != meeting.get("title"):
            changes["title"] = title
        if self.location_edit.text().strip() != meeting.get("location", ""):
            changes["location"] = self.location_edit.text().strip()
        if self.duration_spin.value() != meeting.get("duration_minutes"):
            changes["duration_minutes"] = self.duration_spin.value()
        shown = QDateTime.fromString(str(meeting.get("starts_at", "")), Qt.DateFormat.ISODate)
        if not shown.isValid() or shown.toSecsSinceEpoch() != self.when_edit.dateTime().toSecsSinceEpoch():
            changes["starts_at"] = starts
        if changes:
            self.controller.update_meeting(changes)

    def _on_meeting_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.error.clear_error()
            self.notice.clear_error()
            self.controller.load_meeting(str(current.data(_MEETING_ROLE)))

    def _show_editor(self, shown: bool, *, details_only: bool = False) -> None:
        self.editor.setEnabled(shown)
        self.tabs.setVisible(shown and not details_only)
        self.copy_button.setEnabled(self.controller.meeting is not None)

    def _on_directory(self, directory: dict[str, Any]) -> None:
        self.bodies = list(directory.get("bodies", []))
        self.participants.set_users(list(directory.get("users", [])))

    def _on_tab(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.participants:
            self.controller.load_delivery()
        elif self.tabs.currentWidget() is self.activity:
            self.controller.load_audit()

    def _on_failed(self, what: str, error: BaseException) -> None:
        if what == "delete_item" and isinstance(error, ApiError) and error.code == "item_has_documents":
            return  # asked before; a second refusal means the item changed meanwhile: the reload shows it
        self.error.show_error(lambda: problem_text(self, error))

    # -- agenda and documents ------------------------------------------------------------------------------------

    def _on_delete_item(self, item: dict[str, Any]) -> None:
        documents = len(item.get("documents") or [])
        if documents:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Delete the item"),
                self.tr(
                    "“%1” holds %2 document(s). Delete them with it? Until the meeting is published it can be restored."
                )
                .replace("%1", str(item.get("title", "")))
                .replace("%2", str(documents)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.finished.connect(lambda result: self._confirmed_delete(item, result))
            self.dialog = box
            box.open()
            return
        self.controller.delete_item(item, force=False)

    def _confirmed_delete(self, item: dict[str, Any], result: int) -> None:
        if result == QMessageBox.StandardButton.Yes.value:
            self.controller.delete_item(item, force=True)

    def upload_files(self, item_id: str, paths: list[Path]) -> QFileDialog | None:
        """Upload PDFs to an item (several at once), each with its own progress row and outcome."""
        if not paths:
            dialog = QFileDialog(self, self.tr("Add PDF documents"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
            dialog.filesSelected.connect(lambda chosen: self.upload_files(item_id, [Path(p) for p in chosen]))
            self.dialog = dialog
            dialog.open()
            return dialog
        for path in paths:
            key = f"upload-{next(self._upload_keys)}"
            row = self.agenda.add_upload(key, path.name)
            row.cancel_requested.connect(self.controller.cancel_upload)
            if path.suffix.lower() != ".pdf":
                row.set_failed(self.tr("Not a PDF: only PDF documents can be added."))
                continue
            self.controller.upload(key, item_id, path, title=path.stem.replace("_", " "))
        return None

    def upload_new_version(self, document_id: str, path: Path | None = None) -> QFileDialog | None:
        if path is None:
            dialog = QFileDialog(self, self.tr("Choose the new version"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
            dialog.fileSelected.connect(lambda chosen: self.upload_new_version(document_id, Path(chosen)))
            self.dialog = dialog
            dialog.open()
            return dialog
        key = f"upload-{next(self._upload_keys)}"
        row = self.agenda.add_upload(key, path.name)
        row.cancel_requested.connect(self.controller.cancel_upload)
        self.controller.upload(key, "", path, title="", new_version_of=document_id)
        return None

    def edit_access(self, document: dict[str, Any]) -> AccessDialog:
        meeting = self.controller.meeting or {}
        dialog = AccessDialog(document, list(meeting.get("participants", [])), self)
        dialog.accepted.connect(
            lambda: self.controller.set_access(
                str(document["id"]), restricted=dialog.restricted_box.isChecked(), readers=dialog.readers()
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw_version(self, document: dict[str, Any]) -> None:
        versions = document.get("versions") or []
        if not versions:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Withdraw the newest version"),
            self.tr("Why is it withdrawn? Readers are told, and it leaves every device at the next sync."),
        )
        if ok and reason.strip():
            self.controller.withdraw_version(str(document["id"]), str(versions[-1]["sha256"]), reason.strip())

    def _on_upload_progress(self, key: str, sent: int, total: int) -> None:
        row = self.agenda.upload_rows.get(key)
        if row is not None:
            row.set_progress(sent, total)

    def _on_upload_finished(self, key: str, _answer: object) -> None:
        row = self.agenda.upload_rows.get(key)
        if row is not None:
            row.set_done()

    def _on_upload_failed(self, key: str, error: BaseException) -> None:
        row = self.agenda.upload_rows.get(key)
        if row is not None:
            row.set_failed(problem_text(self, error))
