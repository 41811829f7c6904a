"""The names the letter screens show: letter types (from the manifests, in the user's
language), ways of sending, kinds of reply, and long web addresses made to wrap."""

import re
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.letters.kinds import Channel, LetterType, Outcome
from app.core.letters.library import default_library

_CONTEXT: Final = "Letters"

_CHANNELS: Final = {
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Letters", "Web form"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Letters", "E-mail"),
    Channel.POST: QT_TRANSLATE_NOOP("Letters", "Post"),
    Channel.IN_APP: QT_TRANSLATE_NOOP("Letters", "Report button in the app"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Letters", "In person"),
}

_CHANNEL_KINDS: Final = {
    "web-form": QT_TRANSLATE_NOOP("Letters", "Web form"),
    "email": QT_TRANSLATE_NOOP("Letters", "E-mail"),
    "post": QT_TRANSLATE_NOOP("Letters", "Post"),
    "in-app": QT_TRANSLATE_NOOP("Letters", "In the app"),
    "info": QT_TRANSLATE_NOOP("Letters", "Page to read"),
}

_OUTCOMES: Final = {
    Outcome.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Letters", "They confirmed they received it"),
    Outcome.REMOVED: QT_TRANSLATE_NOOP("Letters", "They removed it"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("Letters", "They refused"),
    Outcome.MORE_INFORMATION: QT_TRANSLATE_NOOP("Letters", "They asked for more information"),
    Outcome.OTHER: QT_TRANSLATE_NOOP("Letters", "Another answer"),
}

# A place where a long web address or fingerprint may wrap on screen.
_BREAK_AFTER: Final = re.compile(r"([/?&=._@-])(?=\S)")
_LONG_WORD: Final = re.compile(r"\S{24,}")
_ZERO_WIDTH_SPACE: Final = "\u200b"


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def type_name(letter_type: LetterType | str, language: str) -> str:
    """A letter type's name in ``language`` (the stored name itself if it is unknown)."""
    try:
        return default_library().manifest(LetterType(letter_type)).name.get(language)
    except ValueError:
        return str(letter_type)


def type_summary(letter_type: LetterType, language: str) -> str:
    """What a letter type is for, in one sentence."""
    return default_library().manifest(letter_type).summary.get(language)


def channel_name(channel: Channel | str) -> str:
    """A way of sending, in the interface's language."""
    try:
        return _tr(_CHANNELS[Channel(channel)])
    except ValueError:
        return str(channel)


def channel_kind_name(kind: str) -> str:
    """A platform's kind of reporting channel, in the interface's language."""
    template = _CHANNEL_KINDS.get(kind)
    return _tr(template) if template is not None else kind


def outcome_name(outcome: Outcome | str) -> str:
    """What a reply said, in the interface's language."""
    try:
        return _tr(_OUTCOMES[Outcome(outcome)])
    except ValueError:
        return str(outcome)


def wrappable(text: str) -> str:
    """``text`` with invisible break points in long web addresses, so a label can wrap them.

    For display only: never for text the user copies or sends.
    """
    return _LONG_WORD.sub(
        lambda word: _BREAK_AFTER.sub(rf"\1{_ZERO_WIDTH_SPACE}", word.group(0)), text
    )
