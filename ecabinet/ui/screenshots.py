"""Screenshots of the app's screens in every language, for review (every demo screen in en, vi and lo).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m ecabinet.ui.screenshots /tmp/shots [--server URL]

Without `--server` only the sign-in screen is taken (empty, and after a failed attempt). With the URL of a
running demo server it also signs in as `minister1`, waits for the first sync to finish and takes Home, so
what is shown is real data, never a mock-up. On a machine without a keyring the sign-in form asks for a
passphrase for the device's data; a fixed one is typed in.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication

from ecabinet.ui.app import create_application
from ecabinet.ui.main_window import MainWindow
from ecabinet.ui.session import SessionController
from ecabinet.ui.style import apply_style
from ecabinet.ui.translations import SUPPORTED_LANGUAGES, Translations

#: As `ecabinet demo` passes them (the ui layer may not import the server's demo module to read them).
DEMO_ACCOUNTS = [
    ("admin", "administrator: users and devices, no meeting content"),
    ("secretary", "cabinet secretariat: prepares the meetings"),
    ("chair", "Prime Minister, chairs the cabinet"),
    ("minister1", "Minister of Finance"),
    ("minister2", "Minister of Planning and Investment"),
    ("minister3", "Minister of Technology and Communications"),
    ("minister4", "Minister of Health"),
    ("minister5", "Minister of Education and Training"),
    ("minister6", "Minister of Public Works (not on the committee)"),
    ("observer", "observer from the Government Office: reads, never votes"),
]


SCREENSHOT_PASSPHRASE = "screenshots only"


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _process_events_until(app: QApplication, done: object, timeout_s: float = 15.0) -> bool:
    deadline = QDeadlineTimer(int(timeout_s * 1000))
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if callable(done) and done():
            return True
    return False


def take_screenshots(out_dir: Path, *, server_url: str | None) -> list[Path]:
    """Save `signin_<lang>.png`, `signin_error_<lang>.png` (and `home_<lang>.png` with a server) under `out_dir`."""
    app = create_application()
    apply_style(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    translations = Translations(app, qm_dir=Path(tempfile.mkdtemp(prefix="ecabinet-qm-")))
    saved: list[Path] = []
    for language in SUPPORTED_LANGUAGES:
        translations.set_language(language)
        controller = SessionController(profile=f"screenshots-{language}")
        window = MainWindow(
            controller,
            translations=translations,
            server_url=server_url or "http://127.0.0.1:8765",
            demo_accounts=DEMO_ACCOUNTS,
        )
        window.resize(1280, 800)
        window.show()
        _process_events_until(app, lambda: False, 0.3)
        path = out_dir / f"signin_{language}.png"
        window.grab().save(str(path))
        saved.append(path)
        # A real failed attempt (a closed port on this machine) shows the error banner.
        page = window.sign_in_page
        page.server_edit.setText(f"http://127.0.0.1:{_closed_port()}")
        page.fill_demo_account("minister1")
        page.passphrase_edit.setText(SCREENSHOT_PASSPHRASE)
        page.sign_in_button.click()
        _process_events_until(app, lambda p=page: p.error_banner.isVisible())
        path = out_dir / f"signin_error_{language}.png"
        window.grab().save(str(path))
        saved.append(path)
        page.server_edit.setText(server_url or "http://127.0.0.1:8765")
        page.reset_after_sign_out()
        if server_url:
            window.sign_in_page.fill_demo_account("minister1")
            window.sign_in_page.passphrase_edit.setText(SCREENSHOT_PASSPHRASE)
            window.sign_in_page.sign_in_button.click()
            _process_events_until(
                app,
                lambda w=window: bool(w.meetings_page.cards) and not w.controller.is_syncing,
                timeout_s=180,
            )
            _process_events_until(app, lambda: False, 0.3)
            path = out_dir / f"home_{language}.png"
            window.grab().save(str(path))
            saved.append(path)
            controller.sign_out()
        controller.shutdown()
        window.close()
        window.deleteLater()
    translations.clear()
    return saved


def main() -> None:
    """Command-line entry: `python -m ecabinet.ui.screenshots OUT_DIR [--server URL]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--server", default=None, help="URL of a running demo server")
    args = parser.parse_args()
    for path in take_screenshots(args.out_dir, server_url=args.server):
        print(path)


if __name__ == "__main__":
    main()
