"""The found files as a sortable table, with a preview of the chosen one beside it.

The preview is blurred beyond recognition until the user asks to see it clearly, and made
in memory only (``preview.FoundPreviews``); it is dropped as soon as another file is chosen.
A file that matches a picture the user said shows (or may show) someone under 18 is never
decoded for a preview, and neither is a video or a file matched against a helper package
(which says nothing about ages).
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.preview import PREVIEW_SIDE
from app.gui.context import AppContext
from app.gui.errors import describe
from app.gui.scanning.preview import FoundPreview, FoundPreviews
from app.gui.scanning.results import FoundRow, ResultsModel, SortedResults
from app.gui.widgets import note, on_language_change

Passwords = Callable[[], dict[str, bytes]]


class FoundView(QWidget):
    """The results table and the preview of the chosen row.

    Signals:
        current_changed: another found file was chosen (or the table was emptied).
    """

    current_changed = Signal()

    def __init__(self, ctx: AppContext, model: ResultsModel, passwords: Passwords) -> None:
        super().__init__()
        self.model = model
        self.sorted = SortedResults(model, self)
        self.previews = FoundPreviews(ctx.runner, passwords, self)
        self.previews.ready.connect(self._preview_ready)
        self.previews.failed.connect(self._preview_failed)
        self._revealed: set[int] = set()
        self._images: dict[tuple[int, bool], QImage] = {}
        self._problem = ""
        self._build()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResultsModel.CONFIDENCE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # The end of a path names the file (and a zip's member): cut the middle instead.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResultsModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._preview_box())

    def _preview_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("card")
        column = QVBoxLayout(box)
        self.image = QLabel()
        self.image.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.hide()
        self.preview_note = note()
        self.preview_note.setFixedWidth(PREVIEW_SIDE)
        self.reveal = QPushButton()
        self.reveal.clicked.connect(self._toggle_reveal)
        self.reveal.hide()
        column.addWidget(self.image)
        column.addWidget(self.preview_note)
        column.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return box

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Files that show your pictures"))
        self.image.setAccessibleName(self.tr("Preview of the chosen file"))
        self._show_preview_texts()

    # --- rows -------------------------------------------------------------------------------

    def current_row(self) -> FoundRow | None:
        """The found file chosen in the table."""
        return self.sorted.found_row(self.table.currentIndex())

    def rows_added(self) -> None:
        """New rows arrived: choose the first one if nothing is chosen yet."""
        if self.current_row() is None and self.sorted.rowCount() > 0:
            self.table.selectRow(0)

    def clear(self) -> None:
        """Forget every preview (the table is being emptied or the window closes)."""
        self._drop_images()
        self._revealed.clear()
        self.image.clear()
        self._show_preview_texts()

    def _current_changed(self) -> None:
        self._drop_images(keep=self.current_row())
        self._problem = ""
        self._request_preview()
        self._show_preview_texts()
        self.current_changed.emit()

    # --- the preview ------------------------------------------------------------------------

    def _request_preview(self) -> None:
        row = self.current_row()
        age = row.preview_age() if row is not None else None
        if row is None or age is None:
            return
        revealed = row.row_id in self._revealed
        if (row.row_id, revealed) in self._images:
            self._show_image()
            return
        self.previews.request(
            FoundPreview(row.row_id, row.path, row.found.outcome.sha256, age, revealed)
        )

    def _preview_ready(self, request: FoundPreview, image: QImage) -> None:
        row = self.current_row()
        if row is None or row.row_id != request.row_id:
            self.previews.forget(request.row_id, request.revealed)
            return
        self._images[(request.row_id, request.revealed)] = image
        self._show_image()
        self._show_preview_texts()

    def _preview_failed(self, request: FoundPreview, error: object) -> None:
        row = self.current_row()
        if row is not None and row.row_id == request.row_id:
            self._problem = describe(error if isinstance(error, BaseException) else Exception())[1]
            self._show_preview_texts()

    def _show_image(self) -> None:
        row = self.current_row()
        if row is None:
            return
        image = self._images.get((row.row_id, row.row_id in self._revealed))
        if image is None:
            return
        self.image.setPixmap(QPixmap.fromImage(image))
        self.image.show()

    def _toggle_reveal(self) -> None:
        row = self.current_row()
        if row is None or row.preview_age() is None:
            return
        self._revealed ^= {row.row_id}
        self.image.clear()
        self._request_preview()
        self._show_preview_texts()

    def _drop_images(self, keep: FoundRow | None = None) -> None:
        for key in list(self._images):
            if keep is None or key[0] != keep.row_id:
                del self._images[key]
                self.previews.forget(*key)
        if keep is None or not any(key[0] == keep.row_id for key in self._images):
            self.image.clear()
            self.image.hide()

    def _show_preview_texts(self) -> None:
        row = self.current_row()
        can_show = row is not None and row.preview_age() is not None
        self.reveal.setVisible(can_show and not self._problem)
        if not can_show:
            self.image.hide()
        revealed = row is not None and row.row_id in self._revealed
        self.reveal.setText(self.tr("&Blur it again") if revealed else self.tr("Show it &clearly"))
        self.reveal.setAccessibleName(self.reveal.text().replace("&", ""))
        self.preview_note.setText(self._preview_text(row, revealed))

    def _preview_text(self, row: FoundRow | None, revealed: bool) -> str:
        if row is None:
            return self.tr("Choose a file in the list to see more about it.")
        if self._problem:
            return self._problem
        if row.ages is None:
            return self.tr(
                "Found files are not shown here: the package does not say how old the person "
                "in each picture is, so StillMine shows none of them."
            )
        if row.may_show_a_minor:
            return self.tr(
                "No preview: you said this picture shows someone under 18, or you were not "
                "sure. StillMine never shows such pictures."
            )
        if row.is_video:
            return self.tr("StillMine does not show previews of videos.")
        if revealed:
            return self.tr("Shown clearly, because you asked. Nothing is saved.")
        return self.tr(
            "Blurred, so you do not have to look at it. Show it clearly only if you want "
            "to check it."
        )
