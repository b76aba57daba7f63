"""The lock page shown after the idle lock, and the small dialog that sets or changes the app PIN.

The lock page shows whose session it is and a large numeric PIN field; `unlock_requested(pin)` and
`password_requested` go to the window, which asks the session controller. It holds no key and no document:
while it shows, the data key is forgotten and the render service has closed every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.pin import PinError, valid_pin
from ecabinet.ui.style import TOUCH_TARGET_PX, app_logo
from ecabinet.ui.widgets import ErrorBanner

MIN_PIN: Final = 4
MAX_PIN: Final = 12
PIN_FIELD_HEIGHT: Final = 64


def pin_field(parent: QWidget | None = None) -> QLineEdit:
    """A touch-sized field for a PIN: digits only (at most 12), shown as dots, the numeric keyboard asked for."""
    edit = QLineEdit(parent)
    edit.setObjectName("pinField")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN}}}"), edit))
    edit.setMaxLength(MAX_PIN)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setMinimumHeight(max(TOUCH_TARGET_PX, PIN_FIELD_HEIGHT))
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return edit


class LockPage(QWidget):
    """Locked: the user's name, a PIN field, "Unlock" and "Sign in with password instead"."""

    unlock_requested = Signal(str)
    password_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._display_name = ""
        self._tries_left: int | None = None

        logo = QLabel()
        logo.setPixmap(app_logo(56))
        logo.setFixedSize(56, 56)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.name_label = QLabel()
        self.name_label.setObjectName("lockName")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("mutedLabel")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        self.pin_label = QLabel()
        self.pin_label.setObjectName("fieldLabel")
        self.pin_edit = pin_field()
        self.pin_label.setBuddy(self.pin_edit)
        self.pin_edit.returnPressed.connect(self._submit)
        self.error_banner = ErrorBanner()
        self.pin_edit.textEdited.connect(self.error_banner.clear_error)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.unlock_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.unlock_button.clicked.connect(self._submit)
        self.password_button = QPushButton()
        self.password_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.password_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.password_button.clicked.connect(self.password_requested)

        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(460)
        form = QVBoxLayout(card)
        form.setContentsMargins(32, 28, 32, 28)
        form.setSpacing(12)
        form.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        form.addWidget(self.title_label)
        form.addWidget(self.name_label)
        form.addWidget(self.hint_label)
        form.addSpacing(8)
        form.addWidget(self.pin_label)
        form.addWidget(self.pin_edit)
        form.addWidget(self.error_banner)
        form.addSpacing(4)
        form.addWidget(self.unlock_button)
        form.addWidget(self.password_button)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 24, 24, 24)
        root.addStretch(1)
        root.addLayout(row)
        root.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title_label.setText(self.tr("eCabinet is locked"))
        self.name_label.setText(self._display_name)
        self.name_label.setVisible(bool(self._display_name))
        self.hint_label.setText(self.tr("Enter your PIN to continue where you were."))
        self.pin_label.setText(self.tr("PIN"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.password_button.setText(self.tr("Sign in with password instead"))
        self.error_banner.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the window calls --------------------------------------------------------------------------

    def reset(self, display_name: str) -> None:
        """Ready for a new lock: the name shown, the field empty and focused, no error."""
        self._display_name = display_name
        self.pin_edit.clear()
        self.error_banner.clear_error()
        self.retranslate()
        self.pin_edit.setFocus()

    def show_wrong_pin(self, tries_left: int) -> None:
        """Say calmly that the PIN was wrong and how many tries remain; the field is emptied for the next."""
        self.error_banner.show_error(lambda: self.tr("Wrong PIN. %1 tries left.").replace("%1", str(tries_left)))
        self.pin_edit.clear()
        self.pin_edit.setFocus()

    # -- reactions --------------------------------------------------------------------------------------

    def _submit(self) -> None:
        pin = self.pin_edit.text()
        if not valid_pin(pin):
            self.error_banner.show_error(lambda: self.tr("A PIN has 4 to 12 digits."))
            self.pin_edit.setFocus()
            return
        self.unlock_requested.emit(pin)


class PinDialog(QDialog):
    """Set or change the app PIN: the PIN twice, digits only, 4 to 12; `save(pin)` stores it.

    `save` may raise `PinError`; the dialog then stays open with a calm message.
    """

    def __init__(self, save: Callable[[str], None], *, change: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setModal(True)
        self._save = save
        self._change = change
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.setObjectName("mutedLabel")
        self.pin_label = QLabel()
        self.pin_label.setObjectName("fieldLabel")
        self.pin_edit = pin_field()
        self.pin_label.setBuddy(self.pin_edit)
        self.repeat_label = QLabel()
        self.repeat_label.setObjectName("fieldLabel")
        self.repeat_edit = pin_field()
        self.repeat_label.setBuddy(self.repeat_edit)
        self.error_banner = ErrorBanner()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.pin_edit.textEdited.connect(self.error_banner.clear_error)
        self.repeat_edit.textEdited.connect(self.error_banner.clear_error)
        self.pin_edit.returnPressed.connect(self.repeat_edit.setFocus)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.repeat_label)
        layout.addWidget(self.repeat_edit)
        layout.addWidget(self.error_banner)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change PIN") if self._change else self.tr("Set a PIN"))
        self.intro_label.setText(
            self.tr(
                "After a few minutes without use, eCabinet locks itself. Your PIN opens it again. Use 4 to 12 digits."
            )
        )
        self.pin_label.setText(self.tr("New PIN"))
        self.repeat_label.setText(self.tr("Repeat the PIN"))
        self.save_button.setText(self.tr("Save PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.error_banner.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        pin, repeat = self.pin_edit.text(), self.repeat_edit.text()
        if not valid_pin(pin):
            self.error_banner.show_error(lambda: self.tr("A PIN has 4 to 12 digits."))
            self.pin_edit.setFocus()
            return
        if pin != repeat:
            self.error_banner.show_error(lambda: self.tr("The two PINs are not the same. Please type them again."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        try:
            self._save(pin)
        except PinError:
            self.error_banner.show_error(lambda: self.tr("The PIN could not be saved. Please try again."))
            return
        self.accept()


__all__ = ["LockPage", "PinDialog", "pin_field"]
