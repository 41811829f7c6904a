"""The catalogue of matching services (``resources/services.toml``), typed and checked.

Every text is bilingual (English and Dutch); ``Text.get(language)`` falls back to English.
"""

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.languages import LANGUAGES


class CatalogueError(UserError):
    """The catalogue file is missing or damaged (StillMine's own files need repairing)."""

    code = "catalogue-damaged"


@dataclass(frozen=True, slots=True)
class Text:
    """A text in every language StillMine speaks."""

    by_language: Mapping[str, Any]

    def get(self, language: str) -> Any:
        """The text in ``language``, or in English when there is no translation."""
        return self.by_language.get(language) or self.by_language["en"]


@dataclass(frozen=True, slots=True)
class Service:
    """A matching service and what it asks of the person who uses it."""

    id: str
    kind: str  # "website", "api" or "export"
    url: str
    faq_url_nl: str
    age: str  # "adult" or "minor"
    user_must_appear: bool
    file_must_be_on_device: bool
    media_kinds: tuple[str, ...]
    hash_types: tuple[str, ...]
    returns_case_number: bool
    returns_pin: bool
    partners_on_site: bool
    name: Text
    summary: Text
    eligibility: Text
    what_happens: Text
    returns: Text
    does_not: Text
    withdraw: Text
    check_status: Text


@dataclass(frozen=True, slots=True)
class Referral:
    """Somewhere else to report (for content of someone under 18)."""

    id: str
    url: str
    phone: str
    name: Text
    summary: Text


@dataclass(frozen=True, slots=True)
class Catalogue:
    """All services, referrals and the reasons routing gives."""

    last_checked: str
    services: tuple[Service, ...]
    referrals: tuple[Referral, ...]
    reasons: Mapping[str, Text]

    def service(self, service_id: str) -> Service:
        """One service by id."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise CatalogueError(f"The service catalogue has no service called {service_id!r}.")

    def reason(self, reason_id: str) -> Text:
        """The plain-language reason with this id."""
        try:
            return self.reasons[reason_id]
        except KeyError:
            raise CatalogueError(f"The service catalogue has no reason {reason_id!r}.") from None


_TEXT_FIELDS = (
    "name",
    "summary",
    "eligibility",
    "what_happens",
    "returns",
    "does_not",
    "withdraw",
    "check_status",
)


def _text(table: Any, where: str) -> Text:
    if not isinstance(table, dict) or not all(table.get(language) for language in LANGUAGES):
        raise CatalogueError(f"The service catalogue lacks a text in every language at {where}.")
    return Text(table)


def _service(table: dict[str, Any]) -> Service:
    service_id = str(table.get("id", "?"))
    try:
        return Service(
            id=service_id,
            kind=str(table["kind"]),
            url=str(table["url"]),
            faq_url_nl=str(table.get("faq_url_nl", "")),
            age=str(table["age"]),
            user_must_appear=bool(table["user_must_appear"]),
            file_must_be_on_device=bool(table["file_must_be_on_device"]),
            media_kinds=tuple(table["media_kinds"]),
            hash_types=tuple(table["hash_types"]),
            returns_case_number=bool(table["returns_case_number"]),
            returns_pin=bool(table["returns_pin"]),
            partners_on_site=bool(table["partners_on_site"]),
            **{field: _text(table.get(field), f"{service_id}.{field}") for field in _TEXT_FIELDS},
        )
    except KeyError as missing:
        raise CatalogueError(f"The service catalogue lacks {missing} for {service_id}.") from None


def _referral(table: dict[str, Any]) -> Referral:
    referral_id = str(table.get("id", "?"))
    return Referral(
        id=referral_id,
        url=str(table.get("url", "")),
        phone=str(table.get("phone", "")),
        name=_text(table.get("name"), f"{referral_id}.name"),
        summary=_text(table.get("summary"), f"{referral_id}.summary"),
    )


def parse_catalogue(document: Mapping[str, Any]) -> Catalogue:
    """Check and type a catalogue read from TOML."""
    services = tuple(_service(table) for table in document.get("service", []))
    ids = [service.id for service in services]
    if len(set(ids)) != len(ids) or not services:
        raise CatalogueError("The service catalogue is empty or names a service twice.")
    for service in services:
        if service.age not in ("adult", "minor") or service.kind not in (
            "website",
            "api",
            "export",
        ):
            raise CatalogueError(f"The service catalogue describes {service.id} wrongly.")
    reasons = {
        key: _text(value, f"reasons.{key}") for key, value in document.get("reasons", {}).items()
    }
    return Catalogue(
        last_checked=str(document.get("last_checked", "")),
        services=services,
        referrals=tuple(_referral(table) for table in document.get("referral", [])),
        reasons=reasons,
    )


def load_catalogue(path: Path) -> Catalogue:
    """Read and check ``services.toml``."""
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(
            f"StillMine's list of services ({path.name}) is missing or damaged. Reinstall "
            "StillMine to repair it."
        ) from exc
    return parse_catalogue(document)


@functools.cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped in ``resources/``."""
    from app.paths import resources_dir

    return load_catalogue(resources_dir() / "services.toml")
