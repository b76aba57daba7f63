"""Start the desktop/tablet app: `run()` is what `ecabinet app` and `ecabinet demo` call."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QApplication

from ecabinet.client.device import profile_dir
from ecabinet.client.engine import Engine, SecretsFactory
from ecabinet.client.preferences import Preferences, preferences_path
from ecabinet.client.provisioning import Provisioning, ProvisioningError, load_provisioning
from ecabinet.ui.crash import CrashReporter
from ecabinet.ui.main_window import MainWindow
from ecabinet.ui.session import EngineFactory, SessionController
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


log = logging.getLogger(__name__)


def read_provisioning() -> tuple[Provisioning | None, ProvisioningError | None]:
    """The IT office's provisioning file, if any; a broken one is reported (first-run page, log), not fatal."""
    try:
        return load_provisioning(), None
    except ProvisioningError as error:
        log.error("%s", error)
        return None, error


def provisioned_engine_factory(provisioning: Provisioning | None) -> EngineFactory:
    """Engines that connect with the provisioned CA bundle or certificate pin (which override the system's)."""
    options = provisioning.connection_options() if provisioning is not None else {}

    def make(server_url: str, profile: str, secrets_factory: SecretsFactory | None) -> Engine:
        return Engine(server_url, profile=profile, secrets_factory=secrets_factory, **options)  # type: ignore[arg-type]

    return make


def run(
    *,
    server_url: str | None,
    profile: str = "default",
    demo_accounts: list[tuple[str, str]] | None = None,
    language: str | None = None,
    demo_pki: dict[str, Any] | None = None,
) -> int:
    """Show the app and run its event loop until the window closes; returns the exit code.

    `server_url` prefills the sign-in form, `profile` selects the device identity and local data (several
    people may run side by side on one machine), `demo_accounts` lists (username, role description) pairs
    offered for one-tap sign-in, `language` (`en`, `vi`, `lo`) overrides the system's, and `demo_pki` is the
    demo's certificate folder, offered when a demo user sets up signing.
    """
    app = create_application()
    provisioning, provisioning_error = read_provisioning()
    preferences = Preferences.load(preferences_path(profile_dir(profile)))
    apply_style(app, preferences.theme, preferences.text_scale)
    translations = Translations(app)
    translations.set_language(pick_language(language or preferences.language))
    controller = SessionController(profile=profile, engine_factory=provisioned_engine_factory(provisioning))
    window = MainWindow(
        controller,
        translations=translations,
        server_url=server_url,
        demo_accounts=demo_accounts,
        preferences=preferences,
        provisioning=provisioning,
        provisioning_error=provisioning_error,
    )
    window.demo_pki = demo_pki
    crashes = CrashReporter(lambda: window)
    crashes.install()
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        crashes.uninstall()
        controller.shutdown()
        window.deleteLater()
        translations.clear()
