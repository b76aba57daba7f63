"""Decision follow-up: an assignee's tasks (status, deadline, progress notes) and, for the chair and the
secretariat, the dashboard of every task by body, overdue ones first, with counts.

Tasks come from the device's store (so the list opens offline); progress notes go through the outbox (written
offline too, sent when the connection is back), and the server records them with its time and shows them to
everyone who follows the task.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecabinet.ui.between.common import PageHeader, badge, local_time, set_badge, task_status_name, time_left
from ecabinet.ui.between.controller import BetweenController
from ecabinet.ui.between.model import TASK_STATUSES, parse_time, task_status
from ecabinet.ui.messages import error_message
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ClickableFrame, ErrorBanner, touch_button, vertical_scroll

__all__ = ["DashboardGroup", "TaskCard", "TaskDetail", "TasksPage"]

_STATUS_KIND = {"overdue": "", "open": "missing", "in_progress": "new", "done": "unread"}


def _assignee(task: dict[str, Any], user_id: str) -> str:
    if task.get("assignee_user_id"):
        if str(task["assignee_user_id"]) == user_id:
            return QCoreApplication.translate("TaskAssignee", "Assigned to you")
        return QCoreApplication.translate("TaskAssignee", "Assigned to %1").replace(
            "%1", str(task.get("assignee_name") or "")
        )
    return QCoreApplication.translate("TaskAssignee", "Assigned to %1").replace(
        "%1", str(task.get("assignee_body_name") or task.get("assignee_body_id") or "")
    )


def _dashboard_key(dashboard: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What the dashboard shows, to tell whether a new copy changes anything on screen."""
    now = parse_time(dashboard.get("server_time")) or datetime.now().astimezone()
    return [
        (
            group.get("body_id"),
            tuple(
                (t.get("id"), t.get("title"), task_status(t, now), t.get("progress"), t.get("deadline"))
                for t in group.get("tasks") or []
            ),
        )
        for group in dashboard.get("bodies") or []
    ]


class TaskCard(ClickableFrame):
    """One task: title, status, deadline (and time left or overdue), assignee and progress. Tap for details."""

    def __init__(self, task: dict[str, Any], *, now: datetime, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.task = task
        self.task_id = str(task.get("id") or "")
        self.now = now
        self.user_id = user_id
        self.title_label = QLabel()
        self.title_label.setObjectName("meetingTitle")
        self.title_label.setWordWrap(True)
        self.status_badge = badge("new")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("mutedLabel")
        self.detail_label.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.detail_label)
        self.retranslate()

    @property
    def status(self) -> str:
        return task_status(self.task, self.now)

    def retranslate(self) -> None:
        task = self.task
        status = self.status
        self.title_label.setText(str(task.get("title") or ""))
        name = task_status_name(status)
        set_badge(self.status_badge, f"⚠ {name}" if status == "overdue" else name, _STATUS_KIND.get(status, "new"))
        parts = []
        deadline = parse_time(task.get("deadline"))
        if deadline is not None:
            due = self.tr("Due %1").replace("%1", local_time(deadline))
            if status != "done":
                due += " (" + time_left(deadline, self.now) + ")"
            parts.append(due)
        parts.append(_assignee(task, self.user_id))
        parts.append(self.tr("Progress %1%").replace("%1", str(int(task.get("progress") or 0))))
        self.detail_label.setText("  ·  ".join(parts))
        self.setAccessibleName(", ".join((self.title_label.text(), self.status_badge.text(), self.detail_label.text())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DashboardGroup(QFrame):
    """One body on the dashboard: its counts per status and its tasks, overdue first."""

    task_opened = Signal(str)

    def __init__(self, group: dict[str, Any], *, now: datetime, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        tasks = list(group.get("tasks") or [])
        self.body_name = str(next((t.get("body_name") for t in tasks if t.get("body_name")), group.get("body_id")))
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("fieldLabel")
        self.counts_label.setWordWrap(True)
        self.cards = [TaskCard(task, now=now, user_id=user_id) for task in tasks]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.counts_label)
        for card in self.cards:
            card.clicked.connect(lambda c=card: self.task_opened.emit(c.task_id))
            layout.addWidget(card)
        self.retranslate()

    @property
    def counts(self) -> dict[str, int]:
        return {s: int((self.group.get("counts") or {}).get(s, 0)) for s in TASK_STATUSES}

    def retranslate(self) -> None:
        self.title_label.setText(self.body_name)
        counts = self.counts
        order = ("overdue", "open", "in_progress", "done")
        self.counts_label.setText("  ·  ".join(f"{task_status_name(s)}: {counts[s]}" for s in order))
        if not self.cards:
            self.counts_label.setText(self.counts_label.text() + "  ·  " + self.tr("no tasks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TaskDetail(QWidget):
    """A task in full: what, from which decision, deadline, progress notes; and a form for a new note."""

    note_requested = Signal(str, str, object, object)  # (task id, text, status or None, progress or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: dict[str, Any] = {}
        self.now: datetime | None = None
        self.user_id = ""
        self.offline = False
        self.busy = False
        self.card = TaskCard({}, now=datetime.now().astimezone(), user_id="")
        self.card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_title = QLabel()
        self.notes_title.setObjectName("sectionTitle")
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_title = QLabel()
        self.form_title.setObjectName("sectionTitle")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMinimumHeight(84)
        self.note_edit.setMaximumHeight(160)
        self.note_edit.setTabChangesFocus(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("fieldLabel")
        self.status_buttons: dict[str, QPushButton] = {}
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(False)
        statuses = QHBoxLayout()
        statuses.setSpacing(8)
        for status in ("open", "in_progress", "done"):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_TARGET_PX)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.toggled.connect(lambda checked, s=status: self._on_status(s, checked))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            statuses.addWidget(button)
        statuses.addStretch(1)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("fieldLabel")
        self.progress_combo = QComboBox()
        self.progress_combo.setMinimumHeight(TOUCH_TARGET_PX)
        self.progress_combo.addItem("", None)
        for value in range(0, 101, 10):
            self.progress_combo.addItem(f"{value}%", value)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_combo)
        progress.addStretch(1)
        self.error = ErrorBanner()
        self.offline_hint = QLabel()
        self.offline_hint.setObjectName("offlineBanner")
        self.offline_hint.setWordWrap(True)
        self.send_button = touch_button(primary=True)
        self.send_button.clicked.connect(self.send)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.send_button)
        form = QFrame()
        form.setObjectName("card")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(20, 16, 20, 16)
        form_layout.setSpacing(10)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.note_edit)
        form_layout.addWidget(self.status_label)
        form_layout.addLayout(statuses)
        form_layout.addLayout(progress)
        form_layout.addWidget(self.offline_hint)
        form_layout.addWidget(self.error)
        form_layout.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.card)
        layout.addWidget(self.description_label)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes_label)
        layout.addWidget(form)
        layout.addStretch(1)
        self.retranslate()

    def set_task(self, task: dict[str, Any], *, now: datetime, user_id: str) -> None:
        same = task.get("id") == self.task.get("id")
        self.task, self.now, self.user_id = task, now, user_id
        self.card.task, self.card.task_id, self.card.now, self.card.user_id = task, str(task.get("id")), now, user_id
        self.card.retranslate()
        if not same:
            self.note_edit.clear()
            self._set_status(None)
            self.progress_combo.setCurrentIndex(0)
            self.error.clear_error()
        self.retranslate()

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.retranslate()

    def noted(self) -> None:
        """The note is saved (sent, or waiting on the device until the connection is back): the form empties."""
        self.busy = False
        self.note_edit.clear()
        self._set_status(None)
        self.progress_combo.setCurrentIndex(0)
        self.retranslate()

    def failed(self, error: BaseException) -> None:
        self.busy = False
        self.error.show_error(lambda: error_message(error))
        self.retranslate()

    @property
    def chosen_status(self) -> str | None:
        return next((s for s, b in self.status_buttons.items() if b.isChecked()), None)

    def send(self) -> None:
        text = self.note_edit.toPlainText().strip()
        status = self.chosen_status
        progress = self.progress_combo.currentData()
        if not text and status is None and progress is None:
            self.error.show_error(lambda: self.tr("Write a note, or change the status or the progress."))
            return
        if self.busy or not self.task:
            return
        self.error.clear_error()
        self.busy = True
        self.retranslate()
        self.note_requested.emit(str(self.task["id"]), text, status, progress)

    def _set_status(self, status: str | None) -> None:
        for name, button in self.status_buttons.items():
            button.blockSignals(True)
            button.setChecked(name == status)
            button.blockSignals(False)

    def _on_status(self, status: str, checked: bool) -> None:
        if checked:
            self._set_status(status)  # one at a time, and a second tap clears it ("no change")

    def retranslate(self) -> None:
        task = self.task
        description = str(task.get("description") or "")
        source = {
            "vote": self.tr("From a decision adopted by vote"),
            "agenda_item": self.tr("From a decision on an agenda item"),
            "consultation": self.tr("From a written consultation"),
        }.get(str(task.get("source_kind") or ""), "")
        self.description_label.setText("\n".join(p for p in (description, source) if p))
        self.description_label.setVisible(bool(self.description_label.text()))
        notes = list(task.get("notes") or [])
        self.notes_title.setText(self.tr("Progress notes (%1)").replace("%1", str(len(notes))))
        lines = []
        for note in reversed(notes):
            head = [local_time(parse_time(note.get("created_at"))), str(note.get("display_name") or "")]
            if note.get("status"):
                head.append(task_status_name(str(note["status"])))
            if note.get("progress") is not None:
                head.append(f"{int(note['progress'])}%")
            line = "  ·  ".join(p for p in head if p)
            if note.get("text"):
                line += "\n" + str(note["text"])
            lines.append(line)
        self.notes_label.setText("\n\n".join(lines) if lines else self.tr("No progress notes yet."))
        self.form_title.setText(self.tr("Add a progress note"))
        self.note_edit.setPlaceholderText(self.tr("What has been done, what is next"))
        self.note_edit.setAccessibleName(self.tr("Progress note"))
        self.status_label.setText(self.tr("Status (tap to change)"))
        for status, button in self.status_buttons.items():
            button.setText(task_status_name(status))
        self.progress_label.setText(self.tr("Progress"))
        self.progress_combo.setItemText(0, self.tr("unchanged"))
        self.offline_hint.setText(
            self.tr("You are offline. Your note is kept on this device and sent when the connection is back.")
        )
        self.offline_hint.setVisible(self.offline)
        self.send_button.setText(self.tr("Sending…") if self.busy else self.tr("Add the note"))
        self.send_button.setEnabled(not self.busy)
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TasksPage(QWidget):
    """My tasks, the dashboard (chair and secretariat), and one task in full."""

    back_requested = Signal()

    def __init__(self, controller: BetweenController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.controller = controller
        self.mine: list[dict[str, Any]] = []
        self.everything: list[dict[str, Any]] = []
        self.dashboard: dict[str, Any] = {}
        self.cards: list[TaskCard] = []
        self.groups: list[DashboardGroup] = []
        self.task_id: str | None = None
        self.offline = False

        self.header = PageHeader()
        self.header.back_requested.connect(self._back)
        self.mine_button = QPushButton()
        self.dashboard_button = QPushButton()
        tabs = QButtonGroup(self)
        for button in (self.mine_button, self.dashboard_button):
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_TARGET_PX)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            tabs.addButton(button)
        self.mine_button.setChecked(True)
        self.mine_button.clicked.connect(self.show_mine)
        self.dashboard_button.clicked.connect(self.show_dashboard)
        self.tab_row = QWidget()
        tab_layout = QHBoxLayout(self.tab_row)
        tab_layout.setContentsMargins(40, 16, 40, 0)
        tab_layout.setSpacing(8)
        tab_layout.addWidget(self.mine_button)
        tab_layout.addWidget(self.dashboard_button)
        tab_layout.addStretch(1)

        self._mine_list = QWidget()
        self._mine_layout = QVBoxLayout(self._mine_list)
        self._mine_layout.setContentsMargins(40, 16, 40, 24)
        self._mine_layout.setSpacing(10)
        self.mine_empty = QLabel()
        self.mine_empty.setObjectName("infoBanner")
        self.mine_empty.setWordWrap(True)
        self._mine_layout.addWidget(self.mine_empty)
        self._mine_layout.addStretch(1)
        self.mine_view = vertical_scroll(self._mine_list)

        self._dashboard_list = QWidget()
        self._dashboard_layout = QVBoxLayout(self._dashboard_list)
        self._dashboard_layout.setContentsMargins(40, 16, 40, 24)
        self._dashboard_layout.setSpacing(10)
        self.dashboard_summary = QLabel()
        self.dashboard_summary.setObjectName("mutedLabel")
        self.dashboard_summary.setWordWrap(True)
        self._dashboard_layout.addWidget(self.dashboard_summary)
        self._dashboard_layout.addStretch(1)
        self.dashboard_view = vertical_scroll(self._dashboard_list)

        self.detail = TaskDetail()
        self.detail.note_requested.connect(self._add_note)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(40, 24, 40, 24)
        holder_layout.addWidget(self.detail)
        self.detail_view = vertical_scroll(holder)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.mine_view)
        self.stack.addWidget(self.dashboard_view)
        self.stack.addWidget(self.detail_view)
        self._came_from: QWidget = self.mine_view

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tab_row)
        layout.addWidget(self.stack, 1)

        controller.tasks_changed.connect(self.set_tasks)
        controller.dashboard_loaded.connect(self.set_dashboard)
        controller.task_noted.connect(self._on_noted)
        controller.failed.connect(self._on_failed)
        controller.offline_changed.connect(self.set_offline)
        self.retranslate()

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def oversees(self) -> bool:
        """Chair or secretariat of some body (the server sends them tasks they are not assigned)."""
        roles = self.controller.user.get("roles") or []
        mine = {str(t.get("id")) for t in self.mine}
        return "secretariat" in roles or any(str(t.get("id")) not in mine for t in self.everything)

    def set_tasks(self, tasks: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        self.mine, self.everything = list(tasks[0]), list(tasks[1])
        now = self.controller.server_now()
        for card in self.cards:
            self._mine_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, task in enumerate(self.mine, start=1):
            card = TaskCard(task, now=now, user_id=self.controller.user_id)
            card.clicked.connect(lambda c=card: self.open_task(c.task_id))
            self.cards.append(card)
            self._mine_layout.insertWidget(position, card)
        shown = self._task(self.task_id) if self.task_id is not None else None
        if shown is not None:
            self.detail.set_task(shown, now=now, user_id=self.controller.user_id)
        self.retranslate()

    def set_dashboard(self, dashboard: dict[str, Any]) -> None:
        """Show the dashboard; the same content again (the server's after the device's copy) changes nothing."""
        same = _dashboard_key(dashboard) == _dashboard_key(self.dashboard) and bool(self.groups)
        self.dashboard = dashboard
        if same:
            return
        now = parse_time(dashboard.get("server_time")) or self.controller.server_now()
        for group in self.groups:
            self._dashboard_layout.removeWidget(group)
            group.deleteLater()
        self.groups = []
        for position, data in enumerate(dashboard.get("bodies") or [], start=1):
            group = DashboardGroup(data, now=now, user_id=self.controller.user_id)
            group.task_opened.connect(self.open_task)
            self.groups.append(group)
            self._dashboard_layout.insertWidget(position, group)
        self.retranslate()

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.header.set_offline(offline)
        self.detail.set_offline(offline)

    # -- navigation -----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Shown from Home: my tasks (or the dashboard for someone with none of their own who oversees)."""
        self.task_id = None
        self.controller.refresh_tasks()
        if self.oversees and not self.mine:
            self.show_dashboard()
        else:
            self.show_mine()

    def show_mine(self) -> None:
        self.task_id = None
        self.mine_button.setChecked(True)
        self.stack.setCurrentWidget(self.mine_view)
        self._came_from = self.mine_view
        self.retranslate()

    def show_dashboard(self) -> None:
        self.task_id = None
        self.dashboard_button.setChecked(True)
        self.stack.setCurrentWidget(self.dashboard_view)
        self._came_from = self.dashboard_view
        self.controller.load_dashboard()
        self.retranslate()

    def open_task(self, task_id: str) -> None:
        """One task in full (from the lists, the dashboard, or a notification about it)."""
        task = self._task(task_id)
        if task is None:
            return
        current = self.stack.currentWidget()
        if current is not None and current is not self.detail_view:
            self._came_from = current
        self.task_id = task_id
        self.detail.set_task(task, now=self.controller.server_now(), user_id=self.controller.user_id)
        self.detail.set_offline(self.offline)
        self.stack.setCurrentWidget(self.detail_view)
        self.retranslate()

    def clear(self) -> None:
        self.task_id = None
        self.set_tasks(([], []))
        self.set_dashboard({})
        self.stack.setCurrentWidget(self.mine_view)

    def _task(self, task_id: str) -> dict[str, Any] | None:
        for task in self.everything:
            if str(task.get("id")) == task_id:
                return task
        for group in self.dashboard.get("bodies") or []:
            for task in group.get("tasks") or []:
                if str(task.get("id")) == task_id:
                    return dict(task)
        return None

    def _back(self) -> None:
        if self.stack.currentWidget() is self.detail_view:
            self.task_id = None
            self.stack.setCurrentWidget(self._came_from)
            if self._came_from is self.dashboard_view:
                self.controller.load_dashboard()
            self.retranslate()
        else:
            self.back_requested.emit()

    # -- notes ----------------------------------------------------------------------------------------------

    def _add_note(self, task_id: str, text: str, status: object, progress: object) -> None:
        self.controller.add_task_note(
            task_id,
            text=text,
            status=str(status) if status is not None else None,
            progress=int(str(progress)) if progress is not None else None,
        )

    def _on_noted(self, task_id: str) -> None:
        if task_id == self.task_id:
            self.detail.noted()

    def _on_failed(self, what: str, error: BaseException) -> None:
        if what == "task_note":
            self.detail.failed(error)

    # -- texts ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        in_detail = self.stack.currentWidget() is self.detail_view
        self.header.title_label.setText(self.tr("Task") if in_detail else self.tr("Tasks"))
        self.header.back_button.setText("‹ " + (self.tr("All tasks") if in_detail else self.tr("Home")))
        self.mine_button.setText(self.tr("My tasks (%1)").replace("%1", str(len(self.mine))))
        self.dashboard_button.setText(self.tr("Dashboard"))
        self.tab_row.setVisible(not in_detail and self.oversees)
        self.mine_empty.setText(self.tr("No tasks are assigned to you."))
        self.mine_empty.setVisible(not self.cards)
        total = sum(sum(g.counts.values()) for g in self.groups)
        overdue = sum(g.counts["overdue"] for g in self.groups)
        self.dashboard_summary.setText(
            self.tr("%n task(s) from decisions, by body; overdue ones first.", "", total)
            + (" " + self.tr("%n overdue.", "", overdue) if overdue else "")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
