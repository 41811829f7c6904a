"""Start the Qt application: settings, language, look, and the first window.

``run_gui`` is what ``stillmine`` without arguments calls. ``build_app`` sets everything up
without running the event loop, so tests (and the screenshot tool) drive the same app.
"""

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.gui.branding import Branding
from app.gui.config import GuiConfig
from app.gui.context import AppContext
from app.gui.controller import AppController
from app.gui.dialogs import Dialogs
from app.gui.i18n import Translations
from app.gui.settings import Settings
from app.gui.style import apply_style
from app.gui.workers import TaskRunner


def keep_qt_settings_in(folder: Path) -> None:
    """Send Qt's own settings (the file chooser's) to StillMine's folder, not the home folder.

    Works wherever Qt keeps settings in files (Linux and other Unix systems); elsewhere
    ``app.gui.dialogs`` makes sure those settings hold nothing about the user's folders.
    """
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "qt"))
        QSettings.setPath(settings_format, QSettings.Scope.SystemScope, str(folder / "qt"))


def build_app(
    app: QApplication, config: GuiConfig, dialogs: Dialogs | None = None
) -> AppController:
    """Set up settings, translations, branding and style, and return the controller."""
    app.setApplicationName(APP_NAME)
    # StillMine decides when to end (after saving and locking), not the last closed window.
    app.setQuitOnLastWindowClosed(False)
    folder = config.data_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    keep_qt_settings_in(folder)
    settings = Settings(config.settings_path())
    translations = Translations(app)
    translations.apply(settings.language)
    branding = Branding(settings, app)
    translations.changed.connect(lambda _language: branding.refresh())
    branding.refresh()
    apply_style(app)
    ctx = AppContext(
        config, settings, translations, branding, dialogs or Dialogs(), TaskRunner(parent=app)
    )
    return AppController(ctx, app)


def run_gui(argv: Sequence[str], config: GuiConfig | None = None) -> int:
    """Create the QApplication, show the first window and run until StillMine ends."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    controller = build_app(app, config or GuiConfig())
    controller.start()
    code = app.exec()
    controller.dispose()  # saves and locks the case if the loop ended some other way
    return code
