"""The Minutes page: the draft's texts beside where the minutes stand, who signs, who approved, and signing.

What each person sees follows their part and the minutes' state:
- the secretary, while a draft: a text box per agenda item (the decision) and for the general remarks, with
  bold, italic, underline and lists; Save (Ctrl+S) with the version check; who signs; who is asked to
  approve and what they answered; Finalise;
- a member asked to approve the draft: Approve, or send comments;
- a signer, once final: "Sign the minutes" when it is their turn (the secretary first, then the chair): the
  newest PDF is signed on this device (passphrase or PIN asked by `SigningRunner`, off the GUI thread) and
  sent to the server, which accepts it or says why not;
- everyone: the state, the signatures of the current PDF checked on this device (`SignaturesPanel`), and
  "Read the minutes" in the reader.

The page shows and asks; `MinutesController` talks to the server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.errors import ApiError
from ecabinet.ui.messages import error_message
from ecabinet.ui.minutes.controller import MinutesController, MySignature, my_signature, signing_job
from ecabinet.ui.minutes.rich_text import FormatBar, RichTextEdit
from ecabinet.ui.minutes.sections import Card, PeopleChooser, TextBlock, muted, record_line, role_name, wrapped
from ecabinet.ui.signatures_panel import SignatureCheck, SignatureChecker, SignaturesPanel, has_signatures
from ecabinet.ui.signing import CredentialsDialog, SigningRunner
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ErrorBanner, touch_button, vertical_scroll

__all__ = ["MinutesPage", "refusal_text"]

REMARKS_KEY = ""


def refusal_text(page: QWidget, error: BaseException) -> str:
    """Why the server did not take a change or a signed file, in words (by the server's stable code)."""
    code = error.code if isinstance(error, ApiError) else ""
    texts = {
        "broken": page.tr("The server did not accept the signed file: a signature does not match the document."),
        "modified_after_signing": page.tr("The server did not accept the file: it was changed after it was signed."),
        "first_revision_changed": page.tr(
            "The server did not accept the file: it is not based on the minutes the server made."
        ),
        "untrusted": page.tr(
            "The server did not accept your signature: your certificate is not issued by an authority it trusts. "
            "Please contact the IT office."
        ),
        "revoked": page.tr("The server did not accept your signature: your certificate was revoked."),
        "wrong_signer": page.tr(
            "The server did not accept your signature: the certificate you signed with is not the one registered "
            "for you. Please use your registered certificate or ask the IT office to register this one."
        ),
        "signer_not_enrolled": page.tr(
            "Your certificate is not approved yet. An administrator must approve it; then sign again."
        ),
        "out_of_order": page.tr("The minutes are signed in order: the secretary first, then the chair."),
        "minutes_outdated": page.tr(
            "Someone signed the minutes meanwhile. The newest version has been loaded: please sign again."
        ),
        "minutes_signed": page.tr("Everyone has already signed these minutes."),
        "minutes_not_final": page.tr("The minutes are not final yet: there is nothing to sign."),
        "no_new_signature": page.tr("The file carries no new signature."),
        "certificate_expired": page.tr("Your signing certificate had expired. Please ask the IT office for a new one."),
        "certificate_not_for_signing": page.tr("Your certificate may not be used to sign documents."),
        "meeting_not_closed": page.tr("Minutes are finalised after the meeting is closed."),
        "minutes_final": page.tr("The minutes are final: their text and signers can no longer change."),
        "no_signers": page.tr("Choose at least one person to sign the minutes."),
        "not_allowed": page.tr("You may not do this for these minutes."),
        "unknown_user": page.tr("Only participants of the meeting can sign or approve the minutes."),
    }
    if code in texts:
        return texts[code]
    return error_message(error)


def _local_time(value: object) -> str:
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class MinutesPage(QWidget):
    """One meeting's minutes (`open(meeting_id, title)`); `back_requested`, `read_requested(meeting, document)`."""

    back_requested = Signal()
    read_requested = Signal(str, str)  # meeting id, document id of the minutes PDF

    def __init__(
        self,
        controller: MinutesController,
        checker: SignatureChecker | None = None,
        parent: QWidget | None = None,
        *,
        runner: SigningRunner | None = None,
    ) -> None:
        """`runner` is the window's one `SigningRunner` (so the minutes are signed like every other signature);
        a page of its own (tests) makes one."""
        super().__init__(parent)
        self.setObjectName("meetingPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.controller = controller
        self.checker = checker if checker is not None else SignatureChecker(controller.engine, self)
        self.runner = runner if runner is not None else SigningRunner(controller.credentials, self)
        self.minutes: dict[str, Any] | None = None
        self.blocks: dict[str, TextBlock] = {}
        self.confirm_box: QMessageBox | None = None  # the "Finalise?" question (tests answer it)
        self.credentials_dialog: CredentialsDialog | None = None
        self._title = ""
        self._saving: dict[str, int] = {}
        self._sign_wanted = False  # "Sign" was tapped: sign the PDF as soon as it arrives
        self._pdf: tuple[str, bytes] | None = None
        self._pdf_asked: str | None = None  # the version asked of the controller (one download at a time)
        self._check_key: str | None = None
        self._uploading = False  # my signed file is on its way to the server
        self._finalising = False

        # What happened, said once in words: an info line and an error line above the page.
        self.notice = ErrorBanner()
        self.notice.setObjectName("infoBanner")
        self.error = ErrorBanner()

        # Header: back to the meeting, whose minutes.
        header = QFrame()
        header.setObjectName("pageHeader")
        self.back_button = touch_button()
        self.back_button.clicked.connect(self._on_back)
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeaderTitle")
        self.heading.setWordWrap(True)
        self.busy_label = muted()
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        header_layout.setSpacing(16)
        header_layout.addWidget(self.back_button)
        header_layout.addWidget(self.heading, 1)
        header_layout.addWidget(self.busy_label)

        # Left: the texts.
        self.texts_title = QLabel()
        self.texts_title.setObjectName("sectionTitle")
        self.format_bar = FormatBar()
        self.remarks_title = QLabel()
        self.remarks_title.setObjectName("sectionTitle")
        self._items = QVBoxLayout()
        self._items.setSpacing(10)
        self.remarks = TextBlock(REMARKS_KEY)
        self._watch_block(self.remarks)
        self.unsaved_label = muted()
        self.save_button = touch_button(primary=True)
        self.save_button.clicked.connect(self.save)
        self.finalise_button = touch_button()
        self.finalise_button.clicked.connect(self.ask_to_finalise)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.unsaved_label, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.finalise_button)
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(20, 16, 12, 16)
        texts_layout.setSpacing(10)
        texts_layout.addWidget(self.texts_title)
        texts_layout.addLayout(self._items)
        texts_layout.addWidget(self.remarks_title)
        texts_layout.addWidget(self.remarks)
        texts_layout.addStretch(1)
        texts_scroll = vertical_scroll(texts)
        self.texts_scroll = texts_scroll
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 12)
        left_layout.setSpacing(8)
        bar_row = QHBoxLayout()
        bar_row.setContentsMargins(20, 12, 20, 0)
        bar_row.addWidget(self.format_bar)
        left_layout.addLayout(bar_row)
        left_layout.addWidget(texts_scroll, 1)
        action_row = QHBoxLayout()
        action_row.setContentsMargins(20, 0, 20, 0)
        action_row.addLayout(actions)
        left_layout.addLayout(action_row)

        # Right: where the minutes stand, signing, signatures, approvals, who signs.
        self.status_card = Card()
        self.state_text = wrapped()
        self.signers_label = wrapped()
        self.turn_label = wrapped()
        self.turn_label.setObjectName("fieldLabel")
        self.sign_button = touch_button(primary=True)
        self.sign_button.clicked.connect(self.sign)
        self.read_button = touch_button()
        self.read_button.clicked.connect(self._on_read)
        self.certificate_button = touch_button()
        self.certificate_button.clicked.connect(self.open_certificate)
        for widget in (self.state_text, self.signers_label, self.turn_label):
            self.status_card.add(widget)
        self.status_card.add_buttons(self.sign_button, self.read_button)
        self.status_card.add_buttons(self.certificate_button)

        self.signatures_card = Card()
        self.signatures = SignaturesPanel(scrolling=False)  # the side scrolls as a whole
        self.signatures.title_label.hide()  # the card says it
        self.signatures_card.add(self.signatures)

        self.answer_card = Card()
        self.answer_text = wrapped()
        self.comment_edit = QLineEdit()
        self.comment_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.comment_edit.textEdited.connect(self.error.clear_error)
        self.approve_button = touch_button(primary=True)
        self.approve_button.clicked.connect(lambda: self._answer(approve=True))
        self.comment_button = touch_button()
        self.comment_button.clicked.connect(lambda: self._answer(approve=False))
        self.answer_card.add(self.answer_text)
        self.answer_card.add(self.comment_edit)
        self.answer_card.add_buttons(self.approve_button, self.comment_button)

        self.approvals_card = Card()
        self.approvals_text = wrapped()
        self.ask_hint = muted()
        self.approvers = PeopleChooser()
        self.approvers.chosen.connect(self.controller.request_approval)
        self.approvals_card.add(self.approvals_text)
        self.approvals_card.add(self.ask_hint)
        self.approvals_card.add(self.approvers)

        self.signers_card = Card()
        self.signers_hint = muted()
        self.signer_chooser = PeopleChooser()
        self.signer_chooser.chosen.connect(self._on_signers_chosen)
        self.signers_card.add(self.signers_hint)
        self.signers_card.add(self.signer_chooser)

        side = QWidget()
        side.setObjectName("meetingSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 16, 20, 16)
        side_layout.setSpacing(12)
        for card in (self.status_card, self.signatures_card, self.answer_card, self.approvals_card, self.signers_card):
            side_layout.addWidget(card)
        side_layout.addStretch(1)
        side_scroll = vertical_scroll(side)
        side_scroll.setMinimumWidth(360)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 480])

        banners = QVBoxLayout()
        banners.setContentsMargins(20, 8, 20, 0)
        banners.setSpacing(6)
        banners.addWidget(self.notice)
        banners.addWidget(self.error)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(header)
        root.addLayout(banners)
        root.addWidget(self.splitter, 1)

        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        c = controller
        c.minutes_loaded.connect(self.show_minutes)
        c.saved.connect(self._on_saved)
        c.conflict.connect(self._on_conflict)
        c.failed.connect(self._on_failed)
        c.busy_changed.connect(self._on_busy)
        c.pdf_loaded.connect(self._on_pdf)
        c.signed_accepted.connect(self._on_signed_accepted)
        c.sign_refused.connect(self._on_sign_refused)
        self.checker.checked.connect(self._on_checked)
        self.checker.check_failed.connect(self._on_check_failed)
        self.clear()
        self.retranslate()

    # -- what the window calls --------------------------------------------------------------------------------

    def open(self, meeting_id: str, title: str = "") -> None:
        """Show ``meeting_id``'s minutes (loaded from the server; this page needs the network)."""
        if meeting_id != self.controller.meeting_id:
            self.clear()
        self._title = title
        self.retranslate()
        self.controller.open(meeting_id)

    def clear(self) -> None:
        """Show nothing (signed out, another meeting): nothing of the previous minutes stays on screen."""
        self.minutes = None
        self._pdf = None
        self._pdf_asked = None
        self._check_key = None
        self._sign_wanted = False
        self._uploading = False
        self._finalising = False
        self._saving = {}
        for block in self.blocks.values():
            self._items.removeWidget(block)
            block.deleteLater()
        self.blocks = {}
        self.remarks.dirty = False
        self.remarks.hide_theirs()
        self.remarks.set_server_text("")
        self.notice.clear_error()
        self.error.clear_error()
        self.signatures.clear()
        self._title = ""
        self._render()

    @property
    def dirty(self) -> bool:
        return any(block.dirty for block in self._all_blocks())

    # -- showing the minutes ----------------------------------------------------------------------------------

    def _show_record_lines(self, items: list[dict[str, Any]]) -> None:
        """Each item's heading and what the record says (in the current language; again after a change)."""
        for item in items:
            block = self.blocks.get(str(item.get("item_id")))
            if block is None:
                continue
            number = str(item.get("number") or "")
            title = str(item.get("title") or "")
            block.set_heading(f"{number}.  {title}" if number else title, record_line(item))

    def show_minutes(self, minutes: dict[str, Any]) -> None:
        """The server's minutes: texts (untouched blocks follow them), state, signers, approvals."""
        previous = self.minutes or {}
        self.minutes = minutes
        if self._finalising and minutes.get("state") != "draft":
            self._finalising = False
            for block in self._all_blocks():
                if block.key in self._saving:
                    block.saved(self._saving[block.key])
            self._saving = {}
            self.notice.show_error(lambda: self.tr("The minutes are final. The signers can now sign them, in order."))
        record = minutes.get("record") or {}
        self._title = str(record.get("title") or self._title)
        items = list(record.get("items") or [])
        wanted = [str(item.get("item_id")) for item in items]
        if wanted != list(self.blocks):
            for key in list(self.blocks):
                block = self.blocks[key]
                self._items.removeWidget(block)  # taken out first: Qt warns about a widget added twice
                if key not in wanted:
                    del self.blocks[key]
                    block.deleteLater()
            ordered: dict[str, TextBlock] = {}
            for position, key in enumerate(wanted):
                block = self.blocks.get(key) or self._new_block(key)
                self._items.insertWidget(position, block)
                ordered[key] = block
            self.blocks = ordered
        self._show_record_lines(items)
        for item in items:
            self.blocks[str(item.get("item_id"))].set_server_text(str(item.get("decision") or ""))
        self.remarks.set_server_text(str(minutes.get("general_remarks") or ""))
        editable = self._editable()
        for block in self._all_blocks():
            block.set_editable(editable)
        sha = minutes.get("sha256")
        if sha != previous.get("sha256"):
            self._pdf = None
            self.signatures.clear()
        if sha and minutes.get("state") != "draft" and self._pdf is None:
            self._fetch_pdf()
        self._render()

    def _fetch_pdf(self) -> None:
        sha = (self.minutes or {}).get("sha256")
        if sha and self._pdf_asked != sha:
            self._pdf_asked = str(sha)
            self.controller.fetch_pdf()

    def _new_block(self, key: str) -> TextBlock:
        block = TextBlock(key)
        self._watch_block(block)
        return block

    def _watch_block(self, block: TextBlock) -> None:
        block.edited.connect(self._render_unsaved)
        block.focused.connect(self._on_editor_focused)

    def _all_blocks(self) -> list[TextBlock]:
        return [*self.blocks.values(), self.remarks]

    def _editable(self) -> bool:
        minutes = self.minutes or {}
        return bool(minutes.get("may_edit")) and minutes.get("state", "draft") == "draft"

    def _me(self) -> str | None:
        return self.controller.user_id

    def _render(self) -> None:
        """Every text and what is shown, from the minutes as they are now (also on a language change)."""
        minutes = self.minutes
        loaded = minutes is not None
        editable = self._editable()
        self.format_bar.setVisible(editable)
        self.save_button.setVisible(editable)
        self.finalise_button.setVisible(editable)
        self.unsaved_label.setVisible(editable)
        self.texts_title.setVisible(loaded)
        self.remarks_title.setVisible(loaded)
        self.remarks.setVisible(loaded)
        self._render_status()
        self._render_answer()
        self._render_approvals()
        self._render_signers()
        self._render_unsaved()
        self.signatures_card.setVisible(self._pdf is not None and has_signatures(self._pdf[1]))

    def _render_unsaved(self) -> None:
        if self.dirty:
            self.unsaved_label.setText(self.tr("Changes not saved yet"))
        elif self.minutes and self.minutes.get("version"):
            self.unsaved_label.setText(self.tr("All changes saved"))
        else:
            self.unsaved_label.setText("")

    def _render_status(self) -> None:
        minutes = self.minutes or {}
        state = str(minutes.get("state") or "")
        signers = list(minutes.get("signers") or [])
        done = sum(1 for s in signers if s.get("signed_at"))
        if self.minutes is None:
            title, text = self.tr("Minutes"), self.tr("Loading the minutes…")
        elif state == "draft" and not minutes.get("version"):
            title, text = self.tr("Not started"), self.tr("The secretary has not started the minutes yet.")
        elif state == "draft":
            title, text = self.tr("Draft"), self.tr("The secretary is writing the minutes. They can still change.")
        elif state == "final":
            title = self.tr("Final: waiting for signatures")
            text = self.tr("The text is fixed. The signers sign in order.")
        elif state == "signing":
            title = self.tr("Being signed")
            text = self.tr("%1 of %2 signers have signed.").replace("%1", str(done)).replace("%2", str(len(signers)))
        elif state == "signed":
            title = self.tr("Signed")
            text = self.tr("Signed by everyone: these are the official minutes of the meeting.")
        else:
            title, text = state, ""
        self.status_card.title_label.setText(title)
        self.state_text.setText(text)
        lines = []
        for position, signer in enumerate(signers, start=1):
            who = f"{position}. {signer.get('name') or ''} ({role_name(str(signer.get('role') or ''))})"
            if signer.get("signed_at"):
                status = self.tr("signed %1").replace("%1", _local_time(signer["signed_at"]))
            elif state in ("final", "signing"):
                status = self.tr("not signed yet")
            else:
                status = self.tr("will sign")
            lines.append(f"{who}: {status}")
        self.signers_label.setText(
            (self.tr("Signers:") + "\n" + "\n".join(lines)) if lines else self.tr("No signers chosen yet.")
        )
        self.signers_label.setVisible(self.minutes is not None)
        mine = my_signature(minutes, self._me())
        if mine is None:
            self.turn_label.hide()
            self.sign_button.hide()
        elif mine.my_turn:
            self.turn_label.setText(self.tr("It is your turn to sign."))
            self.turn_label.show()
            self.sign_button.show()
        else:
            self.turn_label.setText(
                self.tr("You sign after: %1").replace("%1", ", ".join(n for n in mine.waiting_for if n))
            )
            self.turn_label.show()
            self.sign_button.hide()
        self.sign_button.setEnabled(not self._uploading and not self.runner.busy)
        self.sign_button.setText(self.tr("Sign the minutes"))
        self.read_button.setText(self.tr("Read the minutes"))
        self.read_button.setVisible(bool(minutes.get("document_id")))
        self.certificate_button.setText(self.tr("My signing certificate…"))
        self.certificate_button.setVisible(mine is not None)

    def _my_approval(self) -> dict[str, Any] | None:
        me = self._me()
        for approval in (self.minutes or {}).get("approvals") or []:
            if approval.get("user_id") == me:
                return dict(approval)
        return None

    def _render_answer(self) -> None:
        minutes = self.minutes or {}
        mine = self._my_approval()
        show = mine is not None and minutes.get("state") == "draft"
        self.answer_card.setVisible(show)
        self.answer_card.title_label.setText(self.tr("Your approval"))
        self.approve_button.setText(self.tr("Approve the draft"))
        self.comment_button.setText(self.tr("Send my comments"))
        self.comment_edit.setPlaceholderText(self.tr("Comments for the secretary"))
        self.comment_edit.setAccessibleName(self.tr("Comments for the secretary"))
        if mine is None:
            return
        state = str(mine.get("state") or "")
        if state == "approved":
            self.answer_text.setText(self.tr("You approved this draft. You can still send comments."))
        elif state == "commented":
            self.answer_text.setText(self.tr("You sent comments: %1").replace("%1", str(mine.get("comment") or "")))
        else:
            self.answer_text.setText(
                self.tr("The secretary asks you to approve this draft of the minutes, or to send comments.")
            )

    def _render_approvals(self) -> None:
        minutes = self.minutes or {}
        editable = self._editable()
        approvals = list(minutes.get("approvals") or [])
        self.approvals_card.setVisible(bool(minutes.get("may_edit")) and (editable or bool(approvals)))
        self.approvals_card.title_label.setText(self.tr("Approval by members"))
        states = {
            "requested": self.tr("asked, no answer yet"),
            "approved": self.tr("approved"),
            "commented": self.tr("commented"),
        }
        lines = []
        for approval in approvals:
            line = f"{approval.get('name') or ''}: {states.get(str(approval.get('state')), str(approval.get('state')))}"
            if approval.get("comment"):
                line += f" — “{approval['comment']}”"
            lines.append(line)
        self.approvals_text.setText("\n".join(lines) if lines else self.tr("Nobody has been asked yet."))
        self.ask_hint.setText(self.tr("Ask these participants to approve the draft:"))
        self.ask_hint.setVisible(editable)
        self.approvers.setVisible(editable)
        self.approvers.button.setText(self.tr("Ask to approve"))
        me = self._me()
        people = [p for p in self._participants() if p.get("user_id") != me]
        asked = {str(a.get("user_id")) for a in approvals}
        self.approvers.set_people(people, set(self.approvers.ticked()) - asked if self.approvers.boxes else set())

    def _render_signers(self) -> None:
        minutes = self.minutes or {}
        editable = self._editable()
        self.signers_card.setVisible(editable)
        self.signers_card.title_label.setText(self.tr("Who signs"))
        self.signers_hint.setText(
            self.tr("Tick who signs the minutes. They sign in this order: secretaries, then members, then the chair.")
        )
        self.signer_chooser.button.setText(self.tr("Save the signers"))
        signing = {str(s.get("user_id")) for s in minutes.get("signers") or []}
        self.signer_chooser.set_people(self._participants(), signing)

    def _participants(self) -> list[dict[str, Any]]:
        record = (self.minutes or {}).get("record") or {}
        return [
            {"user_id": p.get("user_id"), "name": p.get("name"), "role": p.get("role")}
            for p in record.get("attendance") or []
            if p.get("user_id")
        ]

    # -- the secretary's actions --------------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What was typed and not saved yet, as the server takes it."""
        decisions = {key: block.html() for key, block in self.blocks.items() if block.dirty}
        body: dict[str, Any] = {}
        if decisions:
            body["decisions"] = decisions
        if self.remarks.dirty:
            body["general_remarks"] = self.remarks.html()
        return body

    def save(self) -> None:
        if not self._editable():
            return
        body = self.changes()
        if not body:
            self._render_unsaved()
            return
        self._saving = {block.key: block.edits for block in self._all_blocks() if block.dirty}
        self.error.clear_error()
        self.controller.save(body)

    def _on_saved(self, minutes: dict[str, Any]) -> None:
        for block in self._all_blocks():
            if block.key in self._saving:
                block.saved(self._saving[block.key])
        self._saving = {}
        self.show_minutes(minutes)
        self.notice.show_error(lambda: self.tr("The minutes were saved."))

    def _on_conflict(self, minutes: dict[str, Any]) -> None:
        """A colleague saved meanwhile: their texts beside mine; mine stay, and the next save is based on theirs."""
        self._saving = {}
        record = minutes.get("record") or {}
        theirs = {str(item.get("item_id")): str(item.get("decision") or "") for item in record.get("items") or []}
        self.show_minutes({**minutes})
        for key, block in self.blocks.items():
            if key in theirs:
                block.show_theirs(theirs[key])
        self.remarks.show_theirs(str(minutes.get("general_remarks") or ""))
        self.notice.clear_error()
        if self._editable():
            self.error.show_error(
                lambda: self.tr(
                    "Someone else saved the minutes meanwhile. Your text is kept; where theirs differs it is shown "
                    "under yours. Save again to keep yours."
                )
            )
        else:
            self.error.show_error(lambda: self.tr("Someone else changed the minutes meanwhile; they were reloaded."))
        self._render()

    def ask_to_finalise(self) -> QMessageBox:
        """Finalising fixes the text for good: asked first (the box is returned for tests)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Finalise the minutes"),
            self.tr(
                "Finalise the minutes? Their text can no longer change afterwards: the PDF is made and the signers "
                "can sign it. Unsaved changes are saved first."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Finalise"))
        yes.setMinimumHeight(TOUCH_TARGET_PX)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setMinimumHeight(TOUCH_TARGET_PX)
        box.finished.connect(self._on_finalise_answer)
        self.confirm_box = box
        box.open()
        return box

    def _on_finalise_answer(self, result: int) -> None:
        self.confirm_box = None
        if result != QMessageBox.StandardButton.Yes.value:
            return
        self._saving = {block.key: block.edits for block in self._all_blocks() if block.dirty}
        self.error.clear_error()
        self.notice.show_error(lambda: self.tr("Making the PDF of the minutes…"))
        self._finalising = True
        self.controller.finalise(self.changes())

    def _on_signers_chosen(self, user_ids: list[str]) -> None:
        roles = self.signer_chooser.roles
        order = {"secretary": 0, "member": 1, "chair": 2}
        signer_roles = {u: roles.get(u) if roles.get(u) in order else "member" for u in user_ids}
        ordered = sorted(user_ids, key=lambda u: order[str(signer_roles[u])])
        if not ordered:
            self.error.show_error(lambda: self.tr("Choose at least one person to sign the minutes."))
            return
        self.controller.set_signers([(u, str(signer_roles[u])) for u in ordered])

    def _answer(self, *, approve: bool) -> None:
        comment = self.comment_edit.text().strip()
        if not approve and not comment:
            self.comment_edit.setFocus()
            self.error.show_error(lambda: self.tr("Write your comments first."))
            return
        self.error.clear_error()
        self.controller.answer_approval(approve=approve, comment=comment)
        self.comment_edit.clear()

    # -- signing ------------------------------------------------------------------------------------------------

    def sign(self) -> None:
        """Sign my field of the newest PDF: fetched first (if not here yet), then signed on this device."""
        mine = my_signature(self.minutes, self._me())
        if mine is None or not mine.my_turn or self.runner.busy or self.runner.secret_dialog is not None:
            return
        problem = self._certificate_problem()
        if problem is not None:
            self.error.show_error(problem)
            return
        self.error.clear_error()
        self.notice.clear_error()
        self._sign_wanted = True
        current = (self.minutes or {}).get("sha256")
        if self._pdf is not None and self._pdf[0] == current:
            self._sign(self._pdf[1], mine)
        else:
            self._fetch_pdf()  # signed as soon as it arrives (`_on_pdf`)

    def _certificate_problem(self) -> Callable[[], str] | None:
        """The certificate on this device is not the one registered for me: the server would refuse it."""
        credentials = self.controller.credentials()
        info = credentials.info() if credentials is not None else None
        me = self._me()
        signer = next((s for s in (self.minutes or {}).get("signers") or [] if s.get("user_id") == me), None)
        enrolled = list((signer or {}).get("enrolled") or [])
        if info is None or not enrolled or info.fingerprint in enrolled:
            return None
        return lambda: self.tr(
            "The signing certificate on this device is not the one registered for you, so the server would not "
            "accept the signature. Choose your registered certificate (My signing certificate…) or ask the IT "
            "office to register this one."
        )

    def _sign(self, pdf: bytes, mine: MySignature) -> None:
        self._sign_wanted = False
        minutes = self.minutes or {}
        record = minutes.get("record") or {}
        job = signing_job(
            pdf,
            mine,
            language=str(minutes.get("language") or "en"),
            location=str(record.get("place") or ""),
            timestamp_url=minutes.get("timestamp_url") or None,
        )
        self.runner.sign(
            job,
            what=self.tr("The minutes of %1").replace("%1", self._title),
            done=self._on_signed,
            failed=self._on_sign_failed,
        )
        self._render_status()

    def _on_signed(self, signed: bytes) -> None:
        self.notice.show_error(lambda: self.tr("Signed on this device. Sending the signed minutes to the server…"))
        self._uploading = True
        self.controller.upload_signed(signed)
        self._render_status()

    def _on_sign_failed(self, error: BaseException) -> None:
        self.notice.clear_error()
        self.error.show_error(lambda: error_message(error))
        self._render_status()

    def _on_signed_accepted(self, _minutes: dict[str, Any]) -> None:
        self._uploading = False
        self._render_status()
        self.error.clear_error()
        self.notice.show_error(lambda: self.tr("Your signature was accepted. Thank you."))

    def _on_sign_refused(self, error: BaseException) -> None:
        self._uploading = False
        self._render_status()
        self.notice.clear_error()
        self.error.show_error(lambda: refusal_text(self, error))

    def open_certificate(self) -> CredentialsDialog | None:
        """Set up or change the signing certificate on this device (returned for tests)."""
        credentials = self.controller.credentials()
        if credentials is None:
            return None
        dialog = CredentialsDialog(credentials, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "credentials_dialog", None))
        self.credentials_dialog = dialog
        dialog.open()
        return dialog

    # -- the PDF and its signatures -----------------------------------------------------------------------------

    def _on_pdf(self, sha: str, data: bytes) -> None:
        minutes = self.minutes or {}
        if sha != minutes.get("sha256"):
            return
        self._pdf = (sha, data)
        if self._sign_wanted:
            mine = my_signature(minutes, self._me())
            if mine is not None and mine.my_turn:
                self._sign(data, mine)
            self._sign_wanted = False
        expected = {
            str(s["field"]): str(s["fingerprint"])
            for s in minutes.get("signers") or []
            if s.get("signed_at") and s.get("fingerprint") and s.get("field")
        }
        self._check_key = f"minutes:{sha}"
        if self.checker.check(self._check_key, data, expected=expected, unsigned_hash=minutes.get("unsigned_sha256")):
            self.signatures.show_checking()
        self._render()

    def _on_checked(self, key: str, check: SignatureCheck) -> None:
        if key == self._check_key:
            self.signatures.show_check(check)
            self.signatures_card.show()

    def _on_check_failed(self, key: str, error: object) -> None:
        if key == self._check_key:
            self.signatures.show_failed(error)

    def _on_read(self) -> None:
        minutes = self.minutes or {}
        if self.controller.meeting_id and minutes.get("document_id"):
            self.read_requested.emit(self.controller.meeting_id, str(minutes["document_id"]))

    # -- plumbing -----------------------------------------------------------------------------------------------

    def _on_back(self) -> None:
        """Leaving with unsaved text saves it first (a conflict is shown when the secretary comes back)."""
        if self.dirty and self._editable():
            self.save()
        self.back_requested.emit()

    def _on_editor_focused(self, edit: RichTextEdit) -> None:
        self.format_bar.follow(edit)

    def _on_failed(self, what: str, error: BaseException) -> None:
        if what == "pdf":
            self._pdf_asked = None  # asked again on the next load or "Sign"
        if what == "pdf" and not self._sign_wanted:
            self.signatures.show_failed(error)
            return
        self._sign_wanted = False
        if what in ("save", "finalise"):
            self._saving = {}
            self._finalising = False
        if what == "upload":
            self._uploading = False
        self.notice.clear_error()
        self.error.show_error(lambda: refusal_text(self, error))
        self._render()

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")
        self.save_button.setEnabled(not busy)
        self.finalise_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.back_button.setText("← " + self.tr("Meeting"))
        self.back_button.setAccessibleName(self.tr("Back to the meeting"))
        self.heading.setText(self.tr("Minutes: %1").replace("%1", self._title) if self._title else self.tr("Minutes"))
        self.texts_title.setText(self.tr("Decisions"))
        self.remarks_title.setText(self.tr("General remarks"))
        self.remarks.set_heading("", "")
        self.remarks.title_label.hide()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the minutes (Ctrl+S)"))
        self.finalise_button.setText(self.tr("Finalise…"))
        self.signatures_card.title_label.setText(self.tr("Signatures"))
        self.notice.retranslate()
        self.error.retranslate()
        if self.minutes:
            self._show_record_lines(list((self.minutes.get("record") or {}).get("items") or []))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
