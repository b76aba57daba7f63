"""The consultations screen: the list (open ones first, by deadline, with where the member stands), one
consultation with its answer form (`ConsultationView`), and a reader for its documents.

Signing happens here, on the device, through the app's one `SigningRunner` (passphrase or PIN asked in a
dialog), so a member can sign offline; the signed answers then wait in the outbox like any other answer.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.errors import OfflineError
from ecabinet.pdf.cms import sign_detached
from ecabinet.pdf.signing import SignerSource
from ecabinet.ui.between.answer_form import ConsultationView, Submission
from ecabinet.ui.between.common import PageHeader, badge, local_time, set_badge, time_left
from ecabinet.ui.between.controller import BetweenController, SubmitOutcome
from ecabinet.ui.between.model import NEAR_DEADLINE, ConsultationEntry, signing_bytes
from ecabinet.ui.messages import error_message, meeting_state_name
from ecabinet.ui.signing import SigningRunner
from ecabinet.ui.viewer import DocumentView, RenderService
from ecabinet.ui.widgets import ClickableFrame, restyle, touch_button, vertical_scroll

__all__ = ["ConsultationCard", "ConsultationsPage", "DocumentReader"]

#: The deadline's "time left" and the offline warning are brought up to date this often.
CLOCK_TICK_MS: Final = 30_000


class ConsultationCard(ClickableFrame):
    """One consultation in the list: title, state, deadline and time left, and the member's standing."""

    def __init__(self, entry: ConsultationEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        self.entry = entry
        self.now: datetime | None = None
        self.offline = False
        self.title_label = QLabel()
        self.title_label.setObjectName("meetingTitle")
        self.title_label.setWordWrap(True)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.when_label = QLabel()
        self.when_label.setObjectName("mutedLabel")
        self.when_label.setWordWrap(True)
        self.standing_badge = badge("new")
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.when_label, 1)
        bottom.addWidget(self.standing_badge, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    def standing(self) -> tuple[str, str]:
        """(text, badge kind) of where this member stands with the consultation."""
        entry = self.entry
        if entry.refused:
            return self.tr("Not accepted: see why"), ""
        if entry.pending:
            return self.tr("Waiting to be sent"), "new"
        if entry.manage and not entry.consultation.get("my_seats"):
            tally = entry.consultation.get("tally") or {}
            return (
                self.tr("%1 of %2 answered")
                .replace("%1", str(tally.get("answered", 0)))
                .replace("%2", str(tally.get("recipients", 0))),
                "new",
            )
        if entry.questions and entry.answered >= entry.questions:
            if entry.signed >= entry.questions:
                return self.tr("Answered and signed"), "unread"
            if entry.consultation.get("signatures_required") and entry.open:
                return self.tr("Answered, not signed yet"), "new"
            return self.tr("Answered"), "unread"
        if entry.open and entry.consultation.get("my_seats"):
            return self.tr("To answer"), ""
        if entry.consultation.get("my_seats"):
            return self.tr("Not answered"), "missing"
        return "", "new"

    def retranslate(self) -> None:
        consultation = self.entry.consultation
        state = str(consultation.get("state") or "")
        self.title_label.setText(str(consultation.get("title") or ""))
        self.state_badge.setText(meeting_state_name(state))
        if self.state_badge.property("state") != state:
            self.state_badge.setProperty("state", state)
            restyle(self.state_badge)
        deadline = self.entry.deadline
        parts = []
        if deadline is not None:
            parts.append(self.tr("Answer by %1").replace("%1", local_time(deadline)))
            if self.entry.open and self.now is not None:
                parts.append(time_left(deadline, self.now))
                if self.offline and self.entry.needs_answer and deadline - self.now <= NEAR_DEADLINE:
                    parts.append(self.tr("You are offline: answer soon"))
        self.when_label.setText("  ·  ".join(parts))
        text, kind = self.standing()
        set_badge(self.standing_badge, text, kind)
        self.setAccessibleName(", ".join(p for p in (self.title_label.text(), text, self.when_label.text()) if p))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DocumentReader(QWidget):
    """A consultation document, read in the app's viewer (pages drawn by the render process)."""

    back_requested = Signal()

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.shown: str | None = None  # the render service's id of the open document
        self.wanted: tuple[str, str] | None = None  # (document id, sha256) asked for
        self._message: Callable[[], str] | None = None
        self.back_button = touch_button()
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setObjectName("documentHeading")
        self.title_label.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        self.view = DocumentView(service)
        self.message_label = QLabel()
        self.message_label.setObjectName("readerMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def expect(self, document_id: str, sha256: str, title: str) -> None:
        self.wanted = (document_id, sha256)
        self.title_label.setText(title)
        self._show_message(lambda: self.tr("Opening the document…"))

    def show_bytes(self, document_id: str, sha256: str, data: bytes) -> None:
        if self.wanted != (document_id, sha256):
            return
        key = f"consultation:{document_id}:{sha256[:16]}"
        self.close_document()
        self.service.open_document(key, data)
        self.shown = key
        self.view.set_document(key)
        self.view.go_to_page(0)
        self._show_message(None)

    def show_failure(self, document_id: str, sha256: str, error: BaseException) -> None:
        if self.wanted != (document_id, sha256):
            return
        if isinstance(error, OfflineError):
            self._show_message(lambda: self.tr("You are offline. This document opens when the connection is back."))
        else:
            self._show_message(lambda: error_message(error))

    def close_document(self) -> None:
        if self.shown is not None:
            self.view.set_document(None)
            self.service.close_document(self.shown)
            self.shown = None

    def _show_message(self, text: Callable[[], str] | None) -> None:
        self._message = text
        self.message_label.setText(text() if text is not None else "")
        self.message_label.setVisible(text is not None)
        self.view.setVisible(text is None)

    def retranslate(self) -> None:
        self.back_button.setText("‹ " + self.tr("Back to the consultation"))
        if self._message is not None:
            self.message_label.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ConsultationsPage(QWidget):
    """The list of consultations, one consultation's form, and its documents."""

    back_requested = Signal()

    def __init__(
        self,
        controller: BetweenController,
        service: RenderService,
        signing: SigningRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultationsPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.controller = controller
        self.signing = signing
        self.cards: list[ConsultationCard] = []
        self.section_labels: list[QLabel] = []
        self.entries: list[ConsultationEntry] = []
        self.offline = False

        self.header = PageHeader()
        self.header.back_requested.connect(self._back)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(40, 24, 40, 24)
        self._list_layout.setSpacing(12)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("infoBanner")
        self.empty_label.setWordWrap(True)
        self._list_layout.addWidget(self.empty_label)
        self._list_layout.addStretch(1)
        self.list_view = vertical_scroll(self._list)

        self.view = ConsultationView()
        self.view.available_documents = controller.has_document
        self.view.submit_requested.connect(self.submit)
        self.view.document_requested.connect(self.open_document)
        self.view.dismiss_requested.connect(controller.dismiss_refused)
        self.view.results.refresh_requested.connect(controller.load_tally)
        self.view.results.close_requested.connect(controller.close_consultation)
        self.view.results.report_requested.connect(
            lambda document_id, sha: self.open_document(document_id, sha, self.tr("Result report"))
        )
        self.view.results.sign_report_requested.connect(self.sign_report)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(40, 24, 40, 24)
        holder_layout.addWidget(self.view)
        self.detail_view = vertical_scroll(holder)

        self.reader = DocumentReader(service)
        self.reader.back_requested.connect(self.show_detail)
        reader_holder = QWidget()
        reader_layout = QVBoxLayout(reader_holder)
        reader_layout.setContentsMargins(24, 16, 24, 16)
        reader_layout.addWidget(self.reader)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail_view)
        self.stack.addWidget(reader_holder)
        self._reader_page = reader_holder

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_TICK_MS)
        self._clock.timeout.connect(self._tick)

        controller.consultations_changed.connect(self.set_entries)
        controller.consultation_changed.connect(self._show_consultation)
        controller.queued_changed.connect(self.view.set_queued)
        controller.tally_loaded.connect(self._show_tally)
        controller.answers_submitted.connect(self.show_outcome)
        controller.document_ready.connect(self.reader.show_bytes)
        controller.document_failed.connect(self.reader.show_failure)
        controller.failed.connect(self._on_failed)
        controller.offline_changed.connect(self.set_offline)
        self.retranslate()

    # -- navigation -----------------------------------------------------------------------------------------

    def show_list(self) -> None:
        self.reader.close_document()
        self.controller.open_consultation(None)
        self.stack.setCurrentWidget(self.list_view)
        self._clock.start()
        self.retranslate()

    def open_consultation(self, consultation_id: str) -> None:
        """Show one consultation (from the list, or a notification about it)."""
        self.reader.close_document()
        self.stack.setCurrentWidget(self.detail_view)
        self.detail_view.verticalScrollBar().setValue(0)
        self.view.clear()
        self.controller.open_consultation(consultation_id)
        self._clock.start()
        self.retranslate()

    def show_detail(self) -> None:
        self.reader.close_document()
        self.stack.setCurrentWidget(self.detail_view)
        self.retranslate()

    def open_document(self, document_id: str, sha256: str, title: str) -> None:
        consultation_id = self.controller.consultation_id
        if consultation_id is None:
            return
        self.reader.expect(document_id, sha256, title)
        self.stack.setCurrentWidget(self._reader_page)
        self.controller.load_document(consultation_id, document_id, sha256)

    def leave(self) -> None:
        """The page is no longer shown: stop the clock, close the document in the render process."""
        self._clock.stop()
        self.reader.close_document()
        self.controller.open_consultation(None)

    def clear(self) -> None:
        self.leave()
        self.view.clear()
        self.set_entries([])
        self.stack.setCurrentWidget(self.list_view)

    def _back(self) -> None:
        current = self.stack.currentWidget()
        if current is self._reader_page:
            self.show_detail()
        elif current is self.detail_view:
            self.show_list()
        else:
            self.back_requested.emit()

    # -- what the controller says ---------------------------------------------------------------------------

    def set_entries(self, entries: list[ConsultationEntry]) -> None:
        self.entries = list(entries)
        for widget in [*self.section_labels, *self.cards]:
            self._list_layout.removeWidget(widget)
            widget.deleteLater()
        self.cards, self.section_labels = [], []
        position = 1
        for kind, group in (("open", [e for e in entries if e.open]), ("closed", [e for e in entries if not e.open])):
            if not group:
                continue
            label = QLabel()
            label.setObjectName("sectionTitle")
            label.setProperty("group", kind)
            self.section_labels.append(label)
            self._list_layout.insertWidget(position, label)
            position += 1
            for entry in group:
                card = ConsultationCard(entry)
                card.now = self.controller.server_now()
                card.offline = self.offline
                card.retranslate()
                card.clicked.connect(lambda consultation_id=entry.id: self.open_consultation(consultation_id))
                self.cards.append(card)
                self._list_layout.insertWidget(position, card)
                position += 1
        self.retranslate()

    def _show_consultation(self, consultation: dict[str, Any] | None) -> None:
        if consultation is None or consultation.get("id") != self.controller.consultation_id:
            return
        self.view.set_consultation(consultation, user_id=self.controller.user_id, now=self.controller.server_now())
        self.view.set_offline(self.offline)

    def _show_tally(self, consultation_id: str, tally: dict[str, Any]) -> None:
        if consultation_id == self.controller.consultation_id:
            self.view.set_tally(tally)

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.header.set_offline(offline)
        self.view.set_offline(offline)
        for card in self.cards:
            card.offline = offline
            card.retranslate()

    def _tick(self) -> None:
        now = self.controller.server_now()
        if self.stack.currentWidget() is self.detail_view:
            self.view.set_now(now)
        for card in self.cards:
            card.now = now
            card.retranslate()

    # -- answering ------------------------------------------------------------------------------------------

    def submit(self, submission: Submission) -> None:
        """Sign on the device if asked (the passphrase dialog, then the signatures off the GUI thread), then send."""
        if self.view.busy or self.signing.busy or self.signing.secret_dialog is not None:
            return
        if not submission.sign:
            self._send(submission, None)
            return
        consultation, drafts, behalf = submission.consultation, submission.drafts, submission.on_behalf_of
        signer_id = self.controller.user_id

        def job(source: SignerSource) -> list[str]:
            return [
                base64.b64encode(
                    sign_detached(signing_bytes(consultation, d, signer_id=signer_id, on_behalf_of=behalf), source)
                ).decode()
                for d in drafts
            ]

        title = str(consultation.get("title") or "")
        self.signing.sign(
            job,
            what=self.tr("Your answers to “%1”").replace("%1", title),
            done=lambda signatures: self._send(submission, signatures),
            failed=self._signing_failed,
        )

    def _send(self, submission: Submission, signatures: list[str] | None) -> None:
        self.view.set_busy(True)
        self.view.answers_sent(submission.drafts, signed=signatures is not None)
        self.view.show_notice(lambda: self.tr("Sending your answers…"))
        self.controller.submit_answers(
            submission.consultation, submission.drafts, signatures=signatures, on_behalf_of=submission.on_behalf_of
        )

    def sign_report(self) -> None:
        """The secretariat signs the result report on this device (its certificate), and the server checks it."""
        job = self.controller.report_signing_job()
        if job is None or self.signing.busy:
            return
        title = str((self.controller.consultation or {}).get("title") or "")

        def done(answer: dict[str, Any]) -> None:
            self.view.show_notice(lambda: self.tr("The signed result report was accepted and goes to every member."))
            self.controller.report_signed(answer)

        self.signing.sign(
            job,
            what=self.tr("The result report of “%1”").replace("%1", title),
            done=done,
            failed=lambda error: self.view.show_notice(
                lambda: self.tr("The result report was not signed: %1").replace("%1", error_message(error)),
                "errorBanner",
            ),
        )

    def _signing_failed(self, error: BaseException) -> None:
        self.view.show_notice(
            lambda: self.tr("Your answers were not signed: %1").replace("%1", error_message(error)), "errorBanner"
        )

    def show_outcome(self, outcome: SubmitOutcome) -> None:
        """Say plainly where the answers are: recorded in time, waiting on this device, or refused (and why)."""
        self.view.set_busy(False)
        if outcome.consultation_id != self.controller.consultation_id:
            return
        if outcome.refused:
            count = len(outcome.refused)
            self.view.show_notice(
                lambda: self.tr("The server did not record %n answer(s). The reason is shown below.", "", count),
                "errorBanner",
            )
        elif outcome.offline:
            self.view.show_notice(
                lambda: self.tr(
                    "You are offline. Your answers are kept on this device and sent when the connection is back; "
                    "they count if they reach the server before the deadline."
                ),
                "offlineBanner",
            )
        elif outcome.waiting:
            self.view.show_notice(
                lambda: self.tr("Your answers are kept on this device and will be sent at the next sync.")
            )
        else:
            self.view.show_notice(
                lambda: self.tr(
                    "Your answers reached the server before the deadline. The time of receipt is shown "
                    "with each answer."
                )
            )

    def _on_failed(self, what: str, error: BaseException) -> None:
        if what == "answer":
            self.view.set_busy(False)
            self.view.forget_sent()
        if what in ("answer", "close", "consultation") and self.stack.currentWidget() is self.detail_view:
            self.view.show_notice(lambda: error_message(error), "errorBanner")

    # -- texts ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        on_list = self.stack.currentWidget() is self.list_view
        self.header.title_label.setText(self.tr("Consultations"))
        self.header.back_button.setText("‹ " + (self.tr("Home") if on_list else self.tr("All consultations")))
        for label in self.section_labels:
            label.setText(self.tr("Open") if label.property("group") == "open" else self.tr("Closed"))
        self.empty_label.setText(self.tr("There are no consultations for you yet."))
        self.empty_label.setVisible(not self.cards)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
