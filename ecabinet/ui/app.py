"""Start the desktop/tablet app: `run()` is what `ecabinet app` and `ecabinet demo` call."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from ecabinet.client.device import profile_dir
from ecabinet.client.preferences import Preferences, preferences_path
from ecabinet.ui.main_window import MainWindow
from ecabinet.ui.session import SessionController
from ecabinet.ui.style import apply_style
from ecabinet.ui.translations import Translations, pick_language


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (made once per process), named so Qt's own paths and dialogs say eCabinet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName("eCabinet")
    QApplication.setOrganizationName("eCabinet")
    QApplication.setApplicationDisplayName("eCabinet")
    return QApplication(list(argv) if argv is not None else sys.argv[:1])


def run(
    *,
    server_url: str | None,
    profile: str = "default",
    demo_accounts: list[tuple[str, str]] | None = None,
    language: str | None = None,
) -> int:
    """Show the app and run its event loop until the window closes; returns the exit code.

    `server_url` prefills the sign-in form, `profile` selects the device identity and local data (several
    people may run side by side on one machine), `demo_accounts` lists (username, role description) pairs
    offered for one-tap sign-in, and `language` (`en`, `vi`, `lo`) overrides the system's.
    """
    app = create_application()
    preferences = Preferences.load(preferences_path(profile_dir(profile)))
    apply_style(app, preferences.theme, preferences.text_scale)
    translations = Translations(app)
    translations.set_language(pick_language(language or preferences.language))
    controller = SessionController(profile=profile)
    window = MainWindow(
        controller,
        translations=translations,
        server_url=server_url,
        demo_accounts=demo_accounts,
        preferences=preferences,
    )
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        window.deleteLater()
        translations.clear()
