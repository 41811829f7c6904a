"""One root for every error StillMine raises on purpose.

``UserError`` carries a plain-language message that a frightened, non-technical person can
read and act on; the GUI and the CLI show it as it is. ``BugError`` marks a fault in
StillMine itself. ``Cancelled`` is raised when the user stops a long task.

Errors must survive a trip through a worker process (pickling), so every subclass keeps the
one-argument constructor of ``UserError``: build messages before raising, not in ``__init__``.
"""

from typing import ClassVar


class StillMineError(Exception):
    """Root of every error StillMine raises on purpose."""


class UserError(StillMineError):
    """A problem the user can understand and act on (a bad file, a wrong passphrase ...).

    Attributes:
        code: a stable, machine-readable name for the kind of problem (``"empty-file"``).
        message: the plain-language explanation shown to the user.
    """

    code: ClassVar[str] = "user-error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BugError(StillMineError):
    """A fault in StillMine itself: something that should never happen did."""


class Cancelled(StillMineError):
    """The user cancelled a long-running task."""
