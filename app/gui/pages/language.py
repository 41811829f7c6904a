"""Language and safety: English or Dutch, and discreet mode (a neutral name and icon)."""

from PySide6.QtWidgets import QCheckBox

from app.gui.context import AppContext
from app.gui.i18n import LANGUAGE_NAMES
from app.gui.pages.base import WizardPage
from app.gui.widgets import ChoiceGroup, heading, note, paragraph


class LanguagePage(WizardPage):
    """Choices that apply at once: the language, and how StillMine shows itself."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.language = ChoiceGroup[str](list(LANGUAGE_NAMES))
        self.language.changed.connect(self._language_chosen)
        self.body.addWidget(self.language)
        self.safety_title = heading()
        self.body.addWidget(self.safety_title)
        self.discreet = QCheckBox()
        self.discreet.toggled.connect(ctx.branding.set_discreet)
        self.body.addWidget(self.discreet)
        self.discreet_note = note()
        self.body.addWidget(self.discreet_note)
        self.lock_note = paragraph()
        self.body.addWidget(self.lock_note)
        self.body.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self.language.set_value(self.ctx.translations.language or self.ctx.settings.language)
        self.discreet.setChecked(self.ctx.branding.discreet)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language and safety"))
        self.setSubTitle(self.tr("You can change these later in Settings."))
        self.language.set_texts(self.tr("Language"), list(LANGUAGE_NAMES.values()))
        self.safety_title.setText(self.tr("Safety"))
        self.discreet.setText(self.tr("Discreet mode: show a plain “Notes” name and icon"))
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet_note.setText(
            self.tr(
                "In discreet mode the window, the task bar and the dock show “Notes” and a "
                "notepad icon instead of StillMine, so a quick glance reveals nothing."
            )
        )
        self.discreet.setAccessibleDescription(self.discreet_note.text())
        self.lock_note.setText(
            self.tr(
                "StillMine locks your case by itself after {0} minutes without use. You can "
                "change the time in Settings."
            ).format(self.ctx.settings.auto_lock_minutes)
        )

    def _language_chosen(self) -> None:
        self.ctx.settings.language = self.language.value
        self.ctx.translations.apply(self.language.value)
