"""Create your case file: a passphrase (with strength feedback and confirmation) and the
choice to remember it on this computer. Creating the case is the first step that cannot be
undone, so this is a commit page."""

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QWizard

from app.core.vault import CaseFile, KeyringUnavailable
from app.core.vault.store import MIN_PASSPHRASE_LENGTH
from app.gui.context import AppContext
from app.gui.pages.base import BackgroundStep, WizardPage
from app.gui.strength import NewPassphrase
from app.gui.widgets import note, paragraph
from app.gui.workers import Job


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
        self.passphrase = NewPassphrase()
        self.passphrase.changed.connect(self.completeChanged)
        self.body.addWidget(self.passphrase)
        self.remember = QCheckBox()
        self.body.addWidget(self.remember)
        self.remember_note = note()
        self.body.addWidget(self.remember_note)
        self.working = paragraph()
        self.working.hide()
        self.body.addWidget(self.working)
        self.body.addStretch(1)
        self.retranslate()

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
        self.passphrase.set_label(self.tr("&Passphrase"))
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

    def isComplete(self) -> bool:
        return super().isComplete() and self.passphrase.ready

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.remember):
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
        self.case_wizard().adopt_new_case(result)
