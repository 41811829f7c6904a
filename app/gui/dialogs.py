"""Every message box and file chooser StillMine opens, behind one replaceable object.

Windows never call ``QMessageBox.exec()`` or ``QFileDialog.getOpenFileNames()`` themselves:
they ask the ``Dialogs`` object in the app context, whose dialogs open without blocking
(``open()``, results by callback). Tests hand the app a replacement that records messages
and answers file choices at once, so no test ever waits on a modal dialog.

File choosers are Qt's own, never the operating system's: the system then records no
"recent files" and makes no preview thumbnails of the pictures. Qt's chooser remembers the
folders it visited in its own settings; StillMine wipes that history before the chooser
closes, and asks the system for no file icons at all.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths, Qt
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Chosen = Callable[[list[str]], None]


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
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Choose pictures"))
        self._open(dialog, on_chosen)

    def choose_folder(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        """Let the user pick a folder; ``on_chosen`` gets a one-item list."""
        dialog = self._file_dialog(parent, QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Choose a folder"))
        self._open(dialog, on_chosen)

    def _message(
        self, parent: QWidget | None, icon: QMessageBox.Icon, headline: str, text: str
    ) -> None:
        box = QMessageBox(icon, "", headline, QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(text)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(headline)
        box.open()

    def _file_dialog(self, parent: QWidget | None, mode: QFileDialog.FileMode) -> QFileDialog:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
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
