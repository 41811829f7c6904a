"""Fingerprint exports for a helpline, a lawyer or a partner with API access.

Three formats, fingerprints and neutral labels only (no pictures, no file names, no paths,
no privacy findings):

* ``te``: python-threatexchange's one-per-line form, ``pdq <hex>`` and ``video_md5 <hex>``;
* ``csv``: the PDQ reference hasher's ``hash,quality,label`` (pictures only);
* ``json``: every fingerprint of each item, with its kind.

Every value is validated again on the way out (length, hex digits, no all-zero hashes), and
pictures too plain for PDQ (quality below 50) and content of someone under 18 are left out,
with the reason.
"""

import contextlib
import csv
import io
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from app.core.errors import UserError
from app.core.fingerprints import Md5, Pdq, Sha256
from app.core.vault.models import Item

FORMATS: Final = ("te", "csv", "json")


@dataclass(frozen=True, slots=True)
class Export:
    """An export ready to write, and what was left out."""

    text: str
    included: int
    left_out: tuple[str, ...]


class UnknownExportFormat(UserError):
    """An export format StillMine does not write."""

    code = "unknown-export-format"


class ExportNotWritten(UserError):
    """The export file could not be written."""

    code = "export-not-written"


def _neutral_label(item: Item, number: int) -> str:
    # The user's own labels may identify someone; exports number items by kind instead.
    return f"{'Video' if item.kind == 'video' else 'Photo'} {number}"


def _usable(items: Iterable[Item]) -> tuple[list[tuple[str, Item]], list[str]]:
    chosen, left_out = [], []
    for number, item in enumerate(items, start=1):
        label = _neutral_label(item, number)
        if item.age_in_content.treated_as_minor:
            left_out.append(
                f"{label}: shows someone under 18 (or unsure); report it to Take It Down, the "
                "CyberTipline and the police instead."
            )
        elif item.kind == "image" and not (item.pdq and Pdq.usable(item.pdq_quality or 0)):
            left_out.append(f"{label}: too plain for a similarity fingerprint.")
        else:
            chosen.append((label, item))
    return chosen, left_out


def _threatexchange(chosen: list[tuple[str, Item]]) -> str:
    lines = []
    for _label, item in chosen:
        if item.kind == "video":
            lines.append(f"video_md5 {Md5.validate(item.md5)}")
        else:
            lines.append(f"pdq {Pdq.validate(item.pdq or '')}")
    return "".join(line + "\n" for line in lines)


def _csv(chosen: list[tuple[str, Item]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["hash", "quality", "label"])
    for label, item in chosen:
        if item.kind == "image":
            writer.writerow([Pdq.validate(item.pdq or ""), item.pdq_quality, label])
    return buffer.getvalue()


def _json(chosen: list[tuple[str, Item]]) -> str:
    fingerprints: list[dict[str, Any]] = []
    for label, item in chosen:
        entry: dict[str, Any] = {"label": label, "kind": item.kind}
        if item.kind == "video":
            entry["video_md5"] = Md5.validate(item.md5)
        else:
            entry["pdq"] = Pdq.validate(item.pdq or "")
            entry["pdq_quality"] = item.pdq_quality
            entry["md5"] = Md5.validate(item.md5)
        entry["sha256"] = Sha256.validate(item.sha256)
        fingerprints.append(entry)
    document = {
        "exported_by": "StillMine",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "fingerprints": fingerprints,
    }
    return json.dumps(document, indent=2) + "\n"


def build_export(items: Iterable[Item], export_format: str) -> Export:
    """Build an export of ``items`` in ``export_format`` (one of ``FORMATS``)."""
    writers = {"te": _threatexchange, "csv": _csv, "json": _json}
    if export_format not in writers:
        raise UnknownExportFormat(f"StillMine exports fingerprints as {', '.join(FORMATS)}.")
    chosen, left_out = _usable(items)
    if export_format == "csv":
        videos = [label for label, item in chosen if item.kind == "video"]
        left_out += [f"{label}: videos have no PDQ; use the te or json format." for label in videos]
        chosen = [(label, item) for label, item in chosen if item.kind != "video"]
    return Export(writers[export_format](chosen), len(chosen), tuple(left_out))


def write_export(export: Export, destination: Path) -> None:
    """Write an export atomically; a folder that cannot be written gets a plain message."""
    temporary = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8", newline="") as sink:
            sink.write(export.text)
        os.replace(temporary, destination)
    except OSError as exc:
        with contextlib.suppress(OSError):  # it may never have been created
            temporary.unlink()
        raise ExportNotWritten(
            f"The export could not be written to {destination.parent} ({exc.strerror or exc}). "
            "Choose a folder you can write to."
        ) from exc
