"""The worker-process pool: order, bounded look-ahead, crashes, time-outs and cancelling."""

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Generator, Iterator

import pytest

from app.core import procpool
from app.core.errors import Cancelled
from app.core.procpool import idle_worker_count, map_in_workers, prestart, stop_idle_workers
from app.core.progress import CancelToken
from tests.conftest import ROOT
from tests.core import workerfuncs


def test_results_come_back_in_order() -> None:
    results = list(
        map_in_workers(workerfuncs.square, range(40), workers=2, on_failure=workerfuncs.failure)
    )
    assert results == [value * value for value in range(40)]


def test_an_empty_input_starts_nothing() -> None:
    assert (
        list(map_in_workers(workerfuncs.square, [], workers=2, on_failure=workerfuncs.failure))
        == []
    )


def test_items_are_consumed_lazily_within_the_window() -> None:
    consumed = []

    def source() -> Iterator[int]:
        for value in range(1000):
            consumed.append(value)
            yield value

    results = map_in_workers(
        workerfuncs.square, source(), workers=2, on_failure=workerfuncs.failure, window=8
    )
    assert next(results) == 0
    assert len(consumed) <= 8 + 1
    assert isinstance(results, Generator)
    results.close()


def test_a_crashing_worker_costs_one_item_and_is_replaced() -> None:
    results = list(
        map_in_workers(
            workerfuncs.crash_on_three, range(8), workers=2, on_failure=workerfuncs.failure
        )
    )
    assert results == [0, 1, 2, "3 crashed", 4, 5, 6, 7]


def test_an_exception_in_the_function_becomes_a_failure() -> None:
    results = list(
        map_in_workers(
            workerfuncs.raise_on_two, range(4), workers=1, on_failure=workerfuncs.failure
        )
    )
    assert results == [0, 1, "2 failed", 3]


def test_a_task_that_takes_too_long_is_stopped() -> None:
    started = time.monotonic()
    results = list(
        map_in_workers(
            workerfuncs.sleep_on_one,
            range(3),
            workers=2,
            on_failure=workerfuncs.failure,
            task_timeout=2.0,
        )
    )
    assert results == [0, "1 timed out", 2]
    assert time.monotonic() - started < 20


def test_progress_reaches_the_parent_and_keeps_a_long_task_alive() -> None:
    seen: list[tuple[int, float]] = []
    results = list(
        map_in_workers(
            workerfuncs.slow_with_progress,
            [7],
            workers=1,
            on_failure=workerfuncs.failure,
            task_timeout=1.0,  # the task takes 2.4 s, but keeps saying it is alive
            on_progress=lambda position, fraction: seen.append((position, fraction)),
        )
    )
    assert results == [7]
    fractions = [fraction for _position, fraction in seen]
    assert len(fractions) >= 5
    assert fractions == sorted(fractions)
    assert fractions[-1] > 0.8
    assert {position for position, _ in seen} == {0}


def run_cancelled_after(seconds: float, workers: int) -> None:
    """A batch whose task 1 sleeps long, cancelled ``seconds`` after it starts."""
    cancel = CancelToken()
    threading.Timer(seconds, cancel.cancel).start()
    with pytest.raises(Cancelled):
        list(
            map_in_workers(
                workerfuncs.sleep_on_one,
                range(3),
                workers=workers,
                on_failure=workerfuncs.failure,
                cancel=cancel,
            )
        )


def test_cancel_stops_a_running_task_at_once() -> None:
    started = time.monotonic()
    run_cancelled_after(1.5, workers=1)
    assert time.monotonic() - started < 1.5 + 2.0


def test_workers_never_import_qt_even_when_the_parent_has() -> None:
    output = subprocess.run(
        [sys.executable, "-m", "tests.core.workerfuncs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    assert "app.core.procpool" in output  # the probe really ran in a worker
    assert not [name for name in output if name.split(".")[0] in ("PySide6", "shiboken6")]


def pids(count: int, workers: int = 2) -> set[int]:
    return set(
        map_in_workers(
            workerfuncs.process_id,
            range(count),
            workers=workers,
            on_failure=workerfuncs.no_process,
        )
    )


def test_workers_wait_for_the_next_batch_and_take_its_function() -> None:
    stop_idle_workers()
    first = pids(8)
    assert len(first) == 2
    assert idle_worker_count() == 2
    assert {child.pid for child in multiprocessing.active_children()} == first
    squares = list(
        map_in_workers(workerfuncs.square, range(6), workers=2, on_failure=workerfuncs.failure)
    )
    assert squares == [value * value for value in range(6)]
    assert pids(8) == first  # the same processes, now running a third function
    stop_idle_workers()
    assert idle_worker_count() == 0
    assert not multiprocessing.active_children()


def test_idle_workers_end_when_their_time_is_up(monkeypatch: pytest.MonkeyPatch) -> None:
    stop_idle_workers()
    monkeypatch.setattr(procpool, "KEEP_ALIVE", 0.3)
    pids(4)
    assert idle_worker_count() == 2
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert idle_worker_count() == 0
    assert not multiprocessing.active_children()


def test_prestarted_workers_take_the_first_batch() -> None:
    stop_idle_workers()
    prestart(workerfuncs.process_id, 1)
    assert idle_worker_count() == 1
    (started,) = multiprocessing.active_children()
    assert pids(3, workers=1) == {started.pid}
    prestart(workerfuncs.process_id, 1)  # one is already waiting: nothing more starts
    assert len(multiprocessing.active_children()) == 1
    stop_idle_workers()


def test_a_worker_that_died_while_idle_is_not_blamed_on_a_file() -> None:
    stop_idle_workers()
    prestart(workerfuncs.square, 1)
    (waiting,) = multiprocessing.active_children()
    assert waiting.pid is not None
    os.kill(waiting.pid, signal.SIGKILL)
    waiting.join(10)
    results = list(
        map_in_workers(workerfuncs.square, range(4), workers=1, on_failure=workerfuncs.failure)
    )
    assert results == [0, 1, 4, 9]
    stop_idle_workers()


def test_a_cancelled_batch_leaves_no_worker_running() -> None:
    stop_idle_workers()
    run_cancelled_after(1.0, workers=2)
    assert idle_worker_count() == 0
    assert not multiprocessing.active_children()
