"""Progress reporting and cancellation for long work.

Every long function takes ``progress=NULL_PROGRESS`` and ``cancel=NEVER`` so callers that do
not care pass nothing, and the GUI passes a reporter that forwards to a progress bar and a
token wired to its Cancel button.
"""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import BugError, Cancelled


@dataclass(frozen=True, slots=True)
class ProgressUpdate:
    """How far a task has got.

    Attributes:
        done: work finished so far, in ``unit``.
        total: all the work, when known.
        unit: what is counted (``"files"``, ``"seconds"`` of video ...).
        elapsed: seconds since the task started.
    """

    done: float
    total: float | None
    unit: str = "files"
    elapsed: float = 0.0

    def seconds_left(self) -> float | None:
        """Estimate the time left from the rate so far, or None when it cannot be known."""
        if self.total is None or self.done <= 0 or self.elapsed <= 0:
            return None
        rate = self.done / self.elapsed
        return max(0.0, (self.total - self.done) / rate)


Progress = Callable[[ProgressUpdate], None]


def _ignore_progress(update: ProgressUpdate) -> None:
    del update


NULL_PROGRESS: Progress = _ignore_progress


class ProgressTracker:
    """Counts work and forwards updates to a ``Progress``, at most every ``interval`` seconds.

    Throttling keeps a fast batch from flooding the GUI thread with signals; the last update
    (``finish``) is always delivered so the bar ends at 100%.
    """

    def __init__(
        self,
        progress: Progress,
        total: float | None = None,
        unit: str = "files",
        interval: float = 0.05,
    ) -> None:
        self._progress = progress
        self._total = total
        self._unit = unit
        self._interval = interval
        self._done = 0.0
        self._started = time.monotonic()
        self._last_sent = float("-inf")

    @property
    def done(self) -> float:
        """Work finished so far."""
        return self._done

    def set_total(self, total: float | None) -> None:
        """Change the expected total (it may be learned while working)."""
        self._total = total
        self._send(force=True)

    def set_done(self, done: float) -> None:
        """Record how much is done in all, reporting it if enough time has passed."""
        self._done = done
        self._send(force=False)

    def advance(self, amount: float = 1.0) -> None:
        """Record ``amount`` more work done, reporting it if enough time has passed."""
        self._done += amount
        self._send(force=False)

    def finish(self) -> None:
        """Report the final state whatever the throttle says."""
        self._send(force=True)

    def _send(self, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_sent < self._interval:
            return
        self._last_sent = now
        self._progress(ProgressUpdate(self._done, self._total, self._unit, now - self._started))


class CancelToken:
    """A flag the user's Cancel button sets and long work checks.

    Thread-safe: the GUI thread cancels while a worker thread checks.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop as soon as it can."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() has been called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise ``Cancelled`` if the user has cancelled."""
        if self._event.is_set():
            raise Cancelled("cancelled by the user")

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds, waking early on cancel; return whether cancelled."""
        return self._event.wait(timeout)


class _NeverCancelled(CancelToken):
    """The default token: nobody can cancel it, because it is shared by every caller."""

    def cancel(self) -> None:
        raise BugError("NEVER is shared by every caller and cannot be cancelled")


NEVER: CancelToken = _NeverCancelled()
