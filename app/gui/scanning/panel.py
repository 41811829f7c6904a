"""The scanning part that the user's window and the helper's window share.

``ScanPanel`` lets the user choose a folder, files or a zip export, runs the scan in the
background (``work.run_scan``) with a count and a Cancel button that stops the worker
processes at once, lists the files that show a picture looked for in a sortable table
with a preview beside it (``found_view.FoundView``), says plainly when nothing was found,
and lists the files that could not be read with the reason for each. One bad file never
stops a scan: the core reports it and moves on.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.files import display_name
from app.core.fingerprints import prestart_workers
from app.core.progress import ProgressUpdate
from app.core.scan.engine import ScannedFile, SkippedFile
from app.core.scan.matcher import Reference, ReferenceSet
from app.core.vault import AgeInContent, utc_now
from app.gui.context import AppContext
from app.gui.errors import file_reason
from app.gui.scanning.found_view import FoundView
from app.gui.scanning.passwords import PasswordAsker
from app.gui.scanning.results import FoundRow, ResultsModel
from app.gui.scanning.work import Found, Prepared, ScanRequest, run_scan
from app.gui.widgets import bold, button_row, mark_problem, note, on_language_change, paragraph
from app.gui.workers import Job, Task

#: The longest list of chosen places named in full.
_PLACES_SHOWN = 3


@dataclass
class ScanCounts:
    """What a scan has done so far (counted as its outcomes arrive)."""

    compared: int = 0
    found: int = 0
    skipped: int = 0
    quiet: int = 0
    found_at: dict[int, datetime] = field(default_factory=dict)


class ScanPanel(QWidget):
    """Choose, scan, and see what was found and what could not be read.

    Signals:
        running_changed: (bool) a scan started or ended.
        current_changed: the chosen found file changed (see ``current_row``).
    """

    running_changed = Signal(bool)
    current_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.references: tuple[Reference, ...] = ()
        self.reference_set: ReferenceSet | None = None
        self.ages: dict[str, AgeInContent] | None = None
        self.paths: list[str] = []
        self.counts = ScanCounts()
        self.skipped: list[SkippedFile] = []
        self.task: Task[Any] | None = None
        self._state = "idle"  # idle, running, stopping, finished, stopped, failed
        self.asker = PasswordAsker(ctx.dialogs, self)
        self.model = ResultsModel(self)
        self._build()
        self.retranslate()
        on_language_change(self, self.retranslate)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choose_folder = QPushButton()
        self.choose_folder.clicked.connect(self._choose_folder)
        self.choose_files = QPushButton()
        self.choose_files.clicked.connect(self._choose_files)
        self.start_button = QPushButton()
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        layout.addLayout(button_row(self.choose_folder, self.choose_files, self.start_button))
        self.chosen = note()
        layout.addWidget(self.chosen)
        layout.addLayout(self._progress_row())
        self.summary = bold(paragraph())
        layout.addWidget(self.summary)
        self.found_view = FoundView(self.ctx, self.model, self.asker.book.snapshot)
        self.found_view.current_changed.connect(self.current_changed)
        layout.addWidget(self.found_view, 1)
        self.skipped_toggle = QPushButton()
        self.skipped_toggle.setCheckable(True)
        self.skipped_toggle.toggled.connect(self._show_skipped)
        self.skipped_toggle.hide()
        layout.addWidget(self.skipped_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.skipped_list = QListWidget()
        self.skipped_list.setWordWrap(True)
        self.skipped_list.setMaximumHeight(self.fontMetrics().height() * 9)
        self.skipped_list.hide()
        layout.addWidget(self.skipped_list)

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.count = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.count)
        row.addWidget(self.cancel_button)
        for widget in (self.progress, self.count, self.cancel_button):
            widget.hide()
        return row

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.choose_folder.setText(self.tr("Choose a &folder…"))
        self.choose_folder.setAccessibleName(self.tr("Choose a folder to scan"))
        self.choose_files.setText(self.tr("Choose files or a &zip export…"))
        self.choose_files.setAccessibleName(self.tr("Choose files or a zip export to scan"))
        self.start_button.setText(self.tr("&Start the scan"))
        self.start_button.setAccessibleName(self.tr("Start the scan"))
        self.cancel_button.setText(self.tr("&Cancel the scan"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the scan"))
        self.progress.setAccessibleName(self.tr("Scan progress"))
        self.skipped_list.setAccessibleName(self.tr("Files that could not be read"))
        self.model.retranslate()
        self._show_chosen()
        self._show_summary()
        self._show_skipped_toggle()
        self._fill_skipped()

    def _show_chosen(self) -> None:
        if not self.paths:
            self.chosen.setText(self.tr("Nothing chosen yet."))
            return
        names = [display_name(path) for path in self.paths[:_PLACES_SHOWN]]
        text = ", ".join(f"“{name}”" for name in names)
        hidden = len(self.paths) - _PLACES_SHOWN
        if hidden > 0:
            text = self.tr("{0} and %n more", "", hidden).format(text)
        self.chosen.setText(self.tr("To scan: {0}").format(text))

    def _show_summary(self) -> None:
        counts, state = self.counts, self._state
        locale = QLocale()
        compared = self.tr("%n file(s) compared", "", counts.compared)
        texts = {
            "idle": "",
            "running": self.tr("Scanning… {0} so far.").format(compared),
            "stopping": self.tr("Stopping the scan…"),
            "failed": self.tr("The scan could not be finished."),
        }
        if state in texts:
            text = texts[state]
        elif counts.found == 0:
            text = self.tr(
                "Nothing was found: none of the {0} pictures and videos compared shows your "
                "pictures."
            ).format(locale.toString(counts.compared))
        else:
            text = self.tr(
                "%n file(s) show your pictures, out of {0} compared.", "", counts.found
            ).format(locale.toString(counts.compared))
        if state == "stopped":
            text = self.tr("You cancelled the scan. {0}").format(text)
            if counts.found == 0:
                text = self.tr(
                    "You cancelled the scan. Nothing was found in the {0} files compared "
                    "before that."
                ).format(locale.toString(counts.compared))
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _show_skipped_toggle(self) -> None:
        count = len([entry for entry in self.skipped if not entry.quiet])
        self.skipped_toggle.setVisible(count > 0)
        if self.skipped_toggle.isChecked():
            text = self.tr("Hide the files that could not be read")
        else:
            text = self.tr("Show the %n file(s) that could not be read", "", count)
        self.skipped_toggle.setText(text)
        self.skipped_toggle.setAccessibleName(text)

    # --- choosing ---------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        self.ctx.dialogs.choose_folder(self, self.set_paths)

    def _choose_files(self) -> None:
        self.ctx.dialogs.choose_scan_files(self, self.set_paths)

    def set_paths(self, paths: list[str]) -> None:
        """Scan ``paths`` next (what the choosers hand over)."""
        self.paths = list(paths)
        if paths:
            prestart_workers()  # their start-up overlaps the user's next clicks
        self._show_chosen()
        self._update_buttons()

    def set_references(
        self, references: tuple[Reference, ...], ages: dict[str, AgeInContent] | None
    ) -> None:
        """What to look for, and the user's answers about each one's age (keyed by the
        reference's key; None when nobody gave them, as in a helper's package, whose
        neutral labels are then shown in this StillMine's language)."""
        self.references = references
        self.ages = ages
        self.model.neutral_labels = ages is None
        self.model.retranslate()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.running
        self.start_button.setEnabled(bool(self.paths and self.references) and not running)
        self.choose_folder.setEnabled(not running)
        self.choose_files.setEnabled(not running)
        self.cancel_button.setEnabled(self._state == "running")

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a scan is under way (or stopping)."""
        return self._state in ("running", "stopping")

    def start(self) -> None:
        """Scan the chosen places (earlier results are cleared)."""
        if self.running or not self.paths or not self.references:
            return
        self._reset()
        request = ScanRequest(
            tuple(self.paths), self.references, self.ctx.config.fingerprint_workers
        )
        asker = self.asker

        def work(job: Job) -> object:
            return run_scan(request, job, asker.source(job.cancel))

        self.task = self.ctx.runner.run_in_pool(
            work,
            owner=self,
            on_success=lambda _summary: self._ended("finished"),
            on_error=self._failed,
            on_progress=self._progressed,
            on_items=self._arrived,
            on_cancelled=lambda: self._ended("stopped"),
        )
        self._set_state("running")
        self.count.setText(self.tr("Looking at what you chose…"))
        self.progress.setRange(0, 0)
        for widget in (self.progress, self.count, self.cancel_button):
            widget.show()
        self.cancel_button.setFocus()

    def cancel(self) -> None:
        """Stop the scan now; what was found so far stays listed."""
        if self.task is not None and self._state == "running":
            self.task.cancel()
            self._set_state("stopping")

    def _reset(self) -> None:
        self.model.clear()
        self.found_view.clear()
        self.counts = ScanCounts()
        self.skipped = []
        self.skipped_list.clear()
        self.skipped_toggle.setChecked(False)
        self._show_skipped_toggle()
        self.current_changed.emit()

    def _set_state(self, state: str) -> None:
        was_running = self.running
        self._state = state
        self._update_buttons()
        self._show_summary()
        if was_running != self.running:
            self.running_changed.emit(self.running)

    def _progressed(self, update: ProgressUpdate) -> None:
        if update.total is None or self._state != "running":
            return
        total = int(update.total)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(int(update.done))
        locale = QLocale()
        self.count.setText(
            self.tr("{0} of {1} files scanned").format(
                locale.toString(int(update.done)), locale.toString(total)
            )
        )

    def _arrived(self, batch: list[object]) -> None:
        rows = []
        for outcome in batch:
            if isinstance(outcome, Prepared):
                self.reference_set = outcome.references
            elif isinstance(outcome, Found):
                rows.append(self._row_for(outcome))
            elif isinstance(outcome, ScannedFile):
                self.counts.compared += 1
            elif isinstance(outcome, SkippedFile):
                self._skipped(outcome)
        self.model.add(rows)
        if rows:
            self.found_view.rows_added()
        self._show_summary()

    def _row_for(self, found: Found) -> FoundRow:
        self.counts.compared += 1
        self.counts.found += 1
        row_id = self.counts.found
        self.counts.found_at[row_id] = utc_now()
        ages = None
        if self.ages is not None:
            ages = tuple(self.ages.get(key, AgeInContent.UNSURE) for key in found.keys)
        return FoundRow(row_id, found, ages)

    def _skipped(self, outcome: SkippedFile) -> None:
        self.skipped.append(outcome)
        if outcome.quiet:
            self.counts.quiet += 1
            return
        self.counts.skipped += 1
        self._add_skipped_item(outcome)
        self._show_skipped_toggle()

    def _fill_skipped(self) -> None:
        self.skipped_list.clear()
        for outcome in self.skipped:
            if not outcome.quiet:
                self._add_skipped_item(outcome)

    def _add_skipped_item(self, outcome: SkippedFile) -> None:
        reason = file_reason(outcome.error, outcome.path)
        item = QListWidgetItem(f"{outcome.path}\n    {reason}")
        item.setToolTip(reason)
        self.skipped_list.addItem(item)

    def _show_skipped(self, shown: bool) -> None:
        self.skipped_list.setVisible(shown)
        self._show_skipped_toggle()

    def _failed(self, error: BaseException) -> None:
        self._ended("failed")
        self.ctx.show_error(self, error)

    def _ended(self, state: str) -> None:
        self.task = None
        for widget in (self.progress, self.count, self.cancel_button):
            widget.hide()
        self._set_state(state)
        mark_problem(self.summary, state == "failed")
        self.found_view.rows_added()

    # --- what was found ---------------------------------------------------------------------

    def current_row(self) -> FoundRow | None:
        """The found file chosen in the table, or None."""
        return self.found_view.current_row()

    def found_rows(self) -> list[FoundRow]:
        """Every found file, in the order found."""
        return self.model.rows()

    def found_at(self, row: FoundRow) -> datetime:
        """When the scan found ``row``'s file."""
        return self.counts.found_at.get(row.row_id, utc_now())

    def stop_and_forget(self) -> None:
        """Stop any scan and forget the zip passwords (the window is closing)."""
        if self.task is not None:
            self.task.cancel()
        self.asker.book.clear()
        self.found_view.clear()
