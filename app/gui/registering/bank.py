"""Registering with a hash bank (Hasher-Matcher-Actioner): the form and the exact requests.

The user gives the bank's address, its name, an optional access token (kept in the case,
never shown again) and an optional note (empty unless they write one: it goes with every
fingerprint). StillMine then lists the exact requests (``Plan.requests``) and the pictures
left out with the reason; only after the user ticks "send exactly this" does anything leave
the computer, through ``app.core.net`` (``bank_status`` runs it and shows where it stands).
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.core.errors import UserError
from app.core.fingerprints import Pdq
from app.core.net import BankName, HashBankConnection, Note
from app.core.services.eligibility import decide
from app.core.services.hashbank import SERVICE_ID, BankSettings, Plan, find_bank_registration, plan
from app.core.vault import Item
from app.gui.context import AppContext
from app.gui.overview import CaseOverview
from app.gui.registering.common import Step, bullets, catalogue
from app.gui.widgets import button_row, fixed_font, heading, note, paragraph

#: Rows of requests visible before the list scrolls.
REQUEST_ROWS = 8


class BankFormStep(Step):
    """Where the bank is, its name, the token and the note.

    Signals:
        planned: the plan to show (a ``Plan``), its address, and whether to create the bank.
    """

    planned = Signal(object, str, bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.overview: CaseOverview | None = None
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.url_label, self.url = QLabel(), QLineEdit()
        self.url_note = note()
        self.bank_label, self.bank = QLabel(), QLineEdit()
        self.bank_note = note()
        self.token_label, self.token = QLabel(), QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_note = note()
        self.note_label, self.note = QLabel(), QLineEdit()
        self.note.setMaxLength(255)
        self.note_note = note()
        for label, field, hint in (
            (self.url_label, self.url, self.url_note),
            (self.bank_label, self.bank, self.bank_note),
            (self.token_label, self.token, self.token_note),
            (self.note_label, self.note, self.note_note),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow(hint)
        self.body.addLayout(form)
        self.create_bank = QCheckBox()
        self.body.addWidget(self.create_bank)
        self.problem = paragraph()
        self.problem.setObjectName("problem")
        self.body.addWidget(self.problem)
        self.next = QPushButton()
        self.next.clicked.connect(self._plan)
        self.body.addLayout(button_row(self.next))
        self.body.addStretch(1)
        for field in (self.url, self.bank):
            field.textChanged.connect(self._update)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Send your fingerprints to a hash bank")

    def prepare(self, overview: CaseOverview) -> None:
        """Start (or come back to) the form with the case as it is now."""
        self.problem.setText("")
        self.update_overview(overview)

    def update_overview(self, overview: CaseOverview) -> None:
        """The case changed (a token may be kept now): keep what the user typed."""
        self.overview = overview
        self._update()

    def retranslate(self) -> None:
        service = catalogue().service(SERVICE_ID)
        self.intro.setText(service.summary.get(self.language))
        self.url_label.setText(self.tr("The bank's &address"))
        self.url.setAccessibleName(self.tr("The bank's address"))
        self.url.setPlaceholderText("https://")
        self.url_note.setText(
            self.tr(
                "As the organisation gave it, for example https://hashbank.example.org. A bank "
                "on this computer may use http://127.0.0.1."
            )
        )
        self.bank_label.setText(self.tr("The bank's &name"))
        self.bank.setAccessibleName(self.tr("The bank's name"))
        self.bank_note.setText(
            self.tr("Capital letters, digits and underscores, for example MY_CASE.")
        )
        self.token_label.setText(self.tr("Access &token (if they gave you one)"))
        self.token.setAccessibleName(self.tr("Access token"))
        self.note_label.setText(self.tr("N&ote (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note_note.setText(
            self.tr(
                "Sent with every fingerprint, so the bank's owner can read it. Leave it empty "
                "unless they asked for one, and never write your name or anything about the "
                "pictures."
            )
        )
        self.create_bank.setText(self.tr("&Create the bank if it does not exist yet"))
        self.create_bank.setAccessibleName(self.tr("Create the bank if it does not exist yet"))
        self.next.setText(self.tr("Next: see e&xactly what will be sent"))
        self.next.setAccessibleName(self.tr("See exactly what will be sent"))
        self._update()

    def _kept_token(self) -> bool:
        if self.overview is None:
            return False
        try:
            address = HashBankConnection(self.url.text()).description
        except (UserError, ValueError):  # ValueError: a port that is not a number
            return False
        kept = find_bank_registration(
            self.overview.registrations, address, self.bank.text().strip()
        )
        return kept is not None and kept.token_secret_id is not None

    def _update(self) -> None:
        self.token_note.setText(
            self.tr(
                "A token is kept in your case for this bank (••••••••). Leave this empty to "
                "keep using it, or type a new one to replace it."
            )
            if self._kept_token()
            else self.tr("Kept in your case file, encrypted. It is never shown again.")
        )
        self.next.setEnabled(bool(self.url.text().strip() and self.bank.text().strip()))

    def _plan(self) -> None:
        try:
            connection = HashBankConnection(self.url.text())
        except (UserError, ValueError):  # ValueError: a port that is not a number
            self._refuse(
                self.url,
                self.tr(
                    "That is not an address StillMine can use. A bank on another computer needs "
                    "an address starting with https://; one on this computer may use "
                    "http://127.0.0.1."
                ),
            )
            return
        try:
            bank = BankName(self.bank.text().strip())
        except UserError:
            self._refuse(
                self.bank,
                self.tr(
                    "A bank's name has capital letters, digits and underscores only, and "
                    "starts with a letter (for example MY_CASE)."
                ),
            )
            return
        try:
            note_text = Note(self.note.text())
        except UserError:
            self._refuse(self.note, self.tr("A note can be at most 255 characters long."))
            return
        settings = BankSettings(self.url.text().strip(), bank, self.token.text().strip(), note_text)
        items = self.overview.items if self.overview is not None else []
        self.problem.setText("")
        # The token stays in the plan's settings only until the case keeps it.
        self.token.clear()
        chosen = plan(catalogue(), items, settings)
        self.planned.emit(chosen, connection.description, self.create_bank.isChecked())

    def _refuse(self, field: QLineEdit, text: str) -> None:
        self.problem.setText(text)
        field.setFocus()


class BankPlanStep(Step):
    """Exactly what will be sent, and what will not (and why); nothing goes until confirmed.

    Signals:
        confirmed: the user checked the list and chose to send it.
    """

    confirmed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.plan: Plan | None = None
        self.address = ""
        self.create_bank = False
        self.items: list[Item] = []
        self.intro = paragraph()
        self.requests = QPlainTextEdit()
        self.requests.setReadOnly(True)
        self.requests.setTabChangesFocus(True)
        self.requests.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.requests.setFont(fixed_font())
        self.requests.setMinimumHeight(self.requests.fontMetrics().lineSpacing() * REQUEST_ROWS)
        self.extras = paragraph()
        self.also = note()
        self.skipped_title, self.skipped = heading(), paragraph()
        self.nothing = paragraph()
        self.nothing.setObjectName("problem")
        self.checked = QCheckBox()
        self.checked.toggled.connect(self._update)
        self.send = QPushButton()
        self.send.clicked.connect(self.confirmed)
        for widget in (
            self.intro,
            self.requests,
            self.extras,
            self.also,
            self.skipped_title,
            self.skipped,
            self.nothing,
            self.checked,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.send))
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("See exactly what will be sent")

    def show_plan(self, chosen: Plan, address: str, create_bank: bool, items: list[Item]) -> None:
        """Show ``chosen`` as the requests to ``address``; the box starts unticked."""
        self.plan, self.address, self.create_bank, self.items = chosen, address, create_bank, items
        self.requests.setPlainText("\n".join(chosen.requests(address)))
        self.checked.setChecked(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "StillMine will send these requests to {0}, and nothing else. The long strings "
                "of letters and digits are your fingerprints: no picture, no file name and "
                "nothing about you."
            ).format(self.address)
        )
        self.requests.setAccessibleName(self.tr("The requests StillMine will send"))
        self.checked.setText(self.tr("I have &checked this list: send exactly this"))
        self.checked.setAccessibleName(self.tr("I have checked this list: send exactly this"))
        self.send.setText(self.tr("&Send to the bank"))
        self.send.setAccessibleName(self.tr("Send to the bank"))
        self.skipped_title.setText(self.tr("Not sent"))
        self.nothing.setText(
            self.tr("None of your pictures can go to a hash bank, so there is nothing to send.")
        )
        self._explain()
        self._update()

    def _explain(self) -> None:
        chosen = self.plan
        if chosen is None:
            return
        settings = chosen.settings
        extras = [
            self.tr("Your note goes with every fingerprint: “{0}”.").format(settings.note.text)
            if settings.note.text
            else self.tr("No note is sent.")
        ]
        if settings.token:
            extras.append(self.tr("Each request also carries your access token."))
        self.extras.setText(" ".join(extras))
        also = self.tr(
            "StillMine also asks the bank whether the bank {0} exists, which kinds of "
            "fingerprint it takes, and afterwards whether it recognises each fingerprint. "
            "Those questions carry the same fingerprints and nothing more."
        ).format(settings.bank.name)
        if self.create_bank:
            also += " " + self.tr("If the bank does not exist, StillMine asks to create it.")
        self.also.setText(also)
        lines = self._skipped_lines(chosen)
        self.skipped.setText(bullets(lines))
        self.skipped_title.setVisible(bool(lines))
        self.skipped.setVisible(bool(lines))
        self.nothing.setVisible(not chosen.signals)
        self.requests.setVisible(bool(chosen.signals))

    def _skipped_lines(self, chosen: Plan) -> list[str]:
        # The plan gives its reasons in English; the same decisions, in the user's language.
        service = catalogue().service(SERVICE_ID)
        planned = {signal.item_id for signal in chosen.signals}
        lines = []
        for item in self.items:
            if item.id in planned:
                continue
            decision = decide(service, item)
            if not decision.applies:
                reason = catalogue().reason(decision.reason_id).get(self.language)
            elif item.kind == "image" and not Pdq.usable(item.pdq_quality or 0):
                reason = self.tr("This picture is too plain for a similarity fingerprint.")
            else:
                continue
            lines.append(self.tr("{0}: {1}").format(item.label, reason))
        return lines

    def _update(self) -> None:
        has_signals = self.plan is not None and bool(self.plan.signals)
        self.checked.setEnabled(has_signals)
        self.send.setEnabled(has_signals and self.checked.isChecked())
