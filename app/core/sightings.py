"""Recording where a copy was found: its web address, platform, time and screenshots.

The user pastes a web address; ``clean_url`` makes it a proper one (``https://`` added when
missing, tracking parameters such as ``utm_source`` or ``fbclid`` removed, everything else
kept exactly) or refuses it in plain words. The platform is recognised from the domain
(``resources/platforms.toml``); an unknown domain leads to the host and registrar route.
Times always carry a time zone: "when found" defaults to now, in this computer's zone.

Screenshots are identified by their content, never their name, and stored only encrypted in
the case (``CaseFile.add_evidence``), named by their SHA-256. StillMine never decodes them
here: it checks that the first bytes are a picture's and that the file is not too large.
"""

import io
import ipaddress
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.errors import UserError
from app.core.files import FileTooLarge, display_name, read_file
from app.core.letters.library import default_library
from app.core.letters.platforms import Platform, PlatformDirectory, default_directory
from app.core.sniff import SNIFF_BYTES, ImageFormat, sniff
from app.core.vault.models import EvidenceFile, Sighting
from app.core.vault.repository import utc_now
from app.core.vault.store import CaseFile

#: The largest screenshot StillMine keeps (a very long page saved as one PNG fits).
MAX_SCREENSHOT_BYTES: Final = 50 * 2**20
#: How far in the future a "found at" time may be (clocks differ a little).
_CLOCK_SLACK: Final = timedelta(minutes=5)
_WITH_SCHEME: Final = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://")
# Schemes written without "//" that must not be mistaken for a missing scheme.
_OTHER_SCHEMES: Final = re.compile(
    r"(mailto|javascript|data|file|tel|sms|ftp|about|blob|chrome|view-source|intent):", re.I
)
_LABEL: Final = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?")
_QUOTES: Final = "<>\"'“”‘’«»"
_MEDIA_TYPES: Final = {
    ImageFormat.JPEG: "image/jpeg",
    ImageFormat.PNG: "image/png",
    ImageFormat.WEBP: "image/webp",
    ImageFormat.GIF: "image/gif",
    ImageFormat.BMP: "image/bmp",
    ImageFormat.TIFF: "image/tiff",
    ImageFormat.HEIF: "image/heif",
    ImageFormat.AVIF: "image/avif",
}


class NotAWebAddress(UserError):
    """What was pasted is not a web address StillMine can record."""

    code = "not-a-web-address"


class NotAScreenshot(UserError):
    """A file attached as a screenshot is not a picture, or is far too large."""

    code = "not-a-screenshot"


class BadTime(UserError):
    """A date and time that cannot be right (in the future, or not a time at all)."""

    code = "bad-time"


# --- web addresses --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CleanUrl:
    """A web address as StillMine records it.

    Attributes:
        url: the address, with a scheme and without tracking parameters.
        host: its host name, in lower case.
        removed: the names of the tracking parameters taken out (to show the user).
        scheme_added: whether ``https://`` was added.
    """

    url: str
    host: str
    removed: tuple[str, ...]
    scheme_added: bool


def _not_a_web_address(text: str, why: str) -> NotAWebAddress:
    return NotAWebAddress(
        f"“{text[:100]}” is not a web address{why}. Copy the address from the browser's "
        'address bar (it starts with https://), or use the platform\'s "Copy link".'
    )


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return True
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return (
        len(labels) >= 2
        and not labels[-1].isdigit()
        and all(_LABEL.fullmatch(label) for label in labels)
    )


def _is_tracking(name: str, patterns: tuple[str, ...]) -> bool:
    key = name.lower()
    return any(
        key.startswith(pattern[:-1]) if pattern.endswith("*") else key == pattern
        for pattern in patterns
    )


def _filter_query(query: str, patterns: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    # The kept parameters stay byte for byte as they were: they may matter to the page.
    kept, removed = [], []
    for piece in query.split("&"):
        name = urllib.parse.unquote_plus(piece.partition("=")[0])
        if piece and _is_tracking(name, patterns):
            removed.append(name)
        elif piece:
            kept.append(piece)
    return "&".join(kept), tuple(removed)


def clean_url(text: str, directory: PlatformDirectory | None = None) -> CleanUrl:
    """Make ``text`` a web address fit for the evidence log, or refuse it plainly.

    Raises:
        NotAWebAddress: it is empty, has spaces, another scheme, or no valid host.
    """
    candidate = text.strip().strip(_QUOTES).strip()
    if not candidate:
        raise NotAWebAddress("Paste the web address (URL) of the page where the copy is.")
    if any(character.isspace() for character in candidate):
        raise _not_a_web_address(candidate, " (it contains spaces)")
    original, added = candidate, False
    if candidate.startswith("//"):
        candidate, added = "https:" + candidate, True
    elif not _WITH_SCHEME.match(candidate) and not _OTHER_SCHEMES.match(candidate):
        candidate, added = "https://" + candidate, True
    try:
        parts = urllib.parse.urlsplit(candidate)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        raise _not_a_web_address(original, "") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise _not_a_web_address(
            candidate, f" StillMine can record (it starts with {parts.scheme}:)"
        )
    if not host or not _valid_host(host):
        raise _not_a_web_address(original, "")
    patterns = (directory or default_directory()).tracking_parameters_for(host)
    query, removed = _filter_query(parts.query, patterns)
    user = parts.netloc.rpartition("@")[0]
    shown_host = f"[{host}]" if ":" in host else host
    netloc = (f"{user}@" if user else "") + shown_host + (f":{port}" if port else "")
    url = urllib.parse.urlunsplit((parts.scheme.lower(), netloc, parts.path, query, parts.fragment))
    return CleanUrl(url, host, removed, added)


def recognise_platform(url: str, directory: PlatformDirectory | None = None) -> Platform | None:
    """The platform a web address belongs to (subdomains included), or None when unknown.

    For None, show ``directory.unknown`` (the host and registrar route) instead.
    """
    directory = directory or default_directory()
    return directory.recognise(clean_url(url, directory).host)


# --- times ----------------------------------------------------------------------------------


def local_now() -> datetime:
    """Now, in this computer's time zone."""
    return datetime.now().astimezone()


def found_at_or_now(value: datetime | None, now: Callable[[], datetime] = local_now) -> datetime:
    """When a copy was found, with its time zone: now when not given.

    A time without a zone is taken as this computer's local time.

    Raises:
        BadTime: the time is in the future.
    """
    current = now()
    if value is None:
        return current
    moment = value if value.tzinfo is not None else value.astimezone()
    if moment > current + _CLOCK_SLACK:
        raise BadTime("The time the copy was found is in the future. Check the date and time.")
    return moment


def parse_found_at(text: str, zone: str | tzinfo | None = None) -> datetime:
    """A date and time typed as ISO 8601 ("2026-05-20 14:30", offset optional).

    Without an offset the time is in ``zone`` (a name like "Europe/Amsterdam"), or in this
    computer's zone when none is given.

    Raises:
        BadTime: not a date and time, or an unknown zone.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadTime(
            f"“{text[:40]}” is not a date and time. Write it like 2026-05-20 14:30."
        ) from None
    if moment.tzinfo is not None:
        return moment
    if zone is None:
        return moment.astimezone()
    try:
        where = ZoneInfo(zone) if isinstance(zone, str) else zone
    except (ZoneInfoNotFoundError, ValueError):
        raise BadTime(f"“{zone}” is not a time zone StillMine knows.") from None
    return moment.replace(tzinfo=where)


# --- sightings ------------------------------------------------------------------------------


def evidence_advice(language: str) -> tuple[str, ...]:
    """The advocates' advice for the sightings page (preserve first, do not contact ...)."""
    return default_library().texts.items("advice", language)


@dataclass
class SightingInput:
    """What the user enters for a copy they found (the GUI's form, the core's input).

    Only ``url`` is required; ``found_at`` defaults to now. ``ai_made`` is "real", "ai",
    "manipulated" or "unknown".
    """

    url: str
    found_at: datetime | None = None
    how_found: str = ""
    uploader_handle: str = ""
    uploader_id: str = ""
    uploader_display_name: str = ""
    uploader_profile_url: str = ""
    uploader_contact: str = ""
    description: str = ""
    personal_data_shown: str = ""
    threats: str = ""
    content_type: str = ""
    ai_made: str = "unknown"
    identifying_features: str = ""
    context: str = ""
    media_url: str = ""
    archived_url: str = ""
    item_ids: tuple[int, ...] = ()


def _optional_url(text: str, directory: PlatformDirectory) -> str:
    return clean_url(text, directory).url if text.strip() else ""


def build_sighting(
    entry: SightingInput,
    *,
    directory: PlatformDirectory | None = None,
    now: Callable[[], datetime] = local_now,
) -> Sighting:
    """A new (unsaved) sighting from what the user entered.

    Raises:
        NotAWebAddress, BadTime: the address or time cannot be recorded.
    """
    directory = directory or default_directory()
    clean = clean_url(entry.url, directory)
    platform = directory.recognise(clean.host)
    return Sighting(
        url=clean.url,
        found_at=found_at_or_now(entry.found_at, now),
        how_found=entry.how_found.strip(),
        platform=platform.name if platform is not None else "",
        service_type=platform.service_type if platform is not None else "",
        media_url=_optional_url(entry.media_url, directory),
        archived_url=_optional_url(entry.archived_url, directory),
        uploader_handle=entry.uploader_handle.strip(),
        uploader_display_name=entry.uploader_display_name.strip(),
        uploader_profile_url=_optional_url(entry.uploader_profile_url, directory),
        uploader_id=entry.uploader_id.strip(),
        uploader_contact=entry.uploader_contact.strip(),
        description=entry.description.strip(),
        content_type=entry.content_type.strip(),
        ai_made=entry.ai_made if entry.ai_made in ("real", "ai", "manipulated") else "unknown",
        identifying_features=entry.identifying_features.strip(),
        personal_data_shown=entry.personal_data_shown.strip(),
        context=entry.context.strip(),
        threats=entry.threats.strip(),
        item_ids=tuple(entry.item_ids),
    )


def record_sighting(
    case: CaseFile,
    entry: SightingInput,
    *,
    match_method: str = "",
    directory: PlatformDirectory | None = None,
) -> Sighting:
    """Check, build and store a sighting in the case; returns it with its id."""
    sighting = build_sighting(entry, directory=directory)
    return case.change(lambda repo: repo.add_sighting(sighting, sighting.item_ids, match_method))


# --- screenshots ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Screenshot:
    """A screenshot's bytes, checked to be a picture (never decoded)."""

    data: bytes
    image_format: ImageFormat

    @property
    def media_type(self) -> str:
        """Its MIME type, from its content."""
        return _MEDIA_TYPES[self.image_format]


def read_screenshot(path: str | Path) -> Screenshot:
    """Read a screenshot and check, by its content, that it is a picture of a sensible size.

    Raises:
        NotAScreenshot: not a picture, or larger than ``MAX_SCREENSHOT_BYTES``.
        UserError: the file cannot be read (missing, empty, not allowed ...).
    """
    name = display_name(str(path))
    try:
        data = read_file(str(path), MAX_SCREENSHOT_BYTES)
    except FileTooLarge:
        raise NotAScreenshot(
            f"“{name}” is larger than {MAX_SCREENSHOT_BYTES // 2**20} MB, too large for a "
            "screenshot. Take a smaller screenshot, or several that overlap."
        ) from None
    sniffed = sniff(data[:SNIFF_BYTES])
    if sniffed.image_format is None:
        what = f" (it is {sniffed.description})" if sniffed.description else ""
        raise NotAScreenshot(
            f"“{name}” is not a picture{what}. Attach a screenshot, such as a PNG or JPEG file."
        )
    return Screenshot(data, sniffed.image_format)


def add_screenshot(
    case: CaseFile,
    path: str | Path,
    *,
    sighting_id: int,
    description: str = "",
    captured_at: datetime | None = None,
    device: str = "",
    shows_no_intimate_image: bool = False,
) -> EvidenceFile:
    """Check a screenshot and store it, encrypted, as evidence of a sighting.

    Its SHA-256 (to show the user) is in the returned record. Mark
    ``shows_no_intimate_image`` only for a message, a threat or a profile: only such
    screenshots are ever printed (in the police dossier).
    """
    screenshot = read_screenshot(path)
    if captured_at is not None and captured_at.tzinfo is None:
        captured_at = captured_at.astimezone()
    record = EvidenceFile(
        sha256="",
        size=0,
        added_at=utc_now(),
        sighting_id=sighting_id,
        description=description.strip(),
        media_type=screenshot.media_type,
        captured_at=captured_at,
        device=device.strip(),
        shows_no_intimate_image=shows_no_intimate_image,
    )
    return case.add_evidence(io.BytesIO(screenshot.data), record)
