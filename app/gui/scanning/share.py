"""Helper mode for the user: a fingerprints-only package for a helper, and their report back.

``MakePackageWindow`` says what a package holds (fingerprints and neutral labels, nothing
else), asks for a passphrase of at least ``MIN_PASSPHRASE_LENGTH`` characters with the same
strength feedback as the case's, and saves the encrypted package where the user chooses.
``ImportReportWindow`` opens the helper's encrypted match report with that passphrase and
records its matches as sightings (copies already recorded are skipped), saying how many
were added. ``SecretField`` and ``problem_text`` are shared with the helper's window.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.errors import UserError
from app.core.files import display_name
from app.core.scan.helper import (
    MIN_PASSPHRASE_LENGTH,
    PACKAGE_SUFFIX,
    REPORT_SUFFIX,
    read_match_report,
    write_helper_package,
)
from app.core.scan.record import ImportSummary, import_match_report, remember_package
from app.core.vault import CaseFile, utc_now
from app.gui.context import AppContext
from app.gui.errors import describe
from app.gui.session import CaseSession
from app.gui.strength import NewPassphrase
from app.gui.widgets import (
    ScrollingBody,
    bold,
    button_row,
    closing_buttons,
    heading,
    mark_problem,
    note,
    on_language_change,
    paragraph,
    secret_field,
    window_buttons,
)
from app.gui.workers import Job


def problem_text(error: BaseException) -> str:
    """What went wrong with a package or report, said in place (a wrong passphrase is about
    the passphrase shared with the other person here, not the case's own)."""
    if isinstance(error, UserError) and error.code == "wrong-passphrase":
        return QCoreApplication.translate(
            "HelperMode",
            "That passphrase does not open this file, or the file was changed on the way. "
            "Check for typing mistakes and Caps Lock, and check the passphrase with the "
            "other person.",
        )
    return describe(error).text


class SecretField(QWidget):
    """The passphrase shared with the other person, to open their package or report.

    Signals:
        changed: what was typed changed.
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.label = QLabel()
        self.field = secret_field(self.label, form)
        self.field.textChanged.connect(self.changed)
        self.show_text = QCheckBox()
        self.show_text.toggled.connect(self._show)
        form.addRow(self.show_text)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Passphrase shared with the other person"))
        self.field.setAccessibleName(self.tr("Passphrase shared with the other person"))
        self.show_text.setText(self.tr("&Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show what I type"))

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)

    @property
    def ready(self) -> bool:
        """Whether a passphrase was typed."""
        return bool(self.field.text())

    def text(self) -> str:
        """The passphrase typed."""
        return self.field.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.field.clear()


class _HelperStepWindow(QWidget):
    """A small window of helper mode: heading, scrolling body, a status line, Quick exit and
    Close (closing forgets what was typed).

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        scrolling = ScrollingBody(self, margins=12)
        self.body = scrolling.body
        self.header = heading()
        self.body.addWidget(self.header)
        self.status = bold(paragraph(selectable=True))
        self.status.hide()
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(640, 600)

    def finish_body(self) -> None:
        """Put the status line at the end of the body (call after adding the content)."""
        self.body.addWidget(self.status)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        # Named context: Qt looks translations up under the class of the object, not this one.
        self.close_button.setText(QCoreApplication.translate("HelperMode", "Close"))
        self.close_button.setAccessibleName(
            QCoreApplication.translate("HelperMode", "Close this window")
        )

    def say(self, text: str, *, problem: bool = False) -> None:
        """Show how the last step went."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        mark_problem(self.status, problem)

    def failed(self, error: BaseException) -> None:
        """Explain a problem in place."""
        self.busy(False)
        self.say(problem_text(error), problem=True)

    def busy(self, busy: bool) -> None:
        """Disable the window's own controls while its work runs."""
        raise NotImplementedError


class MakePackageWindow(_HelperStepWindow):
    """Save the case's fingerprints, encrypted, for a helper."""

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx, session)
        self.intro = paragraph()
        self.contents_title = bold(paragraph())
        self.contents = paragraph()
        self.passphrase_intro = paragraph()
        self.passphrase = NewPassphrase(minimum=MIN_PASSPHRASE_LENGTH)
        self.passphrase.changed.connect(self._update)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_place)
        for widget in (
            self.intro,
            self.contents_title,
            self.contents,
            self.passphrase_intro,
            self.passphrase,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.save_button))
        self.finish_body()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        super().retranslate()
        self.header.setText(self.tr("Make a package for a helper"))
        self.intro.setText(
            self.tr(
                "A helper package lets someone you trust look for your pictures in what they "
                "found (a chat export, a folder of downloads), on their own computer, without "
                "ever seeing your pictures."
            )
        )
        self.contents_title.setText(self.tr("What is in the package"))
        self.contents.setText(
            self.tr(
                "• The fingerprints of your pictures and videos, with neutral names such as "
                "“Picture 1”, and the shape of each picture (such as 4 by 3).\n• Nothing "
                "else: no pictures, no file names, nothing about you or your case."
            )
        )
        self.passphrase_intro.setText(
            self.tr(
                "The package is locked with a passphrase of at least {0} characters. Tell it "
                "to your helper another way than the file: by phone or in person, never in "
                "the same message. Their report comes back locked with it too."
            ).format(MIN_PASSPHRASE_LENGTH)
        )
        self.passphrase.set_label(self.tr("&Passphrase for the package"))
        self.save_button.setText(self.tr("&Save the package…"))
        self.save_button.setAccessibleName(self.tr("Save the package"))
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.passphrase.ready)

    def busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.passphrase.ready)

    def choose_place(self) -> None:
        """Ask where to save the package, then save it."""
        if not self.passphrase.ready:
            return
        self.ctx.dialogs.choose_save_file(
            self,
            self.tr("Save the helper package"),
            f"helper-package{PACKAGE_SUFFIX}",
            self.tr("Helper packages (*{0})").format(PACKAGE_SUFFIX),
            lambda paths: self._save(Path(paths[0])),
        )

    def _save(self, path: Path) -> None:
        passphrase, kdf = self.passphrase.text(), self.ctx.config.kdf

        def work(case: CaseFile, _job: Job) -> int:
            items = case.read(lambda repo: repo.items())
            package_id = write_helper_package(
                path, items, passphrase, created_at=utc_now(), kdf=kdf
            )
            case.change(lambda repo: remember_package(repo, package_id))
            return len(items)

        self.busy(True)
        self.say(self.tr("Saving the package…"))
        self.session.run(work, lambda count: self._saved(path, count), self.failed, owner=self)

    def _saved(self, path: Path, count: int) -> None:
        self.busy(False)
        self.passphrase.clear()
        self.say(
            self.tr(
                "Saved “{0}” with the fingerprints of %n picture(s) and video(s). Send it to "
                "your helper, and tell them the passphrase another way.",
                "",
                count,
            ).format(display_name(str(path)))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.passphrase.clear()
        event.accept()


class ImportReportWindow(_HelperStepWindow):
    """Record a helper's match report as sightings."""

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__(ctx, session)
        self.path: Path | None = None
        self.intro = paragraph()
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_report)
        self.chosen = note()
        self.passphrase = SecretField()
        self.passphrase.changed.connect(self._update)
        self.passphrase.field.returnPressed.connect(self.start_import)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.start_import)
        self.body.addWidget(self.intro)
        self.body.addLayout(button_row(self.choose_button))
        self.body.addWidget(self.chosen)
        self.body.addWidget(self.passphrase)
        self.body.addLayout(button_row(self.import_button))
        self.finish_body()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        super().retranslate()
        self.header.setText(self.tr("Import a helper's report"))
        self.intro.setText(
            self.tr(
                "Your helper sends back a match report, locked with the passphrase of your "
                "package. Importing it records each copy they found under “Copies found”, "
                "with where they found it. You do not have to look at any of them."
            )
        )
        self.choose_button.setText(self.tr("&Choose the report…"))
        self.choose_button.setAccessibleName(self.tr("Choose the match report"))
        self.chosen.setText(
            self.tr("Chosen: “{0}”").format(display_name(str(self.path)))
            if self.path is not None
            else self.tr("No report chosen yet.")
        )
        self.import_button.setText(self.tr("&Import the report"))
        self.import_button.setAccessibleName(self.tr("Import the report"))
        self._update()

    def choose_report(self) -> None:
        """Let the user pick the report file."""
        self.ctx.dialogs.choose_file(
            self,
            self.tr("Choose the helper's match report"),
            self.tr("Match reports (*{0})").format(REPORT_SUFFIX),
            self.set_report,
        )

    def set_report(self, path: Path) -> None:
        """Import ``path`` next."""
        self.path = path
        self.say("")
        self.retranslate()

    def _update(self) -> None:
        self.import_button.setEnabled(self.path is not None and self.passphrase.ready)

    def busy(self, busy: bool) -> None:
        for widget in (self.choose_button, self.passphrase):
            widget.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.path is not None)

    def start_import(self) -> None:
        """Open the report with the passphrase and record its matches."""
        path, passphrase = self.path, self.passphrase.text()
        if path is None or not passphrase:
            return

        def work(case: CaseFile, _job: Job) -> ImportSummary:
            report = read_match_report(path, passphrase)
            return case.change(lambda repo: import_match_report(repo, report))

        self.busy(True)
        self.say(self.tr("Opening the report…"))
        self.session.run(work, self._imported, self.failed, owner=self)

    def failed(self, error: BaseException) -> None:
        self.passphrase.clear()  # a wrong passphrase is typed again from the start
        super().failed(error)
        self.passphrase.field.setFocus()

    def _imported(self, summary: ImportSummary) -> None:
        self.busy(False)
        self.passphrase.clear()
        lines = [self.tr("%n new copy(ies) recorded under “Copies found”.", "", summary.added)]
        if summary.already_recorded:
            lines.append(
                self.tr(
                    "%n were already recorded, so they were skipped.", "", summary.already_recorded
                )
            )
        if summary.unknown_items:
            lines.append(
                self.tr(
                    "%n named pictures that are no longer in your case.", "", summary.unknown_items
                )
            )
        self.say(" ".join(lines))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.passphrase.clear()
        event.accept()
