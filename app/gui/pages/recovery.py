"""Your recovery code: shown once, with plain advice to write it down and keep it apart from
the computer. It cannot be shown again or recovered, so Next waits for "I have written it
down", and leaving the page forgets the code."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QWizard

from app.gui.context import AppContext
from app.gui.errors import describe
from app.gui.pages.base import WizardPage
from app.gui.widgets import HEADING_SCALE, paragraph, set_texts

_GROUPS_PER_LINE = 4


def code_for_reading(code: str) -> str:
    """The code in two short lines of groups, easier to copy by hand."""
    groups = code.split("-")
    lines = [
        "-".join(groups[start : start + _GROUPS_PER_LINE])
        for start in range(0, len(groups), _GROUPS_PER_LINE)
    ]
    return "\n".join(lines)


class RecoveryCodePage(WizardPage):
    """Shows the recovery code once."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setCommitPage(True)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * HEADING_SCALE)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.code)
        self.advice = [paragraph() for _ in range(3)]
        for label in self.advice:
            self.body.addWidget(label)
        self.keyring_note = paragraph()
        self.keyring_note.setObjectName("problem")
        self.keyring_note.hide()
        self.body.addWidget(self.keyring_note)
        self.written = QCheckBox()
        self.written.toggled.connect(self.completeChanged)
        self.body.addWidget(self.written)
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
        self.code.setAccessibleName(self.tr("Your recovery code"))
        set_texts(
            self.advice,
            (
                self.tr("• Write it on paper now, carefully. It is shown only this once."),
                self.tr(
                    "• Keep the paper somewhere safe, away from this computer: not in the laptop "
                    "bag, and not as a photo on your phone or this computer."
                ),
                self.tr("• Letters and digits only; the dashes just make it easier to read."),
            ),
        )
        self.written.setText(self.tr("I have &written it down"))
        self.written.setAccessibleName(self.tr("I have written it down"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Next"))

    def initializePage(self) -> None:
        wizard = self.case_wizard()
        self.code.setText(code_for_reading(wizard.recovery_code or ""))
        problem = wizard.keyring_problem
        self.keyring_note.setVisible(problem is not None)
        if problem is not None:
            self.keyring_note.setText(describe(problem).text)

    def isComplete(self) -> bool:
        return super().isComplete() and self.written.isChecked()

    def validatePage(self) -> bool:
        if not super().validatePage():
            return False
        self.code.clear()
        self.case_wizard().forget_recovery_code()
        return True
