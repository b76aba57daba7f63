"""An unexpected error: a calm dialog, a report without content or secrets, and the app goes on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ecabinet.ui.crash import KEEP_REPORTS, CrashReporter, write_report

SECRET = "Confidential: the budget cut is 12 percent; passphrase hunter2"


@pytest.fixture
def reporter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CrashReporter:
    monkeypatch.setenv("ECABINET_LOG_DIR", str(tmp_path / "logs"))
    crashes = CrashReporter()
    crashes.install()
    yield crashes
    crashes.uninstall()


def test_an_error_in_a_button_is_reported_without_its_message_and_the_app_goes_on(
    qtbot: QtBot, reporter: CrashReporter, tmp_path: Path
) -> None:
    button = QPushButton("Open")
    qtbot.addWidget(button)
    clicks: list[int] = []

    def broken() -> None:
        clicks.append(1)
        raise ValueError(SECRET)

    button.clicked.connect(broken)
    with qtbot.captureExceptions():  # pytest-qt would otherwise fail the test on the slot's exception itself
        reporter.install()  # pytest-qt's capture replaced the hook: ours is the app's
        button.click()
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000)
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "in broken" in text and "test_crash.py" in text
    assert "12 percent" not in text and "hunter2" not in text and str(Path.home()) not in text
    assert "safe" in reporter.dialog.text() and str(reports[0]) in reporter.dialog.informativeText()
    # A second error while the dialog is open: one dialog, two reports; the button still works.
    with qtbot.captureExceptions():
        reporter.install()
        button.click()
        qtbot.wait(50)
    assert len(clicks) == 2 and len(list((tmp_path / "logs").glob("crash-*.txt"))) == 2
    reporter.dialog.accept()
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_an_error_in_a_worker_thread_reaches_the_dialog(qtbot: QtBot, reporter: CrashReporter, tmp_path: Path) -> None:
    def work() -> None:
        raise RuntimeError(SECRET)

    thread = threading.Thread(target=work, name="sync-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5_000)
    text = next((tmp_path / "logs").glob("crash-*.txt")).read_text(encoding="utf-8")
    assert "thread: sync-worker" in text and "RuntimeError" in text and "budget" not in text
    QTimer.singleShot(0, reporter.dialog.accept)


def test_old_reports_are_pruned(tmp_path: Path) -> None:
    for _ in range(KEEP_REPORTS + 5):
        write_report("x", tmp_path)
    assert len(list(tmp_path.glob("crash-*.txt"))) == KEEP_REPORTS
