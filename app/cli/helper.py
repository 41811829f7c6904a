"""``stillmine helper package|import``: share fingerprints with a helper, take back matches.

The helper scans with ``stillmine scan --against PACKAGE --report REPORT --where TEXT``.
The shared passphrase comes from ``--share-passphrase-file`` or a prompt, never from the
command line.
"""

import argparse
import sys
from pathlib import Path

from app.cli.case_options import add_case_options, ask_new_secret, ask_secret, new_case_kdf
from app.cli.command import EXIT_OK, Subcommands
from app.cli.vault import open_case
from app.core.errors import UserError
from app.core.scan.helper import read_match_report, write_helper_package
from app.core.scan.record import import_match_report, remember_package
from app.core.vault import utc_now


def register(commands: Subcommands) -> None:
    """Add ``helper package`` and ``helper import``."""
    parser = commands.add_parser(
        "helper",
        allow_abbrev=False,
        help="let someone you trust look for your pictures, without seeing them",
        description=(
            "Make a fingerprints-only package for a helper, or import the match report they "
            "send back as sightings."
        ),
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    package = actions.add_parser(
        "package",
        allow_abbrev=False,
        help="write the case's fingerprints, encrypted, for a helper",
        description=(
            "Write the fingerprints of the case's pictures and videos with neutral labels "
            "(no pictures, no file names, no details), encrypted with a passphrase you share "
            "with the helper another way."
        ),
    )
    package.add_argument("--out", type=Path, required=True, metavar="FILE")
    add_share_passphrase_option(package)
    add_case_options(package)
    package.set_defaults(handler=_package)
    imported = actions.add_parser(
        "import",
        allow_abbrev=False,
        help="record a helper's match report as sightings",
        description="Import the encrypted match report a helper sent back, as sightings.",
    )
    imported.add_argument("report", type=Path, metavar="REPORT")
    add_share_passphrase_option(imported)
    add_case_options(imported)
    imported.set_defaults(handler=_import)


def add_share_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--share-passphrase-file``: the passphrase shared with a helper."""
    parser.add_argument(
        "--share-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the passphrase shared with the helper, on the first line of FILE",
    )


def share_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """The shared passphrase from its file or a prompt."""
    if args.share_passphrase_file is None and not sys.stdin.isatty():
        # Said here: the case's own message would name --passphrase-file, the wrong option.
        raise UserError(
            "StillMine needs the passphrase shared with the helper. Give it with "
            "--share-passphrase-file FILE (it is never accepted on the command line)."
        )
    if new:
        return ask_new_secret(args.share_passphrase_file, "shared passphrase")
    return ask_secret("Shared passphrase: ", args.share_passphrase_file, "shared passphrase")


def _package(args: argparse.Namespace) -> int:
    passphrase = share_passphrase(args, new=True)
    with open_case(args) as case:
        items = case.read(lambda repo: repo.items())
        package_id = write_helper_package(
            args.out, items, passphrase, created_at=utc_now(), kdf=new_case_kdf()
        )
        case.change(lambda repo: remember_package(repo, package_id))
    print(
        f"Wrote the fingerprints of {len(items)} picture(s) and video(s) to {args.out}. "
        "It holds no pictures and no names. Send it to your helper, and tell them the "
        "passphrase another way (for example by phone)."
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    report = read_match_report(args.report, share_passphrase(args))
    with open_case(args) as case:
        summary = case.change(lambda repo: import_match_report(repo, report))
    print(
        f"Recorded {summary.added} new sighting(s) from the helper's report"
        + (
            f"; {summary.already_recorded} were already recorded"
            if summary.already_recorded
            else ""
        )
        + (
            f"; {summary.unknown_items} named pictures no longer in the case"
            if summary.unknown_items
            else ""
        )
        + "."
    )
    return EXIT_OK
