"""Reading the letter, changing its wording, and sending it yourself; then saying it was sent.

``PreviewStep`` shows the letter made by the core (``render_letter``), the checklist when
something is still missing (then there is no letter yet, only what to add), the platform's
ways to report (any not confirmed on the platform's own pages is marked so), and every way
out: a PDF (with the warning that it is not encrypted), the system's print dialog, the user's
own mail program (a ``mailto:`` link, opened only on their press), or text to paste into a
web form, field by field. Nothing is sent by StillMine.

``SentStep`` records that the user sent it: the exact text with its SHA-256, the channel,
the time with its time zone, and the computed deadline for an answer (``record_sent``).
"""

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.letters.deadlines import compute_deadline
from app.core.letters.kinds import Channel, LetterType
from app.core.letters.library import default_library
from app.core.letters.platforms import ReportingChannel
from app.core.letters.render import RenderedLetter, dmca_warning, render_letter
from app.core.letters.sending import record_sent, save_draft
from app.core.vault import CaseRepository, Letter
from app.gui.context import AppContext
from app.gui.evidence.common import (
    MomentEdit,
    copy_to_clipboard,
    form_row,
    format_moment,
    grouped_hash,
    layout_children,
    refill,
    text_box,
    wrapping_form,
)
from app.gui.letters.names import channel_kind_name, channel_name
from app.gui.letters.steps import Checklist, LetterStep
from app.gui.letters.work import LetterState, channel_address, usual_channel
from app.gui.pdf import print_letter, require_printer, save_pdf
from app.gui.registering.common import bullets
from app.gui.session import CaseSession
from app.gui.widgets import (
    bold,
    button_column,
    button_row,
    callout,
    card,
    note,
    paragraph,
)

#: Lines of the letter visible before it scrolls.
_PREVIEW_ROWS = 16
#: Lines of each wording box.
_SECTION_ROWS = 5
#: Helplines named after "It is not legal advice" (the notes page names them all).
_HELPLINES_NAMED = 3
#: The pause after typing before the letter is made again.
_RENDER_DELAY_MS = 300


def _drop_widgets(layout: QVBoxLayout) -> None:
    for child in list(layout_children(layout)):
        if isinstance(child, QWidget):
            layout.removeWidget(child)
            child.hide()
            child.deleteLater()


def _read_only(text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setReadOnly(True)
    return field


class PreviewStep(LetterStep):
    """The letter to read, its wording to change, and the ways to send it.

    Signals:
        changed_layout: rows were added or removed (the window fixes its tab order).
    """

    changed_layout = Signal()

    def __init__(self, ctx: AppContext, state: LetterState, session: CaseSession) -> None:
        super().__init__(ctx, state)
        self.session = session
        self.letter: RenderedLetter | None = None
        self.originals: dict[str, str] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        self._unlabelled: list[tuple[QLabel, QPlainTextEdit]] = []
        self.used_channel: Channel | None = None
        self._field_widgets: list[tuple[QLabel, QPlainTextEdit, QPushButton]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_RENDER_DELAY_MS)
        self._timer.timeout.connect(self.refresh_letter)
        self.checklist = Checklist()
        self.refused = paragraph()
        self.warnings_box, warnings = callout("callout")
        self.warnings = paragraph()
        warnings.addWidget(self.warnings)
        self.body.addWidget(self.checklist)
        self.body.addWidget(self.refused)
        self.body.addWidget(self.warnings_box)
        self.body.addWidget(self._channels_card())
        self.body.addWidget(self._letter_card())
        self.body.addWidget(self._actions_card())
        self.body.addWidget(self._fields_card())
        self.body.addWidget(self._wording_card())
        self._finish()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Read the letter and send it yourself")

    # --- building ---------------------------------------------------------------------------

    def _channels_card(self) -> QFrame:
        frame, layout, self.channels_title = card()
        self.channels_intro = note()
        self.channel_rows = QVBoxLayout()
        layout.addWidget(self.channels_intro)
        layout.addLayout(self.channel_rows)
        self.channels_card = frame
        return frame

    def _letter_card(self) -> QFrame:
        frame, layout, self.letter_title = card()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * _PREVIEW_ROWS)
        self.notes_title = bold(paragraph())
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 8 + 14)
        for widget in (self.preview, self.notes_title, self.notes):
            layout.addWidget(widget)
        self.letter_card = frame
        return frame

    def _wording_card(self) -> QFrame:
        frame, layout, self.wording_title = card()
        self.wording_intro = note()
        self.wording_button = QPushButton()
        self.wording_button.setCheckable(True)
        self.wording_button.toggled.connect(self._show_wording)
        self.undo = QPushButton()
        self.undo.clicked.connect(self._undo_edits)
        self.editors_box = QWidget()
        self.editor_rows = QVBoxLayout(self.editors_box)
        self.editor_rows.setContentsMargins(0, 0, 0, 0)
        self.editors_box.hide()
        layout.addWidget(self.wording_intro)
        layout.addLayout(button_row(self.wording_button, self.undo))
        layout.addWidget(self.editors_box)
        self.wording_card = frame
        return frame

    def _fields_card(self) -> QFrame:
        frame, layout, self.fields_title = card()
        self.fields_intro = note()
        self.field_rows = QVBoxLayout()
        layout.addWidget(self.fields_intro)
        layout.addLayout(self.field_rows)
        self.fields_card = frame
        return frame

    def _actions_card(self) -> QFrame:
        frame, layout, self.actions_title = card()
        self.pdf = QPushButton()
        self.pdf.clicked.connect(self._choose_pdf)
        self.printer = QPushButton()
        self.printer.clicked.connect(self._print)
        self.mail = QPushButton()
        self.mail.clicked.connect(self._open_mail)
        self.copy_all = QPushButton()
        self.copy_all.clicked.connect(self._copy_letter)
        self.draft = QPushButton()
        self.draft.clicked.connect(self._save_draft)
        self.result = paragraph()
        self.result.hide()
        layout.addLayout(
            button_column(self.pdf, self.printer, self.mail, self.copy_all, self.draft)
        )
        layout.addWidget(self.result)
        self.actions_card = frame
        return frame

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.channels_title.setText(self.tr("How to send it"))
        self.channels_intro.setText(
            self.tr(
                "StillMine sends nothing itself. Use one of these ways; anything marked “not "
                "confirmed” may have changed, so check it on the site first."
            )
        )
        self.letter_title.setText(self.tr("The letter"))
        self.preview.setAccessibleName(self.tr("The letter"))
        self.notes_title.setText(self.tr("Notes for you (never sent)"))
        self.notes.setAccessibleName(self.tr("Notes for you"))
        self.wording_title.setText(self.tr("Change the wording"))
        self.wording_intro.setText(
            self.tr(
                "You can change any part. If you empty a part the law requires, the checklist "
                "says so and the letter waits."
            )
        )
        self.wording_button.setText(
            self.tr("Hide the parts")
            if self.wording_button.isChecked()
            else self.tr("Change the &wording")
        )
        self.wording_button.setAccessibleName(self.tr("Change the wording"))
        self.undo.setText(self.tr("Undo my changes"))
        self.undo.setAccessibleName(self.tr("Undo my changes to the wording"))
        self.fields_title.setText(self.tr("Text for the web form"))
        self.fields_intro.setText(
            self.tr("Copy each part into the field of the same name on the site's form.")
        )
        self.actions_title.setText(self.tr("Keep or send it"))
        for button, text, name in (
            (self.pdf, self.tr("Save as &PDF…"), self.tr("Save the letter as a PDF file")),
            (self.printer, self.tr("P&rint…"), self.tr("Print the letter")),
            (
                self.mail,
                self.tr("Open in your &mail program"),
                self.tr("Open the letter in your mail program"),
            ),
            (self.copy_all, self.tr("Copy the whole &letter"), self.tr("Copy the whole letter")),
            (self.draft, self.tr("Keep it as a &draft"), self.tr("Keep it as a draft")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.next_button.setText(self.tr("I sent it…"))
        self.next_button.setAccessibleName(self.tr("I sent it"))
        if self.state.letter_type is not None:
            self._show_channels()
        self._name_unlabelled()
        self._show_letter()

    # --- making the letter ------------------------------------------------------------------

    def prepare(self) -> None:
        """Make the letter from the choices so far (the user's wording is kept)."""
        self.result.hide()
        original = self._render(edits=None)
        self.originals = self._sections_of(original)
        self._build_editors(original)
        self.refresh_letter()
        self._show_channels()

    def _render(self, edits: dict[str, str] | None) -> RenderedLetter | None:
        state = self.state
        data = state.data()
        if data is None or state.letter_type is None:
            return None
        try:
            return render_letter(state.letter_type, state.language, data, edits=edits)
        except UserError:
            return None

    @staticmethod
    def _sections_of(letter: RenderedLetter | None) -> dict[str, str]:
        return {section.id: section.text for section in letter.sections} if letter else {}

    def edits(self) -> dict[str, str]:
        """The parts whose wording the user changed."""
        return {
            section_id: editor.toPlainText()
            for section_id, editor in self.editors.items()
            if editor.toPlainText() != self.originals.get(section_id)
        }

    def refresh_letter(self) -> None:
        """Check and make the letter again (after any change)."""
        state = self.state
        state.edits = self.edits()
        data = state.data()
        if data is None or state.letter_type is None:
            return
        edits = state.edits or None
        missing = self.checklist.show_for(state.letter_type, data, self.language, edits)
        self.letter = self._render(edits) if not missing else None
        self.checklist.setVisible(bool(missing))
        self._show_letter()

    def _build_editors(self, letter: RenderedLetter | None) -> None:
        """One editor per part of ``letter`` (as made without the user's wording)."""
        if letter is None:
            return
        ids = [section.id for section in letter.sections]
        if ids == list(self.editors):
            for section_id, editor in self.editors.items():
                if section_id not in self.state.edits:
                    editor.blockSignals(True)
                    editor.setPlainText(self.originals.get(section_id, ""))
                    editor.blockSignals(False)
            return
        _drop_widgets(self.editor_rows)
        self.editors = {}
        self._unlabelled = []
        for section in letter.sections:
            label = QLabel()
            label.setWordWrap(True)
            editor = text_box(_SECTION_ROWS)
            label.setBuddy(editor)
            if section.label:
                label.setText(section.label)
                editor.setAccessibleName(section.label)
            else:
                self._unlabelled.append((label, editor))
            editor.setPlainText(self.state.edits.get(section.id, section.text))
            editor.textChanged.connect(self._timer.start)
            self.editor_rows.addWidget(label)
            self.editor_rows.addWidget(editor)
            self.editors[section.id] = editor
        self._name_unlabelled()
        self.changed_layout.emit()

    def _name_unlabelled(self) -> None:
        # The letter names its parts in its own language; only its opening has no name.
        for label, editor in self._unlabelled:
            label.setText(self.tr("Opening"))
            editor.setAccessibleName(self.tr("Opening"))

    def _undo_edits(self) -> None:
        for section_id, editor in self.editors.items():
            editor.blockSignals(True)
            editor.setPlainText(self.originals.get(section_id, ""))
            editor.blockSignals(False)
        self.refresh_letter()

    def _show_wording(self, shown: bool) -> None:
        self.editors_box.setVisible(shown)
        self.retranslate()

    def _show_letter(self) -> None:
        letter = self.letter
        ready = letter is not None
        for widget in (self.warnings_box, self.letter_card, self.actions_card):
            widget.setVisible(ready)
        self.wording_card.setVisible(bool(self.editors))
        self.next_button.setEnabled(ready)
        self.refused.setVisible(not ready and self.state.letter_type is not None)
        self.refused.setText(
            self.tr(
                "The letter is not made yet: it still needs what the checklist names. Go back "
                "with “< Back” and add it; everything you typed is kept."
            )
        )
        if letter is None:
            self.fields_card.hide()
            return
        self.warnings.setText(bullets(self._warnings(letter)))
        if self.preview.toPlainText() != letter.letter_text:
            self.preview.setPlainText(letter.letter_text)
        if self.notes.toPlainText() != letter.notes_text:
            self.notes.setPlainText(letter.notes_text)
        self.mail.setEnabled(bool(letter.recipient_email))
        delivery = default_library().manifest(letter.type).delivery
        self._show_fields(letter, Channel.WEB_FORM in delivery or Channel.IN_APP in delivery)

    def _warnings(self, letter: RenderedLetter) -> list[str]:
        """The letter's warnings in the interface's language (the letter may be in another),
        the one ending in a colon followed by the helplines."""
        texts = default_library().texts
        warnings = [texts.get("warning.not_legal_advice", self.language)]
        if letter.type is LetterType.DMCA:
            warnings.append(dmca_warning(self.language))
        data = self.state.data()
        if data is not None and data.withheld_for_minor_safety:
            warnings.append(texts.get("warning.minor_content", self.language))
        helplines = self.ctx.helplines.for_country(self.state.person.country)
        named = "; ".join(
            f"{line.name} ({line.contacts[0].value})" if line.contacts else line.name
            for line in helplines[:_HELPLINES_NAMED]
        )
        return [
            f"{warning} {named}" if warning.endswith(":") and named else warning
            for warning in warnings
        ]

    def _show_fields(self, letter: RenderedLetter, wanted: bool) -> None:
        fields = letter.fields() if wanted else ()
        self.fields_card.setVisible(bool(fields))
        rows = self._field_widgets
        if len(rows) == len(fields) and rows:
            for (title, value, button), field in zip(rows, fields, strict=True):
                title.setText(field.label)
                if value.toPlainText() != field.value:
                    value.setPlainText(field.value)
                self._name_copy_button(button, field.label)
            return
        _drop_widgets(self.field_rows)
        self._field_widgets = []
        for field in fields:
            title = bold(paragraph())
            title.setText(field.label)
            value = QPlainTextEdit(field.value)
            value.setReadOnly(True)
            value.setFixedHeight(value.fontMetrics().lineSpacing() * 4 + 14)
            value.setAccessibleName(field.label)
            button = QPushButton()
            self._name_copy_button(button, field.label)
            button.clicked.connect(lambda _checked=False, box=value: self._copy(box))
            row = QWidget()
            box_layout = QVBoxLayout(row)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(title)
            box_layout.addWidget(value)
            box_layout.addLayout(button_row(button))
            self.field_rows.addWidget(row)
            self._field_widgets.append((title, value, button))
        self.changed_layout.emit()

    def _name_copy_button(self, button: QPushButton, label: str) -> None:
        button.setText(self.tr("Copy"))
        button.setAccessibleName(self.tr("Copy “{0}”").format(label))

    def _show_channels(self) -> None:
        state = self.state
        platform = state.send_platform()
        letter_type = state.letter_type
        _drop_widgets(self.channel_rows)
        channels: tuple[ReportingChannel, ...] = ()
        if platform is not None and letter_type is not None:
            channels = platform.channels_for(letter_type)
        rows = [self._channel_row(channel) for channel in channels]
        if not channels and letter_type is not LetterType.POLICE_DOSSIER:
            recipient = state.recipient
            for address, kind in (
                (recipient.email, "email"),
                (recipient.form_url, "web-form"),
            ):
                if address:
                    rows.append(self._address_row(channel_kind_name(kind), address, kind))
        if letter_type is LetterType.POLICE_DOSSIER:
            rows.append(
                self._text_row(
                    self.tr(
                        "Print it, or save it as a PDF, and take it to the police yourself. It "
                        "is never sent online."
                    )
                )
            )
        if not rows:
            rows.append(self._text_row(self.tr("Fill in where it goes on the step before.")))
        for row in rows:
            self.channel_rows.addWidget(row)
        self.changed_layout.emit()

    def _channel_row(self, channel: ReportingChannel) -> QWidget:
        label = channel.label.get(self.language)
        if not channel.verified:
            label = self.tr("{0} (not confirmed)").format(label)
        kind = channel_kind_name(channel.kind)
        # Some labels already say what they are ("In the app: report the message").
        title = label if label.lower().startswith(kind.lower()) else f"{kind}: {label}"
        if channel.address:
            return self._address_row(title, channel.address, channel.kind)
        return self._text_row(title)

    def _text_row(self, text: str) -> QWidget:
        label = paragraph()
        label.setText(text)
        return label

    def _address_row(self, title: str, address: str, kind: str) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 4)
        label = paragraph()
        label.setText(title)
        field = _read_only(address)
        field.setAccessibleName(self.tr("Address: {0}").format(title))
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy the address"))
        copy.clicked.connect(lambda: copy_to_clipboard(address))
        buttons = [copy]
        if kind in ("web-form", "info") and address.startswith(("https://", "http://")):
            opener = QPushButton(self.tr("Open in your browser"))
            opener.setAccessibleName(self.tr("Open {0} in your browser").format(address))
            opener.clicked.connect(lambda: self._open_form(address))
            buttons.append(opener)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addLayout(button_row(*buttons))
        return row

    # --- what the user does -----------------------------------------------------------------

    def _copy(self, box: QPlainTextEdit) -> None:
        copy_to_clipboard(box.toPlainText())
        self._say(self.tr("Copied. Paste it into the form."))

    def _copy_letter(self) -> None:
        if self.letter is not None:
            copy_to_clipboard(self.letter.letter_text)
            self._say(self.tr("The letter is copied. Paste it where you send it."))

    def _open_form(self, address: str) -> None:
        self.used_channel = Channel.WEB_FORM
        self.ctx.dialogs.open_url(address)

    def _open_mail(self) -> None:
        letter = self.letter
        if letter is None:
            return
        try:
            link = letter.mailto()
        except UserError as error:
            self.ctx.show_error(self, error)
            return
        self.used_channel = Channel.EMAIL
        self.ctx.dialogs.open_url(link.url)
        if link.body_included:
            self._say(
                self.tr("Your mail program opens with the letter. Check it, then send it there.")
            )
        else:
            copy_to_clipboard(letter.letter_text)
            self._say(
                self.tr(
                    "The letter is too long for your mail program to receive it directly. It "
                    "is copied: paste it into the new message."
                )
            )

    def _choose_pdf(self) -> None:
        letter = self.letter
        if letter is None:
            return
        self.ctx.dialogs.choose_save_file(
            self,
            self.tr("Save the letter as a PDF"),
            self.tr("letter-{0}.pdf").format(letter.type.value),
            self.tr("PDF files (*.pdf)"),
            lambda paths: self._save_pdf(letter, paths[0]),
        )

    def _save_pdf(self, letter: RenderedLetter, path: str) -> None:
        try:
            saved = save_pdf(letter, Path(path))
        except UserError as error:
            self.ctx.show_error(self, error)
            return
        warning = default_library().texts.get("warning.pdf_not_encrypted", self.language)
        self._say(self.tr("Saved as “{0}” (%n page(s)).", "", saved.pages).format(saved.path.name))
        self.ctx.dialogs.inform(self, self.tr("The PDF is saved"), warning)

    def _print(self) -> None:
        letter = self.letter
        if letter is None:
            return
        try:
            require_printer(self.ctx.dialogs.printer_names)
        except UserError as error:
            self.ctx.show_error(self, error)
            return
        self.ctx.dialogs.choose_printer(self, lambda printer: self._print_on(letter, printer))

    def _print_on(self, letter: RenderedLetter, printer: QPrinter) -> None:
        try:
            pages = print_letter(letter, printer)
        except UserError as error:
            self.ctx.show_error(self, error)
            return
        self.used_channel = Channel.POST
        self._say(self.tr("%n page(s) went to the printer.", "", pages))

    def _save_draft(self) -> None:
        letter = self.letter
        if letter is None:
            return
        state = self.state
        recipient, sighting_ids = state.recipient.name, state.sighting_ids
        self.draft.setEnabled(False)

        def keep(repo: CaseRepository) -> Letter:
            return save_draft(repo, letter, recipient=recipient, sighting_ids=sighting_ids)

        self.session.change(keep, self._draft_saved, self._failed, owner=self)

    def _draft_saved(self, draft: Letter) -> None:
        self.draft.setEnabled(True)
        self.state.draft_id = draft.id
        self._say(self.tr("Kept as a draft in your case. It is not sent."))

    def _failed(self, error: BaseException) -> None:
        self.draft.setEnabled(True)
        self.ctx.show_error(self, error)

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))


class SentStep(LetterStep):
    """The user sent the letter: how, when, to which address, and any ticket number.

    Signals:
        recorded: the letter was recorded as sent (the stored ``Letter``).
    """

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, state: LetterState, session: CaseSession) -> None:
        super().__init__(ctx, state)
        self.session = session
        self.letter: RenderedLetter | None = None
        self.intro = paragraph()
        form = wrapping_form()
        self.channel = QComboBox()
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.channel_label = form_row(form, self.channel)
        self.address = QLineEdit()
        self.address_label = form_row(form, self.address)
        self.sent_at = MomentEdit()
        self.sent_label = form_row(form, self.sent_at)
        self.ticket = QLineEdit()
        self.ticket_note = note()
        self.ticket_label = form_row(form, self.ticket, self.ticket_note)
        self.outcome = paragraph(selectable=True)
        self.outcome.hide()
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self._finish()
        self.body.insertWidget(self.body.count() - 1, self.outcome)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Record that you sent it")

    def prepare(self, letter: RenderedLetter, used: Channel | None) -> None:
        """Ask about ``letter``, suggesting the way the user most likely used."""
        self.letter = letter
        state = self.state
        channel = used or usual_channel(letter.type, state.recipient)
        self._fill_channels(channel)
        self.address.setText(channel_address(channel, state.recipient))
        self.sent_at.set_now()
        self.ticket.clear()
        self.outcome.hide()
        self.next_button.setEnabled(True)
        self.next_button.show()
        for widget in (self.channel, self.address, self.sent_at, self.ticket):
            widget.setEnabled(True)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "StillMine keeps the exact text you sent, with its fingerprint (SHA-256), and "
                "works out when an answer is due. Nothing is sent."
            )
        )
        self.channel_label.setText(self.tr("How you sent it"))
        self.channel.setAccessibleName(self.tr("How you sent it"))
        self._fill_channels(self.channel.currentData())
        self.address_label.setText(self.tr("Where it went: the e-mail address, form or address"))
        self.address.setAccessibleName(self.tr("Where it went"))
        self.sent_label.setText(self.tr("When you sent it"))
        self.sent_at.set_names(self.tr("When you sent it"), self.tr("Time zone"))
        self.ticket_label.setText(self.tr("Ticket or reference number (optional)"))
        self.ticket.setAccessibleName(self.tr("Ticket or reference number"))
        self.ticket_note.setText(self.tr("You can add it later, when they send you one."))
        self.next_button.setText(self.tr("&Record it in my case"))
        self.next_button.setAccessibleName(self.tr("Record it in my case"))

    def _fill_channels(self, chosen: object) -> None:
        refill(self.channel, ((channel_name(c), c.value) for c in Channel), chosen)

    def _channel_changed(self) -> None:
        channel = Channel(str(self.channel.currentData()))
        self.address.setText(channel_address(channel, self.state.recipient))

    def _next(self) -> None:
        letter = self.letter
        if letter is None:
            return
        state = self.state
        channel = Channel(str(self.channel.currentData()))
        sent_at = self.sent_at.moment()
        recipient = state.recipient.name
        address, ticket = self.address.text().strip(), self.ticket.text()
        sighting_ids, platform, draft_id = (
            state.sighting_ids,
            state.send_platform(),
            state.draft_id,
        )

        def record(repo: CaseRepository) -> Letter:
            return record_sent(
                repo,
                letter,
                channel=channel,
                sent_at=sent_at,
                recipient=recipient,
                channel_address=address,
                sighting_ids=sighting_ids,
                platform=platform,
                ticket_number=ticket,
                draft_id=draft_id,
            )

        self.next_button.setEnabled(False)
        self.session.change(record, self._recorded, self._failed, owner=self)

    def _recorded(self, sent: Letter) -> None:
        for widget in (self.channel, self.address, self.sent_at, self.ticket):
            widget.setEnabled(False)
        self.state.draft_id = None
        lines = [
            self.tr("Recorded in your case. Its fingerprint (SHA-256): {0}").format(
                grouped_hash(sent.text_sha256 or "")
            )
        ]
        letter = self.letter
        if sent.deadline_at is not None:
            lines.append(
                self.tr("An answer is due by {0}.").format(format_moment(sent.deadline_at))
            )
        elif letter is not None:
            rule = compute_deadline(letter.type, sent.sent_at or sent.created_at)
            lines.append(rule.describe(self.language))
        lines.append(
            self.tr("When they answer, open the letter from “Letters” in your case to record it.")
        )
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.recorded.emit(sent)

    def _failed(self, error: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.ctx.show_error(self, error)
