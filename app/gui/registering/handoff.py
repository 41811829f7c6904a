"""The guided hand-off to a service's own website (StopNCII.org, Take It Down).

StillMine cannot register for the user: the service's site makes the fingerprints again in
the browser, on the user's device. So this step explains what the site asks and does, warns
that the case number and PIN cannot be recovered, and opens the site only when the user
presses the button. ``RecordStep`` then keeps what the site gave back, encrypted.
"""

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from app.core.services.catalogue import Service
from app.core.services.eligibility import decide
from app.core.services.handoff import CHECK_INTERVALS_DAYS
from app.core.vault import Registration, utc_now
from app.gui.context import AppContext
from app.gui.overview import CaseOverview
from app.gui.registering.common import Step, bullets, catalogue, site_name
from app.gui.registering.work import WebsiteRecord, record_registration
from app.gui.session import CaseSession
from app.gui.widgets import button_row, callout, heading, note, paragraph

#: The reminder offered first: a month is often enough, and never too rare to forget.
DEFAULT_INTERVAL_DAYS = 30
#: Pictures visible in the list before it scrolls.
ITEM_ROWS = 6


class HandoffStep(Step):
    """Before the user goes to the service's site: what fits, what happens, what to keep.

    Signals:
        record_requested: the user registered on the site and wants to record it.
    """

    record_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.service: Service | None = None
        self.summary = paragraph()
        self.fits_title, self.fits = heading(), paragraph()
        self.device_box, device = callout("callout")
        self.device_title, self.device_text = heading(), paragraph(selectable=True)
        device.addWidget(self.device_title)
        device.addWidget(self.device_text)
        self.happens_title, self.happens = heading(), paragraph()
        self.limits_title, self.limits = heading(), paragraph()
        self.warning_box, warning = callout("contentWarning")
        self.warning_title, self.warning_text = heading(), paragraph()
        warning.addWidget(self.warning_title)
        warning.addWidget(self.warning_text)
        self.address = paragraph(selectable=True)
        self.open_site = QPushButton()
        self.open_site.clicked.connect(self._open_site)
        self.open_note = note()
        self.record = QPushButton()
        self.record.clicked.connect(self.record_requested)
        for widget in (
            self.summary,
            self.fits_title,
            self.fits,
            self.device_box,
            self.happens_title,
            self.happens,
            self.limits_title,
            self.limits,
            self.warning_box,
            self.address,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.open_site))
        self.body.addWidget(self.open_note)
        self.body.addLayout(button_row(self.record))
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        if self.service is None:
            return ""
        return self.tr("Before you go to {0}").format(self.service.name.get(self.language))

    def show_service(self, service: Service) -> None:
        """Explain ``service``'s site."""
        self.service = service
        self.retranslate()

    def retranslate(self) -> None:
        self.fits_title.setText(self.tr("Check that this fits"))
        self.happens_title.setText(self.tr("What happens on their site"))
        self.limits_title.setText(self.tr("What it cannot do"))
        self.open_note.setText(
            self.tr(
                "StillMine opens the site only when you press this button, and sends it "
                "nothing itself. Use the device that holds your photos or videos."
            )
        )
        self.record.setText(self.tr("Next: record what the site gave you"))
        self.record.setAccessibleName(self.tr("Record what the site gave you"))
        service = self.service
        if service is None:
            return
        language = self.language
        self.summary.setText(service.summary.get(language))
        self.fits.setText(bullets(service.eligibility.get(language)))
        self.happens.setText(bullets(service.what_happens.get(language)))
        self.limits.setText(service.does_not.get(language))
        self._explain_device_rule(service)
        self._warn(service)
        lines = [self.tr("Their website: {0}").format(service.url)]
        if language == "nl" and service.faq_url_nl:
            dutch = self.tr("Their questions and answers in Dutch: {0}")
            lines.append(dutch.format(service.faq_url_nl))
        self.address.setText("\n".join(lines))
        self.open_site.setText(self.tr("&Open {0} in your browser").format(site_name(service.url)))
        self.open_site.setAccessibleName(self.open_site.text().replace("&", ""))

    def _explain_device_rule(self, service: Service) -> None:
        # Take It Down wants the original device; the CyberTipline takes reports without it.
        original_device = service.age == "minor" and service.file_must_be_on_device
        self.device_box.setVisible(original_device)
        if not original_device:
            return
        tipline = next((r for r in catalogue().referrals if r.id == "cybertipline"), None)
        self.device_title.setText(self.tr("Use the device it was taken on"))
        lines = [
            self.tr(
                "Take It Down asks you to use the device on which the photo or video was "
                "first taken, such as your phone. Copies StillMine knows about on this "
                "computer may not be accepted."
            ),
            self.tr(
                "If you no longer have that device, report it to the CyberTipline instead. "
                "Never download images from someone else's posts in order to report them."
            ),
        ]
        if tipline is not None:
            lines.append(f"{tipline.url} · {tipline.phone}")
        self.device_text.setText("\n".join(lines))

    def _warn(self, service: Service) -> None:
        gives_codes = service.returns_case_number or service.returns_pin
        self.warning_title.setText(
            self.tr("Write down the case number and PIN")
            if gives_codes
            else self.tr("Write down any number it gives you")
        )
        self.warning_text.setText(service.returns.get(self.language))

    def _open_site(self) -> None:
        if self.service is not None:
            self.ctx.dialogs.open_url(self.service.url)


class RecordStep(Step):
    """Keep the case number and PIN the site gave, which pictures were sent, and a reminder.

    Signals:
        recorded: the registration was saved (the ``Registration``).
    """

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx)
        self.session = session
        self.service: Service | None = None
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.case_label, self.case_number = QLabel(), QLineEdit()
        self.case_note = note()
        self.pin_label, self.pin = QLabel(), QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_pin = QCheckBox()
        self.show_pin.toggled.connect(self._show_pin)
        self.pin_note = note()
        self.items_label, self.items = QLabel(), QListWidget()
        self.items.setMaximumHeight(self.items.fontMetrics().lineSpacing() * ITEM_ROWS + 12)
        self.items_note = note()
        self.date_label, self.date = QLabel(), QDateEdit()
        self.date.setCalendarPopup(True)
        # Day and month name: "29 November 2026" cannot be misread the way "11/29/26" can.
        self.date.setDisplayFormat("d MMMM yyyy")
        self.interval_label, self.interval = QLabel(), QComboBox()
        self.interval_note = note()
        for label, field, hint in (
            (self.case_label, self.case_number, self.case_note),
            (self.pin_label, self.pin, None),
            (None, self.show_pin, self.pin_note),
            (self.items_label, self.items, self.items_note),
            (self.date_label, self.date, None),
            (self.interval_label, self.interval, self.interval_note),
        ):
            if label is None:
                form.addRow(field)
            else:
                label.setBuddy(field)
                form.addRow(label, field)
            if hint is not None:
                form.addRow(hint)
        self.body.addLayout(form)
        for field in (self.case_number, self.pin):
            field.textChanged.connect(self._update_save)
        self.save = QPushButton()
        self.save.clicked.connect(self._save)
        self.body.addLayout(button_row(self.save))
        self.working = note()
        self.body.addWidget(self.working)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        if self.service is None:
            return ""
        return self.tr("Record your registration with {0}").format(
            self.service.name.get(self.language)
        )

    def prepare(self, service: Service, overview: CaseOverview) -> None:
        """An empty form for ``service``, listing the pictures that fit it (all ticked)."""
        self.service = service
        self.case_number.clear()
        self.pin.clear()
        self.show_pin.setChecked(False)
        self.items.clear()
        for item in overview.items:
            if decide(service, item).applies:
                entry = QListWidgetItem(item.label)
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.items.addItem(entry)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.retranslate()
        self.interval.setCurrentIndex(self.interval.findData(DEFAULT_INTERVAL_DAYS))

    def retranslate(self) -> None:
        required = self._required()
        self.intro.setText(
            self.tr(
                "Copy what the site showed you, exactly. StillMine keeps it in your case file, "
                "encrypted, and never puts your PIN in letters, exports or logs."
            )
        )
        self.case_label.setText(
            self.tr("&Case number")
            if required[0]
            else self.tr("&Case number (if the site gave you one)")
        )
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.case_note.setText(self.tr("You can paste it; spaces and line breaks are removed."))
        self.pin_label.setText(
            self.tr("&PIN") if required[1] else self.tr("&PIN (if the site gave you one)")
        )
        self.pin.setAccessibleName(self.tr("PIN"))
        self.show_pin.setText(self.tr("&Show the PIN while I type"))
        self.show_pin.setAccessibleName(self.tr("Show the PIN while I type"))
        self.pin_note.setText(
            self.tr("Neither can be recovered if lost: keep your paper copy too.")
        )
        self.items_label.setText(self.tr("Pictures you re&gistered"))
        self.items.setAccessibleName(self.tr("Pictures you registered"))
        self.items_note.setText(self.tr("Untick any picture you did not register on the site."))
        self.date_label.setText(self.tr("&Date you registered"))
        self.date.setAccessibleName(self.tr("Date you registered"))
        self.interval_label.setText(self.tr("&Remind me to check its status"))
        self.interval.setAccessibleName(self.tr("Remind me to check its status"))
        self.interval_note.setText(
            self.tr("StillMine reminds you in your case, the next time you open it.")
        )
        self._fill_intervals()
        self.save.setText(self.tr("Sa&ve in my case"))
        self.save.setAccessibleName(self.tr("Save in my case"))
        self.working.setText("")
        self._update_save()

    def _fill_intervals(self) -> None:
        chosen = self.interval.currentData()
        self.interval.clear()
        for days in CHECK_INTERVALS_DAYS:
            self.interval.addItem(self.tr("Every %n day(s)", "", days), days)
        self.interval.addItem(self.tr("No reminders"), 0)
        if chosen is not None:
            self.interval.setCurrentIndex(self.interval.findData(chosen))

    def _required(self) -> tuple[bool, bool]:
        service = self.service
        if service is None:
            return (True, True)
        return (service.returns_case_number, service.returns_pin)

    def _show_pin(self, shown: bool) -> None:
        self.pin.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _update_save(self) -> None:
        needs_case, needs_pin = self._required()
        self.save.setEnabled(
            (bool(self.case_number.text().strip()) or not needs_case)
            and (bool(self.pin.text().strip()) or not needs_pin)
        )

    def chosen_item_ids(self) -> tuple[int, ...]:
        """The ticked pictures."""
        return tuple(
            int(entry.data(Qt.ItemDataRole.UserRole))
            for entry in (self.items.item(row) for row in range(self.items.count()))
            if entry.checkState() == Qt.CheckState.Checked
        )

    def _submitted_at(self) -> datetime:
        chosen = self.date.date()
        if chosen == QDate.currentDate():
            return utc_now()
        # An earlier day: its middle, so that no time zone moves it to another date.
        day = date(chosen.year(), chosen.month(), chosen.day())
        local = datetime.combine(day, time(12)).astimezone()
        return local.astimezone(UTC)

    def _save(self) -> None:
        service = self.service
        if service is None:
            return
        days = int(self.interval.currentData() or 0)
        record = WebsiteRecord(
            service=service,
            case_number=self.case_number.text(),
            pin=self.pin.text(),
            item_ids=self.chosen_item_ids(),
            submitted_at=self._submitted_at(),
            interval_days=days or None,
        )
        self.save.setEnabled(False)
        self.working.setText(self.tr("Saving…"))
        self.session.change(
            lambda repo: record_registration(repo, record),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, registration: Registration) -> None:
        # What the site gave is in the case now: it does not stay in the window.
        self.case_number.clear()
        self.pin.clear()
        self.working.setText("")
        self.recorded.emit(registration)

    def _failed(self, error: BaseException) -> None:
        self.working.setText("")
        self._update_save()
        self.ctx.show_error(self, error)
