"""Home: who is signed in, the meetings on this device grouped by when they happen, and their sync state.

Everything shown comes from the offline store (through the session controller), so Home opens without a
network. The Sync button, the progress bar and the offline indicator show what the background sync does;
`sign_out_requested`, `sync_requested` and `dismiss_refusal_requested(seq)` go back to the controller;
`meeting_opened(id)` asks the window for the Meeting page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Final

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.sync import SyncProgress, SyncReport
from ecabinet.ui.between.home_bar import BetweenBar
from ecabinet.ui.home_state import GROUP_IN_SESSION, GROUP_ORDER, GROUP_PAST, GROUP_UPCOMING, HomeState, MeetingEntry
from ecabinet.ui.messages import error_message, meeting_state_name, outbox_kind_name
from ecabinet.ui.style import app_logo
from ecabinet.ui.widgets import ClickableFrame, restyle, vertical_scroll

# A sync shorter than this shows no progress bar (no flicker for "nothing changed").
PROGRESS_DELAY_MS: Final = 500
_BAR_STEPS: Final = 1000


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


def format_size(size: int) -> str:
    """Bytes as the UI language writes them ("12.5 MB")."""
    return QLocale().formattedDataSize(max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class MeetingCard(ClickableFrame):
    """One meeting in the list: title, state, local start time and place, and whether its papers are here.

    The whole card is a button (click, tap, Enter or Space): `clicked` opens the meeting.
    """

    def __init__(self, entry: MeetingEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.meeting: dict[str, Any] = dict(entry.meeting)
        self._syncing = False
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(str(self.meeting.get("title") or ""))
        self.title_label.setObjectName("meetingTitle")
        self.title_label.setWordWrap(True)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.state_badge.setProperty("state", str(self.meeting.get("state") or ""))
        self.when_label = QLabel()
        self.when_label.setObjectName("mutedLabel")
        self.when_label.setWordWrap(True)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.news_label = QLabel()
        self.news_label.setObjectName("newsBadge")
        self.news_label.hide()

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.when_label, 1)
        bottom.addWidget(self.news_label, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.sync_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.setMinimumHeight(96)
        self.retranslate()

    def set_entry(self, entry: MeetingEntry, *, syncing: bool) -> None:
        """New counts for the same meeting (while a sync runs, and after it)."""
        self.entry = entry
        self._syncing = syncing
        self._show_sync_state()

    @property
    def sync_state(self) -> str:
        """`synced`, `downloading`, `partial`, `missing`, `archived` (older than the device keeps) or `empty`."""
        entry = self.entry
        if entry.documents == 0:
            return "empty"
        if entry.complete:
            return "synced"
        if entry.archived:
            return "archived"
        if self._syncing:
            return "downloading"
        return "missing" if entry.cached == 0 else "partial"

    def retranslate(self) -> None:
        """Set state, time and sync state in the current language."""
        self.state_badge.setText(meeting_state_name(str(self.meeting.get("state") or "")))
        parts = [format_start_time(self.meeting.get("starts_at"))]
        location = self.meeting.get("location")
        if location:
            parts.append(str(location))
        self.when_label.setText("  ·  ".join(part for part in parts if part))
        self._show_sync_state()

    def _show_sync_state(self) -> None:
        entry = self.entry
        state = self.sync_state
        done, total = str(min(entry.cached, entry.documents)), str(entry.documents)
        if state == "empty":
            text = self.tr("No documents yet")
        elif state == "synced":
            text = "✓ " + self.tr("On this device")
        elif state == "downloading":
            text = self.tr("Downloading %1 of %2").replace("%1", done).replace("%2", total)
        elif state == "missing":
            text = self.tr("Not yet downloaded")
        elif state == "archived":
            text = self.tr("Older meeting: its papers are kept on the server, not on this device")
        else:
            text = self.tr("%1 of %2 on this device").replace("%1", done).replace("%2", total)
        self.sync_label.setText(text)
        if self.sync_label.property("sync") != state:
            self.sync_label.setProperty("sync", state)
            restyle(self.sync_label)
        news = self.news_text()
        self.news_label.setText(news)
        self.news_label.setVisible(bool(news))
        parts = (self.title_label.text(), self.state_badge.text(), news, text)
        self.setAccessibleName(", ".join(part for part in parts if part))

    def news_text(self) -> str:
        """ "3 unread · 1 changed": what is new for this reader since they last looked ("" when nothing)."""
        parts = []
        if self.entry.unread:
            parts.append(self.tr("%n unread", "", self.entry.unread))
        if self.entry.changed:
            parts.append(self.tr("%n changed", "", self.entry.changed))
        return "  ·  ".join(parts)


class RefusalRow(QFrame):
    """One thing the server did not accept: what it was, the server's reason, and "Dismiss"."""

    dismissed = Signal(int)

    def __init__(self, seq: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seq = seq
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(self.seq))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)


class MeetingsPage(QWidget):
    """Home after sign-in: the user's name, "Sign out", "Sync", and the meetings grouped with their sync state."""

    sign_out_requested = Signal()
    sync_requested = Signal()
    pin_requested = Signal()  # "Set a PIN" / "Change PIN"
    settings_requested = Signal()
    prepare_requested = Signal()  # the secretariat workspace (shown to the secretariat only)
    dismiss_refusal_requested = Signal(int)
    meeting_opened = Signal(str)  # meeting id: a card was tapped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._display_name = ""
        self._has_pin = False
        self._notice_text: Callable[[], str] | None = None
        self._status_text: Callable[[], str] | None = None
        self._state = HomeState()
        self._syncing = False
        self._offline = False
        self._progress: SyncProgress | None = None
        self.cards: list[MeetingCard] = []
        self.section_labels: dict[str, QLabel] = {}
        self.refusal_rows: list[RefusalRow] = []

        header = QFrame()
        header.setObjectName("pageHeader")
        logo = QLabel()
        logo.setPixmap(app_logo(40))
        logo.setFixedSize(40, 40)
        app_name = QLabel("eCabinet")
        app_name.setObjectName("appTitle")
        self.offline_badge = QLabel()
        self.offline_badge.setObjectName("offlineBadge")
        self.offline_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.offline_badge.hide()
        self.user_label = QLabel()
        self.user_label.setObjectName("mutedLabel")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.pin_button = QPushButton()
        self.pin_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pin_button.clicked.connect(self.pin_requested)
        self.prepare_button = QPushButton()
        self.prepare_button.setObjectName("primaryButton")
        self.prepare_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.prepare_button.clicked.connect(self.prepare_requested)
        self.prepare_button.hide()
        self.settings_button = QPushButton()
        self.settings_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.settings_button.clicked.connect(self.settings_requested)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(32, 12, 32, 12)
        header_layout.setSpacing(14)
        header_layout.addWidget(logo)
        header_layout.addWidget(app_name)
        header_layout.addSpacing(8)
        header_layout.addWidget(self.offline_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header_layout.addStretch(1)
        header_layout.addWidget(self.user_label)
        header_layout.addWidget(self.prepare_button)
        header_layout.addWidget(self.settings_button)
        header_layout.addWidget(self.pin_button)
        header_layout.addWidget(self.sign_out_button)

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("primaryButton")
        self.sync_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sync_button.setMinimumWidth(160)
        self.sync_button.clicked.connect(self.sync_requested)
        title_row = QHBoxLayout()
        title_row.setSpacing(16)
        title_row.addWidget(self.title_label)
        title_row.addStretch(1)
        title_row.addWidget(self.sync_button)

        # What the sync is doing (and what it did): a line of text, and a bar while it downloads.
        self.status_label = QLabel()
        self.status_label.setObjectName("mutedLabel")
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncBar")
        self.progress_bar.setRange(0, _BAR_STEPS)
        self.progress_bar.setTextVisible(False)
        policy = self.progress_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress_bar.setSizePolicy(policy)
        self.progress_bar.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._reveal_progress)

        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.hide()

        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        self.refusals_card = QFrame()
        self.refusals_card.setObjectName("refusalsCard")
        self.refusals_title = QLabel()
        self.refusals_title.setObjectName("refusalsTitle")
        self.refusals_title.setWordWrap(True)
        self._refusals_layout = QVBoxLayout(self.refusals_card)
        self._refusals_layout.setContentsMargins(20, 14, 20, 14)
        self._refusals_layout.setSpacing(8)
        self._refusals_layout.addWidget(self.refusals_title)
        self.refusals_card.hide()

        self._list_widget = QWidget()
        self._list_layout = QVBoxLayout(self._list_widget)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(12)
        self._list_layout.addStretch(1)
        scroll = vertical_scroll(self._list_widget)

        #: Between meetings (issue 16): consultations, notifications and tasks, each a large tile with a badge.
        self.between_bar = BetweenBar()

        body = QVBoxLayout()
        body.setContentsMargins(40, 24, 40, 24)
        body.setSpacing(12)
        body.addWidget(self.between_bar)
        body.addLayout(title_row)
        body.addWidget(self.status_label)
        body.addWidget(self.progress_bar)
        body.addWidget(self.offline_banner)
        body.addWidget(self.notice_label)
        body.addWidget(self.refusals_card)
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
        self.settings_button.setText(self.tr("Settings"))
        self.prepare_button.setText(self.tr("Prepare meetings"))
        self.prepare_button.setAccessibleName(self.tr("Prepare meetings: agendas, documents, participants"))
        self.settings_button.setAccessibleName(self.tr("Settings: language, theme, text size, automatic lock"))
        self.pin_button.setText(self.tr("Change PIN") if self._has_pin else self.tr("Set a PIN"))
        self.title_label.setText(self.tr("Your meetings"))
        self.sync_button.setText(self.tr("Syncing…") if self._syncing else self.tr("Sync now"))
        self.offline_badge.setText(self.tr("Offline"))
        self.offline_banner.setText(
            self.tr(
                "You are offline. Everything on this device can still be read, and what you do is sent "
                "when the connection is back."
            )
        )
        for name, label in self.section_labels.items():
            label.setText(self._section_title(name))
        for card in self.cards:
            card.retranslate()
        self._show_refusal_texts()
        if self._syncing and self._progress is not None:
            self._show_progress_text(self._progress)
        elif self._status_text is not None:
            self.status_label.setText(self._status_text())
        if self._notice_text is not None:
            self.notice_label.setText(self._notice_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _section_title(self, group: str) -> str:
        count = len(self._state.group(group))
        if group == GROUP_IN_SESSION:
            return self.tr("In session (%1)").replace("%1", str(count))
        if group == GROUP_UPCOMING:
            return self.tr("Upcoming (%1)").replace("%1", str(count))
        return self.tr("Past (%1)").replace("%1", str(count))

    # -- what the window calls --------------------------------------------------------------------------

    def set_user(self, display_name: str) -> None:
        """Show who is signed in."""
        self._display_name = display_name
        self.retranslate()

    def set_has_pin(self, has_pin: bool) -> None:
        """Whether a PIN is set: the button says "Change PIN" or "Set a PIN"."""
        self._has_pin = has_pin
        self.retranslate()

    def set_home(self, state: HomeState) -> None:
        """Show the meetings (grouped: in session, upcoming, past), the outbox's refusals and waiting items."""
        same_meetings = [card.entry.id for card in self.cards] == [e.id for e in state.meetings] and all(
            card.meeting == entry.meeting for card, entry in zip(self.cards, state.meetings, strict=True)
        )
        self._state = state
        if same_meetings and self.cards:
            # Only the counts moved (during a download): update in place, no flicker, scroll position kept.
            for card, entry in zip(self.cards, state.meetings, strict=True):
                card.set_entry(entry, syncing=self._syncing)
        else:
            self._rebuild_list()
        self._show_refusals()
        self._show_idle_status()
        self._update_empty_notice()

    def set_offline(self, offline: bool) -> None:
        """Show or hide the offline badge and banner."""
        self._offline = offline
        self.offline_badge.setVisible(offline)
        self.offline_banner.setVisible(offline)
        self._show_idle_status()

    def sync_started(self) -> None:
        """A sync began: lock the button now, show the progress only if it takes a while."""
        self._syncing = True
        self._progress = None
        self._set_notice(None)
        self.sync_button.setEnabled(False)
        self.sync_button.setText(self.tr("Syncing…"))
        self.status_label.setText(self.tr("Checking for new documents…"))
        self.status_label.show()
        self._progress_timer.start()
        for card in self.cards:
            card.set_entry(card.entry, syncing=True)
        self._update_empty_notice()

    def show_progress(self, progress: SyncProgress) -> None:
        """The sync's phase, files and bytes (bytes drive the bar: one big document is most of the wait)."""
        if not self._syncing:
            return
        self._progress = progress
        if progress.bytes_total > 0:
            self.progress_bar.setRange(0, _BAR_STEPS)
            self.progress_bar.setValue(
                round(_BAR_STEPS * min(progress.bytes_done, progress.bytes_total) / progress.bytes_total)
            )
        elif progress.phase in ("outbox", "feed"):
            self.progress_bar.setRange(0, 0)  # not known yet: the bar moves without a measure
        self._show_progress_text(progress)

    def sync_finished(self, report: SyncReport) -> None:
        """The sync ended: hide the bar, say what it did."""
        self._end_sync()
        failed = len(report.failed)
        if failed:
            self._set_status(
                lambda: self.tr(
                    "%n document(s) could not be downloaded. They will be tried again at the next sync.", "", failed
                )
            )
        else:
            self._status_text = None
            self._show_idle_status()

    def sync_failed(self, error: BaseException) -> None:
        """The sync stopped: hide the bar; offline is shown by the indicator, anything else by a banner."""
        self._end_sync()
        self._show_idle_status()
        if not self._offline:
            self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        """Explain what went wrong; what was shown before stays."""
        self._set_notice(lambda: error_message(error), kind="errorBanner")

    def clear(self) -> None:
        """Forget the previous user's name and meetings (after sign-out)."""
        self._display_name = ""
        self._state = HomeState()
        self._end_sync()
        self._status_text = None
        self.status_label.clear()
        self.set_offline(False)
        self._rebuild_list()
        self._show_refusals()
        self._set_notice(None)
        self.retranslate()

    @property
    def is_syncing(self) -> bool:
        return self._syncing

    # -- plumbing ---------------------------------------------------------------------------------------

    def _end_sync(self) -> None:
        self._syncing = False
        self._progress = None
        self._progress_timer.stop()
        self.progress_bar.hide()
        self.sync_button.setEnabled(True)
        self.sync_button.setText(self.tr("Sync now"))
        for card in self.cards:
            card.set_entry(card.entry, syncing=False)
        self._update_empty_notice()

    def _reveal_progress(self) -> None:
        if self._syncing:
            self.progress_bar.show()

    def _show_progress_text(self, progress: SyncProgress) -> None:
        if progress.phase == "outbox":
            text = self.tr("Sending what you did on this device…")
        elif progress.phase == "download" and progress.files_total > 0:
            text = (
                self.tr("Downloading documents: %1 of %2 (%3 of %4)")
                .replace("%1", str(progress.files_done))
                .replace("%2", str(progress.files_total))
                .replace("%3", format_size(progress.bytes_done))
                .replace("%4", format_size(progress.bytes_total))
            )
        elif progress.phase in ("purge", "done"):
            text = self.tr("Finishing…")
        else:
            text = self.tr("Checking for new documents…")
        self.status_label.setText(text)

    def _show_idle_status(self) -> None:
        """When no sync runs: how many documents are here, and what waits to be sent."""
        if self._syncing:
            return
        if self._status_text is not None:
            self.status_label.setText(self._status_text())
            return
        state = self._state
        parts: list[str] = []
        if state.documents:
            if state.cached >= state.documents:
                parts.append(self.tr("All documents are on this device."))
            else:
                parts.append(
                    self.tr("%1 of %2 documents are on this device.")
                    .replace("%1", str(state.cached))
                    .replace("%2", str(state.documents))
                )
        if state.pending:
            parts.append(self.tr("%n change(s) waiting to be sent.", "", state.pending))
        self.status_label.setText("  ".join(parts))
        self.status_label.setVisible(bool(parts))

    def _set_status(self, text: Callable[[], str]) -> None:
        self._status_text = text
        self.status_label.setText(text())
        self.status_label.show()

    def _rebuild_list(self) -> None:
        for widget in [*self.section_labels.values(), *self.cards]:
            self._list_layout.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        self.section_labels = {}
        position = 0
        for group in GROUP_ORDER:
            entries = self._state.group(group)
            if not entries:
                continue
            label = QLabel(self._section_title(group))
            label.setObjectName("sectionTitle")
            label.setProperty("group", group)
            if position:
                label.setContentsMargins(0, 12, 0, 0)
            self.section_labels[group] = label
            self._list_layout.insertWidget(position, label)
            position += 1
            for entry in entries:
                card = MeetingCard(entry)
                card.clicked.connect(lambda meeting_id=entry.id: self.meeting_opened.emit(meeting_id))
                card.set_entry(entry, syncing=self._syncing)
                if group == GROUP_PAST:
                    card.setProperty("past", True)
                self.cards.append(card)
                self._list_layout.insertWidget(position, card)
                position += 1

    def _show_refusals(self) -> None:
        refused = self._state.refused
        for row in self.refusal_rows:
            self._refusals_layout.removeWidget(row)
            row.deleteLater()
        self.refusal_rows = []
        for refusal in refused:
            row = RefusalRow(refusal.seq)
            row.dismissed.connect(self.dismiss_refusal_requested)
            self.refusal_rows.append(row)
            self._refusals_layout.addWidget(row)
        self.refusals_card.setVisible(bool(refused))
        self._show_refusal_texts()

    def _show_refusal_texts(self) -> None:
        refused = {refusal.seq: refusal for refusal in self._state.refused}
        self.refusals_title.setText(
            self.tr("The server did not accept %n thing(s) you did on this device:", "", len(refused))
        )
        for row in self.refusal_rows:
            refusal = refused.get(row.seq)
            if refusal is None:
                continue
            what = outbox_kind_name(refusal.kind)
            if refusal.subject:
                what = self.tr("%1 on “%2”").replace("%1", what).replace("%2", refusal.subject)
            reason = refusal.reason or self.tr("The server gave no reason.")
            row.text_label.setText(f"{what}: {reason}")
            row.dismiss_button.setText(self.tr("Dismiss"))
            row.dismiss_button.setAccessibleName(self.tr("Dismiss: %1").replace("%1", what))

    def _update_empty_notice(self) -> None:
        if self._state.meetings:
            if self._notice_text is not None and self.notice_label.objectName() == "infoBanner":
                self._set_notice(None)
            return
        if self.notice_label.objectName() == "errorBanner" and self._notice_text is not None:
            return
        if self._syncing:
            self._set_notice(lambda: self.tr("Getting your meetings…"), kind="infoBanner")
        elif self._display_name:
            self._set_notice(lambda: self.tr("There are no meetings for you yet."), kind="infoBanner")

    def _set_notice(self, text: Callable[[], str] | None, *, kind: str = "infoBanner") -> None:
        self._notice_text = text
        if text is None:
            self.notice_label.hide()
            self.notice_label.setObjectName("")
            return
        self.notice_label.setObjectName(kind)
        restyle(self.notice_label)
        self.notice_label.setText(text())
        self.notice_label.show()


def entry_for(
    meeting: Mapping[str, Any], *, group: str = GROUP_UPCOMING, documents: int = 0, cached: int = 0
) -> MeetingEntry:
    """A Home entry for `meeting` (tests and previews)."""
    return MeetingEntry(meeting=dict(meeting), group=group, documents=documents, cached=cached)


__all__ = ["MeetingCard", "MeetingsPage", "entry_for", "format_size", "format_start_time"]
