"""Your recovery code: shown once, with plain advice to write it down and keep it apart from
the computer. It cannot be shown again or recovered, so Next waits for "I have written it
down", and leaving the page forgets the code."""

from PySide6.QtWidgets import QWizard

from app.gui.context import AppContext
from app.gui.errors import describe
from app.gui.pages.base import WizardPage
from app.gui.recovery_code import RecoveryCodePanel
from app.gui.widgets import paragraph


class RecoveryCodePage(WizardPage):
    """Shows the recovery code once."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setCommitPage(True)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.panel = RecoveryCodePanel()
        self.code = self.panel.code
        self.written = self.panel.written
        self.body.addWidget(self.panel)
        self.keyring_note = paragraph()
        self.keyring_note.setObjectName("problem")
        self.keyring_note.hide()
        self.body.addWidget(self.keyring_note)
        self.written.toggled.connect(self.completeChanged)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Your case file is ready. One more important step."))
        self.intro.setText(
            self.tr(
                "If you ever forget your passphrase, this code is the only other way into "
                "your case. Nobody can look it up or send it to you again, not even "
                "StillMine's makers."
            )
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Next"))

    def initializePage(self) -> None:
        wizard = self.case_wizard()
        self.panel.show_code(wizard.recovery_code or "")
        problem = wizard.keyring_problem
        self.keyring_note.setVisible(problem is not None)
        if problem is not None:
            self.keyring_note.setText(describe(problem).text)

    def isComplete(self) -> bool:
        return super().isComplete() and self.written.isChecked()

    def validatePage(self) -> bool:
        if not super().validatePage():
            return False
        self.panel.clear()
        self.case_wizard().forget_recovery_code()
        return True
