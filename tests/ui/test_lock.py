"""The app PIN and the idle lock: set a PIN on Home, lock after idle, wrong PINs count down, the right PIN goes
back to where the person was, too many wrong PINs end the session; and screenshots of the lock page."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_flows import SYNC_TIMEOUT_MS, sign_in_and_sync

from ecabinet.client.pin import PinError
from ecabinet.ui.idle import IDLE_TIMEOUT_MS, IdleWatcher
from ecabinet.ui.lock_page import LockPage, PinDialog
from ecabinet.ui.main_window import MainWindow

PIN = "2468"
SHOTS = Path(os.environ.get("ECABINET_SHOTS", "/tmp/shots"))


def set_pin_on_home(qtbot, window: MainWindow, pin: str = PIN) -> None:  # type: ignore[no-untyped-def]
    home = window.meetings_page
    assert home.pin_button.text() == "Set a PIN"
    qtbot.mouseClick(home.pin_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(PinDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClicks(dialog.repeat_edit, pin)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert window.controller.has_pin
    assert home.pin_button.text() == "Change PIN"


def enter_pin(qtbot, window: MainWindow, pin: str) -> None:  # type: ignore[no-untyped-def]
    lock = window.lock_page
    lock.pin_edit.clear()
    qtbot.keyClicks(lock.pin_edit, pin)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_watcher_fires_after_quiet_and_input_restarts_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert IDLE_TIMEOUT_MS == 5 * 60 * 1000
    watcher = IdleWatcher(300)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        for _ in range(4):
            qtbot.wait(150)
            qtbot.keyClick(widget, Qt.Key.Key_A)  # input keeps it awake
        assert not fired
        qtbot.waitUntil(lambda: bool(fired), timeout=3_000)
    finally:
        watcher.stop()


def test_pin_dialog_checks_calmly(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[str] = []
    dialog = PinDialog(saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin_edit, "12ab3")  # letters never get in
    assert dialog.pin_edit.text() == "123"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_banner.text() == "A PIN has 4 to 12 digits."
    dialog.pin_edit.setText("1234")
    dialog.repeat_edit.setText("1235")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_banner.text() == "The two PINs are not the same. Please type them again."
    assert not saved and dialog.isVisible()
    qtbot.keyClicks(dialog.repeat_edit, "1234")
    assert dialog.error_banner.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == ["1234"] and not dialog.isVisible()

    def refuse(_pin: str) -> None:
        raise PinError("no")

    second = PinDialog(refuse, change=True)
    qtbot.addWidget(second)
    second.show()
    assert second.windowTitle() == "Change PIN"
    second.pin_edit.setText("123456789012")
    second.repeat_edit.setText("123456789012")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert second.isVisible() and second.error_banner.text() == "The PIN could not be saved. Please try again."


def test_lock_page_is_touch_sized(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = LockPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.reset("Minister of Finance")
    assert page.name_label.text() == "Minister of Finance"
    for widget in (page.pin_edit, page.unlock_button, page.password_button):
        assert widget.height() >= 48
    requested: list[str] = []
    page.unlock_requested.connect(requested.append)
    qtbot.keyClicks(page.pin_edit, "12")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not requested and page.error_banner.text() == "A PIN has 4 to 12 digits."
    qtbot.keyClicks(page.pin_edit, "34")
    assert page.error_banner.isHidden()
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)
    assert requested == ["1234"]
    page.show_wrong_pin(3)
    assert page.error_banner.text() == "Wrong PIN. 3 tries left."
    assert page.pin_edit.text() == ""


def test_idle_lock_and_unlock_back_to_the_meeting(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server, profile="lock")
    sign_in_and_sync(qtbot, window)
    controller = window.controller
    assert not controller.has_pin
    # Without a PIN the idle timer does nothing.
    window.lock()
    assert window.stack.currentWidget() is window.meetings_page and not controller.locked
    set_pin_on_home(qtbot, window)

    # Read a document, then leave the tablet alone.
    home = window.meetings_page
    qtbot.mouseClick(home.cards[0], Qt.MouseButton.LeftButton)
    meeting = window.meeting_page
    assert window.stack.currentWidget() is meeting and meeting.state is not None
    meeting_id = meeting.state.id
    row = next(r for r in meeting.document_rows() if r.entry.sha)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meeting.view.doc_id == row.entry.id and meeting.view.page_count() > 0, timeout=30_000)

    window.idle_watcher.timeout_ms = 400
    lock = window.lock_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is lock, timeout=10_000)
    engine = controller.engine
    assert engine is not None and engine.locked and controller.locked
    assert meeting.view.doc_id is None and meeting.document_id is None and meeting.state is None
    assert lock.name_label.text() == controller.display_name != ""
    assert lock.title_label.text() == "eCabinet is locked"
    assert not window.idle_watcher.active

    enter_pin(qtbot, window, "1111")
    assert lock.error_banner.text() == "Wrong PIN. 4 tries left."
    enter_pin(qtbot, window, "9999")
    assert lock.error_banner.text() == "Wrong PIN. 3 tries left."
    assert window.stack.currentWidget() is lock and engine.locked

    window.idle_watcher.timeout_ms = IDLE_TIMEOUT_MS
    enter_pin(qtbot, window, PIN)
    assert not engine.locked and not controller.locked
    assert window.stack.currentWidget() is meeting and meeting.state is not None and meeting.state.id == meeting_id
    qtbot.waitUntil(lambda: meeting.view.doc_id == row.entry.id and meeting.view.page_count() > 0, timeout=30_000)
    assert window.idle_watcher.active
    assert lock.pin_edit.text() == "" and lock.error_banner.isHidden()

    # Locked from Home, back to Home; a good PIN resets the count.
    qtbot.mouseClick(meeting.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is home
    window.lock()
    assert window.stack.currentWidget() is lock
    enter_pin(qtbot, window, "1111")
    assert lock.error_banner.text() == "Wrong PIN. 4 tries left."
    enter_pin(qtbot, window, PIN)
    assert window.stack.currentWidget() is home and not engine.locked
    qtbot.waitUntil(lambda: not controller.is_syncing, timeout=SYNC_TIMEOUT_MS)


def test_five_wrong_pins_end_the_session(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server, profile="lockout")
    sign_in_and_sync(qtbot, window)
    set_pin_on_home(qtbot, window)
    window.lock()
    lock = window.lock_page
    assert window.stack.currentWidget() is lock
    for left in (4, 3, 2, 1):
        enter_pin(qtbot, window, "0000")
        assert lock.error_banner.text() == f"Wrong PIN. {left} tries left."
    enter_pin(qtbot, window, "0000")
    page = window.sign_in_page
    assert window.stack.currentWidget() is page
    assert window.controller.engine is None
    assert page.error_banner.isVisible()
    assert page.error_banner.text() == (
        "The PIN was entered wrongly too many times, so this session has ended. Please sign in with your password."
    )
    assert page.username_edit.text() == "minister1"
    # The password opens it again.
    sign_in_and_sync(qtbot, window)
    assert window.meetings_page.pin_button.text() == "Change PIN"


def test_password_instead_goes_to_sign_in(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server, profile="lockpassword")
    sign_in_and_sync(qtbot, window)
    set_pin_on_home(qtbot, window)
    window.lock()
    qtbot.mouseClick(window.lock_page.password_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.sign_in_page
    assert window.controller.engine is None
    assert window.sign_in_page.username_edit.text() == "minister1"


def test_lock_page_screenshots(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server, profile="lockshots")
    window.resize(1280, 800)
    sign_in_and_sync(qtbot, window)
    set_pin_on_home(qtbot, window)
    window.lock()
    enter_pin(qtbot, window, "1357")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for language in ("en", "vi", "lo"):
        window.translations.set_language(language)
        qtbot.wait(100)
        assert window.grab().save(str(SHOTS / f"lock_{language}.png"))
    window.translations.set_language("vi")
    assert window.lock_page.unlock_button.text() != "Unlock"
    window.translations.set_language("en")
