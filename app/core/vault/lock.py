"""One process at a time: an operating-system lock on a file beside the case.

The lock is held with ``fcntl.flock`` (``msvcrt.locking`` on Windows), so it disappears by
itself when the process ends, even if it crashes: a stale lock can never shut the user out.
The file says which process holds it, for the message the second process shows.
"""

import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Final

from app.core.vault.errors import CaseFolderUnwritable, CaseLocked

LOCK_NAME: Final = "case.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class CaseLock:
    """Exclusive use of one case folder by this process."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> "CaseLock":
        """Take the lock, or raise ``CaseLocked`` naming the process that has it."""
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise CaseFolderUnwritable(
                f"StillMine cannot write in the case folder {self._path.parent} "
                f"({exc.strerror or exc}). It may be read-only, or on a locked or full drive. "
                "Use a folder you can write to; to move a case, use an export file."
            ) from exc
        if not _try_lock(fd):
            holder = _describe_holder(fd)
            os.close(fd)
            raise CaseLocked(
                f"This case is already open in {holder}. Close it there first (or wait for it "
                "to finish), then try again."
            )
        os.ftruncate(fd, 0)
        owner = {"pid": os.getpid(), "program": _program(), "since": time.time()}
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(owner).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        """Give the lock up (the lock file is removed)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self._path.unlink(missing_ok=True)
        finally:
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None


def _program() -> str:
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return f"{name} on {platform.node() or 'this computer'}"


def _describe_holder(fd: int) -> str:
    try:
        owner = json.loads(os.read(fd, 4096) or b"{}")
        started = time.strftime("%H:%M on %d %b", time.localtime(float(owner["since"])))
        process = f"process {int(owner['pid'])}, {owner['program']}, since {started}"
        return f"another StillMine window ({process})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another StillMine window"
