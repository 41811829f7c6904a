"""Translations: StillMine's own (``resources/i18n/stillmine_<lang>.qm``) and Qt's.

Every visible string goes through ``self.tr()`` or ``QCoreApplication.translate()``.
Switching the language installs the new translators; Qt then sends every widget a
``LanguageChange`` event, and StillMine's windows re-translate themselves on it.
"""

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from app.paths import resources_dir

#: Each language's name, written in that language (never translated, so it can be found).
LANGUAGE_NAMES: Final = {"en": "English", "nl": "Nederlands"}
CATALOGUE: Final = "stillmine"


def i18n_dir() -> Path:
    """The folder of StillMine's translation files."""
    return resources_dir() / "i18n"


class Translations(QObject):
    """Installs the translators for one language at a time.

    Signals:
        changed: the language changed (its code).
    """

    changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def apply(self, language: str) -> None:
        """Switch to ``language`` ("en" or "nl")."""
        if language == self.language:
            return
        self.uninstall()
        self._install(i18n_dir(), f"{CATALOGUE}_{language}")
        if language != "en":
            # Qt's own texts: standard buttons, the file dialog.
            self._install(
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                f"qtbase_{language}",
            )
        QLocale.setDefault(QLocale(language))
        self.language = language
        self.changed.emit(language)

    def uninstall(self) -> None:
        """Remove every translator this object installed."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = ""

    def _install(self, folder: Path, name: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, str(folder)):
            self._app.installTranslator(translator)
            self._installed.append(translator)
