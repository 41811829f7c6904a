"""Review: what was added, with its kind and what its hidden data gives away ("contains your
location"). Thumbnails are blurred until the user reveals one, live only in memory, and
are never made for content that may show someone under 18."""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QWizard

from app.core.fingerprints import MediaKind
from app.gui.branding import icon_path
from app.gui.context import AppContext
from app.gui.importing import Saved
from app.gui.pages.base import WizardPage
from app.gui.previews import PreviewLoader, PreviewRequest
from app.gui.texts import media_text, privacy_text, warning_text
from app.gui.widgets import add_all, heading, note, paragraph

THUMBNAIL = 64
DETAIL = 192
LIST_ROWS = 3


def previews_allowed(saved: Saved) -> bool:
    """Whether a preview may be made: a picture, of someone known to be an adult."""
    return saved.kind == MediaKind.IMAGE.value and not saved.age.treated_as_minor


class ReviewModel(QAbstractListModel):
    """The added pictures with lazily loaded, blurred-by-default thumbnails."""

    def __init__(self, loader: PreviewLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rows: list[Saved] = []
        self._images: dict[tuple[int, bool], QPixmap] = {}
        self._unreadable: set[int] = set()
        self.revealed: set[int] = set()
        self._no_preview = QIcon(icon_path("no-preview"))
        loader.ready.connect(self._image_ready)
        loader.failed.connect(self._image_failed)

    def set_rows(self, rows: list[Saved]) -> None:
        """Show these pictures."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def saved(self, row: int) -> Saved:
        """The picture in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        saved = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.summary(saved)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(saved)
        return None

    def summary(self, saved: Saved) -> str:
        """The label, the kind and the privacy findings, on a few lines."""
        lines = [f"{saved.label} · {media_text(saved.kind, saved.file_format, saved.duration)}"]
        lines += [privacy_text(kind) for kind in saved.privacy]
        if not saved.privacy:
            lines.append(self.tr("Nothing identifying found in its hidden data."))
        return "\n".join(lines)

    def pixmap(self, saved: Saved) -> QPixmap | None:
        """The preview to show (clear if revealed, else blurred), asking for it if needed."""
        if not previews_allowed(saved) or saved.item_id in self._unreadable:
            return None
        revealed = saved.item_id in self.revealed
        found = self._images.get((saved.item_id, revealed))
        if found is None:
            self._loader.request(PreviewRequest(saved.item_id, saved.path, saved.age, revealed))
        return found

    def reveal(self, row: int, revealed: bool) -> None:
        """Show one picture clearly, or blur it again (its clear preview is then dropped)."""
        item_id = self._rows[row].item_id
        if revealed:
            self.revealed.add(item_id)
        else:
            self.revealed.discard(item_id)
            self._images.pop((item_id, True), None)
            self._loader.forget(item_id, True)
        self._changed(item_id)

    def _thumbnail(self, saved: Saved) -> QIcon | QPixmap:
        found = self.pixmap(saved)
        if found is None:
            return self._no_preview
        return found.scaled(
            THUMBNAIL,
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def _image_ready(self, request: PreviewRequest, image: QImage) -> None:
        if request.revealed and request.item_id not in self.revealed:
            return  # blurred again before the clear preview arrived: do not keep it
        self._images[(request.item_id, request.revealed)] = QPixmap.fromImage(image)
        self._changed(request.item_id)

    def _image_failed(self, request: PreviewRequest) -> None:
        self._unreadable.add(request.item_id)
        self._changed(request.item_id)

    def refresh(self) -> None:
        """Describe every row again (the language changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _changed(self, item_id: int) -> None:
        for row, saved in enumerate(self._rows):
            if saved.item_id == item_id:
                index = self.index(row)
                self.dataChanged.emit(index, index)


class ReviewPage(WizardPage):
    """Lists the added pictures; one at a time can be looked at more closely."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.loader = PreviewLoader(ctx.runner, self)
        self.model = ReviewModel(self.loader, self)
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setMinimumHeight((THUMBNAIL + 12) * LIST_ROWS)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentRowChanged.connect(self._show_detail)
        self.body.addWidget(self.list, 1)
        self.detail_title = heading()
        self.preview = QLabel()
        self.preview.setMinimumHeight(DETAIL)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal = QPushButton()
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._reveal_toggled)
        self.findings = paragraph()
        self.reveal_note = note()
        add_all(self.body, (self.detail_title, self.preview))
        self.body.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignLeft)
        add_all(self.body, (self.reveal_note, self.findings))
        self.model.dataChanged.connect(lambda *_changed: self._refresh_detail())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("This is what StillMine added to your case."))
        self.intro.setText(
            self.tr(
                "Pictures are blurred. Choose one to see what its hidden data gives away to "
                "anyone who has a copy. You can show a picture clearly if you want to; it "
                "is blurred again when you leave this page."
            )
        )
        self.list.setAccessibleName(self.tr("Pictures added to your case"))
        self.preview.setAccessibleName(self.tr("Preview of the chosen picture"))
        self.reveal.setAccessibleName(self.tr("Show the chosen picture clearly"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.model.refresh()
        self._refresh_detail()

    def initializePage(self) -> None:
        self.model.revealed.clear()
        self.model.set_rows(self.case_wizard().saved_pictures())
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def cleanupPage(self) -> None:
        self.model.revealed.clear()

    def validatePage(self) -> bool:
        # Leaving the page blurs everything again.
        for row in range(self.model.rowCount()):
            self.model.reveal(row, False)
        return super().validatePage()

    def _current(self) -> tuple[int, Saved] | None:
        row = self.list.currentIndex().row()
        return (row, self.model.saved(row)) if 0 <= row < self.model.rowCount() else None

    def _show_detail(self) -> None:
        current = self._current()
        blocked = self.reveal.blockSignals(True)
        self.reveal.setChecked(current is not None and current[1].item_id in self.model.revealed)
        self.reveal.blockSignals(blocked)
        self._refresh_detail()

    def _reveal_toggled(self, revealed: bool) -> None:
        current = self._current()
        if current is not None:
            self.model.reveal(current[0], revealed)

    def _refresh_detail(self) -> None:
        current = self._current()
        if current is None:
            self.detail_title.setText("")
            self.preview.clear()
            self.findings.setText("")
            self.reveal.hide()
            self.reveal_note.hide()
            return
        _row, saved = current
        self.detail_title.setText(saved.label)
        previewable = previews_allowed(saved)
        self.reveal.setVisible(previewable)
        self.reveal_note.setVisible(not previewable)
        self.reveal_note.setText(
            self.tr(
                "No preview is ever shown of a picture of someone under 18, or when you are "
                "not sure of their age."
            )
            if saved.age.treated_as_minor
            else self.tr("Videos are not previewed.")
        )
        self.reveal.setText(
            self.tr("&Blur it again") if self.reveal.isChecked() else self.tr("&Show it clearly")
        )
        pixmap = self.model.pixmap(saved)
        if pixmap is None:
            self.preview.clear()
            self.preview.setText(self.tr("Preparing…") if previewable else self.tr("No preview"))
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    DETAIL,
                    DETAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        lines = [self.model.summary(saved)]
        lines += [warning_text(warning) for warning in saved.warnings]
        self.findings.setText("\n".join(lines))
