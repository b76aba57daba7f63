"""`run()` shows the sign-in window in the chosen language and returns when the event loop ends."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ecabinet.ui.app import run
from ecabinet.ui.main_window import MainWindow


def test_run_shows_sign_in_and_returns(qapp: QApplication) -> None:
    seen: dict[str, object] = {}

    tries = [0]

    def inspect_then_quit() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].controller.is_busy and tries[0] < 100:
            # The offline-start check runs in the background at first; look once it has finished.
            tries[0] += 1
            QTimer.singleShot(50, inspect_then_quit)
            return
        seen["count"] = len(windows)
        if windows:
            page = windows[0].sign_in_page
            seen["button"] = page.sign_in_button.text()
            seen["server"] = page.server_edit.text()
            seen["demo"] = list(page.demo_tiles)
            seen["icon"] = not qapp.windowIcon().isNull()
            # hide, not close: closing the last window would post a Quit event that outlives this test's
            # event loop and stops the loops of the tests after it.
            windows[0].hide()
        qapp.exit(0)

    QTimer.singleShot(200, inspect_then_quit)
    code = run(
        server_url="http://127.0.0.1:8470",
        profile="pytest",
        demo_accounts=[("minister1", "Minister of Finance"), ("chair", "Prime Minister, chairs the cabinet")],
        language="vi",
    )
    assert code == 0
    assert seen == {
        "count": 1,
        "button": "Đăng nhập",
        "server": "http://127.0.0.1:8470",
        "demo": ["minister1", "chair"],
        "icon": True,
    }
