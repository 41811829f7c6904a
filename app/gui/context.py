"""What every window needs, handed over explicitly: settings, translations, dialogs, workers."""

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtWidgets import QWidget

from app.core.helplines import FILE_NAME, HelplineBook, load_helplines
from app.gui.branding import Branding
from app.gui.config import GuiConfig
from app.gui.dialogs import Dialogs
from app.gui.errors import show_error
from app.gui.i18n import Translations
from app.gui.settings import Settings
from app.gui.workers import TaskRunner
from app.paths import resources_dir


@dataclass
class AppContext:
    """The app's shared services (no global lookups: windows receive this object).

    Attributes:
        config: how the GUI is set up (the test seam).
        settings: the settings file.
        translations: the installed language.
        branding: the name and icon shown (discreet mode).
        dialogs: every message box and file chooser (tests replace it).
        runner: the background task pool.
    """

    config: GuiConfig
    settings: Settings
    translations: Translations
    branding: Branding
    dialogs: Dialogs
    runner: TaskRunner

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        """Tell the user about ``error`` (see ``app.gui.errors``)."""
        show_error(self.dialogs, parent, error)

    @cached_property
    def helplines(self) -> HelplineBook:
        """The helplines shown on the help screen."""
        return load_helplines(resources_dir() / FILE_NAME)
