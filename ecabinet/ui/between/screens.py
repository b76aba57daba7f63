"""The between-meetings screens as part of the main window: the controller, the three pages, Home's tiles,
and the OS notification for new notifications.

The window makes one `BetweenScreens` and it wires itself: pages to their controller, the controller to the
session's sync (a sync refreshes every page from the store), Home's tiles to the pages, and the pages back to
Home. Pages still never see the session controller: only this window-level object does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ecabinet.ui.between.consultations import ConsultationsPage
from ecabinet.ui.between.controller import BetweenController
from ecabinet.ui.between.home_bar import BetweenBar
from ecabinet.ui.between.model import ConsultationEntry, NotificationsState, task_status
from ecabinet.ui.between.notifications import NotificationsPage
from ecabinet.ui.between.tasks import TasksPage
from ecabinet.ui.style import app_icon

if TYPE_CHECKING:
    from ecabinet.ui.main_window import MainWindow

__all__ = ["BetweenScreens"]

#: How long an OS notification stays up (milliseconds).
TRAY_MESSAGE_MS = 8_000


class BetweenScreens(QObject):
    """Consultations, notifications and tasks in the window's stack, reached from Home."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        session = window.controller
        self.controller = BetweenController(lambda: session.engine, lambda: session.offline, self)
        #: The window's one signing runner (every signature in the app asks the same way).
        self.signing = window.signing_runner
        self.consultations_page = ConsultationsPage(self.controller, window.render_service, self.signing)
        self.notifications_page = NotificationsPage(self.controller)
        self.tasks_page = TasksPage(self.controller)
        self.pages: tuple[QWidget, ...] = (self.consultations_page, self.notifications_page, self.tasks_page)
        for page in self.pages:
            window.stack.addWidget(page)
        self.consultations_page.back_requested.connect(self.show_home)
        self.notifications_page.back_requested.connect(self.show_home)
        self.tasks_page.back_requested.connect(self.show_home)
        self.tray: QSystemTrayIcon | None = None
        self._tray_subject: tuple[str, str] | None = None
        self.announced: list[dict[str, Any]] = []  # every notification announced (tests read it)

        bar: BetweenBar = window.meetings_page.between_bar
        bar.consultations_requested.connect(self.show_consultations)
        bar.notifications_requested.connect(self.show_notifications)
        bar.tasks_requested.connect(self.show_tasks)
        self.notifications_page.subject_opened.connect(self.open_subject)

        self.controller.consultations_changed.connect(self._count_consultations)
        self.controller.notifications_changed.connect(self._count_notifications)
        self.controller.tasks_changed.connect(self._count_tasks)
        self.controller.new_notifications.connect(self.announce)
        self.controller.sync_wanted.connect(self._sync)

        session.signed_in.connect(lambda _result: self.start())
        session.resumed.connect(self.start)
        session.sync_finished.connect(lambda _report: self.controller.refresh())
        session.sync_failed.connect(lambda _error: self.controller.refresh())
        session.offline_changed.connect(self.controller.set_offline)
        session.signed_out.connect(self.clear)
        session.session_ended.connect(lambda _error: self.clear())
        window.stack.currentChanged.connect(self._on_page_changed)
        self._counts: dict[str, int] = {}
        self._last_page: QWidget | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the window closes: let background calls finish (their answers have nowhere to go), hide the icon."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.controller.clear()
            self.controller.wait_for_done(3_000)
            if self.tray is not None:
                self.tray.hide()
        return super().eventFilter(watched, event)

    # -- life -----------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Signed in (or opened offline): read what the device has; the first sync brings the rest."""
        self.controller.set_offline(self.window.controller.offline)
        self.controller.refresh()

    def clear(self) -> None:
        """Signed out or the session ended: forget everything shown and held in memory."""
        self.controller.clear()
        self.consultations_page.clear()
        self.notifications_page.clear()
        self.tasks_page.clear()
        self._counts = {}
        self.window.meetings_page.between_bar.set_counts(
            to_answer=0, open_consultations=0, unread=0, overdue=0, open_tasks=0
        )

    def _sync(self) -> None:
        session = self.window.controller
        if session.engine is not None and not session.offline:
            session.sync()

    # -- navigation -----------------------------------------------------------------------------------------

    def show_home(self) -> None:
        self.window.show_home()

    def show_consultations(self) -> None:
        self.window.stack.setCurrentWidget(self.consultations_page)
        self.consultations_page.show_list()
        self.controller.refresh()

    def show_notifications(self) -> None:
        self.window.stack.setCurrentWidget(self.notifications_page)
        self.controller.refresh_notifications()

    def show_tasks(self) -> None:
        self.window.stack.setCurrentWidget(self.tasks_page)
        self.tasks_page.start()

    def open_subject(self, kind: str, subject_id: str) -> None:
        """What a notification is about: a consultation, a meeting or a task."""
        if kind == "consultation":
            self.window.stack.setCurrentWidget(self.consultations_page)
            self.consultations_page.open_consultation(subject_id)
        elif kind == "task":
            self.window.stack.setCurrentWidget(self.tasks_page)
            self.tasks_page.start()
            self.tasks_page.open_task(subject_id)
        elif kind == "meeting":
            self.window.open_meeting(subject_id)

    def _on_page_changed(self, _index: int) -> None:
        current = self.window.stack.currentWidget()
        if self._last_page is self.consultations_page and current is not self.consultations_page:
            self.consultations_page.leave()
        if current in (self.window.lock_page, self.window.sign_in_page):
            self.controller.forget_documents()  # no decrypted document stays in memory behind a lock
        self._last_page = current

    # -- Home's badges and the OS notification --------------------------------------------------------------

    def _count_consultations(self, entries: list[ConsultationEntry]) -> None:
        self._counts["to_answer"] = sum(1 for e in entries if e.needs_answer)
        self._counts["open_consultations"] = sum(1 for e in entries if e.open)
        self._show_counts()

    def _count_notifications(self, state: NotificationsState) -> None:
        self._counts["unread"] = state.unread
        self._show_counts()

    def _count_tasks(self, tasks: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        now = self.controller.server_now()
        mine = tasks[0]
        self._counts["overdue"] = sum(1 for t in mine if task_status(t, now) == "overdue")
        self._counts["open_tasks"] = sum(1 for t in mine if task_status(t, now) != "done")
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        self.window.meetings_page.between_bar.set_counts(
            to_answer=counts.get("to_answer", 0),
            open_consultations=counts.get("open_consultations", 0),
            unread=counts.get("unread", 0),
            overdue=counts.get("overdue", 0),
            open_tasks=counts.get("open_tasks", 0),
        )

    def announce(self, notifications: list[dict[str, Any]]) -> None:
        """New notifications also reach the desktop's notification area, where the system has one."""
        self.announced.extend(notifications)
        if not notifications or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("eCabinet")
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        newest = notifications[0]
        if len(notifications) == 1:
            title, body = str(newest.get("title") or ""), str(newest.get("body") or "")
        else:
            title = self.tr("%n new notification(s)", "", len(notifications))
            body = "\n".join(str(n.get("title") or "") for n in notifications[:4])
        self._tray_subject = (str(newest.get("subject_kind") or ""), str(newest.get("subject_id") or ""))
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)

    def _tray_clicked(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self._tray_subject is not None and self.window.controller.engine is not None:
            self.open_subject(*self._tray_subject)
