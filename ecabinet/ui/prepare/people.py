"""Who takes part, and whether each one has the papers: the participants with their role and their delivery
status (every document current, some outdated, some not yet on their device), and the meeting's activity log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecabinet.ui.style import TOUCH_TARGET_PX

__all__ = ["ROLES", "ActivityPanel", "ParticipantsPanel", "role_name"]

ROLES = ("chair", "member", "observer", "secretary")


def role_name(role: str) -> str:
    names = {
        "chair": QCoreApplication.translate("Prepare", "Chair"),
        "member": QCoreApplication.translate("Prepare", "Member"),
        "observer": QCoreApplication.translate("Prepare", "Observer"),
        "secretary": QCoreApplication.translate("Prepare", "Secretary"),
    }
    return names.get(role, role)


def _cell(text: str, data: object = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


class ParticipantsPanel(QWidget):
    """Participants with role and delivery status; invite (user + role) and remove."""

    invite_requested = Signal(str, str)  # user id, role
    remove_requested = Signal(str)  # user id
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants: list[dict[str, Any]] = []
        self.delivery: dict[str, dict[str, Any]] = {}
        self.users: list[dict[str, Any]] = []
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ready_label = QLabel()
        self.ready_label.setObjectName("mutedLabel")
        self.user_combo = QComboBox()
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem("", role)
        self.invite_button = QPushButton()
        self.remove_button = QPushButton()
        self.refresh_button = QPushButton()
        for widget in (self.user_combo, self.role_combo, self.invite_button, self.remove_button, self.refresh_button):
            widget.setMinimumHeight(TOUCH_TARGET_PX)
        self.invite_button.setObjectName("primaryButton")
        self.invite_button.clicked.connect(self._on_invite)
        self.remove_button.clicked.connect(self._on_remove)
        self.refresh_button.clicked.connect(self.refresh_requested)
        invite = QHBoxLayout()
        invite.addWidget(self.user_combo, 2)
        invite.addWidget(self.role_combo, 1)
        invite.addWidget(self.invite_button)
        invite.addStretch(1)
        invite.addWidget(self.remove_button)
        invite.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.ready_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(invite)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Role"), self.tr("Papers on the device"), self.tr("Ready")]
        )
        self.table.setAccessibleName(self.tr("Participants and whether they have the papers"))
        for index, role in enumerate(ROLES):
            self.role_combo.setItemText(index, role_name(role))
        self.user_combo.setAccessibleName(self.tr("Person to invite"))
        self.role_combo.setAccessibleName(self.tr("Role in the meeting"))
        self.invite_button.setText(self.tr("Invite"))
        self.remove_button.setText(self.tr("Remove"))
        self.refresh_button.setText(self.tr("Refresh delivery"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_participants(self, participants: list[dict[str, Any]]) -> None:
        self.participants = list(participants)
        self._fill()

    def set_users(self, users: list[dict[str, Any]]) -> None:
        self.users = list(users)
        self.user_combo.clear()
        for user in users:
            self.user_combo.addItem(f"{user.get('display_name', '')} ({user.get('username', '')})", user["id"])

    def set_delivery(self, delivery: dict[str, Any]) -> None:
        self.delivery = {str(p["user_id"]): p for p in delivery.get("participants", [])}
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.participants))
        ready = 0
        for row, participant in enumerate(self.participants):
            user_id = str(participant.get("user_id") or participant.get("id") or "")
            name = str(participant.get("display_name") or participant.get("username") or user_id)
            status = self.delivery.get(user_id)
            if status is None:
                papers, is_ready = self.tr("not known yet"), False
            else:
                counts = status.get("counts", {})
                papers = (
                    self.tr("%1 current, %2 outdated, %3 not yet")
                    .replace("%1", str(counts.get("current", 0)))
                    .replace("%2", str(counts.get("outdated", 0)))
                    .replace("%3", str(counts.get("not_yet", 0)))
                )
                is_ready = bool(status.get("ready"))
            ready += is_ready
            self.table.setItem(row, 0, _cell(name, user_id))
            self.table.setItem(row, 1, _cell(role_name(str(participant.get("role", "")))))
            self.table.setItem(row, 2, _cell(papers))
            self.table.setItem(row, 3, _cell("✓ " + self.tr("ready") if is_ready else "—"))
        self.ready_label.setText(
            self.tr("%1 of %2 participants have every paper")
            .replace("%1", str(ready))
            .replace("%2", str(len(self.participants)))
        )

    def _on_invite(self) -> None:
        user_id, role = self.user_combo.currentData(), self.role_combo.currentData()
        if isinstance(user_id, str) and isinstance(role, str):
            self.invite_requested.emit(user_id, role)

    def _on_remove(self) -> None:
        cell = self.table.item(self.table.currentRow(), 0)
        user_id = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        if isinstance(user_id, str) and user_id:
            self.remove_requested.emit(user_id)


class ActivityPanel(QWidget):
    """Who changed what on the meeting and who downloaded which document, newest first."""

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.refresh_button.clicked.connect(self.refresh_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.setAccessibleName(self.tr("Activity on this meeting"))
        self.refresh_button.setText(self.tr("Refresh"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_entries(self, audit: dict[str, Any]) -> None:
        entries = audit.get("entries", [])
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = str(entry.get("action", "")).replace("_", " ")
            target = str(entry.get("details", {}).get("title") or "") if isinstance(entry.get("details"), dict) else ""
            self.table.setItem(row, 0, _cell(str(entry.get("at", ""))[:19].replace("T", " ")))
            self.table.setItem(row, 1, _cell(str(entry.get("display_name") or entry.get("username") or "")))
            self.table.setItem(row, 2, _cell(f"{what}: {target}" if target else what))
