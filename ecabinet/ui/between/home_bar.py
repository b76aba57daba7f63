"""Home's way into the between-meetings screens: three large tiles (consultations, notifications, tasks), each
with a badge that says what waits ("1 to answer", "3 unread", "1 overdue")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ecabinet.ui.between.common import badge, set_badge
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ClickableFrame


class HomeTile(ClickableFrame):
    """One tile: a title, a line of what it holds, and a badge when something waits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumHeight(TOUCH_TARGET_PX + 24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel()
        self.title_label.setObjectName("meetingTitle")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("mutedLabel")
        self.badge = badge("new")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.detail_label)

    def show_state(self, title: str, detail: str, badge_text: str, kind: str) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        set_badge(self.badge, badge_text, kind)
        self.setAccessibleName(", ".join(part for part in (title, badge_text, detail) if part))


class BetweenBar(QWidget):
    """The row of tiles on Home; `set_counts` keeps the badges current (after every sync)."""

    consultations_requested = Signal()
    notifications_requested = Signal()
    tasks_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consultations_tile = HomeTile()
        self.notifications_tile = HomeTile()
        self.tasks_tile = HomeTile()
        self.consultations_tile.clicked.connect(self.consultations_requested)
        self.notifications_tile.clicked.connect(self.notifications_requested)
        self.tasks_tile.clicked.connect(self.tasks_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for tile in (self.consultations_tile, self.notifications_tile, self.tasks_tile):
            layout.addWidget(tile, 1)
        self._to_answer = 0
        self._open_consultations = 0
        self._unread = 0
        self._overdue = 0
        self._open_tasks = 0
        self.retranslate()

    @property
    def unread(self) -> int:
        return self._unread

    def set_counts(
        self, *, to_answer: int, open_consultations: int, unread: int, overdue: int, open_tasks: int
    ) -> None:
        """What waits: consultations to answer (and open ones), unread notifications, overdue and open tasks."""
        self._to_answer, self._open_consultations = to_answer, open_consultations
        self._unread = unread
        self._overdue, self._open_tasks = overdue, open_tasks
        self.retranslate()

    def retranslate(self) -> None:
        self.consultations_tile.show_state(
            self.tr("Consultations"),
            self.tr("Opinion forms: %n open", "", self._open_consultations),
            self.tr("%n to answer", "", self._to_answer) if self._to_answer else "",
            "",
        )
        self.notifications_tile.show_state(
            self.tr("Notifications"),
            self.tr("Reminders and news"),
            self.tr("%n unread", "", self._unread) if self._unread else "",
            "new",
        )
        self.tasks_tile.show_state(
            self.tr("Tasks"),
            self.tr("Decision follow-up: %n open", "", self._open_tasks),
            self.tr("%n overdue", "", self._overdue) if self._overdue else "",
            "",
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["BetweenBar", "HomeTile"]
