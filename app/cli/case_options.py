"""Options every command that works on a case shares: where the case is, how to unlock it.

Passphrases are read from a prompt or from a file (``--passphrase-file``), never from the
command line, where other users of the computer could see them in the process list.
"""

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Final

from app.core.errors import UserError
from app.core.vault import DEFAULT_KDF, TEST_ONLY_WEAK_KDF, KdfParams
from app.paths import data_dir, is_frozen

#: Tests set this to make new cases cheap to unlock; never set it for real use.
WEAK_KDF_VARIABLE: Final = "STILLMINE_TEST_ONLY_WEAK_KDF"


def add_case_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--vault``, ``--passphrase-file`` and ``--yes``."""
    parser.add_argument(
        "--vault",
        type=Path,
        metavar="DIR",
        help="the folder that holds the case (default: StillMine's folder for this user; "
        "STILLMINE_HOME overrides it)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from the first line of FILE instead of asking",
    )
    parser.add_argument("--yes", action="store_true", help="answer yes to confirmations")


def case_folder(args: argparse.Namespace) -> Path:
    """The case folder the command works on."""
    return args.vault if args.vault is not None else data_dir()


def read_secret_file(path: Path, what: str) -> str:
    """The first line of a file holding a passphrase or recovery code."""
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"The {what} file {path} could not be read.") from exc
    value = line.rstrip("\r\n")
    if not value:
        raise UserError(f"The {what} file {path} is empty.")
    return value


def ask_secret(prompt: str, path: Path | None, what: str = "passphrase") -> str:
    """A passphrase from its file, or from a prompt that does not echo."""
    if path is not None:
        return read_secret_file(path, what)
    if not sys.stdin.isatty():
        raise UserError(
            f"StillMine needs the {what}. Give it with --passphrase-file FILE (it is never "
            "accepted on the command line)."
        )
    value = getpass.getpass(prompt)
    if not value:
        raise UserError(f"No {what} was entered.")
    return value


def ask_new_secret(path: Path | None, what: str = "passphrase") -> str:
    """A new passphrase: from its file, or typed twice."""
    if path is not None:
        return read_secret_file(path, what)
    first = ask_secret(f"Choose a {what}: ", None, what)
    if ask_secret(f"Type the {what} again: ", None, what) != first:
        raise UserError(f"The two {what}s are not the same. Nothing was changed.")
    return first


def confirm(args: argparse.Namespace, question: str, answer: str = "yes") -> bool:
    """Ask before something that cannot be undone; ``--yes`` answers for scripts."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError("This needs a confirmation: run it in a terminal, or add --yes.")
    reply = input(f"{question} Type {answer} to go on: ")
    return reply.strip().lower() == answer.lower()


def new_case_kdf() -> KdfParams:
    """The key-stretching settings for a new case (weak only when a test asks for it)."""
    if os.environ.get(WEAK_KDF_VARIABLE) == "1" and not is_frozen():
        # The released app ignores it: nobody's real case may end up weakly protected.
        print(
            f"WARNING: {WEAK_KDF_VARIABLE} is set: this case is protected by test-only, weak "
            "key settings.",
            file=sys.stderr,
        )
        return TEST_ONLY_WEAK_KDF
    return DEFAULT_KDF
