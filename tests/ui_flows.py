"""Steps several UI tests share: signing in through the real window and waiting for the first sync."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

#: A first sync of the demo packet on a loaded 2-core machine stays well inside this.
SYNC_TIMEOUT_MS = 120_000


def sign_in_and_sync(qtbot: Any, window: Any, username: str = "minister1") -> None:
    """Sign in as ``username`` (password ``demo``) and wait until every meeting on Home is on the device."""
    page = window.sign_in_page
    page.username_edit.setText(username)
    page.password_edit.setText("demo")
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    home = window.meetings_page
    qtbot.waitUntil(
        lambda: (
            window.stack.currentWidget() is home
            and bool(home.cards)
            and not window.controller.is_syncing
            and all(card.sync_state == "synced" for card in home.cards)
        ),
        timeout=SYNC_TIMEOUT_MS,
    )
