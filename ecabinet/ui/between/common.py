"""Pieces the between-meetings pages share: the page header, times and deadlines in words, choice and status names."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ecabinet.ui.widgets import restyle, touch_button

_CHOICES: dict[str, str] = {
    "agree": str(QT_TRANSLATE_NOOP("AnswerChoice", "Agree")),
    "disagree": str(QT_TRANSLATE_NOOP("AnswerChoice", "Disagree")),
    "agree_with_comments": str(QT_TRANSLATE_NOOP("AnswerChoice", "Agree with comments")),
    "other_opinion": str(QT_TRANSLATE_NOOP("AnswerChoice", "Other opinion")),
}

_TASK_STATUSES: dict[str, str] = {
    "open": str(QT_TRANSLATE_NOOP("TaskStatus", "Open")),
    "in_progress": str(QT_TRANSLATE_NOOP("TaskStatus", "In progress")),
    "done": str(QT_TRANSLATE_NOOP("TaskStatus", "Done")),
    "overdue": str(QT_TRANSLATE_NOOP("TaskStatus", "Overdue")),
}


def choice_name(choice: str) -> str:
    """The translated name of an answer choice code; an unknown code as it is."""
    source = _CHOICES.get(choice)
    return QCoreApplication.translate("AnswerChoice", source) if source else choice


def task_status_name(status: str) -> str:
    source = _TASK_STATUSES.get(status)
    return QCoreApplication.translate("TaskStatus", source) if source else status


def local_time(moment: datetime | None) -> str:
    """A moment as the UI language writes a local date and time ("" when unknown)."""
    from ecabinet.ui.meetings_page import format_start_time  # Home imports this package's tiles

    return format_start_time(moment.isoformat()) if moment is not None else ""


def precise_time(moment: datetime | None) -> str:
    """A local date and time to the second, for times of receipt that are judged against a deadline."""
    if moment is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    date_text = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    return f"{date_text}, {locale.toString(local.time(), pattern)}"


def time_left(deadline: datetime, now: datetime) -> str:
    """ "2 days left", "5 hours left", "40 minutes left", or "The deadline has passed"."""
    seconds = (deadline - now).total_seconds()
    if seconds <= 0:
        return QCoreApplication.translate("TimeLeft", "The deadline has passed")
    minutes = int(seconds / 60)
    if minutes < 60:
        count = max(1, minutes)
        return QCoreApplication.translate("TimeLeft", "%n minute(s) left", "", count)
    hours = int(minutes / 60)
    if hours < 48:
        return QCoreApplication.translate("TimeLeft", "%n hour(s) left", "", hours)
    days = int(hours / 24)  # not "//": lupdate would read the rest of the line as a comment
    return QCoreApplication.translate("TimeLeft", "%n day(s) left", "", days)


def set_badge(label: QLabel, text: str, kind: str) -> None:
    """Show `text` in a small coloured badge (`kind`: new, unread, missing, or "" for a warning look)."""
    label.setText(text)
    label.setVisible(bool(text))
    if label.property("kind") != kind:
        label.setProperty("kind", kind)
        restyle(label)


def badge(kind: str = "new") -> QLabel:
    label = QLabel()
    label.setObjectName("newBadge")
    label.setProperty("kind", kind)
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    label.hide()
    return label


class PageHeader(QFrame):
    """Back to Home, the page's title, and the offline badge (the same band as Home's header)."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.back_button = touch_button()
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setObjectName("meetingHeaderTitle")
        self.offline_badge = QLabel()
        self.offline_badge.setObjectName("offlineBadge")
        self.offline_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.offline_badge.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setSpacing(16)
        layout.addWidget(self.back_button)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.offline_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def set_offline(self, offline: bool) -> None:
        self.offline_badge.setVisible(offline)

    def retranslate(self) -> None:
        self.back_button.setText("‹ " + self.tr("Home"))
        self.back_button.setAccessibleName(self.tr("Back to Home"))
        self.offline_badge.setText(self.tr("Offline"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = [
    "PageHeader",
    "badge",
    "choice_name",
    "local_time",
    "precise_time",
    "set_badge",
    "task_status_name",
    "time_left",
]
