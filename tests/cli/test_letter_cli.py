"""``stillmine letter``: types, templates, PDFs without a display, and plain refusals."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from app.cli import main
from app.core.letters.kinds import LetterType
from app.core.letters.library import default_library
from tests.conftest import ROOT


def run(*args: str | Path) -> int:
    return main(["letter", *map(str, args)])


def template(letter_type: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert run(letter_type, "--template") == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def write(folder: Path, document: dict[str, Any]) -> Path:
    path = folder / "CASE.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def headless(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process with no display and no Qt platform chosen."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    return subprocess.run(
        [sys.executable, "-m", "app", "letter", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
        check=False,
    )


def test_list_names_every_type_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--list") == 0
    rows = capsys.readouterr().out.splitlines()
    assert [row.split()[0] for row in rows] == [letter_type.value for letter_type in LetterType]
    assert rows[2] == "dmca\tDMCA copyright takedown notice"


@pytest.mark.parametrize("letter_type", [letter_type.value for letter_type in LetterType])
def test_every_template_is_complete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], letter_type: str
) -> None:
    data = write(tmp_path, template(letter_type, capsys))
    for language in ("en", "nl"):
        assert run(letter_type, "--lang", language, "--data", data, "--fields") == 0
        fields = capsys.readouterr().out
        assert fields.startswith("== ") and "Sam de Vries" in fields


def test_a_pdf_without_a_display(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write(tmp_path, template("dsa-notice", capsys))
    out = tmp_path / "notice.pdf"
    made = headless("dsa-notice", "--lang", "nl", "--data", data, "--out", out)
    assert made.returncode == 0, made.stderr
    assert f"Wrote {out} (" in made.stderr
    assert "Deze pdf is niet versleuteld" in made.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Sam" in text and "Vries" in text and "digitaledienstenverordening" in text
    assert "Traceback" not in made.stderr


def test_an_unwritable_pdf_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write(tmp_path, template("police-dossier", capsys))
    made = headless("police-dossier", "--data", data, "--out", tmp_path / "missing" / "d.pdf")
    assert made.returncode == 1
    assert "could not be saved: the folder" in made.stderr and "does not exist" in made.stderr
    assert "Traceback" not in made.stderr


def test_a_missing_element_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = template("take-it-down", capsys)
    document["person"]["legal_name"] = ""
    document["person"]["signature_name"] = ""
    assert run("take-it-down", "--data", write(tmp_path, document), "--fields") == 1
    error = capsys.readouterr().err
    assert "cannot be made yet" in error
    assert "Signature (TAKE IT DOWN Act, § 3(a)(1)(B)(i)): the name you sign with" in error
    assert "Legal name of the person shown (TAKE IT DOWN Act, § 3(a)(1))" in error


def test_bad_files_are_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"person": {"legal_name": "x",}}', encoding="utf-8")
    assert run("ncii-report", "--data", broken, "--text") == 1
    assert "is not valid JSON" in capsys.readouterr().err
    document = template("ncii-report", capsys)
    del document["sightings"][0]["found_at"]
    assert run("ncii-report", "--data", write(tmp_path, document), "--text") == 1
    assert "sightings[0] has no “found_at”" in capsys.readouterr().err
    assert run("ncii-report", "--data", tmp_path / "nowhere.json", "--text") == 1
    assert "could not be read" in capsys.readouterr().err


def test_data_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = template("gdpr-erasure", capsys)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(document)))
    assert run("gdpr-erasure", "--data", "-", "--mailto") == 0
    link = capsys.readouterr().out.strip()
    assert link.startswith("mailto:privacy@forum.example?subject=Request%20for%20erasure")
    assert "&body=" in link or len(link) < 2000


def test_dmca_shows_its_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write(tmp_path, template("dmca", capsys))
    assert run("dmca", "--data", data, "--text") == 0
    captured = capsys.readouterr()
    assert default_library().texts.get("warning.dmca", "en") in captured.err
    assert "under penalty of perjury" in captured.out


def test_minors_are_left_out_and_the_user_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = template("ncii-report", capsys)
    document["items"][0]["age_in_content"] = "under_18"
    assert run("ncii-report", "--data", write(tmp_path, document), "--text") == 1
    error = capsys.readouterr().err
    assert "Copies showing someone under 18" in error
    assert "the web address (URL) of at least one copy" in error


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["--list", "dmca"],
        ["dmca"],
        ["dmca", "--data", "x.json"],
        ["no-such-type", "--template"],
        ["dmca", "--lang", "de", "--template"],
    ],
)
def test_usage_errors(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(*arguments)
    assert stopped.value.code == 2
    assert "usage:" in capsys.readouterr().err
