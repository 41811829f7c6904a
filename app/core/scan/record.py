"""Recording what a scan found as sightings in the case: by the user, or from a helper.

A scan match becomes a sighting with the found file's SHA-256 and the items it shows, "how
found" saying which scan and method found it; the URL stays empty for the user to add when
they know where the copy is online. A helper's match report is imported the same way, once:
a copy already recorded for the same item (same found SHA-256) is not added again.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.core.errors import UserError
from app.core.scan.engine import ScannedFile
from app.core.scan.helper import MatchReport, ReportedMatch
from app.core.scan.matcher import Match, ReferenceSet
from app.core.vault.models import Item, Sighting, SightingStatus
from app.core.vault.repository import CaseRepository

#: The timeline entry written when a helper package is exported (its detail holds the id).
PACKAGE_EVENT = "helper-package"


class ReportNotForThisCase(UserError):
    """A match report answers a helper package this case did not make."""

    code = "report-not-for-this-case"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What importing a match report did.

    Attributes:
        added: sightings recorded.
        already_recorded: matches already in the case.
        unknown_items: matches naming pictures that are no longer in the case.
    """

    added: int
    already_recorded: int
    unknown_items: int


def record_scan_match(
    repo: CaseRepository,
    found: ScannedFile,
    matches: Sequence[Match],
    references: ReferenceSet,
    *,
    found_at: datetime,
    where: str = "",
) -> Sighting:
    """Record a scanned file that shows the user's items (references keyed by item id)."""
    item_ids = [int(references.references[match.reference].key) for match in matches]
    best = matches[0]
    sighting = Sighting(
        url="",
        found_at=found_at,
        how_found=(
            f"Found by StillMine's scan in {where or found.path}: matched by "
            f"{best.method.value} (distance {best.distance}, {best.confidence.value})."
        ),
        status=SightingStatus.UNKNOWN,
        found_file_sha256=found.sha256,
    )
    return repo.add_sighting(sighting, item_ids, best.method.value)


def remember_package(repo: CaseRepository, package_id: str) -> None:
    """Note in the timeline that a helper package was made (reports are checked against it)."""
    repo.log_event(PACKAGE_EVENT, "Made a helper package", {"package_id": package_id})


def import_match_report(repo: CaseRepository, report: MatchReport) -> ImportSummary:
    """Record a helper's matches as sightings.

    Raises:
        ReportNotForThisCase: when the report answers a package this case did not make.
    """
    if report.package_id not in _package_ids(repo):
        raise ReportNotForThisCase(
            "This match report answers a helper package that was not made from this case, "
            "so nothing was imported."
        )
    items = {item.sha256: item for item in repo.items()}
    recorded = {
        (sighting.found_file_sha256, item_id)
        for sighting in repo.sightings()
        for item_id in sighting.item_ids
    }
    # Every sighting is made before any is added: a match that cannot be read stops the
    # import with nothing recorded, never half of a report.
    new: list[tuple[Sighting, int, str]] = []
    already = unknown = 0
    for match in report.matches:
        item = items.get(match.item_ref)
        if item is None:
            unknown += 1
            continue
        if (match.found_sha256, item.id) in recorded:
            already += 1
            continue
        new.append((_helper_sighting(match, item), item.id, match.method))
        recorded.add((match.found_sha256, item.id))
    for sighting, item_id, method in new:
        repo.add_sighting(sighting, [item_id], method)
    added = len(new)
    repo.log_event(
        "helper-report",
        "Imported a helper's match report",
        {"package_id": report.package_id, "added": added},
    )
    return ImportSummary(added, already, unknown)


def _helper_sighting(match: ReportedMatch, item: Item) -> Sighting:
    where = match.where.strip()
    is_url = where.lower().startswith(("http://", "https://"))
    return Sighting(
        url=where if is_url else "",
        found_at=_parse_time(match.found_at),
        how_found=(
            f"Found by a helper with StillMine's scan{'' if is_url else f' ({where})'}: "
            f"matched {item.label} by {match.method} (distance {match.distance})."
        ),
        status=SightingStatus.UNKNOWN,
        found_file_sha256=match.found_sha256,
    )


def _parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"The match report gives an unreadable time: {text[:40]!r}.") from None
    if moment.tzinfo is None:
        raise UserError(f"The match report gives a time without its time zone: {text[:40]!r}.")
    return moment


def _package_ids(repo: CaseRepository) -> set[str]:
    ids = set()
    for event in repo.events():
        if event.kind == PACKAGE_EVENT:
            ids.add(str(json.loads(event.detail).get("package_id", "")))
    return ids
