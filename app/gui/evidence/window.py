"""“Record where you found a copy”: one calm form for the evidence log, new or opened again.

The user pastes the web address; the platform is recognised as they type. A site StillMine
does not know leads to the host and registrar route, with a "Look up host" button: only on
that press, in the background, the site's domain name and address go to a public directory
(RDAP) and nothing else. When and how it was found (with the time zone), who shared it, a
description without graphic detail, personal data shown with it, threats, which of the
user's pictures it shows and screenshots (kept encrypted, named by SHA-256) complete the
record. The advocates' advice comes first: keep evidence before reporting, and do not
contact the person who shared it.

A copy opened again from the dashboard shows the same form, filled in, with whether it is
still online, when it was last checked and when to check again.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import Cancelled, UserError
from app.core.files import display_name
from app.core.letters.hosts import HostLookup, look_up_host
from app.core.letters.platforms import Platform, default_directory
from app.core.sightings import (
    CleanUrl,
    NotAWebAddress,
    SightingInput,
    build_sighting,
    clean_url,
    evidence_advice,
)
from app.core.vault import CaseFile, Item, Sighting, SightingStatus
from app.gui.context import AppContext
from app.gui.errors import describe
from app.gui.evidence.common import (
    MomentEdit,
    form_row,
    order_tabs,
    refill,
    service_type_text,
    text_box,
    wrapping_form,
)
from app.gui.evidence.screenshots import ScreenshotsPanel
from app.gui.evidence.work import (
    DEFAULT_RECHECK_DAYS,
    RECHECK_DAYS,
    PendingScreenshot,
    SaveResult,
    SightingDetail,
    Status,
    check_screenshot,
    load_items,
    load_sighting,
    save_changes,
    save_new,
    store_lookup,
)
from app.gui.registering.common import bullets, language_of
from app.gui.session import CaseSession
from app.gui.texts import format_date, status_text
from app.gui.widgets import (
    ScrollingBody,
    bold,
    button_row,
    callout,
    card,
    closing_buttons,
    heading,
    mark_problem,
    note,
    on_language_change,
    paragraph,
    window_buttons,
)
from app.gui.workers import Job

#: How real a copy is, as the core records it.
AI_MADE = ("unknown", "real", "ai", "manipulated")
#: Advice shown before "More advice" (preserve first; do not contact the perpetrator).
_ADVICE_FIRST = 2
#: Pictures visible in the list before it scrolls.
_ITEM_ROWS = 5


@dataclass
class _Field:
    """A labelled input of the form."""

    label: QLabel
    widget: QWidget


class SightingWindow(QWidget):
    """Record a copy found, or open one recorded before (``sighting_id``). Not modal.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
        letter_requested: the user wants to write a letter about this copy (its id).
    """

    quick_exit_requested = Signal()
    letter_requested = Signal(int)

    def __init__(
        self, ctx: AppContext, session: CaseSession, sighting_id: int | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.sighting_id = sighting_id
        self.detail: SightingDetail | None = None
        self.items: tuple[Item, ...] = ()
        self.lookup: HostLookup | None = None
        self.saving = False
        self._checking = 0
        self._last_saved: tuple[SaveResult, bool] | None = None
        scrolling = ScrollingBody(self, margins=12)
        self.scrolling = scrolling
        body = scrolling.body
        self.title = heading()
        self.subtitle = paragraph()
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self._advice_box())
        body.addWidget(self._where_card())
        body.addWidget(self._when_card())
        body.addWidget(self._who_card())
        body.addWidget(self._what_card())
        body.addWidget(self._screenshots_card())
        body.addWidget(self._status_card())
        self.save = QPushButton()
        self.save.clicked.connect(self._save)
        self.saved_note = paragraph()
        self.saved_note.hide()
        body.addLayout(button_row(self.save))
        body.addWidget(self.saved_note)
        body.addStretch(1)
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        self.letter = QPushButton()
        self.letter.clicked.connect(self._write_letter)
        scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.letter, self.close_button))
        ctx.branding.brand(self)
        self.resize(780, 760)
        self.retranslate()
        on_language_change(self, self.retranslate)
        self._url_changed()
        self._show_mode()
        order_tabs(self)
        self._load()

    # --- building ---------------------------------------------------------------------------

    def _advice_box(self) -> QFrame:
        box, layout = callout("calmPanel")
        self.advice_title = bold(paragraph())
        self.advice = paragraph()
        self.more_advice = paragraph()
        self.more_advice.hide()
        self.more_button = QPushButton()
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(self._toggle_advice)
        for widget in (self.advice_title, self.advice, self.more_advice):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.more_button))
        return box

    @staticmethod
    def _form(layout: QVBoxLayout, widget: QWidget, hint: QLabel | None = None) -> _Field:
        return _Field(form_row(layout, widget, hint), widget)

    def _where_card(self) -> QFrame:
        frame, layout, self.where_title = card()
        form = wrapping_form()
        self.url = QLineEdit()
        self.url.textChanged.connect(self._url_changed)
        self.url_note = note()
        self.url_field = self._form(form, self.url, self.url_note)
        layout.addLayout(form)
        self.unknown_box, unknown = callout("callout")
        self.unknown_title = bold(paragraph())
        self.unknown_steps = paragraph()
        self.look_up = QPushButton()
        self.look_up.clicked.connect(self._look_up_host)
        self.look_up_note = note()
        self.lookup_result = paragraph(selectable=True)
        for widget in (self.unknown_title, self.unknown_steps):
            unknown.addWidget(widget)
        unknown.addLayout(button_row(self.look_up))
        unknown.addWidget(self.look_up_note)
        unknown.addWidget(self.lookup_result)
        layout.addWidget(self.unknown_box)
        more = wrapping_form()
        self.media_url = QLineEdit()
        self.archived_url = QLineEdit()
        self.media_field = self._form(more, self.media_url)
        self.archived_field = self._form(more, self.archived_url)
        layout.addLayout(more)
        return frame

    def _when_card(self) -> QFrame:
        frame, layout, self.when_title = card()
        form = wrapping_form()
        self.found_at = MomentEdit()
        self.found_note = note()
        self.found_field = self._form(form, self.found_at, self.found_note)
        self.how_found = QLineEdit()
        self.how_field = self._form(form, self.how_found)
        layout.addLayout(form)
        return frame

    def _who_card(self) -> QFrame:
        frame, layout, self.who_title = card()
        self.who_intro = note()
        layout.addWidget(self.who_intro)
        form = wrapping_form()
        self.handle = QLineEdit()
        self.uploader_id = QLineEdit()
        self.display_name = QLineEdit()
        self.profile_url = QLineEdit()
        self.contact = QLineEdit()
        self.contact_note = note()
        self.handle_field = self._form(form, self.handle)
        self.id_field = self._form(form, self.uploader_id)
        self.display_field = self._form(form, self.display_name)
        self.profile_field = self._form(form, self.profile_url)
        self.contact_field = self._form(form, self.contact, self.contact_note)
        layout.addLayout(form)
        return frame

    def _what_card(self) -> QFrame:
        frame, layout, self.what_title = card()
        form = wrapping_form()
        self.description = text_box()
        self.description_note = note()
        self.description_field = self._form(form, self.description, self.description_note)
        self.ai_made = QComboBox()
        self.ai_field = self._form(form, self.ai_made)
        self.item_list = QListWidget()
        self.item_list.setMaximumHeight(
            self.item_list.fontMetrics().lineSpacing() * _ITEM_ROWS + 14
        )
        self.item_list.itemChanged.connect(lambda _item: self._show_minor_note())
        self.items_note = note()
        self.items_field = self._form(form, self.item_list, self.items_note)
        self.personal_data = text_box()
        self.personal_field = self._form(form, self.personal_data)
        self.identifying = QLineEdit()
        self.identifying_field = self._form(form, self.identifying)
        self.threats = text_box()
        self.threats_note = note()
        self.threats_field = self._form(form, self.threats, self.threats_note)
        self.context = text_box()
        self.context_field = self._form(form, self.context)
        layout.addLayout(form)
        self.minor_box, minor = callout("callout")
        self.minor_text = paragraph()
        minor.addWidget(self.minor_text)
        self.minor_box.hide()
        layout.addWidget(self.minor_box)
        return frame

    def _screenshots_card(self) -> QFrame:
        frame, layout, self.screenshots_title = card()
        self.screenshots = ScreenshotsPanel()
        self.screenshots.add_requested.connect(
            lambda: self.ctx.dialogs.choose_screenshots(self, self._check_screenshots)
        )
        self.screenshots.rows_changed.connect(lambda: order_tabs(self))
        layout.addWidget(self.screenshots)
        return frame

    def _status_card(self) -> QFrame:
        frame, layout, self.status_title = card()
        self.status_facts = paragraph()
        layout.addWidget(self.status_facts)
        form = wrapping_form()
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(self._status_changed)
        self.status_field = self._form(form, self.status)
        self.checked_now = QCheckBox()
        form.addWidget(self.checked_now)
        self.recheck = QComboBox()
        self.recheck.activated.connect(self._recheck_chosen)
        self.recheck_note = note()
        self.recheck_field = self._form(form, self.recheck, self.recheck_note)
        layout.addLayout(form)
        self.status_card = frame
        self._recheck_touched = False
        return frame

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate_advice()
        self.where_title.setText(self.tr("Where it is"))
        self.url_field.label.setText(self.tr("Web address (URL) of the page"))
        self.url.setAccessibleName(self.tr("Web address of the page"))
        self.unknown_title.setText(self.tr("StillMine does not know this site"))
        self.look_up.setText(self.tr("Look up &host"))
        self.look_up.setAccessibleName(self.tr("Look up host"))
        self.look_up_note.setText(
            self.tr(
                "Only the site's domain name and its internet address are sent, to a public "
                "directory (RDAP), and only when you press the button. Nothing else leaves "
                "your computer."
            )
        )
        self.media_field.label.setText(self.tr("Direct address of the picture or video (optional)"))
        self.media_url.setAccessibleName(self.tr("Direct address of the picture or video"))
        self.archived_field.label.setText(self.tr("Address of an archived copy (optional)"))
        self.archived_url.setAccessibleName(self.tr("Address of an archived copy"))
        self.when_title.setText(self.tr("When you found it"))
        self.found_field.label.setText(self.tr("Date, time and time zone"))
        self.found_at.set_names(
            self.tr("Date and time you found it"), self.tr("Time zone where you found it")
        )
        self.how_field.label.setText(
            self.tr("How you found it (optional): an alert, a friend, a search…")
        )
        self.how_found.setAccessibleName(self.tr("How you found it"))
        self._retranslate_who()
        self._retranslate_what()
        self.screenshots_title.setText(self.tr("Screenshots"))
        self._retranslate_status()
        self.letter.setText(self.tr("&Write a letter about it…"))
        self.letter.setAccessibleName(self.tr("Write a letter about this copy"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self._url_changed()
        self._show_mode()
        self._show_lookup()
        self._show_minor_note()
        self._show_saved()

    def _retranslate_advice(self) -> None:
        advice = evidence_advice(language_of(self.ctx))
        self.advice_title.setText(self.tr("Before you report anything"))
        self.advice.setText(bullets(advice[:_ADVICE_FIRST]))
        self.more_advice.setText(bullets(advice[_ADVICE_FIRST:]))
        self.more_button.setText(
            self.tr("Less advice") if self.more_button.isChecked() else self.tr("More advice")
        )
        self.more_button.setAccessibleName(self.more_button.text())

    def _retranslate_who(self) -> None:
        self.who_title.setText(self.tr("Who shared it"))
        self.who_intro.setText(
            self.tr(
                "Copy what the page shows, exactly. Everything here is optional. Do not "
                "contact this person."
            )
        )
        for field, text in (
            (self.handle_field, self.tr("Their user name or handle")),
            (self.id_field, self.tr("Their user ID (often a number)")),
            (self.display_field, self.tr("The name they show")),
            (self.profile_field, self.tr("Address of their profile")),
            (self.contact_field, self.tr("Their phone number or e-mail address")),
        ):
            field.label.setText(text)
            field.widget.setAccessibleName(text)
        self.contact_note.setText(
            self.tr(
                "For messages: the number or address it came from, not only the name in "
                "your contacts."
            )
        )

    def _retranslate_what(self) -> None:
        self.what_title.setText(self.tr("What it shows"))
        self.description_field.label.setText(self.tr("A short description, without graphic detail"))
        self.description.setAccessibleName(self.tr("Description, without graphic detail"))
        self.description_note.setText(
            self.tr(
                "For example: “a photo of me in a bedroom, my face is visible”. Letters quote "
                "it, so keep it short and plain."
            )
        )
        self.ai_field.label.setText(self.tr("Is it a real picture?"))
        self.ai_made.setAccessibleName(self.tr("Is it a real picture?"))
        self._fill_ai_made()
        self.items_field.label.setText(self.tr("Which of your pictures it shows"))
        self.item_list.setAccessibleName(self.tr("Which of your pictures it shows"))
        for field, text in (
            (self.personal_field, self.tr("Personal information shown with it (optional)")),
            (self.identifying_field, self.tr("What makes you recognisable (optional)")),
            (self.threats_field, self.tr("Threats or demands you received (optional)")),
            (self.context_field, self.tr("Anything else about it (optional)")),
        ):
            field.label.setText(text)
            field.widget.setAccessibleName(text.replace(self.tr(" (optional)"), ""))
        self.threats_note.setText(
            self.tr(
                "Write down what was said and when. If money, pictures or anything else is "
                "demanded, send nothing; the police can help."
            )
        )

    def _fill_ai_made(self) -> None:
        names = {
            "unknown": self.tr("I do not know"),
            "real": self.tr("It is a real picture of me"),
            "ai": self.tr("It was made with AI (a fake)"),
            "manipulated": self.tr("It is a real picture, edited"),
        }
        choices = ((names[value], value) for value in AI_MADE)
        refill(self.ai_made, choices, self.ai_made.currentData())

    def _retranslate_status(self) -> None:
        self.status_field.label.setText(self.tr("What you saw when you last looked"))
        self.status.setAccessibleName(self.tr("Is it still online?"))
        statuses = (
            SightingStatus.ONLINE,
            SightingStatus.REMOVED,
            SightingStatus.REUPLOADED,
            SightingStatus.UNKNOWN,
        )
        choices = ((status_text(status.value), status.value) for status in statuses)
        refill(self.status, choices, self.status.currentData())
        self.checked_now.setText(self.tr("I checked it just now"))
        self.checked_now.setAccessibleName(self.tr("I checked it just now"))
        self.recheck_field.label.setText(self.tr("Remind me to check again"))
        self.recheck.setAccessibleName(self.tr("Remind me to check again"))
        chosen_days = self.recheck.currentData()
        reminders = (
            (self.tr("In %n day(s)", "", days) if days else self.tr("No reminder"), days)
            for days in RECHECK_DAYS
        )
        wanted = DEFAULT_RECHECK_DAYS if chosen_days is None else chosen_days
        refill(self.recheck, reminders, wanted)
        self.recheck_note.setText(
            self.tr(
                "Copies that were removed are sometimes uploaded again. StillMine reminds you "
                "in your case; it never checks the site itself."
            )
        )

    # --- the web address --------------------------------------------------------------------

    def _clean_url(self) -> CleanUrl | None:
        try:
            return clean_url(self.url.text())
        except NotAWebAddress:
            return None

    def _platform(self, clean: CleanUrl | None) -> Platform | None:
        return default_directory().recognise(clean.host) if clean is not None else None

    def _url_changed(self) -> None:
        clean = self._clean_url()
        if self.lookup is not None and (clean is None or clean.host not in self._lookup_hosts()):
            self.lookup = None  # a look-up belongs to the site it was made for
            self._show_lookup()
        typed = self.url.text().strip()
        mark_problem(self.url_note, bool(typed) and clean is None)
        platform = self._platform(clean)
        self.unknown_box.setVisible(clean is not None and platform is None)
        self.look_up.setEnabled(clean is not None and not self.saving)
        if not typed:
            self.url_note.setText(
                self.tr(
                    "Paste the address from your browser's address bar, or use the site's "
                    "“Copy link”."
                )
            )
        elif clean is None:
            self.url_note.setText(
                self.tr(
                    "This is not a web address yet. Copy it from the browser's address bar "
                    "(it starts with https://), or use the site's “Copy link”."
                )
            )
        else:
            self.url_note.setText(self._url_facts(clean, platform))
        if platform is None and clean is not None:
            steps = default_directory().unknown.instructions_in(language_of(self.ctx))
            self.unknown_steps.setText(bullets(steps))
        self._update_save()

    def _url_facts(self, clean: CleanUrl, platform: Platform | None) -> str:
        lines = []
        if platform is not None:
            kind = service_type_text(platform.service_type)
            lines.append(
                self.tr("Recognised: {0} ({1}).").format(platform.name, kind)
                if kind
                else self.tr("Recognised: {0}.").format(platform.name)
            )
        else:
            lines.append(self.tr("A site StillMine does not know: {0}.").format(clean.host))
        if clean.scheme_added:
            lines.append(self.tr("“https://” will be added at the start."))
        if clean.removed:
            lines.append(
                self.tr("Tracking parts will be left out: {0}.").format(", ".join(clean.removed))
            )
        return " ".join(lines)

    def _lookup_hosts(self) -> set[str]:
        lookup = self.lookup
        if lookup is None:
            return set()
        clean = self._clean_url()
        host = clean.host if clean is not None else ""
        # The look-up was made for this address's site (by domain, or by IP address).
        return {host} if lookup.domain and host.endswith(lookup.domain) else set(lookup.addresses)

    # --- host look-up -----------------------------------------------------------------------

    def _look_up_host(self) -> None:
        clean = self._clean_url()
        if clean is None:
            return
        url, base_url = clean.url, self.ctx.config.rdap_url
        self.look_up.setEnabled(False)
        self.lookup_result.setText(self.tr("Looking up who hosts {0}…").format(clean.host))

        def work(_job: Job) -> HostLookup:
            return look_up_host(url, base_url=base_url)

        self.ctx.runner.run_in_pool(
            work, owner=self, on_success=self._looked_up, on_error=self._lookup_failed
        )

    def _looked_up(self, lookup: HostLookup) -> None:
        self.lookup = lookup
        self.look_up.setEnabled(True)
        self._show_lookup()
        sighting_id = self.sighting_id
        if sighting_id is not None:
            self.session.change(
                lambda repo: store_lookup(repo, sighting_id, lookup),
                lambda _sighting: None,
                lambda error: self.ctx.show_error(self, error),
                owner=self,
            )

    def _lookup_failed(self, error: BaseException) -> None:
        self.look_up.setEnabled(True)
        self._show_lookup()
        self.ctx.show_error(self, error)

    def _show_lookup(self) -> None:
        lookup = self.lookup
        sighting = self.detail.sighting if self.detail is not None else None
        lines: list[str] = []
        if lookup is not None:
            lines += self._lookup_lines(
                lookup.host,
                lookup.host_abuse_email,
                lookup.registrar,
                lookup.registrar_abuse_email,
            )
            lines.append(self.tr("Looked up on {0}.").format(format_date(lookup.looked_up_at)))
            if lookup.problems:
                lines.append(self.tr("Some of it could not be found; you can try again later."))
        elif sighting is not None and sighting.lookup_at is not None:
            lines += self._lookup_lines(
                sighting.host,
                sighting.host_abuse_email,
                sighting.registrar,
                sighting.registrar_abuse_email,
            )
            lines.append(self.tr("Looked up on {0}.").format(format_date(sighting.lookup_at)))
        self.lookup_result.setText("\n".join(lines))
        self.lookup_result.setVisible(bool(lines))

    def _lookup_lines(self, host: str, host_email: str, registrar: str, email: str) -> list[str]:
        unknown = self.tr("not found")
        return [
            self.tr("Hosting provider: {0}; abuse address: {1}").format(
                host or unknown, host_email or unknown
            ),
            self.tr("Registrar: {0}; abuse address: {1}").format(
                registrar or unknown, email or unknown
            ),
        ]

    # --- pictures and screenshots -----------------------------------------------------------

    def _show_items(self, items: tuple[Item, ...], ticked: tuple[int, ...]) -> None:
        self.items = items
        self.item_list.blockSignals(True)
        self.item_list.clear()
        editable = self.sighting_id is None
        for item in items:
            entry = QListWidgetItem(item.label)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if editable:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                # Which pictures a recorded copy shows cannot be changed (yet): shown only.
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            checked = item.id in ticked
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.item_list.addItem(entry)
        self.item_list.blockSignals(False)
        self.item_list.setVisible(bool(items))
        self._show_minor_note()

    def chosen_item_ids(self) -> tuple[int, ...]:
        """The pictures ticked as shown in the copy."""
        return tuple(
            int(entry.data(Qt.ItemDataRole.UserRole))
            for entry in (self.item_list.item(row) for row in range(self.item_list.count()))
            if entry.checkState() == Qt.CheckState.Checked
        )

    def _show_minor_note(self) -> None:
        ticked = set(self.chosen_item_ids())
        minors = [
            item
            for item in self.items
            if item.id in ticked and item.age_in_content.treated_as_minor
        ]
        self.minor_box.setVisible(bool(minors))
        self.minor_text.setText(
            self.tr(
                "A copy showing someone under 18 (or when you are not sure of the age) is kept "
                "here, but never put in a letter. Report it to the police, to Take It Down or "
                "the CyberTipline (NCMEC); in the Netherlands, Helpwanted.nl can help."
            )
        )

    def _check_screenshots(self, paths: list[str]) -> None:
        self._checking += len(paths)
        self.screenshots.set_working(self.tr("Checking the screenshots…"))
        self._update_save()
        for path in paths:

            def work(_job: Job, chosen: str = path) -> PendingScreenshot:
                return check_screenshot(chosen)

            def refused(error: BaseException, chosen: str = path) -> None:
                self._not_a_screenshot(chosen, error)

            self.ctx.runner.run_in_pool(
                work, owner=self, on_success=self._checked, on_error=refused
            )

    def _checked(self, screenshot: PendingScreenshot) -> None:
        self.screenshots.add_pending(screenshot)
        self._one_checked()

    def _not_a_screenshot(self, path: str, error: BaseException) -> None:
        self._one_checked()
        if isinstance(error, Cancelled):
            return
        message = describe(error, display_name(path))
        self.ctx.dialogs.warn(self, message.headline, message.text)

    def _one_checked(self) -> None:
        self._checking -= 1
        if not self._checking:
            self.screenshots.set_working("")
        self._update_save()

    # --- status -----------------------------------------------------------------------------

    def _status_changed(self) -> None:
        if self._recheck_touched:
            return
        removed = self.status.currentData() == SightingStatus.REMOVED.value
        self.recheck.setCurrentIndex(self.recheck.findData(30 if removed else DEFAULT_RECHECK_DAYS))

    def _recheck_chosen(self) -> None:
        self._recheck_touched = True

    def _show_status_facts(self) -> None:
        sighting = self.detail.sighting if self.detail is not None else None
        if sighting is None:
            self.status_facts.setText("")
            self.status_facts.hide()
            return
        lines = [
            self.tr("Status: {0}").format(status_text(sighting.status.value)),
            self.tr("Last checked: {0}").format(format_date(sighting.status_verified_at)),
            self.tr("Check again: {0}").format(format_date(sighting.next_recheck_at)),
        ]
        self.status_facts.setText("\n".join(lines))
        self.status_facts.show()

    def _status(self) -> Status:
        status = SightingStatus(str(self.status.currentData()))
        new = self.sighting_id is None
        days = int(self.recheck.currentData())
        touched = new or self._recheck_touched or self.checked_now.isChecked()
        if self.detail is not None:
            touched = touched or status is not self.detail.sighting.status
        return Status(
            status=status,
            checked=new or self.checked_now.isChecked(),
            recheck_days=days if touched else None,
        )

    # --- loading and saving -----------------------------------------------------------------

    def _load(self) -> None:
        sighting_id = self.sighting_id
        if sighting_id is None:
            self.session.read(load_items, self._items_loaded, self._load_failed, owner=self)
        else:
            self.session.read(
                lambda repo: load_sighting(repo, sighting_id),
                self._loaded,
                self._load_failed,
                owner=self,
            )

    def _items_loaded(self, items: tuple[Item, ...]) -> None:
        self._show_items(items, ())
        order_tabs(self)

    def _load_failed(self, error: BaseException) -> None:
        self.ctx.show_error(self, error)

    def _loaded(self, detail: SightingDetail) -> None:
        self.detail = detail
        self._fill(detail.sighting)
        self._show_items(detail.items, detail.sighting.item_ids)
        self.screenshots.show_stored(detail.evidence)
        self._show_mode()
        self._show_lookup()
        order_tabs(self)

    def _fill(self, sighting: Sighting) -> None:
        self.url.setText(sighting.url)
        self.found_at.set_moment(sighting.found_at)
        for widget, value in (
            (self.how_found, sighting.how_found),
            (self.media_url, sighting.media_url),
            (self.archived_url, sighting.archived_url),
            (self.handle, sighting.uploader_handle),
            (self.uploader_id, sighting.uploader_id),
            (self.display_name, sighting.uploader_display_name),
            (self.profile_url, sighting.uploader_profile_url),
            (self.contact, sighting.uploader_contact),
            (self.identifying, sighting.identifying_features),
        ):
            widget.setText(value)
        for box, value in (
            (self.description, sighting.description),
            (self.personal_data, sighting.personal_data_shown),
            (self.threats, sighting.threats),
            (self.context, sighting.context),
        ):
            box.setPlainText(value)
        self.ai_made.setCurrentIndex(max(0, self.ai_made.findData(sighting.ai_made)))
        blocked = self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(sighting.status.value)))
        self.status.blockSignals(blocked)
        self.checked_now.setChecked(False)
        self._recheck_touched = False

    def _show_mode(self) -> None:
        recorded = self.sighting_id is not None
        sighting = self.detail.sighting if self.detail is not None else None
        self.title.setText(
            self.tr("A copy you recorded") if recorded else self.tr("Record where you found a copy")
        )
        if sighting is not None:
            self.subtitle.setText(
                self.tr("Found on {0}. Change anything that is not right, then save.").format(
                    format_date(sighting.found_at)
                )
            )
        elif recorded:
            self.subtitle.setText(self.tr("Reading your case…"))
        else:
            self.subtitle.setText(
                self.tr(
                    "Take your time. Only the web address is needed; everything else helps "
                    "your letters and a report to the police."
                )
            )
        self.found_note.setText(
            self.tr("As it was on the clock where you found it.")
            if recorded
            else self.tr(
                "It starts at now, in this computer's time zone. Change it if you found the "
                "copy earlier or somewhere else."
            )
        )
        self.status_field.label.setVisible(recorded)
        self.status.setVisible(recorded)
        self.checked_now.setVisible(recorded)
        self.letter.setVisible(recorded)
        self._retranslate_status_title()
        self.save.setText(self.tr("&Save changes") if recorded else self.tr("&Save in my case"))
        self.save.setAccessibleName(self.save.text().replace("&", ""))
        self._update_save()

    def _retranslate_status_title(self) -> None:
        self.status_title.setText(
            self.tr("Is it still online?") if self.sighting_id is not None else self.tr("Reminder")
        )
        self.items_note.setText(
            self.tr("Tick each one. Only their labels and fingerprints are ever used.")
            if self.sighting_id is None
            else self.tr("The pictures you ticked when you recorded it.")
        )
        self._show_status_facts()

    def _update_save(self) -> None:
        ready = self._clean_url() is not None and not self.saving and not self._checking
        if self.sighting_id is not None and self.detail is None:
            ready = False
        self.save.setEnabled(ready)

    def entry(self) -> SightingInput:
        """What the form holds, as the core's input."""
        return SightingInput(
            url=self.url.text(),
            found_at=self.found_at.moment(),
            how_found=self.how_found.text(),
            uploader_handle=self.handle.text(),
            uploader_id=self.uploader_id.text(),
            uploader_display_name=self.display_name.text(),
            uploader_profile_url=self.profile_url.text(),
            uploader_contact=self.contact.text(),
            description=self.description.toPlainText(),
            personal_data_shown=self.personal_data.toPlainText(),
            threats=self.threats.toPlainText(),
            ai_made=str(self.ai_made.currentData()),
            identifying_features=self.identifying.text(),
            context=self.context.toPlainText(),
            media_url=self.media_url.text(),
            archived_url=self.archived_url.text(),
            item_ids=self.chosen_item_ids(),
        )

    def _save(self) -> None:
        self._last_saved = None
        entry = self.entry()
        try:
            edited = build_sighting(entry)  # the address and time are checked here, at once
        except UserError as error:
            self.ctx.show_error(self, error)
            return
        status = self._status()
        screenshots = self.screenshots.choices()
        sighting_id = self.sighting_id
        lookup = self.lookup

        def work(case: CaseFile, _job: Job) -> SaveResult:
            if sighting_id is None:
                return save_new(case, entry, status=status, screenshots=screenshots, lookup=lookup)
            return save_changes(case, sighting_id, edited, status=status, screenshots=screenshots)

        self.saving = True
        self._update_save()
        self.saved_note.setText(self.tr("Saving…"))
        self.saved_note.show()
        self.session.run(work, self._saved, self._save_failed, owner=self)

    def _saved(self, result: SaveResult) -> None:
        self.saving = False
        was_new = self.sighting_id is None
        self.sighting_id = result.sighting.id
        self.screenshots.clear_pending()
        self._last_saved = (result, was_new)
        self._show_saved()
        self.lookup = None
        self._load()
        # The confirmation sits under the Save button: bring it into view once laid out.
        QTimer.singleShot(0, self, lambda: self.scrolling.area.ensureWidgetVisible(self.saved_note))

    def _show_saved(self) -> None:
        """Say what the last save kept (again in a new language)."""
        if self._last_saved is None:
            return
        result, was_new = self._last_saved
        lines = [
            self.tr("Saved in your case.")
            if not was_new
            else self.tr(
                "Saved in your case. You can write a letter about it now, or later from "
                "“Copies found”."
            )
        ]
        if result.stored:
            lines.append(self.tr("%n screenshot(s) kept, encrypted.", "", len(result.stored)))
        lines += [
            self.tr("“{0}” was not kept: {1}").format(name, describe(error, name).text)
            for name, error in result.failed
        ]
        self.saved_note.setText("\n".join(lines))
        self.saved_note.show()

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self.saved_note.hide()
        self._update_save()
        self.ctx.show_error(self, error)

    # --- elsewhere --------------------------------------------------------------------------

    def _toggle_advice(self, shown: bool) -> None:
        self.more_advice.setVisible(shown)
        self._retranslate_advice()

    def _write_letter(self) -> None:
        if self.sighting_id is not None:
            self.letter_requested.emit(self.sighting_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        # What was typed and not saved is forgotten; nothing of it was written anywhere.
        event.accept()
        self.deleteLater()
