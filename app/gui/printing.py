"""Printing and PDF files through Qt, so that paper and PDF look the same (architecture.md).

A document is a ``QTextDocument`` made from HTML by ``make_document``. ``print_document``
sends it to the printer the user chose (``Dialogs.choose_printer``); ``save_pdf`` writes it
as a PDF file readable by this user only (``pdf.write_privately``), so a failed write leaves
nothing half-written and is reported in plain words. What a document says is decided by the
screens that build it.
"""

from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.gui.errors import FileNotSaved
from app.gui.pdf import write_privately

#: Text size on paper, whatever size the user reads on screen.
PRINT_POINT_SIZE: Final = 11.0
MARGIN_MM: Final = 18.0
_LETTER_TERRITORIES: Final = frozenset(
    {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
)


def make_document(html: str, title: str) -> QTextDocument:
    """A printable document from ``html`` (escape every value put into it)."""
    document = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSizeF(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    # After the HTML: setHtml takes the title from a <title> element, or clears it.
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def page_size() -> QPageSize:
    """A4, or US Letter where that is the usual paper."""
    letter = QLocale.system().territory() in _LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _lay_out(device: QPagedPaintDevice) -> None:
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Print ``document`` on the printer the user chose (its paper size is kept)."""
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    _lay_out(printer)
    document.print_(printer)


def save_pdf(document: QTextDocument, path: str) -> None:
    """Write ``document`` as a PDF file at ``path``, readable by this user only (the
    recovery sheet holds PINs) and replaced only once complete.

    Raises:
        FileNotSaved: the folder cannot be written to (nothing was changed there).
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(page_size())
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("")  # the file says nothing about the program that made it
    _lay_out(writer)
    document.print_(writer)
    del writer  # the PDF is complete once its writer is gone
    try:
        write_privately(Path(path), bytes(buffer.data().data()))
    except OSError as exc:
        raise _not_saved(path, exc.strerror or str(exc)) from exc


def _not_saved(path: str, reason: str) -> FileNotSaved:
    where = Path(path)
    return FileNotSaved(
        f"“{where.name}” could not be saved in {where.parent} ({reason}). Choose a folder you "
        "can write to, such as your Documents folder."
    )
