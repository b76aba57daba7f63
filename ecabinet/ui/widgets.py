"""Small widgets the screens share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ecabinet.ui.style import TOUCH_TARGET_PX


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property the sheet selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def touch_button(*, primary: bool = False) -> QPushButton:
    """A button a finger hits: touch-target height, pointing cursor, the main action's look if `primary`."""
    button = QPushButton()
    button.setMinimumHeight(TOUCH_TARGET_PX)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if primary:
        button.setObjectName("primaryButton")
    return button


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down only: a page's width never exceeds the window's,
    so long words wrap instead of hiding behind a sideways scroll bar."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


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


class RowListPanel(QWidget):
    """A summary line over a scrolling list of rows (search results, my notes). The summary is kept as how to
    say it, so it is re-worded when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QWidget] = []
        self._summary: Callable[[], str] = lambda: ""
        self.summary_label = QLabel()
        self.summary_label.setObjectName("mutedLabel")
        self.summary_label.setWordWrap(True)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addStretch(1)
        scroll = vertical_scroll(self._list)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)

    def add_row(self, row: QWidget) -> None:
        self._list_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)

    def set_summary(self, text: Callable[[], str]) -> None:
        self._summary = text
        self.summary_label.setText(text())

    def retranslate_summary(self) -> None:
        self.summary_label.setText(self._summary())

    def retranslate(self) -> None:
        """Set every text in the current language (subclasses add their rows' texts)."""
        self.retranslate_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear_rows(self) -> None:
        for row in self.rows:
            self._list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
