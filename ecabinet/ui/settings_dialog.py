"""Settings: language, theme (light, dark, high contrast), text size and how soon the app locks itself.

The dialog only collects a choice: on Save it emits `preferences_changed(Preferences)` (and `.preferences()`
returns the same), and the main window applies and stores it. Keeping the dialog free of side effects means
Cancel needs no undo, and the window stays the one place that knows how a choice takes effect.

Every control is at least `TOUCH_TARGET_PX` high, reachable by Tab and by the underlined letter of its label
(the label is its buddy), and has an accessible name, so screen readers and switch users get the same dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.preferences import IDLE_LOCK_MINUTES, TEXT_SCALES, THEMES, Preferences, ThemeName
from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.translations import LANGUAGE_NAMES, SUPPORTED_LANGUAGES, pick_language


class SettingsDialog(QDialog):
    """Choose language, theme, text size and the automatic lock; `preferences_changed` carries the choice."""

    preferences_changed = Signal(object)  # Preferences, on Save
    certificate_requested = Signal()  # "Signing certificate…": the window opens the certificate dialog

    def __init__(
        self,
        preferences: Preferences,
        *,
        current_language: str | None = None,
        certificate: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`current_language` is the language in use, shown when `preferences.language` is None (system's).
        `certificate` describes the signed-in user's signing certificate ("" for none yet; None when nobody is
        signed in, and then the section is not shown)."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setModal(True)
        self._initial = preferences

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")

        self.language_label = QLabel()
        self.language_label.setObjectName("fieldLabel")
        self.language_combo = QComboBox()
        for code in SUPPORTED_LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        language = preferences.language or pick_language(current_language)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_label.setBuddy(self.language_combo)

        self.theme_label = QLabel()
        self.theme_label.setObjectName("fieldLabel")
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        theme_row = QHBoxLayout()
        theme_row.setSpacing(8)
        for theme in THEMES:
            button = QRadioButton()
            button.setObjectName(f"theme_{theme}")
            self.theme_group.addButton(button)
            self.theme_buttons[theme] = button
            theme_row.addWidget(button)
            button.toggled.connect(self._follow_checked_theme)
        theme_row.addStretch(1)
        self.theme_buttons[preferences.theme].setChecked(True)

        self.text_size_label = QLabel()
        self.text_size_label.setObjectName("fieldLabel")
        self.text_size_combo = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size_combo.addItem("", scale)
        self.text_size_combo.setCurrentIndex(max(0, self.text_size_combo.findData(preferences.text_scale)))
        self.text_size_label.setBuddy(self.text_size_combo)

        self.lock_label = QLabel()
        self.lock_label.setObjectName("fieldLabel")
        self.lock_combo = QComboBox()
        for minutes in IDLE_LOCK_MINUTES:
            self.lock_combo.addItem("", minutes)
        self.lock_combo.setCurrentIndex(max(0, self.lock_combo.findData(preferences.idle_lock_minutes)))
        self.lock_label.setBuddy(self.lock_combo)
        self.lock_hint = QLabel()
        self.lock_hint.setObjectName("hintLabel")
        self.lock_hint.setWordWrap(True)

        self.certificate_label = QLabel()
        self.certificate_label.setObjectName("fieldLabel")
        self.certificate_value = QLabel(certificate or "")
        self.certificate_value.setWordWrap(True)
        self.certificate_button = QPushButton()
        self.certificate_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.certificate_button.clicked.connect(self.certificate_requested)
        self._has_certificate_section = certificate is not None
        self._has_certificate = bool(certificate)

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        for control in (
            self.language_combo,
            self.text_size_combo,
            self.lock_combo,
            self.save_button,
            self.cancel_button,
            *self.theme_buttons.values(),
        ):
            control.setMinimumHeight(TOUCH_TARGET_PX)
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for combo in (self.language_combo, self.text_size_combo, self.lock_combo):
            combo.setMinimumWidth(280)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addSpacing(8)
        for label, field in (
            (self.language_label, self.language_combo),
            (self.theme_label, theme_row),
            (self.text_size_label, self.text_size_combo),
            (self.lock_label, self.lock_combo),
        ):
            layout.addWidget(label)
            if isinstance(field, QHBoxLayout):
                layout.addLayout(field)
            else:
                layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addSpacing(10)
        layout.addWidget(self.lock_hint)
        if self._has_certificate_section:
            layout.addSpacing(10)
            layout.addWidget(self.certificate_label)
            certificate_row = QHBoxLayout()
            certificate_row.addWidget(self.certificate_value, 1)
            certificate_row.addWidget(self.certificate_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(certificate_row)
        else:
            for widget in (self.certificate_label, self.certificate_value, self.certificate_button):
                widget.hide()
        layout.addSpacing(14)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(560)

        self.setTabOrder(self.language_combo, self.theme_buttons[THEMES[0]])
        previous: QWidget = self.theme_buttons[THEMES[0]]
        for theme in THEMES[1:]:
            self.setTabOrder(previous, self.theme_buttons[theme])
            previous = self.theme_buttons[theme]
        self.setTabOrder(previous, self.text_size_combo)
        self.setTabOrder(self.text_size_combo, self.lock_combo)
        self.retranslate()
        self.language_combo.setFocus()

    # -- the choice ------------------------------------------------------------------------------------

    def selected_theme(self) -> ThemeName:
        """The theme whose button is checked."""
        for theme, button in self.theme_buttons.items():
            if button.isChecked():
                return theme  # type: ignore[return-value]
        return self._initial.theme

    def preferences(self) -> Preferences:
        """What the dialog shows now, as Preferences (the language is always explicit once chosen here)."""
        return Preferences(
            language=str(self.language_combo.currentData()),
            theme=self.selected_theme(),
            text_scale=float(self.text_size_combo.currentData()),
            idle_lock_minutes=int(self.lock_combo.currentData()),
        )

    def accept(self) -> None:
        """Save: announce the choice, then close."""
        self.preferences_changed.emit(self.preferences())
        super().accept()

    # -- texts -----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text (and accessible name) in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.title_label.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.theme_label.setText(self.tr("&Theme"))
        theme_names = {
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast"),
        }
        for theme, button in self.theme_buttons.items():
            button.setText(theme_names[theme])
            button.setAccessibleName(theme_names[theme])
            button.setAccessibleDescription(self.tr("Theme"))
        self.text_size_label.setText(self.tr("Text &size"))
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        # In the order of TEXT_SCALES: 1.0, 1.15, 1.3, 1.5.
        size_names = (self.tr("Normal"), self.tr("Large"), self.tr("Larger"), self.tr("Largest"))
        for index, name in zip(range(self.text_size_combo.count()), size_names, strict=True):
            self.text_size_combo.setItemText(index, name)
        self.lock_label.setText(self.tr("Lock &automatically"))
        self.lock_combo.setAccessibleName(self.tr("Lock automatically"))
        for index, minutes in enumerate(IDLE_LOCK_MINUTES):
            self.lock_combo.setItemText(index, self.tr("After %n minute(s) without use", "", minutes))
        self.lock_hint.setText(
            self.tr("Only when a PIN is set. Locking closes the open document; your PIN opens eCabinet again.")
        )
        self.certificate_label.setText(self.tr("Signing certificate"))
        if not self._has_certificate:
            self.certificate_value.setText(self.tr("None on this device yet."))
        self.certificate_button.setText(self.tr("Change…") if self._has_certificate else self.tr("Set up…"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def showEvent(self, event: QShowEvent) -> None:
        # Qt sizes a dialog with a word-wrapped label to its minimum, squeezing the buttons; take the full height
        # the contents ask for at this width (it grows with the text size and with longer translations).
        super().showEvent(event)
        width = max(self.width(), self.sizeHint().width())
        height = max(self.height(), self._layout.totalHeightForWidth(width))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _follow_checked_theme(self, checked: bool) -> None:
        # Alt+T takes focus to the theme that is chosen, as a single control would.
        if checked:
            button = self.theme_group.checkedButton()
            if button is not None:
                self.theme_label.setBuddy(button)


__all__ = ["SettingsDialog"]
