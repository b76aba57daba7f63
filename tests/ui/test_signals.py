"""Emitting our signals with bool and int payloads many times neither loses one nor kills the interpreter.

Guards against PySide6 6.12.0 on Python 3.11, which aborts in `bool_dealloc` after a few thousand
`Signal.emit(bool)` calls (the reason pyproject pins PySide6 below 6.12 there). The loop runs once in a
child interpreter, so an abort is reported as a failed test instead of ending the test run, and once here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal

from ecabinet.ui.session import SessionController

EMITS = 10_000


class Counter(QObject):
    """Our own kind of signals: snake_case names, bool and int payloads."""

    enabled_changed = Signal(bool)
    count_changed = Signal(int)


CHILD = textwrap.dedent(
    f"""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Counter(QObject):
        enabled_changed = Signal(bool)
        count_changed = Signal(int)

    app = QCoreApplication([])
    counter = Counter()
    flags, numbers = [], []
    counter.enabled_changed.connect(flags.append)
    counter.count_changed.connect(numbers.append)
    for i in range({EMITS}):
        counter.enabled_changed.emit(i % 2 == 0)
        counter.count_changed.emit(i)
    assert len(flags) == {EMITS}, len(flags)
    assert flags[:4] == [True, False, True, False]
    assert numbers == list(range({EMITS}))
    print("survived", len(flags), len(numbers))
    """
)


def test_many_emits_in_a_child_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, f"child died ({result.returncode}):\n{result.stderr[-2000:]}"
    assert result.stdout.split() == ["survived", str(EMITS), str(EMITS)]


def test_many_emits_here(qapp) -> None:  # type: ignore[no-untyped-def]
    counter = Counter()
    flags: list[bool] = []
    numbers: list[int] = []
    counter.enabled_changed.connect(flags.append)
    counter.count_changed.connect(numbers.append)
    for i in range(EMITS):
        counter.enabled_changed.emit(i % 2 == 0)
        counter.count_changed.emit(i)
    assert len(flags) == EMITS
    assert flags.count(True) == EMITS // 2
    assert numbers == list(range(EMITS))


def test_controller_busy_signal_many_times(qapp) -> None:  # type: ignore[no-untyped-def]
    controller = SessionController()
    seen: list[bool] = []
    controller.busy_changed.connect(seen.append)
    for i in range(EMITS):
        controller.busy_changed.emit(i % 2 == 1)
    assert len(seen) == EMITS
    assert seen[-1] is True
    controller.shutdown()
