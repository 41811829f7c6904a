"""Website hand-offs (StopNCII, Take It Down): recording what the site gave back, safely.

StillMine never submits to these services itself; the user does, on the service's own site.
Afterwards StillMine keeps the case number and the PIN (encrypted, masked), reminds the user
to check the status at the interval they chose, records withdrawals, and notices when an
edited copy turns up that needs registering again.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Final

from app.core.errors import UserError
from app.core.vault.models import Item, Registration, RegistrationCheck, Sighting
from app.core.vault.repository import CaseRepository

#: Status-check intervals the user can choose from, in days.
CHECK_INTERVALS_DAYS: Final = (7, 14, 30, 90)


class InvalidCaseNumber(UserError):
    """A case number that is empty or cannot be one."""

    code = "invalid-case-number"


class InvalidPin(UserError):
    """A PIN that is empty."""

    code = "invalid-pin"


_EXACT_METHODS: Final = frozenset({"sha256", "md5"})


def normalise_case_number(text: str) -> str:
    """A case number as pasted (spaces, line breaks) made clean; empty is refused."""
    cleaned = "".join(text.split())
    if not cleaned:
        raise InvalidCaseNumber("Enter the case number the site showed you.")
    if len(cleaned) > 200:
        raise InvalidCaseNumber(
            "That is too long to be a case number. Paste only the number itself."
        )
    return cleaned


def check_pin(text: str) -> str:
    """A PIN as typed, without surrounding spaces; empty is refused."""
    cleaned = "".join(text.split())
    if not cleaned:
        raise InvalidPin(
            "Enter the PIN the site showed you. Without it you cannot check or withdraw your "
            "case later, and it cannot be recovered."
        )
    return cleaned


def record_website_registration(
    repo: CaseRepository,
    service_id: str,
    *,
    case_number: str | None,
    pin: str | None,
    item_ids: Iterable[int],
    submitted_at: datetime,
    check_interval_days: int | None,
) -> Registration:
    """Keep a registration made on a service's website; the PIN is encrypted on its own.

    ``case_number`` None means the service gave none (Take It Down may not); an empty one
    is refused, since a service that gives a case number needs it kept.
    """
    registration = Registration(
        service=service_id,
        case_number=normalise_case_number(case_number) if case_number is not None else "",
        submitted_at=submitted_at,
        status="submitted",
        check_interval_days=check_interval_days,
        next_check_at=_next_check(submitted_at, check_interval_days),
    )
    return repo.add_registration(
        registration, item_ids, pin=check_pin(pin) if pin is not None else None
    )


def _next_check(after: datetime, interval_days: int | None) -> datetime | None:
    return after + timedelta(days=interval_days) if interval_days else None


def record_status_check(
    repo: CaseRepository,
    registration: Registration,
    status: str,
    checked_at: datetime,
    note: str = "",
) -> RegistrationCheck:
    """Log a status check and schedule the next reminder."""
    check = repo.add_registration_check(
        RegistrationCheck(registration.id, checked_at, status, note)
    )
    registration.status = status
    registration.next_check_at = _next_check(checked_at, registration.check_interval_days)
    repo.update_registration(registration)
    return check


def record_withdrawal(
    repo: CaseRepository, registration: Registration, withdrawn_at: datetime
) -> None:
    """Record that the user withdrew a registration; reminders stop."""
    registration.status = "withdrawn"
    registration.withdrawn_at = withdrawn_at
    registration.next_check_at = None
    repo.update_registration(registration)


def checks_due(registrations: Iterable[Registration], now: datetime) -> list[Registration]:
    """Registrations whose status check is due (never withdrawn ones)."""
    return [
        registration
        for registration in registrations
        if registration.withdrawn_at is None
        and registration.next_check_at is not None
        and registration.next_check_at <= now
    ]


def items_to_register_again(
    items: Iterable[Item],
    registrations: Iterable[Registration],
    sightings: Iterable[Sighting],
    match_methods: dict[tuple[int, int], str],
) -> list[tuple[Item, Sighting]]:
    """Registered items of which an *edited* copy was found: that copy needs a new fingerprint.

    Args:
        items: the case's items.
        registrations: the case's registrations (withdrawn ones are ignored).
        sightings: the case's sightings.
        match_methods: how each (sighting id, item id) pair was matched ("sha256", "pdq" ...).
    """
    registered = {
        item_id
        for registration in registrations
        if registration.withdrawn_at is None
        for item_id in registration.item_ids
    }
    by_id = {item.id: item for item in items}
    prompts = []
    for sighting in sightings:
        for item_id in sighting.item_ids:
            item = by_id.get(item_id)
            if item is None or item_id not in registered:
                continue
            method = match_methods.get((sighting.id, item_id), "")
            if method not in _EXACT_METHODS and sighting.found_file_sha256 != item.sha256:
                prompts.append((item, sighting))
    return prompts
