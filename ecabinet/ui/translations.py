"""Languages of the app (English, Vietnamese, Lao) and the Qt translators that provide them.

Our catalogs are Qt Linguist sources in `i18n/ecabinet_<lang>.ts`; `.qm` files are never committed but built
at run time with the `lrelease` that ships inside PySide6, into the cache folder (named by the hash of the
`.ts`, so an edited catalog is rebuilt and a stale one is never used). Qt's own `qtbase_<lang>` catalog is
installed as well, for the texts of standard dialogs, when Qt ships one for the language.

Regenerating the catalogs after changing user-visible strings in `ecabinet/ui` (keeps existing translations,
drops vanished ones; then translate the new entries, e.g. in `pyside6-linguist`)::

    .venv/bin/python -m ecabinet.ui.translations update
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ecabinet.ui.paths import bundle_root, cache_dir, i18n_dir

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: Final = ("en", "vi", "lo")
DEFAULT_LANGUAGE: Final = "en"
#: Each language named in itself: a person who cannot read the current language still finds their own.
LANGUAGE_NAMES: Final = {"en": "English", "vi": "Tiếng Việt", "lo": "ພາສາລາວ"}


def pick_language(requested: str | None, system_locale: QLocale | None = None) -> str:
    """The language to use: the requested one if we have it, else the system's, else English.

    Accepts locale names like `vi_VN` or `lo-LA`.
    """
    for candidate in (requested, (system_locale or QLocale.system()).name()):
        if candidate:
            code = candidate.replace("-", "_").split("_")[0].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def find_qt_tool(name: str) -> Path | None:
    """A Qt Linguist tool (`lrelease`, `lupdate`): the binary bundled in the PySide6 package, else on PATH."""
    import PySide6

    package_dir = Path(PySide6.__file__).parent
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (package_dir / f"{name}{suffix}", package_dir / "Qt" / "bin" / f"{name}{suffix}"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_catalog(ts_file: Path, out_dir: Path) -> Path | None:
    """Build `ts_file` into a `.qm` under `out_dir` (once per content), or None if that is impossible.

    Failing to build a catalog must not stop the app: it then speaks English, and the reason is logged.
    """
    try:
        digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    except OSError as exc:
        log.warning("cannot read translation source %s: %s", ts_file, exc)
        return None
    qm_file = out_dir / f"{ts_file.stem}.{digest}.qm"
    if qm_file.is_file():
        return qm_file
    lrelease = find_qt_tool("lrelease")
    if lrelease is None:
        log.warning("lrelease not found; cannot build %s", ts_file.name)
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_file = qm_file.with_name(f".{qm_file.name}.{os.getpid()}.tmp")
    try:
        subprocess.run(
            [str(lrelease), "-silent", str(ts_file), "-qm", str(tmp_file)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(tmp_file, qm_file)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("building %s failed: %s", ts_file.name, exc)
        tmp_file.unlink(missing_ok=True)
        return None
    return qm_file


class Translations:
    """The translators installed on the application; switching language replaces them.

    Installing or removing a translator makes Qt send a `LanguageChange` event to every widget, which our
    widgets answer by setting their texts again, so the language can change while the app runs.
    """

    def __init__(self, app: QCoreApplication, *, qm_dir: Path | None = None) -> None:
        self._app = app
        self._qm_dir = qm_dir or cache_dir() / "i18n"
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        """Use `language` (one of `SUPPORTED_LANGUAGES`) for every text and for dates and numbers."""
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        qt_translator = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            self._install(qt_translator)
        else:
            log.info("Qt ships no qtbase_%s catalog; standard dialogs stay in English", language)
        qm_file = compile_catalog(i18n_dir() / f"ecabinet_{language}.ts", self._qm_dir)
        if qm_file is not None:
            ours = QTranslator(self._app)
            if ours.load(str(qm_file)):
                self._install(ours)
            else:
                log.warning("cannot load %s", qm_file)
        # Qt posts the LanguageChange events; deliver them now so every text has changed on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def clear(self) -> None:
        """Remove every translator this object installed (the app falls back to the English source texts)."""
        while self._installed:
            translator = self._installed.pop()
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self.language = DEFAULT_LANGUAGE
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def update_catalogs(languages: Sequence[str] = SUPPORTED_LANGUAGES) -> None:
    """Run `lupdate` over `ecabinet/ui` into `i18n/ecabinet_<lang>.ts` (a developer task, not run by the app)."""
    lupdate = find_qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("lupdate not found: install PySide6-Essentials")
    root = bundle_root()
    ts_files = [str(i18n_dir() / f"ecabinet_{language}.ts") for language in languages]
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "en",
            str(root / "ecabinet" / "ui"),
            "-ts",
            *ts_files,
        ],
        check=True,
        cwd=root,
    )


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        raise SystemExit("usage: python -m ecabinet.ui.translations update")
    update_catalogs()
