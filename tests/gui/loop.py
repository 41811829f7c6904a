"""Event-loop tools for scripts that run the app without pytest-qt (screenshots, benchmarks)
and for measuring how responsive the window stays."""

import time
from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, Qt, QTimer


def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Run the event loop until ``condition`` holds."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the app did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def settle(milliseconds: int = 100) -> None:
    """Run the event loop for a while, so that layouts (and scroll bars) settle."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


class GapMeter(QObject):
    """Records the gaps between ticks of a 10 ms timer on the GUI thread.

    A gap much longer than 10 ms means the window could not react for that long.
    """

    INTERVAL_MS = 10

    def __init__(self) -> None:
        super().__init__()
        self.gaps_ms: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    @property
    def longest_ms(self) -> float:
        """The longest gap seen."""
        return max(self.gaps_ms, default=0.0)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        self._last = now

    def stop(self) -> None:
        """Stop measuring."""
        self._timer.stop()
