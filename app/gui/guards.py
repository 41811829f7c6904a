"""Application-wide watchers: the double-Esc quick exit and the idle auto-lock.

Both are event filters on the whole application, so they work whatever window or dialog
has the keyboard. They only watch; a single Esc still reaches the dialog it was meant for.
"""

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow

#: Two Esc presses at most this far apart (seconds) mean "quick exit".
DOUBLE_ESC_SECONDS: Final = 1.0

_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class QuickExitWatcher(QObject):
    """Emits ``triggered`` when Esc is pressed twice within ``DOUBLE_ESC_SECONDS``.

    Key presses are counted where they enter the application, at the window: Qt then passes
    the same press on to the focused widget and its parents, and counting those too would
    turn one press into several.
    """

    triggered = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_press = float("-inf")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWindow)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
        ):
            now = self._clock()
            if now - self._last_press <= DOUBLE_ESC_SECONDS:
                self._last_press = float("-inf")
                self.triggered.emit()
                return True
            self._last_press = now
        return False


class IdleWatcher(QObject):
    """Emits ``idle`` after a stretch of time without keyboard, mouse or touch input.

    Signals:
        idle: nobody has used StillMine for the configured time.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def start(self, milliseconds: int) -> None:
        """Start (or restart) watching, with the given idle time."""
        self._timer.start(milliseconds)

    def stop(self) -> None:
        """Stop watching (the case is locked or closed)."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        """Whether the idle time is being counted."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._timer.start()  # any use starts the count again
        return False
