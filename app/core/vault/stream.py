"""Encryption of data too large to hold in memory: AES-256-GCM in 1 MiB chunks.

Each chunk is sealed on its own with a nonce made of a random per-stream prefix, the chunk's
number and a flag marking the last chunk (the "STREAM" construction), so chunks cannot be
reordered, dropped, or the stream cut short without the reader noticing. Used for evidence
files and export bundles.
"""

import io
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


class StreamWriter(io.RawIOBase):
    """A writable file object that encrypts into ``sink``; ``close`` seals the last chunk."""

    def __init__(self, key: bytes, sink: BinaryIO, associated: bytes) -> None:
        super().__init__()
        self._cipher = AESGCM(key)
        self._sink = sink
        self._associated = associated
        self._prefix = os.urandom(_PREFIX_BYTES)
        self._pending = bytearray()
        self._index = 0
        self.size = 0
        sink.write(self._prefix)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._pending += data
        self.size += len(data)
        # Keep at least one byte back: the last chunk must be sealed as the last one.
        while len(self._pending) > CHUNK_BYTES:
            self._seal(bytes(self._pending[:CHUNK_BYTES]), last=False)
            del self._pending[:CHUNK_BYTES]
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._pending), last=True)
            self._pending.clear()
        super().close()

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._sink.write(self._cipher.encrypt(nonce, chunk, self._associated))
        self._index += 1


class StreamReader(io.RawIOBase):
    """A readable file object that decrypts ``source``, chunk by verified chunk.

    Reading past the end of a stream that never had its last chunk raises ``StreamDamaged``.
    """

    def __init__(self, key: bytes, source: BinaryIO, associated: bytes) -> None:
        super().__init__()
        self._cipher = AESGCM(key)
        self._source = source
        self._associated = associated
        self._prefix = source.read(_PREFIX_BYTES)
        if len(self._prefix) != _PREFIX_BYTES:
            raise StreamDamaged("too short")
        self._index = 0
        self._buffer = b""
        self._next_sealed = source.read(CHUNK_BYTES + _TAG_BYTES)
        self._finished = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while not self._finished and (size < 0 or len(self._buffer) < size):
            self._open_next_chunk()
        if size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def _open_next_chunk(self) -> None:
        sealed = self._next_sealed
        following = self._source.read(CHUNK_BYTES + _TAG_BYTES)
        last = not following
        try:
            chunk = self._cipher.decrypt(
                _nonce(self._prefix, self._index, last), sealed, self._associated
            )
        except InvalidTag:
            raise StreamDamaged("a chunk does not authenticate (cut short or changed)") from None
        self._buffer += chunk
        self._index += 1
        self._next_sealed = following
        self._finished = last


def encrypt_stream(key: bytes, source: BinaryIO, sink: BinaryIO, associated: bytes) -> int:
    """Encrypt everything ``source`` yields into ``sink``; return the plaintext size."""
    writer = StreamWriter(key, sink, associated)
    while chunk := source.read(CHUNK_BYTES):
        writer.write(chunk)
    writer.close()
    return writer.size


def decrypt_stream(key: bytes, source: BinaryIO, sink: BinaryIO, associated: bytes) -> int:
    """Decrypt a whole stream into ``sink``; return the plaintext size.

    Raises:
        StreamDamaged: anything is missing, changed or out of order.
    """
    reader = StreamReader(key, source, associated)
    total = 0
    while chunk := reader.read(CHUNK_BYTES):
        sink.write(chunk)
        total += len(chunk)
    return total
