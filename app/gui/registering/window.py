"""The "Register fingerprints" window: a chooser, then one guided path per kind of service.

Every step is a screen of its own in one window, with the quick exit, Back and Close always
at the bottom. Nothing leaves the computer on the way: a service's website opens only on a
button press, a hash bank gets only what the user saw and confirmed, and an export is saved
only where the user chooses.
"""

from PySide6.QtGui import QCloseEvent

from app.core.services.hashbank import Plan
from app.core.vault import Registration
from app.gui.context import AppContext
from app.gui.overview import CaseOverview, load_overview
from app.gui.registering.bank import BankFormStep, BankPlanStep
from app.gui.registering.bank_status import BankRunStep
from app.gui.registering.chooser import ChooserStep
from app.gui.registering.common import Step, StepWindow, catalogue
from app.gui.registering.export import ExportStep
from app.gui.registering.handoff import HandoffStep, RecordStep
from app.gui.registering.saved import SavedStep
from app.gui.session import CaseSession
from app.gui.widgets import on_language_change


class RegisterWindow(StepWindow):
    """Register fingerprints with a service, send them to a hash bank, or export them."""

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx)
        self.session = session
        self.overview: CaseOverview | None = None
        self.chooser = ChooserStep(ctx)
        self.handoff = HandoffStep(ctx)
        self.record = RecordStep(ctx, session)
        self.saved = SavedStep(ctx, session)
        self.bank_form = BankFormStep(ctx)
        self.bank_plan = BankPlanStep(ctx)
        self.bank_run = BankRunStep(ctx, session)
        self.export = ExportStep(ctx)
        self.add_steps(self.steps())
        self._connect_steps()
        ctx.branding.brand(self)
        self.resize(760, 720)
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

    def _connect_steps(self) -> None:
        self.chooser.chosen.connect(self._service_chosen)
        self.handoff.record_requested.connect(self._record)
        self.record.recorded.connect(self._recorded)
        self.saved.more_requested.connect(self.start_over)
        self.bank_form.planned.connect(self._planned)
        self.bank_plan.confirmed.connect(self._send)
        self.bank_run.finished.connect(self._run_ended)

    # --- moving between steps ---------------------------------------------------------------

    def start_over(self) -> None:
        """Back to the chooser."""
        self.forget_trail()
        self._show(self.chooser)

    def may_go_back(self) -> bool:
        # Once sending has started, the run is shown to its end.
        return not self.bank_run.running

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
