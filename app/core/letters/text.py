"""Making text safe to put in a letter, and formatting dates the same way everywhere.

Everything a user typed, or a server sent, passes through ``clean_text`` before it reaches a
letter: control characters go, and so do the invisible bidirectional controls (embeddings,
overrides, isolates and marks). Those can make text display in a different order from the
order it is stored in, so a name or a web address could read as something else on paper.
Right-to-left scripts still display correctly: their direction comes from the letters
themselves. HTML escaping is left to the templates (Jinja2 autoescape).
"""

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Final

# U+061C ARABIC LETTER MARK, U+200E/U+200F LRM/RLM, U+202A..U+202E embeddings and overrides,
# U+2066..U+2069 isolates.
_BIDI_CONTROLS: Final = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# C0 controls except tab and newline, DEL, C1 controls, the byte-order mark and
# non-characters that some editors leave behind.
_OTHER_CONTROLS: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb]")
_LINE_BREAKS: Final = re.compile("\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES: Final = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def clean_text(text: str) -> str:
    """``text`` without control characters, with Unix line ends, trimmed and in NFC form."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _BIDI_CONTROLS.sub("", text)
    text = _OTHER_CONTROLS.sub("", text.replace("\t", " "))
    text = _BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text).strip()


def clean_line(text: str) -> str:
    """Like ``clean_text``, on one line (names, addresses in a single field, identifiers)."""
    return " ".join(clean_text(text).split())


def format_moment(moment: datetime) -> str:
    """A date and time with its offset, the same in every language: 2026-05-20 14:30 UTC+02:00."""
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{moment:%Y-%m-%d %H:%M} UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_date(day: date, months: tuple[str, ...]) -> str:
    """A date written out: 29 November 2026 (``months`` holds the month names)."""
    return f"{day.day} {months[day.month - 1]} {day.year}"
