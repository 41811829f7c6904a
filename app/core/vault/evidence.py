"""Evidence files (screenshots, recordings): encrypted beside the case file, named by SHA-256.

They are written once, when added, and never rewritten when the case is saved. Each file is
encrypted in chunks (``stream``) with the case's evidence key; its name is the SHA-256 of the
original bytes, which is checked again whenever it is read back.
"""

import contextlib
import hashlib
import io
import os
import secrets
from pathlib import Path
from typing import BinaryIO, Final

from app.core.errors import UserError
from app.core.vault.stream import StreamDamaged, decrypt_stream, encrypt_stream

FOLDER_NAME: Final = "evidence"
SUFFIX: Final = ".sme"
_ASSOCIATED: Final = b"stillmine evidence"
#: The largest evidence file accepted (a long screen recording fits).
MAX_EVIDENCE_BYTES: Final = 2 * 2**30


class EvidenceDamaged(UserError):
    """A stored evidence file is missing, damaged or not the one recorded."""

    code = "evidence-damaged"


class _HashingReader(io.RawIOBase):
    """Reads a stream while hashing it and counting its size."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._source.read(size)
        self.sha256.update(chunk)
        self.size += len(chunk)
        if self.size > MAX_EVIDENCE_BYTES:
            raise UserError(
                f"That file is larger than {MAX_EVIDENCE_BYTES // 2**30} GB, the most StillMine "
                "keeps as evidence."
            )
        return chunk


class EvidenceStore:
    """The encrypted evidence files of one case."""

    def __init__(self, case_folder: Path, key: bytes) -> None:
        self._folder = case_folder / FOLDER_NAME
        self._key = key

    def path(self, sha256: str) -> Path:
        """Where the evidence file with this SHA-256 is stored."""
        return self._folder / f"{sha256}{SUFFIX}"

    def add(self, source: BinaryIO) -> tuple[str, int]:
        """Encrypt and store a file's content; return its SHA-256 (hex) and size.

        Adding the same content twice stores it once.
        """
        self._folder.mkdir(mode=0o700, exist_ok=True)
        temporary = self._folder / f".adding-{secrets.token_hex(6)}"
        reader = _HashingReader(source)
        try:
            with open(temporary, "xb") as sink:
                encrypt_stream(self._key, reader, sink, _ASSOCIATED)  # type: ignore[arg-type]
                sink.flush()
                os.fsync(sink.fileno())
            sha256 = reader.sha256.hexdigest()
            os.replace(temporary, self.path(sha256))
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        return sha256, reader.size

    def read(self, sha256: str) -> bytes:
        """Decrypt an evidence file and check that it is the one recorded."""
        plain = io.BytesIO()
        try:
            with open(self.path(sha256), "rb") as source:
                decrypt_stream(self._key, source, plain, _ASSOCIATED)
        except FileNotFoundError:
            raise EvidenceDamaged(
                f"The evidence file {sha256[:12]}… is missing from the case folder."
            ) from None
        except StreamDamaged:
            raise EvidenceDamaged(
                f"The evidence file {sha256[:12]}… is damaged or was changed."
            ) from None
        data = plain.getvalue()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise EvidenceDamaged(f"The evidence file {sha256[:12]}… is not the one recorded.")
        return data

    def stored(self) -> list[str]:
        """SHA-256 of every evidence file on disk."""
        if not self._folder.is_dir():
            return []
        return sorted(path.stem for path in self._folder.glob(f"*{SUFFIX}"))
