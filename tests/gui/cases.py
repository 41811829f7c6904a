"""Real cases for the registration tests: the photographs' and a video's real fingerprints,
answered so that each service's routing has something to say."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from app.core.fingerprints import Fingerprinted, MediaFingerprint, fingerprint_paths
from app.core.services.handoff import record_website_registration
from app.core.vault import (
    AgeInContent,
    CaseFile,
    CaseRepository,
    Item,
    Registration,
    Sighting,
    item_from_fingerprint,
    utc_now,
)

VIDEO = "doorknob-hd-no-bar.mp4"
PIN = "4321-9876"
CASE_NUMBER = "27664732-76e1-4a17-8099-455798e67022"


def media_fingerprints(photos: list[Path], testdata: Path) -> list[MediaFingerprint]:
    """Three photographs and one real video, fingerprinted by the core."""
    paths = [str(path) for path in photos[:3]] + [str(testdata / "video" / VIDEO)]
    results = list(fingerprint_paths(paths, workers=1))
    assert all(isinstance(result, Fingerprinted) for result in results)
    return [result.fingerprint for result in results if isinstance(result, Fingerprinted)]


def add_media(repo: CaseRepository, fingerprints: list[MediaFingerprint]) -> list[Item]:
    """Picture 1 (an adult, the user in it), Picture 2 (under 18), Picture 3 (an adult, the
    user did not say whether they are in it) and Video 1 (an adult, the user in it)."""
    answers: Iterator[tuple[str, AgeInContent, bool | None]] = iter(
        [
            ("Picture 1", AgeInContent.ADULT, True),
            ("Picture 2", AgeInContent.UNDER_18, True),
            ("Picture 3", AgeInContent.ADULT, None),
            ("Video 1", AgeInContent.ADULT, True),
        ]
    )
    items = []
    for fingerprint, (label, age, appears) in zip(fingerprints, answers, strict=True):
        item = item_from_fingerprint(fingerprint, label, age_in_content=age, user_appears=appears)
        items.append(repo.add_item(item))
    return items


def add_due_registration(repo: CaseRepository, items: list[Item]) -> Registration:
    """A StopNCII registration of Picture 1 made 40 days ago, its status check overdue, and
    an edited copy of Picture 1 found since (matched by PDQ, not by its bytes)."""
    registration = record_website_registration(
        repo,
        "stopncii",
        case_number=CASE_NUMBER,
        pin=PIN,
        item_ids=[items[0].id],
        submitted_at=utc_now() - timedelta(days=40),
        check_interval_days=30,
    )
    repo.add_sighting(
        Sighting(
            "https://forum.example/t/9",
            found_at=utc_now() - timedelta(days=2),
            platform="forum.example",
            found_file_sha256="ab" * 32,
        ),
        [items[0].id],
        match_method="pdq",
    )
    return registration


def stored(home: Path, passphrase: str, work):  # type: ignore[no-untyped-def]
    """Read the case on disk directly with the core (the app must have locked it first)."""
    with CaseFile.open(home, passphrase=passphrase) as case:
        return case.read(work)
