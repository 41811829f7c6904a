"""Watch which files this process opens for writing, with Python's audit hooks.

The hook is installed once per process (audit hooks cannot be removed) and records nothing
unless a ``files_written()`` block is active. Worker processes are not watched: they only
read pictures (tests/test_privacy.py proves that for the command line).
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_watching: list[list[str]] = []
_installed = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if not _watching or event != "open":
        return
    path, mode, flags = (*args, None, None)[:3]
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and flags & _WRITE_FLAGS
    )
    # An integer "path" is a descriptor opened earlier (and recorded then, by name).
    if writing and isinstance(path, bytes | str):
        for record in _watching:
            record.append(os.fsdecode(path))


@contextmanager
def files_written() -> Iterator[list[str]]:
    """Record every file this process opens for writing while the block runs."""
    global _installed  # noqa: PLW0603 - one hook per process, installed on first use
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True
    written: list[str] = []
    _watching.append(written)
    try:
        yield written
    finally:
        _watching.remove(written)
