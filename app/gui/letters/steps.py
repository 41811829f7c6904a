"""The first steps of writing a letter: which copies, to whom, what kind, and the answers.

Each step is a screen of ``LetterWindow``. The last of these shows a live checklist: every
element the law or the platform requires, ticked when the case and the answers hold it, and
otherwise named with its legal citation and what it still needs, so nothing is a surprise
when the letter is made.
"""

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.letters.data import Answers, LetterData, PersonDetails, Recipient, Representative
from app.core.letters.kinds import LetterType
from app.core.letters.library import default_library
from app.core.letters.platforms import Platform, default_directory
from app.core.letters.render import check_letter, dmca_warning, offered_types
from app.gui.context import AppContext
from app.gui.evidence.common import (
    WrappingChoice,
    form_row,
    layout_children,
    order_tabs,
    refill,
    text_box,
    where_text,
    wrapping_form,
)
from app.gui.letters.names import type_name, type_summary, wrappable
from app.gui.letters.work import (
    HOST,
    JURISDICTIONS,
    REGISTRAR,
    SOMEONE_ELSE,
    LetterState,
    unknown_sighting,
)
from app.gui.registering.common import Step, bullets
from app.gui.texts import format_date
from app.gui.widgets import (
    ChoiceGroup,
    bold,
    button_row,
    callout,
    card,
    mark_problem,
    note,
    paragraph,
)

#: Copies visible in the list before it scrolls.
_LIST_ROWS = 6


class LetterStep(Step):
    """A step of the letter window, sharing the letter being written.

    Signals:
        done: the user pressed the step's button to go on.
    """

    done = Signal()

    def __init__(self, ctx: AppContext, state: LetterState) -> None:
        super().__init__(ctx)
        self.state = state
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._next)

    def _finish(self) -> None:
        """Put the step's button at the end of the step."""
        self.body.addLayout(button_row(self.next_button))
        self.body.addStretch(1)

    def _next(self) -> None:
        self.done.emit()


# --- which copies -----------------------------------------------------------------------------


class CopiesStep(LetterStep):
    """Which copies the letter is about (never copies of someone under 18)."""

    def __init__(self, ctx: AppContext, state: LetterState) -> None:
        super().__init__(ctx, state)
        self.intro = paragraph()
        self.copies = QListWidget()
        self.copies.setMinimumHeight(self.copies.fontMetrics().lineSpacing() * _LIST_ROWS + 14)
        self.copies.itemChanged.connect(lambda _item: self._update())
        self.empty = note()
        self.minors_box, minors = callout("callout")
        self.minors_text = paragraph()
        minors.addWidget(self.minors_text)
        for widget in (self.intro, self.copies, self.empty, self.minors_box):
            self.body.addWidget(widget)
        self._finish()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Which copies is the letter about?")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Tick the copies this letter is about. One letter can name several copies "
                "on the same site."
            )
        )
        self.copies.setAccessibleName(self.tr("Copies the letter is about"))
        self.empty.setText(
            self.tr(
                "You have not recorded any copies yet. Record where you found one first "
                "(“Record a copy you found…” in your case): every letter needs its web address."
            )
        )
        self.minors_text.setText(
            self.tr(
                "Copies of a picture of someone under 18 (or when you are not sure of the age) "
                "are never put in a letter. Report them to the police, to Take It Down or the "
                "CyberTipline (NCMEC); in the Netherlands, Helpwanted.nl can help."
            )
        )
        self.next_button.setText(self.tr("&Next: who it goes to"))
        self.next_button.setAccessibleName(self.tr("Next: who it goes to"))
        self.show_copies()

    def show_copies(self) -> None:
        """List the case's copies, ticking those already chosen."""
        start = self.state.start
        if start is None:
            return
        blocked = start.blocked_sighting_ids()
        chosen = set(self.state.sighting_ids)
        self.copies.blockSignals(True)
        self.copies.clear()
        for sighting in start.overview.sightings:
            where = where_text(sighting)
            if where != sighting.url:
                where = self.tr("{0} ({1})").format(where, sighting.url)
            text = self.tr("{0}, found on {1}").format(where, format_date(sighting.found_at))
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, sighting.id)
            if sighting.id in blocked:
                entry.setText(self.tr("{0} (not in letters: someone under 18)").format(text))
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = sighting.id in chosen
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.copies.addItem(entry)
        self.copies.blockSignals(False)
        self.copies.setVisible(bool(start.overview.sightings))
        self.empty.setVisible(not start.overview.sightings)
        self.minors_box.setVisible(bool(blocked))
        self._update()

    def chosen_ids(self) -> tuple[int, ...]:
        """The ticked copies."""
        return tuple(
            int(entry.data(Qt.ItemDataRole.UserRole))
            for entry in (self.copies.item(row) for row in range(self.copies.count()))
            if entry.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and entry.checkState() == Qt.CheckState.Checked
        )

    def _update(self) -> None:
        self.next_button.setEnabled(bool(self.chosen_ids()))

    def _next(self) -> None:
        self.state.sighting_ids = self.chosen_ids()
        self.done.emit()


# --- who it goes to ---------------------------------------------------------------------------


class RecipientStep(LetterStep):
    """Who the letter goes to: a platform from the directory, or a site's host or registrar.

    Signals:
        look_up_requested: the user pressed "Look up host" (the window does the look-up).
    """

    look_up_requested = Signal()

    def __init__(self, ctx: AppContext, state: LetterState) -> None:
        super().__init__(ctx, state)
        self.intro = paragraph()
        form = wrapping_form()
        self.platform = QComboBox()
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.platform_label = form_row(form, self.platform)
        self.about = paragraph()
        self.unknown_box, unknown = callout("callout")
        self.unknown_title = bold(paragraph())
        self.unknown_steps = paragraph()
        self.site = paragraph()
        self.look_up = QPushButton()
        self.look_up.clicked.connect(self.look_up_requested)
        self.look_up_note = note()
        self.lookup_result = paragraph(selectable=True)
        self.target = ChoiceGroup([HOST, REGISTRAR, SOMEONE_ELSE])
        self.target.changed.connect(self._update)
        for widget in (self.unknown_title, self.unknown_steps, self.site):
            unknown.addWidget(widget)
        unknown.addLayout(button_row(self.look_up))
        unknown.addWidget(self.look_up_note)
        unknown.addWidget(self.lookup_result)
        unknown.addWidget(self.target)
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self.body.addWidget(self.about)
        self.body.addWidget(self.unknown_box)
        self._finish()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Who should it go to?")

    def prepare(self, suggested: Platform | None) -> None:
        """Suggest the platform of the chosen copies (or the host route for an unknown site)."""
        self._fill_platforms()
        index = self.platform.findData(suggested.id if suggested is not None else "")
        self.platform.setCurrentIndex(max(0, index))
        self.target.set_value(self.state.unknown_choice)
        self._platform_changed()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "StillMine suggests the site where the copy is. Each site has its own ways to "
                "report; StillMine knows those of the sites below."
            )
        )
        self.platform_label.setText(self.tr("Send it to"))
        self.platform.setAccessibleName(self.tr("Send it to"))
        self._fill_platforms()
        self.unknown_title.setText(self.tr("A site StillMine does not know"))
        self.look_up.setText(self.tr("Look up &host"))
        self.look_up.setAccessibleName(self.tr("Look up host"))
        self.look_up_note.setText(
            self.tr(
                "Only the site's domain name and its internet address are sent, to a public "
                "directory (RDAP), and only when you press the button."
            )
        )
        self.next_button.setText(self.tr("&Next: what kind of letter"))
        self.next_button.setAccessibleName(self.tr("Next: what kind of letter"))
        self.show_state()

    def _fill_platforms(self) -> None:
        platforms = sorted(default_directory().platforms, key=lambda p: p.name.lower())
        choices: list[tuple[str, object]] = [(p.name, p.id) for p in platforms]
        choices.append((self.tr("A site StillMine does not know (its host or registrar)"), ""))
        refill(self.platform, choices, self.platform.currentData())

    def _platform_changed(self) -> None:
        platform_id = str(self.platform.currentData() or "")
        directory = default_directory()
        self.state.platform = directory.platform(platform_id) if platform_id else None
        self.show_state()

    def show_state(self) -> None:
        """Show what is known about the chosen recipient."""
        platform = self.state.platform
        self.unknown_box.setVisible(platform is None)
        self.about.setVisible(platform is not None)
        if platform is not None:
            self.about.setText(self._platform_text(platform))
        else:
            self._show_unknown()
        self._update()

    def _platform_text(self, platform: Platform) -> str:
        lines = list(platform.notes_in(self.language))
        if platform.never_use:
            lines.append(
                self.tr("Never send reports to {0}: it is not for reports.").format(
                    ", ".join(platform.never_use)
                )
            )
        checked = format_date_only(platform.last_checked)
        lines.append(
            self.tr("StillMine's details for this site were checked on {0}.").format(checked)
        )
        if platform.verified != "yes":
            lines.append(
                self.tr(
                    "Some of them are not confirmed: check them on the site's own pages before "
                    "you send anything."
                )
            )
        return wrappable(bullets(lines))

    def _show_unknown(self) -> None:
        steps = default_directory().unknown.instructions_in(self.language)
        self.unknown_steps.setText(wrappable(bullets(steps)))
        base = self.state.base
        sighting = unknown_sighting(base) if base is not None else None
        self.site.setText(
            wrappable(self.tr("The copy: {0}").format(sighting.url)) if sighting else ""
        )
        self.site.setVisible(sighting is not None)
        self.look_up.setVisible(sighting is not None)
        self.look_up_note.setVisible(sighting is not None)
        found = sighting is not None and bool(sighting.host or sighting.registrar)
        unknown = self.tr("not found")
        if sighting is not None and found:
            self.lookup_result.setText(
                "\n".join(
                    [
                        self.tr("Hosting provider: {0}; abuse address: {1}").format(
                            sighting.host or unknown, sighting.host_abuse_email or unknown
                        ),
                        self.tr("Registrar: {0}; abuse address: {1}").format(
                            sighting.registrar or unknown,
                            sighting.registrar_abuse_email or unknown,
                        ),
                    ]
                )
            )
        self.lookup_result.setVisible(found)
        self.target.set_texts(
            self.tr("Write to"),
            [
                self.tr("The hosting provider: it controls the content (best first)"),
                self.tr("The registrar: it can only suspend the whole domain"),
                self.tr("Someone else: I will fill in who"),
            ],
        )

    def set_looking_up(self, busy: bool) -> None:
        """Show that a look-up is running (the button waits)."""
        self.look_up.setEnabled(not busy)
        if busy:
            self.lookup_result.setText(self.tr("Looking up who hosts the site…"))
            self.lookup_result.show()

    def _update(self) -> None:
        self.state.unknown_choice = self.target.value
        self.next_button.setEnabled(True)

    def _next(self) -> None:
        self.state.unknown_choice = self.target.value
        self.done.emit()


def format_date_only(day: date) -> str:
    """A ``date`` (not a moment) in the user's language."""
    return format_date(datetime(day.year, day.month, day.day, 12).astimezone())


# --- what kind of letter ----------------------------------------------------------------------


class TypeStep(LetterStep):
    """What kind of letter, in which language; a DMCA notice only after its warning."""

    def __init__(self, ctx: AppContext, state: LetterState) -> None:
        super().__init__(ctx, state)
        self.intro = paragraph()
        form = wrapping_form()
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.language_label = form_row(form, self.language_box)
        self.choices_box = QWidget()
        self.choices = QVBoxLayout(self.choices_box)
        self.choices.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(self._toggled)
        self.buttons: dict[LetterType, QRadioButton] = {}
        self.names: dict[LetterType, WrappingChoice] = {}
        self.summaries: dict[LetterType, QLabel] = {}
        self.no_dmca = note()
        self.dmca_box, dmca = callout("contentWarning")
        self.dmca_title = bold(paragraph())
        self.dmca_text = paragraph()
        self.dmca_ok = QCheckBox()
        self.dmca_ok.toggled.connect(self._dmca_answered)
        self.dmca_choice = WrappingChoice(self.dmca_ok)
        for widget in (self.dmca_title, self.dmca_text, self.dmca_choice):
            dmca.addWidget(widget)
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self.body.addWidget(self.choices_box)
        self.body.addWidget(self.no_dmca)
        self.choices.addWidget(self.dmca_box)
        self.dmca_box.hide()
        self._finish()
        self.retranslate()

    def title(self) -> str:
        return self.tr("What kind of letter?")

    def prepare(self) -> None:
        """Offer the types the chosen copies allow (DMCA only for the user's own pictures)."""
        base = self.state.base
        offered = offered_types(base) if base is not None else ()
        for button in self.buttons.values():
            self.group.removeButton(button)
        for child in list(layout_children(self.choices)):
            if isinstance(child, QWidget):
                self.choices.removeWidget(child)
                if child is not self.dmca_box:
                    child.hide()
                    child.deleteLater()
        self.buttons, self.summaries = {}, {}
        self.names = {}
        for index, letter_type in enumerate(offered):
            button = QRadioButton()
            choice = WrappingChoice(button)
            summary = note()
            summary.setIndent(button.sizeHint().width())
            self.group.addButton(button, index)
            self.choices.addWidget(choice)
            self.choices.addWidget(summary)
            self.buttons[letter_type], self.summaries[letter_type] = button, summary
            self.names[letter_type] = choice
            if letter_type is LetterType.DMCA:
                self.choices.addWidget(self.dmca_box)  # the warning right under its choice
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.state.language)))
        wanted = self.state.letter_type
        if wanted not in self.buttons:
            wanted = self._suggested(offered)
        if wanted is not None:
            self.buttons[wanted].setChecked(True)
        self.dmca_ok.setChecked(self.state.dmca_understood)
        self.retranslate()
        order_tabs(self)

    def _suggested(self, offered: Sequence[LetterType]) -> LetterType | None:
        platform = self.state.platform
        accepts = platform.accepts if platform is not None else default_directory().unknown.accepts
        for letter_type in offered:
            if letter_type in accepts and letter_type is not LetterType.DMCA:
                return letter_type
        return offered[0] if offered else None

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Each kind of letter relies on a different law or policy. The first ones do "
                "not depend on who took the picture. You can write more than one letter."
            )
        )
        self.language_label.setText(self.tr("Write the letter in"))
        self.language_box.setAccessibleName(self.tr("Language of the letter"))
        for letter_type, button in self.buttons.items():
            self.names[letter_type].set_text(type_name(letter_type, self.language))
            self.summaries[letter_type].setText(self._summary(letter_type))
            button.setAccessibleDescription(self.summaries[letter_type].text())
        base = self.state.base
        self.no_dmca.setText(
            self.tr(
                "A DMCA notice (copyright) is not offered: it is only possible for a photo or "
                "video you took yourself, or whose copyright was given to you in writing."
            )
        )
        self.no_dmca.setVisible(base is not None and LetterType.DMCA not in self.buttons)
        self.dmca_title.setText(self.tr("Before you choose a DMCA notice"))
        self.dmca_text.setText(dmca_warning(self.language))
        self.dmca_choice.set_text(self.tr("I have read this and still want to write a DMCA notice"))
        self.next_button.setText(self.tr("&Next: your answers"))
        self.next_button.setAccessibleName(self.tr("Next: your answers"))
        self._update()

    def _summary(self, letter_type: LetterType) -> str:
        lines = [type_summary(letter_type, self.language)]
        platform = self.state.platform
        manifest = default_library().manifest(letter_type)
        if letter_type is LetterType.POLICE_DOSSIER:
            lines.append(self.tr("A file you take to the police yourself; never sent online."))
        elif manifest.recipient_platform:
            fixed = default_directory().platform(manifest.recipient_platform)
            lines.append(self.tr("It goes to {0}, whoever you chose.").format(fixed.name))
        elif platform is not None and letter_type in platform.accepts:
            lines.append(self.tr("{0} takes this kind of letter.").format(platform.name))
        elif platform is not None and letter_type in platform.accepts_unverified:
            lines.append(
                self.tr("{0} may take this kind of letter (not confirmed).").format(platform.name)
            )
        elif platform is not None:
            lines.append(self.tr("{0} does not list this kind of letter.").format(platform.name))
        return " ".join(lines)

    def chosen(self) -> LetterType | None:
        """The type the user chose."""
        for letter_type, button in self.buttons.items():
            if button.isChecked():
                return letter_type
        return None

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.state.letter_type = self.chosen()
            self._update()

    def _dmca_answered(self, understood: bool) -> None:
        self.state.dmca_understood = understood
        self._update()

    def _language_changed(self) -> None:
        self.state.language = str(self.language_box.currentData())

    def _update(self) -> None:
        chosen = self.chosen()
        dmca = chosen is LetterType.DMCA
        self.dmca_box.setVisible(dmca)
        self.next_button.setEnabled(chosen is not None and (not dmca or self.dmca_ok.isChecked()))

    def _next(self) -> None:
        self.state.letter_type = self.chosen()
        self.state.language = str(self.language_box.currentData())
        self.done.emit()


# --- the checklist ----------------------------------------------------------------------------


class Checklist(QFrame):
    """Every element the letter needs, ticked when it is there; what is missing, and why."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = bold(paragraph())
        self.summary = paragraph()
        self.lines = paragraph()
        for widget in (self.title, self.summary, self.lines):
            layout.addWidget(widget)
        self.missing = 0

    def show_for(
        self,
        letter_type: LetterType,
        data: LetterData,
        language: str,
        edits: dict[str, str] | None = None,
    ) -> int:
        """Check the letter; return how many elements are still missing."""
        missing = check_letter(letter_type, data, edits=edits)
        missing_ids = {item.element.id for item in missing}
        manifest = default_library().manifest(letter_type)
        lines = [
            self.tr("✓ {0}").format(element.label.get(language))
            for element in manifest.elements
            if element.id not in missing_ids
        ]
        lines += [self.tr("✗ Missing: {0}").format(item.describe(language)) for item in missing]
        self.title.setText(self.tr("What the letter needs"))
        self.summary.setText(
            self.tr("%n thing(s) still missing. Add them above, then go on.", "", len(missing))
            if missing
            else self.tr("Everything the letter needs is there.")
        )
        mark_problem(self.summary, bool(missing))
        self.lines.setText("\n".join(lines))
        self.missing = len(missing)
        return self.missing


# --- the answers ------------------------------------------------------------------------------


class DetailsStep(LetterStep):
    """The user's details, who it goes to, and the answers this kind of letter needs."""

    def __init__(self, ctx: AppContext, state: LetterState) -> None:
        super().__init__(ctx, state)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.body.addWidget(self._about_you())
        self.body.addWidget(self._representative())
        self.body.addWidget(self._recipient())
        self.body.addWidget(self._answers())
        self.checklist = Checklist()
        self.body.addWidget(self.checklist)
        self._finish()
        # Until the form is filled from the letter, its empty fields say nothing: reading
        # them (on a change of language, say) would wipe the user's details.
        self._filling = True
        self.retranslate()

    def title(self) -> str:
        return self.tr("What the letter needs from you")

    # --- building ---------------------------------------------------------------------------

    def _line(self, form: QVBoxLayout, hint: QLabel | None = None) -> tuple[QLabel, QLineEdit]:
        field = QLineEdit()
        field.textChanged.connect(self._changed)
        return form_row(form, field, hint), field

    def _lines(
        self, form: QVBoxLayout, hint: QLabel | None = None
    ) -> tuple[QLabel, QPlainTextEdit]:
        box = text_box()
        box.textChanged.connect(self._changed)
        return form_row(form, box, hint), box

    def _about_you(self) -> QFrame:
        frame, layout, self.you_title = card()
        self.you_note = note()
        layout.addWidget(self.you_note)
        form = wrapping_form()
        self.name_label, self.legal_name = self._line(form)
        self.email_label, self.email = self._line(form)
        self.address_label, self.address = self._lines(form)
        self.phone_label, self.phone = self._line(form)
        self.country = QComboBox()
        self.country.currentIndexChanged.connect(self._changed)
        self.country_note = note()
        self.country_label = form_row(form, self.country, self.country_note)
        self.signature_label, self.signature = self._line(form)
        layout.addLayout(form)
        return frame

    def _representative(self) -> QFrame:
        frame, layout, self.rep_title = card()
        self.rep_on = QCheckBox()
        self.rep_on.toggled.connect(self._changed)
        layout.addWidget(self.rep_on)
        self.rep_fields = QWidget()
        form = wrapping_form()
        self.rep_fields.setLayout(form)
        self.rep_name_label, self.rep_name = self._line(form)
        self.rep_relation_label, self.rep_relation = self._line(form)
        self.rep_email_label, self.rep_email = self._line(form)
        layout.addWidget(self.rep_fields)
        return frame

    def _recipient(self) -> QFrame:
        frame, layout, self.to_title = card()
        self.to_note = note()
        layout.addWidget(self.to_note)
        form = wrapping_form()
        self.to_name_label, self.to_name = self._line(form)
        self.to_email_label, self.to_email = self._line(form)
        self.to_form_label, self.to_form = self._line(form)
        self.to_address_label, self.to_address = self._lines(form)
        self.jurisdiction = QComboBox()
        self.jurisdiction.currentIndexChanged.connect(self._changed)
        self.jurisdiction_label = form_row(form, self.jurisdiction)
        layout.addLayout(form)
        self.recipient_card = frame
        return frame

    def _answers(self) -> QFrame:
        frame, layout, self.answers_title = card()
        self.not_paid = QCheckBox()
        self.not_paid.toggled.connect(self._changed)
        layout.addWidget(self.not_paid)
        form = wrapping_form()
        self.reason_note = note()
        self.reason_label, self.reason = self._lines(form, self.reason_note)
        self.account_note = note()
        self.account_label, self.account = self._lines(form, self.account_note)
        self.still_needed_label, self.still_needed = self._lines(form)
        layout.addLayout(form)
        return frame

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Letters need a few things from you. StillMine filled in what your case "
                "holds; the checklist at the end says what is still missing, and why."
            )
        )
        self.you_title.setText(self.tr("About you"))
        self.you_note.setText(
            self.tr(
                "Kept in your case for your next letters. A new e-mail address just for this "
                "is fine."
            )
        )
        for label, field, text in (
            (self.name_label, self.legal_name, self.tr("Your full legal name")),
            (self.email_label, self.email, self.tr("E-mail address for replies")),
            (self.address_label, self.address, self.tr("Postal address")),
            (self.phone_label, self.phone, self.tr("Phone number")),
            (self.signature_label, self.signature, self.tr("Name to sign with (if different)")),
            (self.rep_name_label, self.rep_name, self.tr("Their name")),
            (self.rep_relation_label, self.rep_relation, self.tr("How they may act for you")),
            (self.rep_email_label, self.rep_email, self.tr("Their e-mail address")),
            (self.to_name_label, self.to_name, self.tr("Name of the company or person")),
            (self.to_email_label, self.to_email, self.tr("Their e-mail address")),
            (self.to_form_label, self.to_form, self.tr("Address of their web form")),
            (self.to_address_label, self.to_address, self.tr("Their postal address")),
        ):
            label.setText(text)
            field.setAccessibleName(text)
        self.rep_relation.setPlaceholderText(self.tr("parent, guardian, lawyer…"))
        self.country_label.setText(self.tr("Country where you live"))
        self.country.setAccessibleName(self.tr("Country where you live"))
        self.country_note.setText(
            self.tr("It decides the paper size, the laws cited and the helplines named.")
        )
        self._fill_countries()
        self.rep_title.setText(self.tr("Someone writing for you (optional)"))
        self.rep_on.setText(self.tr("Someone is writing this for me: a parent, guardian or lawyer"))
        self.rep_on.setAccessibleName(self.rep_on.text())
        self.to_title.setText(self.tr("Who it goes to"))
        self.to_note.setText(
            self.tr(
                "Filled in from StillMine's list of sites. Check it on the site's own pages "
                "if you can."
            )
        )
        self.jurisdiction_label.setText(self.tr("Where the host is based"))
        self.jurisdiction.setAccessibleName(self.tr("Where the host is based"))
        self._fill_jurisdictions()
        self.answers_title.setText(self.tr("Your answers"))
        self.not_paid.setText(self.tr("I am not being paid for this content"))
        self.not_paid.setAccessibleName(self.not_paid.text())
        self.reason_label.setText(
            self.tr("Why you know it is shared without your consent (optional)")
        )
        self.reason.setAccessibleName(self.tr("Why it is shared without your consent"))
        self.reason_note.setText(
            self.tr(
                "In your own words, for example: “I agreed to it being taken privately, never "
                "to it being shared”, or “my account was hacked”."
            )
        )
        self.account_label.setText(self.tr("What happened, in short"))
        self.account.setAccessibleName(self.tr("What happened, in short"))
        self.account_note.setText(
            self.tr("Without graphic detail: who, when, where it appeared, any threats.")
        )
        self.still_needed_label.setText(self.tr("Evidence you still need (optional)"))
        self.still_needed.setAccessibleName(self.tr("Evidence you still need"))
        self.next_button.setText(self.tr("&Next: read the letter"))
        self.next_button.setAccessibleName(self.tr("Next: read the letter"))
        self._show_relevant()
        self._check()

    def _fill_countries(self) -> None:
        choices: list[tuple[str, object]] = [
            (name.in_language(self.language), code)
            for code, name in self.ctx.helplines.countries.items()
            if code != "WW"
        ]
        choices.append((self.tr("Another country"), ""))
        refill(self.country, choices, self.country.currentData())

    def _fill_jurisdictions(self) -> None:
        names = {
            "": self.tr("I do not know"),
            "eu": self.tr("In the European Union"),
            "us": self.tr("In the United States"),
            "uk": self.tr("In the United Kingdom"),
        }
        choices = ((names[code], code) for code in JURISDICTIONS)
        refill(self.jurisdiction, choices, self.jurisdiction.currentData())

    # --- filling and reading ----------------------------------------------------------------

    def country_code(self, stored: str) -> str:
        """The country code for what the case holds ("NL", or "Netherlands" as typed)."""
        wanted = stored.strip().lower()
        for code, name in self.ctx.helplines.countries.items():
            names = {code.lower(), *(text.lower() for text in name.by_language.values())}
            if wanted in names and code != "WW":
                return code
        return stored.strip().upper() if len(stored.strip()) == 2 else ""

    def prepare(self, recipient: Recipient) -> None:
        """Fill the form from the letter being written (the recipient from the directory)."""
        state = self.state
        self._filling = True
        person = state.person
        for field, value in (
            (self.legal_name, person.legal_name),
            (self.email, person.email),
            (self.phone, person.phone),
            (self.signature, person.signature_name),
            (self.to_name, recipient.name),
            (self.to_email, recipient.email),
            (self.to_form, recipient.form_url),
        ):
            field.setText(value)
        self.address.setPlainText(person.postal_address)
        self.to_address.setPlainText(recipient.postal_address)
        if person.country and self.country.findData(person.country) < 0:
            self.country.insertItem(self.country.count() - 1, person.country, person.country)
        self.country.setCurrentIndex(max(0, self.country.findData(person.country)))
        self.jurisdiction.setCurrentIndex(
            max(0, self.jurisdiction.findData(recipient.jurisdiction))
        )
        representative = state.representative
        self.rep_on.setChecked(representative is not None)
        if representative is not None:
            self.rep_name.setText(representative.name)
            self.rep_relation.setText(representative.relationship)
            self.rep_email.setText(representative.email)
        answers = state.answers
        self.not_paid.setChecked(answers.not_paid_for_content is True)
        self.reason.setPlainText(answers.not_consensual_reason)
        self.account.setPlainText(answers.account)
        self.still_needed.setPlainText(answers.evidence_still_needed)
        self._filling = False
        self.retranslate()
        order_tabs(self)

    def _read(self) -> None:
        state = self.state
        state.person = PersonDetails(
            legal_name=self.legal_name.text(),
            email=self.email.text(),
            postal_address=self.address.toPlainText(),
            phone=self.phone.text(),
            country=str(self.country.currentData() or ""),
            signature_name=self.signature.text(),
        )
        platform_id = state.recipient.platform
        state.recipient = Recipient(
            name=self.to_name.text(),
            platform=platform_id,
            email=self.to_email.text(),
            form_url=self.to_form.text(),
            postal_address=self.to_address.toPlainText(),
            jurisdiction=str(self.jurisdiction.currentData() or ""),
        )
        state.representative = (
            Representative(
                name=self.rep_name.text(),
                relationship=self.rep_relation.text(),
                email=self.rep_email.text(),
            )
            if self.rep_on.isChecked() and self.rep_name.text().strip()
            else None
        )
        state.answers = Answers(
            not_consensual_reason=self.reason.toPlainText(),
            not_paid_for_content=True if self.not_paid.isChecked() else None,
            account=self.account.toPlainText(),
            evidence_still_needed=self.still_needed.toPlainText(),
        )

    def _changed(self) -> None:
        if self._filling:
            return
        self._show_relevant()
        self._check()

    def _show_relevant(self) -> None:
        letter_type = self.state.letter_type
        manifest = default_library().manifest(letter_type) if letter_type else None
        needs = (
            {need for element in manifest.elements for need in element.needs} if manifest else set()
        )
        dossier = letter_type is LetterType.POLICE_DOSSIER
        self.rep_fields.setVisible(self.rep_on.isChecked())
        self.recipient_card.setVisible(not dossier)
        unknown_route = self.state.platform is None and not (
            manifest and manifest.recipient_platform
        )
        self.jurisdiction.setVisible(unknown_route and letter_type is LetterType.HOST_ABUSE)
        self.jurisdiction_label.setVisible(self.jurisdiction.isVisibleTo(self))
        self.not_paid.setVisible("not_paid" in needs)
        for widget in (self.reason_label, self.reason, self.reason_note):
            widget.setVisible(not dossier)
        for widget in (
            self.account_label,
            self.account,
            self.account_note,
            self.still_needed_label,
            self.still_needed,
        ):
            widget.setVisible(dossier)

    def _check(self) -> None:
        if self._filling:
            return
        self._read()
        data = self.state.data()
        letter_type = self.state.letter_type
        if data is None or letter_type is None:
            self.checklist.hide()
            return
        self.checklist.show()
        self.checklist.show_for(letter_type, data, self.language)
