"""What every fingerprint algorithm is: a name, a version, a hex validator, a distance.

Each algorithm is a small plugin class (after python-threatexchange's ``SignalType``): the
name is stable and stored in the case file, the version changes when its output would,
``validate`` checks and normalises a hex string, ``distance`` compares two of them and
``MATCH_DISTANCE`` says how close counts as the same picture. Hashes are always lowercase
hex strings at the interfaces.
"""

import string
from typing import ClassVar

from app.core.errors import UserError

_HEX_DIGITS = frozenset(string.hexdigits.lower())


class InvalidHash(UserError):
    """A fingerprint string is malformed (wrong length or characters, or all zeros)."""

    code = "invalid-hash"


def hamming_distance(first: str, second: str) -> int:
    """Number of differing bits between two equally long hex strings."""
    if len(first) != len(second):
        raise ValueError("hashes of different lengths cannot be compared")
    return (int(first, 16) ^ int(second, 16)).bit_count()


class HashAlgorithm:
    """Base of the fingerprint plugins; subclasses set the class attributes.

    Attributes:
        NAME: stable identifier, used in files and the case file ("pdq").
        LABEL: name shown to people ("PDQ").
        VERSION: bumped whenever the same file would get a different value.
        BITS: length of the hash in bits.
        MATCH_DISTANCE: the largest Hamming distance that still counts as a match (0 for
            exact hashes).
    """

    NAME: ClassVar[str]
    LABEL: ClassVar[str]
    VERSION: ClassVar[int] = 1
    BITS: ClassVar[int]
    MATCH_DISTANCE: ClassVar[int] = 0

    @classmethod
    def hex_length(cls) -> int:
        """Number of hex characters in a hash."""
        return cls.BITS // 4

    @classmethod
    def validate(cls, value: str) -> str:
        """Return ``value`` as canonical lowercase hex, or raise ``InvalidHash``.

        All-zero values are refused: a corrupt all-zero "hash" once crashed index builds in a
        real hash-sharing feed (facebook/ThreatExchange#1609).
        """
        text = value.strip().lower() if isinstance(value, str) else ""
        if len(text) != cls.hex_length() or not _HEX_DIGITS.issuperset(text):
            raise InvalidHash(
                f"“{str(value)[:80]}” is not a valid {cls.LABEL} fingerprint: it must be "
                f"{cls.hex_length()} characters, each 0-9 or a-f."
            )
        if not text.strip("0"):
            raise InvalidHash(f"An all-zero {cls.LABEL} fingerprint is not a real fingerprint.")
        return text

    @classmethod
    def distance(cls, first: str, second: str) -> int:
        """Hamming distance between two valid hashes of this algorithm."""
        return hamming_distance(cls.validate(first), cls.validate(second))

    @classmethod
    def matches(cls, first: str, second: str) -> bool:
        """Whether two hashes are close enough to be the same picture."""
        return cls.distance(first, second) <= cls.MATCH_DISTANCE
