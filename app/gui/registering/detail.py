"""One registration: what the service gave back, its status checks and reminders, and how to
withdraw it.

The PIN stays masked until the user asks to see it (it is read from the case only then, and
forgotten when hidden again). For a website service the user checks the status on the site
and records what they saw, which moves the next reminder on; withdrawing is done on the site
too and then recorded here. For a hash bank, StillMine checks and withdraws itself. When an
edited copy of a registered picture turns up, this window says it needs registering again.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.core.services.catalogue import CatalogueError, Service
from app.core.services.handoff import record_status_check, record_withdrawal
from app.core.services.hashbank import SERVICE_ID as HASH_BANK
from app.core.vault import CaseRepository, Registration, RegistrationCheck, utc_now
from app.gui.context import AppContext
from app.gui.registering.bank_status import BankStatusPanel
from app.gui.registering.common import bullets, catalogue, language_of, service_name, site_name
from app.gui.registering.sheet import SheetActions
from app.gui.registering.work import BankState, RegistrationDetail, load_detail
from app.gui.session import CaseSession
from app.gui.tables import Cell, RecordsModel
from app.gui.texts import format_date, status_text
from app.gui.widgets import (
    ScrollingBody,
    bold,
    button_column,
    button_row,
    callout,
    card,
    closing_buttons,
    heading,
    note,
    on_language_change,
    paragraph,
    window_buttons,
)

#: What the user may have seen when checking the status on a service's site.
CHECK_STATUSES = ("active", "received", "unknown")
#: Rows of the status-check log visible before it scrolls.
LOG_ROWS = 4
_MASK = "••••••"


class RegistrationWindow(QWidget):
    """One registration, opened from the dashboard. Not modal.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession, registration_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.registration_id = registration_id
        self.detail: RegistrationDetail | None = None
        self._pin = ""
        scrolling = ScrollingBody(self, margins=12)
        layout = scrolling.body
        self.title = heading()
        layout.addWidget(self.title)
        layout.addLayout(self._facts())
        self.again_box, again = callout("callout")
        self.again_title, self.again_text = heading(), paragraph()
        again.addWidget(self.again_title)
        again.addWidget(self.again_text)
        layout.addWidget(self.again_box)
        self.check_group = self._check_group()
        self.withdraw_group = self._withdraw_group()
        self.bank_group, bank, self.bank_title = card()
        self.bank_panel = BankStatusPanel(ctx, session)
        bank.addWidget(self.bank_panel)
        self.sheet = SheetActions(ctx, session)
        for widget in (self.check_group, self.withdraw_group, self.bank_group, self.sheet):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(720, 720)
        self.retranslate()
        on_language_change(self, self.retranslate)
        session.changed.connect(self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _facts(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, QLabel] = {}
        self.facts: dict[str, QLabel] = {}
        for key in (
            "website",
            "case",
            "pin",
            "bank-url",
            "bank-name",
            "token",
            "submitted",
            "pictures",
            "status",
            "reminders",
            "withdrawn",
        ):
            label, value = QLabel(), paragraph(selectable=True)
            self.fact_labels[key], self.facts[key] = label, value
            if key == "pin":
                form.addRow(label, self._pin_row(value))
            else:
                form.addRow(label, value)
        return form

    def _pin_row(self, value: QLabel) -> QWidget:
        # The masked PIN with its "Show" button beside it.
        row = self.pin_row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.show_pin = QPushButton()
        self.show_pin.setCheckable(True)
        self.show_pin.toggled.connect(self._pin_toggled)
        layout.addWidget(value)
        layout.addWidget(self.show_pin)
        layout.addStretch(1)
        return row

    def _check_group(self) -> QFrame:
        group, layout, self.check_title = card()
        self.check_how = paragraph()
        self.check_site = QPushButton()
        self.check_site.clicked.connect(self._open_site)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.seen_label, self.seen = QLabel(), QComboBox()
        self.seen_label.setBuddy(self.seen)
        self.check_note_label, self.check_note = QLabel(), QLineEdit()
        self.check_note_label.setBuddy(self.check_note)
        form.addRow(self.seen_label, self.seen)
        form.addRow(self.check_note_label, self.check_note)
        self.checked = QPushButton()
        self.checked.clicked.connect(self._record_check)
        self.log_title = bold(paragraph())
        self.log_model = RecordsModel[RegistrationCheck](self._log_headers, self._log_cell, self)
        self.log = QTableView()
        self.log.setModel(self.log_model)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setTabKeyNavigation(False)
        self.log.setWordWrap(True)
        self.log.verticalHeader().hide()
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.log.setMinimumHeight(self.log.fontMetrics().lineSpacing() * (LOG_ROWS + 2))
        self.log_empty = note()
        layout.addWidget(self.check_how)
        layout.addLayout(button_row(self.check_site))
        layout.addLayout(form)
        layout.addLayout(button_row(self.checked))
        for widget in (self.log_title, self.log_empty, self.log):
            layout.addWidget(widget)
        return group

    def _withdraw_group(self) -> QFrame:
        group, layout, self.withdraw_title = card()
        self.withdraw_how = paragraph()
        self.withdraw_site = QPushButton()
        self.withdraw_site.clicked.connect(self._open_site)
        self.withdrawn_button = QPushButton()
        self.withdrawn_button.clicked.connect(self._record_withdrawal)
        self.withdraw_note = note()
        layout.addWidget(self.withdraw_how)
        layout.addLayout(button_column(self.withdraw_site, self.withdrawn_button))
        layout.addWidget(self.withdraw_note)
        return group

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "website": self.tr("Website"),
            "case": self.tr("Case number"),
            "pin": self.tr("PIN"),
            "bank-url": self.tr("Bank address"),
            "bank-name": self.tr("Bank name"),
            "token": self.tr("Access token"),
            "submitted": self.tr("Registered on"),
            "pictures": self.tr("Pictures"),
            "status": self.tr("Status"),
            "reminders": self.tr("Reminders"),
            "withdrawn": self.tr("Withdrawn on"),
        }
        for key, label in self.fact_labels.items():
            label.setText(names[key])
        self.again_title.setText(self.tr("An edited copy needs registering"))
        self.check_title.setText(self.tr("Check its status"))
        self.seen_label.setText(self.tr("&What did you see?"))
        self.seen.setAccessibleName(self.tr("What did you see?"))
        self._fill_statuses()
        self.check_note_label.setText(self.tr("Note for &yourself (optional)"))
        self.check_note.setAccessibleName(self.tr("Note for yourself"))
        self.checked.setText(self.tr("I chec&ked the status"))
        self.checked.setAccessibleName(self.tr("I checked the status"))
        self.log_title.setText(self.tr("Your status checks"))
        self.log.setAccessibleName(self.tr("Your status checks"))
        self.log_empty.setText(self.tr("No status checks recorded yet."))
        self.log_model.retranslate()
        self.withdraw_title.setText(self.tr("Withdraw it"))
        self.withdrawn_button.setText(self.tr("I with&drew it"))
        self.withdrawn_button.setAccessibleName(self.tr("I withdrew it"))
        self.withdraw_note.setText(
            self.tr("Once you record it, StillMine stops reminding you about this registration.")
        )
        self.bank_title.setText(self.tr("Your fingerprints at the bank"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close this registration"))
        self._show()

    def _fill_statuses(self) -> None:
        chosen = self.seen.currentData()
        self.seen.clear()
        answers = {
            "active": self.tr("It is active"),
            "received": self.tr("It was received, not active yet"),
            "unknown": self.tr("I could not tell"),
        }
        for status in CHECK_STATUSES:
            self.seen.addItem(answers[status], status)
        if chosen is not None:
            self.seen.setCurrentIndex(self.seen.findData(chosen))

    def _log_headers(self) -> list[str]:
        return [self.tr("Checked on"), self.tr("What you saw"), self.tr("Note")]

    def _log_cell(self, check: RegistrationCheck, column: int) -> Cell:
        values = (format_date(check.checked_at), status_text(check.status), check.note or "–")
        return Cell(values[column])

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the registration again."""
        registration_id = self.registration_id
        self.session.read(
            lambda repo: load_detail(repo, registration_id),
            self._loaded,
            lambda error: self.ctx.show_error(self, error),
            owner=self,
        )

    def _loaded(self, detail: RegistrationDetail) -> None:
        self.detail = detail
        self._show()
        if detail.registration.service == HASH_BANK:
            self.bank_panel.show_state(BankState(detail.registration, detail.entries, None))

    def _service(self) -> Service | None:
        if self.detail is None:
            return None
        try:
            return catalogue().service(self.detail.registration.service)
        except CatalogueError:
            return None

    def _show(self) -> None:
        detail = self.detail
        if detail is None:
            self.title.setText(self.tr("Reading your case…"))
            for widget in (self.again_box, self.check_group, self.withdraw_group, self.bank_group):
                widget.hide()
            return
        registration = detail.registration
        language = language_of(self.ctx)
        self.title.setText(service_name(registration.service, language))
        self._show_facts(detail)
        self._show_register_again(detail)
        is_bank = registration.service == HASH_BANK
        still_open = registration.withdrawn_at is None
        self.bank_group.setVisible(is_bank)
        self.check_group.setVisible(not is_bank)
        self.withdraw_group.setVisible(not is_bank and still_open)
        service = self._service()
        self._show_site_steps(service, still_open)
        self.log_model.set_records(list(detail.checks))
        self.log.setVisible(bool(detail.checks))
        self.log_empty.setVisible(not detail.checks)

    def _show_facts(self, detail: RegistrationDetail) -> None:
        registration = detail.registration
        service = self._service()
        is_bank = registration.service == HASH_BANK
        values = {
            "website": service.url if service is not None and service.url else "",
            "case": registration.case_number or ("" if is_bank else self.tr("None given")),
            "pin": (self._pin or _MASK) if registration.has_pin else "",
            "bank-url": registration.bank_url,
            "bank-name": registration.bank_name,
            "token": self._token_text(registration) if is_bank else "",
            "submitted": format_date(registration.submitted_at),
            "pictures": ", ".join(detail.overview.labels(detail.item_ids())) or "–",
            "status": status_text(registration.status),
            "reminders": self._reminder_text(registration),
            "withdrawn": format_date(registration.withdrawn_at)
            if registration.withdrawn_at is not None
            else "",
        }
        for key, value in values.items():
            self.facts[key].setText(value)
            self.facts[key].setVisible(bool(value))
            self.fact_labels[key].setVisible(bool(value))
        self.facts["pin"].setAccessibleName(
            self.tr("PIN") if self._pin else self.tr("PIN (hidden)")
        )
        self.pin_row.setVisible(registration.has_pin)
        self.show_pin.setText(self.tr("&Hide the PIN") if self._pin else self.tr("&Show the PIN"))

    def _token_text(self, registration: Registration) -> str:
        if registration.token_secret_id is None:
            return self.tr("None")
        return self.tr("Kept in your case ({0})").format(_MASK)

    def _reminder_text(self, registration: Registration) -> str:
        if registration.withdrawn_at is not None or registration.service == HASH_BANK:
            return ""
        if not registration.check_interval_days:
            return self.tr("None")
        every = self.tr("Every %n day(s)", "", registration.check_interval_days)
        return self.tr("{0}; next on {1}").format(every, format_date(registration.next_check_at))

    def _show_register_again(self, detail: RegistrationDetail) -> None:
        prompts = detail.register_again()
        self.again_box.setVisible(bool(prompts))
        lines = [
            self.tr("{0}: an edited copy was found ({1}).").format(
                item.label, sighting.platform or sighting.url
            )
            for item, sighting in prompts
        ]
        lines.append(
            self.tr(
                "Edited copies (cropped, with text or emoji) can slip past a fingerprint. If "
                "you have that copy, add it to your case with “Add pictures…” and register it "
                "here too."
            )
        )
        self.again_text.setText(bullets(lines[:-1]) + "\n" + lines[-1])

    def _show_site_steps(self, service: Service | None, still_open: bool) -> None:
        language = language_of(self.ctx)
        self.check_how.setText(service.check_status.get(language) if service else "")
        self.withdraw_how.setText(service.withdraw.get(language) if service else "")
        has_site = service is not None and bool(service.url)
        for button in (self.check_site, self.withdraw_site):
            button.setVisible(has_site and still_open)
        if service is not None and service.url:
            site = site_name(service.url)
            self.check_site.setText(self.tr("&Open {0} in your browser").format(site))
            self.withdraw_site.setText(self.tr("O&pen {0} to withdraw").format(site))
            for button in (self.check_site, self.withdraw_site):
                button.setAccessibleName(button.text().replace("&", ""))
        for widget in (self.seen_label, self.seen, self.check_note_label, self.check_note):
            widget.setVisible(still_open)
        self.checked.setVisible(still_open)

    # --- what the user does -----------------------------------------------------------------

    def _open_site(self) -> None:
        service = self._service()
        if service is not None and service.url:
            self.ctx.dialogs.open_url(service.url)

    def _pin_toggled(self, shown: bool) -> None:
        detail = self.detail
        if not shown or detail is None:
            self._pin = ""  # hidden again: not kept in the window either
            self._show()
            return
        registration = detail.registration

        def reveal(repo: CaseRepository) -> str:
            return repo.reveal_pin(registration)

        self.session.read(reveal, self._pin_read, self._pin_failed, owner=self)

    def _pin_read(self, pin: str) -> None:
        if self.show_pin.isChecked():
            self._pin = pin
            self._show()

    def _pin_failed(self, error: BaseException) -> None:
        self.show_pin.setChecked(False)
        self.ctx.show_error(self, error)

    def _record_check(self) -> None:
        detail = self.detail
        if detail is None:
            return
        registration = detail.registration
        status = str(self.seen.currentData())
        text = self.check_note.text().strip()
        self.checked.setEnabled(False)
        self.session.change(
            lambda repo: record_status_check(repo, registration, status, utc_now(), text),
            lambda _check: self._changed(),
            self._failed,
            owner=self,
        )

    def _record_withdrawal(self) -> None:
        detail = self.detail
        if detail is None:
            return
        registration = detail.registration
        self.withdrawn_button.setEnabled(False)
        self.session.change(
            lambda repo: record_withdrawal(repo, registration, utc_now()),
            lambda _none: self._changed(),
            self._failed,
            owner=self,
        )

    def _changed(self) -> None:
        self.check_note.clear()
        self.checked.setEnabled(True)
        self.withdrawn_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._changed()
        self.ctx.show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._pin = ""
        event.accept()
        self.deleteLater()
