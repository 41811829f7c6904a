"""A light list model for long lists that grow while work is running."""

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Entry = TypeVar("Entry")


class GrowingListModel(QAbstractListModel, Generic[Entry]):
    """Entries added in batches (thousands stay smooth), described in words when shown.

    Texts are made by ``describe`` each time a row is drawn, so they follow a language
    switch (call ``refresh``).
    """

    def __init__(self, describe: Callable[[Entry], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._entries: list[Entry] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(self._entries[index.row()])
        return None

    def append(self, entries: list[Entry]) -> None:
        """Add entries at the end."""
        if not entries:
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()

    def refresh(self) -> None:
        """Describe every entry again (the language changed)."""
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def lines(self) -> list[str]:
        """Every entry in words, in order."""
        return [self._describe(entry) for entry in self._entries]
