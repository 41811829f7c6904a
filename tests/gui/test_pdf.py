"""Letters as real PDFs and printouts, read back with a PDF text extractor (pypdf).

Every letter type in both languages: every line of the letter and of the notes page (and so
every required element, every web-form field, the not-legal-advice notice and the helplines)
is found in the PDF. Also: hostile input, names in many scripts, long web addresses, paper
sizes, the dossier's screenshots, private atomic saving, unwritable places and printers.
"""

import dataclasses
import os
import re
import stat
import unicodedata
from pathlib import Path

import pypdf
import pytest

from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.core.languages import LANGUAGES
from app.core.letters.kinds import LetterType
from app.core.letters.library import default_library
from app.core.letters.paper import Paper
from app.core.letters.render import RenderedLetter, render_letter
from app.gui.errors import FileNotSaved
from app.gui.pdf import (
    FONT_FAMILIES,
    NoPrinter,
    letter_font,
    print_letter,
    require_printer,
    save_pdf,
)
from tests.core.letters.samples import (
    ALL_TYPES,
    HOSTILE,
    LONG_URL,
    full_data,
    sighting,
    with_person,
)

# Footers such as "Page 2 of 3", removed before comparing (a section may run over a page).
_FOOTER = re.compile(r"(Page|Pagina)\d+(of|van)\d+")


def squash(text: str) -> str:
    """Text without white space, in NFKC form (ligatures and Arabic forms undone)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path) -> str:
    """All text of a PDF, squashed, without page footers."""
    reader = pypdf.PdfReader(path)
    return _FOOTER.sub("", squash("".join(page.extract_text() for page in reader.pages)))


def lines(text: str) -> list[str]:
    """The non-empty lines of a plain text, without list dashes."""
    return [line.removeprefix("- ") for line in text.splitlines() if line.strip()]


def saved(letter: RenderedLetter, tmp_path: Path, name: str = "letter.pdf") -> Path:
    path = tmp_path / name
    result = save_pdf(letter, path)
    assert result.path == path and result.pages == len(pypdf.PdfReader(path).pages)
    return path


def png(folder: Path, width: int = 320, height: int = 200) -> bytes:
    """A real PNG picture's bytes (a plain blue rectangle)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    path = folder / "picture.png"
    assert image.save(str(path))
    return path.read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("letter_type", ALL_TYPES)
def test_every_letter_reads_back_complete(
    qapp: QApplication, tmp_path: Path, letter_type: LetterType, language: str
) -> None:
    letter = render_letter(letter_type, language, full_data())
    text = pdf_text(saved(letter, tmp_path))
    missing = [
        line
        for line in lines(letter.letter_text + "\n" + letter.notes_text)
        if squash(line) not in text
    ]
    assert not missing, missing
    manifest = default_library().manifest(letter_type)
    headings = {section.id: section.heading for section in letter.sections}
    for element in manifest.elements:
        label = element.label.get(language)
        if element.section:
            assert squash(headings[element.section]) in text
            assert squash(label) in text or letter_type is LetterType.POLICE_DOSSIER
        else:
            assert (
                squash(letter.sections[0].text) in text and squash("Example Hosting B.V.") in text
            )
    for field in letter.fields():
        assert all(squash(line) in text for line in lines(field.value)), field.id
    texts = default_library().texts
    assert squash(texts.get("warning.not_legal_advice", language)) in text
    for helpline in ("Helpwanted.nl", "Slachtofferwijzer", "StopNCII.org", "020-261 52 75"):
        assert squash(helpline) in text


def test_a_dossier_names_every_required_element(qapp: QApplication, tmp_path: Path) -> None:
    letter = render_letter(LetterType.POLICE_DOSSIER, "en", full_data())
    text = pdf_text(saved(letter, tmp_path))
    for value in (
        "Zoë Ærø-Łódź",
        "zoe@example.org",
        "PL-2026-123",
        "What happened",
        "A photo I shared privately appeared on Discord in May 2026.",
        "Where copies were found",
        "https://discord.com/channels/1/2/3",
    ):
        assert squash(value) in text, value


@pytest.mark.parametrize(
    "letter_type", [LetterType.NCII_REPORT, LetterType.GDPR_ERASURE, LetterType.POLICE_DOSSIER]
)
def test_hostile_input_stays_text_in_the_pdf(
    qapp: QApplication, tmp_path: Path, letter_type: LetterType
) -> None:
    data = with_person(
        full_data(sightings=(sighting(description=HOSTILE, threats=HOSTILE),)), legal_name=HOSTILE
    )
    letter = render_letter(letter_type, "en", data)
    path = saved(letter, tmp_path)
    text = pdf_text(path)
    assert squash("<script>alert(1)</script> {{ 7*7 }} {% raw %} evil & <b>bold</b>") in text
    assert "\u202e" not in "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_names_in_many_scripts_can_be_read_back(qapp: QApplication, tmp_path: Path) -> None:
    names = {
        "greek": "Ζωή Παπαδοπούλου",
        "cyrillic": "Мария Иванова",
        "arabic": "مريم الحسيني",
        "hebrew": "שרה לוי",
        "latin": "Øyvind Åsmund Çelik-Nguyễn",
    }
    described = sighting(description=" / ".join(names.values()), uploader_handle=names["cyrillic"])
    data = with_person(full_data(sightings=(described,)), legal_name=names["greek"])
    letter = render_letter(LetterType.DSA_NOTICE, "nl", data)
    text = pdf_text(saved(letter, tmp_path))
    for script in ("greek", "cyrillic", "latin"):
        assert squash(names[script]) in text, script
    for script in ("arabic", "hebrew"):
        # Right-to-left words come out in display order; either order proves the glyphs.
        words = [squash(word) for word in names[script].split()]
        assert all(word in text or word[::-1] in text for word in words), script
    assert letter_font().family() in FONT_FAMILIES


def test_long_web_addresses_wrap_inside_the_page(qapp: QApplication, tmp_path: Path) -> None:
    data = full_data(sightings=(sighting(url=LONG_URL, media_url=LONG_URL + "/media.jpg"),))
    letter = render_letter(LetterType.NCII_REPORT, "en", data)
    path = saved(letter, tmp_path)
    raw = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert squash(LONG_URL) in squash(raw)
    pieces = [line for line in raw.splitlines() if "thread-title" in line or "Q7xLm9" in line]
    assert len(LONG_URL) > 300 and len(pieces) >= 6
    assert max(len(line) for line in pieces) < 100, pieces  # one line of the page holds ~95


@pytest.mark.parametrize(
    ("country", "size"), [("US", (612, 792)), ("NL", (595, 842)), ("", (595, 842))]
)
def test_paper_follows_the_country(
    qapp: QApplication, tmp_path: Path, country: str, size: tuple[int, int]
) -> None:
    letter = render_letter(LetterType.TAKE_IT_DOWN, "en", with_person(full_data(), country=country))
    assert letter.paper is (Paper.LETTER if country == "US" else Paper.A4)
    box = pypdf.PdfReader(saved(letter, tmp_path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def _images(path: Path) -> int:
    """How many distinct pictures the PDF holds (pages may share one)."""
    found = {
        image.indirect_reference for page in pypdf.PdfReader(path).pages for image in page.images
    }
    return len(found)


def test_the_dossier_prints_only_screenshots_marked_safe(
    qapp: QApplication, tmp_path: Path
) -> None:
    shot = png(tmp_path)
    post, threat = sighting().evidence
    evidence = (dataclasses.replace(post, image=shot), dataclasses.replace(threat, image=shot))
    assert evidence[0].image is None  # may show an intimate image: never even held
    data = full_data(sightings=(sighting(evidence=evidence),))
    letter = render_letter(LetterType.POLICE_DOSSIER, "en", data)
    path = saved(letter, tmp_path)
    assert _images(path) == 1
    text = pdf_text(path)
    assert squash(f"Not printed, because it may show an intimate image: {post.description}") in text
    assert squash(threat.sha256) in text and squash(post.sha256) in text
    unmarked = full_data(sightings=(sighting(evidence=(evidence[0],)),))
    other = saved(render_letter(LetterType.POLICE_DOSSIER, "en", unmarked), tmp_path, "other.pdf")
    assert _images(other) == 0


def test_the_pdf_loads_no_file_by_itself(qapp: QApplication, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(tmp_path))
    letter = render_letter(LetterType.NCII_REPORT, "en", full_data())
    sneaky = dataclasses.replace(
        letter,
        html=letter.html.replace(
            "<body>", f'<body><img src="{secret}"><img src="file://{secret}">'
        ),
    )
    assert _images(saved(sneaky, tmp_path)) == 0


def test_a_saved_pdf_is_private_and_complete(qapp: QApplication, tmp_path: Path) -> None:
    letter = render_letter(LetterType.GDPR_ERASURE, "en", full_data())
    path = tmp_path / "out" / "letter.pdf"
    path.parent.mkdir()
    path.write_bytes(b"an older file")
    saved_pdf = save_pdf(letter, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF-") and saved_pdf.pages >= 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["letter.pdf"]


def test_places_that_cannot_be_written(qapp: QApplication, tmp_path: Path) -> None:
    letter = render_letter(LetterType.DSA_NOTICE, "en", full_data())
    with pytest.raises(FileNotSaved, match=r"the folder .* does not exist"):
        save_pdf(letter, tmp_path / "no" / "such" / "folder" / "letter.pdf")
    with pytest.raises(FileNotSaved, match="is a folder"):
        save_pdf(letter, tmp_path)
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(FileNotSaved, match="StillMine may not write in"):
            save_pdf(letter, locked / "letter.pdf")
        assert list(locked.iterdir()) == []


def test_printing_uses_the_same_rendering(qapp: QApplication, tmp_path: Path) -> None:
    letter = render_letter(LetterType.HOST_ABUSE, "nl", full_data())
    pdf = saved(letter, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the tests' stand-in for paper
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_letter(letter, printer)
    assert pages == len(pypdf.PdfReader(pdf).pages)
    assert pdf_text(tmp_path / "printed.pdf") == pdf_text(pdf)


def test_no_printer_is_said_plainly(qapp: QApplication) -> None:
    with pytest.raises(NoPrinter, match="No printer is set up on this computer"):
        require_printer(list)
    require_printer(lambda: ["Office printer"])
    nowhere = QPrinter(QPrinter.PrinterMode.HighResolution)
    nowhere.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" with no output
    letter = render_letter(LetterType.HOST_ABUSE, "en", full_data())
    with pytest.raises(NoPrinter, match="That printer cannot be used"):
        print_letter(letter, nowhere)
