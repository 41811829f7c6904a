"""Start the Qt application: checks, settings, language, look, and the first window.

``run_gui`` is what ``stillmine`` without arguments calls. Before any window it checks the
installation and the data folder (``app.startup``) and takes the single-instance lock; each
problem is one calm message box, never a traceback. ``build_app`` sets everything up without
running the event loop, so tests (and the screenshot tool) drive the same app.

``stillmine --exit-when-shown`` (undocumented, for the start-up benchmark and tests) prints
a line and ends as soon as the first window, or a start-up message, has been painted.
"""

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME
from app.gui.branding import Branding
from app.gui.config import GuiConfig
from app.gui.context import AppContext
from app.gui.controller import AppController
from app.gui.dialogs import Dialogs
from app.gui.i18n import Translations
from app.gui.settings import Settings, system_language
from app.gui.style import apply_style
from app.gui.workers import TaskRunner
from app.startup import (
    Problem,
    ProblemKind,
    check_data_folder,
    check_resources,
    check_translations,
)

# The single-instance lock, in the data folder (so a portable copy has its own).
LOCK_FILE: Final = "stillmine.lock"
# What ``--exit-when-shown`` prints once the first window has been painted.
SHOWN_LINE: Final = "first window shown"


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


def run_gui(
    argv: Sequence[str], config: GuiConfig | None = None, *, exit_when_shown: bool = False
) -> int:
    """Check, create the QApplication, show the first window and run until StillMine ends.

    Returns 0 when StillMine ran (or was already open), 1 when it could not start.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    config = config or GuiConfig()
    if exit_when_shown:
        app.installEventFilter(ExitWhenShown(app))
    problems = startup_problems(config)
    fatal = next((problem for problem in problems if problem.fatal), None)
    if fatal is not None:
        return _tell(app, config, fatal, exit_code=1)
    lock = SingleInstance(config.data_folder())
    if not lock.acquire():
        return _tell(app, config, lock.problem(), exit_code=0)
    try:
        controller = build_app(app, config)
        controller.start()
        notices = [problem_box(problem, controller.window) for problem in problems]
        for box in notices:
            box.show()  # not fatal (a missing translation): StillMine goes on in English
        code = app.exec()
        controller.dispose()  # saves and locks the case if the loop ended some other way
        return code
    finally:
        lock.release()


def startup_problems(config: GuiConfig) -> list[Problem]:
    """What is wrong with the installation or the data folder, fatal problems first."""
    problems = check_resources()
    unwritable = check_data_folder(config.data_folder())
    if unwritable is not None:
        problems.append(unwritable)
    problems += check_translations()
    return sorted(problems, key=lambda problem: not problem.fatal)


def _tell(app: QApplication, config: GuiConfig, problem: Problem, *, exit_code: int) -> int:
    """Show one start-up message in the user's language (if it can be found) and wait."""
    print(problem.message, file=sys.stderr)  # for a terminal or a log, if there is one
    translations = Translations(app)
    translations.apply(_language_without_settings(config))
    box = problem_box(problem)
    box.finished.connect(lambda _result: QCoreApplication.exit(0))
    box.show()
    app.exec()
    translations.uninstall()
    return exit_code


def _language_without_settings(config: GuiConfig) -> str:
    """The settings' language when the settings file can be read, else the system's."""
    path = config.settings_path()
    if not path.is_file():
        return system_language()
    try:
        return Settings(path).language
    except OSError:
        return system_language()


def problem_text(problem: Problem) -> tuple[str, str]:
    """The translated title and message for a start-up problem."""
    texts = {
        ProblemKind.RESOURCES_DAMAGED: (
            QCoreApplication.translate("Startup", "{0} cannot start"),
            QCoreApplication.translate(
                "Startup",
                "Some of {0}'s own files are damaged or missing ({1}), so it cannot start. "
                "Nothing of your case has been touched. Please download {0} again and "
                "replace the old folder; keep your data folder.",
            ),
        ),
        ProblemKind.DATA_FOLDER_UNWRITABLE: (
            QCoreApplication.translate("Startup", "{0} cannot save your case"),
            QCoreApplication.translate(
                "Startup",
                "{0} cannot save anything in its folder:\n{1}\n\nThe drive may be full, "
                "read-only or disconnected, or your account may not be allowed to write "
                "there. Free some space or use a drive you can write to, then start {0} "
                "again. Nothing has been changed.",
            ),
        ),
        ProblemKind.ALREADY_RUNNING: (
            QCoreApplication.translate("Startup", "{0} is already open"),
            QCoreApplication.translate(
                "Startup",
                "{0} is already open on this computer. Look for its window, or for its "
                "icon in the task bar. Only one copy can use your case at a time, so "
                "nothing gets lost.",
            ),
        ),
        ProblemKind.TRANSLATION_MISSING: (
            QCoreApplication.translate("Startup", "Some texts are in English"),
            QCoreApplication.translate(
                "Startup",
                "A translation file is missing ({1}), so {0} shows its texts in English. "
                "Everything else works. Download {0} again to repair this.",
            ),
        ),
    }
    title, text = texts[problem.kind]
    return title.format(APP_NAME), text.format(APP_NAME, problem.detail)


def problem_box(problem: Problem, parent: QWidget | None = None) -> QMessageBox:
    """A message box for a start-up problem (not shown yet)."""
    title, text = problem_text(problem)
    icon = QMessageBox.Icon.Warning if problem.fatal else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(f"startup-{problem.kind}")
    return box


class SingleInstance:
    """One StillMine per data folder: an operating-system lock file in that folder.

    ``QLockFile`` writes the owner's process id; a lock left by a StillMine that crashed is
    noticed (no such process) and taken over, so a crash never locks the user out.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = QLockFile(str(folder / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when the owner is gone, never by age

    def acquire(self) -> bool:
        """Take the lock; False when another StillMine holds it."""
        return bool(self._lock.tryLock(100))

    def release(self) -> None:
        """Give the lock up (StillMine is ending)."""
        self._lock.unlock()

    def problem(self) -> Problem:
        """The "already open" message."""
        return Problem(
            ProblemKind.ALREADY_RUNNING,
            f"{APP_NAME} is already open on this computer (its lock is {self.folder}).",
            str(self.folder),
        )


class ExitWhenShown(QObject):
    """Ends the app once the first window has been painted (start-up benchmark and tests)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            print(SHOWN_LINE, flush=True)
            # After this paint has finished: the window is on screen.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False
