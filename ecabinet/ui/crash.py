"""Unexpected errors: a calm dialog, a report for the IT office, and the app keeps running.

PySide6 hands an exception raised in a slot to `sys.excepthook` and goes on with the event loop, so one
broken button does not take a minister's open packet down with it. What the report keeps is what a developer
needs and nothing a minister would mind a technician reading: the kind of error, where in the code (file, line,
function), the app, Python, Qt and OS versions. Not the exception's message, not local variables: either can
hold a sentence of a confidential paper, a token or a passphrase.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, QTimer, Signal, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ecabinet import __version__

log = logging.getLogger(__name__)

LOG_DIR_ENV = "ECABINET_LOG_DIR"
#: Reports kept in the folder; older ones are removed so a loop of errors cannot fill the disk.
KEEP_REPORTS = 20


def log_dir() -> Path:
    """Where crash reports go (`$ECABINET_LOG_DIR` overrides; tests and the IT office's own layout)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("ecabinet", appauthor=False))


def report_text(kind: type[BaseException], tb: TracebackType | None, *, thread: str) -> str:
    """The report: versions and the stack as (file, line, function) only."""
    lines = [
        f"eCabinet {__version__} crash report",
        f"time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"python: {platform.python_version()}  qt: {qVersion()}  os: {platform.platform()}",
        f"frozen: {bool(getattr(sys, 'frozen', False))}  thread: {thread}",
        f"error: {kind.__module__}.{kind.__qualname__}",
        "stack (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _short_path(filename: str) -> str:
    """From the package down (`ecabinet/ui/...`), so a report does not carry the user's home folder name."""
    parts = Path(filename).parts
    for marker in ("ecabinet", "site-packages"):
        if marker in parts:
            return "/".join(parts[parts.index(marker) :])
    return Path(filename).name


def write_report(text: str, folder: Path | None = None) -> Path:
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S-%f')}.txt"
    path.write_text(text, encoding="utf-8")
    for old in sorted(folder.glob("crash-*.txt"))[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)
    return path


class CrashReporter(QObject):
    """Installed once by the app: catches what nothing else caught (GUI thread and worker threads)."""

    reported = Signal(str)  # the report's path, in the GUI thread

    def __init__(self, parent_window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.dialog: QMessageBox | None = None
        self.reported.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        self._record(kind, tb, thread=threading.current_thread().name)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        thread = args.thread.name if args.thread is not None else "?"
        self._record(args.exc_type, args.exc_traceback, thread=thread)

    def _record(self, kind: type[BaseException], tb: TracebackType | None, *, thread: str) -> None:
        text = report_text(kind, tb, thread=thread)
        try:
            path = str(write_report(text))
        except OSError as error:
            log.error("could not write a crash report: %s\n%s", error, text)
            path = ""
        log.error("unexpected error (%s)\n%s", path or "no report written", text)
        self.reported.emit(path)  # queued to the GUI thread when raised elsewhere

    def _show(self, path: str) -> None:
        if QApplication.instance() is None or self.dialog is not None:
            return  # one dialog at a time: a burst of the same error is one message
        text = self.tr(
            "Something unexpected happened in eCabinet. What you were doing may not have finished, but your "
            "documents, notes and votes on this device are safe, and you can go on working."
        )
        details = (
            self.tr("A report without any document content was saved for the IT office:") + "\n" + path if path else ""
        )
        title = QApplication.applicationDisplayName() or "eCabinet"  # the product's name, not translated
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._parent_window())
        box.setInformativeText(details)
        box.setObjectName("crashDialog")
        self.dialog = box

        def closed() -> None:
            self.dialog = None
            box.deleteLater()

        box.finished.connect(closed)
        QTimer.singleShot(0, box.open)
