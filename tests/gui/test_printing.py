"""Printing and PDF files through Qt: real PDFs, read back with pypdf."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.gui.errors import FileNotSaved
from app.gui.printing import PRINT_POINT_SIZE, make_document, print_document, save_pdf

HTML = "<h1>A title</h1><p>Case number <b>AB&amp;12</b> and PIN 4321</p>"


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_document_saved_as_pdf_reads_back(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    save_pdf(make_document(HTML, "My sheet"), str(target))
    assert text_of(target).startswith("A title Case number AB&12 and PIN 4321")
    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == "My sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"], "no temporary file is left"


def test_printing_goes_through_the_chosen_printer(qapp: QApplication, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(make_document(HTML, "My sheet"), printer)
    assert "PIN 4321" in text_of(tmp_path / "printed.pdf")
    assert printer.docName() == "My sheet"


def test_a_folder_that_cannot_be_written_is_reported_plainly(
    qapp: QApplication, read_only_folder: Path
) -> None:
    target = read_only_folder / "sheet.pdf"
    with pytest.raises(FileNotSaved, match="could not be saved in"):
        save_pdf(make_document(HTML, "My sheet"), str(target))
    assert not target.exists()


def test_paper_text_keeps_its_size_whatever_the_screen_text_size(qapp: QApplication) -> None:
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        document = make_document(HTML, "My sheet")
    finally:
        qapp.setFont(original)
    assert document.defaultFont().pointSizeF() == PRINT_POINT_SIZE


def test_a_saved_pdf_is_readable_by_this_user_only(qapp: QApplication, tmp_path: Path) -> None:
    """The recovery sheet holds PINs: its PDF must not be readable by other accounts."""
    target = tmp_path / "sheet.pdf"
    save_pdf(make_document("<p>PIN 4811-2209</p>", "Recovery sheet"), str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
