"""``stillmine letter``: write a takedown letter or a police dossier without the window.

    stillmine letter --list
    stillmine letter TYPE --template > CASE.json
    stillmine letter TYPE --lang en|nl --data CASE.json --out FILE.pdf [--fields] [--text]
                                                                        [--mailto]

CASE.json holds everything the letter needs (``resources/case.schema.json``; README, "The
letter command"). The PDF is made through Qt without a display: ``QT_QPA_PLATFORM`` is set to
``offscreen`` unless it is set already. Nothing is sent anywhere: the user sends the letter.
"""

import argparse
import functools
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.command import EXIT_OK, Subcommands
from app.core.languages import LANGUAGES
from app.core.letters.kinds import LetterType
from app.core.letters.library import default_library

if TYPE_CHECKING:
    from app.core.letters.data import LetterData
    from app.core.letters.render import RenderedLetter
    from app.gui.pdf import SavedPdf


def register(commands: Subcommands) -> None:
    """Add the ``letter`` subcommand."""
    parser = commands.add_parser(
        "letter",
        allow_abbrev=False,
        help="write a takedown letter or police dossier (PDF, form fields, e-mail link)",
        description=(
            "Write a letter, notice or police dossier from a CASE.json file, in English or "
            "Dutch, as a PDF and as text for web forms. Nothing is sent: you send it yourself."
        ),
    )
    parser.add_argument(
        "type",
        nargs="?",
        choices=[letter_type.value for letter_type in LetterType],
        metavar="TYPE",
        help="the kind of letter (see --list)",
    )
    parser.add_argument("--list", action="store_true", help="list the letter types, one per line")
    parser.add_argument(
        "--template", action="store_true", help="print a complete example CASE.json for TYPE"
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the letter's language")
    parser.add_argument(
        "--data", metavar="CASE.json", help="the letter's data (a file, or - for standard input)"
    )
    parser.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the PDF")
    parser.add_argument(
        "--fields", action="store_true", help="print the text for each web-form field"
    )
    parser.add_argument("--text", action="store_true", help="print the letter as plain text")
    parser.add_argument(
        "--mailto", action="store_true", help="print a mailto: link to the recipient's address"
    )
    parser.set_defaults(handler=functools.partial(_run, parser))


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.list:
        if args.type is not None or args.template:
            parser.error("--list takes no TYPE")
        return _list()
    if args.type is None:
        parser.error("choose a letter TYPE (stillmine letter --list shows them)")
    letter_type = LetterType(args.type)
    if args.template:
        return _template(letter_type)
    if args.data is None:
        parser.error("give the letter's data with --data CASE.json")
    if args.out is None and not (args.fields or args.text or args.mailto):
        parser.error("give --out FILE.pdf (or --fields, --text or --mailto)")
    return _write(letter_type, args)


def _list() -> int:
    library = default_library()
    for letter_type in LetterType:
        print(f"{letter_type.value}\t{library.manifest(letter_type).name.get('en')}")
    return EXIT_OK


def _template(letter_type: LetterType) -> int:
    from app.core.letters.case_json import example_case

    json.dump(example_case(letter_type), sys.stdout, indent=2, ensure_ascii=False)
    print()
    return EXIT_OK


def _read_data(source: str) -> "LetterData":
    from app.core.letters.case_json import letter_data_from_json, parse_json, read_case_file

    if source == "-":
        document, folder = parse_json(sys.stdin.read(), "The data on standard input"), Path.cwd()
        return letter_data_from_json(document, base_dir=folder, source="The data")
    document, folder = read_case_file(Path(source))
    return letter_data_from_json(document, base_dir=folder, source=source)


def _write(letter_type: LetterType, args: argparse.Namespace) -> int:
    from app.core.letters.render import dmca_warning, render_letter

    data = _read_data(args.data)
    if letter_type is LetterType.DMCA and data.answers.dmca_warning_understood:
        print(dmca_warning(args.lang), end="\n\n", file=sys.stderr)
    texts = default_library().texts
    if data.withheld_for_minor_safety:
        print(texts.get("warning.minor_content", args.lang), end="\n\n", file=sys.stderr)
    rendered = render_letter(letter_type, args.lang, data)
    _print_outputs(rendered, args)
    if args.out is not None:
        saved = save_pdf_offscreen(rendered, args.out)
        print(f"Wrote {saved.path} ({saved.pages} pages).", file=sys.stderr)
        print(texts.get("warning.pdf_not_encrypted", args.lang), file=sys.stderr)
    return EXIT_OK


def _print_outputs(rendered: "RenderedLetter", args: argparse.Namespace) -> None:
    if args.fields:
        for field in rendered.fields():
            print(f"== {field.label} ==\n{field.value}\n")
    if args.text:
        print(rendered.letter_text)
    if args.mailto:
        link = rendered.mailto()
        print(link.url)
        if not link.body_included:
            print(
                "The letter is too long for an e-mail link: the link fills in the address and "
                "subject; paste the letter's text (--text) into the message.",
                file=sys.stderr,
            )


def save_pdf_offscreen(rendered: "RenderedLetter", path: Path) -> "SavedPdf":
    """Save ``rendered`` as a PDF through Qt, without a window (also used by the self-test)."""
    # Qt needs an application object; without a display it draws offscreen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from app.gui.pdf import save_pdf

    _application = QGuiApplication.instance() or QGuiApplication(["stillmine"])
    return save_pdf(rendered, path)
