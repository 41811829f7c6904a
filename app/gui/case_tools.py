"""Backing up, moving and deleting the whole case, in windows: none of it needs a terminal.

``ExportCaseWindow`` writes the case (the case file and its evidence) to one ``.stillmine``
file, locked with a passphrase chosen for that file (``app.core.vault.bundle``), optionally
without the PINs; a full one is recorded as the backup, which ends the dashboard's reminder
(one without the PINs cannot restore the case, so it does not).
``ImportCaseWindow`` opens such a file on this computer: the file's passphrase, then a new
passphrase for this computer. The core checks the whole file before anything is replaced,
and a case already here is kept aside, never deleted. ``DeleteEverythingWindow`` explains
what is (and is not) deleted and wants a typed word; the app controller then closes the
case and deletes it.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.files import display_name
from app.core.vault import CaseFile, KdfParams
from app.core.vault.bundle import BUNDLE_SUFFIX, export_bundle, import_bundle
from app.core.vault.store import MIN_PASSPHRASE_LENGTH
from app.gui.context import AppContext
from app.gui.errors import Message, describe
from app.gui.recovery_code import RecoveryCodePanel
from app.gui.session import CaseSession
from app.gui.strength import NewPassphrase
from app.gui.texts import format_date
from app.gui.widgets import (
    ScrollingBody,
    bold,
    button_row,
    callout,
    closing_buttons,
    heading,
    note,
    on_language_change,
    paragraph,
    secret_field,
    window_buttons,
)
from app.gui.workers import Job


def backup_state(due: bool, last_backup: datetime | None) -> str:
    """One sentence on the last backup, for the settings and the export window."""
    if last_backup is None:
        return QCoreApplication.translate(
            "CaseTools", "You have not made a backup of your case yet."
        )
    text = QCoreApplication.translate("CaseTools", "Your last backup was made on {0}.").format(
        format_date(last_backup)
    )
    if due:
        text += " " + QCoreApplication.translate(
            "CaseTools", "You have changed your case since then."
        )
    return text


class BackupStateText(QObject):
    """Keeps a label saying when the case was last backed up (``backup_state``): read in the
    background, shown in the user's language. ``refresh`` reads it again after a change."""

    def __init__(self, label: QLabel, session: CaseSession) -> None:
        super().__init__(label)
        self._label = label
        self._session = session
        self._state: tuple[bool, datetime | None] | None = None
        on_language_change(label, self._show)
        self.refresh()

    def refresh(self) -> None:
        """Read the last backup again and show it."""
        self._session.read(
            lambda repo: (repo.backup_due(), repo.last_backup_at()),
            self._read,
            lambda _error: None,  # only a hint: everything else still works
            owner=self,
        )

    def _read(self, state: tuple[bool, datetime | None]) -> None:
        self._state = state
        self._show()

    def _show(self) -> None:
        self._label.setText(backup_state(*self._state) if self._state else "")


class _ToolWindow(QWidget):
    """A window of this module: heading, scrolling body, a problem box, a status line, and
    Quick exit and Close at the bottom. Closing forgets what was typed (``forget``).

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.scrolling = ScrollingBody(self, margins=12)
        self.body = self.scrolling.body
        self.header = heading()
        self.body.addWidget(self.header)
        self.problem_box, problem_layout = callout("callout")
        self.problem_title = bold(paragraph())
        self.problem_text = paragraph(selectable=True)
        problem_layout.addWidget(self.problem_title)
        problem_layout.addWidget(self.problem_text)
        self.problem_box.hide()
        self.status = bold(paragraph(selectable=True))
        self.status.hide()
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        self.scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(640, 640)

    def finish_body(self) -> None:
        """Put the problem box and the status line last (call after adding the content)."""
        self.body.addWidget(self.problem_box)
        self.body.addWidget(self.status)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        # A named context: Qt looks translations up under the class of ``self``.
        self.close_button.setText(QCoreApplication.translate("CaseTools", "Close"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("CaseTools", "Close this window")
        )

    def say(self, text: str) -> None:
        """Show how the last step went (an empty text hides the line)."""
        self.problem_box.hide()
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_problem(self, message: Message) -> None:
        """Explain a problem in place, calmly."""
        self.status.hide()
        self.problem_title.setText(message.headline)
        self.problem_text.setText(message.text)
        self.problem_box.show()
        self.scrolling.area.ensureWidgetVisible(self.problem_box)

    def forget(self) -> None:
        """Clear every secret typed in the window."""

    def closeEvent(self, event: QCloseEvent) -> None:
        self.forget()
        event.accept()
        self.deleteLater()


class ExportCaseWindow(_ToolWindow):
    """Make a backup: the whole case in one encrypted ``.stillmine`` file.

    Signals:
        exported: the backup was written (the path).
    """

    exported = Signal(Path)

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx)
        self.session = session
        self.intro = paragraph()
        self.keep_title = bold(paragraph())
        self.keep = paragraph()
        self.last_backup = note()
        self.passphrase_intro = paragraph()
        self.passphrase = NewPassphrase()
        self.passphrase.changed.connect(self._update)
        self.without_secrets = QCheckBox()
        self.without_note = note()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_place)
        for widget in (
            self.intro,
            self.keep_title,
            self.keep,
            self.last_backup,
            self.passphrase_intro,
            self.passphrase,
            self.without_secrets,
            self.without_note,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.save_button))
        self.finish_body()
        self.retranslate()
        on_language_change(self, self.retranslate)
        self.backup_text = BackupStateText(self.last_backup, session)

    def retranslate(self) -> None:
        super().retranslate()
        self.header.setText(self.tr("Make a backup of your case"))
        self.intro.setText(
            self.tr(
                "A backup is one file that holds your whole case: everything StillMine keeps "
                "about it, and the screenshots you added as evidence (never your pictures "
                "themselves). With it you can get your case back if this computer breaks or "
                "is lost, move to a new computer, or give your case to a lawyer."
            )
        )
        self.keep_title.setText(self.tr("Keeping it safe"))
        self.keep.setText(
            self.tr(
                "• The file is encrypted: without its passphrase nobody can read it.\n"
                "• Save it on a USB stick or another drive, and keep that somewhere safe, away "
                "from this computer.\n"
                "• Write the passphrase down, but never on the stick itself: anyone who has "
                "both the file and its passphrase can read your case."
            )
        )
        self.passphrase_intro.setText(
            self.tr(
                "Choose a passphrase for this file, of at least {0} characters. It may differ "
                "from the passphrase of your case."
            ).format(MIN_PASSPHRASE_LENGTH)
        )
        self.passphrase.set_label(self.tr("&Passphrase for the backup"))
        self.without_secrets.setText(self.tr("&Leave out PINs and access codes"))
        self.without_secrets.setAccessibleName(self.tr("Leave out PINs and access codes"))
        self.without_note.setText(
            self.tr(
                "For a copy you give to a lawyer or a helper: they can read the case, but not "
                "your StopNCII.org PIN. Keep a full backup for yourself: that PIN cannot be "
                "found anywhere else."
            )
        )
        self.without_secrets.setAccessibleDescription(self.without_note.text())
        self.save_button.setText(self.tr("Choose &where to save the backup…"))
        self.save_button.setAccessibleName(self.tr("Choose where to save the backup"))
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.passphrase.ready and self.passphrase.isEnabled())

    def choose_place(self) -> None:
        """Ask where to save the backup, then write it."""
        if not self.passphrase.ready:
            return
        self.ctx.dialogs.choose_save_file(
            self,
            self.tr("Save the backup of your case"),
            f"case-backup-{date.today().isoformat()}{BUNDLE_SUFFIX}",
            self.tr("StillMine backups (*{0})").format(BUNDLE_SUFFIX),
            lambda paths: self.export_to(Path(paths[0])),
        )

    def export_to(self, path: Path) -> None:
        """Write the backup to ``path`` in the background."""
        passphrase, kdf = self.passphrase.text(), self.ctx.config.kdf
        without = self.without_secrets.isChecked()

        def work(case: CaseFile, _job: Job) -> Path:
            export_bundle(case, path, passphrase, without_secrets=without, kdf=kdf)
            return path

        self._busy(True)
        self.say(self.tr("Writing the backup. This takes a moment…"))
        self.session.run(work, self._exported, self._failed, owner=self)

    def _busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.without_secrets):
            widget.setEnabled(not busy)
        self._update()

    def _exported(self, path: Path) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.say(
            self.tr(
                "Your backup is saved as “{0}” in {1}. Keep it, and its passphrase, safe and apart."
            ).format(display_name(str(path)), str(path.parent))
        )
        self.backup_text.refresh()
        self.exported.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.show_problem(describe(error))

    def forget(self) -> None:
        self.passphrase.clear()


@dataclass(frozen=True)
class ImportedCase:
    """A case brought in from a backup: open, with its new recovery code.

    Attributes:
        case: the open case.
        recovery_code: the new recovery code (show it once).
        passphrase_problem: why the new passphrase could not be set (the case then opens
            with the file's passphrase), or None.
    """

    case: CaseFile
    recovery_code: str
    passphrase_problem: BaseException | None


def import_case(
    bundle: Path,
    folder: Path,
    *,
    file_passphrase: str,
    new_passphrase: str,
    replace: bool,
    kdf: KdfParams,
) -> ImportedCase:
    """Bring the case in ``bundle`` into ``folder``, open it, and give it ``new_passphrase``.

    The core imports the case under the file's passphrase (after checking the whole file);
    changing it afterwards only rewraps the key, and the new recovery code stays valid.
    """
    code = import_bundle(bundle, folder, file_passphrase, replace=replace, kdf=kdf)
    case = CaseFile.open(folder, passphrase=file_passphrase)
    try:
        case.change_passphrase(new_passphrase, kdf)
    except UserError as problem:
        return ImportedCase(case, code, problem)
    return ImportedCase(case, code, None)


class ImportCaseWindow(_ToolWindow):
    """Open a case from a backup or export file, with a new passphrase for this computer.

    The imported case is handed over (``imported``) as soon as it is open, so a lock or
    quick exit while its recovery code is shown saves and locks it like any open case.

    Signals:
        imported: the imported case is open (a ``CaseSession``).
        finished: the recovery code was written down (or the window closed): show the case.
    """

    imported = Signal(object)
    finished = Signal()

    def __init__(self, ctx: AppContext, *, replacing: bool) -> None:
        super().__init__(ctx)
        self.replacing = replacing
        self.path: Path | None = None
        self._waiting_to_finish = False
        self.intro = paragraph()
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_bundle)
        self.chosen = note()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.file_label = QLabel()
        self.file_passphrase = secret_field(self.file_label, form)
        self.file_passphrase.textChanged.connect(self._update)
        self.file_note = note()
        form.addRow(self.file_note)
        self.new_intro = paragraph()
        self.passphrase = NewPassphrase()
        self.passphrase.changed.connect(self._update)
        self.replace_box, replace_layout = callout("callout")
        self.replace_text = paragraph()
        self.replace = QCheckBox()
        self.replace.toggled.connect(self._update)
        replace_layout.addWidget(self.replace_text)
        replace_layout.addWidget(self.replace)
        self.replace_box.setVisible(replacing)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.start_import)
        self.working = paragraph()
        self.working.hide()
        self.body.addWidget(self.intro)
        self.body.addLayout(button_row(self.choose_button))
        self.body.addWidget(self.chosen)
        self.body.addLayout(form)
        for widget in (self.new_intro, self.passphrase, self.replace_box):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.open_button))
        self.body.addWidget(self.working)
        self.body.addLayout(self._recovery_part())
        self.finish_body()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def _recovery_part(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        self.code_intro = paragraph()
        self.code_panel = RecoveryCodePanel()
        self.continue_button = QPushButton()
        self.continue_button.setEnabled(False)
        self.code_panel.written.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        layout.addWidget(self.code_intro)
        layout.addWidget(self.code_panel)
        layout.addLayout(button_row(self.continue_button))
        for widget in (self.code_intro, self.code_panel, self.continue_button):
            widget.hide()
        return layout

    def retranslate(self) -> None:
        super().retranslate()
        self.header.setText(self.tr("Open a case from a backup"))
        self.intro.setText(
            self.tr(
                "Choose a backup or export file (ending in {0}) made with StillMine, for "
                "example on your old computer. StillMine checks the whole file before it "
                "changes anything on this computer."
            ).format(BUNDLE_SUFFIX)
        )
        self.choose_button.setText(self.tr("Choose the &file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        self.chosen.setText(
            self.tr("Chosen: “{0}”").format(display_name(str(self.path)))
            if self.path is not None
            else self.tr("No file chosen yet.")
        )
        self.file_label.setText(self.tr("&Passphrase of the file"))
        self.file_passphrase.setAccessibleName(self.tr("Passphrase of the file"))
        self.file_note.setText(
            self.tr(
                "The passphrase chosen when the backup was made. It may differ from the "
                "passphrase of the case itself."
            )
        )
        self.new_intro.setText(
            self.tr(
                "Then choose a new passphrase for your case on this computer, of at least {0} "
                "characters. From now on, it opens your case here."
            ).format(MIN_PASSPHRASE_LENGTH)
        )
        self.passphrase.set_label(self.tr("&New passphrase for this computer"))
        self.replace_text.setText(
            self.tr(
                "There is already a case on this computer. Opening this file replaces it: the "
                "case that is here now is kept aside in StillMine's folder, not deleted."
            )
        )
        self.replace.setText(self.tr("&Replace the case on this computer"))
        self.replace.setAccessibleName(self.tr("Replace the case on this computer"))
        self.open_button.setText(self.tr("&Open this case"))
        self.open_button.setAccessibleName(self.tr("Open this case"))
        self.working.setText(
            self.tr("Checking the file and opening your case. This takes a moment…")
        )
        self.code_intro.setText(
            self.tr(
                "Your case is open on this computer. It has a new recovery code: a code you "
                "wrote down for the old computer does not open it here."
            )
        )
        self.continue_button.setText(self.tr("&Continue to my case"))
        self.continue_button.setAccessibleName(self.tr("Continue to my case"))
        self._update()

    def choose_bundle(self) -> None:
        """Let the user pick the backup file."""
        self.ctx.dialogs.choose_file(
            self,
            self.tr("Choose the backup of your case"),
            self.tr("StillMine backups (*{0})").format(BUNDLE_SUFFIX),
            self.set_bundle,
        )

    def set_bundle(self, path: Path) -> None:
        """Import ``path`` next."""
        self.path = path
        self.say("")
        self.retranslate()

    def _ready(self) -> bool:
        return (
            self.path is not None
            and bool(self.file_passphrase.text())
            and self.passphrase.ready
            and (self.replace.isChecked() or not self.replacing)
        )

    def _update(self) -> None:
        self.open_button.setEnabled(self._ready() and not self.working.isVisibleTo(self))

    def _busy(self, busy: bool) -> None:
        for widget in (self.choose_button, self.file_passphrase, self.passphrase, self.replace):
            widget.setEnabled(not busy)
        self.working.setVisible(busy)
        self._update()

    def start_import(self) -> None:
        """Check the file and bring the case in, in the background."""
        path = self.path
        if path is None or not self._ready():
            return
        folder = self.ctx.config.case_folder()
        file_passphrase, new_passphrase = self.file_passphrase.text(), self.passphrase.text()
        replace, kdf = self.replacing, self.ctx.config.kdf

        def work(_job: Job) -> ImportedCase:
            return import_case(
                path,
                folder,
                file_passphrase=file_passphrase,
                new_passphrase=new_passphrase,
                replace=replace,
                kdf=kdf,
            )

        self.say("")
        self._busy(True)
        self.ctx.runner.run_in_pool(
            work, owner=self, on_success=self._imported_case, on_error=self._refused
        )

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserError) and error.code == "wrong-passphrase":
            self.file_passphrase.clear()
            self.file_passphrase.setFocus()
            self.show_problem(
                Message(
                    self.tr("That passphrase does not open this file"),
                    self.tr(
                        "Type the passphrase chosen when the backup was made (it may differ "
                        "from your case's own). Check for typing mistakes and that Caps Lock "
                        "is off. Nothing on this computer was changed."
                    ),
                )
            )
            return
        self.show_problem(describe(error))

    def _imported_case(self, imported: ImportedCase) -> None:
        self._waiting_to_finish = True
        self.imported.emit(CaseSession(imported.case, self.ctx.runner))
        self.working.hide()
        self.forget()
        asked: tuple[QWidget, ...] = (
            self.intro,
            self.choose_button,
            self.chosen,
            self.file_label,
            self.file_passphrase,
            self.file_note,
            self.new_intro,
            self.passphrase,
            self.replace_box,
            self.open_button,
        )
        for widget in asked:
            widget.hide()
        if imported.passphrase_problem is not None:
            self.show_problem(
                Message(
                    self.tr("Your new passphrase was not set"),
                    self.tr(
                        "Your case is open, but it still opens with the passphrase of the "
                        "backup file. Choose a new one later in Settings."
                    ),
                )
            )
        self.code_panel.show_code(imported.recovery_code)
        for widget in (self.code_intro, self.code_panel, self.continue_button):
            widget.show()
        self.code_panel.written.setFocus()

    def _continue(self) -> None:
        self.code_panel.clear()
        self.close()

    def forget(self) -> None:
        self.file_passphrase.clear()
        self.passphrase.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed before "Continue" too: the case is open, so it is shown (a new recovery
        # code can be made in Settings).
        self.code_panel.clear()
        super().closeEvent(event)
        if self._waiting_to_finish:
            self._waiting_to_finish = False
            self.finished.emit()


class DeleteEverythingWindow(_ToolWindow):
    """Says what "delete everything" deletes and keeps, and wants a typed word first.

    Signals:
        backup_requested: "Make a backup first".
        delete_confirmed: the word was typed and the button pressed (the app controller
            closes the case and deletes it).
    """

    backup_requested = Signal()
    delete_confirmed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        # What cannot be undone stands out first, framed like every warning in StillMine.
        self.intro_box, intro_layout = callout("callout")
        self.intro = paragraph()
        intro_layout.addWidget(self.intro)
        self.deleted_title = bold(paragraph())
        self.deleted = paragraph()
        self.kept_title = bold(paragraph())
        self.kept = paragraph()
        self.backup_note = paragraph()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_requested)
        self.word_label = QLabel()
        self.word = QLineEdit()
        self.word_label.setBuddy(self.word)
        self.word.textChanged.connect(self._update)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._confirmed)
        for widget in (
            self.intro_box,
            self.deleted_title,
            self.deleted,
            self.kept_title,
            self.kept,
            self.backup_note,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.backup_button))
        self.body.addWidget(self.word_label)
        self.body.addWidget(self.word)
        self.body.addLayout(button_row(self.delete_button))
        self.finish_body()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def confirmation_word(self) -> str:
        """The word to type (in the interface's language)."""
        return self.tr("delete")

    def retranslate(self) -> None:
        super().retranslate()
        self.header.setText(self.tr("Delete everything"))
        self.intro.setText(
            self.tr(
                "This deletes your case from this computer for good. It cannot be undone. "
                "Afterwards StillMine starts again as on the first day."
            )
        )
        self.deleted_title.setText(self.tr("What is deleted"))
        self.deleted.setText(
            self.tr(
                "• Your case file, and the earlier copies StillMine keeps of it.\n"
                "• The screenshots and other evidence you added.\n"
                "• The key this computer remembers for your case, and StillMine's settings."
            )
        )
        self.kept_title.setText(self.tr("What is not deleted"))
        self.kept.setText(
            self.tr(
                "• Your registrations are not withdrawn: StopNCII.org, Take It Down and other "
                "services keep blocking your fingerprints. To withdraw one, open it on the "
                "dashboard first (its PIN and case number are deleted too).\n"
                "• Backups you saved elsewhere, letters you sent, and your pictures themselves."
            )
        )
        self.backup_note.setText(self.tr("If you might need your case again, make a backup first."))
        self.backup_button.setText(self.tr("Make a &backup first…"))
        self.backup_button.setAccessibleName(self.tr("Make a backup first"))
        self.word_label.setText(
            self.tr("To confirm, &type the word “{0}”:").format(self.confirmation_word())
        )
        self.word.setAccessibleName(
            self.tr("Type the word {0} to confirm").format(self.confirmation_word())
        )
        self.delete_button.setText(self.tr("&Delete everything now"))
        self.delete_button.setAccessibleName(self.tr("Delete everything now"))
        self._update()

    def _confirmed_word(self) -> bool:
        return self.word.text().strip().casefold() == self.confirmation_word().casefold()

    def _update(self) -> None:
        self.delete_button.setEnabled(self._confirmed_word())

    def _confirmed(self) -> None:
        if self._confirmed_word():
            self.delete_confirmed.emit()
