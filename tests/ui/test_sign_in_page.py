"""The sign-in page on its own: demo accounts, filling the form, local checks, busy state."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ecabinet.ui.sign_in_page import DEMO_PASSWORD, SignInPage

ACCOUNTS = [
    ("minister1", "Minister of Finance"),
    ("chair", "Prime Minister, chairs the cabinet"),
    ("observer", "someone the catalog does not know"),
]


def test_demo_accounts_are_listed(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="http://127.0.0.1:8470", demo_accounts=ACCOUNTS)
    qtbot.addWidget(page)
    page.show()
    assert page.demo_card is not None and page.demo_card.isVisible()
    assert list(page.demo_tiles) == ["minister1", "chair", "observer"]
    tile = page.demo_tiles["chair"]
    assert tile.username_label.text() == "chair"
    assert tile.role_label.full_text() == "Prime Minister, chairs the cabinet"
    assert page.demo_tiles["observer"].role_label.full_text() == "someone the catalog does not know"
    assert DEMO_PASSWORD in page.demo_hint.text()


def test_clicking_a_demo_account_fills_the_form(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="http://127.0.0.1:8470", demo_accounts=ACCOUNTS)
    qtbot.addWidget(page)
    page.show()
    assert page.username_edit.text() == ""
    qtbot.mouseClick(page.demo_tiles["minister1"], Qt.MouseButton.LeftButton)
    assert page.username_edit.text() == "minister1"
    assert page.password_edit.text() == "demo"
    assert page.server_edit.text() == "http://127.0.0.1:8470"
    # The keyboard works too (tablet users with a keyboard cover, screen readers).
    page.demo_tiles["chair"].setFocus()
    qtbot.keyClick(page.demo_tiles["chair"], Qt.Key.Key_Space)
    assert page.username_edit.text() == "chair"


def test_no_demo_panel_without_demo_accounts(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="https://ecabinet.example.gov")
    qtbot.addWidget(page)
    assert page.demo_card is None
    assert page.demo_tiles == {}


def test_password_is_masked(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage()
    qtbot.addWidget(page)
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password


def test_empty_fields_are_explained_not_sent(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="http://127.0.0.1:8470")
    qtbot.addWidget(page)
    page.show()
    requests: list[tuple[str, str, str]] = []
    page.sign_in_requested.connect(lambda *args: requests.append(args))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert requests == []
    assert page.error_banner.isVisible()
    assert page.error_banner.text() == "Please enter your username and password."

    page.server_edit.clear()
    page.username_edit.setText("minister1")
    page.password_edit.setText("demo")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert requests == []
    assert page.error_banner.text() == "Please enter the server address."


def test_submit_emits_the_form(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url=" http://127.0.0.1:8470 ")
    qtbot.addWidget(page)
    page.show()
    page.username_edit.setText(" minister1 ")
    page.password_edit.setText(" pass word ")
    with qtbot.waitSignal(page.sign_in_requested, timeout=1000) as blocker:
        qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    # Username and address are trimmed; the password is sent exactly as typed.
    assert blocker.args == ["http://127.0.0.1:8470", "minister1", " pass word ", ""]
    assert not page.passphrase_edit.isVisibleTo(page)


def test_busy_locks_the_form(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="http://127.0.0.1:8470", demo_accounts=ACCOUNTS)
    qtbot.addWidget(page)
    page.show()
    page.set_busy(True)
    assert page.busy_bar.isVisible()
    assert not page.sign_in_button.isEnabled()
    assert not page.username_edit.isEnabled()
    assert not page.demo_tiles["chair"].isEnabled()
    assert page.sign_in_button.text() == "Signing in…"
    page.set_busy(False)
    assert not page.busy_bar.isVisible()
    assert page.sign_in_button.isEnabled()
    assert page.sign_in_button.text() == "Sign in"


def test_touch_targets_are_large(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="http://127.0.0.1:8470", demo_accounts=ACCOUNTS)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    for widget in (
        page.server_edit,
        page.username_edit,
        page.password_edit,
        page.sign_in_button,
        *page.demo_tiles.values(),
    ):
        assert widget.height() >= 48, widget.objectName()


def test_without_a_keyring_a_passphrase_is_asked(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = SignInPage(server_url="http://127.0.0.1:8470", passphrase_required=True)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.passphrase_edit.isVisible()
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Password
    assert "passphrase" in page.passphrase_hint.text()
    requests: list[tuple[str, ...]] = []
    page.sign_in_requested.connect(lambda *args: requests.append(args))
    page.username_edit.setText("minister1")
    page.password_edit.setText("demo")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert requests == []
    assert page.error_banner.text() == "Please enter the passphrase that protects this device's data."
    assert page.focusWidget() is page.passphrase_edit
    page.passphrase_edit.setText("river stone lamp")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert requests == [("http://127.0.0.1:8470", "minister1", "demo", "river stone lamp")]
    page.reset_after_sign_out()
    assert page.passphrase_edit.text() == ""
