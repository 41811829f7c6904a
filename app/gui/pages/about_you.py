"""About you (optional): the details StillMine puts in your letters, and nowhere else."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.vault import Person
from app.gui.context import AppContext
from app.gui.pages.base import BackgroundStep, WizardPage
from app.gui.widgets import note, paragraph
from app.gui.workers import Job

# Person field -> whether it takes several lines.
_FIELDS = (
    ("legal_name", False),
    ("email", False),
    ("postal_address", True),
    ("phone", False),
    ("country", False),
    ("signature_name", False),
)


class AboutYouPage(WizardPage):
    """Optional details for letters; every field says what it is used for."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.notes: dict[str, QLabel] = {}
        for name, multiline in _FIELDS:
            self._add_field(form, name, multiline)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.retranslate()

    def _add_field(self, form: QFormLayout, name: str, multiline: bool) -> None:
        label = QLabel()
        field: QLineEdit | QPlainTextEdit
        if multiline:
            field = QPlainTextEdit()
            field.setTabChangesFocus(True)
            field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 12)
        else:
            field = QLineEdit()
        label.setBuddy(field)
        hint = note()
        column = QWidget()
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(field)
        stack.addWidget(hint)
        form.addRow(label, column)
        self.labels[name], self.fields[name], self.notes[name] = label, field, hint

    def retranslate(self) -> None:
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("Optional. You can leave all of this empty."))
        self.intro.setText(
            self.tr(
                "StillMine can fill in your letters for you. Everything here is optional, is "
                "used only in your letters, and stays locked in your case file."
            )
        )
        only = self.tr("Only used in your letters.")
        texts = {
            "legal_name": (self.tr("Your na&me"), self.tr("Your full name, as in your letters.")),
            "email": (
                self.tr("&E-mail address"),
                self.tr("Where replies should go. A new address just for this is fine."),
            ),
            "postal_address": (
                self.tr("Postal &address"),
                self.tr("Some letters, such as a police report, ask for one."),
            ),
            "phone": (self.tr("&Phone number"), self.tr("Only if you want to be called.")),
            "country": (
                self.tr("&Country where you live"),
                self.tr("Decides which laws your letters can use."),
            ),
            "signature_name": (
                self.tr("Name to &sign with"),
                self.tr("If different from your name, for example initials."),
            ),
        }
        for name, (label, hint) in texts.items():
            self.labels[name].setText(label)
            self.fields[name].setAccessibleName(label.replace("&", ""))
            self.notes[name].setText(f"{hint} {only}")
            self.fields[name].setAccessibleDescription(self.notes[name].text())

    def person(self) -> Person:
        """The details as typed (empty strings for empty fields)."""
        values = {name: _text(field).strip() for name, field in self.fields.items()}
        return replace(Person(**values), preferred_language=self.ctx.translations.language)

    def background_step(self) -> BackgroundStep | None:
        person = self.person()
        if not any(_text(field).strip() for field in self.fields.values()):
            return None
        session = self.case_wizard().session
        if session is None:
            return None
        case = session.case

        def save(_job: Job) -> None:
            case.change(lambda repo: repo.set_person(person))

        return save


def _text(field: QLineEdit | QPlainTextEdit) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
