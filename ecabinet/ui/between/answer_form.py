"""One consultation on screen: what is asked and by when, the documents with their versions, the member's answer
per question (agree, disagree, agree with comments, other opinion; a comment), and where each answer stands:
not given, waiting on the device, received by the server (and when, which is what counts for the deadline),
signed, or refused with the reason. The secretariat also sees the live tally (`ResultsPanel`).

The form keeps what the member is typing when a sync brings a newer copy of the consultation: a question the
member has touched keeps their values until they are sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecabinet.ui.between.common import badge, choice_name, local_time, precise_time, set_badge, time_left
from ecabinet.ui.between.model import (
    CHOICES,
    NEAR_DEADLINE,
    NEEDS_COMMENT,
    AnswerDraft,
    QueuedAnswer,
    answers_of,
    material_documents,
    parse_time,
    report_document,
    seats,
)
from ecabinet.ui.meetings_page import format_size
from ecabinet.ui.messages import meeting_state_name
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ClickableFrame, ErrorBanner, restyle, touch_button

__all__ = [
    "AnswerRefusalRow",
    "ConsultationDocumentRow",
    "ConsultationView",
    "QuestionBlock",
    "ResultsPanel",
    "Submission",
]


@dataclass(frozen=True)
class Submission:
    """Answers to send: signed (final) or not, for the member themself or as a deputy (`on_behalf_of`)."""

    consultation: dict[str, Any]
    drafts: list[AnswerDraft]
    sign: bool
    on_behalf_of: str | None


def _label(name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def refusal_text(queued: QueuedAnswer) -> str:
    """Why the server did not record an answer, in words the member can act on (by the server's code)."""
    code = queued.code or ""
    if code == "deadline_passed":
        deadline, received = queued.server_times()
        if received is not None and deadline is not None:
            return (
                QCoreApplication.translate(
                    "AnswerRefusal",
                    "It reached the server on %1, after the deadline (%2), so it was not recorded. "
                    "Your answer is kept on this device.",
                )
                .replace("%1", precise_time(received))
                .replace("%2", precise_time(deadline))
            )
        return QCoreApplication.translate(
            "AnswerRefusal",
            "It reached the server after the deadline, so it was not recorded. Your answer is kept on this device.",
        )
    texts = {
        "consultation_closed": QCoreApplication.translate(
            "AnswerRefusal", "The consultation was closed early before your answer arrived, so it was not recorded."
        ),
        "answer_signed": QCoreApplication.translate(
            "AnswerRefusal", "Your answer to this question was already signed and can no longer change."
        ),
        "wrong_signer": QCoreApplication.translate(
            "AnswerRefusal",
            "It was signed with a certificate that is not enrolled for you. Please ask the IT office to enrol "
            "your certificate, then answer again.",
        ),
        "not_enrolled": QCoreApplication.translate(
            "AnswerRefusal",
            "No signing certificate is enrolled for you on the server. Please ask the IT office to enrol yours.",
        ),
        "signature_invalid": QCoreApplication.translate(
            "AnswerRefusal", "The server could not verify the signature. Please sign again."
        ),
        "untrusted_signature": QCoreApplication.translate(
            "AnswerRefusal",
            "The server does not trust this certificate (expired, revoked, or from an unknown authority).",
        ),
        "comment_required": QCoreApplication.translate("AnswerRefusal", "This choice needs a comment."),
        "not_recipient": QCoreApplication.translate("AnswerRefusal", "You are not asked in this consultation."),
        "not_deputy": QCoreApplication.translate("AnswerRefusal", "You are not this member's named deputy."),
        "documents_incomplete": QCoreApplication.translate(
            "AnswerRefusal", "A document was added meanwhile. Please read it and answer again."
        ),
        "unknown_version": QCoreApplication.translate(
            "AnswerRefusal", "A document changed meanwhile. Please read it and answer again."
        ),
    }
    if code in texts:
        return texts[code]
    return QCoreApplication.translate("AnswerRefusal", "The server did not accept it: %1").replace(
        "%1", queued.message or code
    )


class QuestionBlock(QFrame):
    """One question: the four choices as large buttons, a comment, and where this answer stands."""

    changed = Signal()

    def __init__(self, number: int, question: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.question_id = str(question["id"])
        self.number = number
        self.text = str(question.get("text") or "")
        #: The member changed something here since it was last loaded (a sync then keeps their values).
        self.dirty = False
        self.locked = False
        self._loading = False
        self._status: Callable[[], str] = lambda: ""
        self.title_label = _label("agendaTitle")
        self.state_badge = badge("new")
        self.choice_buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        choices = QHBoxLayout()
        choices.setSpacing(8)
        for choice in CHOICES:
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_TARGET_PX)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            self.choice_buttons[choice] = button
            choices.addWidget(button)
        self.group.buttonToggled.connect(self._on_toggled)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setMinimumHeight(64)
        self.comment_edit.setMaximumHeight(120)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.textChanged.connect(self._on_edited)
        self.error = ErrorBanner()
        self.status_label = _label("mutedLabel")
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addLayout(choices)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.status_label)
        self.retranslate()

    # -- what the member chose ------------------------------------------------------------------------------

    @property
    def choice(self) -> str | None:
        for choice, button in self.choice_buttons.items():
            if button.isChecked():
                return choice
        return None

    @property
    def comment(self) -> str:
        return self.comment_edit.toPlainText()

    def draft(self) -> AnswerDraft | None:
        choice = self.choice
        return AnswerDraft(self.question_id, choice, self.comment) if choice else None

    def check(self) -> bool:
        """Whether what is chosen can be sent; shows why not (a choice that needs a comment)."""
        choice = self.choice
        if choice in NEEDS_COMMENT and not self.comment.strip():
            self.error.show_error(lambda: self.tr("Please write your comment: this choice needs one."))
            self.comment_edit.setFocus()
            return False
        self.error.clear_error()
        return True

    def choose(self, choice: str, comment: str | None = None) -> None:
        """Pick `choice` (and write `comment`) as the member would (tests and keyboard users)."""
        self.choice_buttons[choice].click()
        if comment is not None:
            self.comment_edit.setPlainText(comment)

    # -- what the device and the server know ----------------------------------------------------------------

    def load(
        self,
        choice: str | None,
        comment: str,
        *,
        status: Callable[[], str],
        badge_text: Callable[[], str],
        badge_kind: str,
        locked: bool,
    ) -> None:
        """Show the recorded (or waiting) answer unless the member is changing it here; lock when final."""
        self._status = status
        self._badge_text = badge_text
        self._badge_kind = badge_kind
        self.locked = locked
        if not self.dirty or locked:
            self._loading = True
            try:
                self.group.setExclusive(False)
                for name, button in self.choice_buttons.items():
                    button.setChecked(name == choice)
                self.group.setExclusive(True)
                if self.comment_edit.toPlainText() != comment:
                    self.comment_edit.setPlainText(comment)
            finally:
                self._loading = False
            self.dirty = False
        for button in self.choice_buttons.values():
            button.setEnabled(not locked)
        self.comment_edit.setReadOnly(locked)
        self.comment_edit.setVisible(not locked or bool(self.comment_edit.toPlainText().strip()))
        self.retranslate()

    def mark_sent(self) -> None:
        self.dirty = False

    def _on_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._on_edited()

    def _on_edited(self) -> None:
        if self._loading or self.locked:
            return
        self.dirty = True
        self.error.clear_error()
        self._show_placeholder()
        self.changed.emit()

    def _show_placeholder(self) -> None:
        if self.choice in NEEDS_COMMENT:
            self.comment_edit.setPlaceholderText(self.tr("Your comment (needed for this choice)"))
        else:
            self.comment_edit.setPlaceholderText(self.tr("Your comment (optional)"))

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Question %1: %2").replace("%1", str(self.number)).replace("%2", self.text))
        for choice, button in self.choice_buttons.items():
            button.setText(choice_name(choice))
        self.comment_edit.setAccessibleName(self.tr("Comment on question %1").replace("%1", str(self.number)))
        self._show_placeholder()
        self.error.retranslate()
        self.status_label.setText(self._status())
        self.status_label.setVisible(bool(self.status_label.text()))
        text_of = getattr(self, "_badge_text", None)
        set_badge(self.state_badge, text_of() if text_of is not None else "", getattr(self, "_badge_kind", "new"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ConsultationDocumentRow(ClickableFrame):
    """A document asked about: its title, which version (of how many), pages and size; tap to read it."""

    def __init__(self, document: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentRow")
        self.document = document
        versions = document.get("versions") or []
        self.document_id = str(document.get("id") or "")
        self.sha256 = str(versions[-1]["sha256"]) if versions else ""
        self.title = str(document.get("title") or "")
        self.note: Callable[[], str] = lambda: ""
        self.available = True
        self.title_label = _label("documentTitle")
        self.detail_label = _label("mutedLabel")
        self.note_badge = badge("")
        self.note_badge.setWordWrap(True)
        self.note_badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.detail_label)
        text.addWidget(self.note_badge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addLayout(text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        versions = self.document.get("versions") or []
        newest = versions[-1] if versions else {}
        parts = []
        if self.document.get("role") == "report":
            self.title_label.setText(self.tr("Result report"))
        else:
            self.title_label.setText(self.title)
            parts.append(
                self.tr("Version %1 of %2").replace("%1", str(len(versions))).replace("%2", str(len(versions)))
            )
        pages = int(newest.get("pages") or 0)
        if pages:
            parts.append(self.tr("%n page(s)", "", pages))
        if newest.get("size"):
            parts.append(format_size(int(newest["size"])))
        added = parse_time(newest.get("created_at"))
        if added is not None:
            parts.append(self.tr("added %1").replace("%1", local_time(added)))
        if not self.available:
            parts.append(self.tr("opens when you are online"))
        self.detail_label.setText("  ·  ".join(parts))
        set_badge(self.note_badge, self.note(), "")
        self.setAccessibleName(", ".join(p for p in (self.title_label.text(), self.detail_label.text()) if p))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ResultsPanel(QFrame):
    """The secretariat's view: who answered what (with comments), who did not, closing early, the result report."""

    refresh_requested = Signal()
    close_requested = Signal()
    report_requested = Signal(str, str)  # (document id, sha256)
    sign_report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.tally: dict[str, Any] = {}
        self.state = ""
        self.report: dict[str, Any] | None = None
        self.confirm_box: QMessageBox | None = None
        self.title_label = _label("agendaTitle")
        self.summary_label = _label()
        self.refresh_button = touch_button()
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.close_button = touch_button()
        self.close_button.clicked.connect(self.confirm_close)
        self.report_label = _label("mutedLabel")
        self.report_button = touch_button()
        self.report_button.clicked.connect(self._open_report)
        self.sign_report_button = touch_button(primary=True)
        self.sign_report_button.clicked.connect(self.sign_report_requested)
        self.questions_label = _label()
        self.questions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.questions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.close_button)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_label, 1)
        report_row.addWidget(self.report_button)
        report_row.addWidget(self.sign_report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.questions_label)
        layout.addLayout(report_row)
        self.retranslate()

    def set_results(self, tally: dict[str, Any], *, state: str, report: dict[str, Any] | None) -> None:
        self.tally = tally
        self.state = state
        self.report = report
        self.retranslate()

    def confirm_close(self) -> QMessageBox:
        """Closing early is final for every member: ask first (non-blocking; returned for tests)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the consultation now?"),
            self.tr(
                "No member can answer or change an answer after this, and the result report is made at once. "
                "Close it now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("Close now"))
        box.finished.connect(self._confirmed)
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes.value:
            self.close_requested.emit()

    def _open_report(self) -> None:
        if self.report and self.report.get("document_id") and self.report.get("sha256"):
            self.report_requested.emit(str(self.report["document_id"]), str(self.report["sha256"]))

    def retranslate(self) -> None:
        tally = self.tally
        published = self.state == "published"
        self.title_label.setText(self.tr("Results so far") if published else self.tr("Results"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setVisible(published)
        self.close_button.setText(self.tr("Close now"))
        self.close_button.setAccessibleName(self.tr("Close the consultation now, before its deadline"))
        self.close_button.setVisible(published)
        self.summary_label.setText(
            self.tr("%1 of %2 members have answered every question; %3 signed.")
            .replace("%1", str(tally.get("answered", 0)))
            .replace("%2", str(tally.get("recipients", 0)))
            .replace("%3", str(tally.get("signed", 0)))
        )
        names = {str(r.get("user_id")): str(r.get("display_name") or "") for r in tally.get("not_answered") or []}
        blocks = []
        for n, question in enumerate(tally.get("questions") or [], start=1):
            counts = question.get("counts") or {}
            lines = [self.tr("Question %1: %2").replace("%1", str(n)).replace("%2", str(question.get("text") or ""))]
            lines.append("   " + "  ·  ".join(f"{choice_name(c)}: {counts.get(c, 0)}" for c in CHOICES))
            for answer in question.get("answers") or []:
                who = str(answer.get("display_name") or "")
                if answer.get("on_behalf_of"):
                    who = (
                        self.tr("%1 (represented by %2)")
                        .replace("%1", who)
                        .replace("%2", str(answer.get("answered_by_name") or ""))
                    )
                line = f"   • {who}: {choice_name(str(answer.get('choice') or ''))}"
                if answer.get("comment"):
                    line += f" — “{answer['comment']}”"
                line += "  ·  " + (self.tr("signed") if answer.get("signed") else self.tr("not signed"))
                if answer.get("stale"):
                    line += "  ·  " + self.tr("on an earlier version")
                lines.append(line)
            missing = [names.get(str(u), "") or str(u) for u in question.get("not_answered") or []]
            if missing:
                lines.append("   " + self.tr("Not answered: %1").replace("%1", ", ".join(missing)))
            blocks.append("\n".join(lines))
        self.questions_label.setText("\n\n".join(blocks))
        report = self.report
        if report is None:
            self.report_label.setText(
                self.tr("The result report is made when the consultation closes.") if published else ""
            )
        elif report.get("state") == "signed":
            self.report_label.setText(self.tr("The signed result report is available to every member."))
        else:
            self.report_label.setText(self.tr("The result report is ready; it is not signed by the secretariat yet."))
        self.report_label.setVisible(bool(self.report_label.text()))
        self.report_button.setText(self.tr("Open the result report"))
        self.report_button.setVisible(report is not None)
        self.sign_report_button.setText(self.tr("Sign the result report"))
        self.sign_report_button.setVisible(report is not None and report.get("state") != "signed")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AnswerRefusalRow(QWidget):
    """An answer the server did not record: what it was, why, and "Dismiss" once the member has read it."""

    def __init__(self, queued: QueuedAnswer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queued = queued
        self.text_label = _label()
        self.dismiss_button = touch_button()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)


class ConsultationView(QWidget):
    """A consultation: details and deadline, documents, the answer form and its state, the secretariat's tally."""

    submit_requested = Signal(object)  # Submission
    document_requested = Signal(str, str, str)  # (document id, sha256, title)
    dismiss_requested = Signal(int)  # outbox seq of a refused answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consultation: dict[str, Any] = {}
        self.queued: list[QueuedAnswer] = []
        self.user_id = ""
        self.now: datetime | None = None
        self.offline = False
        self.busy = False
        self.question_blocks: list[QuestionBlock] = []
        self.document_rows: list[ConsultationDocumentRow] = []
        self.refusal_rows: list[AnswerRefusalRow] = []
        self.available_documents: Callable[[str, str], bool] = lambda _d, _s: True
        self._notice: Callable[[], str] | None = None
        #: Answers just handed to the outbox, by question: (choice, comment, signed), until their record shows.
        self._sent: dict[str, tuple[str, str, bool]] = {}

        self.top = QFrame()
        self.top.setObjectName("card")
        self.title_label = _label("pageTitle")
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.state_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.deadline_label = _label("meetingTitle")
        self.signing_label = _label("mutedLabel")
        self.description_label = _label()
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        top_layout = QVBoxLayout(self.top)
        top_layout.setContentsMargins(22, 16, 22, 16)
        top_layout.setSpacing(8)
        top_layout.addLayout(head)
        top_layout.addWidget(self.deadline_label)
        top_layout.addWidget(self.signing_label)
        top_layout.addWidget(self.description_label)

        self.situation_banner = _label("infoBanner")
        self.situation_banner.hide()
        self.documents_title = _label("sectionTitle")
        self._documents_box = QVBoxLayout()
        self._documents_box.setSpacing(8)
        self.seat_label = _label("fieldLabel")
        self.seat_combo = QComboBox()
        self.seat_combo.setMinimumHeight(TOUCH_TARGET_PX)
        self.seat_combo.currentIndexChanged.connect(lambda _i: self._reload_answers(force=True))
        self.questions_title = _label("sectionTitle")
        self._questions_box = QVBoxLayout()
        self._questions_box.setSpacing(12)

        self.refusals_card = QFrame()
        self.refusals_card.setObjectName("refusalsCard")
        self.refusals_title = _label("refusalsTitle")
        self._refusals_layout = QVBoxLayout(self.refusals_card)
        self._refusals_layout.setContentsMargins(20, 14, 20, 14)
        self._refusals_layout.addWidget(self.refusals_title)
        self.refusals_card.hide()

        self.save_button = touch_button()
        self.save_button.clicked.connect(lambda: self.submit(sign=False))
        self.submit_button = touch_button(primary=True)
        self.submit_button.clicked.connect(lambda: self.submit(sign=self.signatures_required))
        self.actions_hint = _label("mutedLabel")
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.actions_hint, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.submit_button)
        self.notice_label = _label()
        self.notice_label.hide()

        self.results = ResultsPanel()
        self.results.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.top)
        layout.addWidget(self.situation_banner)
        layout.addWidget(self.results)
        layout.addWidget(self.documents_title)
        layout.addLayout(self._documents_box)
        layout.addWidget(self.seat_label)
        layout.addWidget(self.seat_combo)
        layout.addWidget(self.questions_title)
        layout.addLayout(self._questions_box)
        layout.addWidget(self.refusals_card)
        layout.addLayout(actions)
        layout.addWidget(self.notice_label)
        layout.addStretch(1)
        self.retranslate()

    # -- facts ----------------------------------------------------------------------------------------------

    @property
    def consultation_id(self) -> str:
        return str(self.consultation.get("id") or "")

    @property
    def signatures_required(self) -> bool:
        return bool(self.consultation.get("signatures_required"))

    @property
    def deadline(self) -> datetime | None:
        return parse_time(self.consultation.get("deadline"))

    @property
    def is_open(self) -> bool:
        deadline = self.deadline
        now = self.now
        return self.consultation.get("state") == "published" and (deadline is None or now is None or now < deadline)

    @property
    def asked(self) -> bool:
        return bool(seats(self.consultation))

    @property
    def on_behalf_of(self) -> str | None:
        options = seats(self.consultation)
        index = self.seat_combo.currentIndex()
        if not options:
            return None
        return options[index if 0 <= index < len(options) else 0][1]

    def _member_id(self) -> str | None:
        options = seats(self.consultation)
        index = self.seat_combo.currentIndex()
        if not options:
            return None
        return options[index if 0 <= index < len(options) else 0][0]

    # -- what the page calls --------------------------------------------------------------------------------

    def set_consultation(self, consultation: dict[str, Any], *, user_id: str, now: datetime) -> None:
        """Show `consultation` (the server's view); the same one again keeps what the member is typing."""
        same = consultation.get("id") == self.consultation.get("id")
        same_questions = same and [q.get("id") for q in consultation.get("questions") or []] == [
            b.question_id for b in self.question_blocks
        ]
        self.consultation = consultation
        self.user_id = user_id
        self.now = now
        if not same:
            self._notice = None
            self.notice_label.hide()
            self.queued = []
            self._sent = {}
        self._fill_seats(keep=same)
        if not same_questions:
            self._rebuild_questions()
        self._rebuild_documents()
        self._reload_answers(force=not same)
        self._show_results()
        self.retranslate()

    def set_queued(self, queued: list[QueuedAnswer]) -> None:
        """The device's outbox for this consultation: answers waiting to be sent, and those refused."""
        self.queued = [q for q in queued if q.consultation_id == self.consultation_id]
        if self.notice_label.objectName() == "offlineBanner" and not any(q.state == "pending" for q in self.queued):
            self.clear_notice()  # "kept on this device" is no longer true: the rows say what became of them
        self._reload_answers(force=False)
        self._rebuild_refusals()
        self.retranslate()

    def set_now(self, now: datetime) -> None:
        """The server's clock as well as it is known (the deadline and time left move with it)."""
        was_open = self.is_open
        self.now = now
        if was_open != self.is_open:
            self._reload_answers(force=False)
        self.retranslate()

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        for row in self.document_rows:
            row.available = not offline or self.available_documents(row.document_id, row.sha256)
            row.retranslate()
        self.retranslate()

    def set_tally(self, tally: dict[str, Any]) -> None:
        if self.consultation.get("manage"):
            self.results.set_results(
                tally, state=str(self.consultation.get("state") or ""), report=self.consultation.get("report")
            )

    def set_busy(self, busy: bool) -> None:
        """While answers are signed or sent, the buttons wait (no answer is sent twice by a double tap)."""
        self.busy = busy
        self._update_actions()

    def show_notice(self, text: Callable[[], str], kind: str = "infoBanner") -> None:
        self._notice = text
        self.notice_label.setObjectName(kind)
        restyle(self.notice_label)
        self.notice_label.setText(text())
        self.notice_label.show()

    def clear_notice(self) -> None:
        self._notice = None
        self.notice_label.setObjectName("")
        self.notice_label.hide()

    def clear(self) -> None:
        self.consultation = {}
        self.queued = []
        self._sent = {}
        self._notice = None
        self.notice_label.hide()
        self._rebuild_questions()
        self._rebuild_documents()
        self._rebuild_refusals()
        self.results.hide()

    def submit(self, *, sign: bool) -> None:
        """Check the answers and ask for them to be sent: signed ones need every question answered."""
        if self.busy or not self.is_open:
            return
        open_blocks = [b for b in self.question_blocks if not b.locked]
        if not all(b.check() for b in open_blocks if b.choice):
            return
        if sign:
            if any(b.choice is None for b in open_blocks):
                self.show_notice(lambda: self.tr("Please answer every question before signing."), "errorBanner")
                return
            chosen = [b for b in open_blocks if b.choice]
        else:
            chosen = [b for b in open_blocks if b.choice and self._differs(b)]
        drafts = [d for d in (b.draft() for b in chosen) if d is not None]
        if not drafts:
            if any(b.choice for b in open_blocks):
                self.show_notice(lambda: self.tr("Nothing has changed since your answers were saved."))
            else:
                self.show_notice(lambda: self.tr("Please choose an answer first."), "errorBanner")
            return
        self.submit_requested.emit(Submission(dict(self.consultation), drafts, sign, self.on_behalf_of))

    def answers_sent(self, drafts: list[AnswerDraft], *, signed: bool) -> None:
        """The answers were handed to the device's outbox. Until the outbox or the server's record shows them,
        the form keeps showing what was sent (no flicker back to the older answer)."""
        for draft in drafts:
            self._sent[draft.question_id] = (draft.choice, draft.clean_comment, signed)
        for block in self.question_blocks:
            if block.question_id in self._sent:
                block.mark_sent()
        self._reload_answers(force=False)

    def forget_sent(self) -> None:
        """Sending failed before the outbox had them: show the answers as they are recorded again."""
        self._sent = {}
        self._reload_answers(force=True)

    # -- building -------------------------------------------------------------------------------------------

    def _fill_seats(self, *, keep: bool) -> None:
        options = seats(self.consultation)
        index = self.seat_combo.currentIndex() if keep else 0
        names = {
            str(r.get("user_id")): str(r.get("display_name") or "") for r in self.consultation.get("recipients") or []
        }
        self.seat_combo.blockSignals(True)
        self.seat_combo.clear()
        for member, behalf in options:
            if behalf:
                self.seat_combo.addItem(self.tr("For %1, as their deputy").replace("%1", names.get(member, member)))
            else:
                self.seat_combo.addItem(self.tr("For myself"))
        self.seat_combo.setCurrentIndex(min(max(index, 0), max(len(options) - 1, 0)))
        self.seat_combo.blockSignals(False)
        choose = len(options) > 1 or (len(options) == 1 and options[0][1] is not None)
        self.seat_label.setVisible(choose)
        self.seat_combo.setVisible(choose)

    def _rebuild_questions(self) -> None:
        for block in self.question_blocks:
            self._questions_box.removeWidget(block)
            block.deleteLater()
        self.question_blocks = []
        for n, question in enumerate(self.consultation.get("questions") or [], start=1):
            block = QuestionBlock(n, question)
            block.changed.connect(self._update_actions)
            self.question_blocks.append(block)
            self._questions_box.addWidget(block)

    def _rebuild_documents(self) -> None:
        for row in self.document_rows:
            self._documents_box.removeWidget(row)
            row.deleteLater()
        self.document_rows = []
        documents = material_documents(self.consultation)
        report = report_document(self.consultation)
        if report is not None and (report.get("versions") or []):
            documents.append(report)
        answered_on = self._answered_versions()
        for document in documents:
            if not document.get("versions"):
                continue
            row = ConsultationDocumentRow(document)
            row.available = not self.offline or self.available_documents(row.document_id, row.sha256)
            mine = answered_on.get(row.document_id)
            if mine and mine != row.sha256:
                versions = [str(v["sha256"]) for v in document.get("versions") or []]
                old = versions.index(mine) + 1 if mine in versions else 0

                def note(old: int = old) -> str:
                    return self.tr(
                        "New version: you answered on version %1. Please read it and review your answers."
                    ).replace("%1", str(old) if old else "?")

                row.note = note
            row.retranslate()
            row.clicked.connect(
                lambda r=row: self.document_requested.emit(r.document_id, r.sha256, r.title_label.text())
            )
            self.document_rows.append(row)
            self._documents_box.addWidget(row)

    def _answered_versions(self) -> dict[str, str]:
        """Document id -> the version the member's answers were given on (the oldest, if they differ)."""
        out: dict[str, str] = {}
        for answer in answers_of(self.consultation, self._member_id()).values():
            for document in answer.get("documents") or []:
                versions = [
                    str(v["sha256"])
                    for d in material_documents(self.consultation)
                    if str(d["id"]) == str(document.get("document_id"))
                    for v in d.get("versions") or []
                ]
                sha = str(document.get("sha256") or "")
                known = out.get(str(document.get("document_id")))
                if known is None or (
                    sha in versions and known in versions and versions.index(sha) < versions.index(known)
                ):
                    out[str(document.get("document_id"))] = sha
        return out

    def _rebuild_refusals(self) -> None:
        for row in self.refusal_rows:
            self._refusals_layout.removeWidget(row)
            row.deleteLater()
        self.refusal_rows = []
        for queued in (q for q in self.queued if q.state == "refused"):
            row = AnswerRefusalRow(queued)
            row.dismiss_button.clicked.connect(lambda _c=False, seq=queued.seq: self.dismiss_requested.emit(seq))
            self.refusal_rows.append(row)
            self._refusals_layout.addWidget(row)
        self.refusals_card.setVisible(bool(self.refusal_rows))

    def _differs(self, block: QuestionBlock) -> bool:
        recorded, waiting = self._recorded(block.question_id)
        current = waiting or recorded
        if current is None:
            return True
        choice = current.choice if isinstance(current, QueuedAnswer) else str(current.get("choice") or "")
        comment = current.comment if isinstance(current, QueuedAnswer) else str(current.get("comment") or "")
        return block.choice != choice or block.comment.strip() != comment.strip()

    def _recorded(self, question_id: str) -> tuple[dict[str, Any] | None, QueuedAnswer | None]:
        """(the server's answer, the newest one waiting on this device) for a question and the chosen seat."""
        member = self._member_id()
        recorded = answers_of(self.consultation, member).get(question_id)
        behalf = self.on_behalf_of
        waiting = [
            q for q in self.queued if q.question_id == question_id and q.state == "pending" and q.on_behalf_of == behalf
        ]
        return recorded, (waiting[-1] if waiting else None)

    def _reload_answers(self, *, force: bool) -> None:
        is_open = self.is_open
        for block in self.question_blocks:
            if force:
                block.dirty = False
            recorded, waiting = self._recorded(block.question_id)
            sent = self._sent.get(block.question_id)
            if sent is not None:
                refused = any(q.question_id == block.question_id and q.state == "refused" for q in self.queued)
                landed = (
                    recorded is not None
                    and (
                        str(recorded.get("choice") or ""),
                        str(recorded.get("comment") or "").strip(),
                        bool(recorded.get("signed")),
                    )
                    == sent
                )
                if waiting is not None or landed or refused:
                    del self._sent[block.question_id]
                else:
                    block.load(
                        sent[0],
                        sent[1],
                        status=lambda: self.tr("Sending…"),
                        badge_text=lambda: self.tr("Sending…"),
                        badge_kind="new",
                        locked=True,
                    )
                    continue
            if waiting is not None:
                signed = waiting.signed

                def waiting_status(signed: bool = signed) -> str:
                    if signed:
                        return self.tr(
                            "Signed on this device and waiting to be sent. It counts if it reaches the server "
                            "before the deadline."
                        )
                    return self.tr("Waiting to be sent. It counts if it reaches the server before the deadline.")

                block.load(
                    waiting.choice,
                    waiting.comment,
                    status=waiting_status,
                    badge_text=lambda: self.tr("Waiting to be sent"),
                    badge_kind="new",
                    locked=signed or not is_open,
                )
            elif recorded is not None:
                received = parse_time(recorded.get("received_at"))
                signed = bool(recorded.get("signed"))
                stale = bool(recorded.get("stale"))

                def status(received: datetime | None = received, signed: bool = signed, stale: bool = stale) -> str:
                    parts = [
                        self.tr("Received by the server on %1, before the deadline.").replace(
                            "%1", precise_time(received)
                        )
                    ]
                    if signed:
                        parts.append(self.tr("Signed: it can no longer change."))
                    elif is_open and self.signatures_required:
                        parts.append(self.tr("Not signed yet: sign it to make it final. Until then you may change it."))
                    elif is_open:
                        parts.append(self.tr("You may change it until the deadline."))
                    if stale:
                        parts.append(self.tr("It was given on an earlier version of a document."))
                    return " ".join(parts)

                block.load(
                    str(recorded.get("choice") or ""),
                    str(recorded.get("comment") or ""),
                    status=status,
                    badge_text=partial(self._received_badge, signed),
                    badge_kind="unread" if signed else "new",
                    locked=signed or not is_open,
                )
            else:
                block.load(
                    None,
                    "",
                    status=lambda: "" if is_open else self.tr("Not answered."),
                    badge_text=lambda: self.tr("Not answered yet") if is_open else "",
                    badge_kind="",
                    locked=not is_open,
                )
        self._update_actions()

    def _received_badge(self, signed: bool) -> str:
        return self.tr("Signed ✓") if signed else self.tr("Received, not signed")

    def _show_results(self) -> None:
        manage = bool(self.consultation.get("manage"))
        self.results.setVisible(manage)
        if manage:
            self.results.set_results(
                dict(self.consultation.get("tally") or {}),
                state=str(self.consultation.get("state") or ""),
                report=self.consultation.get("report"),
            )

    def _update_actions(self) -> None:
        open_blocks = [b for b in self.question_blocks if not b.locked]
        can_answer = self.asked and self.is_open and bool(open_blocks)
        self.save_button.setVisible(can_answer and self.signatures_required)
        self.submit_button.setVisible(can_answer)
        self.actions_hint.setVisible(can_answer)
        self.save_button.setEnabled(not self.busy)
        self.submit_button.setEnabled(not self.busy)
        for block in self.question_blocks:
            block.setVisible(self.asked or not self.consultation.get("manage"))
        self.questions_title.setVisible(any(b.isVisibleTo(self) for b in self.question_blocks))

    # -- texts ----------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        consultation = self.consultation
        self.title_label.setText(str(consultation.get("title") or ""))
        state = str(consultation.get("state") or "")
        self.state_badge.setText(meeting_state_name(state))
        if self.state_badge.property("state") != state:
            self.state_badge.setProperty("state", state)
            restyle(self.state_badge)
        deadline = self.deadline
        if deadline is not None:
            text = self.tr("Answer by %1").replace("%1", local_time(deadline))
            if self.now is not None and state == "published":
                text += "  ·  " + time_left(deadline, self.now)
            self.deadline_label.setText(text)
        else:
            self.deadline_label.clear()
        if self.signatures_required:
            self.signing_label.setText(
                self.tr(
                    "Answers are signed with your certificate. A signed answer is final; until you sign, you may "
                    "change it."
                )
            )
        else:
            self.signing_label.setText(
                self.tr("No signature is asked for. You may change your answers until the deadline.")
            )
        self.signing_label.setVisible(bool(consultation) and self.asked and self.is_open)
        description = str(consultation.get("description") or "")
        self.description_label.setText(description)
        self.description_label.setVisible(bool(description))
        self.documents_title.setText(self.tr("Documents"))
        self.documents_title.setVisible(bool(self.document_rows))
        self.questions_title.setText(self.tr("Your answers"))
        self.seat_label.setText(self.tr("Answering"))
        options = seats(consultation)
        names = {str(r.get("user_id")): str(r.get("display_name") or "") for r in consultation.get("recipients") or []}
        for index, (member, behalf) in enumerate(options):
            if index < self.seat_combo.count():
                self.seat_combo.setItemText(
                    index,
                    self.tr("For %1, as their deputy").replace("%1", names.get(member, member))
                    if behalf
                    else self.tr("For myself"),
                )
        if self.signatures_required:
            self.save_button.setText(self.tr("Save without signing"))
            self.submit_button.setText(self.tr("Sign and send"))
            self.actions_hint.setText(self.tr("Signing makes your answers final."))
        else:
            self.submit_button.setText(self.tr("Send my answers"))
            self.actions_hint.setText(self.tr("You may change your answers until the deadline."))
        self._show_situation()
        self.refusals_title.setText(
            self.tr("The server did not record %n answer(s) sent from this device:", "", len(self.refusal_rows))
        )
        numbers = {b.question_id: b.number for b in self.question_blocks}
        for row in self.refusal_rows:
            queued, label, button = row.queued, row.text_label, row.dismiss_button
            what = (
                self.tr("Question %1: %2")
                .replace("%1", str(numbers.get(queued.question_id, "?")))
                .replace("%2", choice_name(queued.choice))
            )
            if queued.comment:
                what += f" — “{queued.comment}”"
            label.setText(f"{what}\n{refusal_text(queued)}")
            button.setText(self.tr("Dismiss"))
            button.setAccessibleName(self.tr("Dismiss: %1").replace("%1", what))
        if self._notice is not None:
            self.notice_label.setText(self._notice())
        self._update_actions()

    def _show_situation(self) -> None:
        """One banner for the one thing to know now: closed, past the deadline, or offline (near the deadline)."""
        consultation = self.consultation
        deadline, now = self.deadline, self.now
        kind, text = "infoBanner", ""
        if not consultation:
            pass
        elif consultation.get("state") == "closed":
            closed = local_time(parse_time(consultation.get("closed_at")))
            if consultation.get("close_reason") == "early":
                text = self.tr("The secretariat closed this consultation early, on %1.").replace("%1", closed)
            else:
                text = self.tr("This consultation is closed. Answers are no longer accepted.")
        elif not self.is_open:
            text = self.tr("The deadline has passed. Answers are no longer accepted.")
        elif self.offline and self.asked:
            kind = "offlineBanner"
            if deadline is not None and now is not None and deadline - now <= NEAR_DEADLINE:
                text = (
                    self.tr(
                        "You are offline and the deadline is near (%1, %2). You can answer now: your answers are "
                        "sent when the connection is back, and count only if they reach the server before the "
                        "deadline."
                    )
                    .replace("%1", local_time(deadline))
                    .replace("%2", time_left(deadline, now))
                )
            else:
                text = self.tr(
                    "You are offline. You can answer now: your answers are kept on this device and sent when the "
                    "connection is back."
                )
        self.situation_banner.setText(text)
        if self.situation_banner.objectName() != kind:
            self.situation_banner.setObjectName(kind)
            restyle(self.situation_banner)
        self.situation_banner.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
