"""Reading the user's files and walking their folders, with a plain message for every failure.

Files are read once into memory (images are small next to memory); nothing is copied or
written. Folders are walked in a stable, sorted order, symbolic-link loops are cut, and one
unreadable file or folder becomes one error entry instead of stopping the walk.
"""

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.core.errors import UserError
from app.core.progress import NEVER, CancelToken

# Files that operating systems scatter through folders; they are never the user's pictures.
_SYSTEM_FILE_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".directory", "Icon\r"})
_APPLE_DOUBLE_PREFIX = "._"


class EmptyFile(UserError):
    """The file has no content at all."""

    code = "empty-file"


class FileNotReadable(UserError):
    """The operating system does not let StillMine read the file or folder."""

    code = "permission-denied"


class FileVanished(UserError):
    """The file was moved or deleted before it could be read."""

    code = "file-missing"


class PathTooLong(UserError):
    """The path is longer than the operating system can open."""

    code = "path-too-long"


class LinkLoop(UserError):
    """A shortcut (symbolic link) points back to itself."""

    code = "link-loop"


class NotARegularFile(UserError):
    """The path is a device, pipe or socket rather than a file."""

    code = "not-a-file"


class FileTooLarge(UserError):
    """The file is larger than StillMine reads into memory for this purpose."""

    code = "file-too-large"


class ReadFailed(UserError):
    """Reading failed for another reason (a disk error, a disconnected drive ...)."""

    code = "read-error"


def display_name(path: str) -> str:
    """Return the file's name for messages, with undecodable bytes shown as U+FFFD."""
    name = os.path.basename(os.path.normpath(path)) or path
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_head(path: str, size: int) -> bytes:
    """The first ``size`` bytes of a regular, non-empty file (to identify it).

    Raises:
        UserError: a subclass naming the file and what is wrong.
    """
    return _read(path, size, whole=False)


def read_file(path: str, max_bytes: int) -> bytes:
    """Read a whole regular file, refusing empty, oversized and special files.

    Raises:
        UserError: a subclass naming the file and what is wrong.
    """
    return _read(path, max_bytes, whole=True)


def _read(path: str, max_bytes: int, *, whole: bool) -> bytes:
    name = display_name(path)
    try:
        # O_NONBLOCK: opening a named pipe must not hang the batch; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise file_error(path, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"“{name}” is not a normal file, so StillMine skipped it.")
        if info.st_size == 0:
            raise EmptyFile(f"“{name}” is empty (0 bytes): there is no picture in it.")
        if whole and info.st_size > max_bytes:
            raise FileTooLarge(
                f"“{name}” is {info.st_size / 2**20:,.0f} MB, more than the "
                f"{max_bytes / 2**20:,.0f} MB StillMine reads for a picture."
            )
        with os.fdopen(fd, "rb", closefd=False) as stream:
            # Asked for the size the file has: asking for the most it may have allocates that
            # much first (half a gigabyte for a picture, measured 0.6 ms a file). A file
            # that grew since is read on, up to one byte more than allowed.
            data = stream.read(min(info.st_size, max_bytes) + 1)
            if len(data) > info.st_size:
                data += stream.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise file_error(path, exc) from None
    finally:
        os.close(fd)
    if not data:
        raise EmptyFile(f"“{name}” is empty (0 bytes): there is no picture in it.")
    if not whole:
        return data[:max_bytes]
    if len(data) > max_bytes:
        raise FileTooLarge(f"“{name}” grew beyond {max_bytes / 2**20:,.0f} MB while being read.")
    return data


def file_error(path: str, exc: OSError) -> UserError:
    """Turn an operating-system error about ``path`` into a plain-language ``UserError``."""
    name = display_name(path)
    code = exc.errno
    if code in (errno.ENOENT, errno.ENOTDIR):
        return FileVanished(
            f"“{name}” could not be found: it may have been moved or deleted, or it is a "
            "shortcut to a file that no longer exists."
        )
    if code in (errno.EACCES, errno.EPERM):
        return FileNotReadable(
            f"StillMine is not allowed to open “{name}”. Check that your user account may read it."
        )
    if code == errno.ELOOP:
        return LinkLoop(f"“{name}” is a shortcut that points back to itself, so it was skipped.")
    if code == errno.ENAMETOOLONG:
        return PathTooLong(
            f"The name or folder path of “{name}” is too long for this computer to open. "
            "Move it to a folder with a shorter path."
        )
    if code == errno.EISDIR:
        return NotARegularFile(f"“{name}” is a folder, not a file.")
    reason = exc.strerror or "an unknown error"
    return ReadFailed(f"“{name}” could not be read ({reason}).")


@dataclass(frozen=True, slots=True)
class WalkEntry:
    """One file found while walking, or one path that could not be walked.

    Attributes:
        path: the file (or folder) path as given or found.
        error: why the path could not be walked, or None for a file to process.
    """

    path: str
    error: UserError | None = None


def iter_files(paths: Iterable[str]) -> Iterator[WalkEntry]:
    """Yield every file under ``paths`` (files and folders), in a stable order.

    Folders are walked depth first with their entries sorted by name; folders reached twice
    (through links) are walked once, so link loops end. Operating-system clutter such as
    ``.DS_Store`` inside folders is skipped; a file named explicitly is always yielded.
    """
    visited: set[tuple[int, int]] = set()
    for path in paths:
        try:
            info = os.stat(path)
        except OSError as exc:
            yield WalkEntry(path, file_error(path, exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, visited)
        else:
            yield WalkEntry(path)


def _walk_folder(root: str, visited: set[tuple[int, int]]) -> Iterator[WalkEntry]:
    # An explicit stack instead of recursion: folder trees can be deeper than Python's
    # recursion limit.
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            key = (info.st_dev, info.st_ino)
            if key in visited:
                continue
            visited.add(key)
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield WalkEntry(folder, _folder_error(folder, exc))
            continue
        subfolders = []
        for entry in entries:
            if _is_system_clutter(entry.name):
                continue
            if _is_folder(entry):
                subfolders.append(entry.path)
            else:
                yield WalkEntry(entry.path)
        # Reversed so the first subfolder in sorted order is walked first.
        stack.extend(reversed(subfolders))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        # A broken or looping link: yield it as a file, so reading it reports the problem.
        return False


def _is_system_clutter(name: str) -> bool:
    return name in _SYSTEM_FILE_NAMES or name.startswith(_APPLE_DOUBLE_PREFIX)


def _folder_error(folder: str, exc: OSError) -> UserError:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return FileNotReadable(
            f"StillMine is not allowed to look inside the folder “{display_name(folder)}”, "
            "so its files were skipped."
        )
    return file_error(folder, exc)


def count_files(paths: Iterable[str], cancel: CancelToken = NEVER) -> int:
    """Count the entries ``iter_files`` would yield (for progress bars).

    Raises:
        Cancelled: when ``cancel`` is set while counting a large tree.
    """
    count = 0
    for count, _entry in enumerate(iter_files(paths), start=1):
        if count % 1000 == 0:
            cancel.raise_if_cancelled()
    return count
