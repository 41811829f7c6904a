"""``stillmine register hma`` and ``stillmine export``: fingerprints to a bank or a file."""

import argparse
import sys
from pathlib import Path

from app.cli.case_options import add_case_options, confirm, read_secret_file
from app.cli.command import EXIT_FAILED, EXIT_OK, Subcommands
from app.cli.terminal import TerminalProgress
from app.cli.vault import open_case
from app.core.errors import UserError
from app.core.net import BankName, HashBankConnection, Note
from app.core.services.catalogue import default_catalogue
from app.core.services.export import FORMATS, build_export, write_export
from app.core.services.hashbank import (
    BankSettings,
    Report,
    confirm_pending,
    find_bank_registration,
    plan,
    withdraw,
)
from app.core.services.hashbank import register as send_to_bank
from app.core.vault import CaseFile, Registration


def register(commands: Subcommands) -> None:
    """Add ``register`` and ``export``."""
    parser = commands.add_parser(
        "register",
        allow_abbrev=False,
        help="send fingerprints (never pictures) to a hash bank",
        description="Send the case's fingerprints to a hash bank, after showing what will be sent.",
    )
    targets = parser.add_subparsers(title="targets", metavar="TARGET", required=True)
    hma = targets.add_parser(
        "hma",
        allow_abbrev=False,
        help="a Hasher-Matcher-Actioner hash bank",
        description="Register fingerprints with a Hasher-Matcher-Actioner (HMA) hash bank.",
    )
    hma.add_argument("--url", required=True, help="the bank's address (https://...)")
    hma.add_argument("--bank", required=True, help="the bank's name (CAPITALS_AND_UNDERSCORES)")
    hma.add_argument("--token-file", type=Path, metavar="FILE", help="the bank's access token")
    hma.add_argument("--note", default="", help="a note of your own, sent with each fingerprint")
    hma.add_argument("--create-bank", action="store_true", help="create the bank if it is missing")
    action = hma.add_mutually_exclusive_group()
    action.add_argument(
        "--confirm-pending", action="store_true", help="check fingerprints still pending"
    )
    action.add_argument(
        "--withdraw", action="store_true", help="remove the fingerprints from the bank"
    )
    add_case_options(hma)
    hma.set_defaults(handler=_register_hma)

    export = commands.add_parser(
        "export",
        allow_abbrev=False,
        help="write the case's fingerprints to a file for a helpline or partner",
        description="Write fingerprints and neutral labels only (no pictures, no file names).",
    )
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", type=Path, metavar="FILE", help="where to write (default: print)")
    add_case_options(export)
    export.set_defaults(handler=_export)


def _settings(args: argparse.Namespace) -> BankSettings:
    token = read_secret_file(args.token_file, "token") if args.token_file else ""
    return BankSettings(url=args.url, bank=BankName(args.bank), token=token, note=Note(args.note))


def _existing(case: CaseFile, connection: HashBankConnection, bank: str) -> Registration:
    registrations = case.read(lambda repo: repo.registrations())
    found = find_bank_registration(registrations, connection.description, bank)
    if found is not None:
        return found
    raise UserError(
        f"The case has no registration with the bank {bank} at {connection.description}."
    )


def _register_hma(args: argparse.Namespace) -> int:
    settings = _settings(args)
    connection = HashBankConnection(args.url, auth_header=settings.auth_header)
    with open_case(args) as case:
        if args.confirm_pending:
            report = confirm_pending(case, connection, _existing(case, connection, args.bank))
        elif args.withdraw:
            if not confirm(args, f"This removes your fingerprints from the bank {args.bank}."):
                return EXIT_FAILED
            report = withdraw(case, connection, _existing(case, connection, args.bank))
            print(f"Withdrew {report.sent} fingerprint(s) from {args.bank}.")
            return EXIT_OK
        else:
            chosen = plan(default_catalogue(), case.read(lambda repo: repo.items()), settings)
            _show_plan(chosen.requests(connection.description), chosen.skipped)
            if not chosen.signals:
                print("There is nothing to send.")
                return EXIT_FAILED
            if not confirm(args, "Send exactly these requests, and nothing else?"):
                print("Nothing was sent.")
                return EXIT_FAILED
            progress = TerminalProgress(noun="fingerprints")
            try:
                report = send_to_bank(
                    case, connection, chosen, create_bank=args.create_bank, progress=progress
                )
            finally:
                progress.close()
    _print_report(report)
    return EXIT_FAILED if report.failed or report.uncertain else EXIT_OK


def _show_plan(requests: list[str], skipped: tuple[tuple[str, str], ...]) -> None:
    print("StillMine will send these requests, and nothing else:")
    for request in requests:
        print(f"  {request}")
    for label, reason in skipped:
        print(f"Not sent: {label}: {reason}")


def _print_report(report: Report) -> None:
    print(
        f"Sent {report.sent}; confirmed by the bank {report.confirmed}; still pending "
        f"{report.pending}; uncertain {report.uncertain}; refused {report.failed}."
    )
    if report.pending:
        print(
            "Pending fingerprints are checked again with --confirm-pending (a bank updates its "
            "index every minute or so)."
        )
    for message in dict.fromkeys(report.messages):
        print(message, file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    with open_case(args) as case:
        export = build_export(case.read(lambda repo: repo.items()), args.format)
    for reason in export.left_out:
        print(f"Left out: {reason}", file=sys.stderr)
    if args.out is None:
        sys.stdout.write(export.text)
    else:
        write_export(export, args.out)
        print(f"Wrote {export.included} fingerprint(s) to {args.out}.", file=sys.stderr)
    return EXIT_OK
