"""Helper mode: a trusted person scans what they found, and never sees the user's pictures.

The user exports a **helper package**: the fingerprints of their pictures and videos with
neutral labels ("Picture 1") and each picture's shape (width / height, rounded: it helps
to find a picture shown inside a screenshot), and nothing else (no pictures, no file names,
no privacy findings, no case details), encrypted under a passphrase they share another way. The
helper opens it in their own StillMine, scans what they found, and exports a **match
report**: for each match, the label, the found file's SHA-256 and MD5, how it matched,
where they found it and when. It is encrypted under the same passphrase and tied to the
package by the package's random id. The user imports it as sightings, without ever having
to look at the copies.

Both files are ``MAGIC``, a length-prefixed JSON header (format, version, the Argon2id
settings and salt), then one AES-256-GCM sealed JSON body whose associated data is the
magic and the header, so neither can be altered or swapped unnoticed.
"""

import json
import os
import secrets
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag

from app.core.errors import UserError
from app.core.files import display_name, file_error
from app.core.fingerprints.model import MediaKind
from app.core.scan.matcher import Reference
from app.core.scan.references import checked_hex, reference_from_item, reference_from_record
from app.core.vault.crypto import DEFAULT_KDF, KdfParams, b64, decrypt, encrypt, new_salt, unb64
from app.core.vault.errors import CaseDamaged, WrongPassphrase
from app.core.vault.models import Item

PACKAGE_MAGIC: Final = b"SMHELP\x00\x01"
REPORT_MAGIC: Final = b"SMREPT\x00\x01"
PACKAGE_SUFFIX: Final = ".smpackage"
REPORT_SUFFIX: Final = ".smreport"
FORMAT_VERSION: Final = 1
#: A shared passphrase must be at least this long (the package holds every fingerprint).
MIN_PASSPHRASE_LENGTH: Final = 10
_LENGTH = struct.Struct(">I")
_MAX_HEADER_BYTES: Final = 16 * 1024
_MAX_FILE_BYTES: Final = 512 * 2**20


class HelperFileDamaged(UserError):
    """A helper package or match report is damaged, or not one at all."""

    code = "helper-file-damaged"


class WeakSharedPassphrase(UserError):
    """The passphrase chosen for a package or report is too short."""

    code = "weak-passphrase"


@dataclass(frozen=True, slots=True)
class HelperPackage:
    """An opened helper package.

    Attributes:
        package_id: random id that the match report repeats.
        created_at: when the user made it.
        references: the fingerprints to look for; each key is the item's SHA-256.
    """

    package_id: str
    created_at: str
    references: tuple[Reference, ...]


@dataclass(frozen=True, slots=True)
class ReportedMatch:
    """One copy the helper found.

    Attributes:
        item_ref: the matched item's reference (its SHA-256) from the package.
        label: the neutral label from the package.
        found_sha256: SHA-256 of the found file.
        found_md5: its MD5.
        method: how it matched (``Method`` values).
        distance: the distance of that method.
        where: where the helper found it, in their words (a URL, a server and channel ...).
        found_at: when they found it (ISO 8601 with its time zone).
    """

    item_ref: str
    label: str
    found_sha256: str
    found_md5: str
    method: str
    distance: int
    where: str
    found_at: str


@dataclass(frozen=True, slots=True)
class MatchReport:
    """An opened match report."""

    package_id: str
    created_at: str
    matches: tuple[ReportedMatch, ...]
    note: str = ""


#: The nouns of a package's neutral labels ("Picture 1"): the package is written in English;
#: a helper's StillMine shows them in its own language (``neutral_label_parts``).
_NEUTRAL_NOUNS: Final = {MediaKind.IMAGE: "Picture", MediaKind.VIDEO: "Video"}
_KIND_OF_NOUN: Final = {noun: kind for kind, noun in _NEUTRAL_NOUNS.items()}


def neutral_label_parts(label: str) -> tuple[MediaKind, int] | None:
    """The kind and number of a package's neutral label ("Video 2"), or None for any other
    text."""
    noun, _, number = label.partition(" ")
    if noun not in _KIND_OF_NOUN or not number.isascii() or not number.isdigit():
        return None
    return _KIND_OF_NOUN[noun], int(number)


def package_items(items: Sequence[Item]) -> list[dict[str, Any]]:
    """The fingerprints of the case's items as a package lists them: hashes and neutral
    labels only ("Picture 1", "Video 1"), never the user's labels or anything else."""
    numbers = {MediaKind.IMAGE: 0, MediaKind.VIDEO: 0}
    records = []
    for item in items:
        reference = reference_from_item(item)
        numbers[reference.kind] += 1
        record: dict[str, Any] = {
            "ref": item.sha256,
            "label": f"{_NEUTRAL_NOUNS[reference.kind]} {numbers[reference.kind]}",
            "kind": reference.kind.value,
            "sha256": item.sha256,
            "md5": item.md5,
        }
        if reference.pdqs:
            record.update(pdq=reference.pdqs[0], pdq_quality=item.pdq_quality)
            if len(reference.pdqs) > 1:
                record["pdq_raw"] = reference.pdqs[1]
        if reference.crop is not None:
            record.update(crop_pdq=reference.crop.pdq, crop_coarse=reference.crop.coarse)
        if reference.aspect is not None:
            record["aspect"] = round(reference.aspect, 3)
        if reference.vpdq:
            record["vpdq"] = [frame.line() for frame in reference.vpdq]
        records.append(record)
    return records


def write_helper_package(
    path: Path,
    items: Sequence[Item],
    passphrase: str,
    *,
    created_at: datetime,
    kdf: KdfParams = DEFAULT_KDF,
) -> str:
    """Write a helper package of ``items``; returns its id."""
    if not items:
        raise UserError("The case has no pictures or videos to put in a helper package.")
    package_id = secrets.token_hex(8)
    body = {
        "package_id": package_id,
        "created_at": created_at.isoformat(),
        "items": package_items(items),
    }
    _write_sealed(path, PACKAGE_MAGIC, "stillmine-helper-package", body, passphrase, kdf=kdf)
    return package_id


def read_helper_package(path: Path, passphrase: str) -> HelperPackage:
    """Open a helper package.

    Raises:
        WrongPassphrase, HelperFileDamaged: when it cannot be opened.
    """
    body = _read_sealed(path, PACKAGE_MAGIC, "helper package", passphrase)
    try:
        references = tuple(
            reference_from_record(record, str(record["ref"]), str(record["label"]))
            for record in body["items"]
        )
        return HelperPackage(str(body["package_id"]), str(body["created_at"]), references)
    except (KeyError, TypeError, ValueError, UserError) as exc:
        raise _damaged(path, "helper package") from exc


def write_match_report(
    path: Path,
    package: HelperPackage,
    matches: Iterable[ReportedMatch],
    passphrase: str,
    *,
    created_at: datetime,
    note: str = "",
    kdf: KdfParams = DEFAULT_KDF,
) -> int:
    """Write the helper's match report for ``package``; returns the number of matches."""
    listed = [vars_of(match) for match in matches]
    body = {
        "package_id": package.package_id,
        "created_at": created_at.isoformat(),
        "note": note,
        "matches": listed,
    }
    _write_sealed(path, REPORT_MAGIC, "stillmine-match-report", body, passphrase, kdf=kdf)
    return len(listed)


def read_match_report(path: Path, passphrase: str) -> MatchReport:
    """Open a helper's match report.

    Raises:
        WrongPassphrase, HelperFileDamaged: when it cannot be opened.
    """
    body = _read_sealed(path, REPORT_MAGIC, "match report", passphrase)
    try:
        matches = tuple(
            ReportedMatch(
                item_ref=str(entry["item_ref"]),
                label=str(entry["label"]),
                found_sha256=checked_hex(entry["found_sha256"], 64),
                found_md5=str(entry["found_md5"]),
                method=str(entry["method"]),
                distance=int(entry["distance"]),
                where=str(entry["where"]),
                found_at=str(entry["found_at"]),
            )
            for entry in body["matches"]
        )
        return MatchReport(
            str(body["package_id"]), str(body["created_at"]), matches, str(body.get("note", ""))
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(path, "match report") from exc


def vars_of(match: ReportedMatch) -> dict[str, Any]:
    """A reported match as the report's JSON stores it."""
    return {name: getattr(match, name) for name in ReportedMatch.__slots__}


def is_helper_package(path: Path) -> bool:
    """Whether ``path`` is a file that starts like a helper package."""
    return _starts_with(path, PACKAGE_MAGIC)


def is_match_report(path: Path) -> bool:
    """Whether ``path`` is a file that starts like a match report."""
    return _starts_with(path, REPORT_MAGIC)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False


def _write_sealed(
    path: Path,
    magic: bytes,
    format_name: str,
    body: dict[str, Any],
    passphrase: str,
    *,
    kdf: KdfParams,
) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakSharedPassphrase(
            f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters, and share "
            "it another way than the file (for example by phone)."
        )
    salt = new_salt()
    header = json.dumps(
        {"format": format_name, "version": FORMAT_VERSION, "kdf": kdf.to_json(), "salt": b64(salt)},
        sort_keys=True,
    ).encode("utf-8")
    prefix = magic + _LENGTH.pack(len(header)) + header
    key = kdf.derive(passphrase.encode("utf-8"), salt)
    sealed = encrypt(key, json.dumps(body, ensure_ascii=True).encode("utf-8"), prefix)
    staging = path.with_name(path.name + ".partial")
    try:
        with open(staging, "wb") as handle:
            handle.write(prefix + sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staging, path)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise file_error(str(path), exc) from None


def _read_sealed(path: Path, magic: bytes, what: str, passphrase: str) -> dict[str, Any]:
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise _damaged(path, what)
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(str(path), exc) from None
    if not data.startswith(magic) or len(data) < len(magic) + _LENGTH.size:
        raise HelperFileDamaged(f"“{display_name(str(path))}” is not a StillMine {what}.")
    (length,) = _LENGTH.unpack_from(data, len(magic))
    start = len(magic) + _LENGTH.size
    if length > _MAX_HEADER_BYTES or start + length > len(data):
        raise _damaged(path, what)
    prefix = data[: start + length]
    try:
        header = json.loads(prefix[start:])
        kdf = KdfParams.from_json(header["kdf"])
        salt = unb64(header["salt"])
    except (ValueError, KeyError, TypeError, CaseDamaged) as exc:
        raise _damaged(path, what) from exc
    key = kdf.derive(passphrase.encode("utf-8"), salt)
    try:
        body = json.loads(decrypt(key, data[len(prefix) :], prefix))
    except InvalidTag:
        raise WrongPassphrase(
            f"The passphrase does not open “{display_name(str(path))}”, or the file was "
            "changed or damaged on the way. Check the passphrase with the person who sent it."
        ) from None
    except ValueError as exc:
        raise _damaged(path, what) from exc
    if not isinstance(body, dict):
        raise _damaged(path, what)
    return body


def _damaged(path: Path, what: str) -> HelperFileDamaged:
    return HelperFileDamaged(
        f"“{display_name(str(path))}” is damaged or incomplete: it cannot be read as a "
        f"StillMine {what}. Ask for it to be sent again."
    )
