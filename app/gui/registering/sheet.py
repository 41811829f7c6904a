"""The recovery sheet: every registration with its case number and PIN, on paper.

Case numbers and PINs cannot be recovered from the services, so StillMine offers them on a
sheet to keep apart from the computer: the service, its website, the case number, the PIN,
the date, and how to check the status and to withdraw (from the catalogue). The PIN appears
only on the sheet itself, never on screen here. Printing goes through the system's print
dialog; a PDF can be saved too, with a plain warning that the file is not encrypted.
"""

import html
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.core.services.catalogue import CatalogueError, Service
from app.core.services.hashbank import SERVICE_ID as HASH_BANK
from app.gui.context import AppContext
from app.gui.errors import FileNotSaved
from app.gui.printing import make_document, print_document, save_pdf
from app.gui.registering.common import catalogue, language_of, service_name
from app.gui.registering.work import SheetEntry, sheet_entries
from app.gui.session import CaseSession
from app.gui.texts import format_date, status_text
from app.gui.widgets import button_column, heading, note, on_language_change, paragraph


class RecoverySheet(QObject):
    """Writes the sheet as HTML, in the interface's language (every value escaped)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def title(self) -> str:
        """The sheet's title (also the PDF's title)."""
        return self.tr("Your registrations: recovery sheet")

    def document(self, entries: Sequence[SheetEntry]) -> QTextDocument:
        """The printable sheet."""
        return make_document(self.html(entries), self.title())

    def html(self, entries: Sequence[SheetEntry]) -> str:
        """The whole sheet."""
        intro = self.tr(
            "Keep this sheet somewhere safe, away from your computer. It holds what you need "
            "to check or withdraw each registration. The services cannot give you these "
            "numbers again."
        )
        parts = [f"<h1>{_escape(self.title())}</h1>", f"<p>{_escape(intro)}</p>"]
        parts += [self._entry(entry) for entry in entries]
        if not entries:
            parts.append(f"<p>{_escape(self.tr('There are no registrations yet.'))}</p>")
        return "".join(parts)

    def _entry(self, entry: SheetEntry) -> str:
        registration = entry.registration
        service = _service(registration.service)
        rows = [
            (self.tr("Website"), service.url if service is not None else ""),
            (self.tr("Case number"), registration.case_number),
            (self.tr("PIN"), entry.pin),
            (self.tr("Bank address"), registration.bank_url),
            (self.tr("Bank name"), registration.bank_name),
            (self.tr("Registered on"), _date(registration.submitted_at)),
            (self.tr("Status"), status_text(registration.status)),
            (self.tr("Withdrawn on"), _date(registration.withdrawn_at)),
        ]
        if registration.service != HASH_BANK and not registration.case_number:
            rows[1] = (self.tr("Case number"), self.tr("none given"))
        table = "".join(
            f"<tr><td><b>{_escape(name)}</b></td><td>{_escape(value)}</td></tr>"
            for name, value in rows
            if value
        )
        parts = [
            f"<h2>{_escape(service_name(registration.service, self.language))}</h2>",
            f'<table cellpadding="3">{table}</table>',
        ]
        if service is not None:
            for heading_text, text in (
                (self.tr("To check its status"), service.check_status.get(self.language)),
                (self.tr("To withdraw it"), service.withdraw.get(self.language)),
            ):
                parts.append(f"<p><b>{_escape(heading_text)}:</b> {_escape(text)}</p>")
        return "".join(parts)


def _service(service_id: str) -> Service | None:
    try:
        return catalogue().service(service_id)
    except CatalogueError:
        return None


def _escape(text: object) -> str:
    return html.escape(str(text))


def _date(moment: datetime | None) -> str:
    return format_date(moment) if moment is not None else ""


class SheetActions(QWidget):
    """ "Print the recovery sheet" and "Save it as a PDF", with the warning about PDF files."""

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading()
        self.intro = paragraph()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._choose_printer)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._choose_file)
        self.pdf_warning = note()
        self.result = paragraph()
        self.result.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(button_column(self.print_button, self.pdf_button))
        layout.addWidget(self.pdf_warning)
        layout.addWidget(self.result)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Recovery sheet"))
        self.intro.setText(
            self.tr(
                "A sheet with all your registrations: case numbers, PINs, and how to check or "
                "withdraw each one. Print it and keep it somewhere safe, away from this "
                "computer."
            )
        )
        self.print_button.setText(self.tr("Print the recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery sheet"))
        self.pdf_button.setText(self.tr("Save it as a PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery sheet as a PDF file"))
        self.pdf_warning.setText(
            self.tr(
                "A PDF file is not encrypted: anyone who opens it can read your PINs. Paper "
                "kept somewhere safe is safer. If you save a PDF, keep it on a USB stick you "
                "put away, not on this computer."
            )
        )
        self._say("")

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _sheet(self) -> RecoverySheet:
        return RecoverySheet(language_of(self.ctx), self)

    def _choose_printer(self) -> None:
        self.ctx.dialogs.choose_printer(self, self._print_on)

    def _print_on(self, printer: QPrinter) -> None:
        # The PINs are read only now, after the user chose where the sheet goes.
        def printed(entries: list[SheetEntry]) -> None:
            print_document(self._sheet().document(entries), printer)
            self._say(self.tr("The recovery sheet went to the printer."))

        self.session.read(sheet_entries, printed, self._failed, owner=self)

    def _choose_file(self) -> None:
        self.ctx.dialogs.choose_save_file(
            self,
            self.tr("Save the recovery sheet"),
            self.tr("recovery-sheet.pdf"),
            self.tr("PDF files (*.pdf)"),
            lambda paths: self._save_to(paths[0]),
        )

    def _save_to(self, path: str) -> None:
        def write(entries: list[SheetEntry]) -> None:
            try:
                save_pdf(self._sheet().document(entries), path)
            except FileNotSaved as error:
                self._failed(error)
                return
            self._say(
                self.tr(
                    "Saved as “{0}”. This file is not encrypted: once it is printed or put "
                    "away safely, delete it from this computer."
                ).format(Path(path).name)
            )

        self.session.read(sheet_entries, write, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._say("")
        self.ctx.show_error(self, error)
