"""The Settings dialog: shows the stored choice, hands back a new one only on Save, is reachable by keyboard and
touch, speaks the current language, and looks right in every theme (screenshots for review)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from ecabinet.client.preferences import IDLE_LOCK_MINUTES, TEXT_SCALES, THEMES, Preferences
from ecabinet.ui.settings_dialog import SettingsDialog
from ecabinet.ui.style import TOUCH_TARGET_PX, apply_style, apply_theme
from ecabinet.ui.theme import THEMES as PALETTES
from ecabinet.ui.translations import LANGUAGE_NAMES


@pytest.fixture(autouse=True)
def light_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_style(qapp)


def make_dialog(qtbot, preferences: Preferences, **kwargs: object) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(preferences, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.mark.parametrize("theme", THEMES)
def test_round_trip(qtbot, translations, theme: str) -> None:  # type: ignore[no-untyped-def]
    for language, scale, minutes in zip(("en", "vi", "lo", "vi"), TEXT_SCALES, IDLE_LOCK_MINUTES, strict=False):
        prefs = Preferences(language=language, theme=theme, text_scale=scale, idle_lock_minutes=minutes)  # type: ignore[arg-type]
        dialog = make_dialog(qtbot, prefs)
        assert dialog.preferences() == prefs
        assert dialog.theme_buttons[theme].isChecked()


def test_system_language_shows_the_one_in_use(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, Preferences(language=None), current_language="lo")
    assert dialog.language_combo.currentText() == LANGUAGE_NAMES["lo"]
    assert dialog.preferences().language == "lo"
    assert [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())] == list(
        LANGUAGE_NAMES.values()
    )


def test_save_emits_the_new_choice(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, Preferences(language="en"))
    dialog.show()
    choose(dialog.language_combo, "vi")
    qtbot.mouseClick(dialog.theme_buttons["high_contrast"], Qt.MouseButton.LeftButton)
    choose(dialog.text_size_combo, 1.3)
    choose(dialog.lock_combo, 15)
    expected = Preferences(language="vi", theme="high_contrast", text_scale=1.3, idle_lock_minutes=15)
    with qtbot.waitSignal(dialog.preferences_changed) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [expected]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_cancel_changes_nothing(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, Preferences(theme="dark"))
    dialog.show()
    emitted: list[object] = []
    dialog.preferences_changed.connect(emitted.append)
    qtbot.mouseClick(dialog.theme_buttons["light"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert emitted == []
    assert dialog.result() == SettingsDialog.DialogCode.Rejected


def test_texts_and_accessible_names(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, Preferences())
    assert dialog.windowTitle() == "Settings"
    assert [dialog.text_size_combo.itemText(i) for i in range(4)] == ["Normal", "Large", "Larger", "Largest"]
    # "%n minute(s)" gets its English plural from i18n/ecabinet_en.ts once the catalogs are regenerated.
    assert [dialog.lock_combo.itemText(i).split()[:2] for i in range(dialog.lock_combo.count())] == [
        ["After", str(minutes)] for minutes in IDLE_LOCK_MINUTES
    ]
    assert [b.text() for b in dialog.theme_buttons.values()] == ["Light", "Dark", "High contrast"]
    assert dialog.save_button.text() == "Save"
    for control in controls(dialog):
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    # Each field has a label that moves focus to it (Alt + the underlined letter) and names it.
    for label, combo in (
        (dialog.language_label, dialog.language_combo),
        (dialog.text_size_label, dialog.text_size_combo),
        (dialog.lock_label, dialog.lock_combo),
    ):
        assert label.buddy() is combo
        assert "&" in label.text()
    assert dialog.theme_label.buddy() is dialog.theme_buttons["light"]
    dialog.theme_buttons["dark"].setChecked(True)
    assert dialog.theme_label.buddy() is dialog.theme_buttons["dark"]


def controls(dialog: SettingsDialog) -> list[QWidget]:
    return [
        dialog.language_combo,
        *dialog.theme_buttons.values(),
        dialog.text_size_combo,
        dialog.lock_combo,
        dialog.save_button,
        dialog.cancel_button,
    ]


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_touch_targets_and_keyboard(qapp, qtbot, translations, scale: float) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp, "light", scale)
    dialog = make_dialog(qtbot, Preferences(text_scale=scale))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    for control in controls(dialog):
        assert control.height() >= TOUCH_TARGET_PX, control
        assert control.width() >= TOUCH_TARGET_PX, control
    # Tab visits every field once, starting at the language; within the themes (one stop, the chosen one), the
    # arrow keys choose, as in every radio group.
    qtbot.waitUntil(dialog.language_combo.hasFocus)
    seen: list[QWidget] = []
    for _ in range(8):
        focused = QApplication.focusWidget()
        if focused is not None and focused not in seen:
            seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    light = dialog.theme_buttons["light"]
    assert seen[:4] == [dialog.language_combo, light, dialog.text_size_combo, dialog.lock_combo]
    assert {dialog.save_button, dialog.cancel_button} <= set(seen)
    light.setFocus()
    qtbot.keyClick(light, Qt.Key.Key_Right)
    assert dialog.theme_buttons["dark"].hasFocus()
    qtbot.keyClick(dialog.theme_buttons["dark"], Qt.Key.Key_Right)
    assert dialog.selected_theme() == "high_contrast"
    # Alt + the underlined letter of a label jumps to its field.
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.text_size_combo.hasFocus()


def test_retranslates_on_language_change(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    """Switching the app's language sets every text again (the catalogs get the new strings from the lead, so
    texts are first spoilt here and must come back from `self.tr` when the language changes)."""
    dialog = make_dialog(qtbot, Preferences())
    spoilt: list[QLabel | QAbstractButton] = [
        dialog.title_label,
        dialog.language_label,
        dialog.theme_label,
        dialog.text_size_label,
        dialog.lock_label,
        dialog.lock_hint,
        *dialog.theme_buttons.values(),
        dialog.save_button,
        dialog.cancel_button,
    ]
    before = [widget.text() for widget in spoilt]
    for widget in spoilt:
        widget.setText("stale")
    dialog.text_size_combo.setItemText(3, "stale")
    dialog.setWindowTitle("stale")
    translations.set_language("vi")
    assert [widget.text() for widget in spoilt] != ["stale"] * len(spoilt)
    translations.set_language("en")
    assert [widget.text() for widget in spoilt] == before
    assert dialog.text_size_combo.itemText(3) == "Largest"
    assert dialog.windowTitle() == "Settings"
    # Language names are always written in their own language.
    assert dialog.language_combo.itemText(1) == LANGUAGE_NAMES["vi"]


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("theme", THEMES)
def test_screenshot(qapp, qtbot, translations, tmp_path: Path, theme: str, scale: float) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp, theme, scale)
    palette = PALETTES[theme]
    dialog = make_dialog(qtbot, Preferences(theme=theme, text_scale=scale), current_language="en")  # type: ignore[arg-type]
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(dialog.language_combo.hasFocus)
    image = dialog.grab().toImage()
    assert image.save(str(tmp_path / f"settings_{theme}_{int(scale * 100)}.png"))
    # The dialog follows the theme: its background, its labels' colour, the focus ring on the first field.
    assert image.pixelColor(2, image.height() // 2) == QColor(palette.window)
    assert dialog.language_label.palette().color(dialog.language_label.foregroundRole()) == QColor(palette.strong)
    combo = dialog.language_combo
    edge = combo.mapTo(dialog, combo.rect().topLeft())
    assert image.pixelColor(edge.x(), edge.y() + combo.height() // 2) == QColor(palette.focus)
    # Nothing is cut off, whatever the text size: the buttons and the wrapped hint fit inside.
    for widget in (dialog.save_button, dialog.cancel_button, dialog.lock_hint):
        bottom_right = widget.mapTo(dialog, widget.rect().bottomRight())
        assert dialog.rect().contains(bottom_right), widget
    assert dialog.save_button.height() >= TOUCH_TARGET_PX
    assert dialog.lock_hint.height() >= dialog.lock_hint.heightForWidth(dialog.lock_hint.width())
    for label in dialog.findChildren(QLabel):
        assert label.palette().color(label.foregroundRole()) != label.palette().color(label.backgroundRole())
