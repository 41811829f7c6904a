"""What can go wrong with a case file, in words the user can act on."""

from app.core.errors import UserError


class WrongPassphrase(UserError):
    """The passphrase (or recovery code) does not open this case file."""

    code = "wrong-passphrase"


class CaseNotFound(UserError):
    """There is no case file in the folder."""

    code = "case-not-found"


class CaseExists(UserError):
    """A case file already exists where a new one would be created."""

    code = "case-exists"


class CaseLocked(UserError):
    """Another StillMine process has the case open."""

    code = "case-locked"


class CaseFolderUnwritable(UserError):
    """The case folder cannot be written to (read-only, locked drive, no permission)."""

    code = "folder-unwritable"


class CaseDamaged(UserError):
    """The case file cannot be read: damaged on disk, or changed since it was saved.

    Attributes:
        earlier_copies: generations (1 = the copy before the last save) that may still open.
    """

    code = "case-damaged"

    def __init__(self, message: str, earlier_copies: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.earlier_copies = earlier_copies

    def __reduce__(self) -> tuple[type["CaseDamaged"], tuple[str, tuple[int, ...]]]:
        return (type(self), (self.message, self.earlier_copies))


class MadeByNewerVersion(UserError):
    """The case file was written by a newer StillMine than this one."""

    code = "newer-version"


class SaveFailed(UserError):
    """Saving failed; the case file on disk is unchanged."""

    code = "save-failed"


class KeyringUnavailable(UserError):
    """The operating system's password store cannot be used."""

    code = "keyring-unavailable"


class BundleDamaged(UserError):
    """An export bundle is incomplete, damaged, changed, or the passphrase is wrong."""

    code = "bundle-damaged"
