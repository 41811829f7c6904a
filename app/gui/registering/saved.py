"""After a registration is saved: what is kept, when the reminder comes, and the recovery
sheet to print."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from app.core.vault import Registration
from app.gui.context import AppContext
from app.gui.registering.common import Step, service_name
from app.gui.registering.sheet import SheetActions
from app.gui.session import CaseSession
from app.gui.texts import format_date
from app.gui.widgets import button_row, paragraph


class SavedStep(Step):
    """The registration is in the case now.

    Signals:
        more_requested: the user wants to register somewhere else too.
    """

    more_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx)
        self.registration: Registration | None = None
        self.kept = paragraph()
        self.reminder = paragraph()
        self.where = paragraph()
        self.sheet = SheetActions(ctx, session)
        self.more = QPushButton()
        self.more.clicked.connect(self.more_requested)
        for widget in (self.kept, self.reminder, self.where, self.sheet):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.more))
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Saved in your case")

    def show_registration(self, registration: Registration) -> None:
        """Say what was kept of ``registration``."""
        self.registration = registration
        self.retranslate()

    def retranslate(self) -> None:
        self.where.setText(
            self.tr(
                "You find it under “Registrations” in your case, where you can check its "
                "status or withdraw it."
            )
        )
        self.more.setText(self.tr("&Register somewhere else too"))
        self.more.setAccessibleName(self.tr("Register somewhere else too"))
        registration = self.registration
        if registration is None:
            return
        name = service_name(registration.service, self.language)
        self.kept.setText(
            self.tr(
                "Your registration with {0} is kept in your case file, encrypted. Keep your "
                "paper note of the case number and PIN too."
            ).format(name)
        )
        self.reminder.setText(
            self.tr("StillMine will remind you to check its status on {0}.").format(
                format_date(registration.next_check_at)
            )
            if registration.next_check_at is not None
            else self.tr("You chose no reminders.")
        )
