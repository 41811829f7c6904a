"""Add images: pictures, videos and folders, by chooser or drag and drop. Files are read where
they are, never copied; the choosers are Qt's own (see ``app.gui.dialogs``). What a file is
comes from its content, not its name, so anything dropped is accepted here and sorted out
while fingerprinting."""

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.core.fingerprints import prestart_workers
from app.gui.context import AppContext
from app.gui.pages.base import WizardPage
from app.gui.pages.ids import PageId
from app.gui.widgets import note, paragraph


def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class AddImagesPage(WizardPage):
    """Collects the files and folders to fingerprint (nothing is read yet)."""

    def __init__(self, ctx: AppContext, *, optional: bool = True) -> None:
        super().__init__(ctx)
        self._optional = optional
        self.setAcceptDrops(True)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        buttons = QHBoxLayout()
        self.add_files = QPushButton()
        self.add_files.clicked.connect(lambda: ctx.dialogs.choose_files(self, self.add_paths))
        self.add_folder = QPushButton()
        self.add_folder.clicked.connect(lambda: ctx.dialogs.choose_folder(self, self.add_paths))
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.add_folder)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("calmPanel")
        zone_layout = QVBoxLayout(self.drop_zone)
        self.drop_text = paragraph()
        self.drop_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone_layout.addWidget(self.drop_text)
        self.body.addWidget(self.drop_zone)
        self.chosen = QListWidget()
        self.chosen.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.chosen.itemSelectionChanged.connect(self._selection_changed)
        self.body.addWidget(self.chosen, 1)
        self.remove = QPushButton()
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove_selected)
        self.body.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.later = note()
        self.body.addWidget(self.later)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Add your pictures"))
        self.setSubTitle(self.tr("Choose the pictures and videos you want to protect."))
        self.intro.setText(
            self.tr(
                "StillMine reads your pictures and videos where they are. It never copies, "
                "moves or changes them, and it does not show them here."
            )
        )
        self.add_files.setText(self.tr("Add &pictures or videos…"))
        self.add_files.setAccessibleName(self.tr("Add pictures or videos"))
        self.add_folder.setText(self.tr("Add a &folder…"))
        self.add_folder.setAccessibleName(self.tr("Add a folder"))
        self.drop_text.setText(self.tr("Or drag pictures, videos and folders into this window."))
        self.chosen.setAccessibleName(self.tr("Chosen pictures and folders"))
        self.remove.setText(self.tr("&Remove from the list"))
        self.remove.setAccessibleName(self.tr("Remove the selected entries from the list"))
        self.later.setText(
            self.tr("Not ready? You can skip this and add pictures later from your case.")
            if self._optional
            else ""
        )
        self.later.setVisible(self._optional)
        for row in range(self.chosen.count()):
            item = self.chosen.item(row)
            item.setText(self._describe(item.data(Qt.ItemDataRole.UserRole)))

    def paths(self) -> list[str]:
        """The chosen files and folders, in the order they were added."""
        return [
            str(self.chosen.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.chosen.count())
        ]

    def add_paths(self, paths: list[str]) -> None:
        """Add files or folders (each once)."""
        known = set(self.paths())
        for path in paths:
            absolute = os.path.abspath(path)
            if absolute in known:
                continue
            known.add(absolute)
            item = QListWidgetItem(self._describe(absolute))
            item.setData(Qt.ItemDataRole.UserRole, absolute)
            self.chosen.addItem(item)
        if paths:
            prestart_workers()  # their start-up overlaps the user's next clicks
        self.completeChanged.emit()

    def _describe(self, path: str) -> str:
        name = os.path.basename(path.rstrip(os.sep)) or path
        if os.path.isdir(path):
            return self.tr("Folder “{0}” (every picture inside)").format(name)
        return self.tr("{0}  (in {1})").format(name, os.path.dirname(path))

    def _selection_changed(self) -> None:
        self.remove.setEnabled(bool(self.chosen.selectedItems()))

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return super().isComplete() and (self._optional or self.chosen.count() > 0)

    def nextId(self) -> int:
        if not self.paths():
            return int(PageId.NEXT_STEPS)  # nothing to fingerprint: go straight to next steps
        return int(PageId.ABOUT_IMAGES)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()
