"""Moving my private notes to another device, on purpose: a file sealed with a passphrase the person chooses.

Private notes never go through the server, so this file is the only way they travel. The passphrase is typed
twice when the file is made (a typo would lock the notes away for good) and once when it is read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.widgets import ErrorBanner

__all__ = ["MIN_PASSPHRASE", "NotesPassphraseDialog"]

MIN_PASSPHRASE = 8


class NotesPassphraseDialog(QDialog):
    """Ask for the passphrase of a notes file (`confirm`: twice, for a new file); `passphrase_given(text)`."""

    passphrase_given = Signal(str)

    def __init__(self, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPassphraseDialog")
        self.setModal(True)
        self.confirm = confirm
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("mutedLabel")
        self.hint_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setVisible(confirm)
        for edit in (self.passphrase_edit, self.again_edit):
            edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.again_label = QLabel()
        self.again_label.setBuddy(self.again_edit)
        self.again_label.setVisible(confirm)
        self.error = ErrorBanner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_TARGET_PX)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.again_label, self.again_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase_edit.textEdited.connect(self.error.clear_error)
        self.again_edit.textEdited.connect(self.error.clear_error)
        self.retranslate()

    def retranslate(self) -> None:
        if self.confirm:
            self.title_label.setText(self.tr("Protect the notes file"))
            self.hint_label.setText(
                self.tr(
                    "Choose a passphrase of at least %1 characters. You will need it on the other device; "
                    "without it nobody can read the notes, not even you."
                ).replace("%1", str(MIN_PASSPHRASE))
            )
        else:
            self.title_label.setText(self.tr("Open the notes file"))
            self.hint_label.setText(self.tr("Type the passphrase chosen when the file was made."))
        self.setWindowTitle(self.title_label.text())
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.again_label.setText(self.tr("&Again"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the notes file"))
        self.again_edit.setAccessibleName(self.tr("The same passphrase again"))
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self.confirm and len(passphrase) < MIN_PASSPHRASE:
            self.error.show_error(
                lambda: self.tr("The passphrase needs at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            )
            return
        if self.confirm and passphrase != self.again_edit.text():
            self.error.show_error(lambda: self.tr("The two passphrases differ."))
            return
        if not passphrase:
            return
        self.passphrase_given.emit(passphrase)
        super().accept()
