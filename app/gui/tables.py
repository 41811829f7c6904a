"""A read-only table model over a list of records, with cells computed when shown.

Dashboard tables may hold thousands of rows: building widgets for each cell would stall the
window, so cells are made on demand by a function and only visible rows cost anything.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Record = TypeVar("Record")

#: The colour of cells that need attention (with bold text: colour is never the only sign).
ATTENTION = QColor("#8a2f16")
#: The roles a cell answers; every other role is answered without making the cell.
_CELL_ROLES: Final = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


@dataclass(frozen=True)
class Cell:
    """What one table cell shows."""

    text: str
    attention: bool = False


class RecordsModel(QAbstractTableModel, Generic[Record]):
    """Rows of ``Record``; ``cell(record, column)`` says what each cell shows."""

    def __init__(
        self,
        headers: Callable[[], Sequence[str]],
        cell: Callable[[Record, int], Cell],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cell = cell
        self._records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        """Show these records."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Record]:
        """The records shown, in order."""
        return list(self._records)

    def retranslate(self) -> None:
        """Headers and cells changed language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers()) - 1)
        if self._records:
            last = self.index(len(self._records) - 1, len(self._headers()) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # A view asks for many roles per cell on every paint: make the cell only for ours.
        if role not in _CELL_ROLES:
            return None
        cell = self._cell(self._records[index.row()], index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.ForegroundRole and cell.attention:
            return QBrush(ATTENTION)
        if role == Qt.ItemDataRole.FontRole and cell.attention:
            font = QFont()
            font.setBold(True)
            return font
        return None
