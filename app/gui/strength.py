"""A rough, offline estimate of how hard a passphrase is to guess, for the strength meter.

It is feedback, not a rule: only the minimum length is enforced (by the case file). The
estimate counts the kinds of characters used and the length, and distrusts repeated
characters, runs such as "abcd" or "1234", and the most common passwords.
"""

import math
from enum import IntEnum
from itertools import pairwise
from typing import Final

from app.core.vault.store import MIN_PASSPHRASE_LENGTH

# The handful of passwords every guesser tries first (in lower case, digits stripped).
_COMMON: Final = frozenset(
    {
        "password", "wachtwoord", "qwerty", "azerty", "letmein", "welcome", "welkom",
        "iloveyou", "admin", "monkey", "dragon", "football", "sunshine", "princess",
        "abc", "abcdef", "abcdefgh", "secret", "geheim",
    }
)  # fmt: skip
_RUN: Final = 4  # this many characters in a row counts as a keyboard/alphabet run
# Words are guessed from dictionaries, not letter by letter: about 15 bits each.
_BITS_PER_WORD: Final = 15


class Strength(IntEnum):
    """How hard a passphrase is to guess."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def estimate(passphrase: str) -> Strength:
    """Estimate the strength of ``passphrase``."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength.TOO_SHORT
    if passphrase.lower().strip("0123456789!?. ") in _COMMON:
        return Strength.WEAK
    bits = _character_bits(passphrase) * _variety(passphrase)
    words = passphrase.split()
    if len(words) > 1:
        bits = min(bits, len(words) * _BITS_PER_WORD)
    if _has_run(passphrase):
        bits /= 2
    if bits < 30:
        return Strength.WEAK
    if bits < 45:
        return Strength.FAIR
    if bits < 60:
        return Strength.GOOD
    return Strength.STRONG


def _character_bits(passphrase: str) -> float:
    pool = 0
    pool += 26 if any(c.islower() for c in passphrase) else 0
    pool += 26 if any(c.isupper() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(not c.isalnum() and not c.isspace() for c in passphrase) else 0
    pool += 1 if any(c.isspace() for c in passphrase) else 0
    return len(passphrase) * math.log2(max(pool, 2))


def _variety(passphrase: str) -> float:
    # "aaaaaaaaaa" uses one character: it is worth far less than its length suggests.
    return min(1.0, 2 * len(set(passphrase)) / len(passphrase))


def _has_run(passphrase: str) -> bool:
    codes = [ord(c) for c in passphrase.lower()]
    steps = [b - a for a, b in pairwise(codes)]
    run = 1
    for step in steps:
        run = run + 1 if step in (1, -1) else 1
        if run >= _RUN:
            return True
    return False
