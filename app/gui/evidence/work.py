"""The evidence log's background work: reading a copy's record, checking screenshots, saving.

Everything here runs on the task pool (never on the window's thread) and goes through the
core: ``record_sighting`` and ``add_screenshot`` (``app.core.sightings``) keep the record and
store each screenshot encrypted in the case, named by its SHA-256. A screenshot is read to
check that it is a picture and to show its SHA-256 before it is saved; it is never decoded,
never shown, and never written anywhere but the case's encrypted evidence folder.
"""

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from app.core.errors import UserError
from app.core.files import display_name
from app.core.letters.hosts import HostLookup, apply_lookup
from app.core.sightings import SightingInput, add_screenshot, read_screenshot, record_sighting
from app.core.vault import (
    CaseFile,
    CaseRepository,
    EvidenceFile,
    Item,
    Sighting,
    SightingStatus,
    utc_now,
)
from app.core.vault.repository import NotFound

#: Reminders offered to check again whether a copy is still online, in days (0: none).
RECHECK_DAYS: Final = (3, 7, 14, 30, 0)
#: The reminder chosen unless the user picks another.
DEFAULT_RECHECK_DAYS: Final = 7

#: The fields of a sighting that its form edits (the rest, such as its status, host and
#: the fingerprint of a file found by a scan, are kept as they are).
FORM_FIELDS: Final = (
    "url",
    "found_at",
    "how_found",
    "platform",
    "service_type",
    "media_url",
    "archived_url",
    "uploader_handle",
    "uploader_display_name",
    "uploader_profile_url",
    "uploader_id",
    "uploader_contact",
    "description",
    "content_type",
    "ai_made",
    "identifying_features",
    "personal_data_shown",
    "context",
    "threats",
)


@dataclass(frozen=True)
class SightingDetail:
    """One recorded copy, its screenshots, and the user's pictures (to name what it shows)."""

    sighting: Sighting
    evidence: tuple[EvidenceFile, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class PendingScreenshot:
    """A screenshot checked and waiting to be saved with the copy's record.

    Attributes:
        path: where the user's file is (kept in memory only).
        name: its file name, to show.
        sha256: its SHA-256, to show (the case stores it under this name).
        size: its size in bytes.
    """

    path: str
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ScreenshotChoice:
    """What the user said about a waiting screenshot."""

    screenshot: PendingScreenshot
    description: str = ""
    shows_no_intimate_image: bool = False


@dataclass(frozen=True)
class Status:
    """Whether the copy is still online, and when to check again.

    Attributes:
        status: what the user saw.
        checked: the user checked it just now (the check's date is kept).
        recheck_days: when to remind them (0: no reminder); None leaves the reminder as it is.
    """

    status: SightingStatus = SightingStatus.ONLINE
    checked: bool = True
    recheck_days: int | None = DEFAULT_RECHECK_DAYS


@dataclass(frozen=True)
class SaveResult:
    """What was saved: the record, the screenshots stored, and those that failed (and why)."""

    sighting: Sighting
    stored: tuple[EvidenceFile, ...]
    failed: tuple[tuple[str, BaseException], ...] = field(default=())


def load_items(repo: CaseRepository) -> tuple[Item, ...]:
    """The user's pictures (for the "which pictures does it show" list)."""
    return tuple(repo.items())


def find_sighting(repo: CaseRepository, sighting_id: int) -> Sighting:
    """One recorded copy by id."""
    for sighting in repo.sightings():
        if sighting.id == sighting_id:
            return sighting
    raise NotFound("That copy is no longer in the case.")


def load_sighting(repo: CaseRepository, sighting_id: int) -> SightingDetail:
    """A copy's record, its screenshots and the user's pictures."""
    sighting = find_sighting(repo, sighting_id)
    return SightingDetail(sighting, tuple(repo.evidence_files(sighting_id)), load_items(repo))


def check_screenshot(path: str) -> PendingScreenshot:
    """Check that a file is a picture of a sensible size, and compute its SHA-256.

    Raises:
        NotAScreenshot: it is not a picture, or it is far too large.
        UserError: it cannot be read.
    """
    screenshot = read_screenshot(path)
    return PendingScreenshot(
        path=path,
        name=display_name(path),
        sha256=hashlib.sha256(screenshot.data).hexdigest(),
        size=len(screenshot.data),
    )


def _with_status(sighting: Sighting, status: Status, now: datetime) -> Sighting:
    changed = dataclasses.replace(sighting, status=status.status)
    if status.checked or status.status is not sighting.status:
        changed.status_verified_at = now
    if status.recheck_days is not None:
        days = status.recheck_days
        changed.next_recheck_at = now + timedelta(days=days) if days else None
    return changed


def _store_screenshots(
    case: CaseFile, sighting_id: int, choices: tuple[ScreenshotChoice, ...]
) -> tuple[tuple[EvidenceFile, ...], tuple[tuple[str, BaseException], ...]]:
    stored, failed = [], []
    for choice in choices:
        try:
            stored.append(
                add_screenshot(
                    case,
                    Path(choice.screenshot.path),
                    sighting_id=sighting_id,
                    description=choice.description,
                    shows_no_intimate_image=choice.shows_no_intimate_image,
                )
            )
        except UserError as error:  # the file changed or went away since it was checked
            failed.append((choice.screenshot.name, error))
    return tuple(stored), tuple(failed)


def save_new(
    case: CaseFile,
    entry: SightingInput,
    *,
    status: Status,
    screenshots: tuple[ScreenshotChoice, ...] = (),
    lookup: HostLookup | None = None,
) -> SaveResult:
    """Record a new copy, then its reminder, host look-up and screenshots."""
    recorded = record_sighting(case, entry)
    now = utc_now()

    def finish(repo: CaseRepository) -> Sighting:
        sighting = _with_status(find_sighting(repo, recorded.id), status, now)
        if lookup is not None:
            sighting = apply_lookup(sighting, lookup)
        repo.update_sighting(sighting)
        return sighting

    sighting = case.change(finish)
    stored, failed = _store_screenshots(case, sighting.id, screenshots)
    return SaveResult(sighting, stored, failed)


def save_changes(
    case: CaseFile,
    sighting_id: int,
    edited: Sighting,
    *,
    status: Status,
    screenshots: tuple[ScreenshotChoice, ...] = (),
) -> SaveResult:
    """Save the form's fields (``edited``, from ``build_sighting``), status and screenshots."""
    now = utc_now()

    def update(repo: CaseRepository) -> Sighting:
        current = find_sighting(repo, sighting_id)
        changed = dataclasses.replace(
            current, **{name: getattr(edited, name) for name in FORM_FIELDS}
        )
        changed = _with_status(changed, status, now)
        repo.update_sighting(changed)
        return changed

    sighting = case.change(update)
    stored, failed = _store_screenshots(case, sighting.id, screenshots)
    return SaveResult(sighting, stored, failed)


def store_lookup(repo: CaseRepository, sighting_id: int, lookup: HostLookup) -> Sighting:
    """Keep a host look-up with a recorded copy."""
    sighting = apply_lookup(find_sighting(repo, sighting_id), lookup)
    repo.update_sighting(sighting)
    return sighting
