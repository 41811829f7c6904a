"""What a letter's required elements need from the case, checked one by one.

Each manifest element lists the names of its needs ("legal_name", "urls" ...). A need is met
when its check below returns True; ``texts.toml`` describes each need in plain words, so a
letter that cannot be made says exactly what is missing.
"""

from collections.abc import Callable, Mapping
from typing import Final

from app.core.letters.data import LetterData

NeedCheck = Callable[[LetterData], bool]


def _descriptions(data: LetterData) -> bool:
    return bool(data.sightings) and all(sighting.description for sighting in data.sightings)


def _contact_any(data: LetterData) -> bool:
    return bool(data.contact_email or data.contact_phone or data.contact_address)


NEED_CHECKS: Final[Mapping[str, NeedCheck]] = {
    "signer_name": lambda data: bool(data.signer_name),
    "legal_name": lambda data: bool(data.person.legal_name),
    "email": lambda data: bool(data.contact_email),
    "postal_address": lambda data: bool(data.contact_address),
    "phone": lambda data: bool(data.contact_phone),
    "contact": lambda data: bool(data.contact_email or data.contact_address),
    "contact_any": _contact_any,
    "recipient_name": lambda data: bool(data.recipient.name),
    "urls": lambda data: bool(data.sightings),
    "descriptions": _descriptions,
    "work": lambda data: bool(data.copyright_items),
    "not_paid": lambda data: data.answers.not_paid_for_content is True,
    "account": lambda data: bool(data.answers.account),
}


def unmet(needs: tuple[str, ...], data: LetterData) -> tuple[str, ...]:
    """The needs in ``needs`` that ``data`` does not meet, in order."""
    return tuple(need for need in needs if not NEED_CHECKS[need](data))
