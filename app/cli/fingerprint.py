"""``stillmine fingerprint PATH... [--json]``: fingerprint pictures and folders."""

import argparse
import json
import sys
from typing import Any

from app.cli.command import EXIT_FAILED, EXIT_OK, Subcommands, positive_int
from app.cli.terminal import TerminalProgress
from app.core.fingerprints import Fingerprinted, fingerprint_paths
from app.core.fingerprints.records import result_to_record
from app.core.progress import NULL_PROGRESS


def register(commands: Subcommands) -> None:
    """Add the ``fingerprint`` subcommand."""
    parser = commands.add_parser(
        "fingerprint",
        allow_abbrev=False,
        help="fingerprint pictures (files or folders) on this computer",
        description=(
            "Compute the fingerprints (PDQ, pHash, MD5, SHA-256) of pictures and of every "
            "picture in folders, without changing, copying or sending anything."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a picture or a folder")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per file (JSON Lines)"
    )
    parser.add_argument(
        "--full-size",
        action="store_true",
        help="decode every pixel (slower; reproduces the reference PDQ hashes exactly)",
    )
    parser.add_argument(
        "--workers", type=positive_int, default=None, help="worker processes (default: cores)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not show progress")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fingerprint the paths and print the results; 1 when any file failed."""
    progress = TerminalProgress(noun="files") if not args.quiet else None
    failures = successes = 0
    try:
        results = fingerprint_paths(
            args.paths,
            progress=progress if progress is not None else NULL_PROGRESS,
            workers=args.workers,
            full_size=args.full_size,
        )
        for result in results:
            record = result_to_record(result)
            if args.json:
                print(json.dumps(record, ensure_ascii=True), flush=True)
            else:
                _print_human(record, progress)
            if isinstance(result, Fingerprinted):
                successes += 1
            else:
                failures += 1
    finally:
        if progress is not None:
            progress.close()
    if not args.json:
        print(_summary(successes, failures), file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _print_human(record: dict[str, Any], progress: TerminalProgress | None) -> None:
    if progress is not None:
        progress.close()
    if not record["ok"]:
        print(f"FAILED  {record['path']}\n        {record['error']}")
        return
    print(f"OK      {record['path']}")
    if "duplicate_of" in record:
        print(f"        same file as {record['duplicate_of']}")
    print(f"        {record['format']} {record['width']}×{record['height']}")
    print(f"        pdq {record['pdq']} (quality {record['pdq_quality']})")
    print(f"        phash {record['phash']}  sha256 {record['sha256']}")
    for finding in record["privacy"]:
        print(f"        privacy: {finding['summary']} {finding['detail']}".rstrip())
    for warning in record["warnings"]:
        print(f"        note: {warning}")


def _summary(successes: int, failures: int) -> str:
    done = f"{successes} file{'s' if successes != 1 else ''} fingerprinted"
    if not failures:
        return done + "."
    return f"{done}; {failures} could not be read (see the reasons above)."
