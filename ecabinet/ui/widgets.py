"""Small widgets the screens share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ecabinet.ui.style import TOUCH_TARGET_PX


class ClickableFrame(QFrame):
    """A frame that acts as one big button: click, tap, Enter or Space give `clicked`; focus is visible."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(TOUCH_TARGET_PX)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ErrorBanner(QLabel):
    """A calm error line under a form. It keeps how to say the message, not the words, so switching the
    language while it shows re-words it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self._text: Callable[[], str] | None = None

    def show_error(self, text: Callable[[], str]) -> None:
        self._text = text
        self.setText(text())
        self.show()

    def clear_error(self, *_args: object) -> None:
        """Hide the message (also a slot for `textEdited`: typing again dismisses it)."""
        if self._text is None:
            return
        self._text = None
        self.clear()
        self.hide()

    def retranslate(self) -> None:
        if self._text is not None:
            self.setText(self._text())
