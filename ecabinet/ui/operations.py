"""Run slow work (network, disk) off the GUI thread and hand the outcome back as Qt signals.

The pattern of Anki's `aqt/operations`: a widget never waits; it starts an operation and reacts to
`succeeded` or `failed`, which Qt delivers in the GUI thread (the signals object lives there and the work
emits from a pool thread, so the connection is queued).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class OperationSignals(QObject):
    """The outcome of one operation: exactly one of `succeeded(result)` or `failed(exception)` is emitted."""

    succeeded = Signal(object)
    failed = Signal(object)


class Operation(QRunnable):
    """A callable run once on a thread pool; create it in the GUI thread so its signals are delivered there."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        # Python keeps this object (and so the signals) alive through `BackgroundRunner._running`; Qt must
        # not delete the C++ side under it.
        self.setAutoDelete(False)
        self.signals = OperationSignals()
        self._work = work

    def run(self) -> None:  # called by QThreadPool in a worker thread
        try:
            result = self._work()
        except Exception as exc:  # every failure must reach the GUI as a signal
            log.debug("operation failed: %r", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self._work = _done


def _done() -> None:
    raise RuntimeError("operation already ran")


class BackgroundRunner(QObject):
    """Starts operations on its own thread pool and keeps them alive until their outcome is delivered."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Operation] = set()

    def start(
        self,
        work: Callable[[], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Operation:
        """Run `work()` in the background; call `on_success(result)` or `on_failure(exc)` in the GUI thread."""
        operation = Operation(work)
        operation.signals.succeeded.connect(on_success)
        operation.signals.failed.connect(on_failure)
        operation.signals.succeeded.connect(lambda _result: self._running.discard(operation))
        operation.signals.failed.connect(lambda _exc: self._running.discard(operation))
        self._running.add(operation)
        self._pool.start(operation)
        return operation

    @property
    def active_count(self) -> int:
        """Operations started whose outcome was not delivered yet."""
        return len(self._running)

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool's threads are idle (at shutdown and in tests); True if they all finished."""
        return self._pool.waitForDone(timeout_ms)
