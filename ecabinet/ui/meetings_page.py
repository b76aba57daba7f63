"""The first screen after sign-in: who is signed in, and the meetings this person may see.

Shows what the session controller loaded; `sign_out_requested` and `refresh_requested` go back to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecabinet.ui.messages import error_message, meeting_state_name
from ecabinet.ui.style import app_logo


def format_start_time(starts_at: object, locale: QLocale | None = None) -> str:
    """A meeting's ISO 8601 start as local date and time in the UI language ("" when missing or unreadable)."""
    if not isinstance(starts_at, str) or not starts_at:
        return ""
    try:
        moment = datetime.fromisoformat(starts_at)
    except ValueError:
        return starts_at
    if moment.tzinfo is None:
        # The API sends UTC; a time without an offset is read as UTC rather than guessed as local.
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()
    locale = locale or QLocale()
    date_text = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    time_text = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{date_text}, {time_text}"


class MeetingCard(QFrame):
    """One meeting in the list: title, state, local start time and place."""

    def __init__(self, meeting: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting = dict(meeting)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(str(meeting.get("title") or ""))
        self.title_label.setObjectName("meetingTitle")
        self.title_label.setWordWrap(True)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.state_badge.setProperty("state", str(meeting.get("state") or ""))
        self.when_label = QLabel()
        self.when_label.setObjectName("mutedLabel")
        self.when_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.when_label)
        self.setMinimumHeight(88)
        self.retranslate()

    def retranslate(self) -> None:
        """Set state and time in the current language."""
        self.state_badge.setText(meeting_state_name(str(self.meeting.get("state") or "")))
        parts = [format_start_time(self.meeting.get("starts_at"))]
        location = self.meeting.get("location")
        if location:
            parts.append(str(location))
        self.when_label.setText("  ·  ".join(part for part in parts if part))


class MeetingsPage(QWidget):
    """Signed in: the user's name, "Sign out", and the list of meetings (or why it is empty)."""

    sign_out_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._display_name = ""
        self._notice_text: Callable[[], str] | None = None
        self.cards: list[MeetingCard] = []

        header = QFrame()
        header.setObjectName("pageHeader")
        logo = QLabel()
        logo.setPixmap(app_logo(40))
        logo.setFixedSize(40, 40)
        app_name = QLabel("eCabinet")
        app_name.setObjectName("appTitle")
        self.user_label = QLabel()
        self.user_label.setObjectName("mutedLabel")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(32, 12, 32, 12)
        header_layout.setSpacing(14)
        header_layout.addWidget(logo)
        header_layout.addWidget(app_name)
        header_layout.addStretch(1)
        header_layout.addWidget(self.user_label)
        header_layout.addWidget(self.sign_out_button)

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.refresh_button = QPushButton()
        self.refresh_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.refresh_button.clicked.connect(self.refresh_requested)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addStretch(1)
        title_row.addWidget(self.refresh_button)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy_bar.setSizePolicy(policy)
        self.busy_bar.hide()

        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        self._list_widget = QWidget()
        self._list_layout = QVBoxLayout(self._list_widget)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(12)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list_widget)

        body = QVBoxLayout()
        body.setContentsMargins(40, 24, 40, 24)
        body.setSpacing(12)
        body.addLayout(title_row)
        body.addWidget(self.busy_bar)
        body.addWidget(self.notice_label)
        body.addWidget(scroll, 1)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addLayout(body, 1)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.user_label.setText(
            self.tr("Signed in as %1").replace("%1", self._display_name) if self._display_name else ""
        )
        self.sign_out_button.setText(self.tr("Sign out"))
        self.title_label.setText(self.tr("Your meetings"))
        self.refresh_button.setText(self.tr("Refresh"))
        for card in self.cards:
            card.retranslate()
        if self._notice_text is not None:
            self.notice_label.setText(self._notice_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the window calls --------------------------------------------------------------------------

    def set_user(self, display_name: str) -> None:
        """Show who is signed in."""
        self._display_name = display_name
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """Show that the list is being loaded."""
        self.busy_bar.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def set_meetings(self, meetings: Sequence[Mapping[str, Any]]) -> None:
        """Replace the list; meetings come sorted by start time, soonest first."""
        self._clear_cards()
        ordered = sorted(meetings, key=lambda meeting: str(meeting.get("starts_at") or ""))
        for meeting in ordered:
            card = MeetingCard(meeting)
            self.cards.append(card)
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
        if ordered:
            self._set_notice(None)
        else:
            self._set_notice(lambda: self.tr("There are no meetings for you yet."), kind="infoBanner")

    def show_error(self, error: BaseException) -> None:
        """Explain why the list could not be loaded; what was shown before stays."""
        self._set_notice(lambda: error_message(error), kind="errorBanner")

    def clear(self) -> None:
        """Forget the previous user's name and meetings (after sign-out)."""
        self._display_name = ""
        self._clear_cards()
        self._set_notice(None)
        self.retranslate()

    # -- plumbing ---------------------------------------------------------------------------------------

    def _clear_cards(self) -> None:
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def _set_notice(self, text: Callable[[], str] | None, *, kind: str = "infoBanner") -> None:
        self._notice_text = text
        if text is None:
            self.notice_label.hide()
            return
        self.notice_label.setObjectName(kind)
        self.notice_label.style().unpolish(self.notice_label)
        self.notice_label.style().polish(self.notice_label)
        self.notice_label.setText(text())
        self.notice_label.show()
