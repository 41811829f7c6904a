"""The files a scan found, as a sortable table, and how each matched in plain words.

One row per found file: the file, which of the pictures it shows, how it matched, the
difference between the fingerprints (0: identical) and how sure the match is. Rows are
added while the scan runs; sorting goes through a ``QSortFilterProxyModel`` on
``SORT_ROLE``, so numbers sort as numbers and "Certain" comes before "High".
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.core.fingerprints.model import MediaKind
from app.core.scan.helper import neutral_label_parts
from app.core.scan.matcher import Confidence, Match, Method
from app.core.vault import AgeInContent
from app.gui.scanning.work import Found

#: Where each column keeps its sort key.
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
_CONFIDENCE_ORDER: Final = {Confidence.MEDIUM: 1, Confidence.HIGH: 2, Confidence.CERTAIN: 3}
_METHOD_ORDER: Final = {method: rank for rank, method in enumerate(Method)}


@dataclass
class FoundRow:
    """One found file as the table shows it.

    Attributes:
        row_id: a number for the row, stable while sorting.
        found: the file and its matches.
        ages: the user's answer about the age in each picture it shows (in the order of
            ``found.matches``); None when nobody said (a helper's package).
        recorded: whether it is recorded in the case as a sighting.
    """

    row_id: int
    found: Found
    ages: tuple[AgeInContent, ...] | None
    recorded: bool = False

    @property
    def path(self) -> str:
        """The file as shown (``archive.zip!member`` inside a zip)."""
        return self.found.outcome.path

    @property
    def is_video(self) -> bool:
        """Whether the found file is a video."""
        return self.found.outcome.kind is MediaKind.VIDEO

    def preview_age(self) -> AgeInContent | None:
        """The age to preview the file with, or None when no preview may be made at all:
        a video, a picture of someone under 18 (or unsure), or ages nobody gave."""
        if self.is_video or self.ages is None:
            return None
        if any(age.treated_as_minor for age in self.ages):
            return None
        return AgeInContent.ADULT

    @property
    def may_show_a_minor(self) -> bool:
        """Whether the user said (or is unsure whether) a matched picture shows a minor."""
        return self.ages is not None and any(age.treated_as_minor for age in self.ages)


class ResultsModel(QAbstractTableModel):
    """The found files (add rows while the scan runs)."""

    FILE, SHOWS, HOW, DIFFERENCE, CONFIDENCE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FoundRow] = []
        #: The labels are a helper package's neutral ones ("Picture 1"), shown in the
        #: language of this StillMine; a user's own labels are shown as they wrote them.
        self.neutral_labels = False

    # --- rows -------------------------------------------------------------------------------

    def add(self, rows: Sequence[FoundRow]) -> None:
        """Add rows at the end."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rows(self) -> list[FoundRow]:
        """Every row, in the order found."""
        return list(self._rows)

    def row_at(self, row: int) -> FoundRow:
        """The row at ``row`` of this model (not of a sorted view)."""
        return self._rows[row]

    def changed(self, row_id: int) -> None:
        """A row's state changed (it was recorded)."""
        for number, row in enumerate(self._rows):
            if row.row_id == row_id:
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.CONFIDENCE))

    def retranslate(self) -> None:
        """Headers and cells changed language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.CONFIDENCE)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.CONFIDENCE)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- texts ------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        """The column titles."""
        return [
            self.tr("File"),
            self.tr("Shows"),
            self.tr("How it matched"),
            self.tr("Difference"),
            self.tr("Confidence"),
        ]

    def shows_text(self, row: FoundRow) -> str:
        """Which of the pictures and videos looked for the file shows, by their labels."""
        return ", ".join(self._label_text(label) for label in row.found.labels)

    def _label_text(self, label: str) -> str:
        parts = neutral_label_parts(label) if self.neutral_labels else None
        if parts is None:
            return label
        kind, number = parts
        if kind is MediaKind.VIDEO:
            return self.tr("Video {0}").format(number)
        return self.tr("Picture {0}").format(number)

    def how_text(self, match: Match) -> str:
        """How a match was found, in plain words."""
        texts = {
            Method.SHA256: self.tr("The very same file"),
            Method.MD5: self.tr("The very same file"),
            Method.PDQ: self.tr("The same picture, changed a little"),
            Method.PHOTO_REGION: self.tr("Inside a bigger picture, such as a screenshot"),
            Method.CROP: self.tr("A cropped copy"),
            Method.VPDQ: self.tr("The same video, changed a little"),
            Method.VIDEO_FRAME: self.tr("A picture that appears in this video"),
        }
        text = texts[match.method]
        variant = self._variant_text(match.variant)
        if variant:
            text = self.tr("{0}, {1}").format(text, variant)
        if match.timestamp is not None and match.method is Method.VIDEO_FRAME:
            seconds = round(match.timestamp)
            text = self.tr("{0}, at {1}:{2}").format(text, seconds // 60, f"{seconds % 60:02d}")
        return text

    def _variant_text(self, variant: str | None) -> str:
        if variant in (None, "original"):
            return ""
        if variant in ("rotate90", "rotate270"):
            return self.tr("turned on its side")
        if variant == "rotate180":
            return self.tr("upside down")
        if variant in ("flipx", "flipy"):
            return self.tr("mirrored")
        return self.tr("mirrored and turned")

    def confidence_text(self, confidence: Confidence) -> str:
        """How sure a match is, in one word."""
        return {
            Confidence.CERTAIN: self.tr("Certain"),
            Confidence.HIGH: self.tr("High"),
            Confidence.MEDIUM: self.tr("Medium"),
        }[confidence]

    # --- the model --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.CONFIDENCE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.DIFFERENCE:
            return self.tr(
                "How different the fingerprints are: 0 means identical; up to 31 counts as a match."
            )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return row.path
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DIFFERENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: FoundRow, column: int) -> str:
        best = row.found.best
        if column == self.FILE:
            return row.path
        if column == self.SHOWS:
            return self.shows_text(row)
        if column == self.HOW:
            return self.how_text(best)
        if column == self.DIFFERENCE:
            return QLocale().toString(best.distance)
        return self.confidence_text(best.confidence)

    def _sort_key(self, row: FoundRow, column: int) -> Any:
        best = row.found.best
        if column == self.FILE:
            return row.path.casefold()
        if column == self.SHOWS:
            return self.shows_text(row).casefold()
        if column == self.HOW:
            return _METHOD_ORDER[best.method] * 1000 + best.distance
        if column == self.DIFFERENCE:
            return best.distance
        # The most certain first when sorted high to low; the closest first among equals.
        return _CONFIDENCE_ORDER[best.confidence] * 1000 - best.distance


class SortedResults(QSortFilterProxyModel):
    """The results sorted by the column the user chose (``SORT_ROLE`` keys)."""

    def __init__(self, source: ResultsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def found_row(self, index: QModelIndex | QPersistentModelIndex) -> FoundRow | None:
        """The row behind a (sorted) index."""
        if not index.isValid():
            return None
        source = self.sourceModel()
        assert isinstance(source, ResultsModel)
        return source.row_at(self.mapToSource(index).row())
