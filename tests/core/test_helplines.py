"""The helplines file: complete, in both languages, and read strictly."""

from pathlib import Path

import pytest

from app.core.helplines import (
    WORLDWIDE,
    ContactKind,
    HelplinesDamaged,
    load_helplines,
)
from app.core.languages import LANGUAGES
from app.paths import resources_dir

HELPLINES = resources_dir() / "helplines.toml"

# docs/letters.md section 7: every contact the "Get help" screen must show, by country.
EXPECTED_CONTACTS = {
    "NL": {"helpwanted.nl", "020-261 52 75", "politie.nl", "112", "slachtofferwijzer.nl"},
    "GB": {"0345 6000 459", "revengepornhelpline.org.uk", "101", "999", "reportharmfulcontent.com"},
    "US": {
        "844-878-CCRI (2274)",
        "cybercivilrights.org/online-removal",
        "takeitdown.ncmec.org",
        "cybertipline.org",
        "1-800-THE-LOST",
    },
    "AU": {"https://www.esafety.gov.au/image-based-abuse/action/remove-images-video/report-to-us"},
    "CA": {"cybertip.ca", "needhelpnow.ca"},
    WORLDWIDE: {"stopncii.org", "takeitdown.ncmec.org"},
}


def test_every_helpline_of_the_letters_guide_is_listed() -> None:
    book = load_helplines(HELPLINES)
    for country, expected in EXPECTED_CONTACTS.items():
        shown = {contact.value for line in book.for_country(country) for contact in line.contacts}
        assert expected <= shown, f"{country} lacks {expected - shown}"


def test_every_country_also_shows_the_worldwide_helplines_once() -> None:
    book = load_helplines(HELPLINES)
    us = [line.name for line in book.for_country("US")]
    assert us[0] == "CCRI Crisis Helpline"
    assert "StopNCII.org" in us
    assert len(us) == len(set(us)), "NCMEC serves the US and the world but appears once"
    assert book.for_country("NL")[-1].name == "StopNCII.org"


def test_every_text_has_english_and_dutch() -> None:
    book = load_helplines(HELPLINES)
    for code, name in book.countries.items():
        for language in LANGUAGES:
            assert name.by_language.get(language), f"country {code} has no {language} name"
    for line in book.helplines:
        for language in LANGUAGES:
            assert line.about.by_language.get(language), f"{line.name}: no {language} text"
        for contact in line.contacts:
            if contact.note is not None:
                assert all(contact.note.by_language.get(lang) for lang in LANGUAGES)


def test_emergency_numbers_are_marked() -> None:
    book = load_helplines(HELPLINES)
    emergency = {
        contact.value
        for line in book.helplines
        for contact in line.contacts
        if contact.kind is ContactKind.EMERGENCY
    }
    assert emergency == {"112", "999"}


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    source = tmp_path / "helplines.toml"
    source.write_text(
        '[countries.NL]\nen = "Netherlands"\n\n'
        '[[helplines]]\ncountries = ["NL"]\nname = "Example"\nabout.en = "Help."\n'
        'contacts = [{ kind = "web", value = "example.org" }]\n',
        encoding="utf-8",
    )
    book = load_helplines(source)
    assert book.country_name("NL", "nl") == "Netherlands"
    assert book.for_country("NL")[0].about.in_language("nl") == "Help."


@pytest.mark.parametrize(
    "content",
    [
        "not toml at all [",
        '[countries.NL]\nen = "Netherlands"\n',  # no helplines
        '[countries.NL]\nnl = "Nederland"\n[[helplines]]\n',  # no English name
        '[countries.NL]\nen = "NL"\n[[helplines]]\ncountries = ["XX"]\nname = "A"\n'
        'about.en = "a"\ncontacts = [{ kind = "web", value = "a" }]\n',  # unknown country
        '[countries.NL]\nen = "NL"\n[[helplines]]\ncountries = ["NL"]\nname = "A"\n'
        'about.en = "a"\ncontacts = [{ kind = "pigeon", value = "a" }]\n',  # unknown kind
        '[countries.NL]\nen = "NL"\n[[helplines]]\ncountries = ["NL"]\nname = "A"\n'
        'about.en = "a"\ncontacts = []\n',  # no way to reach it
    ],
)
def test_a_damaged_file_is_refused_clearly(tmp_path: Path, content: str) -> None:
    source = tmp_path / "helplines.toml"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(HelplinesDamaged, match="helplines file"):
        load_helplines(source)


def test_a_missing_file_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(HelplinesDamaged):
        load_helplines(tmp_path / "nowhere.toml")
