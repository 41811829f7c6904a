"""Encryption of files too large to hold in memory: AES-256-GCM in 1 MiB chunks.

Each chunk is sealed on its own with a nonce made of a random per-file prefix, the chunk's
number and a flag marking the last chunk (the "STREAM" construction), so chunks cannot be
reordered, dropped, or the file cut short without the reader noticing. Used for evidence
files and export bundles.
"""

import os
from typing import BinaryIO, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CHUNK_BYTES: Final = 1024 * 1024
_TAG_BYTES: Final = 16
_PREFIX_BYTES: Final = 7
_MAX_CHUNKS: Final = 2**32 - 1


class StreamDamaged(ValueError):
    """The encrypted stream is truncated, reordered, changed, or the key is wrong."""


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index > _MAX_CHUNKS:
        raise StreamDamaged("stream too long")
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def encrypt_stream(key: bytes, source: BinaryIO, sink: BinaryIO, associated: bytes) -> int:
    """Encrypt everything ``source`` yields into ``sink``; return the plaintext size."""
    cipher = AESGCM(key)
    prefix = os.urandom(_PREFIX_BYTES)
    sink.write(prefix)
    total = index = 0
    chunk = source.read(CHUNK_BYTES)
    while True:
        following = source.read(CHUNK_BYTES) if len(chunk) == CHUNK_BYTES else b""
        last = not following
        sink.write(cipher.encrypt(_nonce(prefix, index, last), chunk, associated))
        total += len(chunk)
        if last:
            return total
        chunk, index = following, index + 1


def decrypt_stream(key: bytes, source: BinaryIO, sink: BinaryIO, associated: bytes) -> int:
    """Decrypt a stream written by ``encrypt_stream``; return the plaintext size.

    Raises:
        StreamDamaged: anything is missing, changed or out of order.
    """
    cipher = AESGCM(key)
    prefix = source.read(_PREFIX_BYTES)
    if len(prefix) != _PREFIX_BYTES:
        raise StreamDamaged("too short")
    total = index = 0
    sealed = source.read(CHUNK_BYTES + _TAG_BYTES)
    while True:
        following = source.read(CHUNK_BYTES + _TAG_BYTES) if sealed else b""
        last = not following
        try:
            chunk = cipher.decrypt(_nonce(prefix, index, last), sealed, associated)
        except InvalidTag:
            raise StreamDamaged("chunk does not authenticate") from None
        sink.write(chunk)
        total += len(chunk)
        if last:
            return total
        sealed, index = following, index + 1
