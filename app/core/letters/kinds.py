"""The names StillMine gives letter types, delivery channels and languages.

The type names are used by the command line, the manifests (``resources/letters/<type>.toml``),
the templates and the case file, so they never change.
"""

from enum import StrEnum

from app.core.languages import LANGUAGES


class LetterType(StrEnum):
    """The kinds of letter and notice StillMine writes, in the order they are offered."""

    NCII_REPORT = "ncii-report"
    TAKE_IT_DOWN = "take-it-down"
    DMCA = "dmca"
    DSA_NOTICE = "dsa-notice"
    GDPR_ERASURE = "gdpr-erasure"
    DELISTING_GOOGLE = "delisting-google"
    DELISTING_BING = "delisting-bing"
    HOST_ABUSE = "host-abuse"
    POLICE_DOSSIER = "police-dossier"


class Channel(StrEnum):
    """How a letter leaves the computer: always through the user's own hands."""

    WEB_FORM = "web-form"
    EMAIL = "email"
    POST = "post"
    IN_APP = "in-app"
    IN_PERSON = "in-person"


class Outcome(StrEnum):
    """What a reply to a letter said."""

    ACKNOWLEDGED = "acknowledged"
    REMOVED = "removed"
    REFUSED = "refused"
    MORE_INFORMATION = "more-information"
    OTHER = "other"


def check_language(language: str) -> str:
    """Return ``language`` if StillMine writes letters in it.

    Raises:
        ValueError: for any other language (a caller's mistake, not the user's).
    """
    if language not in LANGUAGES:
        raise ValueError(f"letters are written in {', '.join(LANGUAGES)}, not {language!r}")
    return language
