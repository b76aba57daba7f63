"""The idle timer: after a while without touch, mouse or keyboard input the window locks the session.

An event filter on the QApplication sees every input event of every window; each one restarts a single-shot
timer, whose `timeout` becomes `idle`. Only real input counts (not repaints, timers or network replies), so a
running sync or a rendering page never keeps an unattended tablet open.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

#: Minutes of no input before the session locks (when a PIN is set). Tests set a short `timeout_ms`.
IDLE_TIMEOUT_MS: Final = 5 * 60 * 1000

_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.Gesture,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once `timeout_ms` pass without user input; any input starts the wait again."""

    idle = Signal()

    def __init__(self, timeout_ms: int = IDLE_TIMEOUT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._app: QCoreApplication | None = None

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @timeout_ms.setter
    def timeout_ms(self, value: int) -> None:
        self._timer.setInterval(max(1, value))
        if self._timer.isActive():
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._app is not None

    def start(self) -> None:
        """Watch the application's input (again) and start the wait."""
        app = QCoreApplication.instance()
        if app is not None and self._app is None:
            app.installEventFilter(self)
            self._app = app
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (signed out, or already locked)."""
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def poke(self) -> None:
        """Count as input: the wait starts again."""
        if self._app is not None:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.poke()
        return False
