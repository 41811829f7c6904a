"""StillMine's command line: the core, headless.

``stillmine`` (or ``python -m app``) with no arguments opens the window; with a subcommand it
runs headless and prints to the terminal. Errors are plain sentences, never tracebacks (set
``STILLMINE_DEBUG=1`` to see one). Exit codes: 0 success, 1 something failed, 2 wrong usage.
``--self-test`` checks this installation headlessly (``app.selftest``).
"""

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from app import APP_NAME, __version__
from app.cli import fingerprint, helper, letter, register, scan, vault
from app.cli.command import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, Handler
from app.cli.terminal import make_streams_safe
from app.core.errors import Cancelled, UserError

_COMMANDS = (fingerprint, scan, helper, vault, register, letter)
#: Opens the window and ends once it is painted (start-up benchmark and tests; not in --help).
_EXIT_WHEN_SHOWN = "--exit-when-shown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        allow_abbrev=False,
        prog="stillmine",
        description=(
            f"{APP_NAME} fingerprints your own pictures on your own computer and helps you ask "
            "for copies to be taken down. Run it without a command to open the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check, without a window, that this installation works, and exit",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for command in _COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run the command line and return the exit code."""
    make_streams_safe()
    from app.startup import check_before_command, enter_portable_mode

    enter_portable_mode()
    if not argv or list(argv) == [_EXIT_WHEN_SHOWN]:
        from app.gui.launch import run_gui

        return run_gui([], exit_when_shown=bool(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    problem = check_before_command()
    if problem is not None:
        return problem
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return _run(handler, args)


def _run(handler: Handler, args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except UserError as error:
        print(error.message, file=sys.stderr)
        return EXIT_FAILED
    except (KeyboardInterrupt, Cancelled):
        print("\nStopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (``| head``): stop quietly.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stream for good
        return EXIT_FAILED
    except Exception:  # noqa: BLE001 - the one place unexpected errors become a message
        if os.environ.get("STILLMINE_DEBUG"):
            traceback.print_exc()
        print(
            f"{APP_NAME} hit an internal problem and stopped. Nothing was changed. "
            "Set STILLMINE_DEBUG=1 to see the technical details.",
            file=sys.stderr,
        )
        return EXIT_FAILED
