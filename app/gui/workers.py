"""Run core functions on a thread pool and bring their results back to the window by signal.

This is the one way StillMine does background work (architecture.md, habit 3): the window
calls ``TaskRunner.run_in_pool(work, on_success=..., on_error=...)``; ``work`` runs on a
``QThreadPool`` thread with a ``Job`` that carries its cancel token, a progress reporter and
a way to hand over partial results. Callbacks always run on the GUI thread, through queued
signals; workers never touch widgets, and nothing polls for results.

Partial results are handed over in batches (at most every ``BATCH_SECONDS``, and whenever
progress is reported), so a thousand quick results cost the window a few dozen signals, not
a thousand.
"""

import threading
import time
from collections.abc import Callable
from typing import Any, Final, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from shiboken6 import isValid

from app.core.errors import Cancelled
from app.core.progress import CancelToken, ProgressUpdate

Result = TypeVar("Result")

#: The longest time a partial result waits before it is handed to the window.
BATCH_SECONDS: Final = 0.1
#: Threads for background work: fingerprinting, saving and previews can run side by side.
POOL_THREADS: Final = 4


class Job:
    """What a background function receives: its cancel token, progress and partial results.

    Used from the worker thread only. ``progress`` has the signature of
    ``app.core.progress.Progress``, so it can be passed straight to core functions.
    """

    def __init__(self, signals: "_TaskSignals", cancel: CancelToken) -> None:
        self.cancel = cancel
        self._signals = signals
        self._lock = threading.Lock()
        self._pending: list[Any] = []
        self._last_flush = time.monotonic()

    def progress(self, update: ProgressUpdate) -> None:
        """Report progress (partial results waiting so far are handed over first)."""
        self.flush()
        self._signals.progressed.emit(update)

    def emit(self, item: object) -> None:
        """Hand a partial result to the window (batched)."""
        with self._lock:
            self._pending.append(item)
            due = time.monotonic() - self._last_flush >= BATCH_SECONDS
        if due:
            self.flush()

    def flush(self) -> None:
        """Hand over every partial result waiting, now."""
        with self._lock:
            batch, self._pending = self._pending, []
            self._last_flush = time.monotonic()
        if batch:
            self._signals.produced.emit(batch)


class _TaskSignals(QObject):
    """Signals emitted from the worker thread; they live on the GUI thread (in their task)."""

    progressed = Signal(object)
    produced = Signal(list)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Job], Any], job: Job, signals: _TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._job = job
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._job)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the window
            self._job.flush()
            self._signals.failed.emit(error)
            return
        self._job.flush()
        self._signals.succeeded.emit(result)


class Task(QObject, Generic[Result]):
    """One background call in flight. Its callbacks run on the GUI thread.

    Signals:
        finished: emitted once, after the success, error or cancel callback.
    """

    finished = Signal()

    def __init__(
        self,
        *,
        on_success: Callable[[Result], None] | None,
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[ProgressUpdate], None] | None,
        on_items: Callable[[list[Any]], None] | None,
        on_cancelled: Callable[[], None] | None,
        owner: QObject | None,
        parent: QObject,
    ) -> None:
        # Owned by the runner and deleted by Qt once finished: the worker thread may hold
        # the last Python reference, and a Qt object must not be deleted on that thread.
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self.signals = _TaskSignals(self)
        self._on_success = on_success
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_items = on_items
        self._on_cancelled = on_cancelled
        self._owner = owner
        self.running = True
        # Queued explicitly: the worker thread emits, these slots must run on the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.progressed.connect(self._progressed, queued)
        self.signals.produced.connect(self._produced, queued)
        self.signals.succeeded.connect(self._succeeded, queued)
        self.signals.failed.connect(self._failed, queued)

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel`` was called."""
        return self.cancel_token.cancelled

    def cancel(self) -> None:
        """Ask the work to stop; progress reports stop at once, the work ends soon after."""
        self.cancel_token.cancel()

    def _owner_alive(self) -> bool:
        # The window that asked may have been closed and deleted while the work ran.
        return self._owner is None or isValid(self._owner)

    @Slot(object)
    def _progressed(self, update: ProgressUpdate) -> None:
        if self._on_progress is not None and not self.cancelled and self._owner_alive():
            self._on_progress(update)

    @Slot(list)
    def _produced(self, batch: list[Any]) -> None:
        # Partial results are kept even after a cancel: they describe work already done.
        if self._on_items is not None and self._owner_alive():
            self._on_items(batch)

    @Slot(object)
    def _succeeded(self, result: Result) -> None:
        self.running = False
        if self._on_success is not None and self._owner_alive():
            self._on_success(result)
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.running = False
        if not self._owner_alive():
            pass
        elif isinstance(error, Cancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
        else:
            self._on_error(error)
        self.finished.emit()


class TaskRunner(QObject):
    """Runs background work on its own thread pool and knows what is still running.

    Signals:
        idle: emitted when the last running task has finished.
    """

    idle = Signal()

    def __init__(self, threads: int = POOL_THREADS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._tasks: set[Task[Any]] = set()

    def run_in_pool(
        self,
        work: Callable[[Job], Result],
        *,
        owner: QObject | None,
        on_success: Callable[[Result], None] | None = None,
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[ProgressUpdate], None] | None = None,
        on_items: Callable[[list[Any]], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[Result]:
        """Start ``work(job)`` on the pool.

        Args:
            work: runs on a pool thread; must not touch widgets. Raise ``Cancelled`` (or let
                a core function raise it) to end early when ``job.cancel`` is set.
            owner: the window (or other object) the callbacks belong to; if it has been
                deleted by the time results arrive, they are dropped. None: always called.
            on_success: receives the return value.
            on_error: receives any exception except ``Cancelled`` (usually ``show_error``).
            on_progress: receives each ``ProgressUpdate`` until the task is cancelled.
            on_items: receives batches of what ``job.emit`` handed over.
            on_cancelled: called instead of ``on_error`` when the work raised ``Cancelled``.

        Returns:
            The task: cancel it, or connect to its ``finished`` signal.
        """
        task: Task[Result] = Task(
            on_success=on_success,
            on_error=on_error,
            on_progress=on_progress,
            on_items=on_items,
            on_cancelled=on_cancelled,
            owner=owner,
            parent=self,
        )
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        self._pool.start(_Runnable(work, Job(task.signals, task.cancel_token), task.signals))
        return task

    @property
    def busy(self) -> bool:
        """Whether any task is still running."""
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Ask every running task to stop."""
        for task in list(self._tasks):
            task.cancel()

    def wait_for_threads(self, milliseconds: int) -> bool:
        """Block until the pool's threads are done (at shutdown only); True if they are."""
        return bool(self._pool.waitForDone(milliseconds))

    def _forget(self, task: "Task[Any]") -> None:
        self._tasks.discard(task)
        task.deleteLater()
        if not self._tasks:
            self.idle.emit()
