"""Keeping track of letters: drafts, what was sent and when, replies, and what is due.

A letter leaves only through the user's own hands (their mail program, a web form, the
post). When they say it has gone, ``record_sent`` keeps the exact text with its SHA-256 (the
case file computes it), the channel, the sending time with its time zone and the computed
deadline. Replies and ticket numbers are added later; ``letters_due`` lists what is due or
overdue for the dashboard. Every function takes the ``CaseRepository``, so the GUI runs
them on the case's writer thread (``CaseFile.change``).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

from app.core.errors import BugError
from app.core.letters.deadlines import compute_deadline
from app.core.letters.kinds import Channel, Outcome
from app.core.letters.library import LetterLibrary
from app.core.letters.platforms import Platform
from app.core.letters.render import RenderedLetter
from app.core.vault.models import Letter, LetterResponse
from app.core.vault.repository import CaseRepository, NotFound, utc_now

#: A deadline this close counts as "due soon".
DUE_SOON: Final = timedelta(days=2)
#: Letter statuses after which no deadline is watched any more.
_CLOSED: Final = frozenset({"resolved", "removed", "refused", "withdrawn"})
_STATUS_AFTER: Final = {
    Outcome.ACKNOWLEDGED: "acknowledged",
    Outcome.REMOVED: "removed",
    Outcome.REFUSED: "refused",
    Outcome.MORE_INFORMATION: "more-information",
    Outcome.OTHER: "answered",
}


def _aware(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None:
        raise BugError(f"{what} must carry its time zone")
    return moment


def save_draft(
    repo: CaseRepository,
    letter: RenderedLetter,
    *,
    recipient: str,
    sighting_ids: Iterable[int] = (),
) -> Letter:
    """Keep a letter the user has not sent yet (its text and hash are kept)."""
    draft = Letter(
        type=letter.type.value,
        created_at=utc_now(),
        language=letter.language,
        recipient=recipient,
        legal_basis=letter.legal_basis,
        status="draft",
        text=letter.letter_text,
    )
    return repo.add_letter(draft, sighting_ids)


def record_sent(
    repo: CaseRepository,
    letter: RenderedLetter,
    *,
    channel: Channel,
    sent_at: datetime,
    recipient: str,
    channel_address: str = "",
    sighting_ids: Iterable[int] = (),
    platform: Platform | None = None,
    ticket_number: str = "",
    draft_id: int | None = None,
    library: LetterLibrary | None = None,
) -> Letter:
    """Record that the user sent ``letter`` through ``channel`` at ``sent_at``.

    The exact text that left (``RenderedLetter.sent_text``) is stored with its SHA-256, with
    the deadline for an answer. A draft (``draft_id``) becomes the sent letter.
    """
    _aware(sent_at, "the sending time")
    deadline = compute_deadline(letter.type, sent_at, platform=platform, library=library)
    sent = Letter(
        type=letter.type.value,
        created_at=utc_now(),
        language=letter.language,
        recipient=recipient,
        channel=channel.value,
        channel_address=channel_address,
        legal_basis=letter.legal_basis,
        sent_at=sent_at,
        deadline_at=deadline.due_at,
        ticket_number=ticket_number.strip(),
        status="sent",
        text=letter.sent_text(channel),
    )
    if draft_id is None:
        return repo.add_letter(sent, sighting_ids)
    existing = find_letter(repo, draft_id)
    sent.id, sent.created_at, sent.sighting_ids = (
        existing.id,
        existing.created_at,
        existing.sighting_ids,
    )
    repo.update_letter(sent)
    return sent


def find_letter(repo: CaseRepository, letter_id: int) -> Letter:
    """One letter of the case by id."""
    for letter in repo.letters():
        if letter.id == letter_id:
            return letter
    raise NotFound("That letter is no longer in the case.")


def set_ticket_number(repo: CaseRepository, letter_id: int, ticket_number: str) -> Letter:
    """Keep the ticket or reference number a recipient gave."""
    letter = find_letter(repo, letter_id)
    letter.ticket_number = ticket_number.strip()
    repo.update_letter(letter)
    return letter


def record_response(
    repo: CaseRepository,
    letter_id: int,
    *,
    received_at: datetime,
    outcome: Outcome,
    statement: str = "",
    ticket_number: str = "",
) -> LetterResponse:
    """Record a reply to a letter; the letter's status follows the outcome."""
    _aware(received_at, "the time a reply came")
    letter = find_letter(repo, letter_id)
    response = repo.add_letter_response(
        LetterResponse(letter.id, received_at, outcome.value, statement.strip())
    )
    letter.status = _STATUS_AFTER[outcome]
    if ticket_number.strip():
        letter.ticket_number = ticket_number.strip()
    repo.update_letter(letter)
    return response


class DueState(StrEnum):
    """Where a sent letter's deadline stands."""

    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    WAITING = "waiting"


@dataclass(frozen=True, slots=True)
class LetterDue:
    """A sent letter still waiting for an answer, with its deadline."""

    letter: Letter
    state: DueState
    due_at: datetime


def letters_due(letters: Sequence[Letter], now: datetime) -> list[LetterDue]:
    """Sent letters with a deadline and no final answer: overdue first, then by deadline."""
    _aware(now, "now")
    found = []
    for letter in letters:
        if letter.deadline_at is None or letter.sent_at is None or letter.status in _CLOSED:
            continue
        if letter.overdue(now):
            state = DueState.OVERDUE
        elif letter.deadline_at - now <= DUE_SOON:
            state = DueState.DUE_SOON
        else:
            state = DueState.WAITING
        found.append(LetterDue(letter, state, letter.deadline_at))
    order = {DueState.OVERDUE: 0, DueState.DUE_SOON: 1, DueState.WAITING: 2}
    return sorted(found, key=lambda due: (order[due.state], due.due_at))
