"""Keys for the case file: a random data key, wrapped by the passphrase and a recovery code.

* The **data key** (32 random bytes) never changes for a case. Sub-keys for the database,
  the evidence files and secret fields are derived from it with HKDF, so one key never
  encrypts two kinds of thing.
* The **passphrase** is stretched with Argon2id (memory-hard; the parameters are stored with
  the case so they can be raised later) into a key that wraps the data key with AES-256-GCM.
* The **recovery code** is a random 160-bit code shown once; it wraps the data key a second
  time, so a forgotten passphrase does not lose the StopNCII PIN that exists nowhere else.
"""

import base64
import os
import secrets
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.vault.errors import CaseDamaged, WrongPassphrase

KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
SALT_BYTES: Final = 16
_RECOVERY_BYTES: Final = 20  # 160 bits: 32 base32 characters
_RECOVERY_GROUP: Final = 4

# Upper bounds a header may ask for, so a hostile file cannot make opening it exhaust memory.
_MAX_MEMORY_KIB: Final = 4 * 2**20
_MAX_ITERATIONS: Final = 64
_MAX_LANES: Final = 64


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters, stored in the case file's header.

    Attributes:
        memory_kib: memory per guess, in KiB.
        iterations: passes over that memory.
        lanes: parallel lanes.
    """

    memory_kib: int
    iterations: int
    lanes: int

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """Stretch ``secret`` into a 32-byte key."""
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret)

    def to_json(self) -> dict[str, Any]:
        """The parameters for the header."""
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: Any) -> "KdfParams":
        """Read and bound-check parameters from a header."""
        try:
            if data["name"] != "argon2id":
                raise ValueError("unknown key-derivation function")
            params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise CaseDamaged("The case file's key settings are unreadable.") from exc
        if not (
            8 * params.lanes <= params.memory_kib <= _MAX_MEMORY_KIB
            and 1 <= params.iterations <= _MAX_ITERATIONS
            and 1 <= params.lanes <= _MAX_LANES
        ):
            raise CaseDamaged("The case file asks for impossible key settings.")
        return params


#: What every new case uses: one guess costs about 0.35 s and 256 MiB on a 2-core laptop.
DEFAULT_KDF: Final = KdfParams(memory_kib=256 * 1024, iterations=2, lanes=4)
#: For tests only, where hundreds of cases are created: cheap to guess. Never a default.
TEST_ONLY_WEAK_KDF: Final = KdfParams(memory_kib=64, iterations=1, lanes=1)


def new_data_key() -> bytes:
    """A fresh random data key."""
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    """A fresh random salt for the key-derivation function."""
    return secrets.token_bytes(SALT_BYTES)


def subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for one purpose ("database", "evidence", "secrets"), derived from the data key."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"stillmine " + purpose.encode(),
    ).derive(data_key)


def encrypt(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    """AES-256-GCM: a random nonce followed by the ciphertext and tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def decrypt(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    """Reverse ``encrypt``; raises ``InvalidTag`` if anything was changed."""
    return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)


def b64(data: bytes) -> str:
    """Base64 text for the JSON header."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    """Decode base64 from a header, treating anything malformed as damage."""
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError) as exc:
        raise CaseDamaged("The case file's header is damaged.") from exc


def wrap_key(wrapping_key: bytes, data_key: bytes, label: str) -> dict[str, str]:
    """Encrypt the data key under a passphrase- or recovery-derived key."""
    return {"sealed": b64(encrypt(wrapping_key, data_key, b"stillmine key " + label.encode()))}


def unwrap_key(wrapping_key: bytes, wrapped: Any, label: str) -> bytes:
    """Decrypt a wrapped data key; raises ``WrongPassphrase`` when the key does not fit."""
    try:
        sealed = unb64(wrapped["sealed"])
    except (KeyError, TypeError) as exc:
        raise CaseDamaged("The case file's header is damaged.") from exc
    try:
        return decrypt(wrapping_key, sealed, b"stillmine key " + label.encode())
    except InvalidTag:
        what = "recovery code" if label == "recovery" else "passphrase"
        raise WrongPassphrase(
            f"That {what} does not open this case. Check for typing mistakes and that Caps Lock "
            "is off, then try again; nothing has been changed."
        ) from None


# --- recovery codes -----------------------------------------------------------------------

_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# Characters people misread when copying a code by hand.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def new_recovery_code() -> str:
    """A random recovery code, grouped for reading aloud: ``ABCD-EFGH-...`` (8 groups)."""
    text = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def recovery_code_bytes(code: str) -> bytes:
    """The secret in a recovery code as typed (any case, spaces, dashes, look-alikes)."""
    cleaned = "".join(ch for ch in code.upper().translate(_LOOKALIKES) if ch in _BASE32)
    if len(cleaned) != _RECOVERY_BYTES * 8 // 5:
        raise WrongPassphrase(
            "A recovery code has 32 letters and digits, in 8 groups of 4. Check that you "
            "copied all of it."
        )
    return base64.b32decode(cleaned)


def recovery_wrapping_key(code: str) -> bytes:
    """The key a recovery code wraps the data key with (the code itself is random enough)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"stillmine recovery"
    ).derive(recovery_code_bytes(code))
