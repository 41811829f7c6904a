"""Deadlines, and recording sent letters, replies and ticket numbers in a real case."""

import dataclasses
import functools
import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.core.errors import BugError
from app.core.letters.deadlines import add_months, compute_deadline
from app.core.letters.kinds import Channel, LetterType, Outcome
from app.core.letters.platforms import DeclaredDeadline, default_directory
from app.core.letters.render import render_letter
from app.core.letters.sending import (
    DueState,
    letters_due,
    record_response,
    record_sent,
    save_draft,
    set_ticket_number,
)
from app.core.vault import CaseFile, CaseRepository, Letter
from tests.core.letters.samples import full_data

SUMMER = timezone(timedelta(hours=2))
SENT = datetime(2026, 5, 20, 14, 30, tzinfo=SUMMER)


def test_take_it_down_gives_48_hours_in_the_senders_zone() -> None:
    deadline = compute_deadline(LetterType.TAKE_IT_DOWN, SENT)
    assert deadline.due_at == datetime(2026, 5, 22, 14, 30, tzinfo=SUMMER)
    assert deadline.due_at is not None and deadline.due_at.utcoffset() == timedelta(hours=2)
    assert "48 hours" in deadline.describe("en")


def test_gdpr_gives_one_calendar_month_and_notes_the_extension() -> None:
    deadline = compute_deadline(LetterType.GDPR_ERASURE, SENT)
    assert deadline.due_at == datetime(2026, 6, 20, 14, 30, tzinfo=SUMMER)
    assert deadline.extended_due_at == datetime(2026, 8, 20, 14, 30, tzinfo=SUMMER)
    assert "two more months" in deadline.describe("en")
    assert "binnen één maand" in deadline.describe("nl")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime(2026, 1, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2028, 1, 31, tzinfo=UTC), 1, datetime(2028, 2, 29, tzinfo=UTC)),
        (datetime(2026, 12, 15, tzinfo=UTC), 1, datetime(2027, 1, 15, tzinfo=UTC)),
        (datetime(2026, 11, 30, tzinfo=UTC), 3, datetime(2027, 2, 28, tzinfo=UTC)),
    ],
)
def test_calendar_months(start: datetime, months: int, expected: datetime) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    "letter_type",
    [LetterType.DSA_NOTICE, LetterType.DMCA, LetterType.DELISTING_GOOGLE, LetterType.HOST_ABUSE],
)
def test_no_fixed_deadline(letter_type: LetterType) -> None:
    deadline = compute_deadline(letter_type, SENT, platform=default_directory().platform("discord"))
    assert deadline.due_at is None
    assert "no fixed deadline" in deadline.describe("en")


def test_only_a_confirmed_platform_promise_becomes_a_deadline() -> None:
    snap = default_directory().platform("snapchat")  # "most within two hours": unconfirmed
    assert compute_deadline(LetterType.NCII_REPORT, SENT, platform=snap).due_at is None
    assert snap.deadline is not None
    promise = DeclaredDeadline(24, snap.deadline.types, verified=True)
    confirmed = dataclasses.replace(snap, deadline=promise)
    deadline = compute_deadline(LetterType.NCII_REPORT, SENT, platform=confirmed)
    assert deadline.due_at == SENT + timedelta(hours=24)
    assert deadline.describe("en") == "The platform says it acts within 24 hours."


def test_times_without_a_zone_are_a_bug() -> None:
    with pytest.raises(BugError):
        compute_deadline(LetterType.TAKE_IT_DOWN, datetime(2026, 5, 20, 14, 30))


def test_recording_a_sent_letter_keeps_its_exact_text(case: CaseFile) -> None:
    sighting_id = case.change(functools.partial(_add_sighting))
    letter = render_letter(LetterType.TAKE_IT_DOWN, "en", full_data())
    draft = case.change(
        lambda repo: save_draft(repo, letter, recipient="X", sighting_ids=[sighting_id])
    )
    assert draft.status == "draft" and draft.sent_at is None
    sent = case.change(
        lambda repo: record_sent(
            repo,
            letter,
            channel=Channel.WEB_FORM,
            sent_at=SENT,
            recipient="X (Twitter)",
            channel_address="https://help.x.com/forms/safety-and-sensitive-content/take-it-down",
            draft_id=draft.id,
        )
    )
    stored = case.read(lambda repo: repo.letters())
    assert [found.id for found in stored] == [draft.id]
    kept = stored[0]
    assert kept.status == "sent" and kept.channel == "web-form"
    assert kept.sent_at == SENT and kept.sent_at.utcoffset() == timedelta(hours=2)
    assert kept.deadline_at == SENT + timedelta(hours=48)
    assert kept.text == letter.sent_text(Channel.WEB_FORM)
    assert kept.text_sha256 == hashlib.sha256(kept.text.encode("utf-8")).hexdigest()
    assert kept.sighting_ids == (sighting_id,)
    assert kept.legal_basis == "TAKE IT DOWN Act, § 3(a)(1)"
    assert sent.id == kept.id


def test_replies_and_ticket_numbers(case: CaseFile) -> None:
    letter = render_letter(LetterType.GDPR_ERASURE, "nl", full_data())
    sent = case.change(
        lambda repo: record_sent(
            repo, letter, channel=Channel.EMAIL, sent_at=SENT, recipient="Forum"
        )
    )
    assert sent.text.startswith(letter.email_subject)
    case.change(lambda repo: set_ticket_number(repo, sent.id, " #123 "))
    received = SENT + timedelta(days=3)
    case.change(
        lambda repo: record_response(
            repo,
            sent.id,
            received_at=received,
            outcome=Outcome.ACKNOWLEDGED,
            statement="We look into it.",
        )
    )
    kept = case.read(lambda repo: repo.letters())[0]
    assert kept.ticket_number == "#123" and kept.status == "acknowledged"
    replies = case.read(lambda repo: repo.letter_responses(sent.id))
    assert [(r.received_at, r.outcome, r.statement) for r in replies] == [
        (received, "acknowledged", "We look into it.")
    ]
    case.change(
        lambda repo: record_response(repo, sent.id, received_at=received, outcome=Outcome.REMOVED)
    )
    assert case.read(lambda repo: repo.letters())[0].status == "removed"


def _add_sighting(repo: CaseRepository) -> int:
    from app.core.sightings import SightingInput, build_sighting

    sighting = build_sighting(SightingInput(url="https://x.com/u/status/1?s=20", found_at=SENT))
    return repo.add_sighting(sighting).id


def _letter(letter_id: int, deadline: datetime | None, status: str = "sent") -> Letter:
    return Letter(
        type="take-it-down",
        created_at=SENT,
        sent_at=SENT,
        deadline_at=deadline,
        status=status,
        id=letter_id,
    )


def test_what_is_due_or_overdue() -> None:
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    letters = [
        _letter(1, now + timedelta(days=10)),
        _letter(2, now - timedelta(hours=1)),
        _letter(3, now + timedelta(hours=20)),
        _letter(4, None),
        _letter(5, now - timedelta(days=3), status="removed"),
        _letter(6, now - timedelta(days=5), status="acknowledged"),
    ]
    due = letters_due(letters, now)
    assert [(d.letter.id, d.state) for d in due] == [
        (6, DueState.OVERDUE),
        (2, DueState.OVERDUE),
        (3, DueState.DUE_SOON),
        (1, DueState.WAITING),
    ]
