"""The worker-process pool: order, bounded look-ahead, crashes, time-outs and cancelling."""

import subprocess
import sys
import threading
import time
from collections.abc import Generator, Iterator

import pytest

from app.core.errors import Cancelled
from app.core.procpool import map_in_workers
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


def test_cancel_stops_a_running_task_at_once() -> None:
    cancel = CancelToken()
    threading.Timer(1.5, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        list(
            map_in_workers(
                workerfuncs.sleep_on_one,
                range(3),
                workers=1,
                on_failure=workerfuncs.failure,
                cancel=cancel,
            )
        )
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
