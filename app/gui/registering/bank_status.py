"""Sending to a hash bank and where it stands: progress with Stop, then every fingerprint's
state in plain words, with "Check again" for those the bank has not taken into its index yet
(a bank updates it about every minute) and "Withdraw" (asked once more, in place).
"""

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.core.progress import ProgressUpdate
from app.core.services.hashbank import Plan
from app.core.vault import BankEntry, BankEntryState, CaseFile, Registration
from app.gui.context import AppContext
from app.gui.registering.common import Step, bullets
from app.gui.registering.work import BankState, check_again, send_plan, withdraw_from_bank
from app.gui.session import CaseSession
from app.gui.texts import format_date
from app.gui.widgets import (
    ConfirmStrip,
    button_column,
    button_row,
    note,
    on_language_change,
    paragraph,
)
from app.gui.workers import Job, Task

BankWork = Callable[[CaseFile, Job], BankState]


class BankStatusPanel(QWidget):
    """Where a hash-bank registration stands, in plain words, with "Check again" and
    "Withdraw" (asked once more in place before anything is removed)."""

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.state: BankState | None = None
        self.task: Task[BankState] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = paragraph()
        self.messages = note()
        self.check = QPushButton()
        self.check.clicked.connect(self._check_again)
        self.withdraw = QPushButton()
        self.withdraw_strip = ConfirmStrip()
        self.withdraw.clicked.connect(self.withdraw_strip.ask)
        self.withdraw_strip.confirmed.connect(self._withdraw)
        self.working = note()
        self.working.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.messages)
        layout.addLayout(button_column(self.check, self.withdraw))
        layout.addWidget(self.withdraw_strip)
        layout.addWidget(self.working)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.check.setText(self.tr("Check &again"))
        self.check.setAccessibleName(self.tr("Check again whether the bank recognises them"))
        self.withdraw.setText(self.tr("&Withdraw from the bank…"))
        self.withdraw.setAccessibleName(self.tr("Withdraw the fingerprints from the bank"))
        registration = self._registration()
        bank = registration.bank_name if registration is not None else ""
        self.withdraw_strip.set_texts(
            self.tr(
                "This removes every fingerprint of this registration from the bank {0}. The "
                "bank can then no longer recognise your pictures."
            ).format(bank),
            self.tr("Withdraw them"),
            self.tr("Keep them"),
        )
        self._show()

    def _registration(self) -> Registration | None:
        return self.state.registration if self.state is not None else None

    def show_state(self, state: BankState) -> None:
        """Show ``state`` (and tell the user about the problem that ended it, if any)."""
        self.state = state
        self._show()
        if state.error is not None:
            self.ctx.show_error(self, state.error)

    def _show(self) -> None:
        state = self.state
        if state is None:
            self.summary.setText("")
            self.messages.setText("")
            self.check.hide()
            self.withdraw.hide()
            return
        self.summary.setText("\n".join(self._lines(state)))
        said = list(dict.fromkeys(state.report.messages)) if state.report is not None else []
        self.messages.setText(self.tr("What the bank said:") + "\n" + bullets(said) if said else "")
        self.messages.setVisible(bool(said))
        counts = Counter(entry.state for entry in state.entries)
        registration = state.registration
        open_registration = registration is not None and registration.withdrawn_at is None
        self.check.setVisible(open_registration and counts[BankEntryState.ADDED] > 0)
        self.withdraw.setVisible(open_registration and _withdrawable(state.entries))
        busy = self.task is not None and self.task.running
        for button in (self.check, self.withdraw):
            button.setEnabled(not busy)

    def _lines(self, state: BankState) -> list[str]:
        lines = []
        if state.cancelled:
            lines.append(
                self.tr(
                    "Stopped. What was sent before you stopped is kept in your case; sending "
                    "again sends only what is left."
                )
            )
        elif state.report is not None and state.report.sent:
            lines.append(self.tr("This time %n fingerprint(s) were sent.", "", state.report.sent))
        registration = state.registration
        if registration is not None and registration.withdrawn_at is not None:
            lines.append(
                self.tr("Withdrawn from the bank on {0}.").format(
                    format_date(registration.withdrawn_at)
                )
            )
        counts = Counter(entry.state for entry in state.entries)
        lines += [self._count_text(kind, n) for kind, n in counts.items() if n]
        if counts[BankEntryState.CONFIRMED]:
            lines.append(
                self.tr(
                    "“Recognised” means the bank now knows these fingerprints: wherever its "
                    "owner uses it, matching copies can be found and blocked."
                )
            )
        if (
            counts[BankEntryState.PLANNED]
            + counts[BankEntryState.FAILED]
            + counts[BankEntryState.UNCERTAIN]
        ):
            lines.append(
                self.tr(
                    "To send what is left, choose “Send fingerprints to a hash bank…” again "
                    "with the same bank: nothing is sent twice."
                )
            )
        return lines

    def _count_text(self, kind: BankEntryState, count: int) -> str:
        texts = {
            BankEntryState.CONFIRMED: self.tr(
                "%n fingerprint(s) recognised by the bank.", "", count
            ),
            BankEntryState.ADDED: self.tr(
                "%n fingerprint(s) stored, but not yet in the bank's list to match against. "
                "A bank updates that list about every minute: press “Check again” in a minute "
                "or two.",
                "",
                count,
            ),
            BankEntryState.UNCERTAIN: self.tr(
                "%n fingerprint(s) may or may not have arrived. StillMine looks them up before "
                "sending them again, so nothing is sent twice.",
                "",
                count,
            ),
            BankEntryState.FAILED: self.tr("%n fingerprint(s) refused by the bank.", "", count),
            BankEntryState.PLANNED: self.tr("%n fingerprint(s) not sent yet.", "", count),
            BankEntryState.WITHDRAWN: self.tr(
                "%n fingerprint(s) withdrawn from the bank.", "", count
            ),
        }
        return texts[kind]

    def _say(self, text: str) -> None:
        self.working.setText(text)
        self.working.setVisible(bool(text))

    def _run(self, work: BankWork) -> None:
        self._say(self.tr("Asking the bank…"))
        self.task = self.session.run(work, self._finished, self._failed, owner=self)
        self._show()

    def _check_again(self) -> None:
        registration = self._registration()
        if registration is None:
            return
        wait = self.ctx.config.bank_index_wait_seconds
        self._run(
            lambda case, job: check_again(case, registration, index_wait_seconds=wait, job=job)
        )

    def _withdraw(self) -> None:
        registration = self._registration()
        if registration is not None:
            self._run(lambda case, _job: withdraw_from_bank(case, registration))

    def _finished(self, state: BankState) -> None:
        self._say("")
        self.task = None
        self.show_state(state)

    def _failed(self, error: BaseException) -> None:
        self._say("")
        self.task = None
        self._show()
        self.ctx.show_error(self, error)


def _withdrawable(entries: tuple[BankEntry, ...]) -> bool:
    return any(
        entry.content_id is not None and entry.state is not BankEntryState.WITHDRAWN
        for entry in entries
    )


class BankRunStep(Step):
    """Sending, with progress and Stop; then where everything stands.

    Signals:
        finished: the run ended (however it ended).
    """

    finished = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx)
        self.session = session
        self.task: Task[BankState] | None = None
        self._stopping = False
        self._update: ProgressUpdate | None = None
        self.status = paragraph()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.stop = QPushButton()
        self.stop.clicked.connect(self.cancel)
        self.panel = BankStatusPanel(ctx, session)
        self.body.addWidget(self.status)
        self.body.addWidget(self.progress)
        self.body.addLayout(button_row(self.stop))
        self.body.addWidget(self.panel)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        if self.running:
            return self.tr("Sending your fingerprints")
        return self.tr("Your fingerprints at the bank")

    @property
    def running(self) -> bool:
        """Whether the run is still going on."""
        return self.task is not None and self.task.running

    def start(self, chosen: Plan, create_bank: bool) -> None:
        """Send ``chosen`` (the user confirmed it)."""
        self._stopping = False
        self._update = None
        self.progress.setRange(0, max(1, len(chosen.signals)))
        self.progress.setValue(0)
        self.panel.show_state(BankState(None))
        wait = self.ctx.config.bank_index_wait_seconds

        def work(case: CaseFile, job: Job) -> BankState:
            return send_plan(
                case, chosen, create_bank=create_bank, index_wait_seconds=wait, job=job
            )

        self.task = self.session.run(
            work, self._finished, self._failed, owner=self, on_progress=self._progressed
        )
        self._show_state()

    def cancel(self) -> None:
        """Stop sending (what was sent stays recorded); the step says so at once."""
        if not self.running or self.task is None:
            return
        self._stopping = True
        self.task.cancel()
        self._show_state()

    def retranslate(self) -> None:
        self.progress.setAccessibleName(self.tr("Progress"))
        self.stop.setText(self.tr("S&top"))
        self.stop.setAccessibleName(self.tr("Stop sending"))
        self._show_state()

    def _progressed(self, update: ProgressUpdate) -> None:
        self._update = update
        self.progress.setValue(int(update.done))
        self._show_state()

    def _finished(self, state: BankState) -> None:
        self.task = None
        self.progress.setValue(self.progress.maximum())
        self._show_state()
        self.panel.show_state(state)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._show_state()
        self.ctx.show_error(self, error)
        self.finished.emit()

    def _show_state(self) -> None:
        running = self.running
        self.stop.setVisible(running)
        self.stop.setEnabled(running and not self._stopping)
        self.progress.setVisible(running)
        self.status.setText(self._status_text(running))

    def _status_text(self, running: bool) -> str:
        if not running:
            return self.tr(
                "Done. This is where your fingerprints stand now; you find it again under "
                "“Registrations” in your case."
            )
        if self._stopping:
            return self.tr("Stopping…")
        update = self._update
        if update is not None and update.total and update.done >= update.total:
            return self.tr(
                "Sent. Now waiting for the bank to take them into its list; this takes about "
                "a minute."
            )
        return self.tr("Sending your fingerprints. Only the fingerprints and your note go out.")
