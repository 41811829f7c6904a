"""Create your case file: a passphrase (with strength feedback and confirmation) and the
choice to remember it on this computer. Creating the case is the first step that cannot be
undone, so this is a commit page."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWizard,
)

from app.core.vault import CaseFile, KeyringUnavailable
from app.core.vault.store import MIN_PASSPHRASE_LENGTH
from app.gui.context import AppContext
from app.gui.pages.base import BackgroundStep, WizardPage
from app.gui.strength import Strength, estimate
from app.gui.widgets import mark_problem, note, paragraph
from app.gui.workers import Job

STRENGTH_BAR_WIDTH = 160


@dataclass(frozen=True)
class CreatedCase:
    """A new case, its recovery code (to show once) and any "remember" problem."""

    case: CaseFile
    recovery_code: str
    keyring_problem: KeyringUnavailable | None


class CreateCasePage(WizardPage):
    """Choose the passphrase; Next creates the encrypted case file."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setCommitPage(True)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.passphrase_label = QLabel()
        self.passphrase = self._secret_field(self.passphrase_label, form)
        self.strength = QProgressBar()
        self.strength.setRange(0, int(Strength.STRONG))
        self.strength.setTextVisible(False)
        self.strength.setMaximumSize(STRENGTH_BAR_WIDTH, self.fontMetrics().height() // 2)
        self.strength_label = note()
        meter = QHBoxLayout()
        meter.addWidget(self.strength)
        meter.addWidget(self.strength_label, 1)
        form.addRow(meter)
        self.confirm_label = QLabel()
        self.confirm = self._secret_field(self.confirm_label, form)
        self.body.addLayout(form)
        self.match = note()
        self.body.addWidget(self.match)
        self.show_text = QCheckBox()
        self.show_text.toggled.connect(self._show_passphrase)
        self.body.addWidget(self.show_text)
        self.remember = QCheckBox()
        self.body.addWidget(self.remember)
        self.remember_note = note()
        self.body.addWidget(self.remember_note)
        self.working = paragraph()
        self.working.hide()
        self.body.addWidget(self.working)
        self.body.addStretch(1)
        self.retranslate()

    def _secret_field(self, label: QLabel, form: QFormLayout) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(self._update_feedback)
        label.setBuddy(field)
        form.addRow(label, field)
        return field

    def retranslate(self) -> None:
        self.setTitle(self.tr("Create your case file"))
        self.setSubTitle(self.tr("Your case file keeps everything you do here, locked."))
        self.intro.setText(
            self.tr(
                "Choose a passphrase to lock your case file. A few unrelated words are easy "
                "to remember and hard to guess (for example four words that have nothing to "
                "do with you). Use at least {0} characters."
            ).format(MIN_PASSPHRASE_LENGTH)
        )
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("Type it &again"))
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.show_text.setText(self.tr("&Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.remember.setText(self.tr("&Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_note.setText(
            self.tr(
                "If you tick this, this computer's password store keeps the key, and you can "
                "open your case here without typing the passphrase. Anyone who can use your "
                "account on this computer could then open it too."
            )
        )
        self.remember.setAccessibleDescription(self.remember_note.text())
        self.working.setText(self.tr("Creating your case file. This takes a moment…"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my case file"))
        self._update_feedback()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update_feedback(self) -> None:
        strength = estimate(self.passphrase.text())
        self.strength.setValue(int(strength))
        words = {
            Strength.TOO_SHORT: self.tr("Strength: too short"),
            Strength.WEAK: self.tr("Strength: weak, easy to guess"),
            Strength.FAIR: self.tr("Strength: fair"),
            Strength.GOOD: self.tr("Strength: good"),
            Strength.STRONG: self.tr("Strength: strong"),
        }
        self.strength_label.setText(words[strength])
        self.strength.setAccessibleDescription(words[strength])
        self.match.setText(self._match_text())
        mark_problem(self.match, self.confirm.text() not in ("", self.passphrase.text()))
        self.completeChanged.emit()

    def _match_text(self) -> str:
        confirm = self.confirm.text()
        if not confirm:
            return ""
        if confirm != self.passphrase.text():
            return self.tr("The two passphrases are not the same yet.")
        return self.tr("The two passphrases match.")

    def isComplete(self) -> bool:
        text = self.passphrase.text()
        return (
            super().isComplete()
            and len(text) >= MIN_PASSPHRASE_LENGTH
            and text == self.confirm.text()
        )

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.show_text, self.remember):
            widget.setEnabled(not busy)
        self.working.setVisible(busy)
        super().set_busy(busy)

    def background_step(self) -> BackgroundStep | None:
        if self.case_wizard().session is not None:
            return None  # created already (the user came back to this page)
        folder = self.ctx.config.case_folder()
        passphrase = self.passphrase.text()
        remember = self.remember.isChecked()
        kdf = self.ctx.config.kdf

        def create(_job: Job) -> CreatedCase:
            case, code = CaseFile.create(folder, passphrase, kdf=kdf)
            problem = None
            if remember:
                try:
                    case.remember_on_this_computer(True)
                except KeyringUnavailable as error:
                    problem = error
            return CreatedCase(case, code, problem)

        return create

    def step_succeeded(self, result: CreatedCase) -> None:
        # The passphrase is not needed any more: do not keep it in the fields.
        self.passphrase.clear()
        self.confirm.clear()
        self.case_wizard().adopt_new_case(result)
