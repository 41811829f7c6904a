"""'Remember on this computer': the case's data key in the operating system's password store.

Uses ``keyring`` (Windows Credential Manager, macOS Keychain, the Secret Service on Linux).
When no password store is available or it is locked, the user is told plainly and StillMine
works with the passphrase alone. In portable mode (``app.paths.is_portable``) the password
store is never touched: remembering a key on a shared laptop would defeat the point of
carrying the case on a USB stick.
"""

import base64
import binascii
from typing import Final

import keyring
import keyring.errors

from app.core.vault.errors import KeyringUnavailable

SERVICE: Final = "StillMine"
_UNAVAILABLE = (
    "This computer has no password store StillMine can use (or it is locked), so StillMine "
    "cannot remember your case here. You will need your passphrase each time."
)


PORTABLE_REFUSAL: Final = (
    "StillMine runs from a portable folder (a USB stick), so it never remembers your case on "
    "the computer it runs on: anyone using this computer later could open it. You will need "
    "your passphrase each time."
)


def _guarded(action: str) -> KeyringUnavailable:
    return KeyringUnavailable(f"{_UNAVAILABLE} ({action})")


def _portable() -> bool:
    from app.paths import is_portable

    return is_portable()


def remember_key(case_id: str, data_key: bytes) -> None:
    """Store the data key for this case; raises ``KeyringUnavailable`` if it cannot."""
    if _portable():
        raise KeyringUnavailable(PORTABLE_REFUSAL)
    try:
        keyring.set_password(SERVICE, case_id, base64.b64encode(data_key).decode("ascii"))
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        raise _guarded("could not store") from exc


def recall_key(case_id: str) -> bytes | None:
    """The remembered data key, or None when nothing is remembered."""
    if _portable():
        return None
    try:
        stored = keyring.get_password(SERVICE, case_id)
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        raise _guarded("could not read") from exc
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None


def forget_key(case_id: str) -> None:
    """Remove the remembered key, if any (a missing password store is not an error here)."""
    if _portable():
        return  # never stored in portable mode
    try:
        keyring.delete_password(SERVICE, case_id)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was remembered
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        pass  # no store at all: nothing can be remembered in it either
