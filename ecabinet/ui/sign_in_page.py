"""The sign-in screen: server address, username, password, one big button, and the demo accounts.

It only collects input and shows state: `sign_in_requested` goes to the session controller, which answers
through `set_busy` and `show_error` (called by the main window).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecabinet.ui.messages import demo_role_description, error_message
from ecabinet.ui.style import TOUCH_TARGET_PX, app_logo
from ecabinet.ui.translations import LANGUAGE_NAMES, SUPPORTED_LANGUAGES

DEMO_PASSWORD = "demo"
FORM_WIDTH = 460


def make_card() -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel (styled by `QFrame#card`) and its layout."""
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(10)
    return card, layout


class AppHeader(QWidget):
    """Logo, app name and the one-line description, shown at the top of the sign-in screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_logo(56))
        logo.setFixedSize(56, 56)
        self.title_label = QLabel("eCabinet")
        self.title_label.setObjectName("appTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("appSubtitle")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title_label)
        names.addWidget(self.subtitle_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(logo)
        layout.addLayout(names)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.subtitle_label.setText(self.tr("Paperless cabinet meetings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text does not fit, and then shows the full text as a tooltip.

    Word wrapping is no answer for Lao, which has no spaces to break at.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full_text

    def set_full_text(self, text: str) -> None:
        """Show `text`, elided to the label's width."""
        self._full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight, max(width, 0))
        super().setText(shown if width > 0 else self._full_text)
        self.setToolTip(self._full_text if shown != self._full_text else "")


class DemoAccountTile(QFrame):
    """One demo account as a tappable row: the username in bold and the role beside it, translated.

    A frame rather than a QPushButton so it can hold two styled labels; it still behaves like a button:
    focusable, Space/Enter activate it, and it emits `clicked`.
    """

    clicked = Signal()

    def __init__(self, username: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.role = role
        self.setObjectName("demoAccountTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(TOUCH_TARGET_PX)
        self.username_label = QLabel(username)
        self.username_label.setObjectName("demoUsername")
        self.username_label.setFixedWidth(104)
        self.role_label = ElidedLabel()
        self.role_label.setObjectName("demoRole")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 0, 14, 0)
        layout.setSpacing(10)
        layout.addWidget(self.username_label)
        layout.addWidget(self.role_label, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the role text and accessible name in the current language."""
        role = demo_role_description(self.role)
        self.role_label.set_full_text(role)
        self.setAccessibleName(f"{self.username}, {role}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for all the room its content needs and scrolls only when it gets less."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = content.sizeHint()
        return QSize(hint.width() + frame, hint.height() + frame)


class SignInPage(QWidget):
    """The first screen. Emits `sign_in_requested(server_url, username, password, passphrase)` and
    `language_chosen(code)`.

    With `passphrase_required` (a device without a system keyring) it also asks for a passphrase that
    protects this device's data; otherwise the passphrase is always "".
    """

    sign_in_requested = Signal(str, str, str, str)
    language_chosen = Signal(str)

    def __init__(
        self,
        *,
        server_url: str | None = None,
        demo_accounts: Sequence[tuple[str, str]] | None = None,
        language: str = "en",
        passphrase_required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.passphrase_required = passphrase_required
        self.setObjectName("signInPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._error_text: Callable[[], str] | None = None
        self._busy = False

        self.header = AppHeader()
        self.language_label = QLabel()
        self.language_label.setObjectName("mutedLabel")
        self.language_combo = QComboBox()
        for code in SUPPORTED_LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.currentIndexChanged.connect(self._on_language_index_changed)
        self.language_label.setBuddy(self.language_combo)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language_combo)

        form_card = self._build_form(server_url or "")
        cards = QHBoxLayout()
        cards.setSpacing(24)
        cards.addStretch(1)
        cards.addWidget(form_card, 0, Qt.AlignmentFlag.AlignTop)
        self.demo_tiles: dict[str, DemoAccountTile] = {}
        self.demo_card: QFrame | None = None
        if demo_accounts:
            self.demo_card = self._build_demo_card(demo_accounts)
            # Not top-aligned: on a short screen the list shrinks and scrolls instead of being cut off.
            cards.addWidget(self.demo_card)
        cards.addStretch(1)

        root = QVBoxLayout(self)
        root.setContentsMargins(40, 28, 40, 28)
        root.setSpacing(0)
        root.addLayout(top)
        # A fixed gap, not a stretch: the form must not move when an error banner appears.
        root.addSpacing(24)
        root.addLayout(cards)
        root.addStretch(1)

        self.retranslate()
        self._focus_first_empty_field()

    # -- building ---------------------------------------------------------------------------------------

    def _build_form(self, server_url: str) -> QFrame:
        card, layout = make_card()
        card.setFixedWidth(FORM_WIDTH)
        self.form_title = QLabel()
        self.form_title.setObjectName("pageTitle")
        self.server_label = QLabel()
        self.server_label.setObjectName("fieldLabel")
        self.server_edit = QLineEdit(server_url)
        self.server_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.username_label = QLabel()
        self.username_label.setObjectName("fieldLabel")
        self.username_edit = QLineEdit()
        self.username_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.password_label = QLabel()
        self.password_label.setObjectName("fieldLabel")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.passphrase_label = QLabel()
        self.passphrase_label.setObjectName("fieldLabel")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.passphrase_hint = QLabel()
        self.passphrase_hint.setObjectName("hintLabel")
        self.passphrase_hint.setWordWrap(True)
        for label, edit in self._fields():
            label.setBuddy(edit)
            edit.returnPressed.connect(self._submit)
            edit.textEdited.connect(self._on_text_edited)

        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.error_banner.setAccessibleName("error")
        self.error_banner.hide()

        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_in_button.clicked.connect(self._submit)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        # Keep the space so the card does not jump when the indicator appears.
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy_bar.setSizePolicy(policy)
        self.busy_bar.hide()

        layout.addWidget(self.form_title)
        layout.addSpacing(8)
        for label, edit in self._fields():
            layout.addWidget(label)
            if edit is self.passphrase_edit:
                layout.addWidget(self.passphrase_hint)
            layout.addWidget(edit)
            layout.addSpacing(6)
        layout.addWidget(self.error_banner)
        layout.addSpacing(6)
        layout.addWidget(self.sign_in_button)
        layout.addSpacing(4)
        layout.addWidget(self.busy_bar)
        return card

    def _fields(self) -> list[tuple[QLabel, QLineEdit]]:
        fields = [
            (self.server_label, self.server_edit),
            (self.username_label, self.username_edit),
            (self.password_label, self.password_edit),
        ]
        if self.passphrase_required:
            fields.append((self.passphrase_label, self.passphrase_edit))
        return fields

    def _build_demo_card(self, accounts: Sequence[tuple[str, str]]) -> QFrame:
        card, layout = make_card()
        card.setFixedWidth(580)
        self.demo_title = QLabel()
        self.demo_title.setObjectName("pageTitle")
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("hintLabel")
        self.demo_hint.setWordWrap(True)
        rows = QWidget()
        rows.setObjectName("demoAccountList")
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(4)
        for username, role in accounts:
            tile = DemoAccountTile(username, role)
            tile.clicked.connect(lambda name=username: self.fill_demo_account(name))
            self.demo_tiles[username] = tile
            rows_layout.addWidget(tile)
        rows_layout.addStretch(1)
        scroll = FittingScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(3 * (TOUCH_TARGET_PX + 10))
        scroll.setWidget(rows)
        layout.addWidget(self.demo_title)
        layout.addWidget(self.demo_hint)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        return card

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on every language change)."""
        self.language_label.setText(self.tr("Language"))
        self.form_title.setText(self.tr("Sign in"))
        self.server_label.setText(self.tr("Server address"))
        self.server_edit.setPlaceholderText(self.tr("for example https://ecabinet.example.gov"))
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.passphrase_label.setText(self.tr("Passphrase for this device"))
        self.passphrase_hint.setText(
            self.tr("This device has no secure key store, so a passphrase you choose protects the papers kept on it.")
        )
        # A wrapped label in a fixed-width card gets too little height from the layout: ask for all of it.
        self.passphrase_hint.setMinimumHeight(self.passphrase_hint.heightForWidth(FORM_WIDTH - 64))
        self.sign_in_button.setText(self.tr("Signing in…") if self._busy else self.tr("Sign in"))
        if self.demo_card is not None:
            self.demo_title.setText(self.tr("Demo accounts"))
            self.demo_hint.setText(
                self.tr("Tap an account to fill in the form. Every demo password is: %1").replace("%1", DEMO_PASSWORD)
            )
            for tile in self.demo_tiles.values():
                tile.retranslate()
        if self._error_text is not None:
            self.error_banner.setText(self._error_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the window calls --------------------------------------------------------------------------

    def fill_demo_account(self, username: str) -> None:
        """Put a demo account's username and password in the form (the password of every demo account)."""
        self.username_edit.setText(username)
        self.password_edit.setText(DEMO_PASSWORD)
        self.clear_error()
        self.sign_in_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        """Show the busy indicator and lock the form while a sign-in runs."""
        self._busy = busy
        for widget in (
            self.server_edit,
            self.username_edit,
            self.password_edit,
            self.passphrase_edit,
            self.sign_in_button,
            self.language_combo,
            *self.demo_tiles.values(),
        ):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def show_error(self, error: BaseException) -> None:
        """Explain `error` in the banner, in the current language (and again after a language change)."""
        self._show_error_text(lambda: error_message(error))
        if not self._busy:
            self.password_edit.setFocus()
            self.password_edit.selectAll()

    def clear_error(self) -> None:
        """Hide the banner."""
        self._error_text = None
        self.error_banner.clear()
        self.error_banner.hide()

    def reset_after_sign_out(self) -> None:
        """Ready for the next person: password and passphrase are cleared, the server and username stay."""
        self.password_edit.clear()
        self.passphrase_edit.clear()
        self.clear_error()
        self.set_busy(False)
        self._focus_first_empty_field()

    # -- reactions --------------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        server = self.server_edit.text().strip()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not server:
            self._show_error_text(lambda: self.tr("Please enter the server address."))
            self.server_edit.setFocus()
            return
        if not username or not password:
            self._show_error_text(lambda: self.tr("Please enter your username and password."))
            (self.username_edit if not username else self.password_edit).setFocus()
            return
        passphrase = self.passphrase_edit.text() if self.passphrase_required else ""
        if self.passphrase_required and not passphrase:
            self._show_error_text(lambda: self.tr("Please enter the passphrase that protects this device's data."))
            self.passphrase_edit.setFocus()
            return
        self.clear_error()
        self.sign_in_requested.emit(server, username, password, passphrase)

    def _show_error_text(self, text: Callable[[], str]) -> None:
        self._error_text = text
        self.error_banner.setText(text())
        self.error_banner.show()

    def _on_text_edited(self, _text: str) -> None:
        if self._error_text is not None:
            self.clear_error()

    def _on_language_index_changed(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if isinstance(code, str):
            self.language_chosen.emit(code)

    def show_language(self, language: str) -> None:
        """Show `language` as chosen (it was changed elsewhere, in Settings) without announcing it again."""
        blocked = self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.blockSignals(blocked)

    def prefill_username(self, username: str) -> None:
        """Put a known username in the form (the person this device was last used by)."""
        if username:
            self.username_edit.setText(username)
        self._focus_first_empty_field()

    def _focus_first_empty_field(self) -> None:
        for _label, edit in self._fields():
            if not edit.text():
                edit.setFocus()
                return
        self.sign_in_button.setFocus()
