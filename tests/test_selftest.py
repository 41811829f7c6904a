"""``stillmine --self-test``: run for real, broken on purpose, and its PDF reader checked.

The frozen build's self-test runs in ``python3 .ci/dev.py test`` (the "frozen build" step),
after PyInstaller has built ``dist/StillMine``.
"""

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from PySide6.QtWidgets import QApplication

from app.core.letters.case_json import example_case, letter_data_from_json
from app.core.letters.kinds import LetterType
from app.core.letters.render import render_letter
from app.gui.pdf import save_pdf
from app.selftest import CHECKS, SelfTestFailure, read_pdf, run_self_test
from tests.conftest import ROOT


def self_test(**env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_self_test_passes_and_reports_each_check(tmp_path: Path) -> None:
    result = self_test(STILLMINE_HOME=str(tmp_path / "home"))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "StillMine 0.1.0 self-test"
    for name, _check in CHECKS:
        assert any(line.strip().startswith(f"ok     {name}:") for line in lines), name
    assert lines[-1].startswith("Self-test passed in ")
    assert "2 worker processes" in result.stdout and "vPDQ" in result.stdout
    assert "structure and text read back" in result.stdout
    # It touched nothing of the user's: not even the data folder was made.
    assert not (tmp_path / "home").exists()


def test_a_damaged_installation_fails_naming_what(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    (resources / "letters" / "en" / "ncii-report.html.j2").unlink()
    result = self_test(STILLMINE_RESOURCES=str(resources))
    assert result.returncode == 1
    assert "FAILED resources: " in result.stdout
    assert "letters/en/ncii-report.html.j2 is missing" in result.stdout
    assert "FAILED letter PDF" in result.stdout
    assert "ok     fingerprints" in result.stdout  # one failure does not stop the others
    assert result.stdout.splitlines()[-1].startswith("Self-test FAILED (resources, letter PDF)")
    assert "Traceback" not in result.stdout + result.stderr


def test_an_unexpected_error_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_scratch: Path) -> str:
        raise ZeroDivisionError("division by zero")

    def fine(scratch: Path) -> str:
        assert scratch.is_dir()
        return "all good"

    monkeypatch.setattr("app.selftest.CHECKS", (("first", broken), ("second", fine)))
    out = io.StringIO()
    assert run_self_test(out) == 1
    report = out.getvalue()
    assert "FAILED first: ZeroDivisionError: division by zero" in report
    assert "ok     second: all good" in report


@pytest.fixture
def letter_pdf(qapp: QApplication, tmp_path: Path) -> tuple[Path, str, int]:
    """A real letter PDF written by Qt: its path, title and page count."""
    document = example_case(LetterType.NCII_REPORT)
    data = letter_data_from_json(document, base_dir=tmp_path, source="the example")
    rendered = render_letter(LetterType.NCII_REPORT, "nl", data)
    saved = save_pdf(rendered, tmp_path / "letter.pdf")
    return saved.path, rendered.title, saved.pages


def test_the_pdf_reader_agrees_with_pypdf(letter_pdf: tuple[Path, str, int]) -> None:
    path, title, pages = letter_pdf
    summary = read_pdf(path.read_bytes())
    reference = pypdf.PdfReader(path)
    assert summary.pages == len(reference.pages) == pages
    squeeze = "".join
    ours = squeeze(summary.text.split())
    theirs = squeeze("".join(page.extract_text() for page in reference.pages).split())
    assert squeeze(title.split()) in ours and squeeze(title.split()) in theirs
    # Same words in the same order (pypdf and this reader space lines differently).
    assert ours == theirs


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda data: data[: len(data) // 2], "does not end like a PDF"),
        (lambda data: b"GIF89a" + data[6:], "does not start like a PDF"),
        (lambda data: data.replace(b"startxref", b"startxreg"), "no cross-reference pointer"),
        (lambda data: data.replace(b"/Count ", b"/Cuont "), "page tree has no count"),
    ],
)
def test_the_pdf_reader_refuses_a_damaged_pdf(
    letter_pdf: tuple[Path, str, int], spoil: object, message: str
) -> None:
    data = spoil(letter_pdf[0].read_bytes())  # type: ignore[operator]
    with pytest.raises(SelfTestFailure, match=message):
        read_pdf(data)
