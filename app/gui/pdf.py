"""Letters to PDF and to the printer through Qt, from one and the same rendering.

A rendered letter (``app.core.letters.RenderedLetter``, or anything with the same few
attributes) is laid out once per paint device by ``paint_letter``: the HTML in a
``QTextDocument`` with a font that covers Latin with diacritics, Greek, Cyrillic, Arabic and
Hebrew, long words and web addresses broken anywhere rather than running off the page, the
screenshots a dossier may show, and "Page 1 of 3" at the foot of every page. ``save_pdf`` and
``print_letter`` both call it, so paper and PDF say exactly the same thing.

The document loads nothing by itself: no file, no web address; only the screenshots the
letter hands over (and the core only hands over those marked as showing no intimate image).
A saved PDF is written privately (readable by this user only) and atomically; the caller must
tell the user it is not encrypted (``texts.toml`` ``warning.pdf_not_encrypted``). Printers
are chosen through ``Dialogs.choose_printer`` (a seam the tests replace); ``require_printer``
refuses plainly when the computer has none.
"""

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.core.errors import UserError
from app.core.letters.paper import Paper
from app.gui.errors import FileNotSaved

MARGIN_MM: Final = 20.0
FONT_POINTS: Final = 10.0
FOOTER_POINTS: Final = 8.0
#: The PDF's resolution: fine enough for print, small enough for quick layout.
PDF_DPI: Final = 300
#: Fonts tried in order; the first installed one is used. DejaVu Sans (fonts-dejavu-core on
#: Debian) covers Latin, Greek, Cyrillic, Arabic and Hebrew; the others are the usual
#: system fonts with the same scripts on Windows and macOS. Qt falls back per character.
FONT_FAMILIES: Final = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica")
#: A printed screenshot takes at most this share of a page's height.
_IMAGE_HEIGHT_SHARE: Final = 0.6
_IMAGE_TAG: Final = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SOURCE: Final = re.compile(r"\bsrc=\"([^\"]*)\"", re.IGNORECASE)
_PAGE_SIZES: Final = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class Printable(Protocol):
    """What ``save_pdf`` and ``print_letter`` need of a rendered letter."""

    @property
    def title(self) -> str: ...
    @property
    def html(self) -> str: ...
    @property
    def images(self) -> Mapping[str, bytes]: ...
    @property
    def paper(self) -> Paper: ...
    @property
    def page_label(self) -> str: ...


class NoPrinter(UserError):
    """There is no printer to print on, or the chosen one cannot be used."""

    code = "no-printer"


@dataclass(frozen=True, slots=True)
class SavedPdf:
    """A PDF written to disk.

    Attributes:
        path: where it is.
        pages: how many pages it has.
    """

    path: Path
    pages: int


class _LetterDocument(QTextDocument):
    """A text document that loads no resource itself: no file, no web address."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # Style sheets and the like named in the HTML: refuse them all.
        return None


def letter_font() -> QFont:
    """The letters' font: the first of ``FONT_FAMILIES`` installed, else the system's."""
    installed = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in installed:
            return QFont(family, pointSize=-1)
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def _page_layout(paper: Paper) -> QPageLayout:
    return QPageLayout(
        QPageSize(_PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _only_known_images(html: str, known: Iterable[str]) -> str:
    # Qt reads any file an <img> names when the document does not hold that image: keep only
    # the images handed over with the letter.
    allowed = set(known)

    def keep(tag: re.Match[str]) -> str:
        source = _SOURCE.search(tag.group(0))
        return tag.group(0) if source is not None and source.group(1) in allowed else ""

    return _IMAGE_TAG.sub(keep, html)


def _decoded(images: Mapping[str, bytes], max_size: QSizeF) -> dict[str, QImage]:
    decoded = {}
    for name, data in images.items():
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            continue
        if image.width() > max_size.width() or image.height() > max_size.height():
            image = image.scaled(
                max_size.toSize(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        decoded[name] = image
    return decoded


def _document(letter: Printable, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    document = _LetterDocument()
    document.documentLayout().setPaintDevice(device)
    font = letter_font()
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    option = document.defaultTextOption()
    # Web addresses and fingerprints have no spaces: break them anywhere rather than let
    # them run off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setPageSize(body)
    images = _decoded(letter.images, QSizeF(body.width(), body.height() * _IMAGE_HEIGHT_SHARE))
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(_only_known_images(letter.html, images.keys()))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, letter.title)
    _keep_headings_with_next(document)
    return document


def _page_of(layout: QAbstractTextDocumentLayout, block: QTextBlock, page_height: float) -> int:
    # Where the block's first line is: a block pushed to the next page keeps its top on the
    # previous one, with the gap added above its first line.
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    if lines is not None and lines.lineCount():
        top += lines.lineAt(0).y()
    return int(top // page_height)


def _keep_headings_with_next(document: QTextDocument) -> None:
    # Qt has no "keep with next": a heading that would end a page starts the next one instead.
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if (
            block.blockFormat().headingLevel()
            and following.isValid()
            and _page_of(layout, block, page_height) != _page_of(layout, following, page_height)
        ):
            page_break = block.blockFormat()
            page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(page_break)
        block = following


def paint_letter(letter: Printable, device: QPagedPaintDevice) -> int:
    """Lay ``letter`` out on ``device`` (a PDF writer or a printer); return the page count.

    Raises:
        NoPrinter: the device cannot be painted on (a printer that went away).
    """
    device.setPageLayout(_page_layout(letter.paper))
    painter = QPainter()
    if not painter.begin(device):
        raise NoPrinter(
            "The printer could not be started. Check that it is switched on and connected, "
            "or save the letter as a PDF instead."
        )
    try:
        return _paint_pages(letter, device, painter)
    finally:
        painter.end()


def _paint_pages(letter: Printable, device: QPagedPaintDevice, painter: QPainter) -> int:
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_font = letter_font()
    footer_font.setPointSizeF(FOOTER_POINTS)
    painter.setFont(footer_font)
    footer_height = painter.fontMetrics().height() * 2.0
    body = QSizeF(area.width(), area.height() - footer_height)
    document = _document(letter, device, body)
    pages = document.pageCount()
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * body.height())
        document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
        painter.restore()
        painter.drawText(
            QRectF(0, body.height(), body.width(), footer_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            letter.page_label.format(page=page + 1, pages=pages),
        )
    return pages


def pdf_bytes(letter: Printable) -> tuple[bytes, int]:
    """The letter as a PDF file's bytes, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(letter.title)
    writer.setCreator("")  # the file says nothing about the program that made it
    pages = paint_letter(letter, writer)
    del writer  # the PDF is complete once its painter has ended and its writer is gone
    return bytes(buffer.data().data()), pages


def save_pdf(letter: Printable, path: Path) -> SavedPdf:
    """Write ``letter`` as a PDF at ``path``, readable by this user only.

    The file appears complete or not at all. Tell the user it is not encrypted.

    Raises:
        FileNotSaved: the place cannot be written to (nothing was changed there).
    """
    if path.is_dir():
        raise FileNotSaved(f"“{path}” is a folder. Choose a file name for the PDF.")
    data, pages = pdf_bytes(letter)
    try:
        write_privately(path, data)
    except OSError as exc:
        raise _not_saved(path, exc) from exc
    return SavedPdf(path, pages)


def write_privately(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path``, readable by this user only (a PDF holds case details),
    complete or not at all.

    Raises:
        OSError: the place cannot be written to (nothing was left there).
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as sink:
            sink.write(data)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _not_saved(path: Path, error: OSError) -> FileNotSaved:
    folder = path.parent
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        reason = f"the folder {folder} does not exist"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"StillMine may not write in {folder}"
    elif error.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif error.errno == errno.EISDIR:
        reason = "a folder has that name"
    else:
        reason = error.strerror or "the system refused"
    return FileNotSaved(
        f"The PDF “{path.name}” could not be saved: {reason}. Choose another place, such as "
        "your Documents folder. Nothing was written."
    )


def require_printer(
    printer_names: Callable[[], list[str]] = QPrinterInfo.availablePrinterNames,
) -> None:
    """Refuse, in plain words, when this computer has no printer set up.

    Raises:
        NoPrinter: no printer is installed.
    """
    if not printer_names():
        raise NoPrinter(
            "No printer is set up on this computer. Save the letter as a PDF instead, and "
            "print it when a printer is available."
        )


def _usable(printer: QPrinter) -> bool:
    # Without a print system Qt hands out a "printer" that writes a PDF to nowhere.
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return bool(printer.outputFileName())
    return printer.isValid() and printer.printerName() in QPrinterInfo.availablePrinterNames()


def print_letter(letter: Printable, printer: QPrinter) -> int:
    """Print ``letter`` on the printer the user chose; return the number of pages.

    Raises:
        NoPrinter: the chosen printer cannot be used.
    """
    if not _usable(printer):
        raise NoPrinter(
            "That printer cannot be used. Check that it is switched on and connected, or save "
            "the letter as a PDF instead."
        )
    printer.setDocName(letter.title)
    return paint_letter(letter, printer)
