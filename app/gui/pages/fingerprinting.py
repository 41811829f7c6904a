"""Fingerprinting: a progress bar with the count and the time left, a Stop button, results
as they come and unreadable files with their plain reasons. The pictures are saved to the
case while this runs (see ``app.gui.importing``), so stopping keeps what was done."""

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QProgressBar, QPushButton, QWizard

from app.core.progress import ProgressUpdate
from app.gui.context import AppContext
from app.gui.errors import file_reason
from app.gui.importing import (
    Failed,
    ImportSummary,
    Outcome,
    Saved,
    Skipped,
    SkipReason,
    import_images,
)
from app.gui.models import GrowingListModel
from app.gui.pages.base import WizardPage
from app.gui.pages.ids import PageId
from app.gui.widgets import heading, note, paragraph
from app.gui.workers import Task

_SECONDS_PER_MINUTE = 60


class FingerprintingPage(WizardPage):
    """Runs the import and shows how it goes."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setCommitPage(True)
        self.task: Task[ImportSummary] | None = None
        self.summary: ImportSummary | None = None
        self.saved: list[Saved] = []
        self._stopping = False
        self._last_update: ProgressUpdate | None = None
        self.status = paragraph()
        self.body.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.body.addWidget(self.progress)
        row = QHBoxLayout()
        self.count = QLabel()
        self.time_left = QLabel()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.time_left)
        self.body.addLayout(row)
        self.stop = QPushButton()
        self.stop.clicked.connect(self.cancel)
        self.body.addWidget(self.stop)
        self.privacy_note = note()
        self.body.addWidget(self.privacy_note)
        self.done_title = heading()
        self.done_model = GrowingListModel[Outcome](self._line, self)
        self.done_list = self._list(self.done_model)
        self.problems_title = heading()
        self.problems_model = GrowingListModel[Outcome](self._line, self)
        self.problems_list = self._list(self.problems_model)
        for widget in (self.done_title, self.done_list, self.problems_title, self.problems_list):
            self.body.addWidget(widget)
        self._show_problems()
        self.retranslate()

    @staticmethod
    def _list(model: GrowingListModel[Outcome]) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setWordWrap(True)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    def retranslate(self) -> None:
        self.setTitle(self.tr("Fingerprinting"))
        self.setSubTitle(self.tr("StillMine is reading your pictures, here on this computer."))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.stop.setText(self.tr("&Stop"))
        self.stop.setAccessibleName(self.tr("Stop fingerprinting"))
        self.privacy_note.setText(
            self.tr(
                "Your pictures are not shown and not copied. What is done is saved at once, "
                "so you can stop at any time."
            )
        )
        self.done_title.setText(self.tr("Added to your case"))
        self.done_list.setAccessibleName(self.tr("Pictures added to your case"))
        self.problems_title.setText(self.tr("Files that could not be read"))
        self.problems_list.setAccessibleName(self.tr("Files that could not be read, and why"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Next"))
        self.done_model.refresh()
        self.problems_model.refresh()
        self._show_progress()
        self._show_state()

    # --- running ----------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.task is not None:
            return  # it runs once; coming back shows the result
        wizard = self.case_wizard()
        session = wizard.session
        if session is None:
            return
        request = wizard.import_request()
        case = session.case
        self.task = self.ctx.runner.run_in_pool(
            lambda job: import_images(case, request, job),
            owner=self,
            on_success=self._finished,
            on_error=self._failed,
            on_progress=self._progressed,
            on_items=self._received,
        )
        self._show_state()

    def cancel(self) -> None:
        """Stop the run (what is saved stays saved); the page shows it at once."""
        if self.task is None or not self.task.running:
            return
        self._stopping = True
        self.task.cancel()
        self._show_state()

    @property
    def running(self) -> bool:
        """Whether fingerprinting is still going on."""
        return self.task is not None and self.task.running

    def _progressed(self, update: ProgressUpdate) -> None:
        self._last_update = update
        self._show_progress()

    def _show_progress(self) -> None:
        update = self._last_update
        if update is None:
            return
        total = int(update.total or 0)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(int(update.done))
        locale = QLocale()
        self.count.setText(
            self.tr("{0} of {1} files read").format(
                locale.toString(int(update.done)), locale.toString(total)
            )
        )
        if self.summary is None:
            self.time_left.setText(self._time_left(update.seconds_left()))

    def _time_left(self, seconds: float | None) -> str:
        if seconds is None:
            return ""
        if seconds < _SECONDS_PER_MINUTE:
            return self.tr("Less than a minute left")
        minutes = round(seconds / _SECONDS_PER_MINUTE)
        return self.tr("About %n minute(s) left", "", minutes)

    def _received(self, outcomes: list[Any]) -> None:
        done: list[Outcome] = []
        problems: list[Outcome] = []
        for outcome in outcomes:
            (problems if isinstance(outcome, Failed) else done).append(outcome)
            if isinstance(outcome, Saved):
                self.saved.append(outcome)
        self.done_model.append(done)
        self.problems_model.append(problems)
        self._show_problems()

    def _show_problems(self) -> None:
        has_problems = self.problems_model.rowCount() > 0
        self.problems_title.setVisible(has_problems)
        self.problems_list.setVisible(has_problems)

    def _line(self, outcome: Outcome) -> str:
        if isinstance(outcome, Saved):
            return self.tr("{0}: added").format(outcome.label)
        if isinstance(outcome, Skipped):
            if outcome.reason is SkipReason.DUPLICATE:
                return self.tr("The same file as {0}, so it was not added twice.").format(
                    outcome.same_as
                )
            return self.tr("Already in your case as {0}.").format(outcome.same_as)
        return file_reason(outcome.error, outcome.path)

    def _finished(self, summary: ImportSummary) -> None:
        self.summary = summary
        self._show_state()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary = ImportSummary(len(self.saved), 0, 0, cancelled=True)
        self._show_state()
        self.completeChanged.emit()
        self.ctx.show_error(self, error)

    def _show_state(self) -> None:
        running = self.running
        self.stop.setEnabled(running and not self._stopping)
        self.stop.setVisible(running)
        self.status.setText(self._status_text())
        if not running and self.summary is not None:
            self.time_left.clear()

    def _status_text(self) -> str:
        summary = self.summary
        if summary is None:
            if self._stopping:
                return self.tr("Stopping…")
            return self.tr("Reading your pictures. This can take a while for many pictures.")
        added = len(self.saved)
        if summary.cancelled:
            return self.tr(
                "Stopped. What was done before you stopped is saved: %Ln picture(s) added to "
                "your case.",
                "",
                added,
            )
        text = self.tr("Done. %Ln picture(s) added to your case.", "", added)
        if summary.failed:
            text += " " + self.tr("Some files could not be read; the list below says why.")
        return text

    def isComplete(self) -> bool:
        return super().isComplete() and self.summary is not None

    def nextId(self) -> int:
        if self.saved:
            return int(PageId.REVIEW)
        return self.case_wizard().after_pictures()
