"""Translated words for things the core names in English or by code.

The core's privacy findings, media kinds and picture warnings are English sentences or
codes; the screens show them through these tables so they appear in the user's language.
"""

from datetime import datetime
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.core.fingerprints.model import TOO_PLAIN_WARNING
from app.core.media import DAMAGED_METADATA_WARNING
from app.core.privacy import PrivacyKind

_CONTEXT: Final = "Texts"

_PRIVACY: Final = {
    PrivacyKind.LOCATION: QT_TRANSLATE_NOOP(
        "Texts", "Contains your location: the place where it was taken (GPS)."
    ),
    PrivacyKind.CAMERA: QT_TRANSLATE_NOOP("Texts", "Names the camera or phone that took it."),
    PrivacyKind.CAMERA_SERIAL: QT_TRANSLATE_NOOP(
        "Texts", "Contains the serial number of the camera or phone."
    ),
    PrivacyKind.OWNER: QT_TRANSLATE_NOOP(
        "Texts", "Contains a person's name (owner, artist or author)."
    ),
    PrivacyKind.CAPTURE_TIME: QT_TRANSLATE_NOOP(
        "Texts", "Contains the date and time it was taken."
    ),
    PrivacyKind.SOFTWARE: QT_TRANSLATE_NOOP(
        "Texts", "Names the app or program that made or edited it."
    ),
    PrivacyKind.THUMBNAIL: QT_TRANSLATE_NOOP("Texts", "Contains a small preview copy of itself."),
    PrivacyKind.HIDDEN_DATA: QT_TRANSLATE_NOOP(
        "Texts", "Contains extra hidden data, such as a second picture or a video."
    ),
}

_WARNINGS: Final = {
    TOO_PLAIN_WARNING: QT_TRANSLATE_NOOP(
        "Texts",
        "This picture is too plain (for example mostly one colour, or very small) for a "
        "similarity fingerprint: only exact copies of the file can be recognised.",
    ),
    DAMAGED_METADATA_WARNING: QT_TRANSLATE_NOOP(
        "Texts",
        "The photo's hidden information (EXIF) is damaged and was ignored; the picture itself "
        "was read normally.",
    ),
}

_KINDS: Final = {
    "image": QT_TRANSLATE_NOOP("Texts", "Image"),
    "video": QT_TRANSLATE_NOOP("Texts", "Video"),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP only marks texts for lupdate; its result is the text itself.
    return QCoreApplication.translate(_CONTEXT, str(text))


def privacy_text(kind: PrivacyKind) -> str:
    """What a privacy finding means, in one plain sentence."""
    return _tr(_PRIVACY[kind])


def privacy_kinds(stored: str) -> list[PrivacyKind]:
    """The privacy findings an item recorded (``Item.privacy_kinds``), known kinds only."""
    known = {kind.value: kind for kind in PrivacyKind}
    return [known[part] for part in stored.split(",") if part in known]


def warning_text(warning: str) -> str:
    """A warning about a picture, translated when it is one StillMine knows."""
    template = _WARNINGS.get(warning)
    return _tr(template) if template is not None else warning


def kind_text(kind: str, file_format: str = "") -> str:
    """An item's kind, with its file format when known: "Image (PNG)"."""
    template = _KINDS.get(kind)
    word = _tr(template) if template is not None else kind
    return f"{word} ({file_format.upper()})" if file_format else word


_PRIVACY_SHORT: Final = {
    PrivacyKind.LOCATION: QT_TRANSLATE_NOOP("Texts", "your location"),
    PrivacyKind.CAMERA: QT_TRANSLATE_NOOP("Texts", "camera"),
    PrivacyKind.CAMERA_SERIAL: QT_TRANSLATE_NOOP("Texts", "camera serial number"),
    PrivacyKind.OWNER: QT_TRANSLATE_NOOP("Texts", "a name"),
    PrivacyKind.CAPTURE_TIME: QT_TRANSLATE_NOOP("Texts", "date and time"),
    PrivacyKind.SOFTWARE: QT_TRANSLATE_NOOP("Texts", "software"),
    PrivacyKind.THUMBNAIL: QT_TRANSLATE_NOOP("Texts", "a small copy"),
    PrivacyKind.HIDDEN_DATA: QT_TRANSLATE_NOOP("Texts", "hidden data"),
}

_STATUSES: Final = {
    "draft": QT_TRANSLATE_NOOP("Texts", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Texts", "Sent"),
    "submitted": QT_TRANSLATE_NOOP("Texts", "Submitted"),
    "resolved": QT_TRANSLATE_NOOP("Texts", "Resolved"),
    "removed": QT_TRANSLATE_NOOP("Texts", "Removed"),
    "refused": QT_TRANSLATE_NOOP("Texts", "Refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Texts", "Withdrawn"),
    "online": QT_TRANSLATE_NOOP("Texts", "Still online"),
    "reuploaded": QT_TRANSLATE_NOOP("Texts", "Uploaded again"),
    "unknown": QT_TRANSLATE_NOOP("Texts", "Unknown"),
    "active": QT_TRANSLATE_NOOP("Texts", "Active"),
    "received": QT_TRANSLATE_NOOP("Texts", "Received, not active yet"),
}

_AGES: Final = {
    "adult": QT_TRANSLATE_NOOP("Texts", "18 or older"),
    "under_18": QT_TRANSLATE_NOOP("Texts", "Under 18"),
    "unsure": QT_TRANSLATE_NOOP("Texts", "Not sure (treated as under 18)"),
}


def privacy_short(kinds: list[PrivacyKind]) -> str:
    """A short list of what a picture gives away ("your location, camera"), or a dash."""
    return ", ".join(_tr(_PRIVACY_SHORT[kind]) for kind in kinds) or "–"


def status_text(status: str) -> str:
    """A record's status in words, translated when StillMine knows it."""
    template = _STATUSES.get(status)
    return _tr(template) if template is not None else status


def age_text(age: str) -> str:
    """The answer about the age of the person in a picture."""
    template = _AGES.get(age)
    return _tr(template) if template is not None else age


def format_date(moment: datetime | None) -> str:
    """A date in the user's language and time zone, or a dash."""
    if moment is None:
        return "–"
    local = moment.astimezone()
    # Day and month name: "27 November 2026" cannot be misread the way "11/12/26" can.
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")


def duration_text(seconds: float | None) -> str:
    """A video's length as a clock shows it ("0:19", "1:02:03"), or "" when unknown."""
    if seconds is None:
        return ""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def media_text(kind: str, file_format: str = "", duration: float | None = None) -> str:
    """An item's kind and format, with a video's length: "Video (MP4), 0:19"."""
    text = kind_text(kind, file_format)
    length = duration_text(duration) if kind == "video" else ""
    return f"{text}, {length}" if length else text
