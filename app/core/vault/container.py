"""The case file's on-disk format: a readable header, then the encrypted database.

Layout::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON)
    | SHA-256 of the three parts before it (32 bytes) | body: nonce + AES-256-GCM ciphertext

The header holds what is needed to unlock the file (the KDF parameters and salt, the wrapped
data keys) and version numbers, never any case content. It is authenticated: it is the
associated data of the body's encryption, so changing any byte of it makes the body
undecryptable. The unkeyed checksum after it tells accidental damage (a flipped byte) apart
from a wrong passphrase before any key is tried.

The magic and this outer layout never change; versions live in the (checksummed) header, so
a flipped byte is always reported as damage, never mistaken for a newer format.
"""

import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidTag

from app.core.vault.crypto import decrypt, encrypt
from app.core.vault.errors import CaseDamaged, MadeByNewerVersion

MAGIC: Final = b"SMCASE\x00\x01"
#: The container layout version this StillMine writes and the newest it reads.
CONTAINER_VERSION: Final = 1
_LENGTH = struct.Struct(">I")
_CHECKSUM_BYTES: Final = 32
_MAX_HEADER_BYTES: Final = 64 * 1024
_DAMAGED = (
    "The case file is damaged: it is not the way StillMine saved it. This can happen when a "
    "disk fails or a copy is interrupted."
)


@dataclass(frozen=True, slots=True)
class SealedCase:
    """A case file split into its parts, header checked, body still encrypted.

    Attributes:
        header: the parsed header.
        authenticated: the bytes the body's encryption authenticates (magic to header end).
        body: nonce, ciphertext and tag of the database.
    """

    header: dict[str, Any]
    authenticated: bytes
    body: bytes

    def open_body(self, body_key: bytes) -> bytes:
        """Decrypt the database bytes; any change to header or body is caught here."""
        try:
            return decrypt(body_key, self.body, self.authenticated)
        except InvalidTag:
            raise CaseDamaged(
                "The case file has been changed or damaged since StillMine saved it, so it "
                "cannot be trusted."
            ) from None


def header_bytes(header: dict[str, Any]) -> bytes:
    """Canonical JSON for a header."""
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(header: dict[str, Any], body_key: bytes, plaintext: bytes) -> bytes:
    """Build a whole case file."""
    encoded = header_bytes(header)
    authenticated = MAGIC + _LENGTH.pack(len(encoded)) + encoded
    checksum = hashlib.sha256(authenticated).digest()
    return authenticated + checksum + encrypt(body_key, plaintext, authenticated)


def unseal(data: bytes) -> SealedCase:
    """Split and check a case file's header (no key needed).

    Raises:
        CaseDamaged: the file is not a case file, or its header is damaged.
        MadeByNewerVersion: a newer StillMine wrote it.
    """
    if data[: len(MAGIC)] != MAGIC:
        recognisable = data[:3] == MAGIC[:3]
        raise CaseDamaged(_DAMAGED if recognisable else "This is not a StillMine case file.")
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise CaseDamaged(_DAMAGED)
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    end = start + length
    if length > _MAX_HEADER_BYTES or len(data) < end + _CHECKSUM_BYTES:
        raise CaseDamaged(_DAMAGED)
    authenticated = data[:end]
    if hashlib.sha256(authenticated).digest() != data[end : end + _CHECKSUM_BYTES]:
        raise CaseDamaged(_DAMAGED)
    try:
        header = json.loads(data[start:end])
    except ValueError as exc:  # cannot happen with a correct checksum unless forged
        raise CaseDamaged(_DAMAGED) from exc
    if not isinstance(header, dict):
        raise CaseDamaged(_DAMAGED)
    if (
        _version(header, "container") > CONTAINER_VERSION
        or _version(header, "schema_version") > _newest_schema()
    ):
        raise _newer()
    return SealedCase(header, authenticated, data[end + _CHECKSUM_BYTES :])


def _version(header: dict[str, Any], key: str) -> int:
    try:
        return int(header.get(key, 0))
    except (TypeError, ValueError):
        raise CaseDamaged(_DAMAGED) from None


def _newest_schema() -> int:
    # Imported here: the schema module is heavier and unrelated to the container otherwise.
    from app.core.vault.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def _newer() -> MadeByNewerVersion:
    return MadeByNewerVersion(
        "This case file was made by a newer version of StillMine. Install the newer version to "
        "open it; nothing has been changed."
    )
