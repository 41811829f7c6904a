"""Letter data from a real case: what is read, what never is (PINs, minors, pictures)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.letters.data import Answers, Recipient
from app.core.letters.from_case import letter_data_from_case
from app.core.letters.kinds import LetterType
from app.core.letters.render import render_letter
from app.core.sightings import SightingInput, add_screenshot, build_sighting
from app.core.vault import (
    AgeInContent,
    CaseContact,
    CaseFile,
    CaseRepository,
    ContactKind,
    Item,
    Letter,
    LetterResponse,
    Person,
    Registration,
    TakenBy,
)
from tests.core.letters.samples import sha

PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)
WHEN = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
PIN = "PIN-9876-SECRET"


def _item(label: str, age: AgeInContent) -> Item:
    return Item(
        label=label,
        kind="image",
        sha256=sha(label),
        md5=sha(label)[:32],
        added_at=WHEN,
        taken_by=TakenBy.ME,
        age_in_content=age,
        pdq=sha("pdq " + label),
    )


def _fill(repo: CaseRepository) -> dict[str, int]:
    repo.set_person(Person(legal_name="Zoë Test", email="zoe@example.org", country="NL"))
    adult = repo.add_item(_item("Adult photo", AgeInContent.ADULT)).id
    minor = repo.add_item(_item("Young photo", AgeInContent.UNDER_18)).id
    unsure = repo.add_item(_item("Unsure photo", AgeInContent.UNSURE)).id
    ours = repo.add_sighting(
        build_sighting(
            SightingInput(url="https://forum.example/a", description="A copy.", found_at=WHEN)
        ),
        [adult],
    ).id
    theirs = repo.add_sighting(
        build_sighting(SightingInput(url="https://forum.example/young", found_at=WHEN)), [minor]
    ).id
    repo.add_contact(CaseContact(ContactKind.POLICE, "Politie", "PL-1", reported_at=WHEN))
    repo.add_registration(Registration("stopncii", case_number="SN-CASE-1"), [adult], pin=PIN)
    repo.add_registration(
        Registration("take-it-down", case_number="TID-CASE-2"), [unsure], pin="PIN-OTHER-5555"
    )
    sent = repo.add_letter(
        Letter("ncii-report", WHEN, recipient="Forum A", sent_at=WHEN, status="sent"), [ours]
    )
    repo.add_letter_response(LetterResponse(sent.id, WHEN + timedelta(days=1), "removed"))
    repo.add_letter(Letter("dsa-notice", WHEN, recipient="Forum Young", sent_at=WHEN), [theirs])
    repo.add_letter(Letter("dsa-notice", WHEN, recipient="Draft only"), [ours])
    return {"adult": adult, "ours": ours, "theirs": theirs}


@pytest.fixture
def filled(case: CaseFile, tmp_path: Path) -> dict[str, int]:
    ids = case.change(_fill)
    for name, marked, sighting in (
        ("post", False, "ours"),
        ("threat", True, "ours"),
        ("young", True, "theirs"),
    ):
        path = tmp_path / f"{name}.png"
        path.write_bytes(PNG + name.encode())
        ids[name] = ids[sighting]
        add_screenshot(
            case, path, sighting_id=ids[sighting], description=name, shows_no_intimate_image=marked
        )
    return ids


def test_the_dossier_from_a_case(case: CaseFile, filled: dict[str, int]) -> None:
    asked: list[str] = []

    def read_evidence(sha256: str) -> bytes:
        asked.append(sha256)
        return case.evidence.read(sha256)

    data = case.read(
        lambda repo: letter_data_from_case(
            repo,
            read_evidence=read_evidence,
            service_names={"stopncii": "StopNCII.org"},
            answers=Answers(account="What happened, in my words."),
        )
    )
    threat = sha_of(PNG + b"threat")
    assert asked == [threat]  # only the screenshot marked safe, of an adult's copy
    assert [s.url for s in data.sightings] == ["https://forum.example/a"]
    assert [i.label for i in data.items] == ["Adult photo"]
    assert [(n.organisation, n.reference_number) for n in data.case_numbers] == [
        ("Politie", "PL-1"),
        ("StopNCII.org", "SN-CASE-1"),
    ]
    assert [r.recipient for r in data.reports] == ["Forum A"]
    assert data.reports[0].responses[0].outcome == "removed"
    letter = render_letter(LetterType.POLICE_DOSSIER, "en", data)
    everything = letter.html + letter.letter_text + repr(data)
    for never in (
        PIN,
        "PIN-OTHER-5555",
        "TID-CASE-2",
        "forum.example/young",
        "Forum Young",
        sha("Young photo"),
        sha("Unsure photo"),
        sha_of(PNG + b"young"),
    ):
        assert never not in everything, never
    assert letter.images == {f"evidence:{threat}": PNG + b"threat"}


def test_a_letter_about_chosen_sightings(case: CaseFile, filled: dict[str, int]) -> None:
    data = case.read(
        lambda repo: letter_data_from_case(
            repo,
            sighting_ids=[filled["ours"]],
            recipient=Recipient(platform="discord"),
            answers=Answers(not_paid_for_content=True),
        )
    )
    assert [i.key for i in data.items] == [str(filled["adult"])]
    assert all(evidence.image is None for s in data.sightings for evidence in s.evidence)
    letter = render_letter(LetterType.NCII_REPORT, "en", data)
    assert sha("Adult photo") in letter.letter_text


def sha_of(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
