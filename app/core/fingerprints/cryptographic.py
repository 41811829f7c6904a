"""Exact fingerprints: MD5 and SHA-256 of a file's bytes.

They recognise byte-for-byte copies only: any re-encoding, trim or single changed pixel gives
a new value. StopNCII identifies videos by the MD5 of the whole file; the case file and the
evidence log cite files by SHA-256.
"""

import hashlib
from typing import ClassVar

from app.core.fingerprints.base import HashAlgorithm


class Md5(HashAlgorithm):
    """MD5 of the whole file (128 bits). Used to recognise copies, never for security."""

    NAME: ClassVar[str] = "md5"
    LABEL: ClassVar[str] = "MD5"
    BITS: ClassVar[int] = 128


class Sha256(HashAlgorithm):
    """SHA-256 of the whole file (256 bits)."""

    NAME: ClassVar[str] = "sha256"
    LABEL: ClassVar[str] = "SHA-256"
    BITS: ClassVar[int] = 256


def file_digests(data: bytes) -> tuple[str, str]:
    """Return the (SHA-256, MD5) hex digests of bytes already in memory (read once)."""
    return hashlib.sha256(data).hexdigest(), hashlib.md5(data, usedforsecurity=False).hexdigest()
