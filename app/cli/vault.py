"""``stillmine vault init | info | export | import | change-passphrase | delete``."""

import argparse
import sys
from pathlib import Path

from app.cli.case_options import (
    add_case_options,
    ask_new_secret,
    ask_secret,
    case_folder,
    confirm,
    new_case_kdf,
    read_secret_file,
)
from app.cli.command import EXIT_FAILED, EXIT_OK, Subcommands
from app.core.errors import UserError
from app.core.vault import (
    CaseFile,
    KeyringUnavailable,
    WrongPassphrase,
    read_header,
)
from app.core.vault.bundle import export_bundle, import_bundle
from app.core.vault.delete import delete_everything
from app.core.vault.durable import existing_generations
from app.core.vault.store import case_path

_RECOVERY_ADVICE = (
    "Write this recovery code on paper and keep it somewhere safe, away from this computer.\n"
    "It opens your case if you forget your passphrase. It is shown only now."
)


def register(commands: Subcommands) -> None:
    """Add the ``vault`` subcommand and its actions."""
    parser = commands.add_parser(
        "vault",
        allow_abbrev=False,
        help="create, inspect, back up, move or delete the encrypted case file",
        description="Work with the encrypted case file.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    _action(actions, "init", _init, "create a new, empty case").add_argument(
        "--remember", action="store_true", help="remember the case's key on this computer"
    )
    _action(actions, "info", _info, "show what the case holds (no content)")
    export = _action(actions, "export", _export, "write the whole case to one encrypted file")
    export.add_argument("destination", type=Path, metavar="FILE.stillmine")
    export.add_argument(
        "--export-passphrase-file", type=Path, metavar="FILE", help="the export's passphrase"
    )
    export.add_argument(
        "--without-secrets", action="store_true", help="leave out PINs and service tokens"
    )
    imported = _action(actions, "import", _import, "bring in a case from an export file")
    imported.add_argument("bundle", type=Path, metavar="FILE.stillmine")
    imported.add_argument(
        "--replace", action="store_true", help="replace the existing case (it is kept aside)"
    )
    change = _action(actions, "change-passphrase", _change_passphrase, "choose a new passphrase")
    change.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    change.add_argument(
        "--recovery-code-file",
        type=Path,
        metavar="FILE",
        help="unlock with the recovery code instead of the passphrase",
    )
    _action(actions, "delete", _delete, "delete the case and everything kept with it")


def _action(
    actions: Subcommands, name: str, handler: object, summary: str
) -> argparse.ArgumentParser:
    parser = actions.add_parser(
        name,
        allow_abbrev=False,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
    )
    add_case_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def open_case(args: argparse.Namespace) -> CaseFile:
    """Unlock the case: the remembered key if there is one, else the passphrase."""
    folder = case_folder(args)
    if args.passphrase_file is None:
        try:
            return CaseFile.open(folder, use_keyring=True)
        except (WrongPassphrase, KeyringUnavailable):
            pass  # nothing remembered here: ask
    return CaseFile.open(folder, passphrase=ask_secret("Passphrase: ", args.passphrase_file))


def _init(args: argparse.Namespace) -> int:
    folder = case_folder(args)
    passphrase = ask_new_secret(args.passphrase_file)
    case, recovery_code = CaseFile.create(folder, passphrase, kdf=new_case_kdf())
    with case:
        if args.remember:
            try:
                case.remember_on_this_computer(True)
            except KeyringUnavailable as unavailable:
                print(unavailable.message, file=sys.stderr)
    print(f"Created a new case in {folder}.")
    print(_RECOVERY_ADVICE)
    print(f"\n    Recovery code: {recovery_code}\n")
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    folder = case_folder(args)
    header = read_header(folder)
    kdf = header.get("kdf", {})
    copies = [g for g in existing_generations(case_path(folder)) if g > 0]
    with open_case(args) as case:
        counts, backup_due, last_backup = case.read(
            lambda repo: (repo.counts(), repo.backup_due(), repo.last_backup_at())
        )
    lines = [
        f"Case folder:      {folder}",
        f"Case id:          {header.get('case_id', '?')}",
        f"Saved:            {header.get('generation', '?')} times; "
        f"earlier copies kept: {len(copies)}",
        f"Format:           container {header.get('container')}, schema "
        f"{header.get('schema_version')}, written by StillMine {header.get('app_version')}",
        f"Key settings:     Argon2id, {int(kdf.get('memory_kib', 0)) // 1024} MiB, "
        f"{kdf.get('iterations')} passes, {kdf.get('lanes')} lanes",
        *(
            f"{table.replace('_', ' ').capitalize() + ':':<18}{count}"
            for table, count in counts.items()
        ),
        "Backup:           "
        + ("recommended: there are changes since the last backup" if backup_due else "up to date")
        + (f" (last {last_backup:%d %b %Y %H:%M})" if last_backup else ""),
    ]
    print("\n".join(lines))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with open_case(args) as case:
        export_passphrase = ask_new_secret(args.export_passphrase_file, "export passphrase")
        export_bundle(
            case,
            args.destination,
            export_passphrase,
            without_secrets=args.without_secrets,
            kdf=new_case_kdf(),
        )
    print(f"Exported the case to {args.destination}.")
    print("Anyone with this file and its export passphrase can read the case: keep both safe.")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    folder = case_folder(args)
    passphrase = ask_secret("Export passphrase: ", args.passphrase_file, "export passphrase")
    if args.replace and not confirm(
        args, "This replaces the case on this computer (the old one is kept aside)."
    ):
        print("Nothing was changed.")
        return EXIT_FAILED
    recovery_code = import_bundle(
        args.bundle, folder, passphrase, replace=args.replace, kdf=new_case_kdf()
    )
    print(f"Imported the case into {folder}. It opens with the export's passphrase.")
    print(_RECOVERY_ADVICE)
    print(f"\n    Recovery code: {recovery_code}\n")
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace) -> int:
    folder = case_folder(args)
    if args.recovery_code_file is not None:
        code = read_secret_file(args.recovery_code_file, "recovery code")
        case = CaseFile.open(folder, recovery_code=code)
    else:
        case = CaseFile.open(
            folder, passphrase=ask_secret("Current passphrase: ", args.passphrase_file)
        )
    with case:
        case.change_passphrase(
            ask_new_secret(args.new_passphrase_file, "new passphrase"), new_case_kdf()
        )
    print("The passphrase is changed. Your recovery code still works.")
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    folder = case_folder(args)
    if not confirm(
        args,
        f"This deletes the case in {folder}, its earlier copies, its evidence files and what "
        "this computer remembers of it. It cannot be undone.",
        answer="delete",
    ):
        print("Nothing was deleted.")
        return EXIT_FAILED
    removed = delete_everything(folder)
    if not removed:
        raise UserError(f"There was nothing of StillMine's to delete in {folder}.")
    print(f"Deleted: {', '.join(removed)}.")
    return EXIT_OK
