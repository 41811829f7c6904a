"""One letter written before: when and how it went, when an answer is due, and the answers.

Opened from the dashboard's "Letters" tab. It shows the exact text kept in the case with its
SHA-256, the deadline (an overdue one said in words, not only by colour), the ticket number
(which can be added later) and every reply recorded; a new reply can be recorded. A draft
can be picked up again: the letter window opens with the same copies and kind of letter.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.core.letters.kinds import Outcome
from app.core.letters.sending import DueState, letters_due, record_response, set_ticket_number
from app.core.vault import CaseRepository, Letter, LetterResponse, utc_now
from app.gui.context import AppContext
from app.gui.evidence.common import (
    MomentEdit,
    copy_to_clipboard,
    form_row,
    format_moment,
    grouped_hash,
    order_tabs,
    refill,
    text_box,
    where_text,
    wrapping_form,
)
from app.gui.letters.names import channel_name, outcome_name, type_name
from app.gui.letters.work import LetterDetail, load_letter
from app.gui.registering.common import language_of
from app.gui.session import CaseSession
from app.gui.tables import Cell, RecordsModel
from app.gui.texts import status_text
from app.gui.widgets import (
    ScrollingBody,
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

#: Rows of the replies table visible before it scrolls.
_REPLY_ROWS = 3
#: Lines of the letter's text visible before it scrolls.
_TEXT_ROWS = 12


class LetterDetailWindow(QWidget):
    """One letter, opened from the dashboard. Not modal.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
        continue_requested: the user wants to pick up a draft (the ``Letter``).
    """

    quick_exit_requested = Signal()
    continue_requested = Signal(object)

    def __init__(self, ctx: AppContext, session: CaseSession, letter_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.letter_id = letter_id
        self.detail: LetterDetail | None = None
        scrolling = ScrollingBody(self, margins=12)
        body = scrolling.body
        self.title = heading()
        self.subtitle = paragraph()
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addLayout(self._facts())
        self.due_box, due = callout("callout")
        self.due_text = paragraph()
        due.addWidget(self.due_text)
        body.addWidget(self.due_box)
        self.resume = QPushButton()
        self.resume.clicked.connect(self._continue)
        body.addLayout(button_row(self.resume))
        body.addWidget(self._ticket_card())
        body.addWidget(self._reply_card())
        body.addWidget(self._replies_card())
        body.addWidget(self._text_card())
        body.addStretch(1)
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(760, 760)
        self.retranslate()
        on_language_change(self, self.retranslate)
        order_tabs(self)
        session.changed.connect(self.refresh)
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _facts(self) -> QGridLayout:
        # A grid, not a form: a form miscounts the height of long values that wrap.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.fact_labels: dict[str, QLabel] = {}
        self.facts: dict[str, QLabel] = {}
        for row, key in enumerate(
            ("status", "sent", "channel", "due", "ticket", "basis", "copies", "language", "hash")
        ):
            label, value = paragraph(), paragraph(selectable=True)
            self.fact_labels[key], self.facts[key] = label, value
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        return grid

    def _ticket_card(self) -> QFrame:
        frame, layout, self.ticket_title = card()
        form = wrapping_form()
        self.ticket = QLineEdit()
        self.ticket_label = form_row(form, self.ticket)
        layout.addLayout(form)
        self.save_ticket = QPushButton()
        self.save_ticket.clicked.connect(self._save_ticket)
        layout.addLayout(button_row(self.save_ticket))
        self.ticket_card = frame
        return frame

    def _reply_card(self) -> QFrame:
        frame, layout, self.reply_title = card()
        form = wrapping_form()
        self.received = MomentEdit()
        self.received_label = form_row(form, self.received)
        self.outcome = QComboBox()
        self.outcome_label = form_row(form, self.outcome)
        self.statement = text_box()
        self.statement_note = note()
        self.statement_label = form_row(form, self.statement, self.statement_note)
        self.reply_ticket = QLineEdit()
        self.reply_ticket_label = form_row(form, self.reply_ticket)
        layout.addLayout(form)
        self.save_reply = QPushButton()
        self.save_reply.clicked.connect(self._save_reply)
        self.saved = note()
        self.saved.hide()
        layout.addLayout(button_row(self.save_reply))
        layout.addWidget(self.saved)
        self.reply_card = frame
        return frame

    def _replies_card(self) -> QFrame:
        frame, layout, self.replies_title = card()
        self.replies_model = RecordsModel[LetterResponse](
            self._reply_headers, self._reply_cell, self
        )
        self.replies = QTableView()
        self.replies.setModel(self.replies_model)
        self.replies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.replies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.replies.setTabKeyNavigation(False)
        self.replies.setWordWrap(True)
        self.replies.verticalHeader().hide()
        self.replies.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.replies.setMinimumHeight(self.replies.fontMetrics().lineSpacing() * (_REPLY_ROWS + 2))
        self.no_replies = note()
        layout.addWidget(self.no_replies)
        layout.addWidget(self.replies)
        self.replies_card = frame
        return frame

    def _text_card(self) -> QFrame:
        frame, layout, self.text_title = card()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * _TEXT_ROWS)
        self.copy = QPushButton()
        self.copy.clicked.connect(self._copy)
        layout.addWidget(self.text)
        layout.addLayout(button_row(self.copy))
        return frame

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "status": self.tr("Status"),
            "sent": self.tr("Sent"),
            "channel": self.tr("How it went"),
            "due": self.tr("Answer due"),
            "ticket": self.tr("Ticket number"),
            "basis": self.tr("Legal basis"),
            "copies": self.tr("About"),
            "language": self.tr("Written in"),
            "hash": self.tr("Fingerprint of the text (SHA-256)"),
        }
        for key, label in self.fact_labels.items():
            label.setText(names[key])
        self.resume.setText(self.tr("C&ontinue this letter…"))
        self.resume.setAccessibleName(self.tr("Continue this letter"))
        self.ticket_title.setText(self.tr("Ticket or reference number"))
        self.ticket_label.setText(self.tr("The number they gave you"))
        self.ticket.setAccessibleName(self.tr("Ticket or reference number"))
        self.save_ticket.setText(self.tr("Save the &number"))
        self.save_ticket.setAccessibleName(self.tr("Save the ticket number"))
        self.reply_title.setText(self.tr("Record an answer"))
        self.received_label.setText(self.tr("When it came"))
        self.received.set_names(self.tr("When the answer came"), self.tr("Time zone"))
        self.outcome_label.setText(self.tr("What they said"))
        self.outcome.setAccessibleName(self.tr("What they said"))
        self._fill_outcomes()
        self.statement_label.setText(self.tr("Their reasons or words (optional)"))
        self.statement.setAccessibleName(self.tr("Their reasons or words"))
        self.statement_note.setText(
            self.tr("Copy their statement of reasons if they gave one: you may need it later.")
        )
        self.reply_ticket_label.setText(self.tr("Ticket number in the answer (optional)"))
        self.reply_ticket.setAccessibleName(self.tr("Ticket number in the answer"))
        self.save_reply.setText(self.tr("Record the &answer"))
        self.save_reply.setAccessibleName(self.tr("Record the answer"))
        self.replies_title.setText(self.tr("Answers so far"))
        self.replies.setAccessibleName(self.tr("Answers so far"))
        self.no_replies.setText(self.tr("No answers recorded yet."))
        self.replies_model.retranslate()
        self.text_title.setText(self.tr("The exact text"))
        self.text.setAccessibleName(self.tr("The exact text of the letter"))
        self.copy.setText(self.tr("Co&py the text"))
        self.copy.setAccessibleName(self.tr("Copy the text of the letter"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close this letter"))
        self._show()

    def _fill_outcomes(self) -> None:
        choices = ((outcome_name(outcome), outcome.value) for outcome in Outcome)
        refill(self.outcome, choices, self.outcome.currentData())

    def _reply_headers(self) -> list[str]:
        return [self.tr("Came on"), self.tr("What they said"), self.tr("Their words")]

    def _reply_cell(self, response: LetterResponse, column: int) -> Cell:
        values = (
            format_moment(response.received_at),
            outcome_name(response.outcome),
            response.statement or "–",
        )
        return Cell(values[column])

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the letter again."""
        letter_id = self.letter_id
        self.session.read(
            lambda repo: load_letter(repo, letter_id),
            self._loaded,
            lambda error: self.ctx.show_error(self, error),
            owner=self,
        )

    def _loaded(self, detail: LetterDetail) -> None:
        first = self.detail is None
        self.detail = detail
        if first:
            self.ticket.setText(detail.letter.ticket_number)
        self._show()
        order_tabs(self)

    def _show(self) -> None:
        detail = self.detail
        if detail is None:
            self.title.setText(self.tr("Reading your case…"))
            self.subtitle.setText("")
            for widget in (self.due_box, self.resume, self.ticket_card, self.reply_card):
                widget.hide()
            return
        letter = detail.letter
        language = language_of(self.ctx)
        self.title.setText(type_name(letter.type, language))
        self.subtitle.setText(
            self.tr("To {0}").format(letter.recipient) if letter.recipient else ""
        )
        draft = letter.sent_at is None
        self._show_facts(detail)
        self._show_due(letter)
        self.resume.setVisible(draft)
        self.ticket_card.setVisible(not draft)
        self.reply_card.setVisible(not draft)
        self.replies_model.set_records(list(detail.responses))
        self.replies.setVisible(bool(detail.responses))
        self.no_replies.setVisible(not detail.responses)
        if self.text.toPlainText() != letter.text:
            self.text.setPlainText(letter.text)

    def _show_facts(self, detail: LetterDetail) -> None:
        letter = detail.letter
        channel = channel_name(letter.channel) if letter.channel else ""
        if channel and letter.channel_address:
            channel = self.tr("{0}: {1}").format(channel, letter.channel_address)
        languages = {"en": "English", "nl": "Nederlands"}
        values = {
            "status": status_text(letter.status) if letter.sent_at else self.tr("Draft, not sent"),
            "sent": format_moment(letter.sent_at) if letter.sent_at else "",
            "channel": channel,
            "due": self._due_text(letter),
            "ticket": letter.ticket_number,
            "basis": letter.legal_basis,
            "copies": "\n".join(where_text(sighting) for sighting in detail.sightings),
            "language": languages.get(letter.language, letter.language),
            "hash": grouped_hash(letter.text_sha256 or ""),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
            self.facts[key].setVisible(bool(value))
            self.fact_labels[key].setVisible(bool(value))
        mark_problem(self.facts["due"], letter.overdue(utc_now()))

    def _due_state(self, letter: Letter) -> DueState | None:
        due = letters_due([letter], utc_now())
        return due[0].state if due else None

    def _due_text(self, letter: Letter) -> str:
        if letter.sent_at is None:
            return ""
        if letter.deadline_at is None:
            return self.tr("No fixed deadline")
        when = format_moment(letter.deadline_at)
        state = self._due_state(letter)
        if state is DueState.OVERDUE:
            return self.tr("{0}: overdue").format(when)
        if state is DueState.DUE_SOON:
            return self.tr("{0}: due soon").format(when)
        return when

    def _show_due(self, letter: Letter) -> None:
        overdue = self._due_state(letter) is DueState.OVERDUE
        self.due_box.setVisible(overdue)
        self.due_text.setText(
            self.tr(
                "The answer is overdue. You can send a reminder with the ticket number, write "
                "to the host or a regulator, or ask a helpline for help. Record any answer "
                "below."
            )
        )

    # --- what the user does -----------------------------------------------------------------

    def _save_ticket(self) -> None:
        letter_id, number = self.letter_id, self.ticket.text()
        self.save_ticket.setEnabled(False)
        self.session.change(
            lambda repo: set_ticket_number(repo, letter_id, number),
            lambda _letter: self._done(self.tr("The ticket number is saved.")),
            self._failed,
            owner=self,
        )

    def _save_reply(self) -> None:
        letter_id = self.letter_id
        received = self.received.moment()
        outcome = Outcome(str(self.outcome.currentData()))
        statement, ticket = self.statement.toPlainText(), self.reply_ticket.text()
        self.save_reply.setEnabled(False)

        def record(repo: CaseRepository) -> LetterResponse:
            return record_response(
                repo,
                letter_id,
                received_at=received,
                outcome=outcome,
                statement=statement,
                ticket_number=ticket,
            )

        self.session.change(
            record, lambda _reply: self._reply_saved(ticket), self._failed, owner=self
        )

    def _reply_saved(self, ticket: str) -> None:
        self.statement.clear()
        self.reply_ticket.clear()
        if ticket.strip():
            self.ticket.setText(ticket.strip())
        self._done(self.tr("The answer is recorded."))

    def _done(self, text: str) -> None:
        self.save_ticket.setEnabled(True)
        self.save_reply.setEnabled(True)
        self.saved.setText(text)
        self.saved.show()

    def _failed(self, error: BaseException) -> None:
        self.save_ticket.setEnabled(True)
        self.save_reply.setEnabled(True)
        self.ctx.show_error(self, error)

    def _copy(self) -> None:
        if self.detail is not None:
            copy_to_clipboard(self.detail.letter.text)

    def _continue(self) -> None:
        if self.detail is not None:
            self.continue_requested.emit(self.detail.letter)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.deleteLater()
