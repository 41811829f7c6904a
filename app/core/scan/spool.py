"""An encrypted temporary file, for a found file too large to hold in memory.

A video inside a zip export can be gigabytes; FFmpeg needs to seek in it, and a zip member
can only be read from its start. Such a member is copied once into a temporary file, but
never in the clear: every byte is encrypted with AES-256 in counter mode under a random key
that exists only in this process's memory, so the temporary file is noise to anyone else,
now or after a crash. Counter mode lets the reader decrypt from any offset, so the file can
be read and sought like the original. The file lives in a private folder (mode 0700) and
both are removed on close.
"""

import io
import os
import shutil
import tempfile
from typing import IO, Any, Final

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_BLOCK: Final = 16
_COPY_CHUNK: Final = 4 * 2**20


class EncryptedSpool:
    """A write-once, then seekable read-only, encrypted temporary copy of a stream.

    Use it as a context manager; the temporary file is deleted on exit. ``write_from`` copies
    a stream in; afterwards ``reader()`` reads it back like the original file.
    """

    def __init__(self) -> None:
        self._key = os.urandom(32)
        # A random upper half and a zero lower half: the block counter never wraps.
        self._nonce = int.from_bytes(os.urandom(8), "big") << 64
        self._folder = tempfile.mkdtemp(prefix="stillmine-")
        self.path = os.path.join(self._folder, "spool")
        try:
            self._file: IO[bytes] = open(self.path, "w+b")  # noqa: SIM115 - closed by close()
        except OSError:
            shutil.rmtree(self._folder, ignore_errors=True)
            raise
        self._size = 0

    def __enter__(self) -> "EncryptedSpool":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def write_from(self, stream: IO[bytes]) -> int:
        """Copy all of ``stream`` in, encrypted; returns the number of bytes copied."""
        encryptor = self._cipher(0).encryptor()
        while chunk := stream.read(_COPY_CHUNK):
            self._file.write(encryptor.update(chunk))
            self._size += len(chunk)
        self._file.write(encryptor.finalize())
        self._file.flush()
        return self._size

    def reader(self) -> io.BufferedReader:
        """A seekable binary stream of the plaintext (after ``write_from``)."""
        return io.BufferedReader(_SpoolReader(self), buffer_size=_COPY_CHUNK)

    def read_at(self, position: int, count: int) -> bytes:
        """Up to ``count`` plaintext bytes from ``position``."""
        count = max(0, min(count, self._size - position))
        if not count:
            return b""
        first_block = position // _BLOCK
        skip = position - first_block * _BLOCK
        self._file.seek(first_block * _BLOCK)
        ciphertext = self._file.read(skip + count)
        return self._cipher(first_block).decryptor().update(ciphertext)[skip:]

    @property
    def size(self) -> int:
        """Bytes of plaintext held."""
        return self._size

    def close(self) -> None:
        """Close and delete the temporary file and its folder."""
        if not self._file.closed:
            self._file.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def _cipher(self, block: int) -> Cipher[modes.CTR]:
        counter = (self._nonce + block).to_bytes(_BLOCK, "big")
        return Cipher(algorithms.AES(self._key), modes.CTR(counter))


class _SpoolReader(io.RawIOBase):
    """The plaintext of an ``EncryptedSpool``, as a raw seekable stream."""

    def __init__(self, spool: EncryptedSpool) -> None:
        super().__init__()
        self._spool = spool
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._spool.size}
        self._position = max(0, base[whence] + offset)
        return self._position

    def readinto(self, buffer: Any) -> int:
        data = self._spool.read_at(self._position, len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)
