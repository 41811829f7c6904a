"""The platform directory (``resources/platforms.toml``): where and how to report, typed.

Each platform has the domains that recognise its web addresses (subdomains included), its
reporting channels (forms, e-mail addresses, in-app buttons), the letter types it accepts,
notes, and how sure we are of each fact. A domain no platform claims leads to the unknown
route: find the host and the registrar, and write to them.
"""

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from app.core.errors import UserError
from app.core.languages import LANGUAGES, in_every_language
from app.core.letters.kinds import LetterType
from app.core.letters.library import Text

FILE_NAME: Final = "platforms.toml"
_CHANNEL_KINDS: Final = frozenset({"web-form", "email", "in-app", "post", "info"})
_VERIFIED: Final = frozenset({"yes", "partly", "secondary"})


class PlatformDirectoryDamaged(UserError):
    """The bundled platform directory is missing or damaged (reinstalling repairs it)."""

    code = "platforms-damaged"


@dataclass(frozen=True, slots=True)
class ReportingChannel:
    """One way to report to a platform.

    Attributes:
        kind: ``web-form``, ``email``, ``in-app``, ``post`` or ``info`` (a page to read).
        address: the form's URL, the e-mail or postal address, or an in-app handle ("" when
            the label says where the button is).
        types: the letter types it takes.
        verified: False unless confirmed on the platform's own pages.
        label: what it is, in each language.
        subject: the e-mail subject the platform asks for, if any.
    """

    kind: str
    address: str
    types: tuple[LetterType, ...]
    verified: bool
    label: Text
    subject: str = ""


@dataclass(frozen=True, slots=True)
class DeclaredDeadline:
    """A time the platform itself promises to act within, for some letter types."""

    hours: int
    types: tuple[LetterType, ...]
    verified: bool


@dataclass(frozen=True, slots=True)
class Platform:
    """A platform, search engine or site, and how to report to it."""

    id: str
    name: str
    service_type: str
    domains: tuple[str, ...]
    country_domains: tuple[str, ...]
    accepts: tuple[LetterType, ...]
    accepts_unverified: tuple[LetterType, ...]
    verified: str
    last_checked: date
    never_use: tuple[str, ...]
    tracking_parameters: tuple[str, ...]
    notes: Mapping[str, tuple[str, ...]]
    channels: tuple[ReportingChannel, ...]
    deadline: DeclaredDeadline | None = None

    def channels_for(self, letter_type: LetterType) -> tuple[ReportingChannel, ...]:
        """The channels that take ``letter_type``, verified ones first."""
        found = [channel for channel in self.channels if letter_type in channel.types]
        return tuple(sorted(found, key=lambda channel: not channel.verified))

    def notes_in(self, language: str) -> tuple[str, ...]:
        """The platform's notes in ``language``."""
        return self.notes[language]

    def matches(self, host: str) -> int:
        """How well ``host`` matches: the length of the matching domain, 0 for no match."""
        best = max(
            (
                len(domain)
                for domain in self.domains
                if host == domain or host.endswith("." + domain)
            ),
            default=0,
        )
        for name in self.country_domains:
            # google.nl, google.co.uk, google.com.au, and their subdomains.
            found = re.search(rf"(?:^|\.)({re.escape(name)}\.(?:(?:co|com)\.)?[a-z]{{2,3}})$", host)
            if found:
                best = max(best, len(found.group(1)))
        return best


@dataclass(frozen=True, slots=True)
class UnknownRoute:
    """What to do when a site is not in the directory: the host and registrar route."""

    name: Text
    accepts: tuple[LetterType, ...]
    instructions: Mapping[str, tuple[str, ...]]

    def instructions_in(self, language: str) -> tuple[str, ...]:
        """The steps, in ``language``."""
        return self.instructions[language]


@dataclass(frozen=True, slots=True)
class PlatformDirectory:
    """Every known platform, the unknown route, and the general tracking parameters."""

    source: str
    last_checked: date
    tracking_parameters: tuple[str, ...]
    platforms: tuple[Platform, ...]
    unknown: UnknownRoute

    def platform(self, platform_id: str) -> Platform:
        """One platform by id."""
        for platform in self.platforms:
            if platform.id == platform_id:
                return platform
        raise PlatformDirectoryDamaged(f"The platform directory has no platform {platform_id!r}.")

    def recognise(self, host: str) -> Platform | None:
        """The platform a host name belongs to (subdomains too), or None when unknown."""
        host = _ascii_host(host)
        if not host:
            return None
        scored = [(platform.matches(host), platform) for platform in self.platforms]
        best_score, best = max(scored, key=lambda pair: pair[0], default=(0, None))
        return best if best_score else None

    def tracking_parameters_for(self, host: str) -> tuple[str, ...]:
        """The query parameters to remove from an address on ``host``."""
        platform = self.recognise(host)
        extra = platform.tracking_parameters if platform is not None else ()
        return self.tracking_parameters + extra


def _ascii_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


# --- loading ----------------------------------------------------------------------------------


def _damaged(where: str) -> PlatformDirectoryDamaged:
    return PlatformDirectoryDamaged(f"The platform directory is damaged at {where}.")


def _text(table: Any, where: str) -> Text:
    found = in_every_language(table)
    if found is None:
        raise _damaged(where)
    return Text(found)


def _lines(table: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, Mapping):
        raise _damaged(where)
    lines = {
        language: tuple(str(line) for line in table.get(language, ())) for language in LANGUAGES
    }
    if len({len(found) for found in lines.values()}) != 1:
        raise _damaged(f"{where} (the languages differ in length)")
    return lines


def _types(values: Any, where: str) -> tuple[LetterType, ...]:
    try:
        return tuple(LetterType(value) for value in values)
    except (TypeError, ValueError):
        raise _damaged(where) from None


def _channel(table: Mapping[str, Any], where: str) -> ReportingChannel:
    if table.get("kind") not in _CHANNEL_KINDS or "verified" not in table:
        raise _damaged(where)
    return ReportingChannel(
        kind=str(table["kind"]),
        address=str(table.get("address", "")),
        types=_types(table.get("types", ()), f"{where}.types"),
        verified=bool(table["verified"]),
        label=_text(table.get("label"), f"{where}.label"),
        subject=str(table.get("subject", "")),
    )


def _deadline(table: Any, where: str) -> DeclaredDeadline | None:
    if table is None:
        return None
    if not isinstance(table, Mapping) or not isinstance(table.get("hours"), int):
        raise _damaged(where)
    return DeclaredDeadline(
        int(table["hours"]), _types(table.get("types", ()), where), bool(table.get("verified"))
    )


def _platform(table: Mapping[str, Any], default_checked: date) -> Platform:
    where = f"platform {table.get('id', '?')}"
    if table.get("verified") not in _VERIFIED or not table.get("id") or not table.get("name"):
        raise _damaged(where)
    try:
        return Platform(
            id=str(table["id"]),
            name=str(table["name"]),
            service_type=str(table.get("service_type", "other")),
            domains=tuple(str(domain).lower() for domain in table.get("domains", ())),
            country_domains=tuple(str(name).lower() for name in table.get("country_domains", ())),
            accepts=_types(table.get("accepts", ()), f"{where}.accepts"),
            accepts_unverified=_types(table.get("accepts_unverified", ()), where),
            verified=str(table["verified"]),
            last_checked=_date(table.get("last_checked", default_checked), where),
            never_use=tuple(str(address) for address in table.get("never_use", ())),
            tracking_parameters=tuple(str(name) for name in table.get("tracking_parameters", ())),
            notes=_lines(table.get("notes"), f"{where}.notes"),
            channels=tuple(
                _channel(channel, f"{where}.channel") for channel in table.get("channel", ())
            ),
            deadline=_deadline(table.get("deadline"), f"{where}.deadline"),
        )
    except (TypeError, ValueError):
        raise _damaged(where) from None


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _damaged(f"{where}.last_checked") from None


def parse_directory(document: Mapping[str, Any]) -> PlatformDirectory:
    """Check and type a platform directory read from TOML."""
    checked = _date(document.get("last_checked"), "the top")
    platforms = tuple(_platform(table, checked) for table in document.get("platform", ()))
    ids = [platform.id for platform in platforms]
    if not platforms or len(set(ids)) != len(ids):
        raise PlatformDirectoryDamaged("The platform directory is empty or names a platform twice.")
    unknown = document.get("unknown")
    if not isinstance(unknown, Mapping):
        raise _damaged("unknown")
    return PlatformDirectory(
        source=str(document.get("source", "")),
        last_checked=checked,
        tracking_parameters=tuple(str(name) for name in document.get("tracking_parameters", ())),
        platforms=platforms,
        unknown=UnknownRoute(
            name=_text(unknown.get("name"), "unknown.name"),
            accepts=_types(unknown.get("accepts", ()), "unknown.accepts"),
            instructions=_lines(unknown.get("instructions"), "unknown.instructions"),
        ),
    )


def load_directory(path: Path) -> PlatformDirectory:
    """Read and check ``platforms.toml``."""
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PlatformDirectoryDamaged(
            f"StillMine's list of platforms ({path.name}) is missing or damaged. Reinstall "
            "StillMine to repair it."
        ) from exc
    return parse_directory(document)


@functools.cache
def default_directory() -> PlatformDirectory:
    """The directory shipped in ``resources/``."""
    from app.paths import resources_dir

    return load_directory(resources_dir() / FILE_NAME)
