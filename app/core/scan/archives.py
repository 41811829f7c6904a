"""Zip exports (Slack, Discord, Telegram, WhatsApp), read member by member, never extracted.

Chat exports arrive as zips. A scan reads each member straight from the archive into memory
(or, when too large, into an ``EncryptedSpool``), so nothing found is ever written out in
the clear. Archives are hostile until proven otherwise, so before any member is read:

* a member that claims to expand more than ``MAX_RATIO`` times (beyond a small size) is
  refused as a zip bomb, and so is an archive whose members overlap (the "overlapping
  files" bomb, where one compressed block is counted many times) or that claims more than
  ``MAX_TOTAL_BYTES`` in all; Python's reader never produces more than a member's declared
  size, so declared sizes bound the work;
* only the stored and deflated methods are read (bzip2 and LZMA can expand one small read
  without limit);
* a zip inside a zip is opened in memory, one level deep;
* encrypted members need the archive's password (legacy ZipCrypto; AES-encrypted members
  cannot be read by Python's zip reader and are skipped with a message);
* member names are only shown, never used as paths, so ``../`` in them is harmless.
"""

import contextlib
import itertools
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Final

from app.core.errors import UserError
from app.core.sniff import SNIFF_BYTES

#: Refuse members that claim to expand more than this many times ...
MAX_RATIO: Final = 200
#: ... when they are at least this large once expanded.
RATIO_CHECK_BYTES: Final = 8 * 2**20
#: Refuse archives that claim to hold more than this in all.
MAX_TOTAL_BYTES: Final = 2 * 2**40
#: Refuse archives with more members than this.
MAX_MEMBERS: Final = 2_000_000
#: A zip inside a zip is opened in memory only up to this size.
MAX_NESTED_ARCHIVE_BYTES: Final = 512 * 2**20
#: How deep zips inside zips are opened.
MAX_DEPTH: Final = 2
#: Separates an archive's path from a member's name in the paths shown (``a.zip!b.jpg``).
SEPARATOR: Final = "!"

_READABLE_METHODS: Final = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_AES_METHOD: Final = 99
_LOCAL_HEADER: Final = struct.Struct("<4s5H3I2H")
_LOCAL_SIGNATURE: Final = b"PK\x03\x04"
#: What a wrong password gives: refused at once, or noise that fails its CRC or to unpack.
_PASSWORD_ERRORS: Final = (RuntimeError, zipfile.BadZipFile, EOFError, zlib.error)
#: What reading a damaged member raises ...
_DAMAGE_ERRORS: Final = (*_PASSWORD_ERRORS, ValueError)
#: ... and reading it from a file that cannot be read.
_READ_ERRORS: Final = (*_DAMAGE_ERRORS, OSError)


class ArchiveRefused(UserError):
    """A zip that StillMine will not read (a zip bomb, damaged, not a zip at all)."""

    code = "archive-refused"


class MemberRefused(UserError):
    """One member of a zip that StillMine will not read."""

    code = "member-refused"


class PasswordNeeded(UserError):
    """A member is encrypted and no (correct) password was given."""

    code = "password-needed"


def is_zip(head: bytes) -> bool:
    """Whether a file's first bytes are a zip's (an empty zip starts with its end record)."""
    return head.startswith((_LOCAL_SIGNATURE, b"PK\x05\x06"))


@dataclass(frozen=True, slots=True)
class Member:
    """One file inside a zip, as listed (nothing read yet).

    Attributes:
        name: the member's name inside the archive.
        size: its declared size once expanded.
        encrypted: whether it needs the password.
        index: its place in the archive's list of entries (names need not be unique: a
            second member of the same name must not hide the first).
        problem: why it will not be read, or None.
    """

    name: str
    size: int
    encrypted: bool
    index: int
    problem: UserError | None = None


def list_members(archive: zipfile.ZipFile, label: str) -> list[Member]:
    """The archive's files (folders left out), each checked; raises for a hostile archive.

    Raises:
        ArchiveRefused: a zip bomb by total size or overlapping members, or too many members.
    """
    entries = [(index, info) for index, info in enumerate(archive.infolist()) if not info.is_dir()]
    infos = [info for _, info in entries]
    if len(infos) > MAX_MEMBERS:
        raise ArchiveRefused(
            f"“{label}” holds {len(infos):,} files, more than StillMine opens in one archive."
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise ArchiveRefused(
            f"“{label}” claims to hold {total / 2**40:,.1f} TB once unpacked. It is a zip "
            "bomb (a file made to exhaust a computer), so it was not opened."
        )
    _refuse_overlaps(archive, infos, label)
    return [_member(index, info, label) for index, info in entries]


def _member(index: int, info: zipfile.ZipInfo, label: str) -> Member:
    encrypted = bool(info.flag_bits & 0x1)
    shown = f"{label}{SEPARATOR}{info.filename}"
    problem: UserError | None = None
    if info.compress_type == _AES_METHOD:
        problem = PasswordNeeded(
            f"“{shown}” is protected with AES encryption, which StillMine cannot open."
        )
    elif info.compress_type not in _READABLE_METHODS:
        problem = MemberRefused(
            f"“{shown}” is compressed with a method StillMine does not read (only “stored” "
            "and “deflated”, which chat exports use)."
        )
    elif info.file_size >= RATIO_CHECK_BYTES and info.file_size > MAX_RATIO * max(
        1, info.compress_size
    ):
        problem = MemberRefused(
            f"“{shown}” claims to expand {info.file_size // max(1, info.compress_size):,} "
            "times. That is what zip bombs do, so it was not opened."
        )
    return Member(info.filename, info.file_size, encrypted, index, problem)


def _refuse_overlaps(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], label: str) -> None:
    """Every member's data must end before the next member's header starts."""
    source = archive.fp
    if source is None:
        return
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for info, following in itertools.pairwise(ordered):
        source.seek(info.header_offset)
        header = source.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
            raise ArchiveRefused(f"“{label}” is damaged: a file's header is missing.")
        name_length, extra_length = _LOCAL_HEADER.unpack(header)[-2:]
        end = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        if end + info.compress_size > following.header_offset:
            raise ArchiveRefused(
                f"“{label}” has files that overlap inside it, a trick zip bombs use, so it "
                "was not opened."
            )


PasswordSource = Callable[[str, int], bytes | None]
"""Asked for an archive's password: (the archive as shown, attempt number from 1) -> the
password, or None to skip its encrypted files."""


def no_passwords(_label: str, _attempt: int) -> bytes | None:
    """A ``PasswordSource`` that never has a password."""
    return None


def find_password(
    archive: zipfile.ZipFile, members: list[Member], label: str, passwords: PasswordSource
) -> bytes | None:
    """Ask for the archive's password until one opens its smallest encrypted member.

    Returns None when there are no readable encrypted members or the user gives up.
    """
    encrypted = [m for m in members if m.encrypted and m.problem is None]
    if not encrypted:
        return None
    probe = min(encrypted, key=lambda member: member.size)
    attempt = 1
    while (password := passwords(label, attempt)) is not None:
        try:
            with archive.open(archive.infolist()[probe.index], pwd=password) as stream:
                while stream.read(1 << 20):
                    pass
            return password
        except _PASSWORD_ERRORS:
            attempt += 1
    return None


def open_archive(source: str | IO[bytes], label: str) -> zipfile.ZipFile:
    """Open a zip for reading, with a plain message when it is not one or is damaged."""
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ArchiveRefused(
            f"“{label}” looks like a zip archive but cannot be opened: it is damaged or incomplete."
        ) from None


def read_member(
    archive: zipfile.ZipFile, member: Member, label: str, password: bytes | None, limit: int
) -> bytes:
    """A member's whole content, up to ``limit`` bytes.

    Raises:
        MemberRefused, PasswordNeeded: when it cannot be read.
    """
    shown = f"{label}{SEPARATOR}{member.name}"
    if member.problem is not None:
        raise member.problem
    if member.encrypted and password is None:
        raise PasswordNeeded(f"“{shown}” is protected by the archive's password.")
    if member.size > limit:
        raise MemberRefused(f"“{shown}” is too large to read into memory.")
    with member_stream(archive, member, label, password) as stream:
        return _read_all(stream, shown, limit, encrypted=member.encrypted)


def member_stream(
    archive: zipfile.ZipFile, member: Member, label: str, password: bytes | None
) -> IO[bytes]:
    """An open stream of a member's content (the caller closes it)."""
    try:
        return archive.open(archive.infolist()[member.index], pwd=password)
    except (*_READ_ERRORS, NotImplementedError) as exc:
        raise _member_error(
            f"{label}{SEPARATOR}{member.name}", exc, encrypted=member.encrypted
        ) from None


def read_head_of(stream: IO[bytes], shown: str) -> bytes:
    """The first bytes of an open member, for recognising what it is."""
    return _read_all(stream, shown, SNIFF_BYTES, whole=False)


@contextlib.contextmanager
def reading_member(shown: str) -> Iterator[None]:
    """Around copying a member's stream: what its damaged data raises becomes a ``UserError``
    (an ``OSError`` is left alone: it may come from where the copy goes).

    Raises:
        MemberRefused, PasswordNeeded: when the member's data is damaged.
    """
    try:
        yield
    except _DAMAGE_ERRORS as exc:
        raise _member_error(shown, exc) from None


def _read_all(
    stream: IO[bytes], shown: str, limit: int, *, whole: bool = True, encrypted: bool = False
) -> bytes:
    try:
        data = stream.read(limit + 1)
    except _READ_ERRORS as exc:
        raise _member_error(shown, exc, encrypted=encrypted) from None
    if whole and len(data) > limit:
        raise MemberRefused(f"“{shown}” is larger than it claims, so it was not read.")
    return data[:limit]


def _member_error(shown: str, exc: Exception, *, encrypted: bool = False) -> UserError:
    if isinstance(exc, RuntimeError) and "password" in str(exc).lower():
        return PasswordNeeded(f"“{shown}”: the password given for the archive does not open it.")
    if encrypted and not isinstance(exc, OSError):
        # A zip's classic encryption checks a password against one byte, so one wrong password
        # in 256 gets past the check and only shows as garbled data.
        return PasswordNeeded(
            f"“{shown}”: the password given for the archive does not open it, or the file is "
            "damaged inside the archive."
        )
    return MemberRefused(f"“{shown}” is damaged inside the archive and could not be read.")
