"""Which window is shown, and how StillMine locks, exits and shuts down without losing work.

A first run shows the wizard; a returning user gets the unlock screen and then the
dashboard. Locking (the Lock button, or the auto-lock after idle time), the quick exit
(Esc twice or the button) and closing the main window all go the same careful way:

1. every window is hidden at once;
2. background work is asked to stop (fingerprinting saves what it has done first);
3. once it has stopped, the case is saved and locked;
4. locking then shows the unlock screen; the quick exit and closing end the process.

There is no confirmation anywhere on this path: someone may be walking in.
"""

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.core.errors import UserError
from app.core.letters.kinds import LetterType
from app.core.letters.library import default_library
from app.core.letters.platforms import default_directory
from app.core.procpool import stop_idle_workers
from app.core.vault import Letter, Registration, Sighting, case_exists
from app.core.vault.delete import delete_everything
from app.gui.case_tools import DeleteEverythingWindow, ExportCaseWindow, ImportCaseWindow
from app.gui.context import AppContext
from app.gui.dashboard import Action, DashboardWindow
from app.gui.evidence.window import SightingWindow
from app.gui.guards import IdleWatcher, QuickExitWatcher
from app.gui.help import HelpDialog
from app.gui.letters.detail import LetterDetailWindow
from app.gui.letters.window import LetterWindow
from app.gui.registering.common import catalogue
from app.gui.registering.detail import RegistrationWindow
from app.gui.registering.window import RegisterWindow
from app.gui.scanning.helper_window import HelperWindow
from app.gui.scanning.window import ScanWindow
from app.gui.sections import Section
from app.gui.session import CaseSession
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from app.gui.wizard import CaseWizard

#: The longest a lock or exit waits for background work to stop (it normally takes < 0.5 s).
STOP_GRACE_MS: Final = 3000


class AppController(QObject):
    """Owns the open case and the windows; locks, exits and shuts down."""

    def __init__(self, ctx: AppContext, app: QApplication) -> None:
        # Parented to the application, like every long-lived QObject of StillMine: Python's
        # garbage collector may run on a worker thread, and must never be the one to
        # delete a Qt object.
        super().__init__(app)
        self.ctx = ctx
        self.session: CaseSession | None = None
        self.window: QWidget | None = None
        self._extras: list[QWidget] = []
        self._ending = False
        self._locking = False
        self._retired: set[QObject] = set()
        self.quick_exit_watcher = QuickExitWatcher(self)
        self.quick_exit_watcher.triggered.connect(self.quick_exit)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.quick_exit_watcher)
        app.installEventFilter(self.idle)

    def start(self) -> None:
        """Show the first window: the wizard on a first run, else the unlock screen."""
        if case_exists(self.ctx.config.case_folder()):
            self.show_unlock()
        else:
            self.show_wizard()

    # --- windows ----------------------------------------------------------------------------

    def show_wizard(self) -> None:
        """Show the first-run wizard."""
        wizard = CaseWizard(self.ctx)
        wizard.case_created.connect(self._adopt)
        wizard.finished_at.connect(self._first_run_finished)
        wizard.help_requested.connect(self.show_help)
        wizard.helper_requested.connect(self.show_helper_mode)
        wizard.import_requested.connect(self.show_import)
        wizard.quick_exit_requested.connect(self.quick_exit)
        wizard.close_requested.connect(self.quick_exit)
        self._show(wizard)

    def show_unlock(self) -> None:
        """Show the unlock screen."""
        unlock = UnlockWindow(self.ctx)
        unlock.opened.connect(self._unlocked)
        unlock.used_recovery_code.connect(self._suggest_new_passphrase)
        unlock.help_requested.connect(self.show_help)
        unlock.helper_requested.connect(self.show_helper_mode)
        unlock.import_requested.connect(self.show_import)
        unlock.quick_exit_requested.connect(self.quick_exit)
        unlock.close_requested.connect(self.quick_exit)
        self._show(unlock)

    def show_dashboard(self, section: str = Section.OVERVIEW) -> None:
        """Show the dashboard (at ``section``) for the open case."""
        if self.session is None:
            self.show_unlock()
            return
        dashboard = DashboardWindow(self.ctx, self.session)
        dashboard.set_action(Action.ADD_PICTURES, self.add_pictures)
        dashboard.set_action(Action.REGISTER, self.show_registering)
        dashboard.set_opener(Section.REGISTRATIONS, self.show_registration)
        dashboard.set_action(Action.SCAN_FOLDER, self.show_scan)
        dashboard.set_action(Action.RECORD_COPY, self.record_copy)
        dashboard.set_opener(Section.COPIES, self.show_sighting)
        dashboard.set_action(Action.WRITE_LETTER, self.write_letter)
        dashboard.set_opener(Section.LETTERS, self.show_letter)
        dashboard.lock_requested.connect(self.lock)
        dashboard.settings_requested.connect(self.show_settings)
        dashboard.backup_requested.connect(self.show_export)
        dashboard.help_requested.connect(self.show_help)
        dashboard.quick_exit_requested.connect(self.quick_exit)
        dashboard.close_requested.connect(self.quick_exit)
        dashboard.show_section(Section(section))
        self._show(dashboard)

    def _first_run_finished(self, section: str) -> None:
        self.show_dashboard(section)
        if section == Section.REGISTRATIONS:
            self.show_registering()  # "Register your fingerprints" on the last page
        elif section == Section.COPIES:
            self.record_copy()  # "Record where you found copies"
        elif section == Section.LETTERS:
            self.write_letter()  # "Write letters"
        elif section == Section.SCAN:
            self.show_scan()  # "Scan a folder"

    def show_registering(self) -> None:
        """Open the "Register fingerprints" window (or bring the open one to the front)."""
        if self.session is None or self._bring_forward(lambda w: isinstance(w, RegisterWindow)):
            return
        try:
            catalogue()  # read and check the list of services before building on it
        except UserError as error:  # damaged: say so, and open nothing half-made
            self.ctx.show_error(self.window, error)
            return
        window = RegisterWindow(self.ctx, self.session)
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def show_registration(self, registration: Registration) -> None:
        """Open one registration (or bring its open window to the front)."""
        wanted = registration.id
        if self.session is None or self._bring_forward(
            lambda w: isinstance(w, RegistrationWindow) and w.registration_id == wanted
        ):
            return
        window = RegistrationWindow(self.ctx, self.session, wanted)
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def record_copy(self) -> None:
        """Open "Record where you found a copy" (or bring the open one to the front)."""
        if self.session is None or self._bring_forward(
            lambda w: isinstance(w, SightingWindow) and w.sighting_id is None
        ):
            return
        self._show_sighting_window(None)

    def show_sighting(self, sighting: Sighting) -> None:
        """Open one recorded copy (or bring its open window to the front)."""
        wanted = sighting.id
        if self.session is None or self._bring_forward(
            lambda w: isinstance(w, SightingWindow) and w.sighting_id == wanted
        ):
            return
        self._show_sighting_window(wanted)

    def _show_sighting_window(self, sighting_id: int | None) -> None:
        if self.session is None:
            return
        try:
            default_directory()  # read and check the platform list before building on it
        except UserError as error:
            self.ctx.show_error(self.window, error)
            return
        window = SightingWindow(self.ctx, self.session, sighting_id)
        window.quick_exit_requested.connect(self.quick_exit)
        window.letter_requested.connect(lambda chosen: self.write_letter((chosen,)))
        self._show_extra(window)

    def write_letter(
        self,
        sighting_ids: Sequence[int] = (),
        letter_type: LetterType | None = None,
        draft_id: int | None = None,
    ) -> None:
        """Open the "Write a letter" window (about ``sighting_ids``, when given)."""
        if self.session is None:
            return
        try:
            default_library(), default_directory()  # check StillMine's letter files first
        except UserError as error:
            self.ctx.show_error(self.window, error)
            return
        window = LetterWindow(
            self.ctx,
            self.session,
            sighting_ids=sighting_ids,
            letter_type=letter_type,
            draft_id=draft_id,
        )
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def show_letter(self, letter: Letter) -> None:
        """Open one letter written before (or bring its open window to the front)."""
        wanted = letter.id
        if self.session is None or self._bring_forward(
            lambda w: isinstance(w, LetterDetailWindow) and w.letter_id == wanted
        ):
            return
        window = LetterDetailWindow(self.ctx, self.session, wanted)
        window.quick_exit_requested.connect(self.quick_exit)
        window.continue_requested.connect(
            lambda draft: self.write_letter(draft.sighting_ids, LetterType(draft.type), draft.id)
        )
        self._show_extra(window)

    def show_scan(self) -> None:
        """Open "Look for copies of your pictures" (or bring the open one to the front)."""
        if self.session is None or self._bring_forward(lambda w: isinstance(w, ScanWindow)):
            return
        window = ScanWindow(self.ctx, self.session)
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def show_helper_mode(self) -> None:
        """Open "I'm helping someone": it needs no case (or bring the open one forward)."""
        if self._bring_forward(lambda w: isinstance(w, HelperWindow)):
            return
        window = HelperWindow(self.ctx)
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def _bring_forward(self, matches: Callable[[QWidget], bool]) -> bool:
        """Raise an open extra window that ``matches``; False if there is none."""
        for extra in self._live_extras():
            if extra.isVisible() and matches(extra):
                extra.raise_()
                extra.activateWindow()
                return True
        return False

    def add_pictures(self) -> None:
        """Open the "add pictures" part of the wizard for the open case."""
        session = self.session
        if session is None:
            return
        session.read(
            lambda repo: repo.counts()["items"],
            self._open_add_pictures,
            lambda error: self.ctx.show_error(self.window, error),
            owner=self,
        )

    def _open_add_pictures(self, items_before: int) -> None:
        if self.session is None:
            return
        wizard = CaseWizard(self.ctx, session=self.session, items_before=items_before)
        wizard.finished_at.connect(lambda _section: self.show_dashboard(Section.PICTURES))
        wizard.close_requested.connect(self._leave_add_pictures)
        wizard.help_requested.connect(self.show_help)
        wizard.quick_exit_requested.connect(self.quick_exit)
        self._show(wizard)

    def _leave_add_pictures(self) -> None:
        # Closing this wizard goes back to the dashboard; a running import stops first.
        self.ctx.runner.cancel_all()
        self._after_background_work(lambda: self.show_dashboard(Section.PICTURES))

    def show_help(self) -> None:
        """Open the help screen with the helplines."""
        dialog = HelpDialog(self.ctx)
        dialog.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(dialog)

    def show_settings(self) -> None:
        """Open the settings."""
        if self.session is None:
            return
        dialog = SettingsDialog(self.ctx, self.session)
        dialog.auto_lock_changed.connect(lambda _minutes: self._watch_idle())
        dialog.quick_exit_requested.connect(self.quick_exit)
        dialog.export_requested.connect(self.show_export)
        dialog.delete_requested.connect(self.show_delete_everything)
        self._show_extra(dialog)

    # --- backups, moving and deleting the case (app.gui.case_tools) ------------------------

    def show_export(self) -> None:
        """Open "Make a backup of your case" (or bring the open one to the front)."""
        if self.session is None or self._bring_forward(lambda w: isinstance(w, ExportCaseWindow)):
            return
        window = ExportCaseWindow(self.ctx, self.session)
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def show_import(self) -> None:
        """Open "Open a case from a backup" (it replaces a locked case only if asked to)."""
        if self._bring_forward(lambda w: isinstance(w, ImportCaseWindow)):
            return
        window = ImportCaseWindow(self.ctx, replacing=case_exists(self.ctx.config.case_folder()))
        window.imported.connect(self._adopt)
        window.finished.connect(lambda: self.show_dashboard(Section.OVERVIEW))
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def show_delete_everything(self) -> None:
        """Open "Delete everything" (or bring the open one to the front)."""
        if self.session is None or self._bring_forward(
            lambda w: isinstance(w, DeleteEverythingWindow)
        ):
            return
        window = DeleteEverythingWindow(self.ctx)
        window.backup_requested.connect(self.show_export)
        window.delete_confirmed.connect(self.delete_everything)
        window.quick_exit_requested.connect(self.quick_exit)
        self._show_extra(window)

    def delete_everything(self) -> None:
        """Close the case like a lock does, delete it all, and start the first run again."""
        if self.session is None or self._ending or self._locking:
            return
        self._locking = True
        self._hide_everything()
        self._after_background_work(self._delete_closed_case)

    def _delete_closed_case(self) -> None:
        self._close_session()  # deleted next: a failed last save does not matter
        self._dispose_windows()
        folder = self.ctx.config.case_folder()
        self.ctx.runner.run_in_pool(
            lambda _job: delete_everything(folder),
            owner=self,
            on_success=lambda _removed: self._after_delete(None),
            on_error=self._after_delete,
        )

    def _after_delete(self, error: BaseException | None) -> None:
        self._locking = False
        self.start()  # the wizard; the unlock screen if something could not be deleted
        if error is not None:
            self.ctx.show_error(self.window, error)
        else:
            self.ctx.dialogs.inform(
                self.window,
                self.tr("Everything was deleted"),
                self.tr(
                    "Your case is no longer on this computer. Registrations you made with "
                    "StopNCII.org and other services were not withdrawn."
                ),
            )

    def _show(self, window: QWidget) -> None:
        if self._ending or self._locking:
            # Work that finished during a lock or quick exit must not bring a window back.
            self._retire(window)
            return
        self._dispose_windows()
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _show_extra(self, window: QWidget) -> None:
        if self._ending or self._locking:
            self._retire(window)
            return
        self._extras = [extra for extra in self._live_extras() if extra.isVisible()]
        self._extras.append(window)
        window.show()

    def _live_extras(self) -> list[QWidget]:
        # Extra windows delete themselves when closed: forget those Qt has deleted.
        return [extra for extra in self._extras if isValid(extra)]

    def _dispose_windows(self) -> None:
        for window in [self.window, *self._live_extras()]:
            if window is None:
                continue
            if isinstance(window, DashboardWindow):
                window.save_geometry()
            window.hide()
            self._retire(window)
        self.window = None
        self._extras = []

    def _retire(self, window: QObject) -> None:
        """Delete ``window`` through Qt, keeping it referenced until Qt has done so."""
        self._retired.add(window)
        window.destroyed.connect(lambda _object=None, w=window: self._retired.discard(w))
        window.deleteLater()

    # --- the case ---------------------------------------------------------------------------

    def _adopt(self, session: CaseSession) -> None:
        self.session = session
        self._watch_idle()

    def _unlocked(self, session: CaseSession) -> None:
        self._adopt(session)
        self.show_dashboard(Section.OVERVIEW)

    def _suggest_new_passphrase(self) -> None:
        if isinstance(self.window, DashboardWindow):
            self.window.show_notice(
                self.tr(
                    "You opened your case with your recovery code. If you have forgotten your "
                    "passphrase, choose a new one in Settings."
                )
            )

    def _watch_idle(self) -> None:
        if self.session is not None and not self._ending:
            minutes = self.ctx.settings.auto_lock_minutes
            self.idle.start(minutes * self.ctx.config.minute_ms)

    # --- locking and ending -----------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything, save and lock the case, and show the unlock screen."""
        if self.session is None or self._ending or self._locking:
            return
        self._locking = True
        self._hide_everything()
        self._after_background_work(self._finish_lock)

    def _finish_lock(self) -> None:
        error = self._close_session()
        self._dispose_windows()
        self._locking = False
        self.show_unlock()
        if error is not None:
            self.ctx.show_error(self.window, error)

    def quick_exit(self) -> None:
        """Hide every window at once, save and lock the case, and end StillMine."""
        if self._ending:
            return
        self._ending = True
        self._hide_everything()
        self._after_background_work(self._finish_exit)

    def _finish_exit(self) -> None:
        self._close_session()  # a failed save keeps the file on disk as it was: nothing to do
        self._dispose_windows()
        self.ctx.config.end_process(0)

    def dispose(self) -> None:
        """Stop everything without ending the process: work, windows, the case, the watchers.

        Used when the event loop ended for another reason (the system is logging out) and
        by tests; the case is saved and locked like on any other way out.
        """
        self.idle.stop()
        self.ctx.runner.cancel_all()
        self.ctx.runner.wait_for_threads(STOP_GRACE_MS)
        self._dispose_windows()
        self._close_session()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.quick_exit_watcher)
            app.removeEventFilter(self.idle)

    def _hide_everything(self) -> None:
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self.ctx.runner.cancel_all()

    def _after_background_work(self, then: Callable[[], None]) -> None:
        """Call ``then`` once background work has stopped (or after ``STOP_GRACE_MS``)."""
        runner = self.ctx.runner
        called = False

        def once() -> None:
            nonlocal called
            if called:
                return
            called = True
            runner.idle.disconnect(once)
            then()

        runner.idle.connect(once)
        if not runner.busy:
            # Through the event loop: the windows disappear from the screen first.
            QTimer.singleShot(0, once)
        else:
            QTimer.singleShot(STOP_GRACE_MS, once)

    def _close_session(self) -> BaseException | None:
        # Worker processes kept warm for the next batch have read the user's pictures: a
        # closed case leaves none behind (the next batch starts its own).
        stop_idle_workers()
        session, self.session = self.session, None
        if session is None or not session.is_open:
            return None
        try:
            session.close()
        except Exception as error:  # noqa: BLE001 - shown by the caller (or moot when exiting)
            return error
        return None
