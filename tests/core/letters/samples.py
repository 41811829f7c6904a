"""Letter data for the tests: complete, with hostile and non-Latin text where it matters."""

import dataclasses
import hashlib
from datetime import date, datetime, timedelta, timezone
from typing import Any

from app.core.letters.data import (
    AiMade,
    Answers,
    CaseNumber,
    EvidenceRef,
    ItemRef,
    LetterData,
    PersonDetails,
    Recipient,
    ReportResponse,
    ReportSent,
    SightingRef,
)
from app.core.letters.kinds import LetterType
from app.core.vault.models import AgeInContent, TakenBy

AMSTERDAM_SUMMER = timezone(timedelta(hours=2))
TODAY = date(2026, 11, 29)
HOSTILE = "<script>alert(1)</script> {{ 7*7 }} {% raw %} \u202eevil\u202c & <b>bold</b>"
# Hyphens allow line breaks; the long run of letters after them does not: both must wrap.
LONG_URL = (
    "https://forum.example/threads/"
    + "very-long-thread-title-" * 6
    + "Q7xLm9" * 30
    + "?page=3&sort=new"
)


def sha(text: str) -> str:
    """A SHA-256 that stands for some content."""
    return hashlib.sha256(text.encode()).hexdigest()


ADULT_ITEM = ItemRef(
    key="P1",
    label="Photo 1",
    kind="image",
    sha256=sha("photo 1"),
    md5=hashlib.md5(b"photo 1").hexdigest(),
    pdq=sha("pdq 1"),
    taken_by=TakenBy.ME,
    age_in_content=AgeInContent.ADULT,
    user_appears=True,
    work_description="A photograph of myself that I took in June 2024.",
)
MINOR_ITEM = ItemRef(
    key="P2",
    label="Photo 2",
    kind="image",
    sha256=sha("photo 2 of a minor"),
    pdq=sha("pdq 2 of a minor"),
    taken_by=TakenBy.ME,
    age_in_content=AgeInContent.UNDER_18,
)


def sighting(
    key: str = "S1", url: str = "https://discord.com/channels/1/2/3", **changes: Any
) -> SightingRef:
    """A complete sighting of the adult item."""
    values: dict[str, Any] = {
        "key": key,
        "url": url,
        "found_at": datetime(2026, 5, 20, 14, 30, tzinfo=AMSTERDAM_SUMMER),
        "platform": "Discord",
        "how_found": "a friend sent the link",
        "media_url": "https://cdn.discordapp.com/attachments/1/2/photo.jpg",
        "uploader_handle": "uploader_one",
        "uploader_id": "444444",
        "uploader_contact": "+31 6 00000000",
        "description": "A photo of me in underwear, with my first name in the caption.",
        "ai_made": AiMade.REAL,
        "identifying_features": "My face is visible.",
        "personal_data_shown": "My first name and my town.",
        "threats": "Pay or more photos follow.",
        "suspected_perpetrator": "My former partner.",
        "perpetrator_evidence": "Only they had the photo.",
        "item_keys": ("P1",),
        "evidence": (
            EvidenceRef(sha("screenshot of the post"), "Screenshot of the post"),
            EvidenceRef(
                sha("screenshot of the threat"),
                "Screenshot of the threat",
                shows_no_intimate_image=True,
            ),
        ),
    }
    values.update(changes)
    return SightingRef(**values)


def full_data(**changes: Any) -> LetterData:
    """Letter data that meets every letter type's needs."""
    values: dict[str, Any] = {
        "person": PersonDetails(
            legal_name="Zoë Ærø-Łódź",
            email="zoe@example.org",
            postal_address="Voorbeeldstraat 1\n1234 AB Utrecht",
            phone="+31 6 12345678",
            country="NL",
        ),
        "recipient": Recipient(
            name="Example Hosting B.V.",
            platform="discord",
            email="abuse@hosting.example",
            jurisdiction="eu",
        ),
        "sightings": (sighting(),),
        "items": (ADULT_ITEM,),
        "answers": Answers(
            not_consensual_reason="I agreed to the photo privately, never to publication.",
            not_paid_for_content=True,
            account="A photo I shared privately appeared on Discord in May 2026.",
            evidence_still_needed="Messages on my old phone.",
            dmca_warning_understood=True,
        ),
        "case_numbers": (
            CaseNumber("police", "Politie Utrecht", "PL-2026-123", station="Utrecht"),
        ),
        "reports": (
            ReportSent(
                type="ncii-report",
                recipient="Discord",
                sent_at=datetime(2026, 5, 20, 15, 0, tzinfo=AMSTERDAM_SUMMER),
                channel="web-form",
                ticket_number="T-777",
                responses=(
                    ReportResponse(datetime(2026, 5, 21, 9, 0, tzinfo=AMSTERDAM_SUMMER), "removed"),
                ),
                sighting_keys=("S1",),
            ),
        ),
        "letter_date": TODAY,
    }
    values.update(changes)
    return LetterData(**values)


def with_person(data: LetterData, **changes: Any) -> LetterData:
    """``data`` with changed personal details."""
    return dataclasses.replace(data, person=dataclasses.replace(data.person, **changes))


ALL_TYPES = tuple(LetterType)
