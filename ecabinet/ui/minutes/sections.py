"""Parts of the Minutes page: a text block per agenda item (and the general remarks), and the side cards.

A `TextBlock` keeps three texts apart: what the server had when the block was filled (`base`), what the
secretary typed (the editor, `dirty` once touched) and, after a conflict, what a colleague saved meanwhile
(`theirs`, shown under the editor). Nothing typed is ever replaced by a reload: only untouched blocks follow
the server.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ecabinet.ui.live.panel import option_name, outcome_name
from ecabinet.ui.minutes.rich_text import RichTextEdit
from ecabinet.ui.widgets import touch_button

__all__ = ["PeopleChooser", "TextBlock", "record_line", "role_name"]


def role_name(role: str) -> str:
    names = {
        "secretary": QCoreApplication.translate("Minutes", "Secretary"),
        "chair": QCoreApplication.translate("Minutes", "Chair"),
        "member": QCoreApplication.translate("Minutes", "Member"),
        "observer": QCoreApplication.translate("Minutes", "Observer"),
        "deputy": QCoreApplication.translate("Minutes", "Deputy"),
    }
    return names.get(role, role)


def record_line(item: Mapping[str, Any]) -> str:
    """What the record says about an item, in one line: positions, speakers, votes and their outcome."""
    parts: list[str] = []
    positions = item.get("positions") or {}
    if positions:
        words = {
            "no_objection": QCoreApplication.translate("Minutes", "No objection"),
            "wants_to_speak": QCoreApplication.translate("Minutes", "Wish to speak"),
            "objects": QCoreApplication.translate("Minutes", "Object"),
        }
        stated = " · ".join(f"{words.get(k, k)} {v}" for k, v in positions.items())
        parts.append(QCoreApplication.translate("Minutes", "Positions before the meeting: %1").replace("%1", stated))
    speakers = item.get("speakers") or []
    if speakers:
        parts.append(
            QCoreApplication.translate("Minutes", "Spoke: %1").replace("%1", ", ".join(str(s) for s in speakers))
        )
    for vote in item.get("votes") or []:
        counts = " · ".join(f"{option_name(str(k))} {v}" for k, v in (vote.get("counts") or {}).items())
        kind = (
            QCoreApplication.translate("Minutes", "secret vote")
            if vote.get("secret")
            else QCoreApplication.translate("Minutes", "named vote")
        )
        # Punctuation only, the same in every language: nothing to translate.
        question, outcome = str(vote.get("question") or ""), outcome_name(str(vote.get("outcome") or ""))
        parts.append(f"{question} ({kind}): {outcome} — {counts}")
    return "\n".join(parts)


class TextBlock(QFrame):
    """One agenda item's decision (or the general remarks): the record's facts, then the text.

    Editable for the secretary while the minutes are a draft; read-only (rich text) for everyone else.
    """

    edited = Signal()
    focused = Signal(object)  # the RichTextEdit written in (the page's format bar follows it)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key  # the agenda item's id; "" for the general remarks
        self.setObjectName("agendaItem")
        self.base = ""
        self.theirs: str | None = None
        self.dirty = False
        self.edits = 0  # bumped on every change: a save only clears `dirty` when nothing was typed meanwhile
        self._filling = False
        self.title_label = QLabel()
        self.title_label.setObjectName("agendaTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.record_label = QLabel()
        self.record_label.setObjectName("mutedLabel")
        self.record_label.setWordWrap(True)
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = RichTextEdit()
        self.editor.document().contentsChanged.connect(self._on_changed)
        self.editor.focused.connect(self.focused)
        self.viewer = QLabel()
        self.viewer.setWordWrap(True)
        self.viewer.setTextFormat(Qt.TextFormat.RichText)
        self.viewer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("mutedLabel")
        # After a conflict: the colleague's text, and a way to take it instead of mine.
        self.theirs_frame = QFrame()
        self.theirs_frame.setObjectName("theirsFrame")
        self.theirs_title = QLabel()
        self.theirs_title.setObjectName("infoBanner")
        self.theirs_title.setWordWrap(True)
        self.theirs_view = QLabel()
        self.theirs_view.setWordWrap(True)
        self.theirs_view.setTextFormat(Qt.TextFormat.RichText)
        self.take_theirs_button = touch_button()
        self.take_theirs_button.clicked.connect(self.take_theirs)
        theirs_layout = QVBoxLayout(self.theirs_frame)
        theirs_layout.setContentsMargins(0, 4, 0, 0)
        theirs_layout.addWidget(self.theirs_title)
        theirs_layout.addWidget(self.theirs_view)
        theirs_row = QHBoxLayout()
        theirs_row.addStretch(1)
        theirs_row.addWidget(self.take_theirs_button)
        theirs_layout.addLayout(theirs_row)
        self.theirs_frame.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.record_label)
        layout.addWidget(self.editor)
        layout.addWidget(self.viewer)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.theirs_frame)
        self.set_editable(False)
        self.retranslate()

    # -- what the page calls ---------------------------------------------------------------------------------

    def set_heading(self, title: str, record: str) -> None:
        self.title_label.setText(title)
        self.record_label.setText(record)
        self.record_label.setVisible(bool(record))
        self.editor.setAccessibleName(title or QCoreApplication.translate("Minutes", "General remarks"))

    def set_editable(self, editable: bool) -> None:
        self.editor.setVisible(editable)
        self.editor.setReadOnly(not editable)
        self.viewer.setVisible(not editable and bool(self.base))
        self.empty_label.setVisible(not editable and not self.base)

    @property
    def editable(self) -> bool:
        return not self.editor.isReadOnly()

    def set_server_text(self, text: str) -> None:
        """The server's text: shown at once unless the secretary changed this block (then kept for later)."""
        self.base = text
        self.viewer.setText(text)
        if not self.dirty:
            self._fill(text)
        self.set_editable(self.editable)

    def show_theirs(self, text: str) -> None:
        """A colleague saved ``text`` meanwhile: show it under mine (mine stays in the editor)."""
        self.base = text
        self.viewer.setText(text)
        if not self.dirty:
            self._fill(text)
            self.hide_theirs()
            return
        if text == self.html():
            self.hide_theirs()
            return
        self.theirs = text
        self.theirs_view.setText(text or html.escape(QCoreApplication.translate("Minutes", "(empty)")))
        self.theirs_frame.show()

    def hide_theirs(self) -> None:
        self.theirs = None
        self.theirs_frame.hide()

    def take_theirs(self) -> None:
        """Drop what I typed in this block and take the colleague's text."""
        if self.theirs is not None:
            self._fill(self.theirs)
            self.dirty = False
        self.hide_theirs()
        self.edited.emit()

    def saved(self, edits_when_sent: int) -> None:
        """The server has what was typed up to ``edits_when_sent``; later typing stays unsaved."""
        if self.edits == edits_when_sent:
            self.dirty = False
            self.hide_theirs()

    def html(self) -> str:
        return self.editor.html()

    def _fill(self, text: str) -> None:
        self._filling = True
        try:
            self.editor.set_html(text)
        finally:
            self._filling = False

    def _on_changed(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.edits += 1
        self.edited.emit()

    def retranslate(self) -> None:
        self.empty_label.setText(QCoreApplication.translate("Minutes", "No text yet."))
        self.theirs_title.setText(
            QCoreApplication.translate(
                "Minutes", "Someone else saved this text meanwhile. Yours is kept above; theirs is shown here:"
            )
        )
        self.take_theirs_button.setText(QCoreApplication.translate("Minutes", "Use their text instead of mine"))
        self.editor.setAccessibleName(
            self.title_label.text() or QCoreApplication.translate("Minutes", "General remarks")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PeopleChooser(QWidget):
    """A tick box per participant (name and role), and one action for those ticked."""

    chosen = Signal(list)  # the user ids ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.roles: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self._list = QVBoxLayout()
        self._list.setSpacing(2)
        self.button = touch_button()
        self.button.clicked.connect(lambda: self.chosen.emit(self.ticked()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)

    def set_people(self, people: Sequence[Mapping[str, Any]], ticked: set[str]) -> None:
        """``people``: ``{"user_id", "name", "role"}`` each; the boxes keep their ticks when the list is the same."""
        ids = [str(p.get("user_id") or "") for p in people]
        if ids != list(self.boxes):
            for box in self.boxes.values():
                self._list.removeWidget(box)
                box.deleteLater()
            self.boxes = {}
            for person, user_id in zip(people, ids, strict=True):
                box = QCheckBox()
                box.setMinimumHeight(40)
                box.setCursor(Qt.CursorShape.PointingHandCursor)
                self.boxes[user_id] = box
                self._list.addWidget(box)
                self.roles[user_id] = str(person.get("role") or "")
                self.names[user_id] = str(person.get("name") or "")
        for user_id, box in self.boxes.items():
            box.setChecked(user_id in ticked)
        self.retranslate()

    def ticked(self) -> list[str]:
        return [user_id for user_id, box in self.boxes.items() if box.isChecked()]

    def retranslate(self) -> None:
        for user_id, box in self.boxes.items():
            box.setText(f"{self.names.get(user_id, '')} — {role_name(self.roles.get(user_id, ''))}")


class Card(QFrame):
    """A titled card on the side of the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(8)
        self.body.addWidget(self.title_label)

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget

    def add_buttons(self, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("mutedLabel")
    label.setWordWrap(True)
    return label


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
