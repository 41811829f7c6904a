"""Which paper a letter is printed on: US Letter where that is the usual size, A4 elsewhere."""

from enum import StrEnum
from typing import Final


class Paper(StrEnum):
    """The two paper sizes StillMine lays letters out for."""

    A4 = "a4"
    LETTER = "letter"


# Countries where US Letter is the usual office paper (North America, and the parts of Latin
# America and the Philippines that follow it); everywhere else uses A4.
_LETTER_COUNTRIES: Final = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "CR", "DO", "GT", "PA", "PR", "SV", "VE"}
)


def paper_for_country(country: str) -> Paper:
    """The usual paper size in ``country`` (ISO 3166 code; A4 when unknown)."""
    return Paper.LETTER if country.strip().upper() in _LETTER_COUNTRIES else Paper.A4
