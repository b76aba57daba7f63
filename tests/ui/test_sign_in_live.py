"""The app against the real seeded demo server: sign in, see the meetings, sign out, wrong password."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ecabinet.ui.sign_in_page import SignInPage


def click_sign_in(qtbot, page: SignInPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)


def test_sign_in_as_minister_shows_meetings(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server, demo_accounts=[("minister1", "Minister of Finance")])
    page = window.sign_in_page
    qtbot.mouseClick(page.demo_tiles["minister1"], Qt.MouseButton.LeftButton)
    click_sign_in(qtbot, page)
    meetings = window.meetings_page
    qtbot.waitUntil(lambda: len(meetings.cards) > 0, timeout=20_000)
    assert window.stack.currentWidget() is meetings
    assert window.controller.display_name
    assert window.controller.display_name in meetings.user_label.text()
    for card in meetings.cards:
        assert card.title_label.text()
        assert card.state_badge.text()
        assert card.when_label.text()

    qtbot.mouseClick(meetings.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page
    assert page.password_edit.text() == ""


def test_wrong_password_against_the_server(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server)
    page = window.sign_in_page
    page.username_edit.setText("minister5")
    page.password_edit.setText("wrong")
    click_sign_in(qtbot, page)
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=20_000)
    assert page.error_banner.text() == "The username or password is not correct. Please check both and try again."
    assert window.stack.currentWidget() is page
