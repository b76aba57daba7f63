"""Settings from the window: Save applies theme, text size, language and lock delay at once, and the next
start of the same profile finds them again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ecabinet.client.preferences import Preferences
from ecabinet.ui.style import BASE_POINT_SIZE, apply_style, current_theme
from ecabinet.ui.theme import DARK


@pytest.fixture(autouse=True)
def light_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_style(qapp)


def test_settings_apply_now_and_are_remembered(qtbot, make_window, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    window = make_window(profile="settings")
    assert window.preferences == Preferences()
    window.translations.set_language("en")
    window.meetings_page.settings_button.click()  # the button is on Home; the dialog works from anywhere
    dialog = next(w for w in qapp.topLevelWidgets() if w.objectName() == "settingsDialog" and w.isVisible())
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("vi"))
    dialog.theme_buttons["dark"].setChecked(True)
    dialog.text_size_combo.setCurrentIndex(dialog.text_size_combo.findData(1.3))
    dialog.lock_combo.setCurrentIndex(dialog.lock_combo.findData(10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert current_theme(qapp) == ("dark", 1.3)
    assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window.upper()
    assert qapp.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.3, abs=0.5)
    assert window.translations.language == "vi"
    assert window.meetings_page.settings_button.text() == "Cài đặt"
    assert window.sign_in_page.language_combo.currentData() == "vi"
    assert window.idle_watcher.timeout_ms == 10 * 60 * 1000

    saved = Preferences.load(window.preferences_file)
    assert saved == Preferences(language="vi", theme="dark", text_scale=1.3, idle_lock_minutes=10)
    again = make_window(profile="settings")
    assert again.preferences == saved and again.idle_watcher.timeout_ms == 10 * 60 * 1000

    # The language chosen on the sign-in page is remembered too.
    again.sign_in_page.language_combo.setCurrentIndex(again.sign_in_page.language_combo.findData("lo"))
    assert Preferences.load(window.preferences_file).language == "lo"
    window.translations.set_language("en")
