"""The helper's window: "I'm helping someone". It needs no case of the helper's own.

Three steps in one window: open the package the person sent (with the passphrase they
shared another way), scan what the helper found against it (the same ``ScanPanel`` as the
user's window), and save the encrypted match report to send back: for each match, the
neutral label, the found file's SHA-256, where the helper found it (in their own words,
required: the places on this computer are not sent) and when. The package holds no
pictures, so the helper never sees the person's pictures; found files are not previewed
(the package does not say how old anyone is). Nothing of this session is kept on disk
except the report the helper saves; the passphrase is forgotten when the window closes.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.files import display_name
from app.core.scan.helper import (
    PACKAGE_SUFFIX,
    REPORT_SUFFIX,
    HelperPackage,
    read_helper_package,
    write_match_report,
)
from app.core.vault import utc_now
from app.gui.context import AppContext
from app.gui.scanning.panel import ScanPanel
from app.gui.scanning.share import SecretField, problem_text
from app.gui.scanning.work import reported_matches
from app.gui.widgets import (
    bold,
    button_row,
    card,
    closing_buttons,
    heading,
    mark_problem,
    note,
    on_language_change,
    paragraph,
    window_buttons,
)
from app.gui.workers import Job


class HelperWindow(QWidget):
    """Open a helper package, scan against it, save the match report.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.package_path: Path | None = None
        self.package: HelperPackage | None = None
        self._passphrase = ""
        layout = QVBoxLayout(self)
        self.header = heading()
        self.intro = paragraph()
        layout.addWidget(self.header)
        layout.addWidget(self.intro)
        layout.addWidget(self._open_step())
        self.scan_box, scan_layout, self.scan_title = card()
        self.panel = ScanPanel(ctx)
        self.panel.running_changed.connect(lambda _running: self._update())
        scan_layout.addWidget(self.panel)
        self.scan_box.setEnabled(False)
        layout.addWidget(self.scan_box, 1)
        layout.addWidget(self._report_step())
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        layout.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(980, 860)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def _open_step(self) -> QWidget:
        box, layout, self.open_title = card()
        self.choose_package = QPushButton()
        self.choose_package.clicked.connect(self._choose_package)
        self.package_chosen = note()
        self.passphrase = SecretField()
        self.passphrase.changed.connect(self._update)
        self.passphrase.field.returnPressed.connect(self.open_package)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_package)
        self.open_status = bold(paragraph())
        self.open_status.hide()
        self.open_widgets: list[QWidget] = [self.choose_package, self.passphrase, self.open_button]
        layout.addLayout(button_row(self.choose_package))
        layout.addWidget(self.package_chosen)
        layout.addWidget(self.passphrase)
        layout.addLayout(button_row(self.open_button))
        layout.addWidget(self.open_status)
        return box

    def _report_step(self) -> QWidget:
        self.report_box, layout, self.report_title = card()
        self.where_label = QLabel()
        self.where = QLineEdit()
        self.where.textChanged.connect(self._update)
        self.where_label.setBuddy(self.where)
        self.where_note = note()
        self.save_report = QPushButton()
        self.save_report.clicked.connect(self.choose_report_place)
        self.report_status = bold(paragraph(selectable=True))
        self.report_status.hide()
        for widget in (self.where_label, self.where, self.where_note):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.save_report))
        layout.addWidget(self.report_status)
        self.report_box.setEnabled(False)
        return self.report_box

    def retranslate(self) -> None:
        self.header.setText(self.tr("Helping someone look for their pictures"))
        self.intro.setText(
            self.tr(
                "Someone you trust sent you a helper package and told you its passphrase. The "
                "package holds only fingerprints: you will not see their pictures. StillMine "
                "compares what you found with it, here on this computer, and makes a locked "
                "report for them. You do not need a case of your own."
            )
        )
        self.open_title.setText(self.tr("1. Open the package"))
        self.choose_package.setText(self.tr("&Choose the package…"))
        self.choose_package.setAccessibleName(self.tr("Choose the helper package"))
        self.open_button.setText(self.tr("&Open the package"))
        self.open_button.setAccessibleName(self.tr("Open the package"))
        self.scan_title.setText(self.tr("2. Scan what you found"))
        self.report_title.setText(self.tr("3. Send back what you found"))
        self.where_label.setText(self.tr("&Where did you find these files?"))
        self.where.setAccessibleName(self.tr("Where you found these files"))
        self.where.setPlaceholderText(
            self.tr("For example: Discord server “…”, channel #general; or a web address")
        )
        self.where_note.setText(
            self.tr(
                "In your own words: it goes into the report instead of the places on this "
                "computer. The report is locked with the package's passphrase."
            )
        )
        self.save_report.setText(self.tr("&Save the match report…"))
        self.save_report.setAccessibleName(self.tr("Save the match report"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self._show_package()
        self._update()

    # --- the package ------------------------------------------------------------------------

    def _choose_package(self) -> None:
        self.ctx.dialogs.choose_file(
            self,
            self.tr("Choose the helper package"),
            self.tr("Helper packages (*{0})").format(PACKAGE_SUFFIX),
            self.set_package_path,
        )

    def set_package_path(self, path: Path) -> None:
        """Open ``path`` next."""
        self.package_path = path
        self._say(self.open_status, "")
        self._show_package()
        self._update()
        self.passphrase.field.setFocus()

    def open_package(self) -> None:
        """Open the chosen package with the passphrase typed."""
        path, passphrase = self.package_path, self.passphrase.text()
        if path is None or not passphrase or self.package is not None:
            return

        def work(_job: Job) -> HelperPackage:
            return read_helper_package(path, passphrase)

        self._set_opening(True)
        self._say(self.open_status, self.tr("Opening the package…"))
        self.ctx.runner.run_in_pool(
            work,
            owner=self,
            on_success=lambda package: self._opened(package, passphrase),
            on_error=self._not_opened,
        )

    def _opened(self, package: HelperPackage, passphrase: str) -> None:
        self.package = package
        self._passphrase = passphrase
        self.passphrase.clear()
        for widget in self.open_widgets:
            widget.hide()
        self.panel.set_references(package.references, None)
        self.scan_box.setEnabled(True)
        self._show_package()
        self._update()

    def _not_opened(self, error: BaseException) -> None:
        self._set_opening(False)
        self.passphrase.clear()
        self._say(self.open_status, problem_text(error), problem=True)

    def _set_opening(self, opening: bool) -> None:
        for widget in self.open_widgets:
            widget.setEnabled(not opening)
        if not opening:
            self._update()

    def _show_package(self) -> None:
        if self.package is not None:
            self.package_chosen.setText(
                self.tr(
                    "Opened “{0}”: the fingerprints of %n picture(s) and video(s).",
                    "",
                    len(self.package.references),
                ).format(self._package_name())
            )
            self._say(self.open_status, "")
        elif self.package_path is not None:
            self.package_chosen.setText(self.tr("Chosen: “{0}”").format(self._package_name()))
        else:
            self.package_chosen.setText(self.tr("No package chosen yet."))

    def _package_name(self) -> str:
        return display_name(str(self.package_path)) if self.package_path else ""

    # --- the report -------------------------------------------------------------------------

    def _update(self) -> None:
        self.open_button.setEnabled(
            self.package_path is not None and self.passphrase.ready and self.package is None
        )
        found = bool(self.panel.found_rows()) and not self.panel.running
        self.report_box.setEnabled(self.package is not None and found)
        self.save_report.setEnabled(found and bool(self.where.text().strip()))

    def choose_report_place(self) -> None:
        """Ask where to save the match report, then save it."""
        if not self.save_report.isEnabled():
            return
        self.ctx.dialogs.choose_save_file(
            self,
            self.tr("Save the match report"),
            f"match-report{REPORT_SUFFIX}",
            self.tr("Match reports (*{0})").format(REPORT_SUFFIX),
            lambda paths: self._save_report(Path(paths[0])),
        )

    def _save_report(self, path: Path) -> None:
        package, references = self.package, self.panel.reference_set
        if package is None or references is None:
            return
        found = [(row.found, self.panel.found_at(row)) for row in self.panel.found_rows()]
        matches = reported_matches(found, references, self.where.text())
        passphrase, kdf = self._passphrase, self.ctx.config.kdf

        def work(_job: Job) -> int:
            return write_match_report(
                path, package, matches, passphrase, created_at=utc_now(), kdf=kdf
            )

        self.save_report.setEnabled(False)
        self._say(self.report_status, self.tr("Saving the report…"))
        self.ctx.runner.run_in_pool(
            work,
            owner=self,
            on_success=lambda count: self._report_saved(path, count),
            on_error=self._report_failed,
        )

    def _report_saved(self, path: Path, count: int) -> None:
        self._update()
        self._say(
            self.report_status,
            self.tr(
                "Saved “{0}” with %n match(es). Send it to the person you are helping; it opens "
                "with the same passphrase as their package.",
                "",
                count,
            ).format(display_name(str(path))),
        )

    def _report_failed(self, error: BaseException) -> None:
        self._update()
        self._say(self.report_status, problem_text(error), problem=True)

    @staticmethod
    def _say(label: QLabel, text: str, *, problem: bool = False) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        mark_problem(label, problem)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing stops a scan and forgets the passphrase, the package and the previews.
        self.panel.stop_and_forget()
        self.passphrase.clear()
        self._passphrase = ""
        self.package = None
        event.accept()
        self.deleteLater()
