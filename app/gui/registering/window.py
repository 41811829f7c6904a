"""The "Register fingerprints" window: a chooser, then one guided path per kind of service.

Every step is a screen of its own in one window, with the quick exit, Back and Close always
at the bottom. Nothing leaves the computer on the way: a service's website opens only on a
button press, a hash bank gets only what the user saw and confirmed, and an export is saved
only where the user chooses.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.core.services.hashbank import Plan
from app.core.vault import Registration
from app.gui.context import AppContext
from app.gui.overview import CaseOverview, load_overview
from app.gui.registering.bank import BankFormStep, BankPlanStep
from app.gui.registering.bank_status import BankRunStep
from app.gui.registering.chooser import ChooserStep
from app.gui.registering.common import Step, catalogue
from app.gui.registering.export import ExportStep
from app.gui.registering.handoff import HandoffStep, RecordStep
from app.gui.registering.saved import SavedStep
from app.gui.session import CaseSession
from app.gui.widgets import QuickExitButton, heading, on_language_change


class RegisterWindow(QWidget):
    """Register fingerprints with a service, send them to a hash bank, or export them.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.overview: CaseOverview | None = None
        self._trail: list[Step] = []
        layout = QVBoxLayout(self)
        self.header = heading()
        layout.addWidget(self.header)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.chooser = ChooserStep(ctx)
        self.handoff = HandoffStep(ctx)
        self.record = RecordStep(ctx, session)
        self.saved = SavedStep(ctx, session)
        self.bank_form = BankFormStep(ctx)
        self.bank_plan = BankPlanStep(ctx)
        self.bank_run = BankRunStep(ctx, session)
        self.export = ExportStep(ctx)
        for step in self.steps():
            self.stack.addWidget(step)
        layout.addLayout(self._bottom_row())
        self._connect_steps()
        ctx.branding.brand(self)
        self.resize(760, 720)
        self._update_bottom()
        self.retranslate()
        on_language_change(self, self.retranslate)
        session.changed.connect(self.refresh)
        self.refresh()

    def steps(self) -> list[Step]:
        """Every step, in the order they may come."""
        return [
            self.chooser,
            self.handoff,
            self.record,
            self.saved,
            self.bank_form,
            self.bank_plan,
            self.bank_run,
            self.export,
        ]

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.back = QPushButton()
        self.back.clicked.connect(self.go_back)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.quick_exit)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.close_button)
        return row

    def _connect_steps(self) -> None:
        self.chooser.chosen.connect(self._service_chosen)
        self.handoff.record_requested.connect(self._record)
        self.record.recorded.connect(self._recorded)
        self.saved.more_requested.connect(self.start_over)
        self.bank_form.planned.connect(self._planned)
        self.bank_plan.confirmed.connect(self._send)
        self.bank_run.finished.connect(self._run_ended)

    # --- moving between steps ---------------------------------------------------------------

    def current(self) -> Step:
        """The step shown now."""
        step = self.stack.currentWidget()
        assert isinstance(step, Step)
        return step

    def go(self, step: Step, *, fresh: bool = False) -> None:
        """Show ``step``; Back returns to the step before (or, if ``fresh``, to the chooser)."""
        self._trail = [self.chooser] if fresh else [*self._trail, self.current()]
        self._show(step)

    def go_back(self) -> None:
        """Return to the previous step."""
        if self._trail and not self.bank_run.running:
            self._show(self._trail.pop())

    def start_over(self) -> None:
        """Back to the chooser."""
        self._trail = []
        self._show(self.chooser)

    def _show(self, step: Step) -> None:
        self.stack.setCurrentWidget(step)
        self._update_bottom()
        self.header.setText(step.title())
        step.setFocus()

    def _update_bottom(self) -> None:
        self.back.setVisible(bool(self._trail))
        self.back.setEnabled(not self.bank_run.running)

    def _service_chosen(self, service_id: str) -> None:
        overview = self.overview
        if overview is None:
            return
        service = catalogue().service(service_id)
        if service.kind == "website":
            self.handoff.show_service(service)
            self.go(self.handoff)
        elif service.kind == "api":
            self.bank_form.prepare(overview)
            self.go(self.bank_form)
        else:
            self.export.prepare(overview)
            self.go(self.export)

    def _record(self) -> None:
        service = self.handoff.service
        if service is not None and self.overview is not None:
            self.record.prepare(service, self.overview)
            self.go(self.record)

    def _recorded(self, registration: Registration) -> None:
        self.saved.show_registration(registration)
        self.go(self.saved, fresh=True)

    def _planned(self, chosen: Plan, address: str, create_bank: bool) -> None:
        items = self.overview.items if self.overview is not None else []
        self.bank_plan.show_plan(chosen, address, create_bank, items)
        self.go(self.bank_plan)

    def _send(self) -> None:
        chosen = self.bank_plan.plan
        if chosen is None:
            return
        self.bank_run.start(chosen, self.bank_plan.create_bank)
        # Once sent, Back leads to the chooser: the confirmed plan is not sent a second time.
        self.go(self.bank_run, fresh=True)

    def _run_ended(self) -> None:
        self._update_bottom()
        self.header.setText(self.current().title())

    # --- data and texts ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the case again (after any change to it)."""
        self.session.read(
            load_overview,
            self._loaded,
            lambda error: self.ctx.show_error(self, error),
            owner=self,
        )

    def _loaded(self, overview: CaseOverview) -> None:
        self.overview = overview
        self.chooser.show_overview(overview)
        # Steps already under way follow the case too (a run may have kept a token).
        for step in (self.bank_form, self.export):
            if step.overview is not None:
                step.update_overview(overview)

    def retranslate(self) -> None:
        self.back.setText(self.tr("< &Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.header.setText(self.current().title())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing stops a run (what was sent stays recorded) and forgets what was typed.
        self.bank_run.cancel()
        event.accept()
        self.deleteLater()
