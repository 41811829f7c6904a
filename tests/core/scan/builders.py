"""Builders shared by the scan tests: the user's references, edited copies, hand-made zips,
a real case file, and an in-process scan.

Zips are written by hand where Python's ``zipfile`` cannot help: it cannot encrypt (legacy
ZipCrypto is implemented here from the PKWARE APPNOTE, section 6.1) and will not write
entries that overlap. Nothing binary is committed; every file is made from the real
photographs of ``../shared/testdata``.
"""

import bz2
import functools
import os
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PIL import Image

from app.core.fingerprints.image import fingerprint_image_and_pixels
from app.core.fingerprints.model import ImageFingerprint
from app.core.progress import NEVER
from app.core.scan import engine
from app.core.scan.archives import PasswordSource, no_passwords
from app.core.scan.engine import ScannedFile, ScanOutcome, SkippedFile
from app.core.scan.matcher import Match, ReferenceSet
from app.core.scan.references import reference_from_fingerprint
from app.core.vault import TEST_ONLY_WEAK_KDF, AgeInContent, CaseFile, Item, item_from_fingerprint
from app.core.vault.repository import CaseRepository
from tests.edits import EDITS

#: The passphrase of every case the scan tests create.
CASE_PASSPHRASE: Final = "correct horse battery staple"
#: The passphrase the user shares with a helper.
SHARED_PASSPHRASE: Final = "blue kettle on the windowsill"

ZIP_STORED: Final = 0
ZIP_DEFLATED: Final = 8
ZIP_BZIP2: Final = 12
#: WinZip's AES encryption (only its method number: Python cannot read such members anyway).
ZIP_AES: Final = 99

_LOCAL = struct.Struct("<4s5H3I2H")
_CENTRAL = struct.Struct("<4s6H3I5H2I")
_END = struct.Struct("<4s4H2IH")
_VERSION = 20
# 2026-01-02 03:04:06 in MS-DOS format (any fixed time will do).
_DOS_TIME, _DOS_DATE = (3 << 11) | (4 << 5) | 3, ((2026 - 1980) << 9) | (1 << 5) | 2


# --- pictures and references ------------------------------------------------------------------


def load(path: Path) -> Image.Image:
    """A photograph as RGB."""
    with Image.open(path) as image:
        return image.convert("RGB")


@functools.cache
def edited(photo: Path, edit: str) -> bytes:
    """The file of ``photo`` after one of ``tests/edits.py``'s edits (made once: a
    screenshot's PNG takes a third of a second to encode)."""
    return EDITS[edit](load(photo))


@functools.cache
def fingerprint_of(data: bytes, name: str = "picture") -> ImageFingerprint:
    """A picture's fingerprints (cached: the same photos are fingerprinted by many tests)."""
    return fingerprint_image_and_pixels(data, name)[0]


def reference_set(paths: Sequence[Path]) -> ReferenceSet:
    """The pictures at ``paths`` as the user's references, keyed by their paths."""
    return ReferenceSet(
        [reference_from_fingerprint(fingerprint_of(path.read_bytes()), str(path)) for path in paths]
    )


def matches_of(data: bytes, references: ReferenceSet, name: str = "found") -> list[Match]:
    """What a scan finds in one picture's file, computed here (no worker process)."""
    fingerprint, decoded = fingerprint_image_and_pixels(data, name)
    return references.match_image(fingerprint, decoded.pixels)


# --- scanning in this process -----------------------------------------------------------------


def scan_here(
    paths: Iterable[str | Path],
    references: ReferenceSet,
    passwords: PasswordSource = no_passwords,
) -> list[ScanOutcome]:
    """``scan_paths`` without worker processes: the same walk and the same per-file work,
    so tests can replace the engine's constants and functions (workers would not see that).
    """
    try:
        return [
            outcome
            for task in engine._tasks([str(path) for path in paths], passwords, NEVER)
            for outcome in engine.scan_task(references, task)
        ]
    finally:
        # A worker keeps archives open between tasks; here the test is the worker.
        while engine._archives:
            engine._archives.popitem()[1].close()


def by_path(outcomes: Iterable[ScanOutcome]) -> dict[str, ScanOutcome]:
    """Outcomes keyed by the path shown."""
    return {outcome.path: outcome for outcome in outcomes}


def scanned(outcome: ScanOutcome) -> ScannedFile:
    """The outcome, which must be a ``ScannedFile``."""
    assert isinstance(outcome, ScannedFile), outcome
    return outcome


def skipped(outcome: ScanOutcome) -> SkippedFile:
    """The outcome, which must be a ``SkippedFile``."""
    assert isinstance(outcome, SkippedFile), outcome
    return outcome


# --- zip archives made by hand ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZipEntry:
    """One member of a hand-made zip.

    Attributes:
        name: its name in the archive (written as given, ``../`` included).
        data: its content.
        method: ``ZIP_STORED``, ``ZIP_DEFLATED``, ``ZIP_BZIP2`` or ``ZIP_AES``.
        password: encrypt it with legacy ZipCrypto under this password.
    """

    name: str
    data: bytes
    method: int = ZIP_STORED
    password: bytes | None = None


def raw_zip(entries: Sequence[ZipEntry]) -> bytes:
    """A zip archive holding ``entries``, written byte by byte."""
    body = bytearray()
    central = bytearray()
    for entry in entries:
        offset = len(body)
        local, record = _entry_records(entry, offset)
        body += local
        central += record
    return bytes(body) + bytes(central) + _end(len(entries), len(central), len(body))


def overlapping_zip(outer: ZipEntry, inner: ZipEntry) -> bytes:
    """A zip whose first member's data holds the whole second member, header included: the
    "overlapping files" zip bomb, where the same bytes are counted for two members."""
    inner_local, _ = _entry_records(inner, 0)
    carrier = ZipEntry(outer.name, inner_local)
    outer_local, outer_record = _entry_records(carrier, 0)
    inner_offset = _LOCAL.size + len(outer.name.encode())
    _, inner_record = _entry_records(inner, inner_offset)
    central = outer_record + inner_record
    return outer_local + central + _end(2, len(central), len(outer_local))


def _entry_records(entry: ZipEntry, offset: int) -> tuple[bytes, bytes]:
    """(local header + data, central directory record) of one member at ``offset``."""
    name = entry.name.encode("utf-8")
    crc = zlib.crc32(entry.data)
    payload = _compress(entry.data, entry.method)
    flags = 0x800  # names in UTF-8
    if entry.method == ZIP_AES:
        flags |= 0x1
    if entry.password is not None:
        flags |= 0x1
        payload = zipcrypto_encrypt(payload, entry.password, crc)
    fields = (entry.method, _DOS_TIME, _DOS_DATE, crc, len(payload), len(entry.data))
    local = _LOCAL.pack(b"PK\x03\x04", _VERSION, flags, *fields, len(name), 0) + name + payload
    record = (
        _CENTRAL.pack(
            b"PK\x01\x02", _VERSION, _VERSION, flags, *fields, len(name), 0, 0, 0, 0, 0, offset
        )
        + name
    )
    return local, record


def _end(count: int, central_size: int, central_offset: int) -> bytes:
    return _END.pack(b"PK\x05\x06", 0, 0, count, count, central_size, central_offset, 0)


def _compress(data: bytes, method: int) -> bytes:
    if method in (ZIP_STORED, ZIP_AES):
        return data
    if method == ZIP_DEFLATED:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush()
    if method == ZIP_BZIP2:
        return bz2.compress(data)
    raise ValueError(f"no such zip method in these tests: {method}")


@functools.cache
def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        table.append(value)
    return tuple(table)


class _ZipCryptoKeys:
    """The three keys of PKWARE's traditional encryption (APPNOTE 6.1.5)."""

    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self.update(byte)

    @staticmethod
    def _crc(value: int, byte: int) -> int:
        return (value >> 8) ^ _crc_table()[(value ^ byte) & 0xFF]

    def update(self, byte: int) -> None:
        self.keys[0] = self._crc(self.keys[0], byte)
        self.keys[1] = (self.keys[1] + (self.keys[0] & 0xFF)) & 0xFFFFFFFF
        self.keys[1] = (self.keys[1] * 134775813 + 1) & 0xFFFFFFFF
        self.keys[2] = self._crc(self.keys[2], self.keys[1] >> 24)

    def stream_byte(self) -> int:
        temp = (self.keys[2] | 2) & 0xFFFF
        return ((temp * (temp ^ 1)) >> 8) & 0xFF

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            out.append(byte ^ self.stream_byte())
            self.update(byte)
        return bytes(out)


def zipcrypto_encrypt(payload: bytes, password: bytes, crc: int) -> bytes:
    """A member's (compressed) data encrypted with ZipCrypto: the 12-byte header (11 random
    bytes and the CRC's top byte, which readers check the password against), then the data."""
    header = os.urandom(11) + bytes([crc >> 24])
    return _ZipCryptoKeys(password).encrypt(header + payload)


# --- a real case file -------------------------------------------------------------------------


def make_case(folder: Path, photos: Sequence[Path], labels: Sequence[str] = ()) -> list[Item]:
    """A new case (test-only weak key settings) holding the photos as items; the items, with
    their ids, in the order given."""
    items = [
        item_from_fingerprint(
            fingerprint_of(path.read_bytes()),
            labels[number] if labels else f"My photo {number + 1}",
            age_in_content=AgeInContent.ADULT,
            user_appears=True,
            original_path=str(path),
        )
        for number, path in enumerate(photos)
    ]
    case, _code = CaseFile.create(folder, CASE_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    with case:
        return case.change(lambda repo: [repo.add_item(item) for item in items])


def case_contents(folder: Path) -> tuple[list[Item], list["SightingRow"]]:
    """The items and sightings (with their match methods) of the case in ``folder``."""
    with CaseFile.open(folder, passphrase=CASE_PASSPHRASE) as case:
        return case.read(_contents)


@dataclass(frozen=True, slots=True)
class SightingRow:
    """A sighting as the tests look at it."""

    url: str
    how_found: str
    found_file_sha256: str | None
    item_ids: tuple[int, ...]
    methods: tuple[str, ...]


def _contents(repo: CaseRepository) -> tuple[list[Item], list[SightingRow]]:
    methods = repo.sighting_match_methods()
    rows = [
        SightingRow(
            sighting.url,
            sighting.how_found,
            sighting.found_file_sha256,
            tuple(sighting.item_ids),
            tuple(methods[(sighting.id, item)] for item in sighting.item_ids),
        )
        for sighting in repo.sightings()
    ]
    return repo.items(), rows
