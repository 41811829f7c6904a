"""Writing the case file so that a crash, a full disk or a power cut never loses it.

A new version is written to a temporary file in the same folder and flushed to the disk;
only then do the older versions move down one place (current -> .1 -> .2 -> .3) and the new
file take the current name, and the folder itself is flushed. At every instant the current
file or, in the instant between two renames, the previous one holds a complete case.
"""

import contextlib
import errno
import os
import secrets
from pathlib import Path
from typing import Final

from app.core.vault.errors import CaseFolderUnwritable, SaveFailed

#: Earlier versions kept beside the current one.
KEEP_GENERATIONS: Final = 3
_TEMP_PREFIX: Final = ".saving-"


def generation_path(current: Path, generation: int) -> Path:
    """The file of one generation: 0 is the current file, 1 the one before, and so on."""
    return current if generation == 0 else current.with_name(f"{current.name}.{generation}")


def existing_generations(current: Path) -> list[int]:
    """The generations that exist on disk, newest first."""
    return [g for g in range(KEEP_GENERATIONS + 1) if generation_path(current, g).exists()]


def _write_fully(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def save_generation(current: Path, data: bytes) -> None:
    """Make ``data`` the current version of ``current``, keeping the earlier ones.

    Raises:
        SaveFailed: nothing was changed on disk (the reason is in plain words).
    """
    temporary = current.with_name(f"{_TEMP_PREFIX}{secrets.token_hex(6)}-{current.name}")
    try:
        fd = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        try:
            _write_fully(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise _save_failed(exc) from exc
    try:
        for generation in range(KEEP_GENERATIONS, 0, -1):
            older = generation_path(current, generation - 1)
            if older.exists():
                os.replace(older, generation_path(current, generation))
        os.replace(temporary, current)
        _flush_folder(current.parent)
    except OSError as exc:
        raise _save_failed(exc) from exc


def make_private_folder(folder: Path) -> None:
    """Create the case folder (readable by this user only) if it does not exist yet."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise CaseFolderUnwritable(
            f"StillMine cannot create the case folder {folder} ({exc.strerror or exc}). Choose "
            "a folder you can write to."
        ) from exc


def remove_leftovers(folder: Path) -> None:
    """Delete temporary files a crash left in the middle of saving."""
    for leftover in folder.glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _flush_folder(folder: Path) -> None:
    # The renames are durable only once the folder itself is on disk (POSIX); Windows has no
    # way to open a folder for flushing and makes renames durable by itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _save_failed(exc: OSError) -> SaveFailed:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        reason = "the disk is full. Free some space, then save again"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = "the folder cannot be written to (it may be read-only or on a locked drive)"
    else:
        reason = f"the computer reported: {exc.strerror or exc}"
    return SaveFailed(
        f"StillMine could not save your case because {reason}. Your case file on disk is "
        "unchanged, and nothing you entered is lost while StillMine stays open."
    )
