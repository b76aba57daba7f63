"""The text of a note: typed in a small dialog (a tablet's on-screen keyboard works in it), saved or not."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ecabinet.core.annotations import MAX_TEXT
from ecabinet.ui.style import TOUCH_TARGET_PX

__all__ = ["NoteDialog"]


class NoteDialog(QDialog):
    """Write or change a note; `note_saved(text)` on Save (an empty note is not saved)."""

    note_saved = Signal(str)

    def __init__(self, text: str = "", *, author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setModal(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.setMinimumSize(420, 180)
        self.author = author
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_TARGET_PX)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_save()
        self.editor.setFocus()

    @property
    def save_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Note"))
        self.title_label.setText(self.tr("Note by %1").replace("%1", self.author) if self.author else self.tr("Note"))
        self.editor.setAccessibleName(self.tr("Text of the note"))
        self.editor.setPlaceholderText(self.tr("Write your note here"))
        self.save_button.setText(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        return self.editor.toPlainText().strip()[:MAX_TEXT]

    def _update_save(self) -> None:
        button = self.save_button
        if button is not None:
            button.setEnabled(bool(self.text()))

    def accept(self) -> None:
        if self.text():
            self.note_saved.emit(self.text())
        super().accept()
