"""When an answer to a letter is due (docs/letters.md section 4).

* TAKE IT DOWN Act: 48 hours after the request.
* GDPR / AVG: one calendar month after the request (counted from receipt, so a posted letter
  gets a few days more); extendable by two further months if the company says so in time.
* A platform's own promise, for a platform report, when the directory has a confirmed one.
* DSA, DMCA, delisting, host abuse and the police dossier: none.
"""

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from app.core.errors import BugError
from app.core.letters.kinds import LetterType
from app.core.letters.library import LetterLibrary, default_library
from app.core.letters.platforms import Platform

TAKE_IT_DOWN_HOURS: Final = 48
GDPR_MONTHS: Final = 1
GDPR_EXTENSION_MONTHS: Final = 2


@dataclass(frozen=True, slots=True)
class Deadline:
    """When an answer is due, and why.

    Attributes:
        due_at: the deadline, or None when no fixed deadline applies.
        rule: the manifest's rule ("take-it-down", "gdpr", "platform", "none").
        extended_due_at: the latest date if the recipient extends it (GDPR only).
        hours: for a platform's own promise, its number of hours.
    """

    due_at: datetime | None
    rule: str
    extended_due_at: datetime | None = None
    hours: int | None = None

    def describe(self, language: str, library: LetterLibrary | None = None) -> str:
        """The rule in plain words, in ``language``."""
        texts = (library or default_library()).texts
        if self.rule == "platform" and self.hours is not None:
            return texts.get("deadline.platform", language, hours=self.hours)
        if self.due_at is None:
            return texts.get("deadline.none", language)
        return texts.get(f"deadline.{self.rule}", language)


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` calendar months later (the month's last day if it is shorter)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def compute_deadline(
    letter_type: LetterType,
    sent_at: datetime,
    *,
    platform: Platform | None = None,
    library: LetterLibrary | None = None,
) -> Deadline:
    """The deadline for a reply to a letter of ``letter_type`` sent at ``sent_at``."""
    if sent_at.tzinfo is None:
        raise BugError("a letter's sending time must carry its time zone")
    rule = (library or default_library()).manifest(letter_type).deadline
    if rule == "take-it-down":
        return Deadline(sent_at + timedelta(hours=TAKE_IT_DOWN_HOURS), rule)
    if rule == "gdpr":
        return Deadline(
            add_months(sent_at, GDPR_MONTHS),
            rule,
            extended_due_at=add_months(sent_at, GDPR_MONTHS + GDPR_EXTENSION_MONTHS),
        )
    declared = platform.deadline if platform is not None else None
    if (
        rule == "platform"
        and declared is not None
        and declared.verified  # an unconfirmed promise is shown as a note, never as a deadline
        and letter_type in declared.types
    ):
        return Deadline(sent_at + timedelta(hours=declared.hours), rule, hours=declared.hours)
    return Deadline(None, "none")
