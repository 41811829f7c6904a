"""The languages StillMine speaks: its windows, its letters and its catalogues' texts.

A language is added by translating everything that lists these first: ``resources/i18n``,
the letter templates, and the texts of ``services.toml``, ``platforms.toml`` and
``helplines.toml``.
"""

from collections.abc import Mapping
from typing import Final

LANGUAGES: Final = ("en", "nl")
#: What a text is shown in when it has no translation.
FALLBACK_LANGUAGE: Final = "en"


def in_every_language(table: object) -> dict[str, str] | None:
    """A resource file's text (a table such as ``{en = "...", nl = "..."}``) as a dict,
    or None unless it holds a non-empty string for every one of ``LANGUAGES``."""
    if not isinstance(table, Mapping):
        return None
    found = {language: table.get(language) for language in LANGUAGES}
    if not all(isinstance(text, str) and text for text in found.values()):
        return None
    return {language: str(text) for language, text in found.items()}
