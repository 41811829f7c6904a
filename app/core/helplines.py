"""Helplines by country, for the "Get help" screen (``resources/helplines.toml``).

The file lists organisations that help people whose intimate pictures were shared, with
their contacts and a short description in every language StillMine speaks. This module reads
and checks it; it never contacts anyone. Helplines marked for ``WORLDWIDE`` are shown with
every country.
"""

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from app.core.errors import BugError
from app.core.languages import FALLBACK_LANGUAGE

#: The pseudo-country of helplines that serve everyone.
WORLDWIDE: Final = "WW"
#: Texts fall back to this language when a translation is missing.
FILE_NAME: Final = "helplines.toml"


class ContactKind(StrEnum):
    """How a helpline is reached."""

    PHONE = "phone"
    WEB = "web"
    EMAIL = "email"
    CHAT = "chat"
    EMERGENCY = "emergency"


class HelplinesDamaged(BugError):
    """The bundled helplines file is missing or malformed (a packaging fault, not the user's)."""


@dataclass(frozen=True, slots=True)
class Text:
    """A short text in several languages."""

    by_language: Mapping[str, str]

    def in_language(self, language: str) -> str:
        """The text in ``language``, or in English when it has no translation."""
        return self.by_language.get(language) or self.by_language.get(FALLBACK_LANGUAGE, "")


@dataclass(frozen=True, slots=True)
class Contact:
    """One way to reach a helpline.

    Attributes:
        kind: phone, web address, e-mail, chat or emergency number.
        value: the number or address, exactly as the user should type it.
        note: an optional remark ("chat on the website").
    """

    kind: ContactKind
    value: str
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Helpline:
    """An organisation that helps, where it helps, and how to reach it."""

    name: str
    countries: tuple[str, ...]
    about: Text
    contacts: tuple[Contact, ...]


@dataclass(frozen=True, slots=True)
class HelplineBook:
    """Every helpline, and the countries they are listed under (in the file's order)."""

    countries: Mapping[str, Text]
    helplines: tuple[Helpline, ...]

    def for_country(self, country: str) -> list[Helpline]:
        """The helplines of ``country`` first, then those serving everyone (each once)."""
        own = [line for line in self.helplines if country in line.countries]
        everywhere = [
            line for line in self.helplines if WORLDWIDE in line.countries and line not in own
        ]
        return own + everywhere

    def country_name(self, country: str, language: str) -> str:
        """The country's name in ``language``."""
        return self.countries[country].in_language(language)


def load_helplines(path: Path) -> HelplineBook:
    """Read and check the helplines file.

    Raises:
        HelplinesDamaged: the file is missing or does not follow the expected shape.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        countries = {code: _text(names) for code, names in data["countries"].items()}
        helplines = tuple(_helpline(entry, countries) for entry in data["helplines"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise HelplinesDamaged(f"The helplines file {path} is damaged: {exc!r}") from exc
    return HelplineBook(countries, helplines)


@functools.cache
def default_helplines() -> HelplineBook:
    """The helplines shipped in ``resources/``."""
    from app.paths import resources_dir

    return load_helplines(resources_dir() / FILE_NAME)


def _helpline(entry: Mapping[str, Any], countries: Mapping[str, Text]) -> Helpline:
    listed = tuple(str(code) for code in entry["countries"])
    unknown = [code for code in listed if code not in countries]
    if not listed or unknown:
        raise ValueError(f"{entry.get('name')!r} has unknown or no countries: {unknown}")
    contacts = tuple(_contact(contact) for contact in entry["contacts"])
    if not contacts:
        raise ValueError(f"{entry['name']!r} has no contacts")
    return Helpline(str(entry["name"]), listed, _text(entry["about"]), contacts)


def _contact(entry: Mapping[str, Any]) -> Contact:
    note = entry.get("note")
    return Contact(
        ContactKind(entry["kind"]), str(entry["value"]), _text(note) if note is not None else None
    )


def _text(entry: Mapping[str, Any]) -> Text:
    texts = {str(language): str(text) for language, text in entry.items()}
    if not texts.get(FALLBACK_LANGUAGE):
        raise ValueError(f"a text without an English version: {texts}")
    return Text(texts)
