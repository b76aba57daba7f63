"""The bundled app's entry point: what the `ecabinet` binary of the installable build runs.

Not `ecabinet.cli`: that module reaches the server (FastAPI, SQLAlchemy, Alembic) from its subcommands, and
PyInstaller would follow those imports into the bundle. A minister's app only ever opens the desktop app, so
this script takes the options of `ecabinet app` and nothing else (a leading `app` is accepted, so the same
command line works for both).

Before the app starts it puts the translation catalogs compiled at build time where `ecabinet.ui.translations`
looks for them (the bundle has no `lrelease`; see `_seed_catalogs`). The provisioning file the IT office may
have placed next to the app or in the system configuration folder is read by `ecabinet.ui.app.run`.

`ECABINET_SMOKE_REPORT=<file>` makes the app write what it shows once the sign-in screen is up (as JSON) and
quit: the packaging tests use it to check a build without a display. It changes nothing else.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("ecabinet.bundle")

_STARTED = time.monotonic()


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    args = list(argv)
    if args[:1] == ["app"]:
        args = args[1:]
    parser = argparse.ArgumentParser(prog="ecabinet", description="Open the eCabinet desktop app.")
    parser.add_argument("--server", dest="server_url", default=None, help="server address (https://...)")
    parser.add_argument("--profile", default="default", help="separate local data and sign-in per profile")
    parser.add_argument("--language", choices=["en", "vi", "lo"], default=None, help="interface language")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser.parse_args(args)


def _seed_catalogs() -> None:
    """Copy the `.qm` catalogs built at build time into the cache folder under the names the app expects.

    `ecabinet.ui.translations.compile_catalog` names a compiled catalog by the hash of its `.ts` source and
    reuses one that is already there; the build stores each catalog under exactly that name in
    `i18n/compiled/`, so the copy is always a hit and `lrelease` (which the bundle does not carry) is never
    needed. A cache that cannot be written only costs the translations (English is shown), never the start.
    """
    from ecabinet.ui.paths import cache_dir, i18n_dir

    compiled = i18n_dir() / "compiled"
    if not compiled.is_dir():
        return
    target = cache_dir() / "i18n"
    try:
        target.mkdir(parents=True, exist_ok=True)
        for qm in compiled.glob("*.qm"):
            if not (target / qm.name).is_file():
                shutil.copyfile(qm, target / qm.name)
    except OSError as exc:
        log.warning("cannot place the translation catalogs in %s: %s", target, exc)


def _install_smoke_probe(report: Path) -> None:
    """Once the first screen shows (sign-in, or the server question), write what it says (and how long it
    took) to `report`, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ecabinet import __version__
    from ecabinet.ui.app import create_application
    from ecabinet.ui.first_run import ServerSetupPage
    from ecabinet.ui.sign_in_page import SignInPage
    from ecabinet.ui.style import register_bundled_fonts

    app = create_application()
    timer = QTimer(app)
    timer.setInterval(50)

    def probe() -> None:
        setup = [w for w in QApplication.allWidgets() if isinstance(w, ServerSetupPage) and w.isVisible()]
        pages = [w for w in QApplication.allWidgets() if isinstance(w, SignInPage) and w.isVisible()]
        if not pages and not setup:
            return
        timer.stop()
        data: dict[str, object] = {
            "seconds_to_first_screen": round(time.monotonic() - _STARTED, 3),
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            # The families the app registered from its own font files (not the system's).
            "bundled_fonts": register_bundled_fonts(),
        }
        if setup:  # first run, or the provisioning file is broken: the app asks which server
            data.update(
                screen="server_setup",
                title=setup[0].title_label.text(),
                server_address=setup[0].address_edit.text(),
                provisioning_problem=setup[0].provisioning_label.text()
                if setup[0].provisioning_label.isVisible()
                else "",
                button=setup[0].check_button.text(),
            )
        else:
            page = pages[0]
            data.update(
                screen="sign_in",
                title=page.form_title.text(),
                server_label=page.server_label.text(),
                server_address=page.server_edit.text(),
                button=page.sign_in_button.text(),
            )
        report.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        app.quit()

    timer.timeout.connect(probe)
    timer.start()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.version:
        from ecabinet import __version__

        print(f"ecabinet {__version__}")
        return 0
    logging.basicConfig(level=os.environ.get("ECABINET_LOG_LEVEL", "WARNING"))
    _seed_catalogs()

    report = os.environ.get("ECABINET_SMOKE_REPORT")
    if report:
        _install_smoke_probe(Path(report))

    from ecabinet.ui.app import run

    return run(server_url=args.server_url, profile=args.profile, language=args.language)


if __name__ == "__main__":
    # The page renderer runs in a spawned child process: in a frozen app that child starts this same binary.
    multiprocessing.freeze_support()
    sys.exit(main())
