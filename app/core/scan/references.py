"""Where a scan's references come from: a fingerprint file, the case file, a helper package.

``stillmine fingerprint --json`` writes one JSON record per line (``records.py``); a scan
reads such a file back with ``references_from_jsonl``, line by line, with a message naming
the line when one is damaged. Items of the case file become references through
``reference_from_item``; helper packages hold the same fields (``helper.py``).
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from app.core.errors import UserError
from app.core.files import display_name, file_error
from app.core.fingerprints.base import InvalidHash
from app.core.fingerprints.crop import CropSignature
from app.core.fingerprints.model import ImageFingerprint, MediaFingerprint, MediaKind, VpdqFrame
from app.core.fingerprints.pdq import Pdq
from app.core.scan.matcher import Reference
from app.core.vault.models import Item

#: The largest fingerprint file read (a million pictures' records fit easily).
MAX_FINGERPRINT_FILE_BYTES: Final = 2 * 2**30
_HEX: Final = frozenset("0123456789abcdef")
#: The narrowest and the widest picture shapes (width / height) taken from a record.
MIN_ASPECT: Final = 0.05
MAX_ASPECT: Final = 20.0


class BadFingerprintFile(UserError):
    """A fingerprints file is empty, damaged, or not the output of ``stillmine fingerprint``."""

    code = "bad-fingerprint-file"


def reference_from_fingerprint(
    fingerprint: MediaFingerprint, key: str, label: str = ""
) -> Reference:
    """The reference for one freshly computed fingerprint."""
    if isinstance(fingerprint, ImageFingerprint):
        return Reference(
            key=key,
            label=label or display_name(key),
            kind=MediaKind.IMAGE,
            sha256=fingerprint.sha256,
            md5=fingerprint.md5,
            pdqs=_usable_pdqs(fingerprint.pdq, fingerprint.pdq_raw, fingerprint.pdq_quality),
            crop=fingerprint.crop,
            aspect=aspect_of(fingerprint.width, fingerprint.height),
        )
    return Reference(
        key=key,
        label=label or display_name(key),
        kind=MediaKind.VIDEO,
        sha256=fingerprint.sha256,
        md5=fingerprint.md5,
        vpdq=fingerprint.vpdq,
    )


def reference_from_record(record: dict[str, Any], key: str, label: str) -> Reference:
    """A reference from a fingerprint record's fields (JSONL, helper packages).

    Raises:
        ValueError, KeyError, TypeError, InvalidHash: when a field is missing or malformed.
    """
    kind = MediaKind(record.get("kind", MediaKind.IMAGE.value))
    sha256 = checked_hex(record["sha256"], 64)
    md5 = checked_hex(record["md5"], 32)
    if kind is MediaKind.VIDEO:
        frames = tuple(VpdqFrame.parse(line) for line in record.get("vpdq", []))
        for frame in frames:
            checked_hex(frame.pdq, 64)
        return Reference(key, label, kind, sha256, md5, vpdq=frames)
    crop = None
    if record.get("crop_pdq") and record.get("crop_coarse"):
        crop = CropSignature(
            checked_hex(record["crop_pdq"], 64), checked_hex(record["crop_coarse"], 16)
        )
    pdq = checked_hex(record["pdq"], 64) if record.get("pdq") else None
    raw = checked_hex(record["pdq_raw"], 64) if record.get("pdq_raw") else None
    quality = int(record.get("pdq_quality", 0))
    pdqs = _usable_pdqs(pdq, raw, quality)
    return Reference(key, label, kind, sha256, md5, pdqs, crop, aspect=_record_aspect(record))


def _record_aspect(record: dict[str, Any]) -> float | None:
    """A picture's shape from its record: ``aspect`` (helper packages) or ``width`` and
    ``height`` (``stillmine fingerprint --json``); None when missing or not sensible (the
    shape only helps to find the picture in screenshots, so a record is not refused for it)."""
    aspect = record.get("aspect")
    if aspect is None:
        return aspect_of(record.get("width"), record.get("height"))
    if isinstance(aspect, bool) or not isinstance(aspect, int | float):
        return None
    return _sensible(float(aspect))


def aspect_of(width: object, height: object) -> float | None:
    """``width / height``, or None unless both are positive whole numbers giving a shape
    between ``MIN_ASPECT`` and ``MAX_ASPECT``."""
    if isinstance(width, bool) or isinstance(height, bool):
        return None
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        return None
    return _sensible(width / height)


def _sensible(aspect: float) -> float | None:
    return aspect if MIN_ASPECT <= aspect <= MAX_ASPECT else None


def references_from_jsonl(path: str) -> list[Reference]:
    """The pictures and videos of a ``stillmine fingerprint --json`` file.

    Records of files that could not be fingerprinted (``"ok": false``) and duplicates are
    skipped; a damaged line stops the load with a message naming it.

    Raises:
        BadFingerprintFile: when the file is unreadable, empty, or has a damaged line.
    """
    name = display_name(path)
    references = []
    for number, record in _records(path):
        if not record.get("ok", True) or record.get("duplicate_of"):
            continue
        where = str(record.get("path") or f"line {number}")
        try:
            references.append(reference_from_record(record, where, display_name(where)))
        except (KeyError, ValueError, TypeError, InvalidHash, UserError) as exc:
            raise BadFingerprintFile(
                f"Line {number} of “{name}” is not a complete fingerprint record "
                f"({_what_is_wrong(exc)}). Make the file again with “stillmine fingerprint "
                "--json”."
            ) from None
    if not references:
        raise BadFingerprintFile(
            f"“{name}” holds no fingerprints to look for. Make it with “stillmine fingerprint "
            "--json PICTURES… > FILE”."
        )
    return references


def _records(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    name = display_name(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FINGERPRINT_FILE_BYTES:
            raise BadFingerprintFile(f"“{name}” is too large to be a fingerprint file.")
        # "utf-8-sig": Windows editors and PowerShell may start the file with a byte-order mark.
        with open(path, encoding="utf-8-sig") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield number, _parse_line(line, number, name)
    except OSError as exc:
        raise file_error(path, exc) from None
    except UnicodeDecodeError:
        raise BadFingerprintFile(
            f"“{name}” is not a text file of fingerprints (it may be a picture or a case file)."
        ) from None


def _parse_line(line: str, number: int, name: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        raise BadFingerprintFile(
            f"Line {number} of “{name}” is not valid JSON: the file is damaged or is not the "
            "output of “stillmine fingerprint --json”."
        ) from None
    if not isinstance(record, dict):
        raise BadFingerprintFile(f"Line {number} of “{name}” is not a fingerprint record.")
    return record


def _what_is_wrong(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"“{exc.args[0]}” is missing"
    return str(exc) or type(exc).__name__


def checked_hex(value: object, length: int) -> str:
    """``value`` as a lower-case hash of ``length`` hex digits.

    Raises:
        ValueError: when it is anything else.
    """
    # Checked digit by digit: int(text, 16) would also take spaces, "_" and "0x".
    if not isinstance(value, str) or len(value) != length or not set(value.lower()) <= _HEX:
        raise ValueError(f"a hash of {length} hex digits was expected, not {str(value)[:80]!r}")
    return value.lower()


def _usable_pdqs(pdq: str | None, raw: str | None, quality: int) -> tuple[str, ...]:
    if pdq is None or not Pdq.usable(quality):
        return ()
    return (pdq,) if raw is None else (pdq, raw)


def reference_from_item(item: Item) -> Reference:
    """The reference for one item of the case file."""
    kind = MediaKind(item.kind)
    crop = None
    if item.crop_pdq and item.crop_coarse:
        crop = CropSignature(item.crop_pdq, item.crop_coarse)
    return Reference(
        key=str(item.id),
        label=item.label,
        kind=kind,
        sha256=item.sha256,
        md5=item.md5,
        pdqs=_usable_pdqs(item.pdq, item.pdq_raw, item.pdq_quality or 0),
        crop=crop,
        vpdq=item.vpdq,
        aspect=aspect_of(item.width, item.height) if kind is MediaKind.IMAGE else None,
    )
