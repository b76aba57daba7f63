"""First run against a real server: ask for the address, show who answered, remember it; the update banner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support import live_server

from ecabinet import __version__
from ecabinet.client.provisioning import (
    CertificatePinMismatch,
    ClientVersionInfo,
    KnownServers,
    ProvisioningError,
    ServerIdentity,
    client_version_info,
    parse_provisioning,
)
from ecabinet.server.config import Settings
from ecabinet.ui.first_run import ServerSetupPage, UpdateNotice, needs_server_setup
from ecabinet.ui.translations import Translations


@pytest.fixture
def server(fresh_settings: Settings) -> Iterator[str]:
    configured = fresh_settings.model_copy(
        update={
            "server_name": "Cabinet Office",
            "client_newest_version": "99.0",
            "client_download_url": "https://downloads.example.invalid/ecabinet",
        }
    )
    with live_server(configured) as url:
        yield url


def make_page(qtbot: QtBot, tmp_path: Path, **kwargs: object) -> ServerSetupPage:
    page = ServerSetupPage(KnownServers(tmp_path / "profile"), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    return page


def test_first_run_asks_checks_shows_and_remembers(
    qtbot: QtBot, translations: Translations, tmp_path: Path, server: str
) -> None:
    page = make_page(qtbot, tmp_path)
    assert not page.address_edit.isReadOnly()
    assert not page.provisioning_label.isVisible()
    page.address_edit.setText(server)
    with qtbot.waitSignal(page.update_announced, timeout=15_000) as announced:
        page.check_button.click()
    qtbot.waitUntil(page.identity_box.isVisible, timeout=15_000)
    assert isinstance(announced.args[0], ClientVersionInfo) and announced.args[0].newest_version == "99.0"
    assert "Cabinet Office" in page.name_value.text() and server in page.name_value.text()
    # The demo-style server on this machine has no certificate, and the page says so instead of a blank.
    assert "no certificate" in page.fingerprint_value.text()
    with qtbot.waitSignal(page.server_confirmed) as confirmed:
        page.confirm_button.click()
    identity = confirmed.args[0]
    assert isinstance(identity, ServerIdentity) and identity.url == server
    remembered = KnownServers(tmp_path / "profile").get(server)
    assert remembered is not None and remembered.name == "Cabinet Office"


def test_unreachable_server_says_what_to_do(
    qtbot: QtBot, translations: Translations, tmp_path: Path, closed_port: int
) -> None:
    page = make_page(qtbot, tmp_path)
    page.address_edit.setText(f"http://127.0.0.1:{closed_port}")
    page.check_button.click()
    qtbot.waitUntil(page.error_label.isVisible, timeout=15_000)
    assert "did not answer" in page.error_label.text()
    assert not page.identity_box.isVisible()
    assert page.check_button.isEnabled()


def test_empty_and_plain_http_addresses_are_refused_before_any_traffic(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    page = make_page(qtbot, tmp_path)
    page.check_button.click()
    assert page.error_label.isVisible() and "not a server address" in page.error_label.text()
    page.address_edit.setText("http://ecabinet.gov.example")
    page.check_button.click()
    qtbot.waitUntil(lambda: "https://" in page.error_label.text(), timeout=10_000)


def test_broken_provisioning_file_is_explained_and_the_address_asked(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    path = tmp_path / "provisioning.toml"
    path.write_text("server_url = \n", encoding="utf-8")
    with pytest.raises(ProvisioningError) as caught:
        parse_provisioning(path)
    page = make_page(qtbot, tmp_path, provisioning_error=caught.value)
    assert page.provisioning_label.isVisible()
    assert "could not be used" in page.provisioning_label.text() and "TOML" in page.provisioning_label.text()
    assert not page.address_edit.isReadOnly()


def test_provisioned_server_is_not_typed(qtbot: QtBot, translations: Translations, tmp_path: Path) -> None:
    path = tmp_path / "provisioning.toml"
    path.write_text('server_url = "https://ecabinet.gov.example"\n', encoding="utf-8")
    provisioning = parse_provisioning(path)
    page = make_page(qtbot, tmp_path, provisioning=provisioning)
    assert page.address_edit.text() == "https://ecabinet.gov.example"
    assert page.address_edit.isReadOnly()
    assert "IT office has set up" in page.intro_label.text()
    assert not needs_server_setup(provisioning, None, None)
    assert needs_server_setup(None, None, None)
    assert not needs_server_setup(None, None, "https://remembered.example")


def test_pin_mismatch_message_refuses_and_names_the_certificate(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    page = make_page(qtbot, tmp_path)
    text = page.describe_error(CertificatePinMismatch("https://x", "AA:BB", "CC:DD"))
    assert "CC:DD" in text and "did not connect" in text and "Do not sign in" in text


def test_update_notice_shows_only_for_a_newer_version(qtbot: QtBot, translations: Translations) -> None:
    window = QWidget()  # the notice sits in a screen: showing the screen must not show it
    qtbot.addWidget(window)
    notice = UpdateNotice(current_version="0.1.0", parent=window)
    window.show()
    assert not notice.isVisible()
    assert not notice.show_info(ClientVersionInfo(newest_version="0.1.0", download_url="https://d.example"))
    assert not notice.isVisible()
    assert notice.show_info(ClientVersionInfo(newest_version="0.2.0", download_url="https://d.example"))
    assert notice.isVisible() and notice.download_button.isVisible()
    assert "0.2.0" in notice.text_label.text() and "0.1.0" in notice.text_label.text()
    with qtbot.waitSignal(notice.dismissed):
        notice.later_button.click()
    assert not notice.isVisible()
    # Without a download address the notice still tells, and offers no button that goes nowhere.
    assert notice.show_info(ClientVersionInfo(newest_version="0.2.0", download_url=None))
    assert not notice.download_button.isVisible() and "Ask your IT office" in notice.text_label.text()
    assert not notice.open_download()


def test_update_notice_default_version_is_this_app(qtbot: QtBot, translations: Translations) -> None:
    notice = UpdateNotice()
    qtbot.addWidget(notice)
    assert notice.current_version == __version__


def test_the_window_asks_for_the_server_on_a_fresh_install_then_offers_sign_in(
    qtbot: QtBot, make_window: Any, server: str
) -> None:
    window = make_window(server_url=None, start=True)
    page = window.server_setup_page
    assert page is not None and window.stack.currentWidget() is page
    assert not window.update_notice.isVisible()
    page.address_edit.setText(server)
    page.check_button.click()
    qtbot.waitUntil(page.identity_box.isVisible, timeout=15_000)
    assert window.update_notice.isVisible() and "99.0" in window.update_notice.text_label.text()
    page.confirm_button.click()
    assert window.stack.currentWidget() is window.sign_in_page
    assert window.sign_in_page.server_edit.text() == server
    # The server's version announcement also comes through an already trusted connection (after sign-in).
    from ecabinet.client.api import ApiClient

    with ApiClient(server, device_id="t") as api:
        assert client_version_info(api).newest_version == "99.0"


def test_the_window_skips_the_question_when_the_server_is_known(make_window: Any) -> None:
    window = make_window(server_url="http://127.0.0.1:1", start=True)
    assert window.server_setup_page is None and window.stack.currentWidget() is window.sign_in_page


def test_a_broken_provisioning_file_shows_in_the_window(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    from ecabinet.ui.main_window import MainWindow
    from ecabinet.ui.session import SessionController

    path = tmp_path / "provisioning.toml"
    path.write_text("server_url = [\n", encoding="utf-8")
    with pytest.raises(ProvisioningError) as caught:
        parse_provisioning(path)
    controller = SessionController()
    window = MainWindow(controller, translations=translations, server_url=None, provisioning_error=caught.value)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.server_setup_page
    assert page is not None and window.stack.currentWidget() is page and page.provisioning_label.isVisible()
    window.close()
    controller.shutdown()
