"""'Remember on this computer': the case's data key in the operating system's password store.

Uses ``keyring`` (Windows Credential Manager, macOS Keychain, the Secret Service on Linux).
When no password store is available or it is locked, the user is told plainly and StillMine
works with the passphrase alone.
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


def _guarded(action: str) -> KeyringUnavailable:
    return KeyringUnavailable(f"{_UNAVAILABLE} ({action})")


def remember_key(case_id: str, data_key: bytes) -> None:
    """Store the data key for this case; raises ``KeyringUnavailable`` if it cannot."""
    try:
        keyring.set_password(SERVICE, case_id, base64.b64encode(data_key).decode("ascii"))
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        raise _guarded("could not store") from exc


def recall_key(case_id: str) -> bytes | None:
    """The remembered data key, or None when nothing is remembered."""
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
    try:
        keyring.delete_password(SERVICE, case_id)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was remembered
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        pass  # no store at all: nothing can be remembered in it either
