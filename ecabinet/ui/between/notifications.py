"""The notification centre: the server's reminders and news for this person, newest first, in their language.

Reading one (tapping it, or "Mark as read") counts on this device at once, offline too; the server is told when
it can be reached. Tapping one also opens what it is about: a consultation, a meeting, or a task.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ecabinet.ui.between.common import PageHeader, badge, local_time, set_badge
from ecabinet.ui.between.controller import BetweenController
from ecabinet.ui.between.model import NotificationsState, parse_time
from ecabinet.ui.widgets import ClickableFrame, restyle, touch_button, vertical_scroll

__all__ = ["NotificationRow", "NotificationsPage"]

#: What a notification can open, by its `subject_kind`.
OPENABLE = frozenset({"consultation", "meeting", "task"})


class NotificationRow(ClickableFrame):
    """One notification: title, text, when; "New" and "Mark as read" while unread. Tapping opens its subject."""

    mark_read_requested = Signal(str)

    def __init__(self, notification: dict[str, Any], *, read: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notification = notification
        self.notification_id = str(notification.get("id") or "")
        self.read = read
        self.title_label = QLabel(str(notification.get("title") or ""))
        self.title_label.setObjectName("meetingTitle")
        self.title_label.setWordWrap(True)
        self.body_label = QLabel(str(notification.get("body") or ""))
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.PlainText)
        self.when_label = QLabel()
        self.when_label.setObjectName("mutedLabel")
        self.new_badge = badge("new")
        self.read_button = touch_button()
        self.read_button.clicked.connect(lambda: self.mark_read_requested.emit(self.notification_id))
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.new_badge, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.when_label, 1)
        bottom.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.body_label)
        layout.addLayout(bottom)
        self.retranslate()

    @property
    def subject(self) -> tuple[str, str]:
        return str(self.notification.get("subject_kind") or ""), str(self.notification.get("subject_id") or "")

    def retranslate(self) -> None:
        when = local_time(parse_time(self.notification.get("created_at")))
        kind = self.subject[0]
        if kind in OPENABLE:
            hint = {
                "consultation": self.tr("Tap to open the consultation"),
                "meeting": self.tr("Tap to open the meeting"),
                "task": self.tr("Tap to open the task"),
            }[kind]
            when = f"{when}  ·  {hint}" if when else hint
        self.when_label.setText(when)
        set_badge(self.new_badge, "" if self.read else self.tr("New"), "new")
        self.read_button.setText(self.tr("Mark as read"))
        self.read_button.setVisible(not self.read)
        self.setProperty("unread", not self.read)
        restyle(self)
        self.setAccessibleName(
            ", ".join(p for p in (self.new_badge.text(), self.title_label.text(), self.body_label.text(), when) if p)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NotificationsPage(QWidget):
    """Every notification, newest first, with the unread count and "Mark all as read"."""

    back_requested = Signal()
    subject_opened = Signal(str, str)  # (subject kind, subject id)

    def __init__(self, controller: BetweenController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.controller = controller
        self.state = NotificationsState()
        self.rows: list[NotificationRow] = []
        self.header = PageHeader()
        self.header.back_requested.connect(self.back_requested)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("pageTitle")
        self.all_read_button = touch_button()
        self.all_read_button.clicked.connect(controller.mark_all_read)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.all_read_button)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("infoBanner")
        self.empty_label.setWordWrap(True)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(10)
        self._list_layout.addStretch(1)
        scroll = vertical_scroll(self._list)
        body = QVBoxLayout()
        body.setContentsMargins(40, 24, 40, 24)
        body.setSpacing(12)
        body.addLayout(summary)
        body.addWidget(self.empty_label)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        controller.notifications_changed.connect(self.set_state)
        controller.offline_changed.connect(self.header.set_offline)
        self.retranslate()

    def set_state(self, state: NotificationsState) -> None:
        """Show the centre; rows are reused when only "read" changed (no flicker, scroll position kept)."""
        same = [r.notification_id for r in self.rows] == [str(n.get("id")) for n in state.items]
        self.state = state
        if same:
            for row, notification in zip(self.rows, state.items, strict=True):
                row.notification = notification
                row.read = state.is_read(notification)
                row.retranslate()
        else:
            for row in self.rows:
                self._list_layout.removeWidget(row)
                row.deleteLater()
            self.rows = []
            for position, notification in enumerate(state.items):
                row = NotificationRow(notification, read=state.is_read(notification))
                row.mark_read_requested.connect(self.controller.mark_read)
                row.clicked.connect(lambda r=row: self.open_row(r))
                self.rows.append(row)
                self._list_layout.insertWidget(position, row)
        self.retranslate()

    def open_row(self, row: NotificationRow) -> None:
        """Read it, then open what it is about (where the app has a screen for that)."""
        if not row.read:
            self.controller.mark_read(row.notification_id)
        kind, subject_id = row.subject
        if kind in OPENABLE and subject_id:
            self.subject_opened.emit(kind, subject_id)

    def clear(self) -> None:
        self.set_state(NotificationsState())

    def retranslate(self) -> None:
        self.header.title_label.setText(self.tr("Notifications"))
        unread = self.state.unread
        self.summary_label.setText(self.tr("%n unread", "", unread) if unread else self.tr("Everything is read"))
        self.all_read_button.setText(self.tr("Mark all as read"))
        self.all_read_button.setVisible(unread > 0)
        self.empty_label.setText(self.tr("No notifications yet. Reminders and news from the secretariat appear here."))
        self.empty_label.setVisible(not self.rows)
        self.summary_label.setVisible(bool(self.rows))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
