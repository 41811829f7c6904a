"""The background helper: results, errors and progress arrive on the GUI thread, partial
results in batches, and a cancelled task ends quietly."""

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.core.errors import Cancelled, UserError
from app.core.progress import ProgressUpdate
from app.gui.workers import Job, TaskRunner

WAIT_MS = 10_000


@pytest.fixture
def runner() -> TaskRunner:
    return TaskRunner()


class Calls:
    """Records callbacks and the thread each came on."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.threads: set[threading.Thread] = set()

    def record(self, name: str) -> Any:
        def callback(value: Any = None) -> None:
            self.threads.add(threading.current_thread())
            self.events.append((name, value))

        return callback

    def named(self, name: str) -> list[Any]:
        return [value for event, value in self.events if event == name]


def test_results_come_back_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    calls = Calls()
    worker_threads: list[threading.Thread] = []

    def work(job: Job) -> int:
        worker_threads.append(threading.current_thread())
        job.progress(ProgressUpdate(1, 2))
        job.emit("first")
        return 42

    task = runner.run_in_pool(
        work,
        owner=None,
        on_success=calls.record("success"),
        on_error=calls.record("error"),
        on_progress=calls.record("progress"),
        on_items=calls.record("items"),
    )
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        pass
    assert calls.named("success") == [42]
    assert calls.named("items") == [["first"]]
    assert calls.named("progress") == [ProgressUpdate(1, 2)]
    assert calls.threads == {threading.main_thread()}
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert not task.running
    assert not runner.busy


def test_errors_go_to_the_error_callback(qtbot: QtBot, runner: TaskRunner) -> None:
    calls = Calls()

    def fail(_job: Job) -> None:
        raise UserError("plain words")

    runner.run_in_pool(
        fail, owner=None, on_success=calls.record("success"), on_error=calls.record("error")
    )
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        pass
    (error,) = calls.named("error")
    assert isinstance(error, UserError) and error.message == "plain words"
    assert calls.named("success") == []


def test_partial_results_arrive_in_batches_and_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    calls = Calls()

    def many(job: Job) -> None:
        for number in range(2000):
            job.emit(number)

    runner.run_in_pool(
        many, owner=None, on_items=calls.record("items"), on_error=calls.record("error")
    )
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        pass
    batches = calls.named("items")
    assert [item for batch in batches for item in batch] == list(range(2000))
    assert len(batches) < 50, "a signal per batch, not per item"


def test_a_cancelled_task_ends_quietly_and_stops_reporting_progress(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    calls = Calls()
    started = threading.Event()

    def slow(job: Job) -> None:
        started.set()
        while True:
            job.progress(ProgressUpdate(1, None))
            job.cancel.raise_if_cancelled()
            time.sleep(0.01)

    task = runner.run_in_pool(
        slow,
        owner=None,
        on_error=calls.record("error"),
        on_progress=calls.record("progress"),
        on_cancelled=calls.record("cancelled"),
    )
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        task.cancel()
        reported = len(calls.named("progress"))
    assert calls.named("cancelled") == [None]
    assert calls.named("error") == []
    assert len(calls.named("progress")) == reported, "no progress after Cancel"


def test_cancel_all_stops_every_task(qtbot: QtBot, runner: TaskRunner) -> None:
    calls = Calls()

    def wait_for_cancel(job: Job) -> None:
        job.cancel.wait(30)
        raise Cancelled("stopped")

    for _ in range(3):
        runner.run_in_pool(
            wait_for_cancel,
            owner=None,
            on_error=calls.record("error"),
            on_cancelled=calls.record("stop"),
        )
    assert runner.busy
    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.cancel_all()
    assert len(calls.named("stop")) == 3


def test_results_for_a_window_that_is_gone_are_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    calls = Calls()
    window = QWidget()
    released = threading.Event()

    def wait(_job: Job) -> int:
        released.wait(10)
        return 1

    task = runner.run_in_pool(wait, owner=window, on_success=calls.record("success"),
                              on_error=calls.record("error"))  # fmt: skip
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window), timeout=WAIT_MS)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        released.set()
    assert calls.events == []
    assert not runner.busy
