"""Every message box and file chooser StillMine opens, behind one replaceable object.

Windows never call ``QMessageBox.exec()``, ``QFileDialog.getOpenFileNames()``,
``QPrintDialog.exec()`` or ``QDesktopServices.openUrl()`` themselves: they ask the
``Dialogs`` object in the app context, whose dialogs open without blocking (``open()``,
results by callback). Tests hand the app a replacement that records messages, answers file
and printer choices at once and records the web pages it was asked to open, so no test ever
waits on a modal dialog or starts a browser.

File choosers are Qt's own, never the operating system's: the system then records no
"recent files" and makes no preview thumbnails of the pictures. Qt's chooser remembers the
folders it visited in its own settings; StillMine wipes that history before the chooser
closes, and asks the system for no file icons at all.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAbstractFileIconProvider, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

Chosen = Callable[[list[str]], None]
Answered = Callable[[str | None], None]
Location = QStandardPaths.StandardLocation
PrinterChosen = Callable[[QPrinter], None]

#: What the picture chooser lists (StillMine reads a file by its content, so "All files"
#: is offered too: a photo saved without an extension still works).
MEDIA_PATTERNS: Final = (
    "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.heif *.avif "
    "*.mp4 *.m4v *.mov *.mkv *.webm *.avi"
)

#: What the screenshot chooser lists (a screenshot is identified by its content too).
PICTURE_PATTERNS: Final = "*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff *.heic *.heif *.avif"


class Dialogs:
    """Opens messages and file choosers without blocking; results come back by callback."""

    def __init__(self) -> None:
        # Generic icons only: the system's icon provider may read or thumbnail the pictures.
        self._icons = QAbstractFileIconProvider()

    def inform(self, parent: QWidget | None, headline: str, text: str = "") -> None:
        """Show a calm message."""
        self._message(parent, QMessageBox.Icon.Information, headline, text)

    def warn(self, parent: QWidget | None, headline: str, text: str = "") -> None:
        """Show a problem and what the user can do about it."""
        self._message(parent, QMessageBox.Icon.Warning, headline, text)

    def choose_files(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        """Let the user pick pictures; ``on_chosen`` gets the paths (only if some were picked)."""
        dialog = self._file_dialog(parent, QFileDialog.FileMode.ExistingFiles)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Choose pictures or videos"))
        dialog.setNameFilters(
            [
                QCoreApplication.translate("Dialogs", "Pictures and videos ({0})").format(
                    MEDIA_PATTERNS
                ),
                QCoreApplication.translate("Dialogs", "All files (*)"),
            ]
        )
        self._open(dialog, on_chosen)

    def choose_screenshots(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        """Let the user pick screenshots; ``on_chosen`` gets the paths (if some were picked)."""
        dialog = self._file_dialog(parent, QFileDialog.FileMode.ExistingFiles)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Choose screenshots"))
        dialog.setNameFilters(
            [
                QCoreApplication.translate("Dialogs", "Pictures ({0})").format(PICTURE_PATTERNS),
                QCoreApplication.translate("Dialogs", "All files (*)"),
            ]
        )
        self._open(dialog, on_chosen)

    def choose_scan_files(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        """Let the user pick files or zip exports to scan; ``on_chosen`` gets the paths."""
        dialog = self._file_dialog(parent, QFileDialog.FileMode.ExistingFiles)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Choose files or a zip export"))
        dialog.setNameFilters(
            [
                QCoreApplication.translate(
                    "Dialogs", "Pictures, videos and zip exports ({0})"
                ).format(f"{MEDIA_PATTERNS} *.zip"),
                QCoreApplication.translate("Dialogs", "All files (*)"),
            ]
        )
        self._open(dialog, on_chosen)

    def choose_file(
        self,
        parent: QWidget | None,
        title: str,
        name_filter: str,
        on_chosen: Callable[[Path], None],
    ) -> None:
        """Let the user pick one existing file (``title`` and ``name_filter`` translated);
        ``on_chosen`` gets its path, only if one was picked."""
        dialog = self._file_dialog(
            parent, QFileDialog.FileMode.ExistingFile, Location.DocumentsLocation
        )
        dialog.setWindowTitle(title)
        dialog.setNameFilters([name_filter, QCoreApplication.translate("Dialogs", "All files (*)")])
        self._open(dialog, lambda paths: on_chosen(Path(paths[0])))

    def ask_password(
        self, parent: QWidget | None, title: str, text: str, on_answered: Answered
    ) -> None:
        """Ask for a password without blocking; ``on_answered`` gets it, or None on Cancel."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAccessibleName(title)

        def finished(result: int) -> None:
            answer = dialog.textValue() if result == QInputDialog.DialogCode.Accepted else None
            dialog.setTextValue("")  # the password is not kept in the dialog
            dialog.deleteLater()
            on_answered(answer or None)

        dialog.finished.connect(finished)
        dialog.open()

    def choose_folder(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        """Let the user pick a folder; ``on_chosen`` gets a one-item list."""
        dialog = self._file_dialog(parent, QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Choose a folder"))
        self._open(dialog, on_chosen)

    def choose_save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested_name: str,
        name_filter: str,
        on_chosen: Chosen,
    ) -> None:
        """Let the user choose where to save a file; ``on_chosen`` gets a one-item list.

        Args:
            parent: the window asking.
            title: the chooser's title (already translated).
            suggested_name: the file name offered; its extension is added if the user drops it.
            name_filter: what the chooser lists, such as "PDF files (*.pdf)".
            on_chosen: receives the chosen path (only if one was chosen).
        """
        dialog = self._file_dialog(
            parent,
            QFileDialog.FileMode.AnyFile,
            Location.DocumentsLocation,
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setWindowTitle(title)
        dialog.setNameFilter(name_filter)
        suffix = suggested_name.rpartition(".")[2] if "." in suggested_name else ""
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(suggested_name)
        self._open(dialog, on_chosen)

    def printer_names(self) -> list[str]:
        """The printers set up on this computer (none: printing is refused plainly)."""
        return list(QPrinterInfo.availablePrinterNames())

    def choose_printer(self, parent: QWidget | None, on_chosen: PrinterChosen) -> None:
        """Let the user choose a printer (the system's print dialog); ``on_chosen`` gets it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == QPrintDialog.DialogCode.Accepted:
                on_chosen(printer)

        dialog.finished.connect(finished)
        dialog.show()  # window-modal, so this does not block (what ``open()`` does)

    def open_url(self, url: str) -> bool:
        """Hand a web address to the system's browser (only ever on a button press)."""
        return bool(QDesktopServices.openUrl(QUrl(url)))

    def _message(
        self, parent: QWidget | None, icon: QMessageBox.Icon, headline: str, text: str
    ) -> None:
        box = QMessageBox(icon, "", headline, QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(text)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(headline)
        box.open()

    def _file_dialog(
        self,
        parent: QWidget | None,
        mode: QFileDialog.FileMode,
        location: Location = Location.PicturesLocation,
    ) -> QFileDialog:
        start = QStandardPaths.writableLocation(location)
        dialog = QFileDialog(parent, "", start if QDir(start).exists() else QDir.homePath())
        dialog.setOptions(
            QFileDialog.Option.DontUseNativeDialog
            | QFileDialog.Option.DontUseCustomDirectoryIcons
            | QFileDialog.Option.ReadOnly
        )
        dialog.setIconProvider(self._icons)
        dialog.setFileMode(mode)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog

    def _open(self, dialog: QFileDialog, on_chosen: Chosen) -> None:
        def finished(result: int) -> None:
            paths = dialog.selectedFiles() if result == QFileDialog.DialogCode.Accepted else []
            forget_visited_folders(dialog)
            dialog.deleteLater()
            if paths:
                on_chosen(paths)

        dialog.finished.connect(finished)
        dialog.open()


def forget_visited_folders(dialog: QFileDialog) -> None:
    """Leave nothing about the folders the user visited in Qt's file-dialog settings.

    Qt saves the chooser's history and last folder when it is destroyed; pointing it back at
    the home folder first means that is all it can save.
    """
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    dialog.setSidebarUrls([])
