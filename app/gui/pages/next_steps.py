"""Next steps: registering fingerprints, recording where copies were found, writing letters
and scanning a folder. Each leads to the dashboard, where these steps live."""

from PySide6.QtWidgets import QCommandLinkButton, QWizard

from app.gui.context import AppContext
from app.gui.pages.base import WizardPage
from app.gui.sections import Section
from app.gui.widgets import paragraph

_STEPS = (Section.REGISTRATIONS, Section.COPIES, Section.LETTERS, Section.SCAN)


class NextStepsPage(WizardPage):
    """The last page: where to go from here."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.steps: dict[Section, QCommandLinkButton] = {}
        for section in _STEPS:
            button = QCommandLinkButton()
            button.clicked.connect(lambda _checked=False, s=section: self._go_to(s))
            self.body.addWidget(button)
            self.steps[section] = button
        self.closing = paragraph()
        self.body.addWidget(self.closing)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Next steps"))
        self.setSubTitle(self.tr("Well done. Your case is set up and saved."))
        self.intro.setText(
            self.tr("Here is what you can do next. There is no hurry: each step waits for you.")
        )
        texts = {
            Section.REGISTRATIONS: (
                self.tr("Register your fingerprints"),
                self.tr(
                    "Give the fingerprints (never the pictures) to services that block "
                    "uploads, such as StopNCII.org and Take It Down."
                ),
            ),
            Section.COPIES: (
                self.tr("Record where you found copies"),
                self.tr("Keep a careful record of each place, for letters and for the police."),
            ),
            Section.LETTERS: (
                self.tr("Write letters"),
                self.tr("Ask websites, search engines and hosts to remove copies."),
            ),
            Section.SCAN: (
                self.tr("Scan a folder"),
                self.tr("Check a folder of downloads for copies of your pictures."),
            ),
        }
        for section, (title, description) in texts.items():
            button = self.steps[section]
            button.setText(title)
            button.setDescription(description)
            button.setAccessibleName(title)
            button.setAccessibleDescription(description)
        self.closing.setText(self.tr("Or choose “Go to my case” to see everything at once."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Go to my case"))

    def _go_to(self, section: Section) -> None:
        self.case_wizard().finish_at(section)
