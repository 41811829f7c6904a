"""Map the case file's dataclasses to SQLite rows and back.

Each model's field names are its columns. Values are converted at this one boundary:
``datetime`` to ISO 8601 text with offset, ``bool`` to 0/1, enums to their value, hex
fingerprints to BLOBs. Column names come from the dataclass definitions, never from input,
and every value is a bound parameter.
"""

import dataclasses
import sqlite3
import struct
import types
import typing
from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from app.core.errors import BugError
from app.core.fingerprints.model import VpdqFrame

Model = TypeVar("Model")


@dataclasses.dataclass(frozen=True)
class _Column:
    name: str
    storage: str  # "value", "hex", "hex_list"
    kind: type  # the non-None type of the field


def _columns(model: type) -> tuple[_Column, ...]:
    return _columns_of(model)


@cache
def _columns_of(model: Any) -> tuple[_Column, ...]:
    hints = typing.get_type_hints(model)
    columns = []
    for field in dataclasses.fields(model):
        storage = field.metadata.get("storage", "value")
        if storage == "derived":
            continue
        columns.append(_Column(field.name, storage, _base_type(hints[field.name])))
    return tuple(columns)


def _base_type(hint: Any) -> type:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        (kind,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _base_type(kind)
    origin = typing.get_origin(hint)
    return origin if origin is not None else hint  # type: ignore[no-any-return]


def to_column(column: _Column, value: Any) -> Any:
    """One Python value as it is stored."""
    if value is None:
        return None
    if column.storage == "hex":
        return bytes.fromhex(value)
    if column.storage == "hex_list":
        return b"".join(bytes.fromhex(part) for part in value) or None
    if column.storage == "vpdq":
        return pack_vpdq(value) or None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise BugError(f"{column.name}: times must carry their time zone")
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    return value


def from_column(column: _Column, value: Any) -> Any:
    """One stored value as its Python type."""
    if value is None:
        return () if column.storage in ("hex_list", "vpdq") else None
    if column.storage == "hex":
        return bytes(value).hex()
    if column.storage == "hex_list":
        return _split_hex_list(bytes(value))
    if column.storage == "vpdq":
        return unpack_vpdq(bytes(value))
    if column.kind is datetime:
        return datetime.fromisoformat(value)
    if column.kind is bool:
        return bool(value)
    if isinstance(column.kind, type) and issubclass(column.kind, Enum):
        return column.kind(value)
    return value


_VPDQ_FRAME = struct.Struct(">IBI32s")  # frame index, quality, milliseconds, PDQ


def pack_vpdq(frames: Sequence[VpdqFrame]) -> bytes:
    """vPDQ frames as one compact BLOB (41 bytes a frame)."""
    return b"".join(
        _VPDQ_FRAME.pack(f.frame, f.quality, round(f.timestamp * 1000), bytes.fromhex(f.pdq))
        for f in frames
    )


def unpack_vpdq(blob: bytes) -> tuple[VpdqFrame, ...]:
    """The frames packed by ``pack_vpdq``."""
    return tuple(
        VpdqFrame(frame, quality, pdq.hex(), milliseconds / 1000)
        for frame, quality, milliseconds, pdq in _VPDQ_FRAME.iter_unpack(blob)
    )


def _split_hex_list(blob: bytes, part_bytes: int = 32) -> tuple[str, ...]:
    return tuple(blob[i : i + part_bytes].hex() for i in range(0, len(blob), part_bytes))


def insert(connection: sqlite3.Connection, table: str, record: Any) -> int:
    """Insert a record (its ``id`` field, if any, is assigned by SQLite); return the row id."""
    columns = [c for c in _columns(type(record)) if c.name != "id"]
    names = ", ".join(c.name for c in columns)
    marks = ", ".join("?" for _ in columns)
    values = [to_column(c, getattr(record, c.name)) for c in columns]
    cursor = connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)
    return int(cursor.lastrowid or 0)


def update(connection: sqlite3.Connection, table: str, record: Any, key: str = "id") -> None:
    """Write every column of a stored record back."""
    columns = [c for c in _columns(type(record)) if c.name != key]
    assignments = ", ".join(f"{c.name} = ?" for c in columns)
    values = [to_column(c, getattr(record, c.name)) for c in columns]
    key_column = next(c for c in _columns(type(record)) if c.name == key)
    values.append(to_column(key_column, getattr(record, key)))
    connection.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", values)


def select(  # noqa: PLR0917 - a query reads best positionally
    connection: sqlite3.Connection,
    model: type[Model],
    table: str,
    where: str = "",
    parameters: Sequence[Any] = (),
    order: str = "",
) -> list[Model]:
    """Read records of ``model`` from ``table``; ``where`` and ``order`` are fixed SQL text."""
    columns = _columns(model)
    sql = f"SELECT {', '.join(c.name for c in columns)} FROM {table}"
    if where:
        sql += f" WHERE {where}"
    if order:
        sql += f" ORDER BY {order}"
    rows = connection.execute(sql, parameters).fetchall()
    return [
        model(**{c.name: from_column(c, value) for c, value in zip(columns, row, strict=True)})
        for row in rows
    ]
