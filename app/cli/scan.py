"""``stillmine scan --against FINGERPRINTS PATH...``: find the user's pictures in found files.

``--against`` takes what to look for: the JSON Lines output of ``stillmine fingerprint
--json``, a case folder (unlocked as every case command does), or a helper package
(``stillmine helper``). With ``--json`` each match is one JSON object per line; files that
could not be read are listed on standard error.
"""

import argparse
import contextlib
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.case_options import add_case_options, new_case_kdf, read_secret_file
from app.cli.command import EXIT_FAILED, EXIT_OK, Subcommands, positive_int
from app.cli.helper import add_share_passphrase_option, share_passphrase
from app.cli.terminal import TerminalProgress
from app.cli.vault import open_case
from app.core.errors import UserError
from app.core.progress import NULL_PROGRESS
from app.core.scan.engine import ScannedFile, SkippedFile, scan_paths
from app.core.scan.helper import (
    HelperPackage,
    ReportedMatch,
    is_helper_package,
    read_helper_package,
    write_match_report,
)
from app.core.scan.matcher import Match, ReferenceSet
from app.core.scan.record import record_scan_match
from app.core.scan.references import reference_from_item, references_from_jsonl
from app.core.vault import CaseFile, case_exists


def register(commands: Subcommands) -> None:
    """Add the ``scan`` subcommand."""
    parser = commands.add_parser(
        "scan",
        allow_abbrev=False,
        help="look for your pictures in a folder, files or a zip export",
        description=(
            "Compare files, folders and .zip chat exports with your fingerprints, on this "
            "computer, and list the files that show your pictures or videos. Nothing is "
            "sent, copied or unpacked to disk."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, folder or .zip")
    parser.add_argument(
        "--against",
        required=True,
        type=Path,
        metavar="FINGERPRINTS",
        help="what to look for: a 'stillmine fingerprint --json' file, a case folder, or a "
        "helper package",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per match (JSON Lines)"
    )
    parser.add_argument(
        "--zip-password-file",
        type=Path,
        metavar="FILE",
        help="the password of encrypted zip archives, on the first line of FILE",
    )
    parser.add_argument(
        "--record",
        action="store_true",
        help="with a case folder: record each file that matches as a sighting",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="with a helper package: write the encrypted match report to send back",
    )
    parser.add_argument(
        "--where",
        default="",
        help="with --report or --record: where the scanned files were found (a URL, a "
        "server and channel ...)",
    )
    parser.add_argument(
        "--workers", type=positive_int, default=None, help="worker processes (default: cores)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not show progress")
    add_share_passphrase_option(parser)
    add_case_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Scan the paths; 1 when any file could not be read."""
    if args.report is not None and not args.where.strip():
        raise UserError(
            "Say where you found these files with --where (a web address, or a server and "
            "channel): it goes into the report instead of the files' places on this computer."
        )
    with contextlib.ExitStack() as stack:
        source = _load_references(args, stack)
        if args.report is not None and source.package is None:
            raise UserError("--report needs a helper package as --against.")
        if args.record and source.case is None:
            raise UserError("--record needs a case folder as --against.")
        return _scan(args, source)


def _scan(args: argparse.Namespace, source: "_Source") -> int:
    references, by_item = source.references, source.by_item
    found: list[ScannedFile] = []
    zip_password = (
        read_secret_file(args.zip_password_file, "zip password").encode("utf-8")
        if args.zip_password_file
        else None
    )

    def passwords(_label: str, attempt: int) -> bytes | None:
        return zip_password if attempt == 1 else None

    progress = TerminalProgress(noun="files") if not args.quiet else None
    counts = {"scanned": 0, "matched": 0, "skipped": 0}
    try:
        for outcome in scan_paths(
            [str(path) for path in args.paths],
            references,
            progress=progress if progress is not None else NULL_PROGRESS,
            workers=args.workers,
            passwords=passwords,
        ):
            if progress is not None:
                progress.close()
            _show(outcome, references, by_item, args.json, counts)
            if isinstance(outcome, ScannedFile) and outcome.matches:
                found.append(outcome)
    finally:
        if progress is not None:
            progress.close()
    print(_summary(counts), file=sys.stderr)
    if args.report is not None and source.package is not None:
        _write_report(args, source.package, found, references, passphrase=source.passphrase)
    if args.record and found and source.case is not None:
        _record(args, source.case, found, references)
    return EXIT_FAILED if counts["skipped"] else EXIT_OK


def _write_report(
    args: argparse.Namespace,
    package: HelperPackage,
    found: list[ScannedFile],
    references: ReferenceSet,
    *,
    passphrase: str,
) -> None:
    now = datetime.now().astimezone()
    matches = [
        ReportedMatch(
            item_ref=references.references[match.reference].key,
            label=references.references[match.reference].label,
            found_sha256=outcome.sha256,
            found_md5=outcome.md5,
            method=match.method.value,
            distance=match.distance,
            where=args.where.strip(),
            found_at=now.isoformat(),
        )
        for outcome in found
        for match in outcome.matches
    ]
    count = write_match_report(
        args.report,
        package,
        matches,
        passphrase,
        created_at=now,
        kdf=new_case_kdf(),
    )
    print(f"Wrote a match report with {count} match(es) to {args.report}.", file=sys.stderr)


def _record(
    args: argparse.Namespace, case: CaseFile, found: list[ScannedFile], references: ReferenceSet
) -> None:
    now = datetime.now().astimezone()
    case.change(
        lambda repo: [
            record_scan_match(
                repo, outcome, outcome.matches, references, found_at=now, where=args.where
            )
            for outcome in found
        ]
    )
    print(f"Recorded {len(found)} sighting(s) in the case.", file=sys.stderr)


@dataclass
class _Source:
    references: ReferenceSet
    by_item: bool
    package: HelperPackage | None = None
    case: CaseFile | None = None
    #: The passphrase shared with the person who made ``package`` (asked once).
    passphrase: str = ""


def _load_references(args: argparse.Namespace, stack: contextlib.ExitStack) -> _Source:
    """The references to look for, from a case folder (kept open on ``stack`` for recording),
    a helper package or a JSONL file."""
    source: Path = args.against
    if source.is_dir():
        if not case_exists(source):
            raise UserError(f"{source} is a folder, but not a case folder.")
        args.vault = source
        case = stack.enter_context(open_case(args))
        items = case.read(lambda repo: repo.items())
        if not items:
            raise UserError("The case has no pictures or videos to look for yet.")
        references = ReferenceSet([reference_from_item(item) for item in items])
        return _Source(references, True, case=case)
    if is_helper_package(source):
        passphrase = share_passphrase(args)
        package = read_helper_package(source, passphrase)
        return _Source(
            ReferenceSet(package.references), True, package=package, passphrase=passphrase
        )
    return _Source(ReferenceSet(references_from_jsonl(str(source))), False)


def match_record(
    outcome: ScannedFile, match: Match, references: ReferenceSet, by_item: bool
) -> dict[str, Any]:
    """One match as the JSON object ``stillmine scan --json`` prints."""
    reference = references.references[match.reference]
    record: dict[str, Any] = {"path": outcome.path, "kind": outcome.kind.value}
    if by_item:
        record["matched_item"] = {"id": reference.key, "label": reference.label}
    else:
        record["matched_path"] = reference.key
    record.update(
        {
            "method": match.method.value,
            "distance": match.distance,
            "confidence": match.confidence.value,
            "sha256": outcome.sha256,
            "md5": outcome.md5,
        }
    )
    if match.variant is not None:
        record["variant"] = match.variant
    if match.region is not None:
        record["region"] = list(match.region)
    if match.timestamp is not None:
        record["timestamp"] = round(match.timestamp, 3)
    return record


def _show(
    outcome: ScannedFile | SkippedFile,
    references: ReferenceSet,
    by_item: bool,
    as_json: bool,
    counts: dict[str, int],
) -> None:
    if isinstance(outcome, SkippedFile):
        if not outcome.quiet:
            counts["skipped"] += 1
            print(f"SKIPPED {outcome.path}\n        {outcome.error.message}", file=sys.stderr)
        return
    counts["scanned"] += 1
    if outcome.matches:
        counts["matched"] += 1
    for match in outcome.matches:
        record = match_record(outcome, match, references, by_item)
        if as_json:
            print(json.dumps(record, ensure_ascii=True), flush=True)
        else:
            label = references.references[match.reference].label
            print(
                f"MATCH   {outcome.path}\n        shows {label} ({match.method.value}, "
                f"distance {match.distance}, confidence {match.confidence.value})"
            )


def _summary(counts: dict[str, int]) -> str:
    scanned, matched, skipped = counts["scanned"], counts["matched"], counts["skipped"]
    compared = "picture or video" if scanned == 1 else "pictures and videos"
    line = (
        f"{scanned} {compared} compared; {matched} show{'s' if matched == 1 else ''} your pictures."
    )
    if skipped:
        line += f" {skipped} could not be read (see the reasons above)."
    return line
