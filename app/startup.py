"""Checks made when StillMine starts, so that bad surroundings give a plain message, not a crash.

A damaged or incomplete installation (the ``resources`` folder), a missing translation file
and a data folder StillMine cannot write to are found here, before any window opens, and
described in words a non-technical person can act on. The window (``app.gui.launch``) shows
them in a message box, the command line as one line on standard error. A second window
while one is already open is refused by ``app.gui.launch`` (an operating-system lock in the
data folder).

Portable mode (``app.paths.is_portable``) is also set up here: ``enter_portable_mode`` sends
caches and temporary files into the portable data folder, so nothing lands in the home
folder of the computer StillMine runs on.

This module never imports Qt, and its checks are cheap (file names, TOML and JSON syntax, the
helplines): start-up time matters. The full checks of each file happen where it is used.
"""

import json
import os
import secrets
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from app import APP_NAME
from app.core.languages import LANGUAGES
from app.paths import RESOURCES_VARIABLE, data_dir, is_portable, resources_dir

#: Resource files (relative to the resources folder) read as TOML or JSON at start-up.
_TOML_FILES: Final = (
    "services.toml",
    "platforms.toml",
    "helplines.toml",
    "licenses/components.toml",
)
_JSON_FILES: Final = ("case.schema.json", "letters/examples.json")
_ICONS: Final = ("stillmine.svg", "discreet.svg", "no-preview.svg")


class ProblemKind(StrEnum):
    """What is wrong (a stable name: the window translates its message by it)."""

    RESOURCES_DAMAGED = "resources-damaged"
    TRANSLATION_MISSING = "translation-missing"
    DATA_FOLDER_UNWRITABLE = "data-folder-unwritable"
    ALREADY_RUNNING = "already-running"


@dataclass(frozen=True, slots=True)
class Problem:
    """A reason StillMine cannot start properly, told plainly.

    Attributes:
        kind: what is wrong.
        message: the plain English explanation (the command line prints it).
        detail: the file or folder concerned, for the translated message in the window.
        fatal: True when StillMine must stop; False when it can go on (a missing
            translation: it goes on in English).
    """

    kind: ProblemKind
    message: str
    detail: str
    fatal: bool = True


def _damaged(detail: str, what: str) -> Problem:
    return Problem(
        ProblemKind.RESOURCES_DAMAGED,
        f"{APP_NAME}'s own files are damaged or incomplete ({what}), so it cannot start. "
        f"Nothing of your case has been touched. Download {APP_NAME} again and replace the "
        "old folder (keep your data folder).",
        detail,
    )


def check_resources(folder: Path | None = None) -> list[Problem]:
    """Find missing or unreadable resource files (cheap: names and syntax, the helplines)."""
    root = folder if folder is not None else resources_dir()
    if not root.is_dir():
        return [_damaged(str(root), f"the folder {root} is missing")]
    problems: list[Problem] = []
    for name in _required_files():
        if not (root / name).is_file():
            problems.append(_damaged(name, f"{name} is missing"))
    for name in _TOML_FILES + tuple(_letter_manifests()):
        problem = _check_syntax(root, name, _read_toml)
        if problem is not None:
            problems.append(problem)
    for name in _JSON_FILES:
        problem = _check_syntax(root, name, _read_json)
        if problem is not None:
            problems.append(problem)
    if not problems:
        problems += _check_helplines(root)
    return _unique(problems)


def _required_files() -> list[str]:
    from app.core.letters.kinds import LetterType

    names = [*_TOML_FILES, *_JSON_FILES, *_letter_manifests()]
    names += [f"icons/{icon}" for icon in _ICONS]
    for language in LANGUAGES:
        names += [f"letters/{language}/_base.html.j2", f"letters/{language}/_macros.html.j2"]
        names += [f"letters/{language}/{kind}.html.j2" for kind in LetterType]
    return names


def _letter_manifests() -> list[str]:
    from app.core.letters.kinds import LetterType

    return ["letters/law.toml", "letters/texts.toml"] + [
        f"letters/{kind}.toml" for kind in LetterType
    ]


def _read_toml(path: Path) -> None:
    with open(path, "rb") as handle:
        tomllib.load(handle)


def _read_json(path: Path) -> None:
    with open(path, encoding="utf-8") as handle:
        json.load(handle)


def _check_syntax(root: Path, name: str, read: Callable[[Path], None]) -> Problem | None:
    path = root / name
    if not path.is_file():
        return None  # reported as missing already
    try:
        read(path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        return _damaged(name, f"{name} cannot be read: {_reason(exc)}")
    return None


def _check_helplines(root: Path) -> list[Problem]:
    from app.core.helplines import FILE_NAME, HelplinesDamaged, load_helplines

    try:
        load_helplines(root / FILE_NAME)
    except HelplinesDamaged:
        return [_damaged(FILE_NAME, f"{FILE_NAME} does not list the helplines properly")]
    return []


def check_translations(folder: Path | None = None) -> list[Problem]:
    """Find missing translation files (not fatal: StillMine goes on in English)."""
    root = (folder if folder is not None else resources_dir()) / "i18n"
    problems = []
    for language in LANGUAGES:
        name = f"stillmine_{language}.qm"
        path = root / name
        if not path.is_file() or path.stat().st_size < 16:
            problems.append(
                Problem(
                    ProblemKind.TRANSLATION_MISSING,
                    f"The translation file {name} is missing or empty, so {APP_NAME} shows "
                    f"its texts in English. Download {APP_NAME} again to repair this.",
                    name,
                    fatal=False,
                )
            )
    return problems


def check_data_folder(folder: Path | None = None) -> Problem | None:
    """Make sure the data folder exists and StillMine can write in it (a test file)."""
    target = folder if folder is not None else data_dir()
    try:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        probe = target / f".write-test-{secrets.token_hex(4)}"
        with open(probe, "xb") as handle:
            handle.write(b"StillMine")
        probe.unlink()
    except OSError as exc:
        return Problem(
            ProblemKind.DATA_FOLDER_UNWRITABLE,
            f"{APP_NAME} cannot save anything in its folder {target} ({_reason(exc)}). The "
            "drive may be read-only, full or disconnected, or your account may not be allowed "
            "to write there. Free some space or choose a drive you can write to, then start "
            f"{APP_NAME} again.",
            str(target),
        )
    return None


def enter_portable_mode() -> None:
    """In portable mode, keep caches and temporary files in the portable data folder.

    Sets ``XDG_CACHE_HOME`` (font and graphics caches on Linux) and the temporary folder
    (``TMPDIR``/``TEMP``/``TMP`` and ``tempfile``) for this process and the worker processes
    it starts. Does nothing outside portable mode, or when the folder cannot be made (the
    data-folder check then tells the user).
    """
    if not is_portable():
        return
    base = data_dir()
    cache, temporary = base / "cache", base / "tmp"
    try:
        for folder in (cache, temporary):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return
    os.environ["XDG_CACHE_HOME"] = str(cache)
    for variable in ("TMPDIR", "TEMP", "TMP"):
        os.environ[variable] = str(temporary)
    tempfile.tempdir = str(temporary)


def describe_for_terminal(problems: Iterable[Problem]) -> str:
    """The problems as lines for standard error."""
    return "\n".join(problem.message for problem in problems)


def check_before_command() -> int | None:
    """The command line's check: print fatal resource problems; 1 if any, else None."""
    fatal = [problem for problem in check_resources() if problem.fatal]
    if not fatal:
        return None
    print(describe_for_terminal(fatal[:1]), file=sys.stderr)
    if os.environ.get(RESOURCES_VARIABLE):
        print(
            f"({RESOURCES_VARIABLE} is set to {os.environ[RESOURCES_VARIABLE]}.)", file=sys.stderr
        )
    return 1


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower() if exc.strerror[:1].isupper() else exc.strerror
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    kept = []
    for problem in problems:
        if problem.detail not in seen:
            seen.add(problem.detail)
            kept.append(problem)
    return kept
