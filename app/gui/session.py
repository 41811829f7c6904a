"""The open case, as the window uses it: reads and changes run in the background.

``CaseFile.read`` and ``CaseFile.change`` wait for the case's writer thread (and a change
waits for the encrypted save), so the window never calls them itself: it hands the work to
``CaseSession``, which runs it on the task pool and calls back on the GUI thread.
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from app.core.progress import ProgressUpdate
from app.core.vault import CaseFile, CaseRepository
from app.gui.workers import Job, Task, TaskRunner

Result = TypeVar("Result")


class CaseSession(QObject):
    """An unlocked case and the runner its work goes through.

    Signals:
        changed: a change was saved (screens showing the case refresh themselves).
    """

    changed = Signal()

    def __init__(self, case: CaseFile, runner: TaskRunner) -> None:
        # Owned by the runner until closed, so Qt (not Python's collector, which may run on
        # any thread) deletes it.
        super().__init__(runner)
        self.case = case
        self._runner = runner

    def read(
        self,
        work: Callable[[CaseRepository], Result],
        on_success: Callable[[Result], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None,
    ) -> Task[Result]:
        """Run ``work(repository)`` in the background and hand its result to ``on_success``.

        The callbacks are dropped if ``owner`` has been deleted by then (see ``run_in_pool``).
        """
        case = self.case
        return self._runner.run_in_pool(
            lambda _job: case.read(work), owner=owner, on_success=on_success, on_error=on_error
        )

    def change(
        self,
        work: Callable[[CaseRepository], Result],
        on_success: Callable[[Result], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None,
    ) -> Task[Result]:
        """Like ``read``, but the case is saved afterwards and ``changed`` is emitted."""
        case = self.case

        def saved(result: Result) -> None:
            self.changed.emit()
            on_success(result)

        return self._runner.run_in_pool(
            lambda _job: case.change(work), owner=owner, on_success=saved, on_error=on_error
        )

    def run(
        self,
        work: Callable[[CaseFile, Job], Result],
        on_success: Callable[[Result], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None,
        on_progress: Callable[[ProgressUpdate], None] | None = None,
    ) -> Task[Result]:
        """Long work that reads and changes the case itself as it goes (with progress and
        Stop, through ``job``); ``changed`` is emitted when it ends, however it ends."""
        case = self.case

        def succeeded(result: Result) -> None:
            self.changed.emit()
            on_success(result)

        def failed(error: BaseException) -> None:
            self.changed.emit()
            on_error(error)

        return self._runner.run_in_pool(
            lambda job: work(case, job),
            owner=owner,
            on_success=succeeded,
            on_error=failed,
            on_progress=on_progress,
        )

    @property
    def is_open(self) -> bool:
        """Whether the case is still unlocked."""
        return self.case.is_open

    def close(self) -> None:
        """Save anything unsaved, lock the case and release it (waits for the save)."""
        try:
            self.case.close()
        finally:
            self.deleteLater()
