"""CASE.json: the schema, the examples, and plain messages for every kind of mistake."""

import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from app.core.languages import LANGUAGES
from app.core.letters.case_json import (
    InvalidCaseFile,
    case_schema,
    example_case,
    letter_data_from_json,
    parse_json,
    read_case_file,
)
from app.core.letters.kinds import LetterType
from app.core.letters.render import render_letter
from tests.core.letters.samples import ALL_TYPES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def load(document: Any, folder: Path = Path()) -> Any:
    return letter_data_from_json(document, base_dir=folder)


def refusal(document: Any, folder: Path = Path()) -> str:
    with pytest.raises(InvalidCaseFile) as refused:
        load(document, folder)
    return refused.value.message


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(case_schema())


@pytest.mark.parametrize("letter_type", ALL_TYPES)
def test_every_example_is_valid_and_renders(letter_type: LetterType) -> None:
    example = example_case(letter_type)
    json.dumps(example)  # plain JSON
    data = load(example)
    for language in LANGUAGES:
        render_letter(letter_type, language, data)
    assert data.sightings[0].found_at.utcoffset() is not None


def test_the_example_for_a_dossier_has_what_a_dossier_shows() -> None:
    data = load(example_case(LetterType.POLICE_DOSSIER))
    assert data.answers.account and data.case_numbers and data.reports
    assert data.reports[0].responses[0].outcome == "removed"


def test_a_sighting_without_a_date_or_zone() -> None:
    document = example_case(LetterType.NCII_REPORT)
    del document["sightings"][0]["found_at"]
    assert "sightings[0] has no “found_at” (give the date and time with its time zone" in refusal(
        document
    )
    document["sightings"][0]["found_at"] = "2026-05-20 14:30"
    assert "sightings[0].found_at is not right" in refusal(document)


def test_pins_are_refused_by_name() -> None:
    document = example_case(LetterType.POLICE_DOSSIER)
    document["case_numbers"][0]["pin"] = "1234"
    assert "case_numbers[0] has a PIN" in refusal(document)


def test_every_problem_is_named_with_its_place() -> None:
    document = example_case(LetterType.NCII_REPORT)
    document["items"][0]["sha256"] = "xyz"
    document["person"]["email"] = "not an address"
    document["person"]["nickname"] = "Z"
    document["sightings"][0]["ai_made"] = "maybe"
    document["answers"]["not_paid_for_content"] = "yes"
    message = refusal(document)
    assert "items[0].sha256 is not right (a SHA-256 is 64 hexadecimal characters" in message
    assert "person.email is not right" in message
    assert "person has fields StillMine does not know: nickname." in message
    assert 'sightings[0].ai_made must be one of: "real", "ai", "manipulated", "unknown".' in message
    assert "answers.not_paid_for_content should be true or false or null." in message


def test_references_and_addresses_are_checked() -> None:
    document = example_case(LetterType.POLICE_DOSSIER)
    document["sightings"][0]["items"] = ["P9"]
    document["sightings"][0]["url"] = "javascript:alert(1)"
    document["reports"][0]["sightings"] = ["S7"]
    document["recipient"]["platform"] = "myspace"
    document["items"].append(dict(document["items"][0]))
    message = refusal(document)
    assert "sightings[0].items names “P9”, which is not in items." in message
    assert "sightings[0].url: “javascript:alert(1)” is not a web address" in message
    assert "reports[0].sightings names “S7”, which is not in sightings." in message
    assert "recipient.platform “myspace” is not a platform StillMine knows" in message
    assert "items uses the id “P1” more than once." in message


def test_addresses_are_cleaned_and_platforms_recognised() -> None:
    document = example_case(LetterType.NCII_REPORT)
    document["sightings"][0]["url"] = "x.com/someone/status/1?s=20&t=AbC&lang=nl"
    data = load(document)
    assert data.sightings[0].url == "https://x.com/someone/status/1?lang=nl"
    assert data.sightings[0].platform == "X (Twitter)"


def test_not_json(tmp_path: Path) -> None:
    with pytest.raises(InvalidCaseFile, match=r"not valid JSON: Expecting .* at line 2, column"):
        parse_json('{"person":\n  {,}}')
    with pytest.raises(InvalidCaseFile, match="could not be read"):
        read_case_file(tmp_path / "missing.json")
    (tmp_path / "latin1.json").write_bytes(b'{"person": {"legal_name": "Zo\xeb"}}')
    with pytest.raises(InvalidCaseFile, match="not a text file in UTF-8"):
        read_case_file(tmp_path / "latin1.json")
    assert refusal([]).startswith("CASE.json cannot be used yet:\n- The file should be")


def _with_evidence(file: str, sha256: str, marked: bool) -> dict[str, Any]:
    document = example_case(LetterType.POLICE_DOSSIER)
    document["sightings"][0]["evidence"] = [
        {"sha256": sha256, "description": "threat", "shows_no_intimate_image": marked, "file": file}
    ]
    return document


def test_a_marked_screenshot_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "threat.png").write_bytes(PNG)
    right = hashlib.sha256(PNG).hexdigest()
    data = load(_with_evidence("threat.png", right, True), tmp_path)
    assert data.sightings[0].evidence[0].image == PNG
    message = refusal(_with_evidence("threat.png", "0" * 64, True), tmp_path)
    assert "evidence[0].file is not the file whose SHA-256 is given" in message
    (tmp_path / "notes.txt").write_text("hello")
    text_sha = hashlib.sha256(b"hello").hexdigest()
    message = refusal(_with_evidence("notes.txt", text_sha, True), tmp_path)
    assert "“notes.txt” is not a picture (it is a text file)" in message


def test_an_unmarked_screenshot_is_never_read(tmp_path: Path) -> None:
    data = load(_with_evidence("does-not-exist.png", "0" * 64, False), tmp_path)
    evidence = data.sightings[0].evidence[0]
    assert evidence.image is None and not evidence.printable


def test_minors_in_case_json_are_dropped() -> None:
    document = example_case(LetterType.POLICE_DOSSIER)
    document["items"][0]["age_in_content"] = "unsure"
    data = load(document)
    assert data.items == () and data.sightings == () and data.reports == ()
    assert data.withheld_for_minor_safety == 3
