"""Run a function over many items in worker processes, in order, and stop on request.

``multiprocessing.Pool`` hangs for ever when a worker dies in the middle of a task, which a
hostile file can cause by crashing an image decoder, and it cannot stop a task that is
already running. This small pool gives each worker its own pipe and knows what every worker
is doing, so that:

* results come back in the order of the items, with at most ``window`` items in flight
  (memory stays bounded however many items there are);
* a worker that crashes or exceeds the time limit costs one failure result for its item, and
  a fresh worker takes its place;
* cancelling terminates the workers at once, even in the middle of a long decode;
* workers that finish a batch wait, idle, for ``KEEP_ALIVE`` seconds, so the next batch does
  not pay again for starting Python and importing the decoders (a few tenths of a second per
  worker, as much as hashing a dozen photos); ``prestart`` starts them before they are
  needed, and ``stop_idle_workers`` ends them at once.

Workers are started with the "spawn" method on every platform: forking a process that runs
Qt is unsafe, and Windows and macOS spawn anyway. A worker imports only the module of the
function it runs (never Qt). Tasks and results travel through one-way pipes (``os.pipe`` on
POSIX), never sockets: only the network module opens sockets.
"""

import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from app.core.progress import NEVER, CancelToken, ProgressTracker, ProgressUpdate

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Environment variables that size the thread pools of numpy's BLAS and of OpenMP.
_THREAD_POOL_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
#: How often the pool looks at the cancel token while waiting (seconds).
POLL_INTERVAL = 0.05
_STOP_GRACE = 1.0
#: How long a worker with nothing to do waits for the next batch before it ends (seconds).
KEEP_ALIVE = 120.0


class _ProgressChannel:
    """Inside a worker: where a running task reports how far it has got."""

    def __init__(self, results: Connection) -> None:
        self._results = results
        self.task_id = -1
        self._last = 0.0

    def report(self, fraction: float) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL:
            self._last = now
            self._results.send((self.task_id, "progress", min(1.0, max(0.0, fraction))))


_channel: _ProgressChannel | None = None
_rest_hooks: list[Callable[[], None]] = []


def when_resting(hook: Callable[[], None]) -> None:
    """Inside a worker: call ``hook`` when a batch ends and the worker waits for the next.

    For what tasks keep open between items (an archive whose members come in a row): a
    waiting worker must not hold the user's files open, nor read a stale copy of a file
    that changed before the next batch.
    """
    _rest_hooks.append(hook)


def _rest() -> None:
    for hook in _rest_hooks:
        try:
            hook()
        except Exception:  # noqa: BLE001 - one failing hook must not keep the others
            continue


_PROGRESS_INTERVAL = 0.1


def report_fraction(fraction: float) -> None:
    """From inside a task: how much of it is done (0 to 1). Does nothing outside a worker.

    Progress also tells the pool the task is alive, so a long video is not mistaken for a
    hung decoder.
    """
    if _channel is not None:
        _channel.report(fraction)


def report_progress(update: ProgressUpdate) -> None:
    """A task's own ``Progress`` callback, passed on from inside a worker as a fraction."""
    if update.total:
        report_fraction(update.done / update.total)


class TaskFractions:
    """Tasks finished, plus the fractions running tasks report, for one progress bar.

    Give ``on_progress`` to ``map_in_workers`` and call ``finished`` for each result: a long
    task (a video) then moves the bar before it is done.
    """

    def __init__(self, tracker: ProgressTracker) -> None:
        self._tracker = tracker
        self._partial: dict[int, float] = {}
        self._finished = 0

    def on_progress(self, position: int, fraction: float) -> None:
        """The task at ``position`` reports how much of it is done."""
        self._partial[position] = fraction
        self._update()

    def finished(self, position: int) -> None:
        """The task at ``position`` has yielded its result."""
        self._partial.pop(position, None)
        self._finished += 1
        self._update()

    def _update(self) -> None:
        self._tracker.set_done(self._finished + sum(self._partial.values()))


def _worker_main(tasks: Connection, results: Connection) -> None:
    """A worker's life: take ("use", function) and ("task", id, item) messages until None."""
    global _channel  # noqa: PLW0603 - one channel per worker process, set once at its start
    # Ctrl-C in a terminal reaches the whole process group; only the parent should react.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _channel = _ProgressChannel(results)
    function: Callable[[object], object] | None = None
    while True:
        try:
            message = tasks.recv()
        except (EOFError, OSError):  # the parent has gone
            return
        if message is None:
            return
        if message[0] == "use":
            function = message[1]
            continue
        if message[0] == "rest":
            function = None  # the batch's data (a scan's references) is not kept
            _rest()
            continue
        _, task_id, item = message
        _channel.task_id = task_id
        try:
            assert function is not None
            outcome: tuple[int, str, object] = (task_id, "done", function(item))
        except Exception as exc:  # noqa: BLE001 - reported to the parent as a failed item
            outcome = (task_id, "failed", type(exc).__name__)
        results.send(outcome)


@dataclass
class _Worker(Generic[Item]):
    process: BaseProcess
    tasks: Connection
    results: Connection
    task: tuple[int, Item] | None = None
    started: float = field(default=0.0)
    #: The function this worker was last told to use (it keeps it between tasks).
    function: object = None
    #: When an idle worker ends if no batch takes it (``time.monotonic``).
    idle_until: float = 0.0


def _start_worker(context: Any) -> "_Worker[Any]":
    # Workers inherit the environment when they start: their numerical libraries must each
    # keep to one thread (there is already one worker per core, and the small matrix
    # products of hashing run several times slower when spread over threads).
    for variable in _THREAD_POOL_VARIABLES:
        os.environ.setdefault(variable, "1")
    task_reader, task_writer = context.Pipe(duplex=False)
    result_reader, result_writer = context.Pipe(duplex=False)
    process = context.Process(target=_worker_main, args=(task_reader, result_writer), daemon=True)
    process.start()
    task_reader.close()
    result_writer.close()
    return _Worker(process, task_writer, result_reader)


def _tell_function(worker: "_Worker[Any]", function: object) -> None:
    if worker.function is not function:
        worker.tasks.send(("use", function))
        worker.function = function


class _IdleWorkers:
    """Workers between batches, each ending ``KEEP_ALIVE`` seconds after its last one.

    Batches may run in several threads at once (the window runs them off its own thread),
    so every access holds a lock. A daemon thread ends workers whose time is up.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._workers: list[_Worker[Any]] = []
        self._reaper: threading.Thread | None = None

    def take(self) -> "_Worker[Any] | None":
        """A live idle worker, or None."""
        while True:
            with self._condition:
                if not self._workers:
                    return None
                worker = self._workers.pop()
            if worker.process.is_alive():
                return worker
            _kill(worker)

    def keep(self, worker: "_Worker[Any]") -> None:
        """Keep a worker that has no task for the next batch (or end it if enough wait)."""
        with self._condition:
            if len(self._workers) < available_cores():
                worker.idle_until = time.monotonic() + KEEP_ALIVE
                self._workers.append(worker)
                self._wake_reaper()
                return
        _kill(worker)

    @property
    def count(self) -> int:
        with self._condition:
            return len(self._workers)

    def stop_all(self) -> None:
        with self._condition:
            workers, self._workers = self._workers, []
        for worker in workers:
            _kill(worker)

    def _wake_reaper(self) -> None:
        if self._reaper is None or not self._reaper.is_alive():
            self._reaper = threading.Thread(
                target=self._reap, name="stillmine-idle-workers", daemon=True
            )
            self._reaper.start()
        self._condition.notify_all()

    def _reap(self) -> None:
        while True:
            with self._condition:
                if not self._workers:
                    self._reaper = None
                    return
                now = time.monotonic()
                expired = [w for w in self._workers if w.idle_until <= now]
                self._workers = [w for w in self._workers if w.idle_until > now]
                if not expired:
                    self._condition.wait(min(w.idle_until for w in self._workers) - now)
            for worker in expired:
                _kill(worker)


_idle = _IdleWorkers()


def available_cores() -> int:
    """CPU cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def prestart(function: Callable[[Item], Any], count: int) -> None:
    """Start workers for ``function`` now, so a batch that comes soon starts at full speed.

    The workers import the function's module while the user is still choosing files. Call
    it from where the user is about to start a batch: it only starts the processes (about
    6 ms each here) and does not wait for them to be ready.
    """
    context = multiprocessing.get_context("spawn")
    wanted = min(count, available_cores()) - _idle.count
    for _ in range(max(0, wanted)):
        worker = _start_worker(context)
        try:
            _tell_function(worker, function)
        except (OSError, ValueError):
            _kill(worker)
            continue
        _idle.keep(worker)


def stop_idle_workers() -> None:
    """End every worker that waits for a batch (on quitting, or to free their memory)."""
    _idle.stop_all()


def idle_worker_count() -> int:
    """How many workers wait for the next batch."""
    return _idle.count


class _Pool(Generic[Item, Result]):
    def __init__(
        self,
        function: Callable[[Item], Result],
        on_failure: Callable[[Item, str], Result],
        size: int,
        task_timeout: float | None,
        on_progress: Callable[[int, float], None] | None,
    ) -> None:
        self._function = function
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._size = size
        self._task_timeout = task_timeout
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker[Item]] = []
        self.done: dict[int, Result] = {}

    def idle_worker(self) -> _Worker[Item] | None:
        for worker in self._workers:
            if worker.task is None:
                return worker
        if len(self._workers) < self._size:
            worker = _idle.take() or _start_worker(self._context)
            self._workers.append(worker)
            return worker
        return None

    def dispatch(self, worker: _Worker[Item], task_id: int, item: Item) -> None:
        worker.task = (task_id, item)
        worker.started = time.monotonic()
        try:
            _tell_function(worker, self._function)
            worker.tasks.send(("task", task_id, item))
        except (OSError, ValueError):
            self._replace(worker, "crashed")

    @property
    def busy(self) -> bool:
        return any(worker.task is not None for worker in self._workers)

    def collect(self, timeout: float) -> None:
        """Wait up to ``timeout`` for results, crashes or time-outs, and record them."""
        busy = [worker for worker in self._workers if worker.task is not None]
        if not busy:
            return
        waitables: list[Connection | int] = [w.results for w in busy]
        waitables += [w.process.sentinel for w in busy]
        ready = set(multiprocessing.connection.wait(waitables, timeout))
        for worker in busy:
            if worker.results in ready:
                self._receive(worker)
            elif worker.process.sentinel in ready:
                self._replace(worker, "crashed")
            elif self._timed_out(worker):
                self._replace(worker, "timed out")

    def _timed_out(self, worker: _Worker[Item]) -> bool:
        limit = self._task_timeout
        return limit is not None and time.monotonic() - worker.started > limit

    def _receive(self, worker: _Worker[Item]) -> None:
        try:
            task_id, kind, value = worker.results.recv()
        except (EOFError, OSError):
            self._replace(worker, "crashed")
            return
        if kind == "progress":
            worker.started = time.monotonic()  # alive: the time limit counts from here
            if self._on_progress is not None:
                self._on_progress(task_id, float(value))
            return
        assert worker.task is not None
        item = worker.task[1]
        self.done[task_id] = value if kind == "done" else self._on_failure(item, "failed")
        worker.task = None

    def _replace(self, worker: _Worker[Item], reason: str) -> None:
        if worker.task is not None:
            task_id, item = worker.task
            self.done[task_id] = self._on_failure(item, reason)
        _kill(worker)
        self._workers.remove(worker)

    def close(self, *, graceful: bool) -> None:
        """End the batch: idle workers wait for the next one, busy ones are stopped.

        After a cancel every worker is stopped: the user asked for the work to stop, and
        stopping is what gives the processor back at once.
        """
        for worker in self._workers:
            if graceful and worker.task is None and _send_to_rest(worker):
                _idle.keep(worker)
            else:
                _kill(worker)
        self._workers.clear()


def _send_to_rest(worker: "_Worker[Any]") -> bool:
    """Tell a worker its batch is over; False if it cannot be told (it has gone)."""
    if not worker.process.is_alive():
        return False
    try:
        worker.tasks.send(("rest",))
    except (OSError, ValueError):
        return False
    worker.function = None
    return True


def _kill(worker: "_Worker[Any]") -> None:
    process = worker.process
    if process.is_alive():
        process.terminate()
        process.join(_STOP_GRACE)
        if process.is_alive():
            process.kill()
            process.join()
    worker.tasks.close()
    worker.results.close()
    process.close()


def map_in_workers(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    workers: int,
    on_failure: Callable[[Item, str], Result],
    cancel: CancelToken = NEVER,
    window: int | None = None,
    task_timeout: float | None = 120.0,
    on_progress: Callable[[int, float], None] | None = None,
) -> Iterator[Result]:
    """Yield ``function(item)`` for every item, in order, computed in worker processes.

    Args:
        function: a module-level function (it is pickled by name).
        items: consumed lazily, never more than ``window`` ahead of what was yielded.
        workers: the number of worker processes (at least 1).
        on_failure: makes the result for an item whose worker crashed, timed out or raised
            (the second argument says which: "crashed", "timed out" or "failed").
        cancel: checked at least every ``POLL_INTERVAL`` seconds; cancelling terminates the
            workers and raises ``Cancelled``.
        window: the most items in flight or waiting to be yielded (default 4 per worker).
        task_timeout: seconds an item may go without finishing or reporting progress before
            its worker is replaced.
        on_progress: receives (the item's position, fraction done) for items that report it
            with ``report_fraction``.

    Raises:
        Cancelled: when ``cancel`` is set.
    """
    size = max(1, workers)
    limit = window if window is not None else 4 * size
    pool: _Pool[Item, Result] = _Pool(function, on_failure, size, task_timeout, on_progress)
    feed = _Feed(iter(items))
    next_id = next_to_yield = 0
    graceful = False
    try:
        while True:
            cancel.raise_if_cancelled()
            # Take an item before starting a worker for it, so no process starts for nothing.
            while next_id - next_to_yield < limit and feed.peek():
                worker = pool.idle_worker()
                if worker is None:
                    break
                pool.dispatch(worker, next_id, feed.take())
                next_id += 1
            if next_to_yield in pool.done:
                yield pool.done.pop(next_to_yield)
                next_to_yield += 1
                continue
            if next_to_yield == next_id and not feed.peek():
                graceful = True
                return
            pool.collect(POLL_INTERVAL)
    finally:
        pool.close(graceful=graceful)


class _Feed(Generic[Item]):
    """An iterator with one item of look-ahead."""

    def __init__(self, source: Iterator[Item]) -> None:
        self._source = source
        self._staged: list[Item] = []

    def peek(self) -> bool:
        """Whether another item is available (fetching it if need be)."""
        if not self._staged:
            try:
                self._staged.append(next(self._source))
            except StopIteration:
                return False
        return True

    def take(self) -> Item:
        """Hand over the staged item."""
        return self._staged.pop()
