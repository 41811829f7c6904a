"""The police dossier's rules and its chronology (docs/letters.md 2.8).

The dossier is printed or taken along, never sent online. Its data has already lost
everything from content of someone under 18 (``LetterData``); here the remaining rules:
a screenshot is printed only when the user marked it as showing no intimate image (a
message, a threat, a profile), every other file is listed by description and SHA-256; and
case numbers are printed, never PINs (the data holds none).
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.core.letters.data import (
    CaseNumber,
    EvidenceRef,
    LetterData,
    ReportResponse,
    ReportSent,
    SightingRef,
)


class EventKind(StrEnum):
    """What happened at one moment of the chronology."""

    FOUND = "found"
    CASE = "case"
    REPORT = "report"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class ChronologyEntry:
    """One moment of the chronology; the field matching ``kind`` is set."""

    at: datetime
    kind: EventKind
    sighting: SightingRef | None = None
    case_number: CaseNumber | None = None
    report: ReportSent | None = None
    response: ReportResponse | None = None


def chronology(data: LetterData) -> tuple[ChronologyEntry, ...]:
    """Everything dated in the case, oldest first."""
    entries = [ChronologyEntry(s.found_at, EventKind.FOUND, sighting=s) for s in data.sightings]
    entries += [
        ChronologyEntry(number.date, EventKind.CASE, case_number=number)
        for number in data.case_numbers
        if number.date is not None
    ]
    for report in data.reports:
        entries.append(ChronologyEntry(report.sent_at, EventKind.REPORT, report=report))
        entries += [
            ChronologyEntry(
                response.received_at, EventKind.RESPONSE, report=report, response=response
            )
            for response in report.responses
        ]
    return tuple(sorted(entries, key=lambda entry: entry.at.astimezone(UTC)))


def printed_screenshots(data: LetterData) -> dict[str, bytes]:
    """The screenshots the dossier prints, by the name its HTML uses for them."""
    return {
        image_name(evidence): evidence.image
        for sighting in data.sightings
        for evidence in sighting.evidence
        if evidence.printable and evidence.image is not None
    }


def image_name(evidence: EvidenceRef) -> str:
    """The name a printed screenshot has in the dossier's HTML."""
    return f"evidence:{evidence.sha256}"
