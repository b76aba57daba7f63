"""The meeting in session, beside the papers: the item under discussion, attendance and quorum, the speakers,
the vote, and the presenter's page; for the chair (and the secretary) the controls that run the session.

Everything shown comes from the server's state (`LiveController.session`); buttons ask, and the next state
shows the answer. Voting asks for a confirmation first and then says plainly whether the ballot was counted.
"""

from __future__ import annotations

import base64
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.errors import ApiError, OfflineError
from ecabinet.core.canonical import ballot_payload, canonical_bytes
from ecabinet.pdf.cms import sign_detached
from ecabinet.ui.live.controller import LiveController
from ecabinet.ui.messages import error_message
from ecabinet.ui.signing import SigningRunner
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import touch_button, vertical_scroll

__all__ = ["LivePanel", "option_name", "outcome_name"]


def option_name(option: str) -> str:
    names = {
        "for": QCoreApplication.translate("Live", "For"),
        "against": QCoreApplication.translate("Live", "Against"),
        "abstain": QCoreApplication.translate("Live", "Abstain"),
    }
    return names.get(option, option)


def outcome_name(outcome: str) -> str:
    names = {
        "adopted": QCoreApplication.translate("Live", "Adopted"),
        "rejected": QCoreApplication.translate("Live", "Rejected"),
        "tied": QCoreApplication.translate("Live", "Tied"),
        "no_quorum": QCoreApplication.translate("Live", "No quorum"),
    }
    return names.get(outcome, outcome)


def refusal_text(error: BaseException) -> str:
    """A refused action in words (the server's stable codes)."""
    if isinstance(error, OfflineError):
        return QCoreApplication.translate(
            "Live", "No connection to the server. A vote counts only when the server confirms it: try again."
        )
    code = error.code if isinstance(error, ApiError) else ""
    texts = {
        "vote_closed": QCoreApplication.translate("Live", "The vote is closed."),
        "already_voted": QCoreApplication.translate("Live", "You have already voted."),
        "not_eligible": QCoreApplication.translate("Live", "You are not among the voters of this vote."),
        "unknown_option": QCoreApplication.translate("Live", "This is not one of the vote's options."),
        "vote_open": QCoreApplication.translate("Live", "Close the open vote first."),
        "not_in_session": QCoreApplication.translate("Live", "The session has not started."),
        "no_current_item": QCoreApplication.translate("Live", "No agenda item is open."),
        "nothing_to_approve": QCoreApplication.translate("Live", "No item is marked for approval en bloc."),
        "item_closed": QCoreApplication.translate("Live", "The chair has already opened this item."),
        "not_allowed": QCoreApplication.translate("Live", "Only the chair or the secretary may do this."),
    }
    return texts.get(code, QCoreApplication.translate("Live", "The server refused this: %1").replace("%1", str(error)))


#: The chair's positions board is fetched again at most this often while the session state changes.
BOARD_REFRESH_S = 10.0


class LivePanel(QWidget):
    """What a participant sees and does during the session; the chair's controls when they may run it."""

    follow_presenter_changed = Signal(bool)

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livePanel")
        self.controller = controller
        self.items: list[tuple[str, str]] = []  # (item id, "number. title") for the chair's choices
        self.confirm_box: QMessageBox | None = None
        self._vote: dict[str, Any] | None = None
        #: Signs ballots of votes that require it (set by the window; None: such votes cannot be answered here).
        self.signing: SigningRunner | None = None
        self._speakers: dict[str, Any] = {}
        self._my_request_id: str | None = None

        self.state_label = QLabel()
        self.state_label.setObjectName("sectionTitle")
        self.state_label.setWordWrap(True)
        self.current_label = QLabel()
        self.current_label.setObjectName("agendaTitle")
        self.current_label.setWordWrap(True)
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.present_button = touch_button()
        self.remote_button = touch_button()
        self.present_button.clicked.connect(lambda: controller.check_in("present"))
        self.remote_button.clicked.connect(lambda: controller.check_in("remote"))
        check_in = QHBoxLayout()
        check_in.addWidget(self.present_button)
        check_in.addWidget(self.remote_button)
        # A member who cannot come sends one of the deputies the secretariat invited to this meeting.
        self.deputy_combo = QComboBox()
        self.deputy_combo.setMinimumHeight(TOUCH_TARGET_PX)
        self.deputy_button = touch_button()
        self.deputy_button.clicked.connect(self._on_send_deputy)
        self.deputy_label = QLabel()
        self.deputy_label.setObjectName("mutedLabel")
        self.deputy_label.setWordWrap(True)
        self.deputy_row = QWidget()
        deputy_layout = QHBoxLayout(self.deputy_row)
        deputy_layout.setContentsMargins(0, 0, 0, 0)
        deputy_layout.addWidget(self.deputy_combo, 1)
        deputy_layout.addWidget(self.deputy_button)
        self.deputy_row.hide()
        self.deputy_label.hide()

        self.speakers_label = QLabel()
        self.speakers_label.setWordWrap(True)
        self.speakers = QListWidget()
        self.speakers.setMaximumHeight(140)
        self.speak_button = touch_button()
        self.speak_button.clicked.connect(self._on_speak)

        self.vote_frame = QFrame()
        self.vote_frame.setObjectName("voteCard")
        self.vote_question = QLabel()
        self.vote_question.setObjectName("agendaTitle")
        self.vote_question.setWordWrap(True)
        self.vote_note = QLabel()
        self.vote_note.setObjectName("mutedLabel")
        self.vote_note.setWordWrap(True)
        self.option_row = QHBoxLayout()
        self.option_buttons: dict[str, QPushButton] = {}
        self.vote_status = QLabel()
        self.vote_status.setWordWrap(True)
        self.vote_status.setObjectName("voteStatus")
        vote_layout = QVBoxLayout(self.vote_frame)
        vote_layout.addWidget(self.vote_question)
        vote_layout.addWidget(self.vote_note)
        vote_layout.addLayout(self.option_row)
        vote_layout.addWidget(self.vote_status)
        self.vote_frame.hide()

        self.follow_box = QCheckBox()
        self.follow_box.setMinimumHeight(TOUCH_TARGET_PX)
        self.follow_box.toggled.connect(self.follow_presenter_changed)
        self.presenter_label = QLabel()
        self.presenter_label.setObjectName("mutedLabel")
        self.presenter_label.setWordWrap(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # The chair's controls.
        self.chair_frame = QFrame()
        self.chair_frame.setObjectName("chairControls")
        self.chair_title = QLabel()
        self.chair_title.setObjectName("sectionTitle")
        self.start_button = touch_button(primary=True)
        self.close_button = touch_button()
        self.start_button.clicked.connect(controller.start_session)
        self.close_button.clicked.connect(self._on_close_session)
        self.item_combo = QComboBox()
        self.item_combo.setMinimumHeight(TOUCH_TARGET_PX)
        # Long item titles must not widen the panel past the reader: the combo shows what fits.
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(10)
        self.open_item_button = touch_button()
        self.open_item_button.clicked.connect(self._on_open_item)
        self.en_bloc_button = touch_button()
        self.en_bloc_button.clicked.connect(controller.approve_en_bloc)
        self.floor_button = touch_button()
        self.end_floor_button = touch_button()
        self.floor_button.clicked.connect(self._on_give_floor)
        self.end_floor_button.clicked.connect(self._on_end_floor)
        self.question_edit = QLineEdit()
        self.question_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.secret_box = QCheckBox()
        # A signed ballot names its voter: never for a secret vote, so the two exclude each other.
        self.signed_box = QCheckBox()
        self.secret_box.toggled.connect(lambda on: self.signed_box.setChecked(self.signed_box.isChecked() and not on))
        self.signed_box.toggled.connect(lambda on: self.secret_box.setChecked(self.secret_box.isChecked() and not on))
        self.majority_combo = QComboBox()
        for majority in ("simple", "two_thirds", "absolute"):
            self.majority_combo.addItem("", majority)
        self.open_vote_button = touch_button(primary=True)
        self.close_vote_button = touch_button()
        # The positions board: what members said before the meeting, item by item (who objects, and why).
        self.positions_title = QLabel()
        self.positions_title.setObjectName("sectionTitle")
        self.positions_label = QLabel()
        self.positions_label.setWordWrap(True)
        self.positions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.positions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._board: dict[str, Any] = {}
        self._board_asked = 0.0
        self.open_vote_button.clicked.connect(self._on_open_vote)
        self.close_vote_button.clicked.connect(self._on_close_vote)
        chair = QVBoxLayout(self.chair_frame)
        chair.addWidget(self.chair_title)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        chair.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.item_combo, 1)
        row.addWidget(self.open_item_button)
        chair.addLayout(row)
        chair.addWidget(self.en_bloc_button)
        # One per line: in Vietnamese or Lao two of these side by side are wider than the panel.
        chair.addWidget(self.floor_button)
        chair.addWidget(self.end_floor_button)
        chair.addWidget(self.question_edit)
        row = QHBoxLayout()
        row.addWidget(self.secret_box)
        row.addWidget(self.signed_box)
        row.addStretch(1)
        chair.addLayout(row)
        chair.addWidget(self.majority_combo)
        row = QHBoxLayout()
        row.addWidget(self.open_vote_button)
        row.addWidget(self.close_vote_button)
        chair.addLayout(row)
        chair.addWidget(self.positions_title)
        chair.addWidget(self.positions_label)
        self.chair_frame.hide()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(10)
        for widget in (self.state_label, self.current_label, self.quorum_label):
            layout.addWidget(widget)
        layout.addLayout(check_in)
        layout.addWidget(self.deputy_label)
        layout.addWidget(self.deputy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.vote_frame)
        layout.addWidget(self.speakers_label)
        layout.addWidget(self.speakers)
        layout.addWidget(self.speak_button)
        layout.addWidget(self.follow_box)
        layout.addWidget(self.presenter_label)
        layout.addWidget(self.chair_frame)
        layout.addStretch(1)
        scroll = vertical_scroll(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        controller.session_loaded.connect(self.show_session)
        controller.failed.connect(self._on_failed)
        controller.ballot_counted.connect(self._on_ballot_counted)
        controller.presenter_moved.connect(self._on_presenter)
        controller.positions_loaded.connect(self.show_positions)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.present_button.setText(self.tr("I am here"))
        self.present_button.setAccessibleName(self.tr("Check in as present in the room"))
        self.remote_button.setText(self.tr("I take part remotely"))
        self.deputy_button.setText(self.tr("Send my deputy"))
        self.deputy_combo.setAccessibleName(self.tr("Deputy who takes your place in this meeting"))
        self.follow_box.setText(self.tr("Follow the presenter's page"))
        self.chair_title.setText(self.tr("Chair"))
        self.start_button.setText(self.tr("Start the session"))
        self.close_button.setText(self.tr("Close the session"))
        self.open_item_button.setText(self.tr("Open this item"))
        self.item_combo.setAccessibleName(self.tr("Agenda item to open"))
        self.en_bloc_button.setText(self.tr("Approve uncontested items en bloc"))
        self.floor_button.setText(self.tr("Give the floor to the next speaker"))
        self.end_floor_button.setText(self.tr("End this speaker's turn"))
        self.question_edit.setPlaceholderText(self.tr("Question of the vote"))
        self.question_edit.setAccessibleName(self.tr("Question of the vote"))
        self.positions_title.setText(self.tr("Positions before the meeting"))
        if self._board:
            self.show_positions(self._board)
        self.secret_box.setText(self.tr("Secret ballot"))
        self.signed_box.setText(self.tr("Signed ballots"))
        self.signed_box.setToolTip(
            self.tr(
                "Each member signs their ballot with their certificate. "
                "Not for secret ballots: a signature names the voter."
            )
        )
        self.secret_box.setToolTip(self.tr("Nobody can see who voted what. Secret ballots are never signed."))
        labels = {"simple": self.tr("Simple majority"), "two_thirds": self.tr("Two-thirds majority"),
                  "absolute": self.tr("Absolute majority of all members")}  # fmt: skip
        for index in range(self.majority_combo.count()):
            self.majority_combo.setItemText(index, labels[str(self.majority_combo.itemData(index))])
        self.open_vote_button.setText(self.tr("Open the vote"))
        self.close_vote_button.setText(self.tr("Close the vote"))
        if self.controller.session is not None:
            self.show_session(self.controller.session)
        else:
            self.state_label.setText(self.tr("Connecting to the session…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """The agenda for the chair's "open this item" choice."""
        self.items = list(items)
        current = self.item_combo.currentData()
        self.item_combo.clear()
        for item_id, label in items:
            self.item_combo.addItem(label, item_id)
        index = self.item_combo.findData(current)
        if index >= 0:
            self.item_combo.setCurrentIndex(index)

    # -- the state --------------------------------------------------------------------------------------------

    def show_session(self, session: dict[str, Any]) -> None:
        state = str(session.get("state", ""))
        role = str(session.get("my_role") or "")
        running = state == "in_session"
        self.state_label.setText(
            {
                "in_session": self.tr("The session is in progress"),
                "closed": self.tr("The session is closed"),
            }.get(state, self.tr("The session has not started yet"))
        )
        current = session.get("current_item") or {}
        current_id = session.get("current_item_id")
        label = next((text for item_id, text in self.items if item_id == current_id), str(current.get("title", "")))
        self.current_label.setText(self.tr("Now: %1").replace("%1", label) if current_id else "")
        self.current_label.setVisible(bool(current_id))
        attendance = session.get("attendance") or {}
        if attendance:
            quorum = bool(attendance.get("quorum"))
            self.quorum_label.setText(
                self.tr("%1 of %2 voting members present · quorum %3")
                .replace("%1", str(attendance.get("present", 0)))
                .replace("%2", str(attendance.get("voting_members", attendance.get("eligible", 0))))
                .replace("%3", self.tr("reached") if quorum else self.tr("not reached"))
            )
        for button in (self.present_button, self.remote_button):
            button.setEnabled(running)
        self._show_deputy(attendance, role, state)
        self._show_speakers(session.get("speakers") or {}, running)
        self._show_vote(session.get("votes") or [])
        chair = role in ("chair", "secretary")
        self.chair_frame.setVisible(chair)
        if chair:
            self.start_button.setVisible(state != "in_session" and state != "closed")
            self.close_button.setVisible(running)
            for widget in (self.item_combo, self.open_item_button, self.en_bloc_button, self.floor_button,
                           self.end_floor_button, self.question_edit, self.secret_box, self.signed_box,
                           self.majority_combo,
                           self.open_vote_button, self.close_vote_button):  # fmt: skip
                widget.setEnabled(running)
            open_vote = self._open_vote(session.get("votes") or [])
            self.open_vote_button.setEnabled(running and open_vote is None and bool(current_id))
            if time.monotonic() - self._board_asked > BOARD_REFRESH_S:
                self._board_asked = time.monotonic()
                self.controller.load_positions()
            self.close_vote_button.setEnabled(running and open_vote is not None)
        presenter = session.get("presenter")
        if isinstance(presenter, dict):
            self._on_presenter(presenter)

    def show_positions(self, board: dict[str, Any]) -> None:
        """The chair's board: per item the counts, who objects or wishes to speak (with their reason), who has
        not said, who stands aside. Contested items are the ones to discuss; the rest can go en bloc."""
        self._board = board
        names = {
            str(p.get("user_id")): str(p.get("display_name") or "")
            for p in ((self.controller.session or {}).get("attendance") or {}).get("people") or []
        }
        words = {
            "no_objection": self.tr("No objection"),
            "wants_to_speak": self.tr("Wishes to speak"),
            "objects": self.tr("Objects"),
        }
        blocks = []
        for item in board.get("items") or []:
            counts = item.get("counts") or {}
            head = f"{item.get('number')}. {item.get('title')}"
            tally = " · ".join(f"{words[k]} {counts.get(k, 0)}" for k in words)
            verdict = self.tr("to discuss") if item.get("contested") else self.tr("uncontested")
            lines = [head, f"   {tally} — {verdict}"]
            for stated in item.get("positions") or []:
                if stated.get("position") == "no_objection":
                    continue
                line = f"   • {stated.get('display_name')}: {words.get(str(stated.get('position')), '')}"
                if stated.get("comment"):
                    line += f" — “{stated['comment']}”"
                lines.append(line)
            missing = [names.get(str(u), "") for u in item.get("missing") or []]
            if missing:
                lines.append("   " + self.tr("Not stated: %1").replace("%1", ", ".join(n for n in missing if n)))
            recused = [names.get(str(u), "") for u in item.get("recused") or []]
            if recused:
                lines.append("   " + self.tr("Stands aside: %1").replace("%1", ", ".join(n for n in recused if n)))
            blocks.append("\n".join(lines))
        self.positions_label.setText("\n\n".join(blocks))

    def _show_deputy(self, attendance: dict[str, Any], role: str, state: str) -> None:
        """Who stands in for me (if anyone), and the choice of an invited deputy for a member who cannot come."""
        people = list(attendance.get("people") or [])
        me = next((p for p in people if p.get("user_id") == self.controller.my_user_id), None)
        taken = {str(p.get("deputy_id")) for p in people if p.get("deputy_id") and p is not me}
        deputies = [p for p in people if p.get("role") == "deputy" and str(p.get("user_id")) not in taken]
        represented_by = str(me.get("deputy_name") or "") if me and me.get("status") == "represented" else ""
        self.deputy_label.setText(self.tr("Represented by %1").replace("%1", represented_by) if represented_by else "")
        self.deputy_label.setVisible(bool(represented_by))
        chosen = self.deputy_combo.currentData()
        self.deputy_combo.clear()
        for deputy in deputies:
            self.deputy_combo.addItem(str(deputy.get("display_name") or ""), str(deputy.get("user_id")))
        index = self.deputy_combo.findData(chosen)
        if index >= 0:
            self.deputy_combo.setCurrentIndex(index)
        self.deputy_row.setVisible(role == "member" and bool(deputies) and not represented_by and state != "closed")

    def _on_send_deputy(self) -> None:
        deputy_id = self.deputy_combo.currentData()
        if deputy_id:
            self.controller.check_in("represented", deputy_id=str(deputy_id))

    def _show_speakers(self, speakers: dict[str, Any], running: bool) -> None:
        self.speakers.clear()
        speaking = speakers.get("speaking")
        if isinstance(speaking, dict):
            # A plain triangle, not an emoji: tablets often have no colour-emoji font.
            name = str(speaking.get("display_name", ""))
            self.speakers.addItem(QListWidgetItem("▶ " + self.tr("%1 has the floor").replace("%1", name)))
        queue = list(speakers.get("queue") or [])
        for place, request in enumerate(queue, start=1):
            entry = QListWidgetItem(f"{place}. {request.get('display_name', '')}")
            entry.setData(Qt.ItemDataRole.UserRole, request)
            self.speakers.addItem(entry)
        self.speakers_label.setText(
            self.tr("%n waiting to speak", "", len(queue))
            if queue or speaking
            else self.tr("Nobody has asked to speak")
        )
        mine = self._my_request(speakers)
        self._my_request_id = str(mine["id"]) if mine is not None else None
        self.speak_button.setText(self.tr("Withdraw my request to speak") if mine else self.tr("Ask to speak"))
        self.speak_button.setEnabled(running and bool(speakers.get("item_id")))
        self._speakers = speakers

    def _my_request(self, speakers: dict[str, Any]) -> dict[str, Any] | None:
        me = self.controller.my_user_id
        for request in speakers.get("queue") or []:
            if me and request.get("user_id") == me:
                return dict(request)
        return None

    @staticmethod
    def _open_vote(votes: list[dict[str, Any]]) -> dict[str, Any] | None:
        return next((v for v in votes if v.get("state") == "open"), None)

    def _show_vote(self, votes: list[dict[str, Any]]) -> None:
        vote = self._open_vote(votes) or (votes[-1] if votes else None)
        self.vote_frame.setVisible(vote is not None)
        self._vote = vote
        while self.option_row.count():
            taken = self.option_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.option_buttons = {}
        if vote is None:
            return
        self.vote_question.setText(str(vote.get("question", "")))
        secret = bool(vote.get("secret"))
        results = vote.get("results") or {}
        mine = vote.get("my_ballot") or {}
        if vote.get("state") == "open":
            if secret:
                note = self.tr("Secret ballot: nobody, not even the server's operators, can see what you chose.")
            elif vote.get("require_signed_ballots"):
                note = self.tr(
                    "Named vote with signed ballots: you sign your ballot with your certificate, and the result "
                    "will show who voted what."
                )
            else:
                note = self.tr("Named vote: the result will show who voted what.")
            self.vote_note.setText(note)
            voted = bool(mine.get("voted"))
            if mine.get("eligible") and not voted:
                for option in vote.get("options") or ["for", "against", "abstain"]:
                    button = touch_button(primary=option == "for")
                    button.setText(option_name(str(option)))
                    button.setAccessibleName(self.tr("Vote: %1").replace("%1", option_name(str(option))))
                    button.clicked.connect(lambda _c=False, o=str(option): self.ask_to_confirm(o))
                    self.option_buttons[str(option)] = button
                    self.option_row.addWidget(button)
                status = self.tr("Cast %1 of %2").replace("%1", str(results.get("cast", 0)))
            elif voted:
                status = self.tr("Your ballot was counted.")
                if mine.get("option") and not secret:
                    status += " " + self.tr("You voted: %1").replace("%1", option_name(str(mine["option"])))
                status += "  " + self.tr("Cast %1 of %2").replace("%1", str(results.get("cast", 0)))
            else:
                status = (
                    self.tr("You do not vote on this item.")
                    + "  "
                    + self.tr("Cast %1 of %2").replace("%1", str(results.get("cast", 0)))
                )
            self.vote_status.setText(status.replace("%2", str(results.get("eligible", 0))))
            return
        self.vote_note.setText(self.tr("The vote is closed."))
        counts = results.get("counts") or {}
        parts = [f"{option_name(str(o))}: {n}" for o, n in counts.items()]
        text = (
            self.tr("Result: %1").replace("%1", outcome_name(str(results.get("outcome", ""))))
            + " — "
            + ", ".join(parts)
        )
        voters = results.get("voters") or []
        if voters and not secret:
            text += "\n" + "; ".join(
                f"{v.get('display_name', '')}: {option_name(str(v.get('option', '')))}" for v in voters
            )
        self.vote_status.setText(text)

    # -- voting -----------------------------------------------------------------------------------------------

    def ask_to_confirm(self, option: str) -> QMessageBox:
        """A vote is confirmed before it is sent (a finger can slip); the box is returned for tests."""
        vote = self._vote or {}
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Confirm your vote"),
            self.tr("You vote “%1” on: %2")
            .replace("%1", option_name(option))
            .replace("%2", str(vote.get("question", ""))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Vote %1").replace("%1", option_name(option)))
        box.finished.connect(lambda result: self._confirmed(str(vote.get("id", "")), option, result))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, vote_id: str, option: str, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes.value or not vote_id:
            return
        for button in self.option_buttons.values():
            button.setEnabled(False)
        vote = self._vote or {}
        if vote.get("require_signed_ballots") and not vote.get("secret"):
            self._sign_ballot(vote, option)
            return
        self.vote_status.setText(self.tr("Sending your ballot…"))
        self.controller.cast_ballot(vote_id, option)

    def _sign_ballot(self, vote: dict[str, Any], option: str) -> None:
        """A named vote that requires signed ballots: sign the canonical ballot on this device, then send it."""
        vote_id = str(vote.get("id", ""))
        if self.signing is None:
            self._show_error(self.tr("This vote needs your signature, and signing is not available here."))
            self._restore_buttons()
            return
        payload = ballot_payload(
            vote_id=vote_id,
            question=str(vote.get("question", "")),
            option=option,
            ballot_id=self.controller.ballot_id(vote_id),
            voter_id=self.controller.my_user_id or "",
            on_behalf_of=(vote.get("my_ballot") or {}).get("on_behalf_of"),
        )
        data = canonical_bytes(payload)
        self.vote_status.setText(self.tr("Signing your ballot…"))

        def signed(signature: bytes) -> None:
            self.vote_status.setText(self.tr("Sending your ballot…"))
            self.controller.cast_ballot(vote_id, option, signature=base64.b64encode(signature).decode())

        def failed(error: BaseException) -> None:
            self._show_error(error_message(error))
            self._restore_buttons()

        self.signing.sign(
            lambda source: sign_detached(data, source),
            what=self.tr("Your ballot: “%1” on %2")
            .replace("%1", option_name(option))
            .replace("%2", str(payload["question"])),
            done=signed,
            failed=failed,
            cancelled=self._restore_buttons,
        )

    def _restore_buttons(self) -> None:
        self.vote_status.setText("")
        if self.controller.session is not None:
            self.show_session(self.controller.session)

    def _on_ballot_counted(self, _vote_id: str, option: str, _answer: object) -> None:
        self.error_label.hide()
        self.vote_status.setText(self.tr("Your ballot was counted: %1").replace("%1", option_name(option)))

    # -- actions ----------------------------------------------------------------------------------------------

    def _on_speak(self) -> None:
        request_id = self._my_request_id
        if request_id:
            self.controller.withdraw_floor_request(request_id)
        else:
            self.controller.request_floor()

    def _on_open_item(self) -> None:
        item_id = self.item_combo.currentData()
        if isinstance(item_id, str):
            self.controller.open_item(item_id)

    def _on_give_floor(self) -> None:
        queue = self._speakers.get("queue") or []
        if queue:
            self.controller.give_floor(str(queue[0]["id"]))

    def _on_end_floor(self) -> None:
        speaking = self._speakers.get("speaking")
        if isinstance(speaking, dict):
            self.controller.end_floor(str(speaking["id"]))

    def _on_open_vote(self) -> None:
        session = self.controller.session or {}
        item_id = session.get("current_item_id")
        question = self.question_edit.text().strip()
        if not item_id or not question:
            self._show_error(self.tr("Write the question of the vote first."))
            return
        majority = str(self.majority_combo.currentData())
        self.controller.open_vote(
            str(item_id),
            question,
            secret=self.secret_box.isChecked(),
            majority=majority,
            signed=self.signed_box.isChecked(),
        )
        self.question_edit.clear()

    def _on_close_vote(self) -> None:
        vote = self._open_vote((self.controller.session or {}).get("votes") or [])
        if vote is not None:
            self.controller.close_vote(str(vote["id"]))

    def _on_close_session(self) -> None:
        self.controller.close_session()

    def _on_presenter(self, presenter: dict[str, Any]) -> None:
        page = int(presenter.get("page", 0)) + 1
        self.presenter_label.setText(
            self.tr("%1 is on page %2").replace("%1", str(presenter.get("presenter_name", ""))).replace("%2", str(page))
        )

    def _on_failed(self, _what: str, error: BaseException) -> None:
        self._show_error(refusal_text(error))
        if self.controller.session is not None:
            self.show_session(self.controller.session)  # buttons back as they were

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
