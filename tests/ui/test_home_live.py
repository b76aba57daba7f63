"""Home against the real seeded demo server: sign in, the first sync fills the device, offline start, locked
cache, and a device without a keyring (a passphrase protects its data)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from netproxy import LinkShape, NetProxy
from PySide6.QtCore import Qt
from ui_flows import SYNC_TIMEOUT_MS

from ecabinet.client.sync import SyncProgress
from ecabinet.ui.main_window import MainWindow
from ecabinet.ui.session import AUTO_SYNC_ONLINE_MS, OFFLINE_RETRY_MS


@pytest.fixture
def proxy(demo_server: str) -> Iterator[NetProxy]:
    """The shared demo server behind a switchable network (only this test's connections go through it)."""
    port = int(demo_server.rsplit(":", 1)[1])
    p = NetProxy("127.0.0.1", port)
    yield p
    p.close()


def sign_in(qtbot, window: MainWindow, username: str = "minister1", passphrase: str = "") -> None:  # type: ignore[no-untyped-def]
    page = window.sign_in_page
    page.username_edit.setText(username)
    page.password_edit.setText("demo")
    if passphrase:
        page.passphrase_edit.setText(passphrase)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)


def wait_synced(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = window.meetings_page
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is home and bool(home.cards) and not window.controller.is_syncing,
        timeout=SYNC_TIMEOUT_MS,
    )


def assert_everything_cached(window: MainWindow) -> None:
    engine = window.controller.engine
    assert engine is not None and engine.store is not None and engine.cache is not None
    documents = engine.store.entities("document")
    assert len(documents) >= 10
    for document in documents:
        assert engine.cache.has(document["versions"][-1]["sha256"]), document["title"]


def test_sign_in_fills_home_and_the_cache(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(server_url=demo_server, profile="minister1")
    progress: list[SyncProgress] = []
    window.controller.sync_progress.connect(progress.append)
    sign_in(qtbot, window)
    wait_synced(qtbot, window)
    home = window.meetings_page
    assert home.user_label.text().startswith("Signed in as ")
    assert [card.title_label.text() for card in home.cards] == [
        "Regular Cabinet Session — December",
        "Committee on Digital Government — working session",
        "Monthly Cabinet Session — November (closed)",
    ]
    assert list(home.section_labels) == ["upcoming", "past"]
    qtbot.waitUntil(lambda: all(card.sync_state == "synced" for card in home.cards), timeout=5_000)
    assert all(card.sync_label.text() == "✓ On this device" for card in home.cards)
    assert_everything_cached(window)
    assert home.status_label.text() == "All documents are on this device."
    assert not home.offline_badge.isVisible()
    assert not home.progress_bar.isVisible()
    # The GUI heard the download as it went, with files and bytes.
    downloads = [p for p in progress if p.phase == "download" and p.bytes_total]
    assert downloads and downloads[-1].files_total >= 10
    assert max(p.bytes_done for p in downloads) > 0

    # A second sync finds nothing to do and says so calmly.
    qtbot.mouseClick(home.sync_button, Qt.MouseButton.LeftButton)
    assert window.controller.is_syncing
    qtbot.waitUntil(lambda: not window.controller.is_syncing, timeout=SYNC_TIMEOUT_MS)
    assert home.status_label.text() == "All documents are on this device."


def test_slow_sync_shows_its_progress(qtbot, make_window, demo_server: str) -> None:  # type: ignore[no-untyped-def]
    port = int(demo_server.rsplit(":", 1)[1])
    slow = NetProxy("127.0.0.1", port, LinkShape(bandwidth=1_500_000))
    try:
        window = make_window(server_url=slow.url, profile="slow")
        sign_in(qtbot, window)
        home = window.meetings_page
        qtbot.waitUntil(lambda: home.progress_bar.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: home.status_label.text().startswith("Downloading documents: "), timeout=20_000)
        assert not home.sync_button.isEnabled()
        qtbot.waitUntil(lambda: 0 < home.progress_bar.value() < home.progress_bar.maximum(), timeout=20_000)
        assert any(card.sync_state == "downloading" for card in home.cards)
        # The GUI stays responsive while it downloads: switching language works at once.
        window.translations.set_language("vi")
        assert home.sync_button.text() == "Đang đồng bộ…"
        window.translations.set_language("en")
        wait_synced(qtbot, window)
        assert not home.progress_bar.isVisible()
        assert_everything_cached(window)
    finally:
        slow.close()


def test_restart_offline_opens_home_from_the_store(  # type: ignore[no-untyped-def]
    qtbot, make_window, proxy: NetProxy
) -> None:
    first = make_window(server_url=proxy.url, profile="minister1")
    sign_in(qtbot, first)
    wait_synced(qtbot, first)
    titles = [card.title_label.text() for card in first.meetings_page.cards]
    first.controller.shutdown()
    first.close()

    proxy.go_offline()
    window = make_window(server_url=proxy.url, profile="minister1", start=True)
    home = window.meetings_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home and len(home.cards) == 3, timeout=10_000)
    assert home.offline_badge.isVisible()
    assert home.offline_banner.isVisible()
    assert [card.title_label.text() for card in home.cards] == titles
    qtbot.waitUntil(lambda: not window.controller.is_syncing, timeout=SYNC_TIMEOUT_MS)
    # The sync that was tried found no network: still offline, no error banner, every document readable.
    assert home.offline_badge.isVisible()
    assert not home.notice_label.isVisible()
    assert all(card.sync_state == "synced" for card in home.cards)
    assert_everything_cached(window)
    engine = window.controller.engine
    assert engine is not None
    document = engine.store.entities("document")[0] if engine.store else None
    assert document is not None
    assert engine.open_document(document["versions"][-1]["sha256"]).startswith(b"%PDF")

    # Offline, the app tries again by itself within seconds; the network comes back and nobody has to press
    # "sync": the retry succeeds and the indicator goes.
    retry = window.controller.next_auto_sync_ms
    assert retry is not None and retry <= OFFLINE_RETRY_MS[0] * 1.1  # a coarse timer: within 5 per cent
    proxy.go_online()
    qtbot.waitUntil(lambda: not home.offline_badge.isVisible(), timeout=OFFLINE_RETRY_MS[1] + SYNC_TIMEOUT_MS)
    retry = window.controller.next_auto_sync_ms
    assert retry is None or retry > AUTO_SYNC_ONLINE_MS * 0.9  # back online: the slow, online rhythm
    qtbot.waitUntil(lambda: not window.controller.is_syncing, timeout=SYNC_TIMEOUT_MS)
    assert not home.offline_banner.isVisible()

    # After signing out, the next start asks for a sign-in (with the username kept).
    qtbot.mouseClick(home.sign_out_button, Qt.MouseButton.LeftButton)
    window.controller.shutdown()
    again = make_window(server_url=proxy.url, profile="minister1", start=True)
    qtbot.waitUntil(lambda: again.sign_in_page.username_edit.text() == "minister1", timeout=10_000)
    assert again.stack.currentWidget() is again.sign_in_page
    assert not again.controller.is_busy


def test_offline_too_long_locks_and_offers_sign_in(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_server: str, memory_keyring
) -> None:
    first = make_window(server_url=demo_server, profile="traveller")
    sign_in(qtbot, first, username="minister2")
    wait_synced(qtbot, first)
    first.controller.shutdown()
    first.close()
    # The offline grant ran out while the device was away.
    for key, value in list(memory_keyring.values.items()):
        if key[1].endswith(":grant"):
            grant = json.loads(value)
            grant["expires_at"] = "2001-01-01T00:00:00Z"
            memory_keyring.values[key] = json.dumps(grant)

    window = make_window(server_url=demo_server, profile="traveller", start=True)
    page = window.sign_in_page
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=10_000)
    assert window.stack.currentWidget() is page
    assert page.error_banner.text().startswith("This device has been offline for too long")
    assert page.username_edit.text() == "minister2"
    # Signing in online opens it again.
    page.password_edit.setText("demo")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    wait_synced(qtbot, window)
    assert_everything_cached(window)


def test_without_a_keyring_a_passphrase_protects_the_data(  # type: ignore[no-untyped-def]
    qtbot, make_window, demo_server: str, memory_keyring, ecabinet_dirs: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    window = make_window(server_url=demo_server, profile="headless")
    page = window.sign_in_page
    assert window.controller.needs_passphrase
    assert page.passphrase_edit.isVisible()
    assert page.passphrase_hint.isVisible()
    sign_in(qtbot, window)
    assert page.error_banner.text() == "Please enter the passphrase that protects this device's data."
    sign_in(qtbot, window, passphrase="river stone lamp")
    wait_synced(qtbot, window)
    assert_everything_cached(window)
    secrets = list((ecabinet_dirs / "profiles" / "headless").rglob("secrets-*.enc"))
    assert len(secrets) == 1
    assert b"token" not in secrets[0].read_bytes()
    assert memory_keyring.values == {}

    # The wrong passphrase does not open this device's data, and the message says what to do.
    qtbot.mouseClick(window.meetings_page.sign_out_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, window, passphrase="wrong")
    qtbot.waitUntil(lambda: page.error_banner.isVisible(), timeout=30_000)
    assert page.error_banner.text().startswith("This passphrase does not open the eCabinet data on this device.")
